"""Broken samples in ftfy's manner: data files by provenance, each case a test."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from vncleaner.normalize import normalize, same_text
from vncleaner.normalize.core import _fold_spaces

DATA = Path(__file__).resolve().parents[1] / "data" / "unicode"
FILES = ("in-the-wild.json", "in-the-wild-extra.json", "synthetic.json")


def load(name: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads((DATA / name).read_text(encoding="utf-8"))["cases"]
    return cases


def repaired(case: dict[str, Any]) -> bool:
    """Right when equal to the correct text once spaces are folded, tone marks in one place."""
    return same_text(normalize(case["broken"]), _fold_spaces(case["correct"]))


def params(name: str) -> list[Any]:
    return [
        pytest.param(
            case,
            id=f"{name}:{i}:{case['kind'][:30]}",
            marks=[pytest.mark.xfail(reason=case["known_failure"], strict=True)]
            if "known_failure" in case
            else [],
        )
        for i, case in enumerate(load(name))
    ]


@pytest.mark.parametrize("case", [p for name in FILES for p in params(name)])
def test_sample_is_repaired(case: dict[str, Any]) -> None:
    assert same_text(normalize(case["broken"]), _fold_spaces(case["correct"])), case["broken"]


@pytest.mark.parametrize("name", ["in-the-wild.json", "in-the-wild-extra.json"])
def test_at_least_90_percent_of_in_scope_samples_come_out_right(name: str) -> None:
    in_scope = [c for c in load(name) if c.get("in_scope", True)]
    right = Counter(c["kind"] for c in in_scope if repaired(c))
    assert sum(right.values()) >= 0.9 * len(in_scope)


def test_every_known_failure_has_a_reason() -> None:
    for name in FILES:
        for case in load(name):
            assert case.get("known_failure", "reason") != "UNEXPLAINED"
            if case.get("in_scope", True) and name == "in-the-wild.json":
                assert "known_failure" not in case, case["broken"]
