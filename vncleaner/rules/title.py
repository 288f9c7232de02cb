"""The headline, and its repeats at the top of the article."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import takewhile
from typing import ClassVar

from vncleaner import vocab
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine
from vncleaner.rules.base import Rule
from vncleaner.rules.facts import among_facts
from vncleaner.shapes import (
    PARAGRAPH_MIN_WORDS,
    is_bold,
    is_list_item,
    is_name,
    is_statement,
    opens_lowercase,
)

# No headline of the corpus has fewer (the shortest: "Ukraine có Thủ tướng mới"); a
# shorter line above the text is a section's name or a question heading the first part
# ("Nhân sâm là gì?").
TITLE_MIN_WORDS = 5
TITLE_MAX_WORDS = 40
# Digest pages run several headlines into one; trusted only next to the date or author.
LONG_TITLE_MAX_WORDS = 90
TITLE_SEARCH_LINES = 10
# A headline that neither a date, an author nor a "# " mark vouches for must be this
# long. Of the corpus's 80 headlines 8 are shorter, while the short line that opens a
# copied article is mostly its first section's name ("Thành công từ đam mê").
UNMARKED_TITLE_MIN_WORDS = 9
# A sentence this long, ending with a full stop or a colon, means the article has begun.
SENTENCE_MIN_WORDS = 8
PARAGRAPH_WITHIN = 5
# Labels of the lines that stand next to a headline: its date, its author.
_BESIDE_TITLE: frozenset[Label] = frozenset({"dateline", "byline"})
# A headline never ends on these: a sentence, a lead-in, a list or a cut-off line does.
_CLOSES_TEXT = (".", ":", ";", ",", "|", "…")
# The rules that take a breadcrumb, whose last crumb may be the headline.
_CRUMB_RULES = frozenset({"breadcrumb", "listed-breadcrumb"})


def _credit_below(page: Page, line: PageLine) -> bool:
    """True when one of the two lines below is a photo or video credit."""
    for below in page.lines[line.index + 1 : line.index + 3]:
        if vocab.CREDIT.search(below.text) or vocab.CREDIT_LEAD.match(below.text):
            return True
    return False


def is_title_shape(line: PageLine) -> bool:
    """Headline-sized, not ending with a full stop (it may end in ? ! or a quote), not a name,
    not a lead's opening ("Sáng 27/1, …", "HÀ NỘI (Sputnik) - …"), not a subheading (bold,
    numbered, or a markdown heading below the first level)."""
    return (
        TITLE_MIN_WORDS <= line.words <= LONG_TITLE_MAX_WORDS
        # Italics may close after the stop ("… chương trình OCOP._").
        and not line.text.rstrip("_").endswith(_CLOSES_TEXT)
        # A credit closing the line makes it a picture's or a video's caption.
        and vocab.BRACKETED_CREDIT.search(line.text) is None
        and not _opens_lead(line.text)
        and not is_name(line.text)
        and not opens_lowercase(line.bare)
        and not is_bold(line)
        and not is_list_item(line)
        and line.heading <= 1
    )


def _top(page: Page, limit: int | None = TITLE_SEARCH_LINES) -> list[PageLine]:
    """The open lines above the article's first open paragraph, ``limit`` at most."""
    top: list[PageLine] = []
    for line in page.lines:
        if not line.open:
            continue
        # A markdown heading is never the first paragraph, however long.
        if len(top) == limit or (is_statement(line) and not line.heading):
            break
        top.append(line)
    return top


def _begins_text(line: PageLine) -> bool:
    """A paragraph, or a sentence long enough to say the article has begun ("… như sau:").

    A line too long for a headline that ends like a sentence is text too, a question
    included ("… có phải không các nàng?").
    """
    return (
        is_statement(line)
        or (line.words >= SENTENCE_MIN_WORDS and line.text.rstrip().endswith((".", ":")))
        or (line.words > TITLE_MAX_WORDS and line.ends_sentence)
        # A bold sentence is the lead or a subheading: the article's own.
        or (line.words >= SENTENCE_MIN_WORDS and is_bold(line))
        # So is a lead, its full stop lost or not ("Sáng ngày 7/11/2020, …").
        or (line.words >= SENTENCE_MIN_WORDS and _opens_lead(line.text))
    )


def _opens_lead(text: str) -> bool:
    """True when ``text`` opens as a lead does: on its day ("Sáng 27/1, …"), on the days it
    covers, or on its place or agency and a dash ("HÀ NỘI (Sputnik) - …")."""
    return vocab.LEAD_OPENING.match(text) is not None or vocab.LEAD_DATELINE.match(text) is not None


def _paragraph_follows(page: Page, line: PageLine) -> bool:
    """True when a paragraph comes within a few lines: a headline heads an article."""
    below = page.lines[line.index + 1 : line.index + 1 + PARAGRAPH_WITHIN]
    return any(other.words >= PARAGRAPH_MIN_WORDS for other in below)


def beside_date_or_author(page: Page, line: PageLine) -> bool:
    """True when the line above or below is the date or the author."""
    return page.beside(line, _BESIDE_TITLE)


