"""The cleaners compared, each behind one function of a page's text, and the worker that
times one of them over a set of pages in a process of its own.

The HTML tools (trafilatura, resiliparse, jusText) get the page as HTML with one ``<p>``
per nonblank line, built before the clock starts; every tool is charged for the same
bytes: the page's text in UTF-8.

    python -m benchmarks.tools vncleaner PAGES.json     # prints one JSON object
"""

from __future__ import annotations

import html
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Cleaner = Callable[[Any], object]
# Pages cleaned before the clock starts: imports, compiled patterns, caches.
WARM_UP_PAGES = 3


def as_html(text: str) -> str:
    """The page as the HTML tools read it: one paragraph per nonblank line.

    >>> as_html("Tiêu đề\\n\\nA < B")
    '<html><body><p>Tiêu đề</p><p>A &lt; B</p></body></html>'
    """
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line)
    return f"<html><body>{paragraphs}</body></html>"


def _vncleaner() -> tuple[Cleaner, Callable[[str], Any]]:
    import vncleaner

    return vncleaner.clean, lambda text: text.encode("utf-8")


def _trafilatura() -> tuple[Cleaner, Callable[[str], Any]]:
    import trafilatura

    return trafilatura.extract, as_html


def _resiliparse() -> tuple[Cleaner, Callable[[str], Any]]:
    from resiliparse.extract.html2text import extract_plain_text

    return lambda page: extract_plain_text(page, main_content=True), as_html


def _justext() -> tuple[Cleaner, Callable[[str], Any]]:
    import justext  # type: ignore[import-untyped]

    stoplist = justext.get_stoplist("Vietnamese")
    return lambda page: justext.justext(page, stoplist), as_html


def _c4() -> tuple[Cleaner, Callable[[str], Any]]:
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    # Line rules only: the sentence count needs spaCy's Vietnamese tokenizer.
    line_filter = C4QualityFilter(split_paragraph=True, min_num_sentences=-1)
    return lambda text: line_filter.filter(Document(text=text, id="page")), str


TOOLS: dict[str, Callable[[], tuple[Cleaner, Callable[[str], Any]]]] = {
    "vncleaner": _vncleaner,
    "resiliparse": _resiliparse,
    "trafilatura": _trafilatura,
    "justext": _justext,
    "datatrove-c4": _c4,
}


def measure(tool: str, pages: list[str]) -> dict[str, Any]:
    """Clean ``pages`` with ``tool``: bytes, pages, CPU and wall seconds, peak memory."""
    clean, prepare = TOOLS[tool]()
    inputs = [prepare(page) for page in pages]
    for page in inputs[:WARM_UP_PAGES]:
        clean(page)
    cpu, wall = time.process_time(), time.perf_counter()
    for page in inputs:
        clean(page)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {
        "tool": tool,
        "bytes": sum(len(page.encode("utf-8")) for page in pages),
        "pages": len(pages),
        "cpu": cpu,
        "wall": wall,
        "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def main(argv: list[str]) -> int:
    """Worker: ``TOOL PAGES.json``, the pages a JSON list of strings."""
    tool, path = argv
    pages = json.loads(Path(path).read_text(encoding="utf-8"))
    print(json.dumps(measure(tool, pages)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
