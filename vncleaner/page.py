"""Stage 3: a page as the rules see it, its nonblank lines with their layout.

A line keeps what the rules need of its raw form (leading indentation, blank
lines above it) beside its normalised text; the label and rule fields start
empty and are filled once, by the first rule that claims the line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from vncleaner.labels import Label
from vncleaner.shapes import is_statement
from vncleaner.syllables import accented_share

# Markdown list and heading markers that converters put before a block ("* ", "## ").
_MARKER = re.compile(r"^(?:[*+•-]|#{1,6}|>)\s+")
# A sentence ends with one of these, possibly inside closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*(?:\s*\([^()]{1,30}\))?$")


@dataclass(slots=True)
class PageLine:
    """One nonblank line: where it stands, its text, and the label once decided."""

    index: int
    number: int
    text: str
    indent: int
    gap: int
    words: int
    label: Label | None = None
    rule: str | None = None
    # What the markup said of the line when the page came from HTML
    # ("heading", "item", "caption", "image", "link", ...); None for text input.
    hint: str | None = None

    @property
    def open(self) -> bool:
        """True while no rule has claimed the line."""
        return self.label is None

    @property
    def bare(self) -> str:
        """The text without a leading markdown list or heading marker."""
        return _MARKER.sub("", self.text, count=1)

    @property
    def heading(self) -> int:
        """The markdown heading level of the line ("# Title" is 1), 0 when it is none."""
        marker = self.text[: self.text.find(" ")] if " " in self.text else ""
        return len(marker) if marker and set(marker) == {"#"} and len(marker) <= 6 else 0

    @property
    def item(self) -> bool:
        """True when the line is a markdown list item ("* Thời sự")."""
        return self.text[:2] in {"* ", "- ", "+ ", "• "}

    @property
    def ends_sentence(self) -> bool:
        """True when the line ends like a sentence (., !, ?, …, :, ;)."""
        return _SENTENCE_END.search(self.text) is not None


@dataclass
class Page:
    """The nonblank lines of a page in order, and what rules learn about the page."""

    lines: list[PageLine] = field(default_factory=list)

    @classmethod
    def from_text(
        cls, raw: str, normalised: str, hints: Sequence[str | None] | None = None
    ) -> Page:
        """Pair raw and normalised lines (same count) into page lines.

        ``hints``, when given, has one entry per raw line (blank lines included).
        """
        lines: list[PageLine] = []
        gap = 0
        for number, (before, after) in enumerate(
            zip(raw.split("\n"), normalised.split("\n"), strict=True), start=1
        ):
            if not after:
                gap += 1
                continue
            indent = len(before) - len(before.lstrip(" \t\u00a0"))
            words = after.count(" ") + 1
            hint = hints[number - 1] if hints is not None else None
            lines.append(PageLine(len(lines), number, after, indent, gap, words, hint=hint))
            gap = 0
        return cls(lines)

    def __len__(self) -> int:
        return len(self.lines)

    def labelled(self, label: Label) -> list[PageLine]:
        """The lines given ``label`` so far, in page order."""
        return [line for line in self.lines if line.label == label]

    @property
    def title(self) -> str | None:
        """The headline: the first line labelled ``title``."""
        return next((line.bare for line in self.lines if line.label == "title"), None)

    @cached_property
    def accented(self) -> float:
        """The share of the page's words written with Vietnamese diacritics."""
        return accented_share(" ".join(line.text for line in self.lines))

    @cached_property
    def spaced(self) -> bool:
        """True when the converter put blank lines between most lines of the page."""
        gaps = [line.gap for line in self.lines[1:]]
        return bool(gaps) and sum(1 for gap in gaps if gap) * 2 >= len(gaps)

    @cached_property
    def first_paragraph(self) -> int:
        """The index of the first paragraph closed by a full stop (the page's length if none)."""
        return next((line.index for line in self.lines if is_statement(line)), len(self.lines))

    @cached_property
    def last_paragraph(self) -> int:
        """The index of the last paragraph closed by a full stop (-1 if none)."""
        return next((line.index for line in reversed(self.lines) if is_statement(line)), -1)

    def before(self, line: PageLine) -> PageLine | None:
        """The nonblank line above ``line``."""
        return self.lines[line.index - 1] if line.index else None

    def after(self, line: PageLine) -> PageLine | None:
        """The nonblank line below ``line``."""
        nxt = line.index + 1
        return self.lines[nxt] if nxt < len(self.lines) else None
