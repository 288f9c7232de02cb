"""The article's own date and time."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from vncleaner import vocab
from vncleaner.dates import DATELINE_WORDS, ZONE, find_date
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine, Trigger
from vncleaner.rules.base import LineRule, Rule
from vncleaner.rules.nav import ListHeader
from vncleaner.shapes import HEADLINE_MIN_WORDS, is_headline, is_name
from vncleaner.syllables import words

DATELINE_MAX_OTHER_WORDS = 5
# A date with its time of day is the page's own stamp even beside the author's name and
# the section ("Thế Duyệt, Đời sống Pháp luật 16/07/2026 16:35"): more words allowed.
TIMED_MAX_OTHER_WORDS = 10
# Dates under this many headlines after the article: a list of other stories, stamped.
LISTED_DATES_MIN = 2
# A site's clock stands in its header, among the page's first lines.
CLOCK_MAX_INDEX = 10
_NOISE = re.compile(r"[\d\W_]+")
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
# A date under a label of its own, a range's first day or a deadline's words perhaps
# before it: "Ngày công chiếu: 10/02/2024", "Thời gian đặt hàng: 10-17/02/2023",
# "Thời hạn đăng ký: Đến hết ngày 27-7-2018".
_LABELLED = re.compile(
    r"(?P<label>[^\d:|]{2,40}):\s*(?:\d{1,2}\s*[-–]\s*"
    r"|(?i:(?:đến hết|đến|hết|trước|từ)\s+(?:ngày\s+)?))?"
)
# The labels of a page's own stamp: "Ngày đăng:", "Cập nhật:", "Xuất bản:".
_STAMP_LABEL = re.compile(
    r"(?i)(?:\s|ngày|đăng|lúc|cập\s+nhật|xuất\s+bản|chỉnh\s+sửa|thời\s+gian"
    r"|posted|published|updated|on|date)+"
)


# An hour written out ("Lúc 13 giờ 30, ngày 13/01/2015.", "Thời gian: 15 giờ, ngày
# 30-7-2018"): when something takes place; a page's stamp prints the clock ("13:30").
_SPOKEN_HOUR = re.compile(r"\b\d{1,2}\s+giờ\b")


class Dateline(LineRule):
    """A short line holding a date ("Tin tức 27/01/2026 14:50", "09:43 | 04/09/2025 GMT+7")."""

    name = "dateline"
    label: ClassVar[Label] = "dateline"
    # Every date pattern holds a year.
    trigger = Trigger.of(r"(?:19|20)\d\d", by_literals=True)
    textual = True

    def __init__(
        self,
        max_other_words: int = DATELINE_MAX_OTHER_WORDS,
        timed_max_other_words: int = TIMED_MAX_OTHER_WORDS,
    ) -> None:
        self.max_other_words = max_other_words
        self.timed_max_other_words = timed_max_other_words

    def match(self, line: PageLine) -> bool:
        if _SPOKEN_HOUR.search(line.text) is not None:
            return False
        timed = _TIME.search(line.text) is not None and not line.ends_sentence
        allowed = self.timed_max_other_words if timed else self.max_other_words
        if line.words > allowed + 8 or vocab.CLOCK.match(line.text):
            return False
        found = find_date(line.text)
        if found is None or _field_date(line.text[: found.start]):
            return False
        rest = line.text[: found.start] + " " + line.text[found.end :]
        rest = DATELINE_WORDS.sub(" ", ZONE.sub(" ", rest))
        return len(_NOISE.sub(" ", rest).split()) <= allowed


def _field_date(before: str) -> bool:
    """True when the date's label names something else than the page's stamp: a date the
    article gives (a film's release, an offer's days), not the day it was published.

    >>> _field_date("Ngày công chiếu: "), _field_date("Ngày đăng: "), _field_date("Tin tức ")
    (True, False, False)
    """
    field = _LABELLED.fullmatch(before)
    return field is not None and _STAMP_LABEL.fullmatch(field["label"].strip()) is None


class RelativeDateline(LineRule):
    """The page's stamp as a time ago, alone or after the author's name ("Phạm Hữu Thành 2 giờ trước")."""

    name = "relative-dateline"
    label: ClassVar[Label] = "dateline"
    trigger = Trigger.of(r" (?:trước|ago)\n", folded=True, by_literals=True)
    textual = True

    def match(self, line: PageLine) -> bool:
        found = vocab.RELATIVE_TIME.search(line.text)
        if found is None:
            return False
        lead = line.text[: found.start()].strip(" |,-–—·")
        return not lead or is_name(lead)


def _stamps(page: Page, dateline: Dateline, after: int, before: int) -> list[PageLine]:
    """The open lines shaped like a dateline between indices ``after`` and ``before``."""
    return [
        line
        for line in page.hit_by(Dateline.trigger)
        if after < line.index < before and line.open and dateline.match(line)
    ]


class ListedDate(Rule):
    """A date under each headline of a list of other stories after the article: their stamps."""

    name = "listed-date"
    label: ClassVar[Label] = "related"

    def __init__(self, min_dates: int = LISTED_DATES_MIN) -> None:
        self.min_dates = min_dates
        self._dateline = Dateline()

    def find(self, page: Page) -> Iterator[PageLine]:
        # After the article's last paragraph, or after the first list header under its
        # first one: the teasers of a list end in full stops too.
        last = page.last_paragraph
        header = next(
            (line.index for line in page.labelled("nav") if line.rule == ListHeader.name), last
        )
        start = min(last, header) if header > page.first_paragraph else last
        stamps = [
            line
            for line in _stamps(page, self._dateline, max(start, 0), len(page.lines))
            if is_headline(page.lines[line.index - 1]) or _stamped_headline(line.text)
        ]
        # One date after the article may be its own (updated at the foot); several, each
        # under a headline, are a list's.
        if len(stamps) >= self.min_dates:
            yield from stamps


def _stamped_headline(text: str) -> bool:
    """True when ``text`` is a headline with its date after it, as a list of other stories
    prints each.

    >>> _stamped_headline("Vinh danh 150 gương thanh niên tiêu biểu (15.04.2019 14:43)")
    True
    >>> _stamped_headline("Cập nhật lúc 14:43 ngày 15/04/2019"), _stamped_headline("Hà Nội, 15/4/2019")
    (False, False)
    """
    found = find_date(text)
    if found is None or found.end < len(text.rstrip(" )]")):
        return False
    lead = DATELINE_WORDS.sub(" ", text[: found.start])
    return len(words(lead)) >= HEADLINE_MIN_WORDS


class HeaderClock(Rule):
    """The site header's clock: a date atop the page, above the headline and its own date."""

    name = "header-clock"
    label: ClassVar[Label] = "nav"

    def __init__(self, max_index: int = CLOCK_MAX_INDEX) -> None:
        self.max_index = max_index
        self._dateline = Dateline()

    def find(self, page: Page) -> Iterator[PageLine]:
        # "Thứ Sáu, 10/7/2025, 09:52:10 gmt +7" over the menu is the day the page was
        # saved; the article's date is the one under (or over) its headline.
        top = min(page.first_paragraph, self.max_index)
        stamps = _stamps(page, self._dateline, -1, page.first_paragraph)
        if len(stamps) < 2 or stamps[0].index >= top:
            return
        clock, own = stamps[0], stamps[-1]
        lines = page.lines
        heads = [
            lines[index]
            for index in (own.index - 1, own.index + 1)
            if clock.index + 1 < index < len(lines) and is_headline(lines[index])
        ]
        if heads and clock.text != own.text:
            yield clock
