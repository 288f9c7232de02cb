"""Triggers: a match stays on its line, the literal search finds what the scan finds, and
the body read again keeps the page's hits."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache

import pytest

from benchmarks.hostile import SHAPES, make
from tests.test_rules import corpus_pages
from vncleaner import clean
from vncleaner.literals import required_literals
from vncleaner.page import Page, Trigger, triggers
from vncleaner.rules.nav import Masthead

HOSTILE_SIZE = 20_000
LOCAL = [trigger for trigger in triggers() if not trigger.spans]


@cache
def pages() -> list[Page]:
    """The corpus pages and one page of each hostile shape, as the rules see them."""
    hostile = [make(shape, HOSTILE_SIZE) for shape in SHAPES]
    return [*corpus_pages(), *(Page.from_text(text, text) for text in hostile)]


def _text(page: Page, trigger: Trigger) -> str:
    return page.folded if trigger.folded else page.framed


def _plain_scan(page: Page, trigger: Trigger) -> list[int]:
    """The lines in which a match starts, with no check of where it ends."""
    text, starts, found = _text(page, trigger), page._starts, []
    match = trigger.pattern.search(text) if starts else None
    while match is not None:
        index = bisect_right(starts, match.start()) - 1
        found.append(index)
        if index == len(starts) - 1:
            break
        match = trigger.pattern.search(text, starts[index + 1])
    return found


def _trigger_id(trigger: Trigger) -> str:
    return ("folded:" if trigger.folded else "") + trigger.pattern.pattern[:40]


@pytest.mark.parametrize("trigger", LOCAL, ids=_trigger_id)
def test_no_match_runs_past_its_line(trigger: Trigger) -> None:
    """The contract that lets a line be tried alone: on real and hostile pages, a match
    never needs the lines below its own."""
    for page in pages():
        hits = [line.index for line in page._scan(trigger, _text(page, trigger))]
        assert hits == _plain_scan(page, trigger), page.text[:80]


@pytest.mark.parametrize("trigger", [t for t in LOCAL if t.by_literals], ids=_trigger_id)
def test_lines_found_by_literals_are_the_lines_a_scan_finds(trigger: Trigger) -> None:
    tried_alone = 0
    for page in pages():
        text = _text(page, trigger)
        expected = page._scan(trigger, text)
        assert page._find_hits(trigger) == expected, page.text[:80]
        tried_alone += page._lines_holding(text, trigger.needs) is not None
    assert tried_alone > len(pages()) // 2


@pytest.mark.parametrize("trigger", triggers(), ids=_trigger_id)
def test_pattern_literals_are_there_wherever_it_matches(trigger: Trigger) -> None:
    """The literals read off every trigger's pattern, not only those looked for at run
    time: on real and hostile pages, each line a match starts in holds one of them."""
    needs = required_literals(trigger.pattern)
    for page in pages():
        text = _text(page, trigger)
        for line in page._scan(trigger, text):
            start = page._starts[line.index]
            # The line with its two newlines; a match that spans lines runs on below.
            end = len(text) if trigger.spans else start + len(line.text) + 2
            assert not needs or any(text.find(need, start, end) >= 0 for need in needs)


def test_body_read_again_keeps_the_hits_it_would_scan() -> None:
    """The re-read body takes its source page's hits: the same lines as scanning it anew."""
    for page in corpus_pages()[::7]:
        for trigger in LOCAL:
            page.hit_by(trigger)
        kept = page.lines[::2]
        inherited = Page.of_body(kept, source=page)
        fresh = Page.of_body(kept)
        for trigger in triggers():
            assert [line.index for line in inherited.hit_by(trigger)] == [
                line.index for line in fresh.hit_by(trigger)
            ], trigger.pattern.pattern[:40]


def test_masthead_spans_a_telephone_name_over_its_number() -> None:
    """ "Đường dây nóng" on one line and its number on the next (560:19) is one masthead
    match: its trigger spans lines, and is scanned whole."""
    text = "Tin nóng\nĐường dây nóng\n19009095\n" + "Bài viết hôm nay dài. " * 10
    page = Page.from_text(text, text)
    assert Masthead.trigger.spans
    assert [line.text for line in page.hit_between(Masthead.trigger, 0, 3)][:1] == [
        "Đường dây nóng"
    ]
    doc = clean(text)
    assert [line.rule for line in doc.lines if line.text == "Đường dây nóng"] == ["masthead"]
