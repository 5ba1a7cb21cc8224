"""storywire's speed against its limits, in one run, on real ANT articles.

    .venv/bin/python bench/throughput.py [--articles N] [--rates 50,30,10] [--latency-seconds 30] [--broker kafka]

1. Broker limit: produce the raw records to the embedded broker with aiokafka, then consume
   them, no processing.
2. Processing limit: the pure pipeline (split, normalize, enrich with embeddings in batches of
   32, group) in this one process, no Kafka; then the per-article work in the worker's number of
   child processes with the grouping in this one (the worker's split), and in a child a core.
3. End to end: `storywire worker` processes (1, then 2) on the embedded broker, from the first
   record published to the last article in a story.
4. Latency at steady live rates: pages published at each of --rates per second (the target's
   50, and a rate the workers keep up with) for --latency-seconds to a fresh app of 1, then 2
   workers; for each page, the time from its publication to the first story update that holds
   its main article (p50 / p95 / p99).
Every section uses the first --articles records of ant_multisource (default 3,000; 31,525 for
the whole corpus). --broker kafka runs it on Apache Kafka (scripts/kafka.sh, needs java and
mvn) instead of the embedded broker. Rows print as they are measured.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.enrich_quality import ant_rows  # noqa: E402
from bench.split_eval import SHARED  # noqa: E402
from streams.broker import EmbeddedBroker, free_port  # noqa: E402
from streams.codec import decode, encode  # noqa: E402
from streams.follow import ensure_topics, follow  # noqa: E402
from streams.progress import follow_until_done  # noqa: E402
from streams.records import RawItem, StoryUpdate  # noqa: E402
from streams.settings import Settings  # noqa: E402
from streams.topics import TopicNames  # noqa: E402
from streams.watch import record_item  # noqa: E402

ARRIVED = datetime(2026, 11, 22, tzinfo=UTC)
BASELINE = "812f1a0"  # the last commit before the one-hop design, the distilled embedding and the lean scans
END_TO_END_TIMEOUT_S = 3600.0


def raw_items(articles: int) -> list[RawItem]:
    """The first ``articles`` records as the watcher publishes them (records without text skipped)."""
    items = []
    for row in ant_rows(limit=articles):
        try:
            items.append(record_item(row, row["id"], ARRIVED))
        except ValueError:
            continue
    return items


# 1. The broker alone ---------------------------------------------------------------------------

async def broker_limit(bootstrap: str, items: list[RawItem]) -> tuple[float, float]:
    """(produce records/s, consume records/s) of the raw records, no processing."""
    from aiokafka import AIOKafkaProducer

    topic = f"bench-raw-{uuid.uuid4().hex[:6]}"
    await ensure_topics(bootstrap, [topic], 4)
    values = [(item.item_id.encode(), encode(item)) for item in items]
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5, max_request_size=16 * 1024 * 1024)
    await producer.start()
    started = time.perf_counter()
    try:
        for key, value in values:
            await producer.send(topic, key=key, value=value)
        await producer.flush()
    finally:
        await producer.stop()
    produced = time.perf_counter() - started
    started = time.perf_counter()
    count = 0
    async for _record in follow(bootstrap, [topic], idle_timeout=10.0):
        count += 1
        if count == len(values):
            break
    consumed = time.perf_counter() - started
    return len(values) / produced, count / consumed


# 2. The pure pipeline --------------------------------------------------------------------------

def processing_limit(items: list[RawItem]) -> tuple[float, int, int]:
    """(articles/s, articles, stories) of split + normalize + enrich + embed + group in-process."""
    from agents.text.embedding import embed, embedding_text
    from agents.text.enrich_batch import warm_up
    from agents.text.enrichment import enrich
    from agents.text.pages import articles_from_page, normalize_article
    from agents.text.stories import assign, features_of
    from agents.text.story_store import GroupingState

    horizon = timedelta(hours=72)
    store = GroupingState(horizon)
    stories: set[str] = set()
    articles = 0

    def group(batch: list) -> None:  # type: ignore[type-arg]
        vectors = embed([embedding_text(e.article.title, e.article.paragraphs) for e in batch])
        for enriched, vector in zip(batch, vectors, strict=True):
            stories.add(assign(features_of(enriched.model_copy(update={"embedding": vector})), store, horizon).story.story_id)

    warm_up()  # models and word lists load before the clock starts, as a worker's do
    started = time.perf_counter()
    batch = []
    for item in distinct_pages(items):
        try:
            batch.extend(enrich(normalize_article(a)) for a in articles_from_page(item))
        except ValueError:
            continue
        if len(batch) >= 32:
            group(batch)
            articles, batch = articles + len(batch), []
    if batch:
        group(batch)
        articles += len(batch)
    return articles / (time.perf_counter() - started), articles, len(stories)


def parallel_processing_limit(items: list[RawItem], children: int) -> tuple[float, int, int]:
    """(articles/s, articles, stories) with the worker's split of the work, without Kafka: batches
    of 32 pages through split, normalize, enrich, embed and the grouping features in ``children``
    processes (agents/text/enrich_batch.py), each desk record decoded and grouped here."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from agents.text.enrich_batch import EnrichedRecord, PageWork, process_pages, start_child
    from agents.text.stories import assign, features_from_desk_record
    from agents.text.story_store import GroupingState

    horizon = timedelta(hours=72)
    state = GroupingState(horizon)
    stories: set[str] = set()
    articles = 0
    pages = [PageWork(item.item_id, encode(item)) for item in distinct_pages(items)]  # no template memory here
    batches = [pages[start : start + 32] for start in range(0, len(pages), 32)]
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(children, mp_context=spawn, initializer=start_child, initargs=(os.getpid(),)) as pool:
        list(pool.map(process_pages, [[] for _ in range(children)]))  # models loaded before the clock starts
        started = time.perf_counter()
        for result in pool.map(process_pages, batches):
            for record in (item for page in result.pages for item in page if isinstance(item, EnrichedRecord)):
                stories.add(assign(features_from_desk_record(record.data), state, horizon).story.story_id)
                articles += 1
        elapsed = time.perf_counter() - started
    return articles / elapsed, articles, len(stories)


