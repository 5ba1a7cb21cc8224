"""Rows of a float16 table as float32, by a gather through every float16's float32 value.

The distilled embedding's piece table and py3langid's feature table are float16; gathering
through this table is numpy's own cast (the same values), about twice as fast as its cast loop.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

FLOAT32_OF_HALF = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16).astype(np.float32)


def half_rows_as_float32(table: np.ndarray, ids: Sequence[int] | np.ndarray) -> np.ndarray:
    """``table[ids].astype(np.float32)`` of a float16 table."""
    return FLOAT32_OF_HALF.take(table.view(np.uint16).take(ids, axis=0))
