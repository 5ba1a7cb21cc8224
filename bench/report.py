"""docs/benchmarks.md, written by the bench scripts: each bench's output in its own section, with
the date, the machine and the exact command that printed it.

A bench opts in at its entry point; nothing is written unless it runs with ``--write-docs``, so
test runs and quick tries never touch the docs::

    if __name__ == "__main__":
        with report.recorded("Story quality"):  # --write-docs: this run's output becomes the section
            main()

``recorded`` takes ``--write-docs`` off ``sys.argv`` (the bench's own parser never sees it), tees
standard output while the bench runs, and replaces the section only if the bench finished without
an exception. ``record(section, command, text)`` writes a section from text captured otherwise.

A section sits between ``<!-- bench:NAME -->`` and ``<!-- /bench:NAME -->``; a new one is added at
the end, the others are left as they are.
"""

from __future__ import annotations

import io
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "benchmarks.md"
FLAG = "--write-docs"
PREAMBLE = """# Benchmarks

Every section below was written by the bench script it names, run with `--write-docs` (see
`bench/report.py`): the section is that run's printed output, under the date, the machine and the
exact command. To refresh a section, run its command again. Quality figures come from the team's
labelled material in `../shared/corpus`; speed figures depend on the machine, so compare rows of
one section (each bench measures its baseline in the same run), not numbers across sections.
"""


def machine() -> str:
    """Cores, memory, CPU model and load average of this machine, in one line."""
    model = _first_match(Path("/proc/cpuinfo"), r"^model name\s*:\s*(.+)$") or "unknown CPU"
    mem_kb = _first_match(Path("/proc/meminfo"), r"^MemTotal:\s*(\d+) kB")
    memory = f"{int(mem_kb) / 1024 / 1024:.1f} GB RAM" if mem_kb else "RAM unknown"
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "unknown"
    return f"{os.cpu_count()} cores, {memory}, {model.strip()}, load average {load}"


def command_line(argv: list[str] | None = None) -> str:
    """The command as typed from the checkout: the STORYWIRE_* settings in effect, the
    interpreter and the script relative to the checkout, then the arguments."""
    argv = list(sys.argv if argv is None else argv)
    settings = [f"{k}={shlex.quote(v)}" for k, v in sorted(os.environ.items()) if k.startswith("STORYWIRE_")]
    return " ".join([*settings, _relative(sys.executable), *(shlex.quote(_relative(a)) for a in argv)])


def header(command: str, now: datetime | None = None) -> str:
    """What a section says of its run: when (UTC), the code, the machine, the command."""
    at = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    return f"Run {at} at `{_commit()}` on {machine()}.\n\n```\n{command}\n```\n"


def section_text(section: str, command: str, text: str, now: datetime | None = None) -> str:
    """A section as it stands in the file, markers included."""
    name = _slug(section)
    return f"<!-- bench:{name} -->\n## {section}\n\n{header(command, now)}\n{text.strip()}\n<!-- /bench:{name} -->\n"


def replace_section(document: str, section: str, block: str) -> str:
    """``document`` with the section ``section`` replaced by ``block`` (added at the end if new)."""
    name = re.escape(_slug(section))
    pattern = re.compile(rf"<!-- bench:{name} -->\n.*?<!-- /bench:{name} -->\n?", re.DOTALL)
    if pattern.search(document):
        return pattern.sub(lambda _: block, document, count=1)
    return document.rstrip("\n") + "\n\n" + block


def record(section: str, command: str, text: str, path: Path = DOCS, now: datetime | None = None) -> None:
    """Replace (or add) ``section`` of docs/benchmarks.md with ``text``, under its header."""
    document = path.read_text(encoding="utf-8") if path.exists() else PREAMBLE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".md.tmp")
    tmp.write_text(replace_section(document, section, section_text(section, command, text, now)), encoding="utf-8")
    tmp.replace(path)


@contextmanager
def recorded(section: str, argv: list[str] | None = None, path: Path = DOCS) -> Iterator[None]:
    """Run the block as the bench; with ``--write-docs`` in ``argv`` (default ``sys.argv``, from
    which it is removed) what the block prints becomes ``section`` once it finished cleanly."""
    args = sys.argv if argv is None else argv
    if FLAG not in args:
        yield
        return
    command = command_line(args)
    args[:] = [a for a in args if a != FLAG]
    captured = io.StringIO()
    original = sys.stdout
    sys.stdout = _Tee(original, captured)
    try:
        yield
    finally:
        sys.stdout = original
    record(section, command, captured.getvalue(), path)
    print(f"(written to {_relative(str(path))}, section {section!r})", file=sys.stderr)


class _Tee(io.TextIOBase):
    """Writes to the terminal and to the capture alike."""

    def __init__(self, *streams: TextIO) -> None:
        self.streams = streams

    def write(self, text: str) -> int:
        for stream in self.streams:
            stream.write(text)
        return len(text)

    def flush(self) -> None:
        for stream in self.streams:
            stream.flush()

    def isatty(self) -> bool:  # progress bars stay off the captured text
        return False


def _first_match(path: Path, pattern: str) -> str | None:
    try:
        found = re.search(pattern, path.read_text(encoding="utf-8", errors="replace"), re.MULTILINE)
    except OSError:
        return None
    return found.group(1) if found else None


def _commit() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"
    return head.stdout.strip() + (" with local changes" if dirty.stdout.strip() else "")


def _relative(path: str) -> str:
    try:
        return str(Path(os.path.abspath(path)).relative_to(ROOT)) if os.path.isabs(path) else path  # not resolved: .venv/bin/python stays
    except ValueError:
        return path


def _slug(section: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", section.lower()).strip("-")


def argument(flag: str, default: str) -> str:
    """The value given to ``flag`` on the command line (``--flag value`` or ``--flag=value``), to
    name a section by it (one section per broker)."""
    for number, arg in enumerate(sys.argv):
        if arg == flag and number + 1 < len(sys.argv):
            return sys.argv[number + 1]
        if arg.startswith(f"{flag}="):
            return arg.split("=", 1)[1]
    return default
