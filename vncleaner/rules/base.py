"""The two kinds of rule: one that reads a line alone, one that reads the page."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import pairwise
from typing import ClassVar

import regex

from vncleaner.labels import Label
from vncleaner.page import Page, PageLine, Trigger
from vncleaner.shapes import HEADLINE_MAX_WORDS, introduces_list

# Every line holding a markdown link holds "](": one trigger (one scan a page) for all
# the rules that read links.
LINKED = Trigger.of(r"\]\(")
# A bare web address starts the line: one scan for the rules that read such lines.
URL_START = Trigger.of(r"\n(?:https?://|www\.)", folded=True)
# Verdicts a textual line rule remembers before it starts again.
REMEMBERED_VERDICTS = 65536
# A list set under the sentence that introduces it holds at most this many items.
LISTED_MAX_ITEMS = 30


def runs_of(
    lines: Sequence[PageLine], inside: Iterable[bool], min_run: int, *, stacked: bool
) -> Iterator[list[PageLine]]:
    """Every run of at least ``min_run`` consecutive lines whose flag in ``inside`` is
    true; with ``stacked``, a blank line ends a run.

    The flags come apart from the lines so that a hot rule can compute them in one
    comprehension rather than a call per line.
    """
    run: list[PageLine] = []
    for line, member in zip(lines, inside, strict=True):
        if member and (not run or not stacked or line.gap == 0):
            run.append(line)
            continue
        if len(run) >= min_run:
            yield run
        run = [line] if member else []
    if len(run) >= min_run:
        yield run


def paired(lines: Sequence[PageLine], pair: Callable[[PageLine, PageLine], bool]) -> list[bool]:
    """For each line, True when it and a neighbour pass ``pair`` (the upper one first):
    the flags :func:`runs_of` reads for a run of such pairs."""
    flags = [False] * len(lines)
    for position, (first, second) in enumerate(pairwise(lines)):
        if pair(first, second):
            flags[position] = flags[position + 1] = True
    return flags


def under_list_intro(page: Page, line: PageLine) -> bool:
    """True when ``line`` and the short lines above it are items of a list that a sentence
    ending in a colon introduces ("… bao gồm:"): the article's own list.

    The items are walked up by their shape, not by blank lines, which the re-read of the
    kept body no longer has; at most ``LISTED_MAX_ITEMS`` of them.
    """
    index = line.index - 1
    stop = max(-1, index - LISTED_MAX_ITEMS)
    while index > stop:
        above = page.lines[index]
        if above.text.endswith(":"):
            return introduces_list(above)
        if above.ends_sentence or above.words > HEADLINE_MAX_WORDS:
            return False
        index -= 1
    return False


def next_to(page: Page, rule_name: str, *, below: bool) -> Iterator[PageLine]:
    """The open lines right below (or above) the lines the rule named ``rule_name`` took:
    what a rule's find makes of its neighbours (an author's box's text, a box's heading)."""
    for line in page.lines:
        if line.rule == rule_name:
            other = page.after(line) if below else page.before(line)
            if other is not None and other.open:
                yield other


class Rule(ABC):
    """A named way to recognise one kind of line; it may only claim lines still open.

    ``reread`` says whether the rule runs again when the pipeline reads the kept body as a
    page of its own. A rule may set it False only when it provably cannot claim a line
    there that it left open the first time: one whose verdict on a line only grows with
    the set of open lines (the re-read holds fewer lines, all of them open the first
    time). A line rule reading nothing but the line's text says so with ``textual``.
    """

    name: ClassVar[str]
    label: ClassVar[Label]
    reread: ClassVar[bool] = True
    # True for a rule that reads markup hints only: on text input (no line carries a
    # hint, the re-read included) it has nothing to read, and the pipeline skips it.
    hinted_only: ClassVar[bool] = False

    @abstractmethod
    def find(self, page: Page) -> Iterable[PageLine]:
        """The open lines of ``page`` this rule labels."""

    def rereads(self) -> bool:
        """True when the rule must run again on the re-read of the kept body."""
        return self.reread

    @classmethod
    def summary(cls) -> str:
        """The rule's one-line docstring."""
        return (cls.__doc__ or "").strip().splitlines()[0]


class LineRule(Rule):
    """A rule decided by one line's own text and layout.

    ``trigger``, when set, is a pattern found in every line that ``match`` accepts (a
    necessary condition, never sufficient): ``find`` then scans the page's text once for
    it and calls ``match`` only on the lines it hits, instead of on every line.

    ``textual`` is True for a rule whose ``match`` reads nothing but the line's text (not
    its indent, the blank lines above it or its markup hint): the re-read skips it, and
    its verdicts are remembered by text, so a line printed many times is judged once.
    """

    trigger: ClassVar[Trigger | None] = None
    textual: ClassVar[bool] = False

    def rereads(self) -> bool:
        return self.reread and not self.textual

    def find(self, page: Page) -> Iterable[PageLine]:
        lines = self.candidates(page)
        if not lines:
            return ()
        match = self.match
        if not self.textual:
            return [line for line in lines if line.label is None and match(line)]
        # Verdicts remembered by text: a line printed many times is judged once.
        verdicts: dict[str, bool] = self.__dict__.setdefault("_verdicts", {})
        found = []
        for line in lines:
            if line.label is not None:
                continue
            verdict = verdicts.get(line.text)
            if verdict is None:
                if len(verdicts) >= REMEMBERED_VERDICTS:
                    verdicts.clear()
                verdict = verdicts[line.text] = match(line)
            if verdict:
                found.append(line)
        return found

    def candidates(self, page: Page) -> Sequence[PageLine]:
        """The lines worth a call to ``match``, in page order: those ``trigger`` hits."""
        if self.hinted_only and not page.hinted:
            return ()
        return page.lines if self.trigger is None else page.hit_by(self.trigger)

    @abstractmethod
    def match(self, line: PageLine) -> bool:
        """True when ``line`` is what this rule catches."""


class PatternRule(LineRule):
    """A line rule that is one pattern of the vocabulary: the line's text opens with a
    match of ``pattern`` (or is one, with ``whole``)."""

    pattern: ClassVar[re.Pattern[str] | regex.Pattern[str]]
    whole: ClassVar[bool] = False
    textual = True

    def match(self, line: PageLine) -> bool:
        found = self.pattern.fullmatch if self.whole else self.pattern.match
        return found(line.text) is not None
