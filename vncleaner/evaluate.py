"""Scoring vncleaner against the gold labels of a corpus (``python -m vncleaner eval``).

A corpus folder holds ``raw/<stem>.txt`` and ``gold/<stem>.labels.tsv`` (+ ``.meta.json``,
optionally ``.body.txt``) in the format of ANNOTATION.md.

Its ``html/`` folder, when present, holds HTML pages ``<stem>.html`` with their gold:
``<stem>.body.txt`` (the body paragraphs), ``<stem>.boiler.txt`` (the visible lines that
must not come out, one a line, optionally ``label<TAB>line``) and ``<stem>.meta.json``.
Those pages are scored twice, for vncleaner (``clean(page, html=True)``) and for
trafilatura alone (``trafilatura.extract(page)``, default settings), on body token F1
and on the share of boilerplate lines left in the output.
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
    html: HtmlScore | None = None

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
        if self.html is not None and self.html.pages:
            rates.update(self.html.report())
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
    """Clean every gold page of ``folder`` and score the result (``html/`` pages too)."""
    score = Score()
    for gold in load_corpus(folder):
        score.add(gold, clean(gold.raw))
    html_pages = load_html_corpus(folder / "html")
    if html_pages:
        score.html = evaluate_html(html_pages)
        score.errors.extend(score.html.errors)
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
    if score.html is not None and score.html.pages:
        rows.append("")
        rows.append(format_html_report(score.html))
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


# A boilerplate line of at least this many words is left in when it appears inside an
# output line; a shorter one ("Theo", "Video") only when it is a whole output line,
# since short words occur in any body.
BOILER_INSIDE_MIN_WORDS = 8
# The systems the HTML part compares.
SYSTEMS = ("vncleaner", "trafilatura")
# Boilerplate kinds reported on their own.
SHOWN_KINDS = ("caption", "related")


@dataclass(frozen=True)
class HtmlGoldPage:
    """One HTML page with its gold body, visible boilerplate lines and metadata."""

    stem: str
    html: bytes
    body: list[str]
    boiler: list[tuple[str, str]]
    meta: dict[str, Any]


def load_html_corpus(folder: Path) -> list[HtmlGoldPage]:
    """Every ``<stem>.html`` of ``folder`` that has a ``<stem>.body.txt``."""
    pages = []
    for path in sorted(folder.glob("*.html")) if folder.is_dir() else []:
        body_file = path.with_suffix(".body.txt")
        if not body_file.exists():
            continue
        boiler_file = path.with_suffix(".boiler.txt")
        meta_file = path.with_suffix(".meta.json")
        rows = boiler_file.read_text(encoding="utf-8").splitlines() if boiler_file.exists() else []
        pages.append(
            HtmlGoldPage(
                path.stem,
                path.read_bytes(),
                _normalised(body_file.read_text(encoding="utf-8").splitlines()),
                [_boiler_row(row) for row in rows if normalize(row)],
                json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {},
            )
        )
    return pages


def _normalised(lines: list[str]) -> list[str]:
    return [line for line in (normalize(text) for text in lines) if line]


def _boiler_row(row: str) -> tuple[str, str]:
    """``label<TAB>line`` or a bare line (label "boilerplate")."""
    label, tab, text = row.partition("\t")
    return (label, normalize(text)) if tab else ("boilerplate", normalize(row))


def boiler_left_in(
    boiler: list[tuple[str, str]],
    output: list[str],
    inside_min_words: int = BOILER_INSIDE_MIN_WORDS,
) -> list[tuple[str, str]]:
    """The boilerplate lines that ``output`` (body paragraphs) still holds.

    >>> related = "Một tin khác về cùng sự việc được nhiều người đọc"
    >>> boiler_left_in([("nav", "Theo"), ("related", related)],
    ...                ["Theo ông A, mọi việc ổn.", f"Xem: {related}"])
    [('related', 'Một tin khác về cùng sự việc được nhiều người đọc')]
    """
    whole = set(output)
    joined = "\n".join(output)
    return [
        (label, text)
        for label, text in boiler
        if text in whole or (text.count(" ") + 1 >= inside_min_words and text in joined)
    ]


@dataclass
class SystemScore:
    """One system's counts over the HTML pages."""

    overlap: int = 0
    predicted_tokens: int = 0
    gold_tokens: int = 0
    boiler: int = 0
    boiler_kept: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    kinds_kept: Counter[str] = field(default_factory=Counter)
    meta_right: Counter[str] = field(default_factory=Counter)
    rows: list[tuple[str, float, int, int]] = field(default_factory=list)

    def add(self, gold: HtmlGoldPage, output: list[str]) -> None:
        want = Counter(" ".join(gold.body).split())
        got = Counter(" ".join(output).split())
        overlap = sum((want & got).values())
        self.overlap += overlap
        self.gold_tokens += sum(want.values())
        self.predicted_tokens += sum(got.values())
        kept = boiler_left_in(gold.boiler, output)
        self.boiler += len(gold.boiler)
        self.boiler_kept += len(kept)
        self.kinds.update(label for label, _ in gold.boiler)
        self.kinds_kept.update(label for label, _ in kept)
        f1 = _f1(overlap, sum(got.values()), sum(want.values()))
        self.rows.append((gold.stem, f1, len(kept), len(gold.boiler)))

    def report(self, prefix: str) -> dict[str, float]:
        rates = {
            f"{prefix}token_f1": _f1(self.overlap, self.predicted_tokens, self.gold_tokens),
            f"{prefix}boilerplate_kept": _rate(self.boiler_kept, self.boiler),
        }
        for kind in SHOWN_KINDS:
            rates[f"{prefix}{kind}_kept"] = _rate(self.kinds_kept[kind], self.kinds[kind])
        return rates


