"""/metrics of a real worker once the seeds (and two unreadable pages) are through: lag 0 on
every partition its agents read and on nothing else, also after a restart, each stage's
counters at their true values, rejections at 0 included, and the standard Prometheus content type."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from streams.broker import bootstrap_of, free_port
from streams.progress import PipelineProgress, follow_until_done
from streams.settings import Settings
from streams.topics import TopicNames
from streams.watch import item_id_of
from tests.conftest import SEEDS

from .conftest import WORKER_READY_S, Deployment

pytestmark = pytest.mark.integration
DEADLINE_S = 120.0
# Lag counts from the committed offset; Faust commits every 2.8 s (commit_interval).
IDLE_LAG_S = 20.0
UNREADABLE = {"metrics-unreadable-1": b"\x00not a record", "metrics-unreadable-2": b"{}"}


def scrape(port: int) -> tuple[str, str] | None:
    """(Content-Type, body) of the worker's /metrics, None while it does not answer."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            return response.headers["Content-Type"], response.read().decode("utf-8")
    except OSError:
        return None


def parsed(body: str) -> dict[str, dict[tuple[tuple[str, str], ...], float]]:
    """Sample name -> {sorted labels: value}, by prometheus_client's text parser (which fails on
    anything it cannot read)."""
    found: dict[str, dict[tuple[tuple[str, str], ...], float]] = {}
    for family in text_string_to_metric_families(body):
        for sample in family.samples:
            found.setdefault(sample.name, {})[tuple(sorted(sample.labels.items()))] = sample.value
    return found


def lags(body: str) -> dict[tuple[str, str], float]:
    return {(dict(k)["topic"], dict(k)["partition"]): v for k, v in parsed(body).get("storywire_consumer_lag", {}).items()}


async def wait_for_lag(port: int, worker: subprocess.Popen[bytes], deployment: Deployment, want, timeout: float, what: str) -> str:  # type: ignore[no-untyped-def]
    """Scrape until ``want(lags)`` holds; the last body."""
    deadline = time.monotonic() + timeout
    body = ""
    while True:
        if worker.poll() is not None:
            pytest.fail(f"the worker exited with code {worker.returncode}; its log:\n{deployment.log_tail()}")
        answer = scrape(port)
        if answer is not None:
            body = answer[1]
            if want(lags(body)):
                return body
        if time.monotonic() > deadline:
            pytest.fail(f"{what} not seen in {timeout:.0f}s; last /metrics:\n{body}\nworker log:\n{deployment.log_tail()}")
        await asyncio.sleep(0.5)


async def send_raw(bootstrap: str, topic: str, records: dict[str, bytes]) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for key, value in records.items():
            await producer.send(topic, key=key.encode(), value=value)
        await producer.flush()
    finally:
        await producer.stop()


async def test_metrics_of_an_idle_worker_after_the_seeds(deployment: Deployment, seeds: dict[str, str]) -> None:
    settings = Settings(topic_prefix=deployment.env["STORYWIRE_TOPIC_PREFIX"], partitions=int(deployment.env["STORYWIRE_PARTITIONS"]))
    names = TopicNames.from_settings(settings)
    bootstrap = bootstrap_of(deployment.env["STORYWIRE_BROKER"])
    sources = {(topic, str(p)) for topic in (names.raw, names.by_desk) for p in range(settings.partitions)}
    port = free_port()
    worker = deployment.start_worker(web_port=port)
    # Every source partition has a lag series once the worker holds its partitions.
    await wait_for_lag(port, worker, deployment, lambda found: set(found) == sources, WORKER_READY_S, "the source partitions")

    deployment.storywire("watch", "--once", str(SEEDS))
    await send_raw(bootstrap, names.raw, UNREADABLE)
    expected = {item_id_of(text) for text in seeds.values()} | set(UNREADABLE)
    try:
        progress: PipelineProgress = await asyncio.wait_for(follow_until_done(bootstrap, names, expected), DEADLINE_S)
    except TimeoutError:
        pytest.fail(f"pipeline not done in {DEADLINE_S}s; worker log:\n{deployment.log_tail()}")
    assert set(progress.rejections) == set(UNREADABLE)

    body = await wait_for_lag(port, worker, deployment, lambda found: set(found) == sources and not any(found.values()), IDLE_LAG_S, "lag 0 on every source partition")
    await asyncio.sleep(3.0)  # and it stays 0: nothing stale comes back at the next scrape
    content_type, body = scrape(port) or ("", "")
    assert content_type == "text/plain; version=0.0.4; charset=utf-8"
    assert lags(body) == {tp: 0.0 for tp in sources}  # no changelog, no leader topic

    messages = {(dict(k)["stage"], dict(k)["outcome"]): v for k, v in parsed(body)["storywire_messages_total"].items()}
    articles = len(progress.articles)
    assert messages == {
        ("split", "processed"): len(seeds), ("split", "rejected"): len(UNREADABLE),
        ("normalize", "processed"): articles, ("normalize", "rejected"): 0,
        ("enrich", "processed"): articles, ("enrich", "rejected"): 0,
        ("group", "processed"): articles, ("group", "rejected"): 0,
    }
    promtool = shutil.which("promtool")
    if promtool is not None:
        checked = await asyncio.to_thread(
            subprocess.run, [promtool, "check", "metrics"], input=body.encode(), capture_output=True, timeout=30, check=False,
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr

    # Restarted on the same offsets (read back from the broker, not counted by this run): still 0.
    worker.terminate()
    worker.wait(timeout=30)
    port = free_port()
    worker = deployment.start_worker(web_port=port)
    await wait_for_lag(port, worker, deployment, lambda found: set(found) == sources and not any(found.values()), WORKER_READY_S, "lag 0 after a restart")
