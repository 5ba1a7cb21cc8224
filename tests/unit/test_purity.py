"""The pure modules stay pure: importing them must not pull in faust or aiokafka."""

from __future__ import annotations

import subprocess
import sys

PURE_MODULES = [
    "agents.text.normalization", "agents.text.sidebars", "agents.text.dates", "agents.text.entities",
    "agents.text.enrichment", "agents.text.stories", "agents.text.pages", "agents.text.terms",
    "streams.records", "streams.codec",
]


def test_pure_modules__do_not_import_faust() -> None:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in PURE_MODULES)
        + "bad = [m for m in ('faust', 'aiokafka', 'mode') if m in sys.modules]\n"
        + "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
