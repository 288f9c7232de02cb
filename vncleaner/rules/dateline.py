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
from vncleaner.shapes import is_headline, is_name

DATELINE_MAX_OTHER_WORDS = 5
# A date with its time of day is the page's own stamp even beside the author's name and
# the section ("Thế Duyệt, Đời sống Pháp luật 16/07/2026 16:35"): more words allowed.
TIMED_MAX_OTHER_WORDS = 10
# Dates under this many headlines after the article: a list of other stories, stamped.
LISTED_DATES_MIN = 2
_NOISE = re.compile(r"[\d\W_]+")
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
# A date under a label of its own, a range's first day perhaps before it: "Ngày công
# chiếu: 10/02/2024", "Thời gian đặt hàng: 10-17/02/2023".
_LABELLED = re.compile(r"(?P<label>[^\d:|]{2,40}):\s*(?:\d{1,2}\s*[-–]\s*)?")
# The labels of a page's own stamp: "Ngày đăng:", "Cập nhật:", "Xuất bản:".
_STAMP_LABEL = re.compile(
    r"(?i)(?:\s|ngày|đăng|lúc|cập\s+nhật|xuất\s+bản|chỉnh\s+sửa|thời\s+gian"
    r"|posted|published|updated|on|date)+"
)


class Dateline(LineRule):
    """A short line holding a date ("Tin tức 27/01/2026 14:50", "09:43 | 04/09/2025 GMT+7")."""

    name = "dateline"
    label: ClassVar[Label] = "dateline"
    # Every date pattern holds a year.
    trigger = Trigger.of(r"(?:19|20)\d\d")
    textual = True

    def __init__(
        self,
        max_other_words: int = DATELINE_MAX_OTHER_WORDS,
        timed_max_other_words: int = TIMED_MAX_OTHER_WORDS,
    ) -> None:
        self.max_other_words = max_other_words
        self.timed_max_other_words = timed_max_other_words

    def match(self, line: PageLine) -> bool:
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
    trigger = Trigger.of(r" trước\n", folded=True, needs=(" trước\n",))
    textual = True

    def match(self, line: PageLine) -> bool:
        found = vocab.RELATIVE_TIME.search(line.text)
        if found is None:
            return False
        lead = line.text[: found.start()].strip(" |,-–—·")
        return not lead or is_name(lead)


class ListedDate(Rule):
    """A date under each headline of a list of other stories after the article: their stamps."""

    name = "listed-date"
    label: ClassVar[Label] = "related"

    def __init__(self, min_dates: int = LISTED_DATES_MIN) -> None:
        self.min_dates = min_dates
        self._dateline = Dateline()

    def find(self, page: Page) -> Iterator[PageLine]:
        last = page.last_paragraph
        stamps = [
            line
            for line in page.hit_by(Dateline.trigger)
            if line.index > max(last, 0)
            and line.open
            and is_headline(page.lines[line.index - 1])
            and self._dateline.match(line)
        ]
        # One date after the article may be its own (updated at the foot); several, each
        # under a headline, are a list's.
        if len(stamps) >= self.min_dates:
            yield from stamps
