"""Line-level evaluation of the splitter against the team's gold labels.

Gold files (tests/fixtures/split_gold/<set>.json) hold labels only, never text:

    {"set": "seeds", "documents": [{"id": "...", "lines": [["title", "1a2b3c4d"], ...]}]}

one [label, sha1-prefix] per non-blank line of the document as ``document_lines`` gives it
(the hash checks that gold and the text read from ../shared still line up). Labels:
"title", "dateline", "body" (the main article: the positives of the F1), "appended-N-title",
"appended-N-dateline", "appended-N-body" (the N-th article appended under the main one), or a sidebar kind
(read_also, related_list, tags, source_credit, embedded_post, caption, widget, ui_text,
duplicated_headline, nav, other).

    python -m bench.split_eval show SET [ID]     numbered lines with their hashes, for labelling
    python -m bench.split_eval check             gold files line up with ../shared
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYWIRE_SHARED_DIR", ROOT.parent / "shared"))
GOLD_DIR = ROOT / "tests" / "fixtures" / "split_gold"
ARTICLE_LABELS = frozenset({"title", "dateline", "body"})
# Gold files (tests/fixtures/split_gold/<name>.json); each names its corpus set in "set".
# The *_heldout files were labelled after the splitter was tuned and never used to tune it;
# so was ant_inline_boilerplate_more (issue 14). layouts / layouts_heldout*: bench/split_layouts.py.
SETS = (
    "seeds",
    "ant_inline_boilerplate",
    "ant_multisource",
    "arabic_html_pages",
    "ant_inline_boilerplate_heldout",
    "ant_multisource_heldout",
    "ant_inline_boilerplate_more",
    "layouts",
    "layouts_heldout",
    "layouts_heldout2",
    "layouts_heldout3",
    "layouts_heldout4",
    "layouts_heldout5",
    "layouts_heldout6",
    "layouts_heldout7",
    "layouts_heldout8",
    "layouts_heldout9",
    "layouts_heldout10",
    "layouts_heldout11",
    "layouts_heldout12",
    "layouts_heldout13",
    "layouts_heldout14",
    "layouts_heldout15",
    "layouts_heldout16",
    "layouts_heldout17",
    "layouts_heldout18",
    "layouts_heldout19",
    "layouts_heldout20",
    "layouts_heldout21",
)
_APPENDED = re.compile(r"^appended-(\d+)-(title|dateline|body)$")
_BULLET = re.compile(r"^[\s\-–•*·▪●◦>]+")


@dataclass(frozen=True)
class Document:
    """One gold document: its id, its lines, and the input storywire gets for it."""

    set_name: str
    doc_id: str
    lines: tuple[str, ...]
    text: str  # what the splitter reads (the page text, or the HTML for HTML pages)
    is_html: bool = False


def line_hash(line: str) -> str:
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:8]


def document_lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def iter_documents(set_name: str) -> Iterator[Document]:
    """Every document of a source set, read from ../shared (never from this repository)."""
    if set_name == "seeds":
        for path in sorted((SHARED / "seeds").glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            yield Document(set_name, path.stem, document_lines(text), text)
        return
    if set_name == "layouts":
        from bench.split_layouts import iter_pages

        yield from iter_pages()
        return
    for row in _rows(set_name):
        if set_name == "ant_inline_boilerplate":
            text = "\n".join([row["title"], *row["lines"]])
            yield Document(set_name, row["id"], document_lines(text), text)
        elif set_name == "ant_multisource":
            text = f"{row['title']}\n{row['text']}"
            yield Document(set_name, row["id"], document_lines(text), text)
        elif set_name == "arabic_html_pages":
            yield Document(set_name, row["id"], document_lines(row["raw_text"]), row["html"], is_html=True)


def _rows(set_name: str) -> Iterator[dict]:  # type: ignore[type-arg]
    with gzip.open(SHARED / "corpus" / f"{set_name}.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            for key in ("lines", "rule_boilerplate"):
                if isinstance(row.get(key), str) and row[key].startswith("["):
                    row[key] = ast.literal_eval(row[key])  # stored as a Python list literal
            yield row


def gold_set(gold_name: str) -> str:
    """The corpus set a gold file labels."""
    return str(json.loads((GOLD_DIR / f"{gold_name}.json").read_text(encoding="utf-8"))["set"])


def load_gold(gold_name: str) -> dict[str, list[str]]:
    """{document id: label per line}, after checking every line hash against ../shared."""
    path = GOLD_DIR / f"{gold_name}.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    set_name = gold["set"]
    wanted = {d["id"]: d["lines"] for d in gold["documents"]}
    labels: dict[str, list[str]] = {}
    for document in iter_documents(set_name):
        if document.doc_id not in wanted:
            continue
        entries = wanted[document.doc_id]
        if len(entries) != len(document.lines):
            raise ValueError(f"{set_name}/{document.doc_id}: gold has {len(entries)} lines, text has {len(document.lines)}")
        for number, ((label, digest), line) in enumerate(zip(entries, document.lines, strict=True)):
            if digest != line_hash(line):
                raise ValueError(f"{set_name}/{document.doc_id} line {number}: hash mismatch")
        labels[document.doc_id] = [label for label, _ in entries]
    missing = set(wanted) - set(labels)
    if missing:
        raise ValueError(f"{set_name}: gold documents not found in ../shared: {sorted(missing)[:5]}")
    return labels


def load_jsonl_gold(path: Path) -> tuple[list[Document], dict[str, list[str]]]:
    """Labelled pages from a JSON Lines file, one page a line:

        {"id": ..., "text": ... or "html": ..., "labels": [one label per non-blank line]}

    The labels follow the text's non-blank lines; a page given as HTML only is labelled on
    its visible text (an HTML page may carry that text in "text" beside its "html").
    """
    documents: list[Document] = []
    labels: dict[str, list[str]] = {}
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
        for number, line in enumerate(handle):
            if not line.strip():
                continue
            row = json.loads(line)
            doc_id = str(row.get("id", number))
            if row.get("html"):
                text = row.get("text") or _visible_text(row["html"])
                document = Document(path.stem, doc_id, document_lines(text), row["html"], is_html=True)
            else:
                document = Document(path.stem, doc_id, document_lines(row["text"]), row["text"])
            if len(row["labels"]) != len(document.lines):
                raise ValueError(f"{path.name}/{doc_id}: {len(row['labels'])} labels for {len(document.lines)} lines")
            documents.append(document)
            labels[doc_id] = list(row["labels"])
    return documents, labels


def _visible_text(html: str) -> str:
    from agents.text.html import _VisibleText

    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


@dataclass(frozen=True)
class Prediction:
    """What a system kept as the main article, and the appended articles it found."""

    article_lines: tuple[str, ...]
    appended: tuple[tuple[str, ...], ...] = ()
    headline: str | None = ""  # the title it gave the main article; None: "the page has no headline"


@dataclass
class Counts:
    """True/false positives and false negatives, and what they make."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score(Counts):
    """Line counts of one gold set, plus appended articles recovered whole."""

    appended_total: int = 0
    appended_whole: int = 0
    documents: int = 0
    headline_right: int = 0
    headline_total: int = 0
    pages_right: int = 0


