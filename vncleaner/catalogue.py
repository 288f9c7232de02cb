"""The rule catalogue, generated from the rule registry: ``python -m vncleaner.catalogue``."""

from __future__ import annotations

import sys
from pathlib import Path

from vncleaner.rules import RULES, LineRule

CATALOGUE = Path("docs") / "rules.md"


def render() -> str:
    """The catalogue as Markdown: every rule in running order with its label and docstring."""
    rows = [
        "# Rule catalogue",
        "",
        "Generated from `vncleaner.rules.RULES` by `python -m vncleaner.catalogue`;",
        "a test fails when this file is out of date. Rules run in this order and the",
        "first rule to claim a line labels it; line rules read one line, page rules",
        "read the page and what earlier rules decided.",
        "",
        "| # | rule | label | kind | module | catches |",
        "|---|---|---|---|---|---|",
    ]
    for number, rule in enumerate(RULES, 1):
        kind = "line" if isinstance(rule, LineRule) else "page"
        module = type(rule).__module__.replace(".", "/") + ".py"
        rows.append(
            f"| {number} | `{rule.name}` | {rule.label} | {kind} | `{module}` | {rule.summary()} |"
        )
    return "\n".join(rows) + "\n"


def main() -> int:
    """Write the catalogue to docs/rules.md."""
    CATALOGUE.write_text(render(), encoding="utf-8")
    print(f"wrote {CATALOGUE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
