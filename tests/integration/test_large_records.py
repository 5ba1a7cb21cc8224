"""A page under the page limit but over Kafka's default record size (1 MB): its article is
enriched and published whole, and no agent of the worker crashes on it; a topic left with
Kafka's default limit is named at the worker's start."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from streams.broker import bootstrap_of
from streams.codec import decode
from streams.follow import ensure_topics, follow
from streams.records import EnrichedArticle
from streams.settings import Settings
from streams.topics import TopicNames

from .conftest import Broker, Deployment, only_on

pytestmark = pytest.mark.integration
DEADLINE_S = 300.0
KAFKA_DEFAULT_RECORD_BYTES = 1_048_588  # Apache Kafka's message.max.bytes when a topic sets none
DEMO_PAGES = Path(__file__).resolve().parents[2] / "streams" / "demo_pages"


def long_page(target_bytes: int) -> str:
    """A demo article's headline, then its paragraphs numbered and repeated until the page is
    ``target_bytes`` long: one article, each line distinct (a long report or transcript)."""
    headline, *body = [line for line in (DEMO_PAGES / "01_sada_nicosia_talks.txt").read_text().splitlines() if line.strip()]
    paragraphs = [line for line in body if len(line.split()) >= 12]
    lines = [headline]
    size, number = len(headline.encode()), 0
    while size < target_bytes:
        line = f"{paragraphs[number % len(paragraphs)]} ({number + 1})"
        lines.append(line)
        size += len(line.encode()) + 2
        number += 1
    return "\n\n".join(lines)


async def enriched_records(bootstrap: str, names: TopicNames, raw_ids: int) -> dict[str, int]:
    """{raw page id: size of its largest enriched record} once ``raw_ids`` pages came out."""
    sizes: dict[str, int] = {}
    async for _topic, _key, value, _ts in follow(bootstrap, [names.enriched]):
        raw_id = decode(EnrichedArticle, value).article.raw_id
        sizes[raw_id] = max(sizes.get(raw_id, 0), len(value))
        if len(sizes) >= raw_ids:
            return sizes


async def test_a_page_over_a_megabyte_is_enriched_whole(deployment: Deployment, tmp_path: Path) -> None:
    names = TopicNames.from_settings(Settings(topic_prefix=deployment.env["STORYWIRE_TOPIC_PREFIX"]))
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "long_report.txt").write_text(long_page(3 * 1024 * 1024))
    (folder / "short.txt").write_text((DEMO_PAGES / "03_rafidain_basra_heat.txt").read_text())
    assert (folder / "long_report.txt").stat().st_size < Settings().max_page_bytes

    worker = deployment.start_worker()
    await deployment.wait_until_consuming(worker)
    deployment.storywire("watch", "--once", str(folder), timeout=300)
    try:
        sizes = await asyncio.wait_for(enriched_records(bootstrap_of(deployment.env["STORYWIRE_BROKER"]), names, 2), DEADLINE_S)
    except TimeoutError:
        pytest.fail(f"both pages not enriched in {DEADLINE_S}s; log:\n{deployment.log_tail()}")

    assert max(sizes.values()) > KAFKA_DEFAULT_RECORD_BYTES  # the long page's article went out whole
    assert worker.poll() is None
    assert "Crashed" not in deployment.log_path.read_text(errors="replace")


@only_on("kafka")  # the embedded broker describes no topic configuration (and enforces no limit)
async def test_a_topic_with_kafkas_default_record_limit_is_named_at_start(deployment: Deployment, broker: Broker) -> None:
    names = TopicNames.from_settings(Settings(topic_prefix=deployment.env["STORYWIRE_TOPIC_PREFIX"]))
    partitions = int(deployment.env["STORYWIRE_PARTITIONS"])
    await ensure_topics(broker.bootstrap, [names.raw], partitions, {"retention.ms": "-1"})  # as before the setting

    worker = deployment.start_worker()
    await deployment.wait_until_consuming(worker)

    (warning,) = [line for line in deployment.log_path.read_text().splitlines() if "topics.record_limit_low" in line]
    assert f'"{names.raw}": {KAFKA_DEFAULT_RECORD_BYTES}' in warning and names.stories not in warning
