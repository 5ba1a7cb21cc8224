"""The worker's topics: created before Faust subscribes, in any start order; the worker refuses
to start when a topic it reads exists with another partition count, and only notes one it
writes (the fixture's STORYWIRE_PARTITIONS=2 differs from both brokers' auto-create default:
1 on scripts/kafka.sh, 4 on Tansu)."""

from __future__ import annotations

import asyncio
import subprocess

import pytest

from streams.follow import ensure_topics, follow, partition_mismatches, topic_partition_counts
from streams.settings import Settings
from streams.topics import TopicNames
from streams.watch import item_id_of
from tests.conftest import SEEDS

from .conftest import Broker, Deployment
from .test_pipeline import read_until_done

pytestmark = pytest.mark.integration
# Refusing takes ~1 s on both brokers (before Faust starts); a minute means it did not refuse.
REFUSAL_S = 60.0


def topic_names(deployment: Deployment) -> TopicNames:
    return TopicNames.from_settings(Settings(topic_prefix=deployment.env["STORYWIRE_TOPIC_PREFIX"]))


def partitions_of(deployment: Deployment) -> int:
    return int(deployment.env["STORYWIRE_PARTITIONS"])


async def test_partition_guard__reads_the_broker_metadata(deployment: Deployment, broker: Broker) -> None:
    names = topic_names(deployment)
    await ensure_topics(broker.bootstrap, [names.raw], 1)
    await ensure_topics(broker.bootstrap, [names.stories], partitions_of(deployment))

    wrong = await partition_mismatches(broker.bootstrap, names.all(), partitions_of(deployment))

    assert wrong == [f"{names.raw} has 1"]
    # Asking about the missing topics did not make the broker auto-create them.
    assert set(await topic_partition_counts(broker.bootstrap, names.all())) == {names.raw, names.stories}


async def test_worker_first__creates_its_topics_and_the_seeds_get_stories(
    deployment: Deployment, broker: Broker, seeds: dict[str, str]
) -> None:
    names = topic_names(deployment)
    await deployment.wait_until_consuming(deployment.start_worker())

    counts = await topic_partition_counts(broker.bootstrap, names.all())
    assert counts == dict.fromkeys(names.all(), partitions_of(deployment))

    page_ids = {seed: item_id_of(text) for seed, text in seeds.items()}
    deployment.storywire("watch", "--once", str(SEEDS))
    progress = await read_until_done(deployment, set(page_ids.values()))

    assert not progress.rejections, progress.rejections
    story_of_page = {seed: progress.story_of(page_id) for seed, page_id in page_ids.items()}
    assert None not in story_of_page.values()
    assert story_of_page["000"] == story_of_page["003"]


async def test_worker_refuses_a_topic_with_another_partition_count(deployment: Deployment, broker: Broker) -> None:
    names = topic_names(deployment)
    await ensure_topics(broker.bootstrap, [names.raw], 1)

    worker = deployment.start_worker()
    try:
        code = await asyncio.to_thread(worker.wait, REFUSAL_S)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the worker did not refuse within {REFUSAL_S:.0f}s; its log:\n{deployment.log_tail()}")

    log = deployment.log_tail()
    assert code != 0
    assert f"{names.raw} has 1" in log and f"STORYWIRE_PARTITIONS={partitions_of(deployment)}" in log, log
    assert "Traceback" not in log, log  # a message, not a crash
    # Refused before creating anything: the other topics do not exist.
    assert set(await topic_partition_counts(broker.bootstrap, names.all())) == {names.raw}


async def test_worker_after_an_early_subscriber__writes_to_the_topic_it_auto_created(
    deployment: Deployment, broker: Broker
) -> None:
    names = topic_names(deployment)
    async for _record in follow(broker.bootstrap, [names.stories], idle_timeout=1.0):
        pass  # subscribing to a missing topic makes the broker create it with its own default
    early = (await topic_partition_counts(broker.bootstrap, [names.stories]))[names.stories]
    assert early != partitions_of(deployment)

    await deployment.wait_until_consuming(deployment.start_worker())

    counts = await topic_partition_counts(broker.bootstrap, names.all())
    assert counts == {**dict.fromkeys(names.all(), partitions_of(deployment)), names.stories: early}
    assert f"{names.stories} has {early}" in deployment.log_tail()  # noted, not refused
