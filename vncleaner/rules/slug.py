"""URL slugs printed as text: Vietnamese written without its diacritics."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from vncleaner import vocab
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine
from vncleaner.rules.base import Rule
from vncleaner.shapes import is_name
from vncleaner.syllables import has_diacritics, plain_syllable_share, words

SLUG_MIN_WORDS = 3
SLUG_MIN_SYLLABLE_SHARE = 0.6
# The page must otherwise be written with diacritics for unaccented text to stand out.
PAGE_MIN_ACCENTED_SHARE = 0.25
# "… hinh anh 1": alt text that a CMS made from the slug.
_ALT_SLUG = re.compile(r"(?i)\bhinh anh \d{1,3}$")
# A web site's name ("Thoibao.de", "soha.vn"): a slug is a page's path, printed without one.
_DOMAIN = re.compile(r"\w\.(?:[a-z]{2,6})\b")


def is_slug(text: str) -> bool:
    """Unaccented Vietnamese syllables, not a name and not English.

    >>> is_slug("infographic nghi quyet 80 nqtw 8 nhiem vu giai phap phat trien van hoa")
    True
    >>> is_slug("The quick brown fox jumps over the lazy dog"), is_slug("Nguyen Van Anh")
    (False, False)
    >>> is_slug("Trung Khoa – Thoibao.de")
    False
    """
    if has_diacritics(text) or _DOMAIN.search(text):
        return False
    if _ALT_SLUG.search(text):
        return True
    found = words(text)
    return (
        len(found) >= SLUG_MIN_WORDS
        and plain_syllable_share(text) >= SLUG_MIN_SYLLABLE_SHARE
        and not is_name(text)
    )


class Slug(Rule):
    """A line of unaccented Vietnamese in a page otherwise written with diacritics."""

    name = "slug"
    label: ClassVar[Label] = "slug"

    def find(self, page: Page) -> Iterator[PageLine]:
        # The page's share of accented words is only worth counting once a slug shows up.
        slugs = [line for line in page.lines if line.open and is_slug(line.text)]
        if slugs and page.accented >= PAGE_MIN_ACCENTED_SHARE:
            yield from slugs


# The alt text of a picture, linked or not: "![alt](a.jpg)", "[![alt](a.jpg)](/b)".
_ALT = re.compile(r"!\[([^\[\]]*)\]")


def picture_alt(text: str) -> str | None:
    """The alt text of a line that is one picture, linked or not; None for any other line.

    >>> picture_alt("[![5 bai tap don gian-Hinh-2](https://a.vn/2.jpg)](https://a.vn/b)")
    '5 bai tap don gian-Hinh-2'
    >>> picture_alt("![Ảnh 1](a.jpg) Camera ghi lại") is None
    True
    """
    stub = vocab.IMAGE_STUB.match(text)
    if stub is not None:
        return stub.group(1) or ""
    if vocab.LINKED_IMAGE.fullmatch(text) is None:
        return None
    alt = _ALT.search(text)
    return alt.group(1) if alt else None


class SlugAlt(Rule):
    """A picture whose alt text is an unaccented slug ("du doan nhung gam mau … - 1")."""

    name = "slug-alt"
    label: ClassVar[Label] = "slug"

    def find(self, page: Page) -> Iterator[PageLine]:
        slugs = [
            line
            for line in page.lines
            if line.open and "![" in line.text and is_slug(picture_alt(line.bare) or "")
        ]
        if slugs and page.accented >= PAGE_MIN_ACCENTED_SHARE:
            yield from slugs
