"""Where a page's time goes: CPU seconds per MB for each stage of ``clean``, on corpus text.

    python -m benchmarks.stages            # all of corpus/raw, best of 5 rounds
    python -m benchmarks.stages --rules    # and each rule's share of the classify stage

The stages are run one after the other on the same pages, each on its own input made
beforehand, so a stage's figure is its own cost. ``ceiling`` is the speed ``clean`` could
reach if that stage and the ones above it were all it did: what no rule work can beat.
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from vncleaner.decode import decode
from vncleaner.normalize import normalize_report
from vncleaner.page import Page
from vncleaner.pipeline import _run, assemble, classify
from vncleaner.rules import RULES, Rule

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 5


def _best(stage: Callable[[Any], object], inputs: Sequence[Any]) -> float:
    """The least CPU time over :data:`ROUNDS` runs of ``stage`` over ``inputs``."""
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.process_time()
        for item in inputs:
            stage(item)
        best = min(best, time.process_time() - start)
    return best


def _fresh_pages(pairs: Sequence[tuple[str, str]]) -> list[Page]:
    return [Page.from_text(raw, normalised) for raw, normalised in pairs]


def stage_costs(pages: Sequence[bytes]) -> list[tuple[str, float]]:
    """(stage, CPU seconds) for each stage of ``clean`` over ``pages``."""
    texts = [decode(page).text for page in pages]
    pairs = [(text, normalize_report(text)[0]) for text in texts]
    costs = [
        ("decode", _best(decode, pages)),
        ("NFC and line split (for scale)", _best(_nfc_split, texts)),
        ("normalise", _best(normalize_report, texts)),
        ("page lines", _best(lambda pair: Page.from_text(*pair), pairs)),
    ]
    first = min(_timed_pass(_fresh_pages(pairs), _first_pass) for _ in range(ROUNDS))
    whole = min(_timed_pass(_fresh_pages(pairs), classify) for _ in range(ROUNDS))
    costs += [("rules, first pass", first), ("rules, re-read of the body", whole - first)]
    classified = [classify(page) for page in _fresh_pages(pairs)]
    costs.append(("assemble the document", _best(assemble, classified)))
    return costs


def _nfc_split(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split("\n")


def _first_pass(page: Page) -> None:
    _run(page, RULES)


def _timed_pass(pages: Sequence[Page], classify_page: Callable[[Page], object]) -> float:
    start = time.process_time()
    for page in pages:
        classify_page(page)
    return time.process_time() - start


def rule_costs(pages: Sequence[bytes], rules: Sequence[Rule] = RULES) -> Counter[str]:
    """CPU seconds each rule's ``find`` takes in the first pass over ``pages``."""
    costs: Counter[str] = Counter()
    for page_bytes in pages:
        text = decode(page_bytes).text
        page = Page.from_text(text, normalize_report(text)[0])
        for rule in rules:
            if rule.hinted_only and not page.hinted:
                continue
            start = time.process_time()
            found = list(rule.find(page))
            costs[rule.name] += time.process_time() - start
            for line in found:
                if line.label is None:
                    line.label, line.rule = rule.label, rule.name
    return costs


def report(pages: Sequence[bytes], *, rules: bool = False) -> str:
    """The stage table (and the rule table) as Markdown."""
    megabytes = sum(len(page) for page in pages) / 1e6
    rows = [
        f"{len(pages)} pages, {megabytes:.2f} MB; CPU seconds per MB, best of {ROUNDS} rounds",
        "",
        "| stage | s per MB | µs per page | ceiling MB/s |",
        "|---|---:|---:|---:|",
    ]
    spent = 0.0
    for name, seconds in stage_costs(pages):
        per_mb = seconds / megabytes
        if not name.endswith("(for scale)"):
            spent += per_mb
        ceiling = f"{1 / spent:.1f}" if spent and not name.endswith("(for scale)") else ""
        rows.append(f"| {name} | {per_mb:.4f} | {seconds / len(pages) * 1e6:.0f} | {ceiling} |")
    if rules:
        costs = rule_costs(pages)
        rows += ["", "| rule | µs per page | share of rules |", "|---|---:|---:|"]
        total = sum(costs.values()) or 1.0
        for name, seconds in costs.most_common():
            share = seconds / total
            rows.append(f"| {name} | {seconds / len(pages) * 1e6:.0f} | {share:.1%} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Print the stage table for the corpus pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", action="store_true", help="also time each rule")
    parser.add_argument("--pages", type=Path, default=ROOT / "corpus" / "raw")
    args = parser.parse_args(argv)
    pages = [path.read_bytes() for path in sorted(args.pages.glob("*.txt"))]
    print(report(pages, rules=args.rules))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
