"""The split stage as a function: one raw page in, its articles out (main first)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from urllib.parse import urlsplit

from agents.text.cues import fold_line
from agents.text.html import extract_html
from agents.text.normalization import folds_on_its_own, matching_form
from agents.text.sidebars import (
    ArticleParts,
    EmptyPageError,
    PageLines,
    SplitPage,
    page_lines,
    split_page,
)
from streams.records import Article, RawItem, Sidebar


def articles_from_page(raw: RawItem, template_lines: frozenset[str] = frozenset()) -> list[Article]:
    """The page's main article, then every article appended under it (each linked to it).

    ``template_lines`` are the page's source's template as a ``sidebars.TemplateMemory``
    holds it (matching forms): dropped as chrome wherever they stand.
    Raises ValueError subclasses with a readable reason when the page holds no article.
    """
    return articles_and_lines(raw, template_lines)[0]


def _split_with_template(text: str, title: str | None, captions: tuple[str, ...],
                         template_lines: frozenset[str]) -> SplitPage:
    """The page split with its source's template dropped, unless that leaves its article without
    a body: what a source prints on page after page is not the whole of an article (a source that
    republishes one text under many topics teaches its memory that text), so then the page is
    split as if its source were unknown."""
    if template_lines:
        try:
            page = split_page(text, known_title=title, known_captions=captions, template_lines=template_lines)
        except EmptyPageError:
            page = None
        if page is not None and page.main.paragraphs:
            return page
    return split_page(text, known_title=title, known_captions=captions)


def articles_and_lines(raw: RawItem, template_lines: frozenset[str] = frozenset()) -> tuple[list[Article], PageLines]:
    """``articles_from_page``, and the page as its source's template memory observes it (under
    ``template_source(raw)``)."""
    text, title, date_hint, outlet_hint = raw.text, raw.title, raw.published_hint, raw.outlet_hint
    html_tags: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    dateline: str | None = None
    if raw.content_type == "html":
        extracted = extract_html(raw.text)
        text = extracted.text
        title = title or extracted.title
        date_hint = date_hint or extracted.date
        outlet_hint = outlet_hint or extracted.sitename
        html_tags, captions, dateline = extracted.tags, extracted.captions, extracted.dateline
    page = _split_with_template(text, title, captions, template_lines)
    if page.main.dateline is None and dateline is not None:
        page = replace(page, main=replace(page.main, dateline=dateline))
    main_id = raw.item_id
    # An appended article was published by the page's outlet; with no date line of its own its
    # page's date is the best it has (its own date line, when printed, still wins in enrichment).
    page_date = date_hint or page.main.dateline
    page_outlet = outlet_hint or (credited_outlet(page.source_lines) if page.appended else None)
    appended = [
        _article(raw, appended_id(main_id, parts), main_id, parts, page_date, page_outlet) for parts in page.appended
    ]
    main = _article(raw, main_id, None, page.main, date_hint, outlet_hint)
    main = main.model_copy(
        update={
            "appended_ids": tuple(a.article_id for a in appended),
            "sidebars": (*main.sidebars, *page.sidebars),
            "tags": (*page.tag_lines, *html_tags),
            "source_lines": page.source_lines,
        }
    )
    return [main, *appended], page_lines(template_source(raw), text)


def template_source(raw: RawItem) -> str:
    """The source whose template a page shares: its URL's host, else the outlet its record
    names, else the folder it was read from (a watched folder, or the one holding its JSON Lines
    file); "stdin" or a bare record id stands for itself. Known before the page is split (no
    HTML is parsed), so the worker's loop can look the template up."""
    if raw.url and (host := _host(raw.url)):
        return "host:" + host.removeprefix("www.")
    if raw.outlet_hint and raw.outlet_hint.strip():
        return "outlet:" + matching_form(raw.outlet_hint.strip())
    path = raw.source.replace("\\", "/")  # a JSON Lines record's "file:line" is a path too
    return "folder:" + path.rsplit("/", 1)[0] if "/" in path else raw.source


def _host(url: str) -> str | None:
    try:
        return urlsplit(url).hostname
    except ValueError:  # a malformed URL (an unclosed "[" in its host) names no host
        return None


def credited_outlet(source_lines: tuple[str, ...]) -> str | None:
    """The outlet a page's source lines credit ("المصدر: الأسبوع"), news agencies left out,
    as enrichment reads it for the main article."""
    if not source_lines:
        return None
    from agents.text.enrichment import (  # entity tables: paid only here
        AGENCY_IDS,
        parse_credit_lines,
    )
    from agents.text.entities import find_mentions

    for source in parse_credit_lines(source_lines).sources:
        if not any(m.entity_id in AGENCY_IDS for m in find_mentions([source])):
            return source
    return None


def appended_id(parent_id: str, parts: ArticleParts) -> str:
    """Id of an appended article: from its own text, so the same piece appended under two
    pages is one article (it is one publication, seen twice)."""
    digest = hashlib.sha256(matching_form(parts.title + "\n" + "\n".join(parts.paragraphs)).encode())
    return digest.hexdigest()[:32]


def _article(
    raw: RawItem,
    article_id: str,
    parent_id: str | None,
    parts: ArticleParts,
    date_hint: str | None,
    outlet_hint: str | None,
) -> Article:
    return Article(
        article_id=article_id,
        raw_id=raw.item_id,
        parent_id=parent_id,
        source=raw.source,
        url=raw.url if parent_id is None else None,
        content_type=raw.content_type,
        title=parts.title,
        title_from_body=parts.title_from_body,
        dateline=parts.dateline,
        paragraphs=parts.paragraphs,
        sidebars=tuple(Sidebar(kind=s.kind, text=s.text) for s in parts.sidebars),
        arrived_at=raw.arrived_at,
        published_hint=date_hint,
        outlet_hint=outlet_hint,
    )


def normalize_article(article: Article) -> Article:
    """The normalize stage: the article with its matching forms filled in."""
    return article.model_copy(
        update={
            "match_title": fold_line(article.title),
            "match_body": folded_lines(article.paragraphs),
        }
    )


def folded_lines(lines: tuple[str, ...] | list[str]) -> str:
    """The matching form of ``lines`` joined by newlines, joined from each line's own fold where
    that is the same: the splitter folded every line of the page already, and ``fold_line``
    remembers them."""
    if all(map(folds_on_its_own, lines)):
        return "\n".join(map(fold_line, lines))
    return matching_form("\n".join(lines))
