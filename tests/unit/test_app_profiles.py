"""The broker profiles reach the Faust app: the embedded one's quick fetches, Kafka's defaults."""

from __future__ import annotations

import inspect
from types import SimpleNamespace

import pytest
from aiokafka import AIOKafkaConsumer
from faust.transport.drivers import aiokafka as faust_aiokafka

from streams.app import (
    EMBEDDED_PRODUCER_BATCH_BYTES,
    UnsupportedSettingError,
    _EmbeddedConsumer,
    _EmbeddedConsumerThread,
    build_app,
)
from streams.broker import END_PROBE_FETCH_BYTES, TANSU_FETCH_MAX_WAIT_MS
from streams.consumer import HoleGuardConsumer
from streams.settings import Settings


def test_the_embedded_profile_makes_stream_fetches_short(monkeypatch: pytest.MonkeyPatch) -> None:
    app = build_app(Settings(broker=None, app_id="profile-test-embedded", processing_guarantee="at_least_once"))
    # Batched (partition ends come from a Fetch, not ListOffsets), and the probe's fetch holds a whole batch.
    assert app.conf.producer_max_batch_size == EMBEDDED_PRODUCER_BATCH_BYTES <= END_PROBE_FETCH_BYTES
    # What Faust builds (fetch_max_wait_ms=1500, hard-coded), then what storywire makes of it.
    built_by_faust = SimpleNamespace(_fetch_max_wait_ms=1500)
    monkeypatch.setattr(faust_aiokafka.AIOKafkaConsumerThread, "_create_worker_consumer", lambda self, transport: built_by_faust)
    thread = object.__new__(_EmbeddedConsumerThread)
    assert app.transport.Consumer is _EmbeddedConsumer
    assert thread._create_worker_consumer(app.transport)._fetch_max_wait_ms == TANSU_FETCH_MAX_WAIT_MS == 100


def test_aiokafka_still_reads_the_private_fetch_wait_we_shorten() -> None:
    # streams/app.py sets AIOKafkaConsumer._fetch_max_wait_ms after Faust builds the consumer;
    # if an aiokafka upgrade renames it, the embedded broker silently gets 1.5 s hops again.
    assert "self._fetch_max_wait_ms" in inspect.getsource(AIOKafkaConsumer.start)


def test_the_kafka_profile_keeps_faust_batching_with_the_commit_guard() -> None:
    app = build_app(Settings(broker="kafka://127.0.0.1:9092", app_id="profile-test-kafka", broker_profile="auto"))
    assert app.transport.Consumer is HoleGuardConsumer
    assert app.conf.producer_max_batch_size > 1


def test_exactly_once_is_refused_on_the_embedded_broker() -> None:
    with pytest.raises(UnsupportedSettingError, match="transactional producer"):
        build_app(Settings(broker=None, processing_guarantee="exactly_once"))


def test_the_table_store_is_a_setting_set_on_the_app() -> None:
    # Faust ignores a per-table store URL: only the App's store counts.
    assert str(build_app(Settings(app_id="store-test-memory")).conf.store) == "memory:"
    assert str(build_app(Settings(app_id="store-test-rocksdb", store="rocksdb")).conf.store) == "rocksdb:"


def test_a_fetch_brings_a_desk_partition_s_records_by_the_thousand() -> None:
    # One desk is one partition of news.by-desk, read by one agent: a 1 MB fetch (~110 enriched
    # records) capped the group stage near 120 records a second.
    for broker in (None, "kafka://127.0.0.1:9092"):
        app = build_app(Settings(broker=broker, app_id=f"fetch-test-{bool(broker)}"))
        assert app.conf.consumer_max_fetch_size >= 16 * 1024 * 1024
