"""Turn a benchmark run's results into ``results.md``, ``results.json`` and ``results.png``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MB = 1_000_000


def _size(size: int) -> str:
    """ "1 KB", "100 KB", "1 MB"."""
    return f"{size // MB} MB" if size >= MB else f"{size // 1000} KB"


def _peer_table(rows: list[dict[str, Any]]) -> list[str]:
    ours = next((row["mb_s"] for row in rows if row["tool"] == "vncleaner" and "mb_s" in row), None)
    out = [
        "| tool | MB/s (CPU) | pages/s | vncleaner ÷ tool | MB/s (wall) | peak MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        if "error" in row:
            out.append(f"| {row['tool']} | failed: {row['error']} | | | | |")
            continue
        ratio = f"{ours / row['mb_s']:.2f}" if ours else "-"
        out.append(
            f"| {row['tool']} | {row['mb_s']:.2f} | {row['pages_s']:.0f} | {ratio}"
            f" | {row['wall_mb_s']:.2f} | {row['peak_kb'] / 1000:.0f} |"
        )
    return out


def _size_table(rows: list[dict[str, Any]]) -> list[str]:
    out = [
        "| page size | pages | MB/s (CPU) | CPU s per MB | vs 1 KB |",
        "|---|---:|---:|---:|---:|",
    ]
    first = 1 / rows[0]["mb_s"]
    for row in rows:
        cost = 1 / row["mb_s"]
        out.append(
            f"| {_size(row['size'])} | {row['pages']} | {row['mb_s']:.2f} | {cost:.3f}"
            f" | {cost / first:.2f} |"
        )
    return out


def _hostile_table(rows: list[dict[str, Any]]) -> list[str]:
    sizes = sorted({row["size"] for row in rows})
    speed = {(row["shape"], row["size"]): row.get("mb_s") for row in rows}
    head = " | ".join(f"MB/s at {_size(size)}" for size in sizes)
    out = [
        f"| shape | {head} | cost per MB, 1 MB ÷ 100 KB | peak MB at {_size(sizes[-1])} |",
        "|---|" + "---:|" * (len(sizes) + 2),
    ]
    peaks = {(row["shape"], row["size"]): row.get("peak_kb", 0) for row in rows}
    for shape in dict.fromkeys(row["shape"] for row in rows):
        cells = [speed[shape, size] for size in sizes]
        small, large = speed.get((shape, 100_000)), speed.get((shape, MB))
        growth = f"{small / large:.2f}" if small and large else "-"
        shown = " | ".join(f"{cell:.2f}" if cell else "failed" for cell in cells)
        out.append(f"| {shape} | {shown} | {growth} | {peaks[shape, sizes[-1]] / 1000:.0f} |")
    return out


def _jobs_table(rows: list[dict[str, Any]]) -> list[str]:
    one = rows[0]["wall_mb_s"]
    out = [
        "| `-j` | MB/s (wall) | speed-up | peak MB (main process) | exit |",
        "|---|---:|---:|---:|---:|",
    ]
    for row in rows:
        out.append(
            f"| {row['jobs']} | {row['wall_mb_s']:.2f} | {row['wall_mb_s'] / one:.2f}"
            f" | {row['peak_kb'] / 1000:.0f} | {row['status']} |"
        )
    return out


def markdown(results: dict[str, Any]) -> str:
    """The results as Markdown tables."""
    machine = results["machine"]
    peers = results["peers"]
    size = peers[0]["bytes"] / MB if "bytes" in peers[0] else 0
    jsonl = results["jobs"][0]["bytes"] / MB
    parts = [
        "# Benchmark results",
        "",
        f"{machine['cores']} cores, Python {machine['python']}. Made by "
        "`python -m benchmarks.run`; columns are explained in `benchmarks/README.md`.",
        "",
        f"## Peers: all of `corpus/raw`, repeated to {size:.1f} MB",
        "",
        *_peer_table(peers),
        "",
        "## Page size: vncleaner on corpus text cut into pages of one size",
        "",
        *_size_table(results["sizes"]),
        "",
        "## Hostile shapes (`benchmarks/hostile.py`), one page each (100 KB: ten times over)",
        "",
        *_hostile_table(results["hostile"]),
        "",
        f"## Command line: `--jsonl` on a {jsonl:.0f} MB stream of corpus pages",
        "",
        *_jobs_table(results["jobs"]),
        "",
    ]
    return "\n".join(parts)


def plot(results: dict[str, Any], path: Path) -> None:
    """Three panels: the peers' speeds, cost per MB by page size, hostile shapes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import ticker

    figure, (peers, sizes, hostile) = plt.subplots(1, 3, figsize=(16, 4.8))
    done = [row for row in results["peers"] if "mb_s" in row]
    peers.barh([row["tool"] for row in done], [row["mb_s"] for row in done], color="tab:blue")
    peers.set_xscale("log")
    peers.xaxis.set_major_formatter(ticker.FormatStrFormatter("%g"))
    peers.xaxis.set_minor_formatter(ticker.NullFormatter())
    for bar, row in zip(peers.patches, done, strict=True):
        peers.annotate(f" {row['mb_s']:.1f}", (bar.get_width(), bar.get_y() + 0.5), va="center")
    peers.set_xlabel("MB of page text per CPU second (log)")
    peers.set_title("Peers on the corpus")
    peers.invert_yaxis()
    rows = results["sizes"]
    sizes.plot([row["size"] for row in rows], [1 / row["mb_s"] for row in rows], "o-")
    sizes.set_xscale("log")
    sizes.set_ylim(bottom=0)
    sizes.set_xlabel("page size, bytes (log)")
    sizes.set_ylabel("CPU seconds per MB")
    sizes.set_title("Cost per MB by page size")
    for shape in dict.fromkeys(row["shape"] for row in results["hostile"]):
        points = [row for row in results["hostile"] if row["shape"] == shape and "mb_s" in row]
        xs = [row["size"] for row in points]
        hostile.plot(xs, [1 / row["mb_s"] for row in points], "o-", label=shape)
    hostile.set_xscale("log")
    hostile.set_ylim(bottom=0)
    hostile.set_xlabel("page size, bytes (log)")
    hostile.set_ylabel("CPU seconds per MB")
    hostile.set_title("Hostile shapes")
    hostile.legend(fontsize="small")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def write(results: dict[str, Any], folder: Path) -> None:
    """Write ``results.json``, ``results.md`` and ``results.png`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    (folder / "results.md").write_text(markdown(results), encoding="utf-8")
    plot(results, folder / "results.png")
