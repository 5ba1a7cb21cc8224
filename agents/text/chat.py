"""A group chat exported as text: each message's stamp and sender read apart from its text.

A chat export ("Export chat") prints every message as "stamp - sender: text" on its first line
and nothing on the message's further lines; a forwarded article is one message, its title or
lead glued to the stamp. A line with a stamp and no sender is the chat's own event (the
encryption notice, "created group", "left"). ``read_chat`` gives each message's first line as a
``ChatMessage``, which reads as the message's text and prints as the line; the chat's events
are returned apart, as furniture.
"""

from __future__ import annotations

import re

from agents.text.reflow import PrintedLines

# "05/06/2018, 10:22 - ", "[05/06/2018, 10:22:31] ", "٥/٦/٢٠١٨ ١٠:٢٢ ص - " (\d takes any script's digits)
_CHAT_STAMP = re.compile(
    r"^\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[صم]|[ap]\.?\s?m\.?))?\]?\s*(?:[-–]\s+)?",
    re.IGNORECASE,
)
# The sender: a name of a few words, or a phone number, then a colon.
_SENDER = re.compile(r"^(?:\+?\d[\d\s\-]{5,20}|[^:\d]{1,40}?):\s+")
SENDER_MAX_WORDS = 4
CHAT_MIN_STAMPS = 3  # stamped lines before a page is read as a chat


class ChatMessage(PrintedLines):
    """The first line of a chat message: reads as the message's text, prints as the line."""


def read_chat(lines: list[str]) -> tuple[list[str], frozenset[str]]:
    """``lines`` with each message's first line read as its text, and the chat's event lines."""
    if sum(1 for line in lines if _is_stamped_line(line)) < CHAT_MIN_STAMPS:
        return lines, frozenset()  # date lines alone (an article's and those appended under it) are no chat
    read: list[str] = []
    events: set[str] = set()
    for line in lines:
        stamp = _CHAT_STAMP.match(line)
        if stamp is None or not _is_stamped_line(line):
            read.append(line)
            continue
        message = line[stamp.end() :]
        sender = _SENDER.match(message)
        if sender and len(sender.group(0).split()) <= SENDER_MAX_WORDS and message[sender.end() :].strip():
            read.append(ChatMessage((line,), message[sender.end() :].strip()))
        else:
            read.append(line)
            events.add(line)
    return read, frozenset(events)


def _is_stamped_line(line: str) -> bool:
    """A stamp with something printed after it on its line: a message or the chat's event, never a
    bare date and time (a page's date line)."""
    stamp = _CHAT_STAMP.match(line)
    return stamp is not None and bool(line[stamp.end() :].strip())


def is_message_start(line: str) -> bool:
    return isinstance(line, ChatMessage)
