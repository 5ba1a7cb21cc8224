"""Checking a run against what a clean replay of its desk log builds (crash tests and benches).

The desk log (``news.by-desk``) is the group stage's whole input, in order per desk: replaying
it through the same ``assign`` in one process, with no crash, gives the stories a run must end
with, whatever happened to its workers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

from agents.text.placements import placement_from_bytes
from agents.text.stories import assign, features_from_desk_record
from agents.text.story_store import GroupingState, Placement
from streams.follow import follow
from streams.progress import PipelineProgress

QUIET_S = 4.0  # a topic has been read to its end when it stays quiet this long (no end offset on Tansu)


async def clean_replay_assignments(bootstrap: str, by_desk: str, horizon: timedelta) -> dict[str, str]:
    """Article id -> story id, as one uninterrupted pass over the desk log assigns them."""
    state = GroupingState(horizon)
    assignments: dict[str, str] = {}
    async for _topic, _key, value, _ts in follow(bootstrap, [by_desk], idle_timeout=QUIET_S):
        features = features_from_desk_record(value)
        story = assign(features, state, horizon).story  # None: a repeated record of a closed story's article
        if story is not None:
            assignments[features.article_id] = story.story_id
    return assignments


async def read_placements(bootstrap: str, changelog: str) -> list[Placement]:
    """The placements a changelog holds now: the last record of each ring slot."""
    latest: dict[bytes, bytes] = {}
    async for _topic, key, value, _ts in follow(bootstrap, [changelog], idle_timeout=QUIET_S):
        if key is not None and value is not None:
            latest[key] = value
    return [placement_from_bytes(value) for value in latest.values()]


async def count_until(bootstrap: str, topic: str, target: int) -> int:
    """Distinct keys read from ``topic`` once there are ``target`` of them."""
    seen: set[bytes | None] = set()
    async for _topic, key, _value, _ts in follow(bootstrap, [topic]):
        seen.add(key)
        if len(seen) >= target:
            break
    return len(seen)


@dataclass(frozen=True)
class RunCheck:
    """How a run's published stories compare with a clean replay of its desk log."""

    articles: int
    lost: int  # enriched, but in no published story
    double_counted: int  # in more than one published story (latest versions)
    mismatched: int  # in another story than the clean replay put it in

    @property
    def ok(self) -> bool:
        return not (self.lost or self.double_counted or self.mismatched)


def check_run(progress: PipelineProgress, replayed: dict[str, str]) -> RunCheck:
    memberships = Counter(m.article_id for s in progress.stories.values() for m in s.members)
    live = {m.article_id: s.story_id for s in progress.stories.values() for m in s.members}
    return RunCheck(
        articles=len(progress.articles),
        lost=len(set(progress.articles) - set(memberships)),
        double_counted=sum(1 for count in memberships.values() if count > 1),
        mismatched=sum(1 for article_id, story_id in replayed.items() if live.get(article_id) != story_id)
        + len(set(live) - set(replayed)),
    )
