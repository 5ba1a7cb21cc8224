"""A real broker for integration tests, and the real worker as a subprocess.

The broker is ``KAFKA_BOOTSTRAP`` when set (host:port of any Kafka-protocol broker),
otherwise the embedded Tansu broker, started once per session.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from streams.broker import EmbeddedBroker, free_port

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@dataclass(frozen=True)
class Broker:
    url: str
    bootstrap: str
    profile: str


@pytest.fixture(scope="session")
def broker() -> Iterator[Broker]:
    bootstrap = os.environ.get("KAFKA_BOOTSTRAP")
    if bootstrap:
        yield Broker(f"kafka://{bootstrap}", bootstrap, os.environ.get("STORYWIRE_BROKER_PROFILE", "kafka"))
        return
    with EmbeddedBroker() as embedded:
        yield Broker(embedded.url, embedded.bootstrap, "embedded")


@dataclass
class Deployment:
    """One isolated storywire: its own topic prefix, app id, data dir and web port."""

    env: dict[str, str]
    log_path: Path
    workers: list[subprocess.Popen[bytes]]

    def start_worker(self) -> subprocess.Popen[bytes]:
        log = self.log_path.open("ab")
        process = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker", "-l", "warning"],
            env={**self.env, "STORYWIRE_WEB_PORT": str(free_port())},
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


@pytest.fixture()
def deployment(broker: Broker, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Deployment]:
    run = uuid.uuid4().hex[:8]
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("STORYWIRE_")},
        "STORYWIRE_BROKER": broker.url,
        "STORYWIRE_BROKER_PROFILE": broker.profile,
        "STORYWIRE_TOPIC_PREFIX": f"it-{run}.",
        "STORYWIRE_APP_ID": f"storywire-it-{run}",
        "STORYWIRE_DATA_DIR": str(tmp_path / "data"),
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
