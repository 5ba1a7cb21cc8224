"""Everything the worker runs: the app with every stage registered."""

from __future__ import annotations

import agents.enrich
import agents.group
import streams.board  # noqa: F401  (importing registers the web views)
from streams.app import app

__all__ = ["agents", "app"]
