"""The corpus is well formed, the seed pages come out exactly as labelled, and the gate holds."""

from __future__ import annotations

import importlib.util
import json
import re
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import CORPUS
from vncleaner import clean
from vncleaner.evaluate import GoldPage, check_floors, evaluate
from vncleaner.labels import LABELS

SEEDS = sorted(
    p.name.removesuffix(".labels.tsv") for p in (CORPUS / "gold").glob("00?_*.labels.tsv")
)
SEEDS = [stem for stem in SEEDS if len(stem.split("_", 1)[1]) == 16]


def test_corpus_has_pages_from_many_sites(gold_pages: list[GoldPage]) -> None:
    sites = {page.stem.split("_", 1)[1] for page in gold_pages if not page.stem.startswith("00")}
    assert len(gold_pages) >= 50
    assert len(sites) >= 30


@pytest.mark.parametrize(
    "tsv", sorted((CORPUS / "gold").glob("*.labels.tsv")), ids=lambda p: p.name
)
def test_gold_rows_match_raw_lines(tsv: object) -> None:
    stem = tsv.name.removesuffix(".labels.tsv")  # type: ignore[attr-defined]
    raw = (CORPUS / "raw" / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    rows = [row.split("\t", 2) for row in tsv.read_text(encoding="utf-8").splitlines()]  # type: ignore[attr-defined]
    nonblank = [n for n, line in enumerate(raw, 1) if line.strip()]
    assert [int(n) for n, _, _ in rows] == nonblank
    for number, label, text in rows:
        assert label in LABELS
        assert raw[int(number) - 1].rstrip("\r") == text
    meta = json.loads((CORPUS / "gold" / f"{stem}.meta.json").read_text(encoding="utf-8"))
    assert set(meta) == {"title", "published", "authors", "source"}


@pytest.mark.parametrize("stem", SEEDS)
def test_seed_page_comes_out_exactly_as_labelled(stem: str, gold_pages: list[GoldPage]) -> None:
    gold = next(page for page in gold_pages if page.stem == stem)
    doc = clean(gold.raw)
    assert {line.number: line.label for line in doc.lines} == gold.labels
    assert doc.paragraphs == gold.body


def test_accuracy_gate() -> None:
    floors = json.loads((CORPUS / "eval-floors.json").read_text(encoding="utf-8"))
    assert check_floors(evaluate(CORPUS).report(), floors) == []


def test_every_corpus_page_has_its_provenance() -> None:
    sources = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip() for line in sources.splitlines() if line.startswith("| raw/")
    }
    pages = {f"raw/{page.name}" for page in (CORPUS / "raw").glob("*.txt")}
    assert pages - rows == set()


@cache
def _innertext() -> ModuleType:
    spec = importlib.util.spec_from_file_location("innertext", CORPUS / "tools" / "innertext.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _html_of(stem: str, row: str) -> Path | None:
    named = re.search(r"\d+_[\w-]+\.html", row)
    name = named.group(0) if named else f"{stem}.html"
    kept = [CORPUS / folder / name for folder in ("html", "converted")]
    return next((path for path in kept if path.exists()), None)


def _laid_out_by_innertext() -> list[tuple[str, Path, bool]]:
    """(page, its kept HTML, alt or not) for each SOURCES row naming corpus/tools/innertext.py."""
    pages = []
    for row in (CORPUS / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        found = re.match(r"\| raw/(\S+)\.txt \|", row)
        html = _html_of(found.group(1), row) if found and "tools/innertext.py" in row else None
        if found and html is not None:
            pages.append((found.group(1), html, "innertext.py --alt" in row))
    return pages


@pytest.mark.parametrize(("stem", "html", "alt"), _laid_out_by_innertext())
def test_page_is_what_its_named_converter_gives(stem: str, html: Path, alt: bool) -> None:
    raw = (CORPUS / "raw" / f"{stem}.txt").read_text(encoding="utf-8")
    assert _innertext().inner_text(html.read_text(encoding="utf-8"), alt) == raw


def test_cleaning_leaves_no_reference_cycle() -> None:
    """``clean`` holds the cyclic collector off while it runs (``pipeline._collector_paused``):
    that is only free if cleaning leaves nothing for the collector to find."""
    import gc

    pages = [path.read_text(encoding="utf-8") for path in sorted((CORPUS / "raw").glob("*.txt"))]
    gc.collect()
    was_on = gc.isenabled()
    gc.disable()
    try:
        for page in pages:
            clean(page)
        assert gc.collect() == 0
    finally:
        if was_on:
            gc.enable()


def test_clean_gives_the_collector_back_as_it_found_it() -> None:
    import gc

    assert gc.isenabled()
    clean("Tiêu đề\n\nMột dòng.")
    assert gc.isenabled()
    gc.disable()
    try:
        clean("Tiêu đề\n\nMột dòng.")
        assert not gc.isenabled()
    finally:
        gc.enable()
