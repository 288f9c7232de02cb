"""``check`` and ``fix``: is a text file already a clean article body, and make it one.

A file's clean form is its cleaned body, ``clean(data).text``, one paragraph per
line, in UTF-8, with a final newline (an empty file when nothing is left). The
cleaner is idempotent, so a file in its clean form passes ``check``.

``check`` lists why a file is not in its clean form, one finding per line,
``FILE:LINE: WHAT (WHY)``:

- ``LABEL (RULE)``: the line would be removed, e.g. ``nav (list-header)``;
- ``cut (RULE)``: boilerplate would be cut from a body line;
- ``normalise (KIND)``: the line's text would change, KIND being the Unicode
  repairs made on it (``nfc``, ``tcvn3``, ``tone``...), ``nul`` or ``whitespace``;
- ``layout (blank-line | line-ending | final-newline)``;
- ``encoding (NAME)``: the file is not plain UTF-8 and would be rewritten in it.

``fix`` writes the clean form over each file that is not in it, atomically (see
:mod:`vncleaner.fileio`), keeping the file's permissions; a symbolic link is
followed, its target rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from vncleaner.decode import decode
from vncleaner.document import Document, Line
from vncleaner.fileio import atomic_write, page_input
from vncleaner.normalize import ToneStyle

# Encodings a clean-form file may be read as: UTF-8 without a byte-order mark.
_PLAIN = frozenset({"utf-8", "str"})


@dataclass(frozen=True, order=True)
class Finding:
    """One reason a file is not in its clean form, at a line (0: the whole file)."""

    line: int
    what: str
    why: str

    def format(self, name: str) -> str:
        """``name:line: what (why)``, the line left out when it is 0.

        >>> Finding(3, "nav", "list-header").format("a.txt")
        'a.txt:3: nav (list-header)'
        """
        where = f"{name}:{self.line}" if self.line else name
        return f"{where}: {self.what} ({self.why})"


@dataclass(frozen=True)
class Verdict:
    """A file's findings and its clean form."""

    findings: tuple[Finding, ...]
    fixed: bytes
    changed: bool


def inspect(data: bytes, *, tone: ToneStyle = "keep") -> Verdict:
    """Compare page bytes with their clean form.

    >>> body = "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay Nội Bài."
    >>> verdict = inspect(f"Đọc thêm\\n{body}  \\n".encode())
    >>> [f.format("a.txt") for f in verdict.findings], verdict.fixed == f"{body}\\n".encode()
    (['a.txt:1: nav (list-header)', 'a.txt:2: normalise (whitespace)'], True)
    >>> inspect(verdict.fixed).changed
    False
    """
    from vncleaner.pipeline import clean

    doc = clean(page_input(data).data, tone=tone)
    fixed = (doc.text + "\n").encode("utf-8") if doc.text else b""
    findings = set(_file_findings(data)) | set(_line_findings(data, doc))
    if fixed != data and not findings:
        findings.add(Finding(0, "layout", "other"))
    return Verdict(tuple(sorted(findings)), fixed, fixed != data)


def _raw_lines(data: bytes) -> list[str]:
    text = decode(data).text.replace("\r\n", "\n").replace("\r", "\n")
    if not text:
        return []
    lines = text.split("\n")
    return lines[:-1] if text.endswith("\n") else lines


def _file_findings(data: bytes) -> list[Finding]:
    decoded = decode(data)
    findings = []
    if decoded.encoding not in _PLAIN:
        findings.append(Finding(1, "encoding", decoded.encoding))
    if "\r" in decoded.text:
        first = decoded.text[: decoded.text.index("\r")].count("\n") + 1
        findings.append(Finding(first, "layout", "line-ending"))
    text = decoded.text
    if text and not text.endswith(("\n", "\r")):
        findings.append(Finding(len(_raw_lines(data)), "layout", "final-newline"))
    return findings


def _line_findings(data: bytes, doc: Document) -> list[Finding]:
    raw = _raw_lines(data)
    findings = [
        Finding(number, "layout", "blank-line")
        for number, text in enumerate(raw, 1)
        if not text.replace("\x00", "").strip()
    ]
    for line in doc.lines:
        findings.extend(
            _findings_of(line, raw[line.number - 1] if line.number <= len(raw) else "", doc)
        )
    return findings


def _findings_of(line: Line, raw: str, doc: Document) -> list[Finding]:
    if line.label != "body":
        return [Finding(line.number, line.label, line.rule)]
    findings = []
    if line.cut:
        findings.append(Finding(line.number, "cut", line.rule))
    if raw != line.text:
        findings.append(Finding(line.number, "normalise", _normalise_kind(line.number, raw, doc)))
    return findings


def _normalise_kind(number: int, raw: str, doc: Document) -> str:
    kinds = [repair.kind for repair in doc.repairs if number in repair.lines]
    if kinds:
        return ", ".join(kinds)
    return "nul" if "\x00" in raw else "whitespace"


def fix_file(path: Path, *, tone: ToneStyle = "keep") -> Verdict:
    """Rewrite the file in its clean form if it is not (atomically); return the verdict."""
    target = path.resolve()
    verdict = inspect(target.read_bytes(), tone=tone)
    if verdict.changed:
        atomic_write(target, verdict.fixed)
    return verdict