def _beside_credits(page: Page) -> set[int]:
    """The indices of the lines next to a dateline or a byline, and of the line above an
    author's name stacked over the date (headline, "Hạ Anh", "| 17/07/2026 01:00")."""
    lines = page.lines
    near: set[int] = set()
    for line in lines:
        if line.label in _BESIDE_TITLE:
            near.update((line.index - 1, line.index + 1))
            if line.index >= 2 and is_name(lines[line.index - 1].text):
                near.add(line.index - 2)
    return near


class Headline(Rule):
    """The headline: a headline-shaped line above the lead, next to the date if there is one."""

    name = "headline"
    label: ClassVar[Label] = "title"

    def find(self, page: Page) -> Iterator[PageLine]:
        found = _headline(page)
        # On the re-read of a page whose headline is known, only a "# " heading still
        # heads the article: the first reading may have missed it in a long menu.
        if found is not None and (not page.headed or found.heading == 1):
            yield found


class SecondHeadline(Rule):
    """A line that looks like the headline only once the page's headline and furniture are gone."""

    name = "second-headline"
    label: ClassVar[Label] = "nav"

    def find(self, page: Page) -> Iterator[PageLine]:
        # The re-read body of a page whose headline is known: the site's name above it,
        # a widget row or a topic tag below it now head the text.
        found = _headline(page) if page.headed else None
        if found is not None and found.heading != 1:
            yield found


def _headline(page: Page) -> PageLine | None:
    """The line that heads the article, if one does."""
    above = _top(page, limit=None)
    top = above[:TITLE_SEARCH_LINES]
    # First a "# " headline near the top; then one next to the date or the author,
    # evidence enough however far down the page starts (a converter may print a long
    # menu first); without either, a headline stands above all of the article's text.
    marked = (line for line in top if line.heading == 1)
    near = _beside_credits(page)
    beside = (line for line in above if line.index in near)
    unmarked = (
        line
        for line in _unquoted(
            takewhile(lambda line: line.heading > 0 or not _begins_text(line), top)
        )
        # On the re-read the headline is known: what heads the text now is furniture.
        if page.headed or line.words >= UNMARKED_TITLE_MIN_WORDS
    )
    for lines in (marked, beside, unmarked):
        found = next((line for line in lines if _could_head(page, line)), None)
        if found is not None:
            return found
    return _echoed(page, top)


def _echoed(page: Page, top: list[PageLine]) -> PageLine | None:
    """A heading above the text that the breadcrumb's last crumb repeats word for word:
    the page's own headline, whatever its heading level ("## [NLVH-HSG] GIÁ TRỊ …" over
    "Trang chủ > Văn học THCS > [NLVH-HSG] GIÁ TRỊ …")."""
    crumbs = [line for line in page.lines[: page.first_paragraph] if line.rule in _CRUMB_RULES]
    if not crumbs:
        return None
    echoes = set(page.word_keys(crumbs))
    keys = page.word_key_map(top)
    return next(
        (
            line
            for line in top
            if keys[line.index] in echoes
            and TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS
            and not line.text.rstrip("*_").endswith(_CLOSES_TEXT)
            and not is_list_item(line)
        ),
        None,
    )


def _unquoted(lines: Iterable[PageLine]) -> Iterator[PageLine]:
    """The lines that stand outside a quotation running over several lines.

    A headline quotes whole phrases ("“Thần dược” cho da"); a line that opens a quote
    it does not close starts a passage, a verse or a speech, that the lines under it go on
    with, down to the one that closes it.

    >>> page = Page.from_text(*["“Thương thay\\nHại thay!\\nCòn gì?”\\nTin “mới” nay"] * 2)
    >>> [line.text for line in _unquoted(page.lines)]
    ['Tin “mới” nay']
    """
    depth = 0
    for line in lines:
        opened = depth + line.text.count("“") - line.text.count("”")
        if depth == 0 and opened <= 0:
            yield line
        depth = max(opened, 0)


def _could_head(page: Page, line: PageLine) -> bool:
    """A headline's shape, not one of a list of facts, with the article's text following it."""
    return (
        is_title_shape(line)
        and not among_facts(page, line)
        and not _credit_below(page, line)
        and _paragraph_follows(page, line)
        and (
            line.words <= TITLE_MAX_WORDS or line.heading == 1 or beside_date_or_author(page, line)
        )
    )


# Dashes a headline's words may be joined by, and the spaces a style puts around them.
_DASH = re.compile(r"\s*[-–—]\s*")


def _headline_key(text: str) -> str:
    """A headline as compared with its repeat: case, dashes and spacing as any style prints them.

    >>> _headline_key("Du Lịch Lào Cai – 10 Địa Điểm") == _headline_key("DU LỊCH LÀO CAI-10 ĐỊA ĐIỂM")
    True
    """
    return " ".join(_DASH.sub(" - ", text).casefold().split())


class HeadlineRepeat(Rule):
    """The headline printed again above the lead (not as image alt text)."""

    name = "headline-repeat"
    label: ClassVar[Label] = "title"

    def find(self, page: Page) -> Iterator[PageLine]:
        title = page.title
        if title is not None:
            # The same words leave no doubt, however far down a sidebar pushed them, and
            # whatever case or dash ("–" for the title field's "-") the page printed them in.
            key = _headline_key(title)
            yield from (
                line for line in _top(page, None) if line.open and _headline_key(line.bare) == key
            )
