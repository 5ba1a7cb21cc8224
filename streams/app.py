"""The one Faust app, built from Settings, with its topics and the broker profile applied."""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping
from typing import Any

import faust
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP

from streams.broker import TANSU_FETCH_MAX_WAIT_MS, fetched_end_offsets
from streams.consumer import HoleGuardConsumer
from streams.security import faust_credentials
from streams.settings import Settings, get_settings
from streams.topics import TopicNames, max_record_bytes, topic_config

EMBEDDED_PRODUCER_BATCH_BYTES = 512 * 1024  # under Faust's 1 MB request size and the end probe's fetch

# Tansu (the embedded broker) needs these; see ../shared/NOTES-broker.md for each: it has no
# idempotent producer (no exactly_once); group joins take about half the session timeout. Its
# ListOffsets answers the last batch's base offset + 1, which made changelog restores stop early:
# the stream consumer asks a Fetch for the true end instead (_EmbeddedConsumerThread), so records
# are batched, and in batches larger than Kafka's default: Tansu's memory engine lists every
# stored batch of a partition on each fetch that finds new records, and a desk is one partition
# of ~9 KB records (docs/speed.md). No standby replicas: on one machine they buy no safety, and a
# standby reading every changelog record (one per request on Tansu) made two workers 2.7x slower
# than with none (bench, 600 articles: 6.1 vs 16.2 articles/s).
EMBEDDED_PROFILE: dict[str, Any] = {
    "producer_max_batch_size": EMBEDDED_PRODUCER_BATCH_BYTES,
    "table_standby_replicas": 0,
    "broker_session_timeout": 6.0,
    "broker_heartbeat_interval": 0.5,
    "broker_rebalance_timeout": 6.0,
}
# On Apache Kafka, normal batching; only the session is shorter than Faust's 60 s default,
# so a crashed worker's partitions move to a live one within ~10 s, not a minute.
KAFKA_PROFILE: dict[str, Any] = {
    "broker_session_timeout": 10.0,
    "broker_heartbeat_interval": 1.0,
}


class _EmbeddedConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> Any:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = TANSU_FETCH_MAX_WAIT_MS  # read by start(); no public knob in Faust
        return consumer

    async def _highwaters(self, partitions: list[TP]) -> Mapping[TP, int]:
        # Where table recovery learns how far to read a changelog.
        listed = await super()._highwaters(partitions)
        return await fetched_end_offsets(self._ensure_consumer()._client, listed)


class _EmbeddedConsumer(HoleGuardConsumer):
    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        return _EmbeddedConsumerThread(self, loop=self.loop, beacon=self.beacon)


class _Transport(faust_aiokafka.Transport):
    Consumer = HoleGuardConsumer


class _EmbeddedTransport(faust_aiokafka.Transport):
    Consumer = _EmbeddedConsumer


class _App(faust.App):
    """faust.App whose stream consumer never commits past a record it did not process (streams/consumer.py)."""

    def _new_transport(self) -> Any:
        return _Transport(self.conf.broker_consumer, self)  # loop resolved lazily, as Faust does


class _EmbeddedBrokerApp(_App):
    """_App whose stream consumer also gets quick fetches and true partition ends from the embedded broker."""

    def _new_transport(self) -> Any:
        return _EmbeddedTransport(self.conf.broker_consumer, self)


CONSUMER_MAX_FETCH_BYTES = 16 * 1024 * 1024
# Records handed to the streams a poll. Faust delivers a poll's records one after another and
# waits on a full stream buffer; a raw partition under pressure is left out of the next polls
# (Faust's flow control), so a bounded poll keeps the desk's records coming while the raw
# backlog waits. Unbounded, one poll of 16 MB a raw partition (thousands of pages) starved the
# group stage for minutes in a backfill (docs/speed.md).
CONSUMER_MAX_POLL_RECORDS = 500


class UnsupportedSettingError(ValueError):
    """A combination of settings the broker cannot honour."""


def build_app(settings: Settings) -> faust.App:
    """A Faust app configured only from ``settings`` (never from Faust's own env vars)."""
    profile = EMBEDDED_PROFILE if settings.is_embedded_profile else KAFKA_PROFILE
    if settings.is_embedded_profile and settings.processing_guarantee == "exactly_once":
        raise UnsupportedSettingError(
            "exactly_once needs a transactional producer, which the embedded broker (Tansu) lacks; "
            "use STORYWIRE_PROCESSING_GUARANTEE=at_least_once or a Kafka broker"
        )
    if settings.store == "rocksdb" and importlib.util.find_spec("rocksdict") is None:
        raise UnsupportedSettingError("STORYWIRE_STORE=rocksdb needs rocksdict: pip install 'storywire[rocksdb]'")
    app_class = _EmbeddedBrokerApp if settings.is_embedded_profile else _App
    return app_class(
        settings.app_id,
        broker=settings.broker or "kafka://127.0.0.1:9092",
        store=f"{settings.store}://",  # the store is set on the App: a per-table store URL is ignored
        datadir=str(settings.data_dir / "worker" / settings.app_id),
        web_port=settings.web_port,
        web_bind=settings.web_bind,
        web_host=settings.web_bind,
        topic_partitions=settings.partitions,
        topic_replication_factor=1,
        consumer_auto_offset_reset="earliest",
        processing_guarantee=settings.processing_guarantee,
        key_serializer="raw",
        value_serializer="raw",
        table_cleanup_interval=3600.0,
        autodiscover=False,
        # A desk is one partition of news.by-desk: at Faust's 1 MB a fetch (~110 enriched records)
        # the group stage got ~120 records a second whatever its speed (docs/speed.md).
        consumer_max_fetch_size=CONSUMER_MAX_FETCH_BYTES,
        producer_max_request_size=max_record_bytes(settings.max_page_bytes),  # Faust's default is 1 MB
        broker_max_poll_records=CONSUMER_MAX_POLL_RECORDS,
        broker_credentials=faust_credentials(settings),
        **profile,
    )


settings = get_settings()
app = build_app(settings)
topic_names = TopicNames.from_settings(settings)


def _topic(name: str) -> faust.TopicT:
    return app.topic(
        name,
        key_type=bytes,
        value_type=bytes,
        key_serializer="raw",
        value_serializer="raw",
        partitions=settings.partitions,
        config=topic_config(settings.max_page_bytes),
    )


raw_topic = _topic(topic_names.raw)
articles_topic = _topic(topic_names.articles)
normalized_topic = _topic(topic_names.normalized)
enriched_topic = _topic(topic_names.enriched)
by_desk_topic = _topic(topic_names.by_desk)
stories_topic = _topic(topic_names.stories)
rejected_topic = _topic(topic_names.rejected)
