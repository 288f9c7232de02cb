"""Stage 1: bytes to text.

1. A byte-order mark decides (UTF-8, UTF-16 or UTF-32, either byte order); it is dropped.
2. Otherwise strict UTF-8. Bytes that are UTF-8 but for a few broken sequences (a page
   cut short, a stray byte) stay UTF-8, with those sequences replaced by U+FFFD.
3. Otherwise the page is in a single-byte code page. Windows-1258 (the Vietnamese
   Windows code page) and Windows-1252 (what most tools assume) are both tried, and the
   reading with fewer signs of damage (:func:`vncleaner.syllables.badness`)
   wins; a tie goes to Windows-1258. Bytes a code page leaves undefined are kept as the
   C1 control of the same number, as browsers do, so that a later repair can still use
   them; legacy font encodings (TCVN3, VNI, VISCII) come out as Latin-1 letters, which
   :func:`vncleaner.normalize.normalize` repairs.

:class:`Decoded` records the encoding used, how many characters were replaced, and in
``note`` why that encoding was chosen.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from dataclasses import replace as _replace

from vncleaner.syllables import badness

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
    note: str = ""


def decode(data: bytes | str) -> Decoded:
    """Turn page bytes into text; a ``str`` passes through.

    >>> decode("Việt Nam".encode()).encoding
    'utf-8'
    >>> decode("Hà Nam".encode("cp1258"))
    Decoded(text='Hà Nam', encoding='cp1258', replaced=0, note='not UTF-8; cp1258 reads best')
    >>> decode(b"Thu\\xd2 t\\xfd\\xf5\\xecng").text
    'Thủ tướng'
    """
    if isinstance(data, str):
        return Decoded(data, "str")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _replace(_lenient(data, encoding), note=f"{encoding} byte-order mark")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        if _mostly_utf8(data, error):
            return _replace(_lenient(data, "utf-8"), note="UTF-8 with broken sequences")
    return _single_byte(data)


def _single_byte(data: bytes) -> Decoded:
    """The better of Windows-1258 and Windows-1252, by the damage each reading shows."""
    readings = [_sloppy(data, codec) for codec in (FALLBACK_ENCODING, "cp1252")]
    best = min(readings, key=lambda d: badness(unicodedata.normalize("NFC", d.text)))
    return _replace(best, note=f"not UTF-8; {best.encoding} reads best")


def _sloppy(data: bytes, encoding: str) -> Decoded:
    chars = []
    for byte in data:
        try:
            chars.append(bytes([byte]).decode(encoding))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return Decoded(unicodedata.normalize("NFC", "".join(chars)), encoding)


def _mostly_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    """True when the bytes decode as UTF-8 but for a few broken sequences (truncation)."""
    text = data.decode("utf-8", errors="replace")
    return text.count("\ufffd") * 200 < len(text) or error.start >= len(data) - 3


def _lenient(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    if encoding == "utf-8-sig" or text.startswith("\ufeff"):
        text = text.lstrip("\ufeff")
    return Decoded(text, encoding, text.count("\ufffd"))
