"""Photo captions, alt text and photo credits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from vncleaner import vocab
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine
from vncleaner.rules.base import LineRule, Rule
from vncleaner.syllables import words

CAPTION_MAX_WORDS = 80
FOLLOWER_MAX_WORDS = 40
ALT_MIN_OVERLAP = 0.7
PULL_QUOTE_MIN_WORDS = 10
PULL_QUOTE_MAX_WORDS = 60
_TABLE_CELL_END = re.compile(r"[.!?…][\"'”’)]*\s*\|$")
# Labels of lines that an image's caption follows.
_PICTURE = frozenset({"image", "slug"})


class PhotoCredit(LineRule):
    """A line ending with a photo or video credit ("… Ảnh: Phạm Duy.", "(Ảnh: T.L)")."""

    name = "photo-credit"
    label: ClassVar[Label] = "caption"

    def match(self, line: PageLine) -> bool:
        text = line.text
        return line.words <= CAPTION_MAX_WORDS and (
            vocab.CREDIT.search(text) is not None
            or vocab.CREDIT_LEAD.match(text) is not None
            or vocab.CREDIT_NO_COLON.search(text) is not None
        )


class NumberedAlt(LineRule):
    """Alt text numbered by the CMS ("… - Ảnh 1.", "… - Hình 2"), or glued to "blank"."""

    name = "numbered-alt"
    label: ClassVar[Label] = "caption"

    def match(self, line: PageLine) -> bool:
        text = line.text
        return (
            vocab.ALT_NUMBER.search(text) is not None
            or vocab.BLANK_ALT.match(text) is not None
            or vocab.PHOTO_LEFT_RIGHT.match(text) is not None
        )


class TableCaption(LineRule):
    """A caption row of a markdown table: a sentence closed by "|"."""

    name = "table-caption"
    label: ClassVar[Label] = "caption"

    def match(self, line: PageLine) -> bool:
        return _TABLE_CELL_END.search(line.text) is not None


def _token_overlap(a: str, b: str) -> float:
    left, right = set(words(a.lower())), set(words(b.lower()))
    if not left or not right:
        return 0.0
    return len(left & right) / max(len(left), len(right))


class HeadlineAlt(Rule):
    """The headline (or a shortened headline) again as an image's alt text."""

    name = "headline-alt"
    label: ClassVar[Label] = "caption"

    def find(self, page: Page) -> Iterator[PageLine]:
        title = page.title
        if title is None:
            return
        for line in page.lines:
            if line.open and _token_overlap(line.text, title) >= ALT_MIN_OVERLAP:
                yield line


class CaptionFollower(Rule):
    """The line right under an image, alt text or lone credit: the photo's caption."""

    name = "caption-follower"
    label: ClassVar[Label] = "caption"

    def find(self, page: Page) -> Iterator[PageLine]:
        for line in page.lines:
            below = page.after(line)
            if below is None or not below.open or below.words > FOLLOWER_MAX_WORDS:
                continue
            alt = line.rule in {"headline-alt", "numbered-alt"} and below.gap <= 1
            picture = line.label in _PICTURE and below.gap <= 1
            if alt or picture:
                yield below


class CreditOwner(Rule):
    """The line right above a credit standing alone ("Video: Đức Huy"): its caption."""

    name = "credit-owner"
    label: ClassVar[Label] = "caption"

    def find(self, page: Page) -> Iterator[PageLine]:
        for line in page.lines:
            above = page.before(line)
            if (
                above is not None
                and above.open
                and line.gap == 0
                and above.words <= FOLLOWER_MAX_WORDS
                and vocab.CREDIT_LEAD.match(line.text)
                and line.words <= 6
            ):
                yield above


class PullQuote(Rule):
    """A sentence of the body printed again in a box beside it."""

    name = "pull-quote"
    label: ClassVar[Label] = "caption"

    def find(self, page: Page) -> Iterator[PageLine]:
        keyed = {line.index: " ".join(words(line.text.lower())) for line in page.lines}
        for line in page.lines:
            if not (
                line.open
                and line.ends_sentence
                and PULL_QUOTE_MIN_WORDS <= line.words <= PULL_QUOTE_MAX_WORDS
            ):
                continue
            key = keyed[line.index]
            if any(
                other.open and len(text) > len(key) and key in text
                for other in page.lines
                if (text := keyed[other.index])
            ):
                yield line
