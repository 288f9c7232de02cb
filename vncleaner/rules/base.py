"""The two kinds of rule: one that reads a line alone, one that reads the page."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import ClassVar

from vncleaner.labels import Label
from vncleaner.page import Page, PageLine


class Rule(ABC):
    """A named way to recognise one kind of line; it may only claim lines still open."""

    name: ClassVar[str]
    label: ClassVar[Label]

    @abstractmethod
    def find(self, page: Page) -> Iterable[PageLine]:
        """The open lines of ``page`` this rule labels."""

    @classmethod
    def summary(cls) -> str:
        """The rule's one-line docstring."""
        return (cls.__doc__ or "").strip().splitlines()[0]


class LineRule(Rule):
    """A rule decided by one line's own text and layout."""

    def find(self, page: Page) -> Iterator[PageLine]:
        return (line for line in page.lines if line.open and self.match(line))

    @abstractmethod
    def match(self, line: PageLine) -> bool:
        """True when ``line`` is what this rule catches."""
