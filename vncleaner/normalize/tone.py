"""Where the tone mark goes in the open rhymes oa, oe and uy.

Vietnamese has two accepted placements, and pages use both:

* ``"first-vowel"``: the mark on the first vowel, o or u — "hòa", "khỏe", "thủy";
* ``"main-vowel"``: the mark on the main (second) vowel, a, e or y — "hoà", "khoẻ", "thuỷ".

Only open syllables differ: with a final consonant both put the mark on the main vowel
("hoàn", "huỳnh"), and after "qu" the u belongs to the consonant ("quý" either way).
``"keep"`` (the default of :func:`vncleaner.normalize`) leaves each word as the page wrote
it: both placements are correct, and a cleaner should not rewrite what a page wrote unless
asked. :func:`same_text` compares two texts in one placement.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

import regex

from vncleaner.syllables import TONE_MARKS

ToneStyle = Literal["keep", "first-vowel", "main-vowel"]
TONE_STYLES: tuple[ToneStyle, ...] = ("keep", "first-vowel", "main-vowel")
_TONE = f"[{TONE_MARKS}]"
# Onset (not qu, not gi), then o/u, an optional tone, a/e/y, an optional tone, word end.
_OPEN_RHYME = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])((?:ngh|ng|nh|ch|kh|ph|th|tr|[bcdđghklmnprstvx])?)"
    rf"(?i:(?<!q)([ou])({_TONE}?)([aey])({_TONE}?))(?![\p{{L}}\p{{M}}])",
    regex.IGNORECASE,
)
_PAIRS = frozenset({"oa", "oe", "uy"})


def place_tones(text: str, style: ToneStyle) -> str:
    """Put tone marks of oa/oe/uy words in one placement; the result is NFC.

    >>> place_tones("Hoà bình, thủy lợi, khoẻ, hoàn", "first-vowel")
    'Hòa bình, thủy lợi, khỏe, hoàn'
    >>> place_tones("Hòa bình, THỦY lợi, khỏe, quý", "main-vowel")
    'Hoà bình, THUỶ lợi, khoẻ, quý'
    """
    if style == "keep":
        return text
    decomposed = unicodedata.normalize("NFD", text)
    moved = _OPEN_RHYME.sub(lambda m: _move(m, style), decomposed)
    return unicodedata.normalize("NFC", moved)


def _move(match: regex.Match[str], style: ToneStyle) -> str:
    onset, first, tone_first, second, tone_second = match.groups()
    if (first + second).lower() not in _PAIRS:
        return str(match.group())
    tone = tone_first or tone_second
    if style == "first-vowel":
        return f"{onset}{first}{tone}{second}"
    return f"{onset}{first}{second}{tone}"


def same_text(a: str, b: str, style: ToneStyle = "first-vowel") -> bool:
    """True when ``a`` and ``b`` differ at most in NFC form and tone-mark placement.

    >>> same_text("Thảm hoạ", "Thảm họa"), same_text("hòa", "hoa")
    (True, False)
    """
    nfc_a, nfc_b = unicodedata.normalize("NFC", a), unicodedata.normalize("NFC", b)
    return place_tones(nfc_a, style) == place_tones(nfc_b, style)
