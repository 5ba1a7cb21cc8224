"""A replay of the same raw records rebuilds the live run's stories, id for id."""

from __future__ import annotations

import asyncio
import gzip
import uuid
from pathlib import Path

import orjson
import pytest

from streams.broker import bootstrap_of

from streams.progress import follow_until_done
from streams.records import RawItem, utc_now
from streams.settings import Settings
from streams.topics import TopicNames
from streams.watch import items_from_path
from tests.conftest import CORPUS, SEEDS

from .conftest import Deployment, only_on

pytestmark = pytest.mark.integration
DAY = "2018-05-08"
ARTICLES = 60
DEADLINE_S = 180.0


async def run_until_done(env: dict[str, str], pages: set[str]) -> dict[str, str]:
    """{article id: story id} once every page is through the pipeline of ``env``'s prefix."""
    settings = Settings(broker=env["STORYWIRE_BROKER"], topic_prefix=env["STORYWIRE_TOPIC_PREFIX"])
    names = TopicNames.from_settings(settings)
    progress = await asyncio.wait_for(follow_until_done(bootstrap_of(settings.broker or ""), names, pages), DEADLINE_S)
    return {m.article_id: s.story_id for s in progress.stories.values() for m in s.members}


# One partition end to end: a desk's articles then reach the group stage in raw-topic order,
# on every run. With several partitions the stages interleave partitions, and the desk topic
# (news.by-desk), not the raw topic, is the log a replay must use to rebuild the same stories.
@only_on("embedded", "kafka")
async def test_replay_of_the_raw_topic_rebuilds_the_same_stories(deployment: Deployment, tmp_path: Path) -> None:
    source = CORPUS / "ant_multisource.jsonl.gz"
    if not source.exists():
        pytest.skip(f"{source} not found")
    dump = tmp_path / "day.jsonl"
    with gzip.open(source, "rb") as rows, dump.open("wb") as out:
        kept = 0
        for line in rows:
            if orjson.loads(line)["published"].startswith(DAY) and kept < ARTICLES:
                out.write(line)
                kept += 1
    deployment.env["STORYWIRE_PARTITIONS"] = "1"
    pages = {i.item_id for i in items_from_path(dump, 10**7, utc_now()) if isinstance(i, RawItem)}
    pages |= {i.item_id for p in sorted(SEEDS.glob("*.txt")) for i in items_from_path(p, 10**7, utc_now()) if isinstance(i, RawItem)}

    deployment.start_worker()
    deployment.storywire("watch", "--once", str(dump))
    deployment.storywire("watch", "--once", str(SEEDS))
    live = await run_until_done(deployment.env, pages)

    # The replay, as a user runs it: `storywire replay --into PREFIX` copies the live raw topic
    # into a separate prefix and runs its own worker (own consumer group and tables) to the end.
    prefix = f"replay-{uuid.uuid4().hex[:8]}."
    deployment.storywire("replay", "raw", "--into", prefix, "--timeout", str(DEADLINE_S), timeout=DEADLINE_S + 60)
    replay_env = {**deployment.env, "STORYWIRE_TOPIC_PREFIX": prefix}
    replayed = await run_until_done(replay_env, pages)
    assert len(live) >= ARTICLES and replayed == live

    # The same replay again adds nothing: no raw record is copied twice, so nothing downstream moves.
    again = deployment.storywire("replay", "raw", "--into", prefix, "--timeout", str(DEADLINE_S), timeout=DEADLINE_S + 60)
    assert f"0 record(s) copied to {prefix}news.raw, {len(pages)} already there" in again.stderr.decode()
    assert await run_until_done(replay_env, pages) == live