def _key(line: str) -> str:
    from agents.text.normalization import matching_form

    return matching_form(_BULLET.sub("", line))


FUZZY_MIN_CHARS = 60  # only long paragraphs get re-segmented by extraction; short lines must match exactly


def predicted_article_mask(lines: tuple[str, ...], prediction: Prediction, fuzzy: bool) -> list[bool]:
    """Which document lines the prediction kept as main-article lines.

    Exact (matching form) line matches, each output line used once. A text repeated on the
    page (a headline in a ticker and above the article) is matched where the rest of the kept
    lines are, not at its first copy. With ``fuzzy`` (HTML, where extraction re-segments
    text) a line of 60+ characters also counts when it is contained in the kept text.
    """
    keys = [_key(line) for line in lines]
    wanted = Counter(_key(line) for line in prediction.article_lines)
    positions: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        positions.setdefault(key, []).append(index)
    mask = [False] * len(lines)
    anchors = [positions[k][0] for k in wanted if len(positions.get(k, ())) == 1]
    centre = sorted(anchors)[len(anchors) // 2] if anchors else 0
    for key, count in wanted.items():
        copies = positions.get(key, [])
        present = set(copies)
        # Each kept line marks one copy, a different one each time: of the copies nearest the
        # other kept lines, and of adjacent copies (a headline printed twice) the first free one.
        for index in sorted(sorted(copies, key=lambda i: abs(i - centre))[:count]):
            while index - 1 in present and not mask[index - 1]:
                index -= 1
            mask[index] = True
    if fuzzy:
        joined = "\n".join(_key(line) for line in prediction.article_lines)
        for index, key in enumerate(keys):
            if not mask[index] and key not in wanted and len(key) >= FUZZY_MIN_CHARS and key in joined:
                mask[index] = True
    return mask


def score_document(lines: tuple[str, ...], labels: list[str], prediction: Prediction, fuzzy: bool, score: Score) -> None:
    mask = predicted_article_mask(lines, prediction, fuzzy)
    errors = 0
    for label, kept in zip(labels, mask, strict=True):
        positive = label in ARTICLE_LABELS
        score.tp += positive and kept
        score.fp += kept and not positive
        score.fn += positive and not kept
        errors += positive != kept
    if prediction.headline != "":  # systems that name no headline (baselines) are not scored on it
        gold_title = next((_key(line) for label, line in zip(labels, lines, strict=True) if label == "title"), None)
        said = None if prediction.headline is None else _key(prediction.headline)
        score.headline_total += 1
        score.headline_right += said == gold_title
    gold_appended: dict[int, list[str]] = {}
    for label, line in zip(labels, lines, strict=True):
        match = _APPENDED.match(label)
        if match:
            gold_appended.setdefault(int(match.group(1)), []).append(_key(line))
    # whole: the same lines, in whatever order the system lists its fields (a post prints its
    # date over its headline; a system returns title, date, paragraphs)
    found = [sorted(_key(line) for line in article) for article in prediction.appended]
    score.appended_total += len(gold_appended)
    whole = sum(1 for wanted in gold_appended.values() if sorted(wanted) in found)
    score.appended_whole += whole
    score.pages_right += errors == 0 and whole == len(gold_appended) == len(found)
    score.documents += 1


def storywire_prediction(document: Document) -> Prediction:
    """storywire's split stage on one document (HTML goes through trafilatura first)."""
    from agents.text.html import extract_html
    from agents.text.sidebars import split_page

    text, title, captions, dateline = document.text, None, (), None
    if document.is_html:
        extracted = extract_html(document.text)
        text, title, captions, dateline = extracted.text, extracted.title, extracted.captions, extracted.dateline
    page = split_page(text, known_title=title, known_captions=captions)
    main = page.main if page.main.dateline or not dateline else replace(page.main, dateline=dateline)
    kept = ([] if main.title_from_body else [main.title]) + ([main.dateline] if main.dateline else []) + list(main.paragraphs)
    appended = tuple(
        tuple(([] if a.title_from_body else [a.title]) + ([a.dateline] if a.dateline else []) + list(a.paragraphs))
        for a in page.appended
    )
    return Prediction(tuple(kept), appended, None if main.title_from_body else main.title)


def trafilatura_prediction(document: Document) -> Prediction:
    """The baseline: trafilatura's own main text (HTML pages only)."""
    import trafilatura

    text = trafilatura.extract(document.text, include_comments=False, include_tables=False, with_metadata=False) or ""
    title = (trafilatura.extract_metadata(document.text).title or "") if document.is_html else ""
    return Prediction(tuple(([title] if title else []) + list(document_lines(text))))


def gold_documents(gold_name: str) -> tuple[list[Document], dict[str, list[str]]]:
    """The documents a gold file labels, read from ../shared, and their labels."""
    labels = load_gold(gold_name)
    return [d for d in iter_documents(gold_set(gold_name)) if d.doc_id in labels], labels


def evaluate(gold_name: str, system: str = "storywire") -> Score:
    documents, labels = gold_documents(gold_name)
    predict = storywire_prediction if system == "storywire" else trafilatura_prediction
    score = Score()
    for document in documents:
        score_document(document.lines, labels[document.doc_id], predict(document), document.is_html, score)
    return score


def _show(set_name: str, doc_id: str | None) -> None:
    for document in iter_documents(set_name):
        if doc_id and document.doc_id != doc_id:
            continue
        print(f"=== {document.doc_id} ({len(document.lines)} lines)")
        for number, line in enumerate(document.lines):
            print(f"{number:4d} {line_hash(line)} {line[:160]}")


def main() -> None:
    sys.path.insert(0, str(ROOT))
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `show ... | head` ends quietly
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "show":
        _show(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
    elif command == "check":
        for set_name in SETS:
            if (GOLD_DIR / f"{set_name}.json").exists():
                print(set_name, len(load_gold(set_name)), "documents line up")
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
