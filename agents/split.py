"""Split stage: raw page -> main article + appended articles (sidebars kept on each)."""

from __future__ import annotations

from agents.text.pages import articles_from_page
from streams.app import app, articles_topic, raw_topic, rejected_topic, settings
from streams.codec import decode, encode
from streams.records import Article, RawItem
from streams.stage import Output, run_stage
from streams.tables import SeenPages

seen_pages = SeenPages()


class PageTooLargeError(ValueError):
    """The page is over STORYWIRE_MAX_PAGE_BYTES."""


def split_message(key: bytes | None, value: bytes) -> list[Output]:
    if len(value) > settings.max_page_bytes:
        raise PageTooLargeError(f"page is {len(value)} bytes, over the {settings.max_page_bytes} byte limit")
    raw = decode(RawItem, value)
    if seen_pages.is_repeat(raw.item_id):
        return []  # the same content again: its articles are already downstream
    return [_output(article) for article in articles_from_page(raw)]


def mark_seen(key: bytes | None, value: bytes) -> None:
    item_id = key.decode() if key else decode(RawItem, value).item_id
    seen_pages.add(item_id)


def _output(article: Article) -> Output:
    return Output(articles_topic, article.article_id.encode(), encode(article), article.arrived_at)


@app.agent(raw_topic)
async def split_sidebars(stream):  # type: ignore[no-untyped-def]
    await run_stage(stream, "split", split_message, rejected_topic, after_send=mark_seen)
