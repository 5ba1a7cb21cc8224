"""py3langid's answer without its per-byte Python loop.

py3langid finds its byte n-gram features by walking a DFA one byte at a time in Python. That DFA
is an Aho-Corasick automaton: after reading any bytes its state is the longest suffix of them that
is one of its strings (``automaton_depth`` checks this of the loaded tables), and its strings are
at most D bytes long. So the state after byte i is the state reached from the start over bytes
i-D+1..i alone, and the states after every byte come from D numpy gathers over the whole text.
The features, their counts and their order (first appearance, as ``collections.Counter`` keeps
them) are then py3langid's, and so are the scores: the same float32 arithmetic on the same arrays.
The model stays py3langid's; only the walk is done here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from agents.text.half_floats import half_rows_as_float32


@dataclass(frozen=True)
class WalkTables:
    """The identifier's DFA as numpy arrays, and the length of its longest string."""

    nextmove: np.ndarray  # py3langid's distinct 256-byte transition rows, flattened
    rowbase: np.ndarray  # state -> offset of its row in ``nextmove``
    start_row: np.ndarray  # the start state's 256 transitions
    output: np.ndarray  # state -> feature index, or -1
    depth: int


def _as_numpy(values: Any) -> np.ndarray:
    if hasattr(values, "typecode"):  # py3langid keeps its tables as array.array
        return np.frombuffer(values, dtype=np.dtype(values.typecode))
    return np.asarray(values)