@dataclass
class HtmlScore:
    """vncleaner and trafilatura alone, scored on the same HTML pages."""

    pages: int = 0
    systems: dict[str, SystemScore] = field(
        default_factory=lambda: {name: SystemScore() for name in SYSTEMS}
    )
    meta_right: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def add(self, gold: HtmlGoldPage, doc: Document, baseline: list[str]) -> None:
        self.pages += 1
        kept = set(doc.paragraphs)
        self.errors.extend(
            f"{gold.stem}.html\tbody lost\t{text[:100]}" for text in gold.body if text not in kept
        )
        self.errors.extend(
            f"{gold.stem}.html\t{label} left in\t{text[:100]}"
            for label, text in boiler_left_in(gold.boiler, doc.paragraphs)
        )
        self.systems["vncleaner"].add(gold, doc.paragraphs)
        self.systems["trafilatura"].add(gold, baseline)
        meta = gold.meta
        title = meta.get("title")
        self.meta_right["title"] += (normalize(title) if title else None) == doc.title
        self.meta_right["published"] += meta.get("published") == _local(doc.published, meta)
        self.meta_right["authors"] += [normalize(a) for a in meta.get("authors", [])] == doc.authors

    def report(self) -> dict[str, float]:
        """Rates keyed ``html_<metric>`` (vncleaner) and ``html_trafilatura_<metric>``."""
        ours = self.systems["vncleaner"].report("html_")
        theirs = self.systems["trafilatura"].report("html_trafilatura_")
        rates = {**ours, **theirs}
        rates["html_token_f1_gain"] = ours["html_token_f1"] - theirs["html_trafilatura_token_f1"]
        rates["html_boilerplate_kept_cut"] = (
            theirs["html_trafilatura_boilerplate_kept"] - ours["html_boilerplate_kept"]
        )
        for key in ("title", "published", "authors"):
            rates[f"html_{key}_accuracy"] = _rate(self.meta_right[key], self.pages)
        return rates


def trafilatura_alone(html: bytes) -> list[str]:
    """The baseline: trafilatura's text with default settings, one paragraph per line."""
    import trafilatura  # only the HTML evaluation needs it

    text = trafilatura.extract(html) or ""
    return _normalised(text.splitlines())


def evaluate_html(pages: list[HtmlGoldPage]) -> HtmlScore:
    """Clean every HTML page with vncleaner and with trafilatura alone; score both."""
    score = HtmlScore()
    for gold in pages:
        score.add(gold, clean(gold.html, html=True), trafilatura_alone(gold.html))
    return score


def format_html_report(score: HtmlScore) -> str:
    """The HTML part: per page and overall, vncleaner beside trafilatura alone."""
    rates = score.report()
    ours, theirs = score.systems["vncleaner"], score.systems["trafilatura"]
    rows = [
        f"html pages {score.pages}: vncleaner beside trafilatura alone (default settings)",
        f"{'page':<22}{'F1 vnc':>8}{'F1 traf':>8}{'kept vnc':>10}{'kept traf':>10}",
    ]
    for mine, base in zip(ours.rows, theirs.rows, strict=True):
        rows.append(
            f"{mine[0]:<22}{mine[1]:>8.3f}{base[1]:>8.3f}"
            f"{f'{mine[2]}/{mine[3]}':>10}{f'{base[2]}/{base[3]}':>10}"
        )
    rows.append(f"{'metric':<22}{'vncleaner':>10}{'trafilatura':>12}")
    for key in ("token_f1", "boilerplate_kept", *(f"{kind}_kept" for kind in SHOWN_KINDS)):
        rows.append(
            f"{key:<22}{rates['html_' + key]:>10.4f}{rates['html_trafilatura_' + key]:>12.4f}"
        )
    for key in ("title", "published", "authors"):
        rows.append(f"{key + '_accuracy':<22}{rates[f'html_{key}_accuracy']:>10.4f}")
    return "\n".join(rows)
