"""Named points where the crash stress bench kills the worker, so a kill lands exactly there.

``STORYWIRE_KILL_AT=group.placed:57`` makes the worker SIGKILL itself the 57th time it passes
``crash_point("group.placed")``; unset (always, outside bench/crash_stress.py) a point costs one
comparison. SIGKILL, not an exception: nothing is flushed, nothing is cleaned up.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

POINTS = (
    "enrich.enriched",  # a batch enriched in the child, nothing of it sent yet
    "group.placed",  # an article's placement written to the table, its story updates not sent
    "stage.between_sends",  # one output of a message sent, the next not yet
)


def _target(spec: str | None) -> tuple[str, int] | None:
    if not spec:
        return None
    name, _, count = spec.partition(":")
    if name not in POINTS or not count.isdigit():
        raise ValueError(f"STORYWIRE_KILL_AT={spec!r}: expected one of {', '.join(POINTS)} and ':<count>'")
    return name, int(count)


_TARGET = _target(os.environ.get("STORYWIRE_KILL_AT"))
_passes: Counter[str] = Counter()


def crash_point(name: str) -> None:
    if _TARGET is None or _TARGET[0] != name:
        return
    _passes[name] += 1
    if _passes[name] == _TARGET[1]:
        os.kill(os.getpid(), signal.SIGKILL)