def shared_models() -> Path:
    """This checkout's data directory's models, built if they are not yet."""
    from agents.text.embedding import embed

    from streams.settings import get_settings

    embed(["warm-up"])
    return get_settings().models.resolve()


def child_processes() -> int:
    from agents.enrich import child_processes as worker_children

    return worker_children()


def distinct_pages(items: list[RawItem]) -> list[RawItem]:
    """One item per content hash, as the split stage keeps them (ant_multisource repeats pages)."""
    first_of: dict[str, RawItem] = {}
    for item in items:
        first_of.setdefault(item.item_id, item)
    return list(first_of.values())


# 3 and 4. Through the broker and the workers ---------------------------------------------------

@dataclass(frozen=True)
class BrokerUnderTest:
    name: str
    url: str
    bootstrap: str
    profile: str  # STORYWIRE_BROKER_PROFILE for the workers
    pid: int | None = None  # the broker's process, for its CPU time


@contextmanager
def running_broker(kind: str) -> Iterator[BrokerUnderTest]:
    """The embedded broker, or Apache Kafka started by scripts/kafka.sh on a free port."""
    if kind == "embedded":
        with EmbeddedBroker() as embedded:
            pid = embedded._process.pid if embedded._process else None
            yield BrokerUnderTest("embedded broker (Tansu)", embedded.url, embedded.bootstrap, "embedded", pid)
        return
    script, port = str(ROOT / "scripts" / "kafka.sh"), str(free_port())
    started = subprocess.run([script, "start", port], check=True, capture_output=True, text=True)
    bootstrap = started.stdout.split()[-1]
    cache = Path(os.environ.get("STORYWIRE_KAFKA_CACHE", ROOT / ".cache" / "kafka"))
    pid = int((cache / f"run-{port}" / "kafka.pid").read_text().strip())
    try:
        yield BrokerUnderTest("Apache Kafka (KRaft, scripts/kafka.sh)", f"kafka://{bootstrap}", bootstrap, "kafka", pid)
    finally:
        subprocess.run([script, "stop", port], capture_output=True)


