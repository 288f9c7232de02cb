"""What counts as a crash: one check per fuzz target, taking the fuzzer's raw bytes.

Each check raises (any exception, or :class:`PropertyBroken`) when the code under test
misbehaves on that input, and returns None otherwise. The fuzz targets call them under
atheris; ``tests/test_fuzz_regressions.py`` replays every kept crash input through them,
so this module imports nothing but the standard library and vncleaner.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Sequence
from types import ModuleType

from vncleaner import LABELS, clean, clean_text, normalize
from vncleaner.decode import decode
from vncleaner.normalize.tone import TONE_STYLES, ToneStyle

# Field names the JSONL check asks for: the default, another plausible one, and odd ones.
RECORD_FIELDS = ("text", "content", "", "\u0000", "Nội dung")
JSONL_MODULE = "vncleaner.jsonl"


class PropertyBroken(AssertionError):
    """A property of the cleaner failed on an input (as opposed to an exception)."""


def as_text(data: bytes) -> str:
    """Read fuzzer bytes as text, every byte string to a distinct ``str``.

    Valid UTF-8 reads as itself; any other byte becomes a lone surrogate (as
    ``surrogateescape`` does), a ``str`` that ``json.loads`` or a file read with
    ``errors="surrogateescape"`` can hand the library too.

    >>> as_text("Hà".encode() + b"\\xff")
    'Hà\\udcff'
    """
    return data.decode("utf-8", errors="surrogateescape")


def is_subsequence(part: Sequence[str], whole: Sequence[str]) -> bool:
    """True when ``part`` appears in ``whole`` in order, gaps allowed.

    >>> is_subsequence(["a", "c"], ["a", "b", "c"]), is_subsequence(["c", "a"], ["a", "c"])
    (True, False)
    """
    items = iter(whole)
    return all(any(item == wanted for item in items) for wanted in part)


def _expect(holds: bool, message: str) -> None:
    if not holds:
        raise PropertyBroken(message)


def check_page(page: str | bytes) -> None:
    """``clean`` on one page: no exception, body a subsequence of the normalised lines,
    every kept line labelled body, ``clean_text`` idempotent, the result deterministic."""
    doc = clean(page)
    lines = [line for line in normalize(decode(page).text).split("\n") if line]
    _expect(is_subsequence(doc.paragraphs, lines), "body is not a subsequence of the lines")
    _expect(all(line.label in LABELS for line in doc.lines), "a line has an unknown label")
    _expect(all(line.label == "body" for line in doc.lines if line.kept), "kept non-body")
    _expect(clean_text(doc.text) == doc.text, "clean_text is not idempotent")
    _expect(clean(page) == doc, "clean is not deterministic")


def check_clean(data: bytes) -> None:
    """The ``clean`` target: an odd first byte hands the rest to ``clean`` as bytes (the
    decode stage sees it), an even one as text."""
    page = data[1:]
    check_page(page if data and data[0] % 2 else as_text(page))


def _tone(data: bytes) -> ToneStyle:
    return TONE_STYLES[data[0] % len(TONE_STYLES)] if data else "keep"


def check_normalize(data: bytes) -> None:
    """The ``normalize`` target: no exception, line count kept, idempotent, for a tone
    style chosen by the first byte (the rest is the text)."""
    tone, text = _tone(data), as_text(data[1:])
    once = normalize(text, tone=tone)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n")
    _expect(once.count("\n") == lines, "normalize changed the number of lines")
    _expect(normalize(once, tone=tone) == once, f"normalize is not idempotent (tone={tone})")
    _expect(normalize(text, tone=tone) == once, "normalize is not deterministic")


def jsonl_module() -> ModuleType | None:
    """The JSONL reader's module, or None while it does not exist yet."""
    try:
        return importlib.import_module(JSONL_MODULE)
    except ModuleNotFoundError as error:
        if error.name != JSONL_MODULE:
            raise
        return None


def check_record(data: bytes, clean_record: Callable[[str, str], tuple[str, str | None]]) -> None:
    """``clean_record`` on one line: never raises, returns ``(str, str | None)``, gives the
    line back unchanged whenever it reports an error, else one JSON object line, and is
    deterministic. The first byte chooses the field name asked for; the rest is the line."""
    field = RECORD_FIELDS[data[0] % len(RECORD_FIELDS)] if data else "text"
    line = as_text(data[1:])
    result = clean_record(line, field)
    _expect(isinstance(result, tuple) and len(result) == 2, "result is not a pair")
    out, error = result
    _expect(isinstance(out, str), "output line is not a str")
    _expect(error is None or isinstance(error, str), "error is neither None nor a str")
    _expect(error is None or out == line, "the line changed although an error was reported")
    if error is None and line.strip():
        _check_cleaned_record(out, field)
    _expect(clean_record(line, field) == result, "clean_record is not deterministic")


def _check_cleaned_record(out: str, field: str) -> None:
    """A cleaned record is one writable JSONL line: UTF-8, no newline, an object whose
    ``field`` holds the cleaned text."""
    try:
        out.encode("utf-8")
    except UnicodeEncodeError as error:
        raise PropertyBroken(f"the output line is not UTF-8: {error}") from error
    _expect("\n" not in out and "\r" not in out, "the output record spans several lines")
    record = json.loads(out)
    _expect(isinstance(record, dict), "the output is not a JSON object")
    _expect(isinstance(record.get(field), str), f"the output has no string {field!r} field")


def check_jsonl(data: bytes) -> None:
    """The JSONL target; raises ``ModuleNotFoundError`` while the reader is missing."""
    module = jsonl_module()
    if module is None:
        raise ModuleNotFoundError(f"{JSONL_MODULE} does not exist yet", name=JSONL_MODULE)
    check_record(data, module.clean_record)


CHECKS: dict[str, Callable[[bytes], None]] = {
    "clean": check_clean,
    "normalize": check_normalize,
    "jsonl": check_jsonl,
}
