"""Vietnamese syllables with and without their diacritics.

Shared by the slug rule and the Unicode stage: tells whether a word is written
with Vietnamese diacritics, and whether an ASCII word has the shape of a
Vietnamese syllable stripped of them ("nghi", "quyet", "nhiem"), which English
words mostly do not ("flight", "and", "with").
"""

from __future__ import annotations

import re

# Letters that only Vietnamese diacritics produce (lower and upper case), đ included.
_VN_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VN_CHARS = _VN_LETTERS + _VN_LETTERS.upper()
DIACRITIC = re.compile(f"[{_VN_CHARS}]")
# One word: letters (any script) with inner apostrophes or hyphens.
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_NUCLEUS = (
    r"(?:uye|uya|uyu|oai|oay|oao|oeo|uoi|uou|uay|uai|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|"
    r"oi|oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)"
)
_CODA = r"(?:ng|nh|ch|[cmnpt])?"
PLAIN_SYLLABLE = re.compile(f"{_ONSET}{_NUCLEUS}{_CODA}", re.IGNORECASE)


def has_diacritics(text: str) -> bool:
    """True when ``text`` holds a letter that only Vietnamese diacritics make.

    >>> has_diacritics("Việt Nam"), has_diacritics("Viet Nam")
    (True, False)
    """
    return DIACRITIC.search(text) is not None


def is_plain_syllable(word: str) -> bool:
    """True when an ASCII ``word`` has the shape of a Vietnamese syllable without marks.

    >>> [is_plain_syllable(w) for w in ("nghi", "quyet", "flight", "and")]
    [True, True, False, False]
    """
    return word.isascii() and PLAIN_SYLLABLE.fullmatch(word) is not None


def words(text: str) -> list[str]:
    """The letter words of ``text``, numbers and punctuation left out.

    >>> words("Ngày 5/9, ông Năm (41 tuổi) nói")
    ['Ngày', 'ông', 'Năm', 'tuổi', 'nói']
    """
    return WORD.findall(text)


def accented_share(text: str) -> float:
    """The share of words written with Vietnamese diacritics (0.0 for no words).

    >>> accented_share("Tô Lâm ở Vientiane")
    0.75
    """
    found = words(text)
    if not found:
        return 0.0
    return sum(1 for w in found if DIACRITIC.search(w)) / len(found)


def plain_syllable_share(text: str) -> float:
    """The share of words that are Vietnamese syllables written without diacritics.

    >>> plain_syllable_share("nghi quyet 80 nqtw phat trien van hoa")
    0.8571428571428571
    """
    found = words(text)
    if not found:
        return 0.0
    return sum(1 for w in found if is_plain_syllable(w)) / len(found)