class Workers:
    """``count`` worker processes of one fresh app on the broker."""

    def __init__(self, broker: BrokerUnderTest, count: int, tree: Path = ROOT, **env: str) -> None:
        run = uuid.uuid4().hex[:8]
        self.tree = tree
        self.data_dir = Path(tempfile.mkdtemp(prefix="storywire-bench-"))
        self.env = {
            **os.environ, "STORYWIRE_BROKER": broker.url, "STORYWIRE_BROKER_PROFILE": broker.profile,
            "STORYWIRE_TOPIC_PREFIX": f"bench-{run}.", "STORYWIRE_APP_ID": f"storywire-bench-{run}",
            "STORYWIRE_DATA_DIR": str(self.data_dir), "PYTHONPATH": str(tree), **env,
            # Every app of the run shares one built distilled embedding table (built at the first
            # start of a deployment: not what a steady state costs).
            "STORYWIRE_MODEL_DIR": str(shared_models()),
        }
        self.names = TopicNames.from_settings(Settings(topic_prefix=self.env["STORYWIRE_TOPIC_PREFIX"]))
        self.count = count
        self.processes: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> Workers:
        for _ in range(self.count):
            self.start_one()
        return self

    def start_one(self, **env: str) -> subprocess.Popen[bytes]:
        log = (self.data_dir / f"worker-{len(self.processes)}.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker", "-l", os.environ.get("BENCH_WORKER_LOG_LEVEL", "warning")],
            env={**self.env, "STORYWIRE_WEB_PORT": str(free_port()), **env}, stdout=log, stderr=subprocess.STDOUT,
            cwd=self.tree,
        )
        self.processes.append(process)
        return process

    def __exit__(self, *exc: object) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


