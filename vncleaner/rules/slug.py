"""URL slugs printed as text: Vietnamese written without its diacritics."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from vncleaner.labels import Label
from vncleaner.page import Page, PageLine, Trigger
from vncleaner.rules.base import Rule
from vncleaner.rules.image import picture_alt
from vncleaner.shapes import is_name
from vncleaner.syllables import (
    has_diacritics,
    is_glued_syllables,
    is_plain_syllable,
    plain_syllable_share,
    words,
)

SLUG_MIN_WORDS = 3
SLUG_MIN_SYLLABLE_SHARE = 0.6
SLUG_MODEL_MIN_SYLLABLES = 2
# The page must otherwise be written with diacritics for unaccented text to stand out.
PAGE_MIN_ACCENTED_SHARE = 0.25
# "… hinh anh 1": alt text that a CMS made from the slug.
_ALT_SLUG = re.compile(r"(?i)\bhinh anh \d{1,3}$")
# "Hinh anh rewear.renew 1": the same CMS's alt text opening on the words, whatever the
# name between them (a shop's handle may look like a web address).
_ALT_SLUG_OPENING = re.compile(r"(?i)^hinh anh\s.+\s\d{1,3}$")
# Words of a file's name joined by hyphens, then its number: "laptop-mini-1". The words
# need not be Vietnamese; two numbers of one stem or more make a series of pictures.
_NUMBERED_STEM = re.compile(r"([a-z]+(?:-[a-z]+)+)-(\d{1,3})")
_NUMBERED_STEM_TRIGGER = Trigger.of(r"\n[a-z]+(?:-[a-z]+)+-\d{1,3}\n")
NUMBERED_SLUG_MIN = 2
# A web site's name ("Thoibao.de", "soha.vn"): a slug is a page's path, printed without one.
_DOMAIN = re.compile(r"\w\.(?:[a-z]{2,6})\b")


_NAME_EDGES = " .*•+"


def is_slug(text: str) -> bool:
    """Unaccented Vietnamese syllables, not a name and not English.

    >>> is_slug("infographic nghi quyet 80 nqtw 8 nhiem vu giai phap phat trien van hoa")
    True
    >>> is_slug("The quick brown fox jumps over the lazy dog"), is_slug("Nguyen Van Anh")
    (False, False)
    >>> is_slug("Trung Khoa – Thoibao.de"), is_slug("antoanmang"), is_slug("Hinh anh rewear.renew 1")
    (False, True, True)
    >>> is_slug("* KDL Ao Vua.")
    False
    """
    if has_diacritics(text):
        return False
    if _ALT_SLUG.search(text) or _ALT_SLUG_OPENING.match(text):
        return True
    if _DOMAIN.search(text):
        return False
    # One token of words joined by hyphens: a file name's or an address's form of a slug
    # ("dien-thoai-bi-hack-1").
    if " " not in text and is_glued_syllables(text):  # "antoanmang": alt text run together
        return True
    if "-" in text and " " not in text:
        text = text.replace("-", " ")
    found = words(text)
    if len(found) < SLUG_MIN_WORDS:
        return False
    # A name keeps its list mark or full stop ("* KDL Ao Vua."): a place, not a slug.
    return (
        plain_syllable_share(text) >= SLUG_MIN_SYLLABLE_SHARE
        and not is_name(text.strip(_NAME_EDGES))
    ) or _slug_with_model(found)


def _slug_with_model(found: list[str]) -> bool:
    """An alt slug that opens in lower case on unaccented syllables and carries a model's
    name in capitals ("cau hinh ROG Strix Scar 16 18"): its lower-case words are all
    Vietnamese syllables, two or more.

    >>> _slug_with_model(words("tan nhiet ROG Strix Scar 16 18"))
    True
    >>> _slug_with_model(words("iPhone 15 Pro Max")), _slug_with_model(words("pre order asus rog"))
    (False, False)
    """
    lower = [word for word in found if word.islower()]
    return (
        found[0].islower()
        and len(lower) >= SLUG_MODEL_MIN_SYLLABLES
        and all(is_plain_syllable(word) for word in lower)
    )


class Slug(Rule):
    """A line of unaccented Vietnamese in a page otherwise written with diacritics."""

    name = "slug"
    label: ClassVar[Label] = "slug"

    def find(self, page: Page) -> Iterable[PageLine]:
        return _in_accented_page(
            page, [line for line in page.lines if line.open and is_slug(line.text)]
        )


def _in_accented_page(page: Page, slugs: list[PageLine]) -> list[PageLine]:
    """``slugs``, if the page is otherwise written with diacritics; else none.

    The page's share of accented words is only worth counting once a slug shows up.
    """
    return slugs if slugs and page.accented >= PAGE_MIN_ACCENTED_SHARE else []


class SlugAlt(Rule):
    """A picture whose alt text is an unaccented slug ("du doan nhung gam mau … - 1")."""

    name = "slug-alt"
    label: ClassVar[Label] = "slug"

    def find(self, page: Page) -> Iterable[PageLine]:
        return _in_accented_page(
            page,
            [
                line
                for line in page.lines
                if line.open and "![" in line.text and is_slug(picture_alt(line.bare) or "")
            ],
        )


class NumberedSlug(Rule):
    """A file-name slug numbered down the page, "laptop-mini-1" to "laptop-mini-10"."""

    name = "numbered-slug"
    label: ClassVar[Label] = "slug"

    def find(self, page: Page) -> Iterable[PageLine]:
        numbers: dict[str, set[str]] = {}
        found: list[tuple[str, PageLine]] = []
        for line in page.hit_by(_NUMBERED_STEM_TRIGGER):
            stem = _NUMBERED_STEM.fullmatch(line.text) if line.open else None
            if stem is not None:
                numbers.setdefault(stem[1], set()).add(stem[2])
                found.append((stem[1], line))
        series = [line for stem, line in found if len(numbers[stem]) >= NUMBERED_SLUG_MIN]
        return _in_accented_page(page, series)
