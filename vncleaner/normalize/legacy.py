"""Pre-Unicode Vietnamese font encodings shown as Latin-1 (TCVN3, VNI, VISCII), and
Windows-1258 decomposed text shown as Windows-1252, decoded word by word from tables.

A word is decoded when it is not a Vietnamese syllable and its decoding is one, and only
when at least two words of the line decode so (one word, such as "N°" read as VISCII
"Nồ", is no evidence). When moreover the whole line is in the legacy encoding (no
character outside its table and ASCII), the line is taken to be all legacy text and every
word whose decoding is a syllable is decoded: TCVN3 "nói" is "núi".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from vncleaner.normalize.tables.cp1258 import CP1258_AS_CP1252
from vncleaner.normalize.tables.tcvn3 import TCVN3
from vncleaner.normalize.tables.viscii import VISCII
from vncleaner.normalize.tables.vni import VNI
from vncleaner.syllables import is_syllable

_EVIDENCE = 2
# Words whose reading each font remembers before it starts again.
_KNOWN_WORDS = 65536
_LATIN1_LETTERS = frozenset(chr(code) for code in range(0xC0, 0x100)) - {"×", "÷"}
# A lone symbol ("©", "°") is a symbol, whatever a font table says.
_LETTER = re.compile("[A-Za-z{}]".format("".join(sorted(_LATIN1_LETTERS))))


@dataclass(frozen=True)
class LegacyFont:
    """Text in a legacy encoding, each byte shown as the Latin-1 character of that number.

    >>> LegacyFont("tcvn3", TCVN3).fix("§ång b»ng s«ng Hång")
    'Đồng bằng sông Hồng'
    >>> LegacyFont("vni", VNI).fix("Ngöôøi laäp bieåu")
    'Người lập biểu'
    """

    kind: str
    table: dict[str, str]
    # Plain character classes: the standard library's engine scans them several times
    # faster than the regex module's.
    _word: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _code: re.Pattern[str] = field(init=False, repr=False, compare=False)
    _domain: frozenset[str] = field(init=False, repr=False, compare=False)
    _known: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        chars = "".join(sorted({c for key in self.table for c in key} | _LATIN1_LETTERS))
        codes = sorted(self.table, key=len, reverse=True)
        word = f"(?:[A-Za-z]|[{re.escape(chars)}])+"
        object.__setattr__(self, "_word", re.compile(word))
        object.__setattr__(self, "_code", re.compile("|".join(map(re.escape, codes))))
        object.__setattr__(self, "_domain", frozenset(chars))
        object.__setattr__(self, "_known", {})

    def fix(self, line: str) -> str:
        # Count the words that decode before rewriting anything: most lines have fewer
        # than the evidence needs, and then the line stays as it is.
        if not self._evidence(line):
            return line
        broken = self._broken
        if self._all_legacy(line):
            return str(self._word.sub(lambda m: self._decode_if_syllable(m.group()), line))
        return str(self._word.sub(lambda m: broken(m.group()), line))

    def _evidence(self, line: str) -> bool:
        """True when at least ``_EVIDENCE`` different words of ``line`` decode (a unit
        written twice, "3.700m², … 1.000m²", is one word); stops counting there.

        >>> LegacyFont("viscii", VISCII)._evidence("rộng 3.700m², diện tích 1.000m²")
        False
        """
        known, fixed = self._known, set()
        for word in self._word.findall(line):
            decoded = known.get(word)
            if decoded is None:
                decoded = self._broken(word)
            if decoded != word:
                fixed.add(word)
                if len(fixed) >= _EVIDENCE:
                    return True
        return False

    def decode(self, word: str) -> str:
        decoded = self._code.sub(lambda m: self.table[m.group()], word)
        return unicodedata.normalize("NFC", decoded)

    def _broken(self, word: str) -> str:
        """The word decoded when it is no syllable and its decoding is; remembered."""
        known = self._known.get(word)
        if known is None:
            if len(self._known) >= _KNOWN_WORDS:
                self._known.clear()
            if is_syllable(word) or not _LETTER.search(word):
                known = word
            else:
                known = self._decode_if_syllable(word)
            self._known[word] = known
        return known

    def _decode_if_syllable(self, word: str) -> str:
        decoded = self.decode(word)
        return decoded if decoded != word and is_syllable(decoded) else word

    def _all_legacy(self, line: str) -> bool:
        return all(c.isascii() or c in self._domain for c in line)


LEGACY_FONTS = (
    LegacyFont("tcvn3", TCVN3),
    LegacyFont("vni", VNI),
    LegacyFont("viscii", VISCII),
    LegacyFont("cp1258-as-cp1252", CP1258_AS_CP1252),
)
