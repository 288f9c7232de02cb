"""Lists of facts the article gives as "Key: value" lines, kept as body before any rule
could take one of them alone.

A laptop's specifications ("CPU: Intel Core i5", "Màn hình: 13.3 inch", "Đồ họa: Intel
Iris Xe Graphics") or a film's ("Thể loại: Hài hước", "Ngày công chiếu: 10/02/2024") read,
line by line, like a photo credit, a date, a short headline or a picture's alt text. A
run of them under one of the article's paragraphs, with keys of its own, is the article's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from vncleaner import vocab
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine, Trigger
from vncleaner.rules.base import Rule

FACT_LIST_MIN_LINES = 3
FACT_MAX_WORDS = 30
# A paragraph this close above or below: the list stands inside the article (a
# masthead's and a footer's fields are mostly page fields, and taken before).
FACT_LIST_PARAGRAPH_WITHIN = 6

# "Key: value", a list mark perhaps before it; the key is a few words, no figure opening
# it and no sentence mark inside ("Theo ông A, …: …" is a sentence); not a web address.
_FACT = re.compile(r"(?:[-*+•]\s+)?(?P<key>[^\W\d_][^\d:.,;!?()\[\]]{0,30}?)\s*:(?!//)\s*\S")
_KEY_MAX_WORDS = 4
_COLON = Trigger.of(":")


def fact_key(line: PageLine) -> str | None:
    """The lower-case key of a "Key: value" line, or None.

    >>> from vncleaner.page import Page
    >>> [fact_key(line) for line in Page.from_text(*2 * ("RAM: 8GB\\nTheo ông A, x: y",)).lines]
    ['ram', None]
    """
    if line.words > FACT_MAX_WORDS:
        return None
    fact = _FACT.match(line.text)
    if fact is None or fact["key"].count(" ") >= _KEY_MAX_WORDS:
        return None
    return fact["key"].lower()


def among_facts(page: Page, line: PageLine) -> bool:
    """True when ``line`` is a "Key: value" line stacked with another under a different
    key: one of a list of facts, never a headline.

    >>> from vncleaner.page import Page
    >>> page = Page.from_text(*2 * ("Vị trí: Biên Hòa\\nQuy mô: 48ha\\n\\nHà Nội: mưa to",))
    >>> [among_facts(page, line) for line in page.lines]
    [True, True, False]
    """
    key = fact_key(line)
    if key is None:
        return False
    above, below = page.before(line), page.after(line)
    stacked = (above if not line.gap else None, below if below and not below.gap else None)
    return any(other is not None and fact_key(other) not in (None, key) for other in stacked)


def _runs(page: Page, min_lines: int) -> Iterator[list[PageLine]]:
    """Runs of ``min_lines`` open fact lines or more, one after another, keys all different."""
    run: list[PageLine] = []
    keys: set[str] = set()
    for line in page.hit_by(_COLON):
        key = fact_key(line) if line.open else None
        follows = bool(run) and line.index == run[-1].index + 1
        if key is None or key in keys or not follows:
            if len(run) >= min_lines:
                yield run
            run, keys = ([line], {key}) if key is not None else ([], set())
            continue
        run.append(line)
        keys.add(key)
    if len(run) >= min_lines:
        yield run


class FactList(Rule):
    """Three or more "Key: value" lines beside a paragraph, most keys not a page field's."""

    name = "fact-list"
    label: ClassVar[Label] = "body"

    def __init__(
        self,
        min_lines: int = FACT_LIST_MIN_LINES,
        paragraph_within: int = FACT_LIST_PARAGRAPH_WITHIN,
    ) -> None:
        self.min_lines = min_lines
        self.paragraph_within = paragraph_within

    def find(self, page: Page) -> Iterator[PageLine]:
        for run in _runs(page, self.min_lines):
            keys = [fact_key(line) or "" for line in run]
            fields = sum(vocab.PAGE_FIELD_KEY.fullmatch(key) is not None for key in keys)
            if fields * 2 < len(keys) and self._among_paragraphs(page, run):
                yield from run

    def _among_paragraphs(self, page: Page, run: list[PageLine]) -> bool:
        """A paragraph close above the run, or close below it (a description opening on
        its facts: "Tên dự án: …", "Vị trí: …", then the text)."""
        first, last = run[0].index, run[-1].index
        start = max(-1, first - self.paragraph_within - 1)
        end = min(len(page.lines), last + self.paragraph_within + 1)
        return page.paragraphs_between(start, first) + page.paragraphs_between(last, end) > 0
