"""Generated bad input, reproducible (seeded): what a scraper feeding a wire really sends.

Each input is a file the watcher reads (``.txt``, ``.html`` or ``.jsonl``), or bytes sent
straight to the raw topic by a client that bypassed the watcher (``raw``).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from tests.conftest import SEEDS

ARABIC = "أعلن المتحدث باسم الكرملين ديمتري بيسكوف اليوم أن موسكو لم تجر مفاوضات مع واشنطن بشأن ناغورنو قره باغ."
BIDI = ("\u202e", "\u202d", "\u202a", "\u202b", "\u2066", "\u2067", "\u2068", "\u2069", "\u200f", "\u200e", "\u061c")


@dataclass(frozen=True)
class BadInput:
    name: str  # unique: the file name, or the record key on the raw topic
    kind: str  # "txt", "html", "jsonl" or "raw"
    data: bytes
    category: str


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def generate(count_per_category: int = 53, seed: int = 8) -> list[BadInput]:
    rng = random.Random(seed)
    seeds = seed_texts() or [ARABIC * 5]
    out: list[BadInput] = []

    def add(category: str, kind: str, data: bytes) -> None:
        out.append(BadInput(f"{category}-{len(out):05d}.{kind}", kind, data, category))

    for n in range(count_per_category):
        add("empty", rng.choice(["txt", "html"]), b"")
        add("whitespace", "txt", "".join(rng.choice([" ", "\n", "\t", "\u00a0", "\u200b", "\u3000"]) for _ in range(rng.randint(1, 400))).encode())
        add("binary", rng.choice(["txt", "html"]), rng.randbytes(rng.randint(1, 5000)))
        add("invalid-utf8", "txt", ARABIC.encode()[: rng.randint(5, 60)] + bytes([0xC3, 0x28, 0xFF, 0xFE]) + rng.randbytes(20) + ARABIC.encode())
        add("cp1256", "txt", f"خبر رقم {n}\n{rng.choice(seeds)[:2000]}".encode("cp1256", errors="ignore"))
        add("iso-8859-6", "txt", f"{ARABIC} {n}\n{ARABIC}".encode("iso-8859-6", errors="ignore"))
        add("nested-html", "html", ("<div>" * rng.randint(500, 5000) + f"<p>{ARABIC} {n}</p>" + "</div>" * rng.randint(0, 10)).encode())
        add("script-style-only", "html", f"<html><head><style>body{{color:red}}</style></head><body><script>var a={n};</script></body></html>".encode())
        add("null-bytes", "txt", (rng.choice(seeds)[:1500] + "\x00" * rng.randint(1, 20) + ARABIC).encode())
        add("bidi-controls", "txt", "".join(c + rng.choice(BIDI) if rng.random() < 0.2 else c for c in rng.choice(seeds)[:2500]).encode())
        add("sidebar-only", "txt", "\n".join(f"اقرأ أيضا: {w}" for w in ARABIC.split()[: rng.randint(1, 12)]).encode())
        add("truncated-seed", "txt", rng.choice(seeds)[: rng.randint(0, 300)].encode())
        add("byte-flipped-seed", "txt", _flip(rng, rng.choice(seeds).encode()))
        add("json-missing-fields", "jsonl", json.dumps(rng.choice([{}, {"title": "t"}, {"id": n}, {"url": "x"}, {"published": "2020"}])).encode())
        add("json-wrong-types", "jsonl", json.dumps(rng.choice([
            {"id": n, "text": 5}, {"id": [1], "text": ARABIC, "title": {"a": 1}}, {"text": None}, {"text": ARABIC, "published": {"y": 1}},
            {"text": [ARABIC], "title": 3}, {"content": True},
        ])).encode())
        add("json-broken", "jsonl", rng.choice([b"{", b"[1, 2", b'{"text": "\xff"}', b"null", b"[]", b'"just a string"', b"{}{}"]))
        add("raw-not-json", "raw", rng.randbytes(rng.randint(0, 300)))
        add("raw-wrong-record", "raw", json.dumps(rng.choice([
            {"item_id": f"x{n}"}, {"item_id": n, "text": ARABIC}, {"text": ARABIC, "source": "s", "content_type": "pdf"},
            {"item_id": f"y{n}", "source": "s", "content_type": "text", "text": ARABIC, "encoding": "utf-8", "arrived_at": "yesterday"},
        ])).encode())
        duplicate = f"{ARABIC}\n{rng.choice(seeds)[:1000]} نسخة {n % 5}".encode()
        add("duplicate-id", "txt", duplicate)
    add("huge-page", "txt", (ARABIC + "\n").encode() * (20 * 1024 * 1024 // len((ARABIC + "\n").encode()) + 1))
    return out


def _flip(rng: random.Random, data: bytes) -> bytes:
    flipped = bytearray(data)
    for _ in range(rng.randint(1, 30)):
        flipped[rng.randrange(len(flipped))] = rng.randrange(256)
    return bytes(flipped)
