"""The whole pipeline on a real broker: seeds through the watcher, stories out."""

from __future__ import annotations

import asyncio

import orjson

import pytest

from streams.broker import bootstrap_of
from streams.follow import follow
from streams.progress import PipelineProgress, follow_until_done
from streams.settings import Settings
from streams.topics import TopicNames
from streams.watch import item_id_of
from tests.conftest import SEEDS

from .conftest import Broker, Deployment

pytestmark = pytest.mark.integration
DEADLINE_S = 120.0


async def read_until_done(deployment: Deployment, expected_pages: set[str]) -> PipelineProgress:
    settings = Settings(broker=deployment.env["STORYWIRE_BROKER"], topic_prefix=deployment.env["STORYWIRE_TOPIC_PREFIX"])
    names = TopicNames.from_settings(settings)
    try:
        return await asyncio.wait_for(follow_until_done(bootstrap_of(settings.broker or ""), names, expected_pages), DEADLINE_S)
    except TimeoutError:
        pytest.fail(f"pipeline not done in {DEADLINE_S}s; worker log:\n{deployment.log_tail()}")


async def test_seeds_through_the_real_worker(deployment: Deployment, broker: Broker, seeds: dict[str, str]) -> None:
    await deployment.wait_until_consuming(deployment.start_worker())  # worker first, as in production
    page_ids = {seed: item_id_of(text) for seed, text in seeds.items()}
    deployment.storywire("watch", "--once", str(SEEDS))
    progress = await read_until_done(deployment, set(page_ids.values()))

    assert not progress.rejections, progress.rejections
    story_of_page = {seed: progress.story_of(page_id) for seed, page_id in page_ids.items()}
    assert story_of_page["000"] == story_of_page["003"]
    assert len({story_of_page[s] for s in ("000", "001", "002", "004")}) == 4
    for seed in ("001", "002", "004"):
        members = {m.article_id for m in progress.stories[story_of_page[seed]].members}
        assert members & set(page_ids.values()) == {page_ids[seed]}

    appended = [a for a in progress.articles.values() if a.article.parent_id is not None]
    parents = {a.article.parent_id for a in appended}
    assert parents == {page_ids[s] for s in ("000", "001", "002", "004")}  # 003 has none
    for article in appended:
        assert progress.story_of(article.article_id) != progress.story_of(article.article.parent_id)

    tailed = deployment.storywire("tail", "stories", "--json", "--idle-exit", "3").stdout.decode().splitlines()
    assert {orjson.loads(line)["story_id"] for line in tailed} == set(progress.stories)
    readable = deployment.storywire("tail", "enriched", "--idle-exit", "3").stdout.decode()
    assert "الأسبوع" in readable and "[enriched " in readable
    if broker.guarantee == "exactly_once":
        assert "__transaction_state" in await list_topics(broker.bootstrap)  # transactions were really used


async def list_topics(bootstrap: str) -> set[str]:
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


async def test_same_content_twice_is_one_article(deployment: Deployment, seeds: dict[str, str]) -> None:
    deployment.start_worker()
    page = seeds["003"].encode()
    deployment.storywire("watch", "-", stdin=page)
    deployment.storywire("watch", "-", stdin=page)
    await read_until_done(deployment, {item_id_of(seeds["003"])})

    settings = Settings(broker=deployment.env["STORYWIRE_BROKER"], topic_prefix=deployment.env["STORYWIRE_TOPIC_PREFIX"])
    names = TopicNames.from_settings(settings)
    counts = {names.raw: 0, names.enriched: 0}
    async for topic, _key, _value, _ts in follow(bootstrap_of(settings.broker or ""), list(counts), idle_timeout=4.0):
        counts[topic] += 1
    assert counts == {names.raw: 2, names.enriched: 1}
