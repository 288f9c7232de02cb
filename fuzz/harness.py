"""Run one check of :mod:`fuzz.properties` under atheris, with vncleaner instrumented.

libFuzzer's own flags (``-max_total_time=60``, ``-runs=N``, ``-max_len=N``, a corpus
directory) pass through on the command line.
"""

from __future__ import annotations

import sys

# Exit status when a target cannot run at all (its module is missing): distinct from
# libFuzzer's crash status so that the runner can report it as skipped.
SKIPPED = 3


def fuzz(target: str) -> None:
    """Fuzz the check named ``target`` until libFuzzer's flags say stop."""
    import atheris  # type: ignore[import-untyped]  # no stubs; an optional extra

    with atheris.instrument_imports(include=["vncleaner"]):
        import vncleaner  # noqa: F401  (instrumented here, before the checks import it)
    from fuzz import properties

    if target == "jsonl" and properties.jsonl_module() is None:
        print(f"skipped: {properties.JSONL_MODULE} does not exist yet", file=sys.stderr)
        sys.exit(SKIPPED)
    atheris.Setup(sys.argv, properties.CHECKS[target])
    atheris.Fuzz()