async def publish(bootstrap: str, topic: str, items: list[RawItem], rate: float | None = None) -> dict[str, float]:
    """Publish ``items`` (at ``rate`` per second if given); {item id: wall time it was sent}."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=0 if rate else 5, max_request_size=16 * 1024 * 1024)
    await producer.start()
    sent: dict[str, float] = {}
    started = time.perf_counter()
    try:
        for n, item in enumerate(items):
            if rate:
                await asyncio.sleep(max(0.0, started + n / rate - time.perf_counter()))
            sent[item.item_id] = time.time()
            await producer.send(topic, key=item.item_id.encode(), value=encode(item), timestamp_ms=int(sent[item.item_id] * 1000))
        await producer.flush()
    finally:
        await producer.stop()
    return sent


async def changelog_records(bootstrap: str, app_id: str) -> tuple[int, int, dict[str, int]]:
    """(records, distinct keys, records per table) in the app's changelog topics, read up to the
    high-water marks of the first fetch (the fetch's mark is right on Tansu too), so a table a
    worker is still writing is read to where it was, not forever."""
    from aiokafka import AIOKafkaConsumer, TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        topics = [t for t in await admin.list_topics() if t.startswith(f"{app_id}-") and t.endswith("-changelog")]
        described = await admin.describe_topics(topics) if topics else []
    finally:
        await admin.close()
    partitions = [TopicPartition(t["topic"], p["partition"]) for t in described for p in t["partitions"]]
    if not partitions:
        print(f"(no changelog partitions found for {app_id}: topics {topics})", file=sys.stderr)
        return 0, 0, {}
    per_table: Counter[str] = Counter()
    keys: set[tuple[str, bytes | None]] = set()
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, fetch_max_wait_ms=100)
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        marks: dict[TopicPartition, int] = {}
        idle_since = time.monotonic()
        while time.monotonic() - idle_since < 10.0:
            batch = await consumer.getmany(timeout_ms=500)
            for tp in partitions:
                if tp not in marks and (mark := consumer.highwater(tp)) is not None:
                    marks[tp] = mark
            for tp, records in batch.items():
                for record in records:
                    if record.offset < marks.get(tp, 0):
                        idle_since = time.monotonic()
                        per_table[tp.topic.removeprefix(f"{app_id}-").removesuffix("-changelog")] += 1
                        keys.add((tp.topic, record.key))
            if len(marks) == len(partitions) and all([await _reached(consumer, tp, mark) for tp, mark in marks.items()]):
                break
    finally:
        await consumer.stop()
    return sum(per_table.values()), len(keys), dict(per_table)


async def _reached(consumer, tp, mark: int) -> bool:  # type: ignore[no-untyped-def]
    return await consumer.position(tp) >= mark


@dataclass(frozen=True)
class EndToEnd:
    rate: float  # articles/s
    articles: int
    stories: int
    changelog_records: int
    cpu_ms: dict[str, float]  # ms of CPU per article: worker loop(s), their children, the broker


async def end_to_end(broker: BrokerUnderTest, items: list[RawItem], workers: int, tree: Path = ROOT, **env: str) -> EndToEnd:
    """From the first record published to the last grouped; the changelog records (every table's)
    are counted once the run is done, the CPU of every process over the run."""
    with Workers(broker, workers, tree, **env) as app:
        await ensure_topics(broker.bootstrap, app.names.all(), 4)
        await asyncio.sleep(15)  # workers start and join before the clock starts: a live wire's steady state
        cpu_before = process_cpu(app.processes, broker.pid)
        started = time.perf_counter()
        await publish(broker.bootstrap, app.names.raw, items)
        progress = await asyncio.wait_for(
            follow_until_done(broker.bootstrap, app.names, {i.item_id for i in items}), END_TO_END_TIMEOUT_S
        )
        elapsed = time.perf_counter() - started
        cpu_after = process_cpu(app.processes, broker.pid)
        records, _keys, _per_table = await changelog_records(broker.bootstrap, app.env["STORYWIRE_APP_ID"])
    articles = len(progress.articles)
    cpu_ms = {part: 1000 * (cpu_after[part] - cpu_before.get(part, 0.0)) / max(articles, 1) for part in cpu_after}
    return EndToEnd(articles / elapsed, articles, len(progress.stories), records, cpu_ms)


def process_cpu(workers: list[subprocess.Popen[bytes]], broker_pid: int | None) -> dict[str, float]:
    """CPU seconds so far of the workers' own processes (their event loops), of everything they
    started (the enrich children), and of the broker; from /proc."""
    parents = _parents()
    loops = [w.pid for w in workers]
    children = [pid for pid in parents if any(_descends(pid, loop, parents) for loop in loops)]
    cpu = {"worker loop": sum(_cpu_seconds(pid) for pid in loops), "enrich children": sum(_cpu_seconds(pid) for pid in children)}
    if broker_pid is not None:
        cpu["broker"] = _cpu_seconds(broker_pid)
    return cpu


def _parents() -> dict[int, int]:
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    return parents


def _descends(pid: int, ancestor: int, parents: dict[int, int]) -> bool:
    while (pid := parents.get(pid, 0)) > 1:
        if pid == ancestor:
            return True
    return False


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


async def live_latency(broker: BrokerUnderTest, items: list[RawItem], rate: float, workers: int) -> list[float]:
    """Seconds from each page's publication to the first story update holding its main article."""
    with Workers(broker, workers) as app:
        await ensure_topics(broker.bootstrap, app.names.all(), 4)
        await asyncio.sleep(15)
        first_story: dict[str, float] = {}
        pages = {i.item_id for i in items}

        async def collect() -> None:
            async for _topic, _key, value, _ts in follow(broker.bootstrap, [app.names.stories]):
                received = time.time()
                for member in decode(StoryUpdate, value).members:
                    if member.parent_id is None and member.article_id in pages:
                        first_story.setdefault(member.article_id, received)
                if len(first_story) >= len(pages):
                    return

        collecting = asyncio.create_task(collect())
        sent = await publish(broker.bootstrap, app.names.raw, items, rate)
        try:
            await asyncio.wait_for(collecting, timeout=120)
        except TimeoutError:
            pass
    return sorted(first_story[p] - sent[p] for p in first_story if p in sent)


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(share * 100) - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--rates", default="50,30,10", help="live rates to measure latency at, pages/s")
    parser.add_argument("--latency-seconds", type=float, default=30.0)
    parser.add_argument("--broker", choices=("embedded", "kafka"), default="embedded")
    parser.add_argument("--baseline", default=BASELINE, help="the git revision the CPU table compares against ('' skips it)")
    parser.add_argument("--component-articles", type=int, default=2000)
    parser.add_argument("--workers", default="1,2", help="end-to-end runs with these numbers of workers")
    parser.add_argument("--no-latency", action="store_true", help="skip the live-rate latency runs")
    args = parser.parse_args()
    items = raw_items(args.articles)
    with running_broker(args.broker) as broker:
        print(f"{len(items)} raw records of ant_multisource (first {args.articles}); {os.cpu_count()}-core machine; {broker.name}\n")
        if args.baseline:
            print_cpu_table(broker, args.baseline, args.component_articles)
        print("| measurement | articles/s | ratio to min(1, 2) | notes |")
        print("|---|---|---|---|", flush=True)
        produce_rate, consume_rate = asyncio.run(broker_limit(broker.bootstrap, items))
        processing_rate, articles, stories = processing_limit(items)
        children = child_processes()
        parallel_rate, parallel_articles, parallel_stories = parallel_processing_limit(items, children)
        limit = min(produce_rate, consume_rate, max(processing_rate, parallel_rate))

        def row(name: str, rate: float, notes: str) -> None:
            print(f"| {name} | {rate:,.1f} | {rate / limit:.2f} | {notes} |", flush=True)

        row("1. broker limit: aiokafka produce, then consume", min(produce_rate, consume_rate),
            f"produce {produce_rate:,.0f}/s, consume {consume_rate:,.0f}/s")
        row("2. processing limit: pure pipeline, one process", processing_rate, f"{articles} articles, {stories} stories")
        row(f"2. processing limit: per-article work in {children} child process(es), grouping in this one", parallel_rate,
            f"{parallel_articles} articles, {parallel_stories} stories (the worker's design, without Kafka)")
        cores = os.cpu_count() or 1
        if cores > children:
            # Without a broker or an event loop, a child a core: what the work itself allows on this machine.
            every_core_rate, every_core_articles, every_core_stories = parallel_processing_limit(items, cores)
            row(f"2. processing limit: per-article work in {cores} child processes (one a core), grouping in this one",
                every_core_rate, f"{every_core_articles} articles, {every_core_stories} stories (no loop to leave a core to)")
        for workers in (int(w) for w in args.workers.split(",")):
            run = asyncio.run(end_to_end(broker, items, workers))
            cpu = ", ".join(f"{part} {ms:.1f}" for part, ms in run.cpu_ms.items())
            row(f"3. end to end, {workers} worker(s)", run.rate,
                f"{run.articles} articles, {run.stories} stories, {run.changelog_records / run.articles:.2f} changelog "
                f"records an article; ms of CPU an article: {cpu}")
        print()
        for rate in () if args.no_latency else (float(r) for r in args.rates.split(",")):
            # A fresh app for each run, so the first pages of the corpus serve every rate.
            live_items = raw_items(int(rate * args.latency_seconds))
            for workers in (1, 2):
                latencies = asyncio.run(live_latency(broker, live_items, rate, workers))
                print(latency_line(rate, args.latency_seconds, workers, latencies, len(live_items)), flush=True)


# The CPU table: where the time goes, before and after ------------------------------------------

def print_cpu_table(broker: BrokerUnderTest, baseline: str, articles: int) -> None:
    """ms of CPU per article in each part of the work, for ``baseline`` (a git worktree) and this
    tree: the pure parts in one process (bench/cpu_components.py), then one worker end to end on
    the same pages, whose CPU beyond those parts is Faust's, the hops' and the broker's."""
    items = raw_items(articles)
    with baseline_tree(baseline) as before:
        trees = {f"before ({baseline})": before, "now": ROOT}
        parts = {name: components_of(tree, articles) for name, tree in trees.items()}
        runs = {name: asyncio.run(end_to_end(broker, items, 1, tree)) for name, tree in trees.items()}
    names = list(trees)
    print(f"ms of CPU per article, first {articles} records; parts measured in one process, then one worker end to end\n")
    print(f"| component | {' | '.join(names)} |")
    print(f"|---|{'---|' * len(names)}")
    for row_name in parts[names[-1]]:
        print(f"| {row_name} | {' | '.join(f'{parts[n].get(row_name, 0.0):.2f}' for n in names)} |")
    pure = {n: sum(parts[n].values()) for n in names}
    print(f"| **the work itself** | {' | '.join(f'{pure[n]:.2f}' for n in names)} |")
    for part in runs[names[-1]].cpu_ms:
        print(f"| end to end: {part} | {' | '.join(f'{runs[n].cpu_ms.get(part, 0.0):.2f}' for n in names)} |")
    total = {n: sum(runs[n].cpu_ms.values()) for n in names}
    print(f"| end to end: all processes | {' | '.join(f'{total[n]:.2f}' for n in names)} |")
    print(f"| **Faust, hops and broker** (all processes less the work) | "
          f"{' | '.join(f'{total[n] - pure[n]:.2f}' for n in names)} |")
    print(f"| end to end, articles/s | {' | '.join(f'{runs[n].rate:.1f}' for n in names)} |")
    print(f"| changelog records an article | "
          f"{' | '.join(f'{runs[n].changelog_records / max(runs[n].articles, 1):.2f}' for n in names)} |\n", flush=True)


@contextmanager
def baseline_tree(revision: str) -> Iterator[Path]:
    """A throwaway git worktree of ``revision``."""
    folder = Path(tempfile.mkdtemp(prefix="storywire-baseline-")) / "tree"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(folder), revision], check=True, capture_output=True)
    try:
        yield folder
    finally:
        subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(folder)], capture_output=True)


