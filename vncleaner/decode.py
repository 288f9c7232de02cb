"""Stage 1: bytes to text.

BOMs first, then strict UTF-8; text that is not UTF-8 is read as Windows-1258
(the Vietnamese Windows code page), and bytes it cannot map are replaced.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACK_ENCODING = "cp1258"


@dataclass(frozen=True)
class Decoded:
    """Text read from bytes, the encoding used, and how many bytes were replaced."""

    text: str
    encoding: str
    replaced: int = 0


def decode(data: bytes | str) -> Decoded:
    """Turn page bytes into text; a ``str`` passes through.

    >>> decode("Việt Nam".encode()).encoding
    'utf-8'
    >>> decode("Hà Nam".encode("cp1258"))
    Decoded(text='Hà Nam', encoding='cp1258', replaced=0)
    """
    if isinstance(data, str):
        return Decoded(data, "str")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _lenient(data, encoding)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        if _mostly_utf8(data, error):
            return _lenient(data, "utf-8")
    return _lenient(data, FALLBACK_ENCODING)


def _mostly_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    """True when the bytes decode as UTF-8 but for a few broken sequences (truncation)."""
    text = data.decode("utf-8", errors="replace")
    return text.count("\ufffd") * 200 < len(text) or error.start >= len(data) - 3


def _lenient(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    if encoding == "utf-8-sig" or text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    return Decoded(text, encoding, text.count("\ufffd"))
