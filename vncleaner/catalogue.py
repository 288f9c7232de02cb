"""The rule catalogue, generated from the rule registry: ``python -m vncleaner.catalogue``.

Every rule gets its name, label, kind, module, docstring and one real example:
the first line the rule's tests catch (``tests/data/line_rules.json``, then
``tests/data/page_rules.json``), else the first line of the gold corpus that the
rule removes with the gold label. ``python -m vncleaner.catalogue --check``
exits 1 when ``docs/rules.md`` is not what the registry gives now.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from vncleaner.profile import ProfileRule
from vncleaner.rules import RULES, LineRule, Rule

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "docs" / "rules.md"
LINE_CASES = ROOT / "tests" / "data" / "line_rules.json"
PAGE_CASES = ROOT / "tests" / "data" / "page_rules.json"
CORPUS = ROOT / "corpus"
# Where a page-rule excerpt comes from: "corpus/raw/000_x.txt lines 39-56".
_EXCERPT = re.compile(r"(?P<page>\S+) lines (?P<first>\d+)-\d+")
# Examples longer than this are cut with "…" so that the table stays readable.
EXAMPLE_CHARS = 70

# Shown for a rule with no test case and no gold-corpus line yet: add a case.
NO_EXAMPLE = "none yet: add a case to tests/data"

HEADER = """\
# Rule catalogue

Generated from `vncleaner.rules.RULES` by `python -m vncleaner.catalogue`; a test
fails when this file is out of date. Rules run in this order and the first rule to
claim a line labels it; line rules read one line, page rules read the page and what
earlier rules decided. Each example is a real line the rule removes, with where it
comes from (a corpus page and line number).
"""

OPTIONAL = """\
## Rules added on request

Not in `RULES`; `clean(text, profile=...)` (or `--profile FILE`) adds this one
after all the others, so it only takes lines they left as body.
"""


@cache
def _cases() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    def read(path: Path, empty: Any) -> Any:
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else empty

    return read(LINE_CASES, {}), read(PAGE_CASES, [])


def _line_cases(rule: Rule) -> list[tuple[str, str]]:
    line_cases, _ = _cases()
    catches = line_cases.get(rule.name, {}).get("catch", [])
    return [(case["text"], case["from"]) for case in catches]


def _page_cases(rule: Rule) -> Iterator[tuple[str, str]]:
    """Lines of the page-rule excerpts the rule must claim, with their corpus line number."""
    _, page_cases = _cases()
    for case in page_cases:
        origin = _EXCERPT.match(case["from"])
        for number, verdict in case["expect"].items():
            if verdict == f"{rule.label} {rule.name}" and origin:
                line = int(origin.group("first")) + int(number) - 1
                # The line as the page shows it: its indentation is layout.
                yield case["lines"][int(number) - 1].strip(), f"{origin.group('page')}:{line}"


def _gold_labels(tsv: Path) -> dict[int, str]:
    rows = (row.split("\t", 2) for row in tsv.read_text(encoding="utf-8").splitlines())
    return {int(row[0]): row[1] for row in rows if len(row) == 3}


@cache
def _corpus_examples() -> dict[str, tuple[str, str]]:
    """For each rule, the first gold-corpus line it removes with the gold label."""
    from vncleaner.pipeline import clean

    found: dict[str, tuple[str, str]] = {}
    for tsv in sorted((CORPUS / "gold").glob("*.labels.tsv")):
        stem = tsv.name.removesuffix(".labels.tsv")
        page = CORPUS / "raw" / f"{stem}.txt"
        if not page.exists():
            continue
        gold = _gold_labels(tsv)
        for line in clean(page.read_bytes()).removed:
            if line.rule not in found and gold.get(line.number) == line.label:
                found[line.rule] = (line.text, f"corpus/raw/{stem}.txt:{line.number}")
    return found


def example(rule: Rule) -> tuple[str, str] | None:
    """One real line ``rule`` removes and where it comes from, or None if none is known.

    Corpus lines come first: a rule's test case from a corpus page, then a line of
    a page-rule excerpt, then a gold-corpus line the rule removes; a test case from
    elsewhere (the annotation guide, a described shape) only when there is none.
    """
    cases = _line_cases(rule)
    from_corpus = [case for case in cases if case[1].startswith("corpus/")]
    found = [*from_corpus, *_page_cases(rule)]
    if found:
        return found[0]
    return _corpus_examples().get(rule.name) or (cases[0] if cases else None)


def cell(text: str) -> str:
    """Text made safe for a Markdown table cell, a link in it shown as written.

    >>> cell("[Tác giả: A](/author/a) | x")
    '\\\\[Tác giả: A\\\\](/author/a) \\\\| x'
    """
    return text.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def _shown(found: tuple[str, str] | None) -> str:
    if found is None:
        return NO_EXAMPLE
    text, origin = found
    short = text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1].rstrip() + "…"
    return f'"{cell(short)}" ({origin})'


def _rows(rules: Sequence[Rule]) -> Iterator[str]:
    yield "| # | rule | label | kind | module | catches | example |"
    yield "|---|---|---|---|---|---|---|"
    for number, rule in enumerate(rules, 1):
        kind = "line" if isinstance(rule, LineRule) else "page"
        module = type(rule).__module__.replace(".", "/") + ".py"
        yield (
            f"| {number} | `{rule.name}` | {rule.label} | {kind} | `{module}` "
            f"| {cell(rule.summary())} | {_shown(example(rule))} |"
        )


def render(rules: Sequence[Rule] = RULES) -> str:
    """The catalogue as Markdown: every rule in running order, then the optional ones."""
    optional = [f"| `{ProfileRule.name}` | {ProfileRule.label} | {ProfileRule.summary()} |"]
    parts = [
        HEADER,
        "\n".join(_rows(rules)),
        "",
        OPTIONAL,
        "| rule | label | catches |\n|---|---|---|",
        *optional,
    ]
    return "\n".join(parts) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Write docs/rules.md, or with ``--check`` exit 1 when it is out of date."""
    args = sys.argv[1:] if argv is None else list(argv)
    text = render()
    if args == ["--check"]:
        current = CATALOGUE.read_text(encoding="utf-8") if CATALOGUE.exists() else ""
        if current != text:
            print(f"{CATALOGUE} is out of date: run python -m vncleaner.catalogue", file=sys.stderr)
            return 1
        return 0
    if args:
        print("usage: python -m vncleaner.catalogue [--check]", file=sys.stderr)
        return 2
    CATALOGUE.write_text(text, encoding="utf-8")
    print(f"wrote {CATALOGUE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
