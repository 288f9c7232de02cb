"""Fuzz target: ``clean`` and ``clean_text`` on any bytes and on any text.

Run from the repository root: ``python -m fuzz.clean_target [libFuzzer flags] [corpus]``.
The properties checked are those of :func:`fuzz.properties.check_clean`.
"""

from __future__ import annotations

from fuzz.harness import fuzz

if __name__ == "__main__":
    fuzz("clean")
