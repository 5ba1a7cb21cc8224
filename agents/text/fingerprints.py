"""Near-duplicate fingerprints: a 64-bit SimHash over word 3-shingles of the matching form."""

from __future__ import annotations

import hashlib

import numpy as np

from agents.text.terms import words

SHINGLE = 3


def simhash(text: str) -> str:
    """64-bit SimHash as 16 hex digits; near-identical texts differ in few bits."""
    return simhash_of(words(text))


def simhash_of(tokens: list[str]) -> str:
    """``simhash`` of a text's ``words`` (a caller that has them skips folding the text again)."""
    shingles = [" ".join(tokens[i : i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))]
    digests = b"".join(hashlib.blake2b(shingle.encode(), digest_size=8).digest() for shingle in shingles)
    # One row of 64 bits per shingle, most significant first (the digests are big-endian).
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(shingles), 64)
    majority = bits.sum(axis=0) * 2 > len(shingles)  # more shingles set the bit than clear it
    return f"{int.from_bytes(np.packbits(majority).tobytes(), 'big'):016x}"


def hamming(a: str, b: str) -> int:
    """Differing bits between two SimHash hex strings."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
