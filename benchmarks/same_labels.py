"""Check that two implementations of vncleaner label every line of every page the same.

    git -C /work/main worktree add /tmp/vnc-base HEAD     # the baseline, once
    python -m benchmarks.same_labels --baseline /tmp/vnc-base

Runs the baseline checkout and this working tree, each in its own process, over every
page of ``corpus/raw/``, the seed and dev pages in ``/work/shared`` when present, and the
generated hostile pages of :mod:`benchmarks.hostile`; prints every line whose (label, rule)
or normalised text differs, every difference in the repairs reported, and every one in
title, published, authors or source, then the count.
Exit status 0 when there is none, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from benchmarks.hostile import SHAPES, SLOW_BEFORE, make

ROOT = Path(__file__).resolve().parent.parent
PAGE_DIRS = (
    ROOT / "corpus" / "raw",
    Path("/work/shared/seeds/raw"),
    Path("/work/shared/dev/raw"),
)
HOSTILE_SIZES = (2_000, 20_000)
# The shapes of SLOW_BEFORE at this size only: the baseline takes seconds on them.
SLOW_SIZE = 300
# What each worker prints for one page; a function of the page alone.
_WORKER = """
import json, sys
sys.path.insert(0, sys.argv[1])
import vncleaner
for name, text in json.load(sys.stdin):
    doc = vncleaner.clean(text.encode("utf-8", "surrogateescape"))
    print(json.dumps({
        "name": name,
        "lines": [[l.number, l.label, l.rule, l.text] for l in doc.lines],
        "repairs": [[r.kind, list(r.lines)] for r in doc.repairs],
        "meta": {
            "title": doc.title,
            "published": doc.published.isoformat() if doc.published else None,
            "authors": doc.authors,
            "source": doc.source,
        },
    }, ensure_ascii=False))
"""


def pages() -> list[tuple[str, str]]:
    """(name, text) of every page to compare: corpus, seeds, dev, hostile shapes."""
    found: list[tuple[str, str]] = []
    for folder in PAGE_DIRS:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            text = path.read_bytes().decode("utf-8", "surrogateescape")
            found.append((str(path), text))
    for shape in SHAPES:
        for size in (SLOW_SIZE,) if shape in SLOW_BEFORE else HOSTILE_SIZES:
            found.append((f"hostile:{shape}:{size}", make(shape, size)))
    return found


def run(root: Path, inputs: list[tuple[str, str]]) -> dict[str, dict[str, object]]:
    """Clean ``inputs`` with the vncleaner found under ``root``: results by page name."""
    done = subprocess.run(
        [sys.executable, "-c", _WORKER, str(root)],
        input=json.dumps(inputs, ensure_ascii=False),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="surrogateescape",
        check=True,
    )
    results = (json.loads(row) for row in done.stdout.splitlines())
    return {result["name"]: result for result in results}


def differences(
    before: dict[str, dict[str, object]], after: dict[str, dict[str, object]]
) -> list[str]:
    """One message per line or metadata field that differs between two runs."""
    found: list[str] = []
    for name, old in before.items():
        new = after.get(name)
        if new is None:
            found.append(f"{name}: missing from the new run")
            continue
        old_lines = {row[0]: row[1:] for row in old["lines"]}  # type: ignore[attr-defined]
        new_lines = {row[0]: row[1:] for row in new["lines"]}  # type: ignore[attr-defined]
        for number in sorted(old_lines.keys() | new_lines.keys()):
            if old_lines.get(number) != new_lines.get(number):
                found.append(f"{name}:{number}: {old_lines.get(number)} -> {new_lines.get(number)}")
        if old["repairs"] != new["repairs"]:
            found.append(f"{name}: repairs {old['repairs']} -> {new['repairs']}")
        for field, value in old["meta"].items():  # type: ignore[attr-defined]
            if new["meta"][field] != value:  # type: ignore[index]
                found.append(f"{name}: {field} {value!r} -> {new['meta'][field]!r}")  # type: ignore[index]
    return found


def main(argv: list[str] | None = None) -> int:
    """Compare the baseline checkout with this tree; print differences and their count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, default=Path("/tmp/vnc-base"))
    args = parser.parse_args(argv)
    if not (args.baseline / "vncleaner").is_dir():
        print(f"no vncleaner checkout at {args.baseline}", file=sys.stderr)
        return 2
    inputs = pages()
    found = differences(run(args.baseline, inputs), run(ROOT, inputs))
    for message in found:
        print(message)
    print(f"{len(inputs)} pages, {len(found)} differences")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
