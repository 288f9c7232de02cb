"""Vietnamese syllables with and without their diacritics: one module for every stage.

The Unicode stage judges each repair by whether it leaves well-formed syllables
(:func:`is_syllable`, :func:`badness`); the rules ask whether a word is written with
Vietnamese diacritics (:func:`has_diacritics`) and whether an ASCII word has the shape of
a syllable stripped of them ("nghi", "quyet", "nhiem"), which English words mostly do not
("flight", "and", "with"): :func:`is_plain_syllable`, the slug rule's test. Both read the
same tables of onsets, vowels and letters.

A repair is kept only when it turns words that are not Vietnamese syllables (and
characters that only mojibake produces) into words that are. Correct Vietnamese scores
zero, so no repair can ever improve on it: that is what keeps correct text untouched.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

# Tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_SHARP_OR_HEAVY = frozenset("\u0301\u0323")
ONSETS = [
    "ngh",
    "ng",
    "nh",
    "ch",
    "gh",
    "gi",
    "kh",
    "ph",
    "th",
    "tr",
    "qu",
    "b",
    "c",
    "d",
    "đ",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "x",
]
_RHYMES = frozenset(
    [
        "a",
        "ai",
        "ao",
        "au",
        "ay",
        "ac",
        "ach",
        "am",
        "an",
        "ang",
        "anh",
        "ap",
        "at",
        "ăc",
        "ăm",
        "ăn",
        "ăng",
        "ăp",
        "ăt",
        "âc",
        "âm",
        "ân",
        "âng",
        "âp",
        "ât",
        "âu",
        "ây",
        "e",
        "eo",
        "ec",
        "em",
        "en",
        "eng",
        "ep",
        "et",
        "ê",
        "êu",
        "êch",
        "êm",
        "ên",
        "êng",
        "ênh",
        "êp",
        "êt",
        "i",
        "ia",
        "iu",
        "ich",
        "im",
        "in",
        "inh",
        "ip",
        "it",
        "iêc",
        "iêm",
        "iên",
        "iêng",
        "iêp",
        "iêt",
        "iêu",
        "y",
        "yêm",
        "yên",
        "yêt",
        "yêu",
        "ynh",
        "ych",
        "yt",
        "o",
        "oi",
        "oc",
        "om",
        "on",
        "ong",
        "op",
        "ot",
        "ooc",
        "oong",
        "ô",
        "ôi",
        "ôc",
        "ôm",
        "ôn",
        "ông",
        "ôp",
        "ôt",
        "ơ",
        "ơi",
        "ơm",
        "ơn",
        "ơp",
        "ơt",
        "u",
        "ua",
        "ui",
        "uc",
        "um",
        "un",
        "ung",
        "up",
        "ut",
        "uôc",
        "uôi",
        "uôm",
        "uôn",
        "uông",
        "uôt",
        "ư",
        "ưa",
        "ưi",
        "ưu",
        "ưc",
        "ưm",
        "ưn",
        "ưng",
        "ưt",
        "ươc",
        "ươi",
        "ươm",
        "ươn",
        "ương",
        "ươp",
        "ươt",
        "ươu",
        "oa",
        "oai",
        "oay",
        "oac",
        "oach",
        "oam",
        "oan",
        "oang",
        "oanh",
        "oap",
        "oat",
        "oăc",
        "oăm",
        "oăn",
        "oăng",
        "oăt",
        "oe",
        "oeo",
        "oen",
        "oet",
        "uân",
        "uâng",
        "uât",
        "uây",
        "uê",
        "uêch",
        "uênh",
        "uy",
        "uya",
        "uyu",
        "uych",
        "uyn",
        "uynh",
        "uyp",
        "uyt",
        "uyên",
        "uyêt",
        "uơ",
    ]
)
_STOP_FINALS = ("c", "ch", "p", "t")
_SHAPE = regex.compile(
    "(?:{})?({})".format(
        "|".join(sorted(ONSETS, key=len, reverse=True)),
        "|".join(sorted(_RHYMES, key=len, reverse=True)),
    )
)
VOWELS = frozenset("aăâeêioôơuưy")
_LETTERS = frozenset("bcdđghklmnpqrstvx") | VOWELS


def _letters() -> frozenset[str]:
    """Every precomposed Vietnamese letter: 12 vowels x 6 tones, and đ, in both cases."""
    found = set()
    for base in VOWELS:
        for tone in ("", *TONE_MARKS):
            found.add(unicodedata.normalize("NFC", base + tone))
    found |= {"đ"}
    return frozenset(found | {c.upper() for c in found})


VIETNAMESE_LETTERS = _letters()


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True when ``word`` is one well-formed Vietnamese syllable, in any usual letter case.

    >>> [is_syllable(w) for w in ("Việt", "NGHIÊNG", "hoà", "hòa", "Viêòt", "lỔ", "Hµ")]
    [True, True, True, True, False, False, False]
    """
    if not _usual_case(word):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
    if not set(base) <= _LETTERS:
        return False
    shape = _SHAPE.fullmatch(base)
    if shape is None:
        return False
    if shape.group(1).endswith(_STOP_FINALS):
        return bool(tones) and tones[0] in _SHARP_OR_HEAVY
    return True


