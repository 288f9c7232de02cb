"""JSON Lines streams: clean one field of every record, add what was learnt about it.

Each input line holding a JSON object comes out as that object with its field
(``text`` by default) replaced by the cleaned body and a ``vncleaner`` object
added (or replaced in place): ``title``, ``published`` (ISO 8601), ``authors``,
``source`` and ``removed``, the count of removed lines by label. Every other key
keeps its value and place; values are written back as JSON (non-ASCII as is).

A line that is not such a record (invalid JSON or UTF-8, not an object, the field
missing or not a string) comes out exactly as it went in, and is reported. A
blank line comes out blank, unreported. So the output always has one line per
input line, in input order.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from dataclasses import field as _field
from typing import IO, Any

from vncleaner.document import Document

DEFAULT_FIELD = "text"
RESULT_KEY = "vncleaner"
# Records sent to a worker at a time: large enough to pay for the trip, small
# enough to keep the in-flight window (and so memory) small.
CHUNK_LINES = 64


def clean_record(
    line: str, field: str = DEFAULT_FIELD, *, options: Mapping[str, Any] | None = None
) -> tuple[str, str | None]:
    """One JSONL line cleaned: ``(output line without its newline, error or None)``.

    ``options`` are keyword arguments for :func:`vncleaner.clean` (``tone``, ...).
    On an error the output is ``line`` unchanged. Never raises.

    >>> out, error = clean_record('{"id": 7, "text": "Đọc thêm"}')
    >>> out, error
    ('{"id": 7, "text": "", "vncleaner": {"title": null, "published": null, "authors": [], "source": null, "removed": {"nav": 1}}}', None)
    >>> clean_record('[1, 2]')
    ('[1, 2]', 'not a JSON object')
    >>> clean_record('{"body": "x"}', "text")
    ('{"body": "x"}', 'no "text" field')
    """
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return line, "not valid UTF-8"
    record, error = _parse(line, field)
    if record is None:
        return line, error
    try:
        doc = _clean(record[field], options or {})
    except Exception as failure:  # one odd record must not end the stream
        return line, f"cannot clean the {field!r} field: {type(failure).__name__}: {failure}"
    record[field] = doc.text
    record[RESULT_KEY] = summary(doc)
    return _dump(record), None


def _parse(line: str, field: str) -> tuple[dict[str, Any] | None, str | None]:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as error:
        return None, f"invalid JSON: {error}"
    if not isinstance(record, dict):
        return None, "not a JSON object"
    if field not in record:
        return None, f"no {json.dumps(field, ensure_ascii=False)} field"
    if not isinstance(record[field], str):
        return None, f"the {json.dumps(field, ensure_ascii=False)} field is not a string"
    return record, None


def _clean(text: str, options: Mapping[str, Any]) -> Document:
    from vncleaner.pipeline import clean

    return clean(text, **options)


def _dump(record: dict[str, Any]) -> str:
    out = json.dumps(record, ensure_ascii=False)
    try:
        out.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a \\ud800 escape: keep it escaped
        out = json.dumps(record)
    return out


def summary(doc: Document) -> dict[str, Any]:
    """The ``vncleaner`` object of a record: metadata and removed-line counts by label."""
    removed = Counter(line.label for line in doc.removed)
    return {
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "authors": list(doc.authors),
        "source": doc.source,
        "removed": dict(sorted(removed.items())),
    }


@dataclass(frozen=True)
class Outcome:
    """One input line's output line (without newline), and its error if it was bad."""

    line: bytes
    error: str | None = None


def clean_line(
    raw: bytes, field: str = DEFAULT_FIELD, options: Mapping[str, Any] | None = None
) -> Outcome:
    """:func:`clean_record` on raw bytes (a line without its newline)."""
    if not raw.strip():
        return Outcome(raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return Outcome(raw, f"not valid UTF-8 (byte {error.start + 1})")
    out, problem = clean_record(text, field, options=options)
    return Outcome(raw, problem) if problem else Outcome(out.encode("utf-8"))


@dataclass(frozen=True)
class Chunk:
    """Consecutive lines of one stream, sent to a worker together."""

    lines: tuple[bytes, ...]
    field: str = DEFAULT_FIELD
    name: str = "<stdin>"
    start: int = 1
    options: Mapping[str, Any] = _field(default_factory=dict)


@dataclass(frozen=True)
class ChunkResult:
    """The outcomes of a chunk's lines, with where the chunk stands in its stream."""

    name: str
    start: int
    outcomes: tuple[Outcome, ...]

    def numbered(self) -> Iterator[tuple[int, Outcome]]:
        """Each outcome with its 1-based line number in the stream."""
        return enumerate(self.outcomes, self.start)


def clean_chunk(chunk: Chunk) -> ChunkResult:
    """:func:`clean_line` over a chunk (the unit of work of a worker process)."""
    outcomes = tuple(clean_line(raw, chunk.field, chunk.options) for raw in chunk.lines)
    return ChunkResult(chunk.name, chunk.start, outcomes)


def read_chunks(
    streams: Iterable[tuple[str, IO[bytes]]],
    field: str = DEFAULT_FIELD,
    size: int = CHUNK_LINES,
    options: Mapping[str, Any] | None = None,
) -> Iterator[Chunk]:
    """The lines of each named stream in turn, in chunks of at most ``size``; lazily.

    Lines end at ``\\n`` only (a JSON string may hold U+2028 and other separators);
    the newline is dropped.

    >>> import io
    >>> [(c.name, c.start, c.lines) for c in read_chunks([("a", io.BytesIO(b"1\\n2\\n3"))], size=2)]
    [('a', 1, (b'1', b'2')), ('a', 3, (b'3',))]
    """
    for name, stream in streams:
        batch: list[bytes] = []
        start = 1
        for raw in stream:
            batch.append(raw[:-1] if raw.endswith(b"\n") else raw)
            if len(batch) >= size:
                yield Chunk(tuple(batch), field, name, start, options or {})
                start += len(batch)
                batch = []
        if batch:
            yield Chunk(tuple(batch), field, name, start, options or {})
