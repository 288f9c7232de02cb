"""The benchmark: vncleaner against its peers, scaling with page size and workers, hostile
shapes. Writes ``benchmarks/results/results.md``, ``results.json`` and ``results.png``.

    python -m benchmarks.run            # the full run (about ten minutes on 2 cores)
    python -m benchmarks.run --quick    # a smoke run on smaller inputs

Every measurement runs in a fresh process (``benchmarks.tools``) so that imports, memory
and warm-up are each tool's own; speeds are MB of page text (UTF-8) per CPU second, with
wall-clock speeds beside them, since other work on a shared machine slows the wall clock.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.hostile import SHAPES, make

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
MB = 1_000_000
PEERS = ("vncleaner", "resiliparse", "trafilatura", "justext", "datatrove-c4")
PAGE_SIZES = (1_000, 10_000, 100_000, 1_000_000)
HOSTILE_SIZES = (100_000, 1_000_000, 10_000_000)


class Settings:
    """How much text each part of the run cleans."""

    def __init__(self, quick: bool) -> None:
        self.peer_bytes = 2 * MB if quick else 10 * MB
        self.size_bytes = MB if quick else 3 * MB
        self.hostile_sizes = HOSTILE_SIZES[:2] if quick else HOSTILE_SIZES
        self.jsonl_bytes = 2 * MB if quick else 20 * MB


def corpus_pages() -> list[str]:
    """The text of every page in ``corpus/raw``."""
    paths = sorted((ROOT / "corpus" / "raw").glob("*.txt"))
    return [path.read_bytes().decode("utf-8", "replace") for path in paths]


def repeated(pages: list[str], total: int) -> list[str]:
    """``pages`` over and over until they hold ``total`` bytes."""
    out: list[str] = []
    size = 0
    while size < total:
        for page in pages:
            out.append(page)
            size += len(page.encode("utf-8"))
    return out


def sized_pages(pages: list[str], size: int, total: int) -> list[str]:
    """Pages of about ``size`` bytes cut from the corpus at line breaks, ``total`` in all."""
    lines = [line for page in pages for line in page.split("\n")]
    out: list[str] = []
    current: list[str] = []
    filled = made = at = 0
    while made < total:
        line = lines[at % len(lines)]
        at += 1
        current.append(line)
        filled += len(line.encode("utf-8")) + 1
        if filled >= size:
            out.append("\n".join(current))
            made += filled
            current, filled = [], 0
    return out


def run_tool(tool: str, pages: list[str]) -> dict[str, Any]:
    """Time ``tool`` over ``pages`` in a process of its own."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as f:
        json.dump(pages, f, ensure_ascii=False)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.tools", tool, f.name],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
    finally:
        os.unlink(f.name)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        return {"tool": tool, "error": last}
    result: dict[str, Any] = json.loads(done.stdout)
    result["mb_s"] = result["bytes"] / MB / result["cpu"]
    result["wall_mb_s"] = result["bytes"] / MB / result["wall"]
    result["pages_s"] = result["pages"] / result["cpu"]
    return result


def peers(settings: Settings) -> list[dict[str, Any]]:
    """Every tool over the corpus repeated to the set size."""
    pages = repeated(corpus_pages(), settings.peer_bytes)
    rows = []
    for tool in PEERS:
        print(f"peers: {tool}", file=sys.stderr)
        rows.append(run_tool(tool, pages))
    return rows


def page_sizes(settings: Settings) -> list[dict[str, Any]]:
    """vncleaner on pages from 1 KB to 1 MB cut from the corpus."""
    pages = corpus_pages()
    rows = []
    for size in PAGE_SIZES:
        print(f"page size: {size}", file=sys.stderr)
        total = max(settings.size_bytes, 2 * size)
        row = run_tool("vncleaner", sized_pages(pages, size, total))
        rows.append({"size": size, **row})
    return rows


def hostile(settings: Settings) -> list[dict[str, Any]]:
    """vncleaner on each hostile shape at each size."""
    rows = []
    for shape in SHAPES:
        for size in settings.hostile_sizes:
            print(f"hostile: {shape} {size}", file=sys.stderr)
            # Pages under 1 MB are cleaned several times over, for a steadier figure.
            pages = [make(shape, size)] * max(1, MB // size)
            rows.append({"shape": shape, "size": size, **run_tool("vncleaner", pages)})
    return rows


def jobs(settings: Settings) -> list[dict[str, Any]]:
    """The command line on a JSON Lines stream of corpus pages with ``-j 1`` and ``-j 2``."""
    pages = repeated(corpus_pages(), settings.jsonl_bytes)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        stream = Path(folder) / "pages.jsonl"
        with stream.open("w", encoding="utf-8") as out:
            for number, page in enumerate(pages):
                out.write(json.dumps({"id": number, "text": page}, ensure_ascii=False) + "\n")
        size = sum(len(page.encode("utf-8")) for page in pages)
        for workers in (1, 2):
            print(f"cli: -j {workers}", file=sys.stderr)
            rows.append({"jobs": workers, "bytes": size, **_cli(stream, workers)})
    for row in rows:
        row["wall_mb_s"] = row["bytes"] / MB / row["wall"]
    return rows


def _cli(stream: Path, workers: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "vncleaner", "--jsonl", "-j", str(workers), str(stream)]
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return {"wall": wall, "status": child.returncode, "peak_kb": usage.ru_maxrss}


def main(argv: list[str] | None = None) -> int:
    """Run every part, then write the Markdown table, the JSON and the plot."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs, for a smoke run")
    parser.add_argument("--out", type=Path, default=RESULTS, help="where results go")
    args = parser.parse_args(argv)
    settings = Settings(args.quick)
    results = {
        "machine": {"cores": os.cpu_count(), "python": sys.version.split()[0]},
        "peers": peers(settings),
        "sizes": page_sizes(settings),
        "hostile": hostile(settings),
        "jobs": jobs(settings),
    }
    from benchmarks.report import write

    write(results, args.out)
    print((args.out / "results.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
