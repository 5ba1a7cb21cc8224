"""SIGKILL the worker in the middle of a few hundred real articles, restart it, lose nothing."""

from __future__ import annotations

import asyncio
import gzip
import random
import signal
from datetime import timedelta
from pathlib import Path

import orjson
import pytest

from agents.text.stories import fold
from agents.text.story_store import GroupingState
from streams.broker import bootstrap_of
from streams.progress import follow_until_done
from streams.records import RawItem, utc_now
from streams.settings import Settings
from streams.topics import TopicNames
from streams.verify import check_run, clean_replay_assignments, count_until, read_placements
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
@pytest.mark.parametrize("store", ["memory", "rocksdb"])
async def test_sigkill_mid_backfill_loses_nothing(deployment: Deployment, tmp_path: Path, store: str) -> None:
    deployment.env["STORYWIRE_STORE"] = store  # rocksdb: the restarted worker reopens its tables on disk
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
    # ... every article is in exactly one story, the one a clean replay of the desk log puts it in.
    horizon = timedelta(hours=Settings().story_horizon_hours)
    check = check_run(progress, await clean_replay_assignments(bootstrap, names.by_desk, horizon))
    assert check.articles == len(progress.articles) > 0
    assert (check.lost, check.double_counted, check.mismatched) == (0, 0, 0)

    # The durable state came back whole: one placement per article, and the stories folded from
    # them are exactly the stories published.
    placements = await read_placements(bootstrap, f"{deployment.env['STORYWIRE_APP_ID']}-placements-changelog")
    assert sorted(p.article_id for p in placements) == sorted(progress.articles)
    folded = GroupingState.folded(placements, horizon, fold)
    assert set(folded.stories) == {i for i, s in progress.stories.items() if not s.closed}
    for story_id, state in folded.stories.items():
        assert state.members == progress.stories[story_id].members


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
