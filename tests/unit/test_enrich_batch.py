"""The enrich child's setup (agents/text/enrich_batch.py)."""

from __future__ import annotations

import subprocess
import sys


def test_warm_up__sets_what_it_loaded_aside_from_the_collector() -> None:
    # In a process of its own: freezing this one would keep the other tests' garbage cycles.
    code = (
        "import gc\n"
        "from agents.text.enrich_batch import warm_up\n"
        "warm_up()\n"
        "print(gc.get_freeze_count(), len(gc.get_objects()))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    frozen, tracked = map(int, result.stdout.split())
    assert frozen > 10_000 and tracked < frozen / 10
