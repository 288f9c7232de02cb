"""Fuzz target: ``vncleaner.jsonl.clean_record`` on any line and field name.

Run from the repository root: ``python -m fuzz.jsonl_target [libFuzzer flags] [corpus]``.
The properties checked are those of :func:`fuzz.properties.check_jsonl`.
"""

from __future__ import annotations

from fuzz.harness import fuzz

if __name__ == "__main__":
    fuzz("jsonl")
