"""Build the seed corpus of each fuzz target from ``corpus/raw`` (and the Unicode samples).

``python -m fuzz.seeds OUTDIR`` writes ``OUTDIR/<target>/<n>`` files; the seeds are made,
not kept, so the repository holds no generated binaries. The first byte of a normalize
or jsonl seed is the selector byte :mod:`fuzz.properties` reads (tone style, field name).
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "corpus" / "raw"
UNICODE_SAMPLES = ROOT / "tests" / "data" / "unicode"
# Runs of this many consecutive lines make the clean target's page fragments.
WINDOW_LINES = 12
# Seeds longer than the fuzzers' -max_len are cut to it (bytes).
MAX_SEED_BYTES = 20_000


def _pages() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(RAW.glob("*.txt"))]


def _windows(page: str, size: int = WINDOW_LINES) -> Iterator[str]:
    lines = page.split("\n")
    for start in range(0, len(lines), size):
        yield "\n".join(lines[start : start + size])


def _broken_samples() -> list[str]:
    samples = []
    for path in sorted(UNICODE_SAMPLES.glob("*.json")):
        # Sample files list "cases" (a broken string, or a case holding one); skip others.
        for case in json.loads(path.read_text("utf-8")).get("cases", []):
            samples.append(case["broken"] if isinstance(case, dict) else case)
    return samples


def clean_seeds() -> Iterator[bytes]:
    """Whole pages, in UTF-8 and in Windows-1258 where it can hold them, and fragments;
    bytes seeds lead with an odd byte, text seeds with an even one (see check_clean)."""
    for page in _pages():
        yield b"\x01" + page.encode()
        yield from (b"\x00" + window.encode() for window in _windows(page))
        with contextlib.suppress(UnicodeEncodeError):  # a page cp1258 cannot spell
            yield b"\x01" + page.encode("cp1258")
    samples = _broken_samples()
    for start in range(0, len(samples), WINDOW_LINES):
        yield b"\x00" + "\n\n".join(samples[start : start + WINDOW_LINES]).encode()


def normalize_seeds() -> Iterator[bytes]:
    """Every distinct nonblank corpus line and every broken Unicode sample."""
    lines = {line for page in _pages() for line in page.split("\n") if line.strip()}
    texts = sorted(lines) + _broken_samples()
    for number, text in enumerate(texts):
        yield bytes([number % 3]) + text.encode()


def jsonl_seeds() -> Iterator[bytes]:
    """Records holding corpus pages, and the usual ways a line goes wrong."""
    for number, page in enumerate(_pages()):
        record = {"url": f"https://example.vn/{number}.html", "text": page}
        line = json.dumps(record, ensure_ascii=number % 2 == 0)
        yield b"\x00" + line.encode()
        yield b"\x00" + line[: len(line) // 2].encode()
        yield b"\x01" + json.dumps({"content": page[:2000]}).encode()
    for odd in (
        '{"text": null}',
        '{"text": 5}',
        "[1, 2]",
        '"text"',
        "{}",
        "",
        "{",
        '{"text": "\\ud800"}',
    ):
        yield b"\x00" + odd.encode()


SEEDS = {"clean": clean_seeds, "normalize": normalize_seeds, "jsonl": jsonl_seeds}


def write(seeds: Iterable[bytes], folder: Path) -> int:
    """Write each seed, cut to :data:`MAX_SEED_BYTES`, to its own file; return how many."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for count, seed in enumerate(dict.fromkeys(seeds), start=1):
        (folder / f"seed-{count:05d}").write_bytes(seed[:MAX_SEED_BYTES])
    return count


def main(argv: list[str]) -> int:
    """Write the seeds of every target (or of those named) under ``argv[0]``."""
    if not argv:
        print("usage: python -m fuzz.seeds OUTDIR [TARGET...]", file=sys.stderr)
        return 2
    out, targets = Path(argv[0]), argv[1:] or list(SEEDS)
    for target in targets:
        if target not in SEEDS:
            print(f"unknown target {target!r}; one of {', '.join(SEEDS)}", file=sys.stderr)
            return 2
        print(f"{target}: {write(SEEDS[target](), out / target)} seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
