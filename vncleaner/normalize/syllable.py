"""Well-formed Vietnamese syllables: the yardstick every encoding repair is judged by.

A repair is kept only when it turns words that are not Vietnamese syllables (and characters
that only mojibake produces) into words that are. Correct Vietnamese scores zero, so no
repair can ever improve on it: that is what keeps correct text untouched.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

# Tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_SHARP_OR_HEAVY = frozenset("\u0301\u0323")
_ONSETS = [
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
        "|".join(sorted(_ONSETS, key=len, reverse=True)),
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
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")


def badness(line: str) -> int:
    """Count the signs of damage in ``line``: non-ASCII words that are not Vietnamese
    syllables, plus characters that only mojibake produces. Correct Vietnamese scores 0.

    >>> badness("Tiếng Việt"), badness("Tiáº¿ng Viá»‡t"), badness("Zürich")
    (0, 5, 2)
    """
    words = sum(1 for w in _WORD.findall(line) if not w.isascii() and not is_syllable(w))
    return words + sum(1 for c in line if c in MOJIBAKE_CHARACTERS)
