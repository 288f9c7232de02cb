"""UTF-8 that was read as a single-byte code page (or as Korean cp949), undone span by span.

Every UTF-8 character beyond ASCII is a lead byte and one to three continuation bytes. Read
as Windows-1252, "ệ" (E1 BB 87) shows as "á»‡"; read as Mac Roman, "í" (C3 AD) shows as
"√≠". A :class:`Misread` finds exactly those lead-plus-continuation shapes in the code
page's characters and turns each back into the one character it was, so a line may mix
broken and correct spans. Whether the result is kept is decided by the caller
(:func:`vncleaner.normalize.encoding.repair_encoding`), by :func:`badness`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NBSP = 0xA0


def _bytes_of(codec: str) -> dict[str, int]:
    """The character each high byte shows as in ``codec``; undefined bytes show as the C1
    control of the same number, as browsers and Latin-1 readers do."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        try:
            table.setdefault(bytes([byte]).decode(codec), byte)
        except UnicodeDecodeError:
            table.setdefault(chr(byte), byte)
    for byte in range(0x80, 0xA0):
        table.setdefault(chr(byte), byte)
    return table


def _char_class(table: dict[str, int], low: int, high: int) -> str:
    chars = "".join(re.escape(c) for c, b in table.items() if low <= b <= high)
    return f"[{chars}]"


def _sequence_pattern(table: dict[str, int], space_is_nbsp: bool) -> re.Pattern[str]:
    lead2, lead3 = _char_class(table, 0xC2, 0xDF), _char_class(table, 0xE0, 0xEF)
    lead4, cont = _char_class(table, 0xF0, 0xF4), _char_class(table, 0x80, 0xBF)
    # A no-break space (byte A0) that became a plain space can only end a sequence.
    last = f"(?:{cont}| )" if space_is_nbsp else cont
    return re.compile(f"{lead2}{last}|{lead3}{cont}{last}|{lead4}{cont}{cont}{last}")


@dataclass(frozen=True)
class Misread:
    """UTF-8 read as ``codec``; ``fix`` re-reads each damaged span as UTF-8.

    >>> Misread("cp1252", space_is_nbsp=True).fix("Tiáº¿ng Viá»‡t, hÃ ng")
    'Tiếng Việt, hàng'
    >>> Misread("cp1252", space_is_nbsp=True).fix("nghiêng đổ Þ tác giả")
    'nghiêng đổ Þ tác giả'
    >>> Misread("mac_roman").fix("t√≠ch c·ª±c")
    'tích cực'
    """

    codec: str
    space_is_nbsp: bool = False
    _table: dict[str, int] = field(init=False, repr=False, compare=False)
    _pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        table = _bytes_of(self.codec)
        object.__setattr__(self, "_table", table)
        object.__setattr__(self, "_pattern", _sequence_pattern(table, self.space_is_nbsp))

    @property
    def kind(self) -> str:
        return f"utf8-as-{self.codec}"

    def fix(self, line: str) -> str:
        return str(self._pattern.sub(self._reread, line))

    def _reread(self, match: re.Match[str]) -> str:
        span: str = match.group()
        data = bytes(_NBSP if c == " " else self._table[c] for c in span)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return span
        # A plain space is read as a lost no-break space only where that makes a Latin
        # letter ("hÃ ng": "hàng"); "Þ " (a Symbol-font arrow) would make a Thaana letter.
        return text if span[-1] != " " or _latin(text) else span


def _latin(char: str) -> bool:
    """True for a Latin letter: up to the IPA block, or Latin Extended Additional (ạ…ỹ)."""
    return ord(char) < 0x250 or 0x1E00 <= ord(char) <= 0x1EFF


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# Runs whose re-reading a multibyte misread remembers before it starts again.
_KNOWN_RUNS = 65536


@dataclass(frozen=True)
class MultibyteMisread:
    """UTF-8 read as a double-byte code page (cp949): each non-ASCII run re-read whole.

    >>> MultibyteMisread("cp949").fix("B찼t X찼t")
    'Bát Xát'
    """

    codec: str
    # Re-readings by run: most runs fail to encode, and a failed encoding is slow.
    _known: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def kind(self) -> str:
        return f"utf8-as-{self.codec}"

    def fix(self, line: str) -> str:
        return str(_NON_ASCII_RUN.sub(self._reread, line))

    def _reread(self, match: re.Match[str]) -> str:
        span: str = match.group()
        known = self._known.get(span)
        if known is None:
            if len(self._known) >= _KNOWN_RUNS:
                self._known.clear()
            try:
                known = span.encode(self.codec).decode("utf-8")
            except UnicodeError:
                known = span
            self._known[span] = known
        return known


MISREADS: tuple[Misread | MultibyteMisread, ...] = (
    Misread("cp1252", space_is_nbsp=True),
    Misread("cp1258", space_is_nbsp=True),
    Misread("mac_roman"),
    Misread("cp437"),
    MultibyteMisread("cp949"),
)
