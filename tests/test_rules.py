"""Every rule on real corpus lines: what it must catch, and the body it must leave alone."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from tests.conftest import CORPUS, gold_rows
from vncleaner import clean
from vncleaner.page import Page, PageLine
from vncleaner.rules import RULES, LineRule

LINE_RULES = {rule.name: rule for rule in RULES if isinstance(rule, LineRule)}
CASES: dict[str, Any] = json.loads(
    (CORPUS.parent / "tests" / "data" / "line_rules.json").read_text(encoding="utf-8")
)
PAGE_CASES: list[dict[str, Any]] = json.loads(
    (CORPUS.parent / "tests" / "data" / "page_rules.json").read_text(encoding="utf-8")
)


def line_of(text: str, indent: int = 0) -> PageLine:
    raw = " " * indent + text
    return Page.from_text(raw, text).lines[0]


@cache
def body_lines() -> list[str]:
    return sorted({text.strip() for _, _, _, text in gold_rows("body")})


def test_every_rule_has_a_name_label_and_one_line_docstring() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        summary = rule.summary()
        assert summary and summary == (type(rule).__doc__ or "").strip()


def test_every_line_rule_has_cases() -> None:
    assert set(CASES) == set(LINE_RULES)
    assert all(case["catch"] for case in CASES.values())


@pytest.mark.parametrize(
    ("name", "example"),
    [(name, example) for name, case in CASES.items() for example in case["catch"]],
    ids=lambda value: value if isinstance(value, str) else value["from"],
)
def test_line_rule_catches(name: str, example: dict[str, Any]) -> None:
    rule = LINE_RULES[name]
    assert rule.label == CASES[name]["label"]
    assert rule.match(line_of(example["text"], example.get("indent", 0)))


@pytest.mark.parametrize("name", sorted(LINE_RULES))
def test_line_rule_leaves_every_body_line_alone(name: str) -> None:
    rule = LINE_RULES[name]
    caught = [text for text in body_lines() if rule.match(line_of(text))]
    assert caught == []


@pytest.mark.parametrize("case", PAGE_CASES, ids=lambda case: f"{case['rule']}:{case['from']}")
def test_page_rule_on_real_excerpt(case: dict[str, Any]) -> None:
    doc = clean("\n".join(case["lines"]))
    got = {str(line.number): f"{line.label} {line.rule}" for line in doc.lines}
    for number, expected in case["expect"].items():
        assert got[number] == expected, f"line {number}: {doc.lines}"


def test_rule_catalogue_is_current() -> None:
    from vncleaner.catalogue import render

    assert (CORPUS.parent / "docs" / "rules.md").read_text(encoding="utf-8") == render()
