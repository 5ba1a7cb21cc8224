"""A page being read: its lines, the reader's place, the sidebars taken, and what the page's own
structure says about its lines (captions, its source's template, a live blog's times, a chat's
events, a transcript's speakers). ``Cursor.kind_of`` is ``sidebar_kind`` with that on top.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from agents.text.cues import fold_line
from agents.text.line_kinds import sidebar_kind
from agents.text.reflow import printed_lines
from streams.records import Sidebar, SidebarKind


@dataclass(frozen=True)
class ArticleParts:
    """The article-bearing part of a page: title, dateline and body paragraphs in order."""

    title: str
    dateline: str | None
    paragraphs: tuple[str, ...]
    sidebars: tuple[Sidebar, ...] = ()
    title_from_body: bool = False  # the page printed no headline: ``title`` is cut from the lead

    @property
    def has_headline(self) -> bool:
        return not self.title_from_body


@dataclass
class Cursor:
    """The reader's place on a page's lines; ``take`` moves on, recording what a line was."""

    lines: list[str]
    at: int = 0
    sidebars: list[Sidebar] = field(default_factory=list)
    captions: frozenset[str] = frozenset()
    template: frozenset[str] = frozenset()
    stamps: frozenset[str] = frozenset()  # a live blog's update times: lines of its article
    chrome: frozenset[str] = frozenset()  # lines the page's structure shows are furniture (a chat's events)
    speakers: frozenset[str] = frozenset()  # a transcript's speaker labels (matching form)
    spoken: bool = False  # the page is a broadcast's transcript (time codes, markers, a transcript heading)
    text_from: int = 0  # where the article's text may start: under a transcript's heading, if any

    def kind_of(self, line: str, template: bool = True) -> SidebarKind | None:
        """``sidebar_kind``, with the page's captions, its chrome and its source's template."""
        if self.captions and fold_line(line) in self.captions:
            return "caption"
        if line in self.chrome:
            return "other"
        kind = sidebar_kind(line)
        if kind is None and template and self.template and fold_line(line) in self.template:
            return "other"  # the source's template: printed on many pages of many stories
        return kind

    def peek(self, ahead: int = 0) -> str | None:
        index = self.at + ahead
        return self.lines[index] if index < len(self.lines) else None

    def take(self, kind: SidebarKind | None = None) -> str:
        line = self.lines[self.at]
        self.at += 1
        if kind is not None:
            self.sidebars.append(Sidebar(kind=kind, text="\n".join(printed_lines(line))))
        return line


# How far past a run of furniture (a cue and its headlines, a caption, a share bar) the reader
# looks for the text that tells whether the article goes on.
GAP_MAX_LINES = 12
