"""Correct text comes out unchanged: the corpus's body lines, tricky lines, generated text."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import given, settings

from vncleaner.normalize import normalize, normalize_report
from vncleaner.normalize.core import _fold_spaces
from vncleaner.syllables import is_syllable

from .strategies import sentences, syllables

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "unicode"


_NOT_CORRECT = json.loads((DATA / "decorated-pages.json").read_text(encoding="utf-8"))
DECORATED = frozenset(_NOT_CORRECT["pages"])
DECOMPOSED = frozenset(_NOT_CORRECT["decomposed"])
INVISIBLE = frozenset(_NOT_CORRECT["invisible"])
LOOKALIKE = frozenset(_NOT_CORRECT["lookalike"])


def correct_pages() -> list[Path]:
    """The corpus pages written in correct text (all but the decorated, decomposed,
    invisible-character and look-alike ones)."""
    pages = sorted((ROOT / "corpus" / "raw").glob("*.txt"))
    return [
        page for page in pages if page.stem not in DECORATED | DECOMPOSED | INVISIBLE | LOOKALIKE
    ]


def body_lines() -> list[str]:
    """Every line of the correct pages that corpus/gold/*.labels.tsv labels ``body``."""
    found = []
    for raw in correct_pages():
        labels = ROOT / "corpus" / "gold" / f"{raw.stem}.labels.tsv"
        if not labels.exists():
            continue
        lines = raw.read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
        with labels.open(encoding="utf-8") as handle:
            for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 2 and row[1] == "body" and row[0].isdigit():
                    found.append(lines[int(row[0]) - 1])
    return found


def test_corpus_body_lines_are_unchanged() -> None:
    lines = body_lines()
    assert lines
    changed = [line for line in lines if normalize(line) != _fold_spaces(line)]
    assert changed == []


def test_corpus_pages_need_no_repair() -> None:
    for page in correct_pages():
        text = page.read_text(encoding="utf-8")
        assert normalize_report(text)[1] == (), page.name


def test_decorated_pages_are_repaired() -> None:
    for name in sorted(DECORATED):
        text = (ROOT / "corpus" / "raw" / f"{name}.txt").read_text(encoding="utf-8")
        kinds = {repair.kind for repair in normalize_report(text)[1]}
        assert "decoration" in kinds, name


def test_decomposed_pages_are_composed() -> None:
    for name in sorted(DECOMPOSED):
        text = (ROOT / "corpus" / "raw" / f"{name}.txt").read_text(encoding="utf-8")
        assert {repair.kind for repair in normalize_report(text)[1]} == {"nfc"}, name


@pytest.mark.parametrize(
    "line", json.loads((DATA / "negative.json").read_text(encoding="utf-8"))["cases"]
)
def test_tricky_correct_line_is_unchanged(line: str) -> None:
    assert normalize(line) == line


@given(syllables())
def test_generated_syllables_are_syllables(word: str) -> None:
    assert is_syllable(word)


@settings(max_examples=500)
@given(sentences())
def test_generated_vietnamese_is_unchanged(text: str) -> None:
    assert normalize(text) == text
