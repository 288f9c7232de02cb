"""Cleaning many pages: which files a folder gives, where each result goes, and workers.

Files taken: every file named on the command line, whatever its name; inside a
folder (walked recursively, in sorted order), the files ending in ``.txt``,
``.html`` or ``.htm`` (any case), skipping hidden files and folders (names
starting with ``.``) and the output folder itself.

With an output folder, each page's result goes to the same place relative to the
folder argument it came from (a file argument: to the output folder itself), its
suffix set by the format (``.txt``, ``.json``, ``.tsv``). Two pages that would
land on the same output file, or an output that would overwrite an input, make
the whole command a usage error before anything is written.

Work is spread over worker processes with :func:`vncleaner.workers.ordered_map`:
results come back in input order, and memory stays flat however many items there are.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO, TypeVar

from vncleaner.fileio import atomic_write, page_input
from vncleaner.render import SUFFIXES, render

PAGE_SUFFIXES = (".txt", ".html", ".htm")
# The progress bar redraws at most this often (seconds), and is this many cells wide.
PROGRESS_INTERVAL = 0.1
PROGRESS_WIDTH = 30

Item = TypeVar("Item")
Result = TypeVar("Result")


class BatchError(Exception):
    """Input and output paths that cannot be used together (a usage error)."""


@dataclass(frozen=True)
class Source:
    """One input page: its path, and where its result sits under an output folder."""

    path: Path
    relative: Path


def find_sources(
    arguments: Sequence[str], *, skip: Path | None = None, suffixes: Sequence[str] = PAGE_SUFFIXES
) -> list[Source]:
    """The pages named by file and folder arguments, in argument order.

    A file argument is taken as it is (reading it may still fail later); a folder
    gives its page files, see the module docstring.
    """
    sources: list[Source] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            sources.extend(_walk(path, skip, tuple(s.lower() for s in suffixes)))
        else:
            sources.append(Source(path, Path(path.name)))
    return sources


def _walk(folder: Path, skip: Path | None, suffixes: tuple[str, ...]) -> Iterator[Source]:
    skipped = skip.resolve() if skip is not None else None
    for root, folders, files in os.walk(folder):
        here = Path(root)
        folders[:] = sorted(
            name
            for name in folders
            if not name.startswith(".") and (here / name).resolve() != skipped
        )
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(suffixes):
                yield Source(here / name, (here / name).relative_to(folder))


def output_paths(sources: Sequence[Source], folder: Path, fmt: str) -> list[Path]:
    """Where each source's result goes in the output folder; raises :class:`BatchError`
    when two results would share a file or a result would overwrite an input."""
    outputs = [folder / source.relative.with_suffix(SUFFIXES[fmt]) for source in sources]
    inputs = {source.path.resolve(): source.path for source in sources}
    seen: dict[Path, Path] = {}
    for source, output in zip(sources, outputs, strict=True):
        resolved = output.resolve()
        if resolved in inputs:
            raise BatchError(f"writing {output} would overwrite the input {inputs[resolved]}")
        if resolved in seen:
            raise BatchError(
                f"{seen[resolved]} and {source.path} would both be written to {output}"
            )
        seen[resolved] = source.path
    return outputs


@dataclass(frozen=True)
class CleanOptions:
    """How to clean and print each page (the command line's options)."""

    fmt: str = "text"
    title: bool = False
    colour: bool = False
    clean_args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PageJob:
    """One page to clean: where to read it, where to write it (None: return the text)."""

    source: Path | None
    output: Path | None
    options: CleanOptions
    data: bytes | None = None


@dataclass(frozen=True)
class PageResult:
    """What cleaning one page gave: the rendered text (when not written), warnings, error."""

    name: str
    text: str = ""
    warnings: tuple[str, ...] = ()
    error: str | None = None


def clean_page(job: PageJob) -> PageResult:
    """Read, clean, render and (with an output path) write one page; never raises."""
    from vncleaner.pipeline import clean

    name = str(job.source) if job.source is not None else "<stdin>"
    try:
        data = job.data if job.data is not None else _read(job.source)
    except OSError as error:
        return PageResult(name, error=f"cannot read {name}: {error.strerror or error}")
    prepared = page_input(data)
    try:
        doc = clean(prepared.data, **job.options.clean_args)
    except Exception as error:  # a bug in one page must not stop the others
        return PageResult(name, error=f"cannot clean {name}: {type(error).__name__}: {error}")
    text = render(doc, job.options.fmt, title=job.options.title, colour=job.options.colour)
    if job.output is None:
        return PageResult(name, text, prepared.warnings)
    try:
        job.output.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(job.output, text.encode("utf-8"))
    except OSError as error:
        return PageResult(name, error=f"cannot write {job.output}: {error.strerror or error}")
    return PageResult(name, "", prepared.warnings)


def _read(path: Path | None) -> bytes:
    return sys.stdin.buffer.read() if path is None else path.read_bytes()


def default_jobs() -> int:
    """The number of worker processes by default: the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Progress:
    """A one-line progress bar, drawn only when ``stream`` is a terminal and not ``quiet``.

    >>> import io
    >>> bar = Progress(2, io.StringIO())
    >>> bar.advance(); bar.close(); bar.shown
    False
    """

    def __init__(
        self,
        total: int | None,
        stream: TextIO,
        *,
        unit: str = "files",
        interval: float = PROGRESS_INTERVAL,
        width: int = PROGRESS_WIDTH,
        quiet: bool = False,
    ) -> None:
        self.total, self.stream, self.unit = total, stream, unit
        self.interval, self.width = interval, width
        self.done = 0
        self.shown = False
        self._enabled = not quiet and _is_terminal(stream)
        self._drawn_at = 0.0

    def advance(self, count: int = 1) -> None:
        """Count ``count`` more items done, and redraw if it is time."""
        self.done += count
        now = time.monotonic()
        if self._enabled and (now - self._drawn_at >= self.interval or self.done == self.total):
            self._drawn_at = now
            self._draw()

    def _draw(self) -> None:
        if self.total:
            cells = self.width * self.done // self.total
            bar = "#" * cells + " " * (self.width - cells)
            line = f"\r[{bar}] {self.done}/{self.total} {self.unit}"
        else:
            line = f"\r{self.done} {self.unit}"
        self.stream.write(line)
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        """Finish the bar's line (so later messages start on a line of their own)."""
        if self.shown:
            with contextlib.suppress(OSError, ValueError):
                self.stream.write("\n")
                self.stream.flush()
            self.shown = False


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
