"""Fuzz target: ``normalize`` on any text, in every tone style.

Run from the repository root: ``python -m fuzz.normalize_target [libFuzzer flags] [corpus]``.
The properties checked are those of :func:`fuzz.properties.check_normalize`.
"""

from __future__ import annotations

from fuzz.harness import fuzz

if __name__ == "__main__":
    fuzz("normalize")
