"""Verse the article quotes, kept as body before a headline or caption rule could take it.

Lục bát, the verse of ca dao and of Truyện Kiều, runs in couplets: a line of six
syllables, then one of eight, the sixth syllable of the first rhyming with the sixth of
the second ("Bây giờ trâm gẫy gương *tan* / Kể làm sao xiết muôn *vàn* ái ân"). Short
lines with no sentence's end, set one under another, read like a box of headlines or a
picture's caption; the count and the rhyme tell the poem from them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import ClassVar

from vncleaner.labels import Label
from vncleaner.page import Page, PageLine
from vncleaner.rules.base import Rule
from vncleaner.syllables import PLAIN_ONSETS, without_marks

# A lục bát couplet: six syllables, then eight.
SIX, EIGHT = 6, 8
# The lines of a couplet stand one under the other, or a blank line apart.
VERSE_MAX_GAP = 1
# Words split by spaces may count a stray dash, quote or emphasis mark beside the syllables.
STRAY_MARKS = 2

_SYLLABLE = re.compile(r"[^\W\d_]+")
# The consonants a syllable without marks opens on; what follows them is its rhyme ("tan"
# rhymes "an").
_ONSET = re.compile(f"^(?:{PLAIN_ONSETS})")


def syllables(text: str) -> list[str]:
    """The syllables of a line, its dashes, quotes and emphasis left out.

    >>> syllables("_– Bây giờ trâm gẫy gương tan,_")
    ['Bây', 'giờ', 'trâm', 'gẫy', 'gương', 'tan']
    """
    return _SYLLABLE.findall(text)


def rhyme(syllable: str) -> str:
    """The syllable's rhyme: its letters after the opening consonants, without marks.

    >>> rhyme("vàn"), rhyme("Nghiêng"), rhyme("đêm")
    ('an', 'ieng', 'em')
    """
    return _ONSET.sub("", without_marks(syllable).lower(), count=1)


def rhymes(first: str, second: str) -> bool:
    """True when the two syllables rhyme; a glide before the vowel does not count ("tan",
    "oan").

    >>> rhymes("tan", "vàn"), rhymes("oan", "tàn"), rhymes("thu", "Du"), rhymes("tan", "tình")
    (True, True, True, False)
    """
    a, b = rhyme(first), rhyme(second)
    return bool(a) and bool(b) and (a.endswith(b) or b.endswith(a))


def couplet(six: PageLine, eight: PageLine) -> bool:
    """A lục bát couplet: six syllables over eight, the two sixth syllables rhyming."""
    if eight.gap > VERSE_MAX_GAP:
        return False
    first, second = syllables(six.text), syllables(eight.text)
    return len(first) == SIX and len(second) == EIGHT and rhymes(first[-1], second[SIX - 1])


class Verse(Rule):
    """Lục bát couplets quoted in the text: a six-syllable line over a rhyming eight."""

    name = "verse"
    label: ClassVar[Label] = "body"

    def find(self, page: Page) -> Iterator[PageLine]:
        for six, eight in pairwise(page.lines):
            # The word count first, the cheap test; the syllables only for its pairs.
            if (
                SIX <= six.words <= SIX + STRAY_MARKS
                and EIGHT <= eight.words <= EIGHT + STRAY_MARKS
                and six.open
                and eight.open
                and couplet(six, eight)
            ):
                yield six
                yield eight
