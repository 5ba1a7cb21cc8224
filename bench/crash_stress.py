"""Crash stress: backfill real pages, SIGKILL the worker at seeded random points, restart it,
and compare what it published with a clean replay of its desk log.

    .venv/bin/python bench/crash_stress.py [--broker embedded|kafka] [--rounds 20] [--pages 300] [--seed 1]

Each round is a fresh app (own topics, consumer group and tables) fed ``--pages`` consecutive
records of ant_multisource from a seeded random offset, and killed one to three times, each
kill at a seeded random point of one of these kinds:

    enrich.enriched       a batch enriched, nothing of it sent       (crash point in the worker)
    group.placed          a placement written, its story not sent    (crash point in the worker)
    stage.between_sends   one output of a message sent, not the next (crash point in the worker)
    external              SIGKILL from outside once N articles are enriched, after a random delay

(streams/crash_points.py: the worker SIGKILLs itself the Nth time it passes the point.) After the
last restart the round waits until every page is through, then counts, against a clean
single-process replay of ``news.by-desk``: articles lost (enriched, in no story), double
counted (in two stories) and mismatched (in another story than the replay's). One row per
round, then the totals. Only the worker is killed; the broker keeps running.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import signal
import subprocess
import sys
import time
import traceback
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.throughput import BrokerUnderTest, Workers, publish, raw_items, running_broker  # noqa: E402
from streams.crash_points import POINTS  # noqa: E402
from streams.progress import follow_until_done  # noqa: E402
from streams.records import RawItem  # noqa: E402
from streams.settings import Settings  # noqa: E402
from streams.verify import RunCheck, check_run, clean_replay_assignments, count_until  # noqa: E402

KINDS = (*POINTS, "external")
CORPUS_RECORDS = 31_525
ROUND_TIMEOUT_S = 600.0
CRASH_WAIT_S = 180.0  # a crash point not reached by then (the round ran out of articles): no kill


@dataclass(frozen=True)
class Kill:
    kind: str
    after: int  # passes of the crash point, or enriched articles for an external kill

    def __str__(self) -> str:
        return f"{self.kind}@{self.after}"


def plan_kills(rng: random.Random, pages: int) -> list[Kill]:
    """One to three kills, each at a seeded point early enough in the round to land."""
    kills = []
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(KINDS)
        ceiling = {"enrich.enriched": max(2, pages // 40), "external": max(2, pages // 2)}.get(kind, max(2, pages // 3))
        kills.append(Kill(kind, rng.randint(1, ceiling)))
    return kills


class CrashingWorker(Workers):
    """One worker of a fresh app, restarted after each kill, with a crash point armed or not."""

    def __init__(self, broker: BrokerUnderTest) -> None:
        super().__init__(broker, 0)
        self.broker = broker

    def start(self, kill: Kill | None) -> subprocess.Popen[bytes]:
        armed = kill is not None and kill.kind != "external"
        return self.start_one(STORYWIRE_KILL_AT=f"{kill.kind}:{kill.after}" if armed else "")


async def kill_once(worker: CrashingWorker, process: subprocess.Popen[bytes], kill: Kill) -> bool:
    """Let ``kill`` happen to ``process``; False when the round ended before it could."""
    if kill.kind == "external":
        try:
            await asyncio.wait_for(count_until(worker.broker.bootstrap, worker.names.enriched, kill.after), CRASH_WAIT_S)
        except TimeoutError:
            return False
        await asyncio.sleep(random.Random(kill.after).random())
        process.send_signal(signal.SIGKILL)
    deadline = time.monotonic() + CRASH_WAIT_S
    while process.poll() is None and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    if process.poll() is None:
        process.kill()  # the crash point was never reached: end this incarnation all the same
        process.wait()
        return False
    return process.returncode == -signal.SIGKILL


async def one_round(broker: BrokerUnderTest, items: list[RawItem], kills: list[Kill]) -> tuple[RunCheck, int, float]:
    started = time.perf_counter()
    with CrashingWorker(broker) as worker:
        process = worker.start(kills[0])
        await asyncio.sleep(8)  # joined its group: the kill lands in processing, not in start-up
        await publish(broker.bootstrap, worker.names.raw, items)
        landed = 0
        for number, kill in enumerate(kills):
            landed += await kill_once(worker, process, kill)
            following = kills[number + 1] if number + 1 < len(kills) else None
            process = worker.start(following)
        pages = {item.item_id for item in items}
        progress = await asyncio.wait_for(follow_until_done(broker.bootstrap, worker.names, pages), ROUND_TIMEOUT_S)
        horizon = timedelta(hours=Settings().story_horizon_hours)
        replayed = await clean_replay_assignments(broker.bootstrap, worker.names.by_desk, horizon)
    return check_run(progress, replayed), landed, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--broker", choices=("embedded", "kafka"), default="embedded")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    corpus = raw_items(CORPUS_RECORDS)
    rng = random.Random(args.seed)
    totals = {"articles": 0, "kills": 0, "lost": 0, "double": 0, "mismatched": 0, "failed": 0}
    with running_broker(args.broker) as broker:
        print(f"Crash stress on {broker.name}: {args.rounds} rounds of {args.pages} pages, seed {args.seed}\n")
        print("| round | first record | kills planned | kills landed | articles | lost | double counted | mismatched | s |")
        print("|---|---|---|---|---|---|---|---|---|", flush=True)
        for number in range(1, args.rounds + 1):
            start = rng.randrange(0, len(corpus) - args.pages)
            kills = plan_kills(rng, args.pages)
            try:
                check, landed, seconds = asyncio.run(one_round(broker, corpus[start : start + args.pages], kills))
            except TimeoutError as exc:
                totals["failed"] += 1
                print(f"| {number} | {start} | {', '.join(map(str, kills))} | - | not done: {exc!r} | | | | |", flush=True)
                traceback.print_exc()
                continue
            totals["articles"] += check.articles
            totals["kills"] += landed
            totals["lost"] += check.lost
            totals["double"] += check.double_counted
            totals["mismatched"] += check.mismatched
            print(f"| {number} | {start} | {', '.join(map(str, kills))} | {landed} | {check.articles} | {check.lost} | "
                  f"{check.double_counted} | {check.mismatched} | {seconds:.0f} |", flush=True)
        print(f"| total | | | {totals['kills']} | {totals['articles']} | {totals['lost']} | {totals['double']} | "
              f"{totals['mismatched']} | rounds not done: {totals['failed']} |")


if __name__ == "__main__":
    from bench import report

    with report.recorded(f"Crash stress ({report.argument('--broker', 'embedded')})"):  # --write-docs: this run's output becomes its section of docs/benchmarks.md
        main()