def components_of(tree: Path, articles: int) -> dict[str, float]:
    """bench/cpu_components.py on ``tree``'s code, in a process of its own."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "cpu_components.py"), "--tree", str(tree), "--articles", str(articles), "--json"],
        check=True, capture_output=True, text=True, cwd=tree,
        env={**os.environ, "STORYWIRE_DATA_DIR": str(ROOT / ".storywire"), "STORYWIRE_SHARED_DIR": str(SHARED)},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])["ms"]  # type: ignore[no-any-return]


def latency_line(rate: float, seconds: float, workers: int, latencies: list[float], pages: int) -> str:
    if not latencies:
        return f"Latency at {rate:.0f} pages/s, {workers} worker(s): no page reached a story within the wait"
    return (
        f"Latency at {rate:.0f} pages/s for {seconds:.0f} s, {workers} worker(s), publication -> first story update "
        f"({len(latencies)} of {pages} pages): p50 {percentile(latencies, 0.5):.2f} s, p95 {percentile(latencies, 0.95):.2f} s, "
        f"p99 {percentile(latencies, 0.99):.2f} s, max {latencies[-1]:.2f} s"
    )


if __name__ == "__main__":
    from bench import report

    with report.recorded(f"Throughput ({report.argument('--broker', 'embedded')})"):  # --write-docs: this run's output becomes its section of docs/benchmarks.md
        main()