def automaton_depth(rows: np.ndarray, row_of_state: np.ndarray) -> int | None:
    """Length of the automaton's longest string if it is the Aho-Corasick automaton of its
    strings (then its state after any bytes depends on the last that many only), else None.

    A state's string is the shortest bytes reaching it from state 0 (found breadth-first; they are
    prefix-closed). The automaton is Aho-Corasick if, for every state s and byte b, the move from s
    on b goes to the state of the longest of its strings that ends s's string + b: that is the
    child in the trie where s's string + b is a string, else the move from s's failure state on b
    (from the start state, the start state). Checked level by level, the failure of a state at
    depth d (its longest proper suffix among the strings) comes from moves already checked.
    States go in blocks so that the check holds a few MB at a time, not the whole table.
    """
    states = len(row_of_state)
    seen = np.zeros(states, dtype=bool)
    seen[0] = True
    parent = np.zeros(states, dtype=np.intp)
    via = np.zeros(states, dtype=np.intp)
    levels = [np.zeros(1, dtype=np.intp)]
    while len(levels[-1]):
        found = []
        for block in _blocks(levels[-1]):
            moves = rows[row_of_state[block]].ravel()
            new = np.flatnonzero(~seen[moves])
            reached, first = np.unique(moves[new], return_index=True)
            first = new[first]
            seen[reached] = True
            parent[reached] = block[first // 256]
            via[reached] = first % 256
            found.append(reached.astype(np.intp))
        levels.append(np.sort(np.concatenate(found)))
    levels.pop()
    if not seen.all():
        return None  # a state no bytes reach: not the automaton this reasoning is about
    failure = np.zeros(states, dtype=np.intp)
    for d, level in enumerate(levels):  # each level is sorted
        children = levels[d + 1] if d + 1 < len(levels) else level[:0]
        children = children[np.argsort(parent[children], kind="stable")]
        parents = parent[children]
        for block in _blocks(level):
            if d >= 2:
                failure[block] = rows[row_of_state[failure[parent[block]]], via[block]]
            moves = rows[row_of_state[block]]
            expected = np.zeros_like(moves) if d == 0 else rows[row_of_state[failure[block]]]
            lo = np.searchsorted(parents, block[0], side="left")
            hi = np.searchsorted(parents, block[-1], side="right")
            mine = children[lo:hi]  # the trie children of this block's states
            expected[np.searchsorted(block, parents[lo:hi]), via[mine]] = mine
            if not np.array_equal(moves, expected):
                return None
    return len(levels) - 1


def _blocks(level: np.ndarray, size: int = 4096) -> list[np.ndarray]:
    return [level[i : i + size] for i in range(0, len(level), size)]


@lru_cache(maxsize=2)
def walk_tables(identifier: Any) -> WalkTables | None:
    """The vectorised walk's tables for a loaded py3langid identifier; None if its DFA is not one
    the window walk reproduces (then py3langid walks it itself). About 0.1 s of CPU, once."""
    rows = _as_numpy(identifier.tk_nextmove)
    row_of_state = _as_numpy(identifier.tk_row).astype(np.intp)
    depth = automaton_depth(rows.reshape(-1, 256), row_of_state)
    if depth is None:
        return None
    rowbase = row_of_state << 8
    output = np.asarray(identifier.tk_output, dtype=np.intp)
    start_row = rows[rowbase[0] : rowbase[0] + 256].astype(np.intp)
    return WalkTables(rows, rowbase, start_row, output, depth)


def feature_counts(tables: WalkTables, data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """(feature indexes, their counts as float32) of the walk over ``data``, in the order the
    features first appear, as ``py3langid.langid.visit_counts`` finds them."""
    text = np.frombuffer(data, dtype=np.uint8)
    n = len(text)
    window = tables.depth
    # state[i] is walked from the start over bytes max(0, i-D+1)..i; at step k, position i reads
    # byte i-(D-1)+k, so only positions i >= D-1-k have a byte to read yet.
    state = np.zeros(n, dtype=np.intp)
    for k in range(window):
        lo = window - 1 - k
        if lo >= n:
            continue
        chunk = text[: n - lo]
        if k == 0:
            state[lo:] = tables.start_row[chunk]
        else:
            state[lo:] = tables.nextmove[tables.rowbase[state[lo:]] + chunk]
    features = tables.output[state]
    at = np.flatnonzero(features >= 0)
    features = features[at]
    if not len(features):
        return features, np.zeros(0, dtype=np.float32)
    # Sort (feature, position) pairs packed in one int64 (a plain sort: np.unique's stable one
    # costs ten times more), then put each feature's run back in the order of its first position.
    shift = n.bit_length()
    keys = np.sort((features << shift) | at)
    features = keys >> shift
    starts = np.empty(len(keys), dtype=bool)
    starts[0] = True
    np.not_equal(features[1:], features[:-1], out=starts[1:])
    starts = np.flatnonzero(starts)
    ends = np.empty_like(starts)
    ends[:-1] = starts[1:]
    ends[-1] = len(keys)
    order = np.argsort(keys[starts] & ((1 << shift) - 1))  # first positions: all distinct
    return features[starts][order], (ends - starts)[order].astype(np.float32)


def classify(identifier: Any, text: str | bytes) -> tuple[str, float]:
    """``identifier.classify(text)``: (language, score), the same values."""
    tables = walk_tables(identifier)
    if tables is None:
        language, score = identifier.classify(text)
        return language, score
    from py3langid.langid import RAW_FLOOR  # type: ignore[import-untyped]

    data = identifier._encode(text)
    indexes, counts = feature_counts(tables, data)
    norm_probs = identifier._norm_probs
    if len(indexes):
        # py3langid's _sparse_score, on the same arrays in the same order; its float16 rows are
        # cast to float32 by the matmul, here by the table (a third of the time)
        table = identifier.nb_ptc
        if table.dtype == np.float16:
            rows = half_rows_as_float32(table, indexes)
        else:
            rows = table[indexes]
        scores = np.log1p(counts) @ rows + identifier.nb_pc
    else:
        fill = 0.0 if norm_probs else RAW_FLOOR  # no features
        scores = np.full(len(identifier.nb_classes), fill, dtype=np.float32)
    # the rest of py3langid's _decide and classify
    if norm_probs:
        scores *= 1.0 / math.sqrt(len(data) or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
    for i, j in identifier._alias_pairs:
        if norm_probs:
            scores[i] += scores[j]
            scores[j] = 0.0
        else:
            scores[i] = max(scores[i], scores[j])
            scores[j] = RAW_FLOOR
    best = int(scores.argmax())
    confidence = float(scores[best])
    if identifier.min_confidence is not None and confidence < identifier.min_confidence:
        return "und", confidence
    return identifier.nb_classes[best], confidence


def classify_language(sample: str) -> str:
    """The language ``py3langid.classify(sample)`` names."""
    from py3langid.langid import _get_identifier  # loads its model on first use

    return str(classify(_get_identifier(), sample)[0])
