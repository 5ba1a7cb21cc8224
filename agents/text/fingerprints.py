"""Near-duplicate fingerprints: a 64-bit SimHash over word 3-shingles of the matching form."""

from __future__ import annotations

import hashlib

import numpy as np

from agents.text.terms import words

SHINGLE = 3
_blake2b = hashlib.blake2b  # one global lookup a text, not two a shingle


def simhash(text: str) -> str:
    """64-bit SimHash as 16 hex digits; near-identical texts differ in few bits."""
    return simhash_of(words(text))


def simhash_of(tokens: list[str]) -> str:
    """``simhash`` of a text's ``words`` (a caller that has them skips folding the text again)."""
    shingles = _shingles(tokens)
    digests = b"".join([_blake2b(shingle.encode(), digest_size=8).digest() for shingle in shingles])
    # One row of 64 bits per shingle, most significant first (the digests are big-endian).
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(shingles), 64)
    majority = bits.sum(axis=0) * 2 > len(shingles)  # more shingles set the bit than clear it
    return f"{int.from_bytes(np.packbits(majority).tobytes(), 'big'):016x}"


def _shingles(tokens: list[str]) -> list[str]:
    """Each run of SHINGLE tokens joined by a space; a text of fewer tokens is one shingle."""
    if len(tokens) < SHINGLE:
        return [" ".join(tokens)]
    return [" ".join(run) for run in zip(*(tokens[i:] for i in range(SHINGLE)))]


def hamming(a: str, b: str) -> int:
    """Differing bits between two SimHash hex strings."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