def _usual_case(word: str) -> bool:
    return word in (word.lower(), word.upper()) or word[1:] == word[1:].lower()


def _mojibake_characters() -> frozenset[str]:
    """Characters that UTF-8 read in a single-byte code page turns into, bar real letters."""
    found: set[str] = {chr(code) for code in range(0x80, 0xA0)}
    for codec in ("cp1252", "cp1258", "mac_roman", "cp437", "latin-1"):
        found |= {bytes([b]).decode(codec, "ignore") for b in range(0x80, 0x100)}
    found -= VIETNAMESE_LETTERS | set(_TYPOGRAPHY) | {"", "\u00a0"}
    return frozenset(c for c in found if not unicodedata.combining(c))


# Punctuation that correct Vietnamese pages use all the time.
_TYPOGRAPHY = "‘’“”–—…•"
MOJIBAKE_CHARACTERS = _mojibake_characters()
_LETTER_RUN = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_MOJIBAKE = re.compile("[{}]".format(re.escape("".join(sorted(MOJIBAKE_CHARACTERS)))))


def badness(line: str) -> int:
    """Count the signs of damage in ``line``: non-ASCII words that are not Vietnamese
    syllables, plus characters that only mojibake produces. Correct Vietnamese scores 0.

    >>> badness("Tiếng Việt"), badness("Tiáº¿ng Viá»‡t"), badness("Zürich")
    (0, 5, 2)
    """
    words = sum(1 for w in _LETTER_RUN.findall(line) if not w.isascii() and not is_syllable(w))
    return words + len(_MOJIBAKE.findall(line))


# Letters that only Vietnamese diacritics produce (lower and upper case), đ included.
_VN_CHARS = "".join(sorted(letter for letter in VIETNAMESE_LETTERS if not letter.isascii()))
DIACRITIC = re.compile(f"[{_VN_CHARS}]")
# One word: letters (any script) with inner apostrophes or hyphens.
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# The onsets an ASCII word can spell: all but "đ" (as a pattern's alternation).
PLAIN_ONSETS = "|".join(onset for onset in ONSETS if onset.isascii())
_ONSET = f"(?:{PLAIN_ONSETS})?"
_NUCLEUS = (
    r"(?:uye|uya|uyu|oai|oay|oao|oeo|uoi|uou|uay|uai|ieu|yeu|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|"
    r"oi|oo|ua|ue|ui|uo|uu|uy|ye|a|e|i|o|u|y)"
)
_CODA = r"(?:ng|nh|ch|[cmnpt])?"
PLAIN_SYLLABLE = re.compile(f"{_ONSET}{_NUCLEUS}{_CODA}", re.IGNORECASE)

# Unaccented syllables run together with no space or hyphen, as CMS alt text and file
# names write a keyword ("antoanmang"): three at least, since two ("chiase", "timkiem")
# are as often a button's name.
_SYLLABLE_RUN = re.compile(f"(?:{PLAIN_SYLLABLE.pattern}){{3,8}}", re.IGNORECASE)
_FEW_SYLLABLES = re.compile(f"(?:{PLAIN_SYLLABLE.pattern}){{1,2}}", re.IGNORECASE)
GLUED_MAX_LETTERS = 40


def is_glued_syllables(word: str) -> bool:
    """True when an ASCII ``word`` in lower case is three or more unaccented syllables run
    together. In capitals it is a name or a word of another language ("Olive", "Mobile").

    >>> [is_glued_syllables(w) for w in ("antoanmang", "chiase", "facebook", "Olive")]
    [True, False, False, False]
    """
    return (
        len(word) <= GLUED_MAX_LETTERS
        and word.isascii()
        and word.islower()
        and _SYLLABLE_RUN.fullmatch(word) is not None
        and _FEW_SYLLABLES.fullmatch(word) is None
    )


def has_diacritics(text: str) -> bool:
    """True when ``text`` holds a letter that only Vietnamese diacritics make.

    >>> has_diacritics("Việt Nam"), has_diacritics("Viet Nam")
    (True, False)
    """
    return DIACRITIC.search(text) is not None


def _unmarked() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for letter in VIETNAMESE_LETTERS | {letter.upper() for letter in VIETNAMESE_LETTERS}:
        base = "".join(
            c for c in unicodedata.normalize("NFD", letter) if not unicodedata.combining(c)
        )
        if base != letter and len(base) == 1:
            table[ord(letter)] = base
    return table


# Each marked Vietnamese letter to its bare letter, for str.translate (one C pass).
_UNMARKED = _unmarked()


def without_marks(text: str) -> str:
    """``text`` with its Vietnamese letters written without marks, as a page whose
    converter dropped them prints it.

    >>> without_marks("Có thể bạn quan tâm: Đọc thêm")
    'Co the ban quan tam: Doc them'
    """
    return text.translate(_UNMARKED)


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
