"""Records as large as an accepted page makes fit the producer and the topics; a record over the
limit rejects the message it came from instead of crashing the agent."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import orjson
import pytest
from aiokafka.errors import MessageSizeTooLargeError
from faust.exceptions import ProducerSendError

from streams.app import build_app
from streams.settings import Settings
from streams.stage import Output, run_stage
from streams.topics import RECORD_BYTES_PER_PAGE_BYTE, max_record_bytes, topic_config


@pytest.mark.parametrize("max_page_bytes", [5_000_000, 40_000_000])
def test_the_producer_and_the_topics_take_the_records_of_the_largest_page(max_page_bytes: int) -> None:
    settings = Settings(broker="kafka://127.0.0.1:9092", app_id="record-limits", max_page_bytes=max_page_bytes)
    app = build_app(settings)
    limit = max_record_bytes(max_page_bytes)
    assert limit >= RECORD_BYTES_PER_PAGE_BYTE * max_page_bytes > 1_048_588  # Kafka's default message.max.bytes
    assert app.conf.producer_max_request_size == limit
    assert topic_config(max_page_bytes) == {"retention.ms": "-1", "max.message.bytes": str(limit)}


class Topic:
    """A topic that keeps what is sent to it, or refuses records over ``limit`` as aiokafka does."""

    def __init__(self, name: str, limit: int | None = None) -> None:
        self.name, self.limit, self.sent = name, limit, []

    def get_topic_name(self) -> str:
        return self.name

    async def send(self, key: bytes | None, value: bytes, timestamp: float | None = None) -> None:
        if self.limit is not None and len(value) > self.limit:
            try:
                raise MessageSizeTooLargeError("The message is too large")
            except MessageSizeTooLargeError as exc:
                raise ProducerSendError(f"Error while sending: {exc!r}") from exc
        self.sent.append((key, value))


class Stream:
    def __init__(self, *values: bytes) -> None:
        self.values = values

    async def events(self) -> Any:
        for value in self.values:
            yield SimpleNamespace(key=value[:5], value=value)


async def test_a_record_over_the_limit_rejects_its_message_and_the_stage_goes_on() -> None:
    out, rejected = Topic("news.stories", limit=100), Topic("news.rejected")

    def process(key: bytes | None, value: bytes) -> list[Output]:
        return [Output(out, b"k", value * (50 if value.startswith(b"big") else 1))]

    await run_stage(Stream(b"small one", b"big one", b"small two"), "group", process, rejected)  # type: ignore[arg-type]

    assert [value for _key, value in out.sent] == [b"small one", b"small two"]
    (reason,) = [orjson.loads(value)["reason"] for _key, value in rejected.sent]
    assert reason.startswith("RecordTooLargeError: a 350-byte record for news.stories is over the producer's size limit")
