"""Near-duplicate fingerprints: a 64-bit SimHash over word 3-shingles of the matching form."""

from __future__ import annotations

import hashlib
from functools import partial
from operator import methodcaller

import numpy as np

from agents.text.terms import words

SHINGLE = 3
_digest_of = methodcaller("digest")
_hasher_of = partial(hashlib.blake2b, digest_size=8)


def simhash(text: str) -> str:
    """64-bit SimHash as 16 hex digits; near-identical texts differ in few bits."""
    return simhash_of(words(text))


def simhash_of(tokens: list[str]) -> str:
    """``simhash`` of a text's ``words`` (a caller that has them skips folding the text again)."""
    shingles = _shingle_bytes(tokens)
    # The loop over shingles stays in C (map), one blake2b of 8 bytes each.
    digests = b"".join(map(_digest_of, map(_hasher_of, shingles)))
    # One row of 64 bits per shingle, most significant first (the digests are big-endian).
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(shingles), 64)
    majority = bits.sum(axis=0) * 2 > len(shingles)  # more shingles set the bit than clear it
    return f"{int.from_bytes(np.packbits(majority).tobytes(), 'big'):016x}"


def _shingle_bytes(tokens: list[str]) -> list[bytes]:
    """Each run of SHINGLE tokens joined by a space, in UTF-8; a text of fewer tokens is one
    shingle. Each token is encoded once, not once in each of its shingles (the UTF-8 of a
    space-joined run is the space-joined UTF-8 of its tokens)."""
    encoded = list(map(str.encode, tokens))
    if len(encoded) < SHINGLE:
        return [b" ".join(encoded)]
    return list(map(b" ".join, zip(*(encoded[i:] for i in range(SHINGLE)))))


def hamming(a: str, b: str) -> int:
    """Differing bits between two SimHash hex strings."""
    return (int(a, 16) ^ int(b, 16)).bit_count()
