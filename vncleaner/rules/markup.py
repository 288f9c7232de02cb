"""Rules that read the markup hints of a page that came from HTML (:mod:`vncleaner.html`).

They claim nothing on text input, whose lines carry no hint. Two groups: the
first runs before every text rule (what the markup states outright: image alt
text, captions, the headline the metadata names), the second after them all
(what trafilatura's extraction left out, and link blocks), so that the text
rules still find the dateline and bylines among the page furniture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from vncleaner import vocab
from vncleaner.html import AUTHOR, DATE, HEADLINE, MAIN, hint_words
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine
from vncleaner.rules.base import LineRule, Rule
from vncleaner.shapes import is_name

# When captions hold at least this share of the article's words, the page is a photo
# story: its captions are the body (docs/annotation.md).
PHOTO_STORY_SHARE = 0.5
# A lead (sapo) outside trafilatura's extraction: a sentence of at least this many words...
LEAD_MIN_WORDS = 10
# ... within this many lines above the first extracted line.
LEAD_WINDOW = 8
# An author box line longer than this is a biography, not a byline.
BYLINE_MAX_WORDS = 8


def _words(line: PageLine) -> frozenset[str]:
    return hint_words(line.hint)


class AltFileName(LineRule):
    """Image alt text that is a file name ("luu-van18.jpg")."""

    name = "alt-file-name"
    label: ClassVar[Label] = "image"
    hinted_only = True

    def match(self, line: PageLine) -> bool:
        return "image" in _words(line) and vocab.IMAGE_FILE.match(line.text) is not None


class AltText(LineRule):
    """Image alt text: never shown on the page, at best a caption again."""

    name = "alt-text"
    label: ClassVar[Label] = "caption"
    hinted_only = True

    def match(self, line: PageLine) -> bool:
        return "image" in _words(line)


class MarkedHeadline(LineRule):
    """The line the page's metadata names as its headline."""

    name = "marked-headline"
    label: ClassVar[Label] = "title"
    hinted_only = True

    def match(self, line: PageLine) -> bool:
        return HEADLINE in _words(line)


class MarkedDateline(LineRule):
    """A short line that prints the publication day the page's metadata gives."""

    name = "marked-dateline"
    label: ClassVar[Label] = "dateline"
    hinted_only = True

    def match(self, line: PageLine) -> bool:
        return DATE in _words(line)


class MarkedByline(LineRule):
    """A short line inside an element the markup marks as the author's."""

    name = "marked-byline"
    label: ClassVar[Label] = "byline"
    hinted_only = True

    def __init__(self, max_words: int = BYLINE_MAX_WORDS) -> None:
        self.max_words = max_words

    def match(self, line: PageLine) -> bool:
        return AUTHOR in _words(line) and line.words <= self.max_words


class ArticleSignature(Rule):
    """The article's last extracted line when it is a name alone: the reporter's signature."""

    name = "article-signature"
    label: ClassVar[Label] = "byline"
    hinted_only = True

    def find(self, page: Page) -> Iterator[PageLine]:
        last = next((line for line in reversed(page.lines) if MAIN in _words(line)), None)
        if last is not None and last.open and is_name(last.text):
            yield last


class FigureCaption(Rule):
    """A ``<figcaption>`` or caption-classed block, unless captions carry the article."""

    name = "figure-caption"
    label: ClassVar[Label] = "caption"
    hinted_only = True

    def __init__(self, photo_story_share: float = PHOTO_STORY_SHARE) -> None:
        self.photo_story_share = photo_story_share

    def find(self, page: Page) -> Iterator[PageLine]:
        captions = [line for line in page.lines if "caption" in _words(line)]
        in_captions = sum(line.words for line in captions)
        in_text = sum(
            line.words for line in page.lines if {MAIN} == _words(line) & {MAIN, "caption"}
        )
        if in_captions and in_captions >= self.photo_story_share * (in_captions + in_text):
            return
        yield from (line for line in captions if line.open)


class LinkBlock(LineRule):
    """A block made mostly of link text: another story's headline, or a menu entry."""

    name = "link-block"
    label: ClassVar[Label] = "related"
    hinted_only = True

    def match(self, line: PageLine) -> bool:
        return "link" in _words(line) and not line.ends_full_stop


class OutsideArticle(Rule):
    """A line trafilatura's extraction left out, unless it is the lead printed above it."""

    name = "outside-article"
    label: ClassVar[Label] = "nav"
    hinted_only = True

    def __init__(
        self, lead_min_words: int = LEAD_MIN_WORDS, lead_window: int = LEAD_WINDOW
    ) -> None:
        self.lead_min_words = lead_min_words
        self.lead_window = lead_window

    def find(self, page: Page) -> Iterator[PageLine]:
        hinted = [line for line in page.lines if line.hint is not None]
        first = next((line.index for line in hinted if MAIN in _words(line)), None)
        if not hinted or first is None:
            return
        for line in hinted:
            if line.open and MAIN not in _words(line) and not self._lead(line, first):
                yield line

    def _lead(self, line: PageLine, first: int) -> bool:
        return (
            first - self.lead_window <= line.index < first
            and line.words >= self.lead_min_words
            and line.ends_full_stop
            and not _words(line) & {"link", "caption", "image", "item"}
        )


def markup_first() -> tuple[Rule, ...]:
    """The markup rules that run before every text rule, in order."""
    return (
        AltFileName(),
        AltText(),
        MarkedHeadline(),
        MarkedDateline(),
        MarkedByline(),
        FigureCaption(),
    )


def markup_last() -> tuple[Rule, ...]:
    """The markup rules that run after every text rule, in order."""
    return (ArticleSignature(), LinkBlock(), OutsideArticle())
