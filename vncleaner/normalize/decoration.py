"""Letters dressed up to look different, and characters that render as nothing.

Small capitals ("Tʜᴇᴏ"), mathematical bold or italic letters ("𝐕𝐢ệ𝐭"), Cyrillic or
Greek look-alikes inside Latin words ("Viеt" with a Cyrillic е), and combining underlines
or strokes are turned back into plain letters. Words wholly in Cyrillic or Greek are
real words and are left alone.
"""

from __future__ import annotations

import re
import unicodedata

import regex

from vncleaner.normalize.tables.lookalikes import LOOKALIKES, SMALL_CAPITALS

# Combining marks that only decorate: low line, double low line, overline, strokes, slash.
_DECORATIVE_MARKS = re.compile("[\u0305\u0332\u0333\u033f\u0334-\u0338]+")
_MATH_LETTERS = re.compile("[\U0001d400-\U0001d6a5\U0001d7ce-\U0001d7ff]")
_SMALL_CAPITAL = re.compile("[{}]".format("".join(SMALL_CAPITALS)))
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_LOOKALIKE = re.compile("[{}]".format("".join(LOOKALIKES)))
# A word holding neither a small capital nor a look-alike is left as it is: one search
# of the line spares most lines the word-by-word pass.
_DRESSED = re.compile("[{}{}]".format("".join(SMALL_CAPITALS), "".join(LOOKALIKES)))
_LATIN = regex.compile(r"\p{Latin}")
# Every key is one character: a translation table replaces them as the class-and-map
# substitution would, in one pass.
_SMALL_CAPITAL_TABLE = str.maketrans(SMALL_CAPITALS)
_LOOKALIKE_TABLE = str.maketrans(LOOKALIKES)
# Invisible: zero-width space and non-joiner, word joiner, BOM inside text, soft hyphen,
# and a zero-width joiner unless it joins two emoji (family and profession emoji); and the
# control characters no text shows (C0 but tab and line ends, DEL, C1), once the encoding
# repairs that read C1 bytes have run. The separators Python counts as white space
# (\x1c-\x1f, NEL) are not dropped: they fold to a space with the rest. (An emoji takes a
# mark or two, a variation selector; the bound keeps the look-behind's reading short.)
INVISIBLE = regex.compile(
    r"[\u200b\u200c\u2060\ufeff\u00ad\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]"
    r"|(?<!\p{Extended_Pictographic}\p{M}{0,4})\u200d"
    r"|\u200d(?!\p{Extended_Pictographic})"
)
HINT = regex.compile(
    "[\u0305\u0332\u0333\u033f\u0334-\u0338\U0001d400-\U0001d7ff{}{}]".format(
        "".join(SMALL_CAPITALS), "".join(LOOKALIKES)
    )
)


def undecorate(line: str) -> str:
    """Plain letters for small capitals, math letters, look-alikes and decorative marks.

    >>> undecorate("Tʜᴇᴏ 𝐕𝐢𝐞𝐭 Nаm N\u0332a\u0332m Москва /bɪt/")
    'Theo Viet Nam Nam Москва /bɪt/'
    """
    line = _DECORATIVE_MARKS.sub("", line)
    line = _MATH_LETTERS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), line)
    if _DRESSED.search(line) is None:
        return line
    return str(_WORD.sub(_plain_word, line))


def _plain_word(match: regex.Match[str]) -> str:
    word: str = match.group()
    if _DRESSED.search(word) is None:
        return word
    small = len(_SMALL_CAPITAL.findall(word))
    if small * 2 >= len(word):
        word = word.translate(_SMALL_CAPITAL_TABLE)
    if not _LOOKALIKE.search(word) or not _LATIN.search(word):
        return word
    return word.translate(_LOOKALIKE_TABLE)


def remove_invisible(line: str) -> str:
    """Drop characters that render as nothing (keeping the joiner inside emoji).

    >>> remove_invisible("Vi\u200bệt\u00adNam 👨\u200d👩\u200d👧")
    'ViệtNam 👨\u200d👩\u200d👧'
    >>> remove_invisible("Hà\\x00 Nội\\x7f\\x9d")
    'Hà Nội'
    """
    return str(INVISIBLE.sub("", line))
