"""Scoring vncleaner against the gold labels of a corpus (``python -m vncleaner eval``).

A corpus folder holds ``raw/<stem>.txt`` and ``gold/<stem>.labels.tsv`` (+ ``.meta.json``,
optionally ``.body.txt``) in the format of ANNOTATION.md.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from vncleaner.dates import VIETNAM
from vncleaner.document import Document
from vncleaner.labels import LABELS
from vncleaner.normalize import normalize
from vncleaner.pipeline import clean


@dataclass(frozen=True)
class GoldPage:
    """One page's raw text with its gold labels, body and metadata."""

    stem: str
    raw: bytes
    labels: dict[int, str]
    body: list[str]
    meta: dict[str, Any]


def load_corpus(folder: Path) -> list[GoldPage]:
    """Every page of ``folder`` that has both a raw file and gold labels."""
    pages = []
    for tsv in sorted((folder / "gold").glob("*.labels.tsv")):
        stem = tsv.name.removesuffix(".labels.tsv")
        raw_path = folder / "raw" / f"{stem}.txt"
        if raw_path.exists():
            pages.append(_load_page(folder, stem, raw_path, tsv))
    return pages


def _load_page(folder: Path, stem: str, raw_path: Path, tsv: Path) -> GoldPage:
    labels: dict[int, str] = {}
    texts: dict[int, str] = {}
    for row in tsv.read_text(encoding="utf-8").splitlines():
        if row.strip():
            number, label, text = row.split("\t", 2)
            labels[int(number)], texts[int(number)] = label, text
    body_file = folder / "gold" / f"{stem}.body.txt"
    if body_file.exists():
        body = body_file.read_text(encoding="utf-8").splitlines()
    else:
        body = [texts[n] for n in sorted(labels) if labels[n] == "body"]
    meta_file = folder / "gold" / f"{stem}.meta.json"
    meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
    body = [line for line in (normalize(text) for text in body) if line]
    return GoldPage(stem, raw_path.read_bytes(), labels, body, meta)


@dataclass
class Score:
    """Counts gathered over the pages; ``report`` turns them into rates."""

    pages: int = 0
    lines: int = 0
    right: int = 0
    gold_body: int = 0
    body_lost: int = 0
    gold_boiler: int = 0
    boiler_kept: int = 0
    exact: int = 0
    overlap: int = 0
    predicted_tokens: int = 0
    gold_tokens: int = 0
    meta_right: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def add(self, gold: GoldPage, doc: Document) -> None:
        self.pages += 1
        for line in doc.lines:
            expected = gold.labels.get(line.number)
            if expected is None:
                continue
            self._line(expected, line.label)
            if expected != line.label:
                self.errors.append(
                    f"{gold.stem}:{line.number}\t{expected}->{line.label}\t{line.rule}\t"
                    f"{line.text[:100]}"
                )
        self._tokens(gold.body, doc.paragraphs)
        self.exact += gold.body == doc.paragraphs
        self._meta(gold.meta, doc)

    def _line(self, expected: str, got: str) -> None:
        self.lines += 1
        self.right += expected == got
        self.confusion[(expected, got)] += 1
        if expected == "body":
            self.gold_body += 1
            self.body_lost += got != "body"
        else:
            self.gold_boiler += 1
            self.boiler_kept += got == "body"

    def _tokens(self, gold: list[str], predicted: list[str]) -> None:
        want = Counter(" ".join(gold).split())
        got = Counter(" ".join(predicted).split())
        self.overlap += sum((want & got).values())
        self.gold_tokens += sum(want.values())
        self.predicted_tokens += sum(got.values())

    def _meta(self, meta: dict[str, Any], doc: Document) -> None:
        title = meta.get("title")
        self.meta_right["title"] += (normalize(title) if title else None) == doc.title
        self.meta_right["published"] += meta.get("published") == _local(doc.published, meta)
        self.meta_right["authors"] += [normalize(a) for a in meta.get("authors", [])] == doc.authors

    def report(self) -> dict[str, float]:
        """Rates in [0, 1], keyed by metric name."""
        rates: dict[str, float] = {
            "line_accuracy": _rate(self.right, self.lines),
            "body_lost": _rate(self.body_lost, self.gold_body),
            "boilerplate_kept": _rate(self.boiler_kept, self.gold_boiler),
            "exact_pages": _rate(self.exact, self.pages),
            "token_f1": _f1(self.overlap, self.predicted_tokens, self.gold_tokens),
        }
        for key in ("title", "published", "authors"):
            rates[f"{key}_accuracy"] = _rate(self.meta_right[key], self.pages)
        for label in LABELS:
            rates[f"{label}_precision"], rates[f"{label}_recall"] = self._label(label)
        return rates

    def _label(self, label: str) -> tuple[float, float]:
        hit = self.confusion[(label, label)]
        predicted = sum(n for (_, got), n in self.confusion.items() if got == label)
        gold = sum(n for (want, _), n in self.confusion.items() if want == label)
        return _rate(hit, predicted, empty=1.0), _rate(hit, gold, empty=1.0)


def _local(value: datetime | None, meta: dict[str, Any]) -> str | None:
    if value is None:
        return None
    local = value.astimezone(VIETNAM)
    gold = meta.get("published") or ""
    return local.strftime("%Y-%m-%d" if len(gold) == 10 else "%Y-%m-%dT%H:%M")


def _rate(part: int, whole: int, empty: float = 0.0) -> float:
    return part / whole if whole else empty


def _f1(overlap: int, predicted: int, gold: int) -> float:
    if not overlap:
        return 0.0
    precision, recall = overlap / predicted, overlap / gold
    return 2 * precision * recall / (precision + recall)


def evaluate(folder: Path) -> Score:
    """Clean every gold page of ``folder`` and score the result."""
    score = Score()
    for gold in load_corpus(folder):
        score.add(gold, clean(gold.raw))
    return score


def format_report(score: Score) -> str:
    """The report as aligned text: per-label precision/recall, then page figures."""
    rates = score.report()
    rows = [f"{'label':<10}{'precision':>10}{'recall':>10}{'gold':>7}"]
    for label in LABELS:
        gold = sum(n for (want, _), n in score.confusion.items() if want == label)
        rows.append(
            f"{label:<10}{rates[f'{label}_precision']:>10.3f}{rates[f'{label}_recall']:>10.3f}"
            f"{gold:>7}"
        )
    rows.append("")
    rows.append(f"pages {score.pages}, lines {score.lines}")
    for key in (
        "line_accuracy",
        "body_lost",
        "boilerplate_kept",
        "exact_pages",
        "token_f1",
        "title_accuracy",
        "published_accuracy",
        "authors_accuracy",
    ):
        rows.append(f"{key:<20}{rates[key]:.4f}")
    return "\n".join(rows)


def check_floors(rates: dict[str, float], floors: dict[str, dict[str, float]]) -> list[str]:
    """The metrics that fall below their floor (``min``) or rise above their ceiling (``max``)."""
    failures = []
    for key, floor in floors.get("min", {}).items():
        if rates.get(key, 0.0) < floor:
            failures.append(f"{key} {rates.get(key, 0.0):.4f} < floor {floor:.4f}")
    for key, ceiling in floors.get("max", {}).items():
        if rates.get(key, 1.0) > ceiling:
            failures.append(f"{key} {rates.get(key, 1.0):.4f} > ceiling {ceiling:.4f}")
    return failures
