"""Fields a converter writes above the page: YAML front matter and reader headers.

Markdown exports of a site start with a front matter block between ``---`` lines
("title: …", "slug: …", "thumbnail: …"); reader services start with a header
("Title: …", "URL Source: …", "Markdown Content:"). Each field is labelled by its key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from vncleaner import vocab
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine
from vncleaner.rules.base import Rule

FRONT_MATTER_MAX_LINES = 40
HEADER_MIN_FIELDS = 2

_DELIMITER = "---"
_FIELD = re.compile(r"([A-Za-z][A-Za-z_ -]{0,24}):(?:\s+\S.*)?")
# A YAML list item or continuation under a key ("- tin tức").
_CONTINUATION = re.compile(r"\s*-\s+\S.*|\s+\S.*")


def field_keys(page: Page) -> dict[int, str]:
    """The field lines at the top of ``page``: line index to lower-case key ("" for ``---``).

    >>> page = Page.from_text(*2 * ("---\\ntitle: Tin\\nuse: true\\n---\\nThân bài.",))
    >>> field_keys(page)
    {0: '', 1: 'title', 2: 'use', 3: ''}
    """
    lines = page.lines
    if not lines:
        return {}
    if lines[0].text == _DELIMITER:
        return _front_matter(lines)
    return _reader_header(lines)


def _front_matter(lines: list[PageLine]) -> dict[int, str]:
    keys = {0: ""}
    key = ""
    for line in lines[1:FRONT_MATTER_MAX_LINES]:
        if line.text == _DELIMITER:
            keys[line.index] = ""
            return keys
        field = _FIELD.fullmatch(line.text)
        if field is None and not (key and _CONTINUATION.fullmatch(line.text)):
            return {}
        key = field.group(1).lower() if field else key
        keys[line.index] = key
    return {}


def _reader_header(lines: list[PageLine]) -> dict[int, str]:
    keys: dict[int, str] = {}
    for line in lines:
        field = _FIELD.fullmatch(line.text)
        key = field.group(1).lower() if field else None
        if key not in vocab.HEADER_FIELDS:
            break
        keys[line.index] = key
    return keys if len(keys) >= HEADER_MIN_FIELDS else {}


class FieldRule(Rule):
    """Base of the field rules: claims the top-of-page fields whose key it names."""

    keys: ClassVar[frozenset[str]]
    # A field left empty ("Author:") says nothing of the article: only the catch-all takes it.
    takes_empty: ClassVar[bool] = False

    def find(self, page: Page) -> Iterator[PageLine]:
        for index, key in page.derived(field_keys).items():
            line = page.lines[index]
            if self.wanted(key) and (self.takes_empty or not line.text.endswith(":")):
                yield line

    def wanted(self, key: str) -> bool:
        """True when this rule labels a field with ``key``."""
        return key in self.keys


class TitleField(FieldRule):
    """A converter's title field ("title: …", "Title: …")."""

    name = "title-field"
    label: ClassVar[Label] = "title"
    keys = vocab.FIELD_KEYS["title"]


class SlugField(FieldRule):
    """A converter's slug field ("slug: 12-doi-du-asian-cup")."""

    name = "slug-field"
    label: ClassVar[Label] = "slug"
    keys = vocab.FIELD_KEYS["slug"]


class ImageField(FieldRule):
    """A converter's image field ("thumbnail: images/anh.webp")."""

    name = "image-field"
    label: ClassVar[Label] = "image"
    keys = vocab.FIELD_KEYS["image"]


class DateField(FieldRule):
    """A converter's date field ("created_at: 2025-07-21 09:11:41", "Published Time: …")."""

    name = "date-field"
    label: ClassVar[Label] = "dateline"
    keys = vocab.FIELD_KEYS["dateline"]


class SourceField(FieldRule):
    """A converter's author or address field ("author: …", "URL Source: https://…")."""

    name = "source-field"
    label: ClassVar[Label] = "byline"
    keys = vocab.FIELD_KEYS["byline"]


class LeadField(FieldRule):
    """A converter's lead field ("description: …"): the article's lead, kept as body."""

    name = "lead-field"
    label: ClassVar[Label] = "body"
    keys = vocab.FIELD_KEYS["body"]


class OtherField(FieldRule):
    """Any other field, and the ``---`` around front matter."""

    name = "other-field"
    label: ClassVar[Label] = "nav"
    keys = frozenset()
    takes_empty = True

    def wanted(self, key: str) -> bool:
        return True


def field_rules() -> tuple[Rule, ...]:
    """The field rules, in running order: the catch-all last, after the lead is kept."""
    return (
        TitleField(), SlugField(), ImageField(), DateField(), SourceField(), LeadField(),
        OtherField(),
    )  # fmt: skip
