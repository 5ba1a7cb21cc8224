"""The README as a manual: short, every setting listed, the CI command between its markers."""

from __future__ import annotations

import re
from pathlib import Path

from streams.settings import Settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_readme__lists_every_setting() -> None:
    table = README[README.index("## Settings"):README.index("## Deploy")]
    missing = [name for name in Settings.model_fields if name.upper() not in table]
    assert not missing, f"add these settings to the README's table: {missing}"


def test_readme__is_a_manual_of_about_two_hundred_lines_with_its_two_commands() -> None:
    assert len(README.splitlines()) <= 210, "measurements go to docs/benchmarks.md, reasons to docs/design.md"
    ci = re.search(r"<!-- ci:test-command -->\n```bash\n(.+)\n```\n<!-- /ci:test-command -->", README)
    assert ci and ci.group(1).endswith(".venv/bin/pytest")
    assert ".venv/bin/storywire demo" in README
