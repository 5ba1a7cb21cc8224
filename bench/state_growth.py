"""State and memory over a long backfill: do they stop growing once the horizon is full?

    .venv/bin/python bench/state_growth.py [--broker embedded|kafka] [--checkpoints 5000,15000,31525] [--passes N] [--write-docs]

One `storywire worker` on a fresh app is fed the first records of ant_multisource (as many as
the last checkpoint) at full speed. Each time the number of grouped articles passes a
checkpoint, and at the end, the run prints one row: articles grouped, changelog records
(every ``<app id>-*-changelog`` topic, read whole, and the keys they hold), changelog records
per article, resident memory of the worker (with its enrich child) and of the broker. Then the
worker is stopped and a new one started: the seconds until a new page's story comes out is the
restart time (changelog restore and the fold of the grouping state).
With ``--passes N`` the corpus is fed N times, each pass as new pages PASS_SHIFT later in
publication time (one more space after the first word, which normalization folds away, makes a
new page id): a run longer than the corpus, to see whether the worker's memory stops growing
once its rings and held stories are full.
The same script run from a checkout of an older commit measures that commit's worker (the
worker is started from the current directory's code).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.throughput import BrokerUnderTest, Workers, changelog_records, publish, raw_items, running_broker  # noqa: E402
from streams.codec import decode  # noqa: E402
from streams.follow import follow  # noqa: E402
from streams.records import RawItem, StoryUpdate  # noqa: E402
from streams.watch import item_id_of  # noqa: E402

QUIET_S = 5.0
IDLE_AT_END_S = 90.0  # the backfill is over when no story update came for this long
RUN_TIMEOUT_S = 4 * 3600.0
PASS_SHIFT = timedelta(days=7 * 365)  # ant_multisource spans 2012-10 to 2018-10


def another_pass(item: RawItem, number: int) -> RawItem:
    """``item`` as a new page ``number`` passes later: the same words, a new id and later dates."""
    text = item.text.replace(" ", " " * (number + 1), 1)
    published = item.published_hint
    if published:
        try:
            published = (datetime.fromisoformat(published) + PASS_SHIFT * number).isoformat()
        except ValueError:
            pass
    return item.model_copy(update={"text": text, "item_id": item_id_of(text), "published_hint": published})


def resident_mb(pid: int) -> float:
    """VmRSS of ``pid`` and its children, in MB."""
    total = 0
    for process in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{process}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            continue
    return total / 1024


def _children(pid: int) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False).stdout.split()
    return [int(p) for p in found] + [g for c in found for g in _children(int(c))]


def broker_pid(broker: BrokerUnderTest) -> int | None:
    """The broker's process: the tansu or java process listening on its port."""
    port = broker.bootstrap.rsplit(":", 1)[1]
    pattern = f"tansu.*{port}" if broker.profile == "embedded" else f"kafka.Kafka.*{port}|kafka-{port}"
    found = subprocess.run(["pgrep", "-f", pattern], capture_output=True, text=True, check=False).stdout.split()
    return int(found[0]) if found else None


async def run(broker: BrokerUnderTest, articles: int, checkpoints: list[int], passes: int) -> None:
    *items, held_back = raw_items(articles + 1)
    items += [another_pass(item, number) for number in range(1, passes) for item in items]
    with Workers(broker, 1) as app:
        await asyncio.sleep(15)
        worker = app.processes[0]
        await publish(broker.bootstrap, app.names.raw, items)
        started = time.perf_counter()
        grouped: set[str] = set()
        pending = list(checkpoints)

        async def row(at_end: bool = False) -> None:
            # Mid-run the worker goes on while the changelogs are read: per article only at the end.
            records, keys, per_table = await changelog_records(broker.bootstrap, app.env["STORYWIRE_APP_ID"])
            pid = broker_pid(broker)
            per_article = f"{records / len(grouped):.2f}" if at_end else "-"
            print(f"| {len(grouped):,} | {time.perf_counter() - started:,.0f} | {records:,} | {keys:,} | "
                  f"{per_article} | {_tables(per_table)} | {resident_mb(worker.pid):,.0f} | "
                  f"{resident_mb(pid) if pid else float('nan'):,.0f} |", flush=True)

        async for _topic, _key, value, _ts in follow(broker.bootstrap, [app.names.stories], idle_timeout=IDLE_AT_END_S):
            grouped.update(m.article_id for m in decode(StoryUpdate, value).members)
            while pending and len(grouped) >= pending[0]:
                pending.pop(0)
                await row()
        await row(at_end=True)  # the end: no story update for IDLE_AT_END_S
        print(f"\nRestart after {len(grouped):,} articles: {await restart_seconds(app, broker, held_back):.1f} s from a "
              "new worker process to the story update of a new page (table restore and state fold included)")


async def restart_seconds(app: Workers, broker: BrokerUnderTest, page: RawItem) -> float:
    """Stop the worker, start a new one, publish ``page``: seconds until its story update."""
    for process in app.processes:
        process.terminate()
        process.wait(timeout=60)
    app.processes.clear()
    started = time.perf_counter()
    app.start_one()
    await publish(broker.bootstrap, app.names.raw, [page])
    async for _topic, _key, value, _ts in follow(broker.bootstrap, [app.names.stories], from_beginning=False):
        if any(m.article_id.startswith(page.item_id) for m in decode(StoryUpdate, value).members):
            break
    return time.perf_counter() - started


def _tables(per_table: dict[str, int]) -> str:
    return ", ".join(f"{table} {count:,}" for table, count in sorted(per_table.items()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--broker", choices=("embedded", "kafka"), default="embedded")
    parser.add_argument("--articles", type=int, default=31_525, help="records of ant_multisource to feed")
    parser.add_argument("--checkpoints", default="5000,15000", help="grouped-article counts to measure at, besides the end")
    parser.add_argument("--passes", type=int, default=1, help="feed the corpus this many times, each pass as new, later pages")
    args = parser.parse_args()
    checkpoints = sorted(int(c) for c in args.checkpoints.split(","))
    with running_broker(args.broker) as broker:
        print(f"State growth on {broker.name}, one worker, code from {os.getcwd()}\n")
        print("| articles grouped | s | changelog records | changelog keys | records / article | by table | worker RSS MB | broker RSS MB |")
        print("|---|---|---|---|---|---|---|---|", flush=True)
        asyncio.run(asyncio.wait_for(run(broker, args.articles, checkpoints, args.passes), RUN_TIMEOUT_S))


if __name__ == "__main__":
    from bench import report

    with report.recorded("State growth"):  # --write-docs: this run's output becomes its section of docs/benchmarks.md
        main()
