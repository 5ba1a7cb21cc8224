"""SIGKILL the worker in the middle of a few hundred real articles, restart it, lose nothing."""

from __future__ import annotations

import asyncio
import gzip
import random
import signal
from collections import Counter
from datetime import timedelta
from pathlib import Path

import orjson
import pytest

from agents.text.placements import placement_from_bytes
from agents.text.stories import assign, features_of, fold
from agents.text.story_store import GroupingState, Placement
from streams.broker import bootstrap_of
from streams.codec import decode
from streams.follow import follow
from streams.progress import follow_until_done
from streams.records import EnrichedArticle, RawItem, utc_now
from streams.settings import Settings
from streams.topics import TopicNames
from streams.watch import items_from_path
from tests.conftest import CORPUS

from .conftest import Deployment, only_on

pytestmark = pytest.mark.integration
DAY = "2018-05-08"  # 235 articles from five outlets on one busy news day
KILL_AFTER_ENRICHED = 80
DEADLINE_S = 240.0
BACKFILL_ARTICLES = 5000
KILLS = 4  # at random (seeded) points of the backfill
BACKFILL_DEADLINE_S = 900.0


def one_day_of_ant(tmp_path: Path) -> Path:
    """A JSONL of one day of ant_multisource, in a temporary folder (never in the repo)."""
    source = CORPUS / "ant_multisource.jsonl.gz"
    if not source.exists():
        pytest.skip(f"{source} not found (set STORYWIRE_SHARED_DIR)")
    dump = tmp_path / f"ant-{DAY}.jsonl"
    with gzip.open(source, "rb") as rows, dump.open("wb") as out:
        for line in rows:
            if orjson.loads(line)["published"].startswith(DAY):
                out.write(line)
    return dump


# At-least-once, the guarantee storywire is built on (idempotent stages absorb re-delivery).
# Not kafka-eos: faust-streaming 0.15's exactly_once lost 1 of 192 pages after SIGKILL here,
# in line with its open issues #177, #323 and #517.
@only_on("kafka")
async def test_sigkill_mid_backfill_loses_nothing(deployment: Deployment, tmp_path: Path) -> None:
    await backfill_with_kills(deployment, one_day_of_ant(tmp_path), [KILL_AFTER_ENRICHED])


@only_on("kafka")
async def test_repeated_sigkills_during_a_5000_article_backfill(deployment: Deployment, tmp_path: Path) -> None:
    dump = first_articles_of_ant(tmp_path, BACKFILL_ARTICLES)
    kills = sorted(random.Random(BACKFILL_ARTICLES).sample(range(200, BACKFILL_ARTICLES - 500), KILLS))
    await backfill_with_kills(deployment, dump, kills, deadline=BACKFILL_DEADLINE_S)


async def backfill_with_kills(
    deployment: Deployment, dump: Path, kill_after: list[int], deadline: float = DEADLINE_S
) -> None:
    """Backfill ``dump``, SIGKILL the worker once each count of enriched articles in ``kill_after``
    is reached, restart it each time, then check nothing was lost and the tables are whole."""
    pages = {item.item_id for item in items_from_path(dump, 10**7, utc_now()) if isinstance(item, RawItem)}
    settings = Settings(broker=deployment.env["STORYWIRE_BROKER"], topic_prefix=deployment.env["STORYWIRE_TOPIC_PREFIX"])
    names = TopicNames.from_settings(settings)
    bootstrap = bootstrap_of(deployment.env["STORYWIRE_BROKER"])

    worker = deployment.start_worker()
    deployment.storywire("watch", "--once", str(dump), timeout=300)
    for target in kill_after:
        try:
            reached = await asyncio.wait_for(count_until(bootstrap, names.enriched, target), deadline)
        except TimeoutError:
            pytest.fail(f"{target} enriched articles not reached in {deadline}s; log:\n{deployment.log_tail()}")
        assert reached < len(pages)  # killed mid-backfill, not after it
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
        worker = deployment.start_worker()

    try:
        progress = await asyncio.wait_for(follow_until_done(bootstrap, names, pages), deadline)
    except TimeoutError:
        pytest.fail(f"not done in {deadline}s after the last restart; log:\n{deployment.log_tail()}")

    # Every page reached the enriched topic (none was rejected) ...
    assert not progress.rejections, progress.rejections
    assert progress.pages_done == len(pages) and not progress.pending_pages
    # ... and every article is in exactly one story.
    memberships = Counter(m.article_id for s in progress.stories.values() for m in s.members)
    assert set(memberships) == set(progress.articles)
    assert set(memberships.values()) == {1}

    # The durable state came back whole: one placement per article, and the stories folded from
    # them are exactly the stories published.
    placements = await read_placements(bootstrap, f"{deployment.env['STORYWIRE_APP_ID']}-placements-changelog")
    assert sorted(p.article_id for p in placements) == sorted(progress.articles)
    folded = GroupingState.folded(placements, timedelta(hours=Settings().story_horizon_hours), fold)
    assert set(folded.stories) == {i for i, s in progress.stories.items() if not s.closed}
    for story_id, state in folded.stories.items():
        assert state.members == progress.stories[story_id].members

    # And it is the table a clean, uninterrupted run over the same desk log builds.
    assert await replay_assignments(bootstrap, names.by_desk) == {
        m.article_id: s.story_id for s in progress.stories.values() for m in s.members
    }


def first_articles_of_ant(tmp_path: Path, count: int) -> Path:
    """The first ``count`` records of ant_multisource as a JSONL dump in a temporary folder."""
    source = CORPUS / "ant_multisource.jsonl.gz"
    if not source.exists():
        pytest.skip(f"{source} not found (set STORYWIRE_SHARED_DIR)")
    dump = tmp_path / f"ant-first-{count}.jsonl"
    with gzip.open(source, "rb") as rows, dump.open("wb") as out:
        for _, line in zip(range(count), rows, strict=False):
            out.write(line)
    return dump


async def count_until(bootstrap: str, topic: str, target: int) -> int:
    seen: set[bytes | None] = set()
    async for _topic, key, _value, _ts in follow(bootstrap, [topic]):
        seen.add(key)
        if len(seen) >= target:
            return len(seen)
    return len(seen)


async def read_placements(bootstrap: str, topic: str) -> list[Placement]:
    """The placements a changelog holds now: the last record of each ring slot."""
    latest: dict[bytes, bytes] = {}
    async for _topic, key, value, _ts in follow(bootstrap, [topic], idle_timeout=4.0):
        if key is not None and value is not None:
            latest[key] = value
    return [placement_from_bytes(value) for value in latest.values()]


async def replay_assignments(bootstrap: str, by_desk: str) -> dict[str, str]:
    horizon = timedelta(hours=Settings().story_horizon_hours)
    store = GroupingState(horizon)
    assignments: dict[str, str] = {}
    async for _topic, _key, value, _ts in follow(bootstrap, [by_desk], idle_timeout=4.0):
        features = features_of(decode(EnrichedArticle, value))
        story = assign(features, store, horizon).story  # None: a repeated record of a closed story's article
        if story is not None:
            assignments[features.article_id] = story.story_id
    return assignments
