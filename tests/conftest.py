"""Shared fixtures: the corpus and its gold pages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from vncleaner.evaluate import GoldPage, load_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

# Hypothesis examples a property in the CI fuzz step (HYPOTHESIS_PROFILE=ci, .ci/fuzz):
# about a minute of CPU for tests/test_properties.py. Without the variable,
# hypothesis' default profile (100 examples) keeps a local run to seconds.
CI_EXAMPLES = 2000
settings.register_profile("ci", max_examples=CI_EXAMPLES, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def gold_pages() -> list[GoldPage]:
    return load_corpus(CORPUS)


def gold_rows(label: str | None = None) -> list[tuple[str, int, str, str]]:
    """(stem, line number, label, text) of every gold row, or of one label."""
    rows = []
    for tsv in sorted((CORPUS / "gold").glob("*.labels.tsv")):
        stem = tsv.name.removesuffix(".labels.tsv")
        for row in tsv.read_text(encoding="utf-8").splitlines():
            number, got, text = row.split("\t", 2)
            if label is None or got == label:
                rows.append((stem, int(number), got, text))
    return rows
