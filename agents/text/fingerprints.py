"""Near-duplicate fingerprints: a 64-bit SimHash over word 3-shingles of the matching form."""

from __future__ import annotations

import hashlib

from agents.text.terms import words

SHINGLE = 3


def simhash(text: str) -> str:
    """64-bit SimHash as 16 hex digits; near-identical texts differ in few bits."""
    tokens = words(text)
    shingles = [" ".join(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))]
    weights = [0] * 64
    for shingle in shingles:
        value = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if value >> bit & 1 else -1
    fingerprint = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return f"{fingerprint:016x}"


def hamming(a: str, b: str) -> int:
    """Differing bits between two SimHash hex strings."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
