"""The embedded broker's short ListOffsets answer, and the Fetch that gives the true end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams.broker import BrokerError, EmbeddedBroker, fetched_end_offsets

BATCHES = {0: (20, 20), 1: (3, 3), 2: ()}  # records a batch, by partition; partition 2 stays empty


async def _produce_batches(bootstrap: str) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=50)
    await producer.start()
    try:
        for partition, sizes in BATCHES.items():
            for size in sizes:
                sent = [await producer.send("batched", b"x", partition=partition) for _ in range(size)]
                await producer.flush()
                for future in sent:
                    await future
    finally:
        await producer.stop()


@pytest.fixture()
def embedded() -> Iterator[EmbeddedBroker]:
    with EmbeddedBroker() as broker:  # started outside the test's event loop (it waits with asyncio.run)
        yield broker


async def _list_and_probe_ends(bootstrap: str) -> tuple[dict[TopicPartition, int], dict[TopicPartition, int]]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = [TopicPartition("batched", p) for p in BATCHES]
        consumer.assign(partitions)
        listed = await consumer.end_offsets(partitions)
        return listed, await fetched_end_offsets(consumer._client, listed)
    finally:
        await consumer.stop()


async def test_a_fetch_finds_the_end_that_list_offsets_misses(embedded: EmbeddedBroker) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=embedded.bootstrap)
    await admin.start()
    await admin.create_topics([NewTopic("batched", len(BATCHES), 1)])
    await admin.close()
    await _produce_batches(embedded.bootstrap)

    listed, fetched = await _list_and_probe_ends(embedded.bootstrap)

    assert fetched == {TopicPartition("batched", p): sum(sizes) for p, sizes in BATCHES.items()}
    # The quirk itself: the last batch's base offset + 1. If Tansu fixes it, the probe is moot.
    assert listed[TopicPartition("batched", 0)] == 21


def test_a_broker_that_never_answers_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("streams.broker.wait_until_answers", _never_answers)
    broker = EmbeddedBroker()
    with pytest.raises(BrokerError):
        broker.start()
    assert broker._process is None  # stopped, not left running


def _never_answers(bootstrap: str, timeout: float, process: object = None) -> None:
    raise BrokerError(f"broker at {bootstrap} did not answer in {timeout:.1f}s")
