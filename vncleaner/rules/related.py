"""Headlines and teasers of other stories: inline links, boxes and trailing lists."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from statistics import median
from typing import ClassVar

import regex

from vncleaner import vocab
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine, Trigger
from vncleaner.rules.base import (
    LINKED,
    URL_START,
    LineRule,
    PatternRule,
    Rule,
    next_to,
    paired,
    runs_of,
    under_list_intro,
)
from vncleaner.rules.dateline import ListedDate
from vncleaner.rules.nav import ListHeader
from vncleaner.rules.sections import listed_heads
from vncleaner.shapes import (
    ENUMERATED,
    HEADLINE_MAX_WORDS,
    SECTION_NUMBER,
    is_headline,
    is_paragraph,
    is_statement,
    is_teaser,
    link_text,
    opens_lowercase,
)
from vncleaner.syllables import without_marks
from vncleaner.vocab import HEADLINE_SEPARATOR

LINK_INDENT = 3
# A link's text of fewer words is a button or a menu item ("Xem chi tiết"), not a headline.
LINKED_HEADLINE_MIN_WORDS = 4
# A glued line may hold two headlines run together.
GLUED_MAX_WORDS = 2 * HEADLINE_MAX_WORDS
# Shorter than this, a line glued under a paragraph may be the next section's heading.
GLUED_MIN_WORDS = 12
# A line printing a headline twice has at least this many words.
DOUBLED_MIN_WORDS = 8
RUN_MIN_PAIRS = 2
RUN_MIN_TEASERS = 2
# A story's teaser is a sentence or two: a longer line under a headline is the article's
# own section going on (corpus teasers run to 55 words, sections under a subheading past 70).
TEASER_MAX_WORDS = 60
# Bare headlines closing the page after a run of pairs: the rest of the same box.
TAIL_MIN_HEADLINES = 2
# Bare web addresses, each at most this many lines after the one before: a list of links.
URL_LIST_MIN_URLS = 3
URL_LIST_MAX_STEP = 2
# Past the list, only furniture: lines shorter than this.
URL_LIST_TAIL_MAX_WORDS = 10
_TABLE_CELL = re.compile(r"\s\|$")
# "Không chống nước: một chiếc máy …": a headline's words after its colon open in capitals.
_LABELLED_POINT = regex.compile(r"^[^:\n]{2,40}:\s+\p{Ll}")


class UrlList(Rule):
    """Bare web addresses in a row closing the page, each under a line naming its page."""

    name = "url-list"
    label: ClassVar[Label] = "related"

    def __init__(
        self, min_urls: int = URL_LIST_MIN_URLS, max_step: int = URL_LIST_MAX_STEP
    ) -> None:
        self.min_urls = min_urls
        self.max_step = max_step

    def find(self, page: Page) -> Iterator[PageLine]:
        runs = self._runs(page)
        # A list of sources closes the article; addresses set between its paragraphs are
        # the article's embedded posts and pictures.
        if not runs or len(runs[-1]) < self.min_urls or not _closes(page, runs[-1][-1]):
            return
        last = runs[-1][-1]
        first = runs.pop()[0]
        while runs and first.index - runs[-1][-1].index <= self.max_step + 2:
            first = runs.pop()[0]
        # The addresses, what stands between them, and the first one's name above it.
        start = max(first.index - 1, 0)
        yield from (line for line in page.lines[start : last.index + 1] if line.open)

    def _runs(self, page: Page) -> list[list[PageLine]]:
        """The bare addresses, in runs of those at most ``max_step`` lines apart."""
        runs: list[list[PageLine]] = []
        for line in page.hit_by(URL_START):
            if vocab.URL_LINE.match(line.text) is None:
                continue
            if runs and line.index - runs[-1][-1].index <= self.max_step:
                runs[-1].append(line)
            else:
                runs.append([line])
        return runs


def _closes(page: Page, line: PageLine) -> bool:
    """True when nothing after ``line`` is long enough to be the article's text."""
    return all(other.words < URL_LIST_TAIL_MAX_WORDS for other in page.lines[line.index + 1 :])


class ReferenceNote(PatternRule):
    """A numbered note that is only a web address ("(1) https://…"): a source the text cites."""

    name = "reference-note"
    label: ClassVar[Label] = "related"
    trigger = Trigger.of(r"\n[(\[]\d{1,3}[)\]]\s*(?:https?://|www\.)", folded=True)
    pattern = vocab.REFERENCE_NOTE


# An invitation longer than this is a paragraph that points to more.
READ_MORE_MAX_WORDS = 30


class ReadMore(LineRule):
    """An invitation to read more that links it ("Xem thêm những thủ thuật … tại đây nhé!")."""

    name = "read-more"
    label: ClassVar[Label] = "related"
    # Bounded and kept to its line: a run of marks ("____…") must not be rescanned.
    trigger = Trigger.of(
        r"\n[ >*_»•#-]{0,6}(?:xem thêm|đọc thêm|theo dõi thêm|xem chi tiết|tham khảo)", folded=True
    )
    textual = True

    def match(self, line: PageLine) -> bool:
        return line.words <= READ_MORE_MAX_WORDS and vocab.READ_MORE.match(line.text) is not None


class LinkMark(LineRule):
    """A link set in the body with a marker (">> Headline", "[Video] Headline")."""

    name = "link-mark"
    label: ClassVar[Label] = "related"
    trigger = Trigger.of(r"\n(?:>>|»|\[)")
    textual = True

    def match(self, line: PageLine) -> bool:
        mark = vocab.LINK_MARK.match(line.text)
        return mark is not None and (
            not line.text.endswith(".")
            or vocab.LINK_MARK_INVITE.match(line.text, mark.end()) is not None
        )


# A list header and one headline: a longer line is a paragraph with a link in it.
HEADER_LINK_MAX_WORDS = 60
_HEADER_LINK_PLAIN = re.compile(without_marks(vocab.HEADER_LINK.pattern))


class HeaderLink(LineRule):
    """A list header and the one story it links, on one line: "Xem thêm:" and a link."""

    name = "header-link"
    label: ClassVar[Label] = "related"
    trigger = LINKED
    textual = True

    def match(self, line: PageLine) -> bool:
        text = line.text
        if line.words > HEADER_LINK_MAX_WORDS:
            return False
        return (
            vocab.HEADER_LINK.fullmatch(text) is not None
            # A page whose converter dropped some marks ("Co thể bạn quan tam: […](…)").
            or _HEADER_LINK_PLAIN.fullmatch(without_marks(text)) is not None
        )


class LinkedHeadline(LineRule):
    """A line that is one link with a headline's words: another story ("## [Tiêu đề](https://…)")."""

    name = "linked-headline"
    label: ClassVar[Label] = "related"
    trigger = LINKED
    textual = True

    def __init__(self, min_words: int = LINKED_HEADLINE_MIN_WORDS) -> None:
        self.min_words = min_words

    def match(self, line: PageLine) -> bool:
        text = link_text(line)
        return text is not None and len(text.split()) >= self.min_words


class IndentedLink(LineRule):
    """An indented headline: a list item of related links kept by the converter."""

    name = "indented-link"
    label: ClassVar[Label] = "related"

    def candidates(self, page: Page) -> Sequence[PageLine]:
        indented = [line for line in page.lines if line.indent >= LINK_INDENT]
        # Where the paragraphs are indented as deep, the indent is the text's: a document
        # preview set in a block ("    Chế Lan Viên đã từng viết: …"), its outline with it.
        return [] if indented and _indented_text(page) else indented

    def match(self, line: PageLine) -> bool:
        return line.indent >= LINK_INDENT and is_headline(line)


def _indented_text(page: Page) -> bool:
    """True when most of the page's paragraphs are indented like a list of links."""
    paragraphs = [line.indent >= LINK_INDENT for line in page.lines if is_paragraph(line)]
    return sum(paragraphs) * 2 > len(paragraphs)


class DoubledHeadline(LineRule):
    """A headline printed twice on one line, or two headlines split by " / "."""

    name = "doubled-headline"
    label: ClassVar[Label] = "related"
    textual = True

    def candidates(self, page: Page) -> Sequence[PageLine]:
        return [
            line
            for line in page.lines
            if (line.words >= DOUBLED_MIN_WORDS and not line.words % 2)
            or HEADLINE_SEPARATOR in line.text
        ]

    def match(self, line: PageLine) -> bool:
        text = line.text
        if line.words >= DOUBLED_MIN_WORDS and line.words % 2 == 0:
            half = text.split(" ")
            middle = len(half) // 2
            if half[:middle] == half[middle:]:
                return True
        left, sep, right = text.partition(HEADLINE_SEPARATOR)
        # Each side a headline: a paragraph quoting verse ("… nồi mười / Cá này …") is not,
        # nor a spec's values in brackets ("CPU: Intel Core i3 ( 2.0 GHz / 3MB / …)"), nor
        # a date between figures ("Địa chỉ:1 đường 2 / 9, Bình Hiên, …").
        return (
            bool(sep)
            and not (left[-1:].isdigit() and right[:1].isdigit())
            and 4 <= len(left.split()) <= HEADLINE_MAX_WORDS
            and 4 <= len(right.split()) <= HEADLINE_MAX_WORDS
            and not (left.endswith((".", ":")))
            and left.count("(") == left.count(")")
        )


class TableLink(LineRule):
    """A headline in a markdown table cell ("Tìm hiểu phong tục … |")."""

    name = "table-link"
    label: ClassVar[Label] = "related"
    trigger = Trigger.of(r"\s\|(?=\n)", by_literals=True)
    textual = True

    def match(self, line: PageLine) -> bool:
        return _TABLE_CELL.search(line.text) is not None and line.words <= HEADLINE_MAX_WORDS


class HeadlineCluster(Rule):
    """Two or more headlines stacked with no blank line: a box of links in the body."""

    name = "headline-cluster"
    label: ClassVar[Label] = "related"

    def find(self, page: Page) -> Iterator[PageLine]:
        if not page.spaced:
            return
        heads: set[int] | None = None
        for run in runs_of(page.lines, map(_clustering, page.lines), 2, stacked=True):
            if not (
                under_list_intro(page, run[0])
                or _among_items(page, run)
                or _heads_text(page, run)
                or _under_own_heading(run)
            ):
                # A section's head a table of contents lists, stacked over its first
                # part's ("2. Những điểm …" over "2.1 Cấu hình …"), is the article's.
                heads = listed_heads(page) if heads is None else heads
                yield from (line for line in run if line.index not in heads)


# A box of cards printing each story's headline twice in a row (its link, then its
# heading): three cards make a box; a section's head printed twice is one.
TWIN_MIN_CARDS = 3


class TwinCards(Rule):
    """Headlines each printed twice in a row, three or more in a run: a box of story cards."""

    name = "twin-cards"
    label: ClassVar[Label] = "related"

    def __init__(self, min_cards: int = TWIN_MIN_CARDS) -> None:
        self.min_cards = min_cards

    def find(self, page: Page) -> Iterator[PageLine]:
        lines = page.lines
        for run in runs_of(lines, paired(lines, _card), 2 * self.min_cards, stacked=False):
            yield from run


def _card(first: PageLine, second: PageLine) -> bool:
    """One headline twice, open, as a link or heading at least once (a picture's alt
    text over its caption prints the same words twice too, as plain lines)."""
    return (
        first.bare == second.bare
        and first.open
        and second.open
        and (first.item or first.heading > 0 or second.item or second.heading > 0)
        and is_headline(first)
    )


def _under_own_heading(run: list[PageLine]) -> bool:
    """True when the run opens on a heading in capitals that no list header names ("THÔNG
    TIN NGUYÊN LIỆU SẢN XUẤT" over the materials it lists): a section and its own list."""
    head = run[0].bare
    return head.isupper() and vocab.LIST_HEADER.fullmatch(head) is None


# Share of a line's words the text under the run repeats when the line heads that text.
HEADING_ECHO_SHARE = 0.6
HEADING_ECHO_LINES = 2


def _heads_text(page: Page, run: list[PageLine]) -> bool:
    """True when the text under ``run`` takes up the words of one of its lines: the run
    holds a section's head ("Blue Coffee & Tea" over "Blue Coffee & Tea được đánh giá …"),
    where a box of links names other stories."""
    end = run[-1].index + 1
    below = page.lines[end : end + HEADING_ECHO_LINES]
    if not below:
        return False
    keys = page.word_keys([*run, *below])
    text = set(" ".join(keys[len(run) :]).split())
    for key in keys[: len(run)]:
        heads = set(key.split())
        if heads and len(heads & text) >= HEADING_ECHO_SHARE * len(heads):
            return True
    return False


def _among_items(page: Page, run: list[PageLine]) -> bool:
    """True when ``run`` is stacked, with no blank line, between longer points of the
    text: one list whose short points look like headlines. A box of links may start
    right under the lead (seed 001) but ends apart from the text."""
    above, below = page.before(run[0]), page.after(run[-1])
    if run[0].gap or above is None or not _long_point(above):
        return False
    return below is not None and below.gap == 0 and below.open and not is_headline(below)


def _long_point(line: PageLine) -> bool:
    return line.open and (is_statement(line) or line.words > HEADLINE_MAX_WORDS)


def _clustering(line: PageLine) -> bool:
    """An open headline-like line; a markdown list item without a link, or a point named
    before a colon and told in lower case after it, is the body's list; a numbered line
    ("3. Caudalie Vinoperfect Serum", "3/ Tạo CSS wiki") heads the article's section."""
    return (
        line.open
        and is_headline(line)
        and not _writers_item(line)
        and _LABELLED_POINT.match(line.text) is None
        and ENUMERATED.match(line.text) is None
    )


def _writers_item(line: PageLine) -> bool:
    """A dashed or bulleted item without a link: the article's own list ("- Ưu điểm của
    …"), where a box of stories lists links.

    >>> from vncleaner.page import Page
    >>> text = "- Ưu điểm của hóa đơn này|* [Thảm bại trước Đức, Brazil vỡ mộng](/tin)"
    >>> [_writers_item(line) for line in Page.from_text(*[text.replace("|", chr(10))] * 2).lines]
    [True, False]
    """
    return line.item and "](" not in line.text


def _story_headline(line: PageLine) -> bool:
    """A linked story's headline: headline-shaped and opening like one, not in lower case
    (keyword alt text, "đầm họa tiết kẻ sọc ngang", has a headline's length), nor an item
    of the article's own list."""
    return is_headline(line) and not opens_lowercase(line.text) and not _writers_item(line)


def _pairs(page: Page, start: int) -> list[list[PageLine]]:
    """Headline/teaser pairs from ``start`` on: [headline, (same headline,) teaser]."""
    pairs: list[list[PageLine]] = []
    lines = page.lines
    i = start
    while i + 1 < len(lines) and lines[i].open and _story_headline(lines[i]):
        pair = [lines[i]]
        j = i + 1
        if lines[j].open and lines[j].text.startswith(lines[i].text[:40]) and is_headline(lines[j]):
            pair.append(lines[j])
            j += 1
        if (
            j >= len(lines)
            or not lines[j].open
            or is_headline(lines[j])
            or lines[j].words > TEASER_MAX_WORDS
            # A line that introduces what follows ("… CAM KẾT:") is no story's teaser.
            or lines[j].text.endswith(":")
        ):
            break
        pair.append(lines[j])
        pairs.append(pair)
        i = j + 1
    return pairs


class TeaserRun(Rule):
    """A run of headline/teaser pairs, the teasers cut off with "…", or closing the page."""

    name = "teaser-run"
    label: ClassVar[Label] = "related"

    def find(self, page: Page) -> Iterator[PageLine]:
        lines, i = page.lines, 0
        closing = _ClosingHeadlines(page)
        while i < len(lines):
            if not (lines[i].open and _story_headline(lines[i])):  # no pair starts here
                i += 1
                continue
            # The items a line ending in a colon introduces are the article's list.
            if under_list_intro(page, lines[i]):
                i += 1
                continue
            pairs = _pairs(page, i)
            if len(pairs) < RUN_MIN_PAIRS:
                i += 1
                continue
            end = pairs[-1][-1].index
            closed = closing.close(end)
            if _looks_like_list(pairs) or closed:
                for pair in pairs:
                    yield from pair
                if closed:
                    yield from closing.take(end)
                i = end + 1
            else:
                i += 1


class _ClosingHeadlines:
    """The headlines without teasers that close a page, read once per page.

    A box of links gives its first stories a teaser and the rest none; an article's
    last sections (subheading, paragraph) are not followed by bare headlines alone.
    """

    def __init__(self, page: Page) -> None:
        open_lines = [line for line in page.lines if line.open]
        # Past the last sentence of the page only headlines and furniture are left.
        self.last_sentence = max(
            (line.index for line in open_lines if line.ends_sentence), default=-1
        )
        self.headlines = [
            line for line in open_lines if line.index > self.last_sentence and _story_headline(line)
        ]
        self.indices = [line.index for line in self.headlines]
        # Where the headlines already given start: a later run's tail is part of them.
        self.given = len(self.headlines)

    def _first_below(self, index: int) -> int:
        return bisect_right(self.indices, index)

    def close(self, index: int) -> bool:
        """True when no sentence and enough bare headlines come below line ``index``."""
        below = len(self.headlines) - self._first_below(index)
        return index >= self.last_sentence and below >= TAIL_MIN_HEADLINES

    def take(self, index: int) -> list[PageLine]:
        """The closing headlines below line ``index`` not given before."""
        first = self._first_below(index)
        taken, self.given = self.headlines[first : self.given], min(first, self.given)
        return taken


def _looks_like_list(pairs: list[list[PageLine]]) -> bool:
    """Teasers cut off with "…": a box of stories. Headlines printed twice are no sign
    among the paragraphs, where a picture's alt text stands over its own caption and the
    text goes on under both (alt, caption, paragraph: the shape of a doubled story). Nor
    are headlines numbered as the article's sections ("6-Quán ăn ngon …", "7-Nhà hàng
    …"), whose paragraphs may close an enumeration with "…"."""
    numbered = sum(1 for pair in pairs if SECTION_NUMBER.match(pair[0].bare) is not None)
    return (
        numbered < RUN_MIN_TEASERS
        and sum(1 for pair in pairs if is_teaser(pair[-1])) >= RUN_MIN_TEASERS
    )


class TrailingList(Rule):
    """Everything after a list header ("Đọc thêm", "Tin liên quan") until the body resumes."""

    name = "trailing-list"
    label: ClassVar[Label] = "related"

    def find(self, page: Page) -> Iterator[PageLine]:
        return _until_body_resumes(page, _is_list_header)


# A heading of the site's own links is a name of a few words ("Chính sách", "Tour Nổi Bật").
MENU_HEADING_MAX_WORDS = 5
# The site's links are names ("Giới Thiệu", "Chính Sách Hoàn / Hủy Tour"); a box whose
# headlines run longer, as a rule, holds other stories'.
MENU_ITEM_MEDIAN_WORDS = 6.5
# A box is judged by its first items.
MENU_SAMPLE_ITEMS = 5


class MenuSection(Rule):
    """Below a related list, a short heading of another box ("Chính sách"), with the site's links under it."""

    name = "menu-section"
    label: ClassVar[Label] = "nav"

    def __init__(
        self,
        heading_words: int = MENU_HEADING_MAX_WORDS,
        item_words: float = MENU_ITEM_MEDIAN_WORDS,
        sample: int = MENU_SAMPLE_ITEMS,
    ) -> None:
        self.heading_words = heading_words
        self.item_words = item_words
        self.sample = sample

    def find(self, page: Page) -> Iterator[PageLine]:
        for box in self._boxes(page):
            # Over other stories, the heading alone is the box's: a list header.
            yield from box[:1] if self._lists_stories(box[1:]) else box

    def _lists_stories(self, items: list[PageLine]) -> bool:
        """Most of the first items headlines, of a headline's length: another list of stories."""
        # The first items only: the footer's lines may run on under the last box's links.
        items = items[: self.sample]
        headlines = [line for line in items if is_headline(line)]
        return 2 * len(headlines) > len(items) and (
            median(line.words for line in headlines) > self.item_words
        )

    def _boxes(self, page: Page) -> Iterator[list[PageLine]]:
        """Each box under a heading of its own below a list header, until the body resumes."""
        box = list[PageLine]()
        for line, opener in _trailing(page, _is_list_header):
            if opener or self._names_box(line):
                if box:
                    yield box
                box = [] if opener else [line]
            elif box:
                box.append(line)
        if box:
            yield box

    def _names_box(self, line: PageLine) -> bool:
        """A heading of a few words, no sentence: a box's name ("Dịch Vụ Nổi Bật")."""
        return line.heading > 0 and line.words <= self.heading_words and not line.ends_sentence


# A site's menu names a place or a page in a few words ("Du lịch Nga", "Vé máy bay");
# other stories' headlines run longer. Three such names in a row make a menu; two may be
# the last short headlines of a list.
LIST_MENU_MAX_WORDS = 4
LIST_MENU_MIN_RUN = 3
# Between two lines of a menu, a longer name is the menu's too ("Du lịch Phượng Hoàng Cổ
# Trấn"); a headline of a related list is seldom as short.
MENU_GAP_MAX_WORDS = 8


class ListMenu(Rule):
    """Below a list header, the site's menu: a run of short names, or names between menu lines."""

    name = "list-menu"
    label: ClassVar[Label] = "nav"

    def __init__(
        self,
        max_words: int = LIST_MENU_MAX_WORDS,
        min_run: int = LIST_MENU_MIN_RUN,
        gap_words: int = MENU_GAP_MAX_WORDS,
    ) -> None:
        self.max_words = max_words
        self.min_run = min_run
        self.gap_words = gap_words

    def find(self, page: Page) -> Iterator[PageLine]:
        run = list[PageLine]()
        for line, opener in _trailing(page, _is_list_header):
            if opener or not _name(line, self.gap_words):
                yield from self._menu(page, run)
                run = []
            elif run and not _menu_between(page, run[-1], line):
                yield from self._menu(page, run)
                run = [line]
            else:
                run.append(line)
        yield from self._menu(page, run)

    def _menu(self, page: Page, run: list[PageLine]) -> list[PageLine]:
        names = len(run) >= self.min_run and all(line.words <= self.max_words for line in run)
        return run if names or _between_menus(page, run) else []


def _name(line: PageLine, max_words: int) -> bool:
    return 0 < line.words <= max_words and not line.ends_sentence


def _between_menus(page: Page, run: list[PageLine]) -> bool:
    """The run stands between two lines of a menu (a list's own header not counted)."""
    if not run:
        return False
    above, below = page.before(run[0]), page.after(run[-1])
    return (
        above is not None
        and below is not None
        and above.label == below.label == "nav"
        and above.rule != ListHeader.name
    )


def _menu_between(page: Page, above: PageLine, below: PageLine) -> bool:
    """Nothing between the two lines but menu lines other rules took ("Du lịch Châu
    ÂuDu lịch Bắc Âu", a glued row of the same menu)."""
    return all(line.label == "nav" for line in page.lines[above.index + 1 : below.index])


class AnnouncedLinks(Rule):
    """The short lines stacked under a read-more line ending in a colon: the links it names."""

    name = "announced-links"
    label: ClassVar[Label] = "related"

    def find(self, page: Page) -> Iterator[PageLine]:
        # "Tham khảo thêm các dòng máy tính - PC chơi game, học tập:" over "PC Mercury
        # Series", "PC Titan Series": names, no sentence, ending where the text resumes (a
        # blank line under a block of them, a sentence, or a numbered heading of the
        # article).
        for line in page.lines:
            if line.rule == ReadMore.name and line.text.rstrip(" *_").endswith(":"):
                yield from _links_under(page, line)


def _links_under(page: Page, intro: PageLine) -> list[PageLine]:
    """The links under a read-more line. The first may stand a paragraph below it; from
    the second on they stand as the second does: in one block, or each in a paragraph of
    its own (a block that a blank line then parts from the next is the article's)."""
    links = list[PageLine]()
    below, gap = page.after(intro), 1
    while below is not None and _announced(below, gap):
        links.append(below)
        if len(links) > 1:
            gap = min(gap, below.gap)
        below = page.after(below)
    return links


def _announced(line: PageLine, gap: int) -> bool:
    return (
        line.open
        and line.gap <= gap
        and line.words <= HEADLINE_MAX_WORDS
        and not line.ends_sentence
        and ENUMERATED.match(line.text) is None
        and not line.heading
    )


def _until_body_resumes(page: Page, opens: Callable[[PageLine], bool]) -> Iterator[PageLine]:
    """The open lines below a line ``opens`` accepts, until the body resumes."""
    return (line for line, opener in _trailing(page, opens) if not opener)


def _trailing(page: Page, opens: Callable[[PageLine], bool]) -> Iterator[tuple[PageLine, bool]]:
    """Each line ``opens`` accepts (``True``) and the open lines below it (``False``),
    until the body resumes."""
    inside = False
    for line in page.lines[page.first_paragraph :]:
        if opens(line):
            inside = True
            yield line, True
        elif inside and line.open:
            if _body_resumes(page, line):
                inside = False
            else:
                yield line, False


def _is_list_header(line: PageLine) -> bool:
    return line.rule == ListHeader.name


def _body_resumes(page: Page, line: PageLine) -> bool:
    """Two statements in a row: the story goes on after a box of links. A list's item is
    not the story's ("* Phân tích … ( bài 2). .")" over its teaser, in a list of links).
    Nor is a numbered section's heading over a statement ("## 1. Giới thiệu chung …")."""
    below = page.after(line)
    return (
        below is not None
        and below.open
        and _prose(below)
        and (_prose(line) or (line.heading > 0 and SECTION_NUMBER.match(line.bare) is not None))
    )


def _prose(line: PageLine) -> bool:
    return is_statement(line) and not line.item


# Two headlines make a list; one alone may be a subheading that a table of contents
# above the article repeats.
TWICE_MIN_RUN = 2
# Three stories in the same order, twice: two may be a pair of sections the text names again.
ITEMS_TWICE_MIN_RUN = 3


class ListTwice(Rule):
    """Headlines stacked in the page that a related list further down prints again."""

    name = "list-twice"
    label: ClassVar[Label] = "related"

    def __init__(self, min_run: int = TWICE_MIN_RUN) -> None:
        self.min_run = min_run

    def find(self, page: Page) -> Iterator[PageLine]:
        # A page printed for desktop and phone holds its box of links twice; the copy
        # under a list header is known, the one glued under the article is not.
        later = {line.text: line.index for line in page.labelled("related")}
        if not later:
            return

        def printed_again(line: PageLine) -> bool:
            return line.open and is_headline(line) and later.get(line.text, -1) > line.index

        lines = page.lines
        for run in runs_of(lines, map(printed_again, lines), self.min_run, stacked=False):
            yield from run


class ItemsTwice(Rule):
    """Three listed headlines printed twice in one order, a copy outside the text: a box shown twice."""

    name = "items-twice"
    label: ClassVar[Label] = "related"

    def __init__(self, min_run: int = ITEMS_TWICE_MIN_RUN) -> None:
        self.min_run = min_run

    def find(self, page: Page) -> Iterator[PageLine]:
        lines = page.lines
        listed = [line.item and line.open and is_headline(line) for line in lines]
        pairs = Counter(
            (first.text, second.text)
            for first, second in pairwise(lines)
            if listed[first.index] and listed[second.index]
        )
        twice = paired(lines, lambda first, second: pairs.get((first.text, second.text), 0) == 2)
        # An article may list the same few places under each of its sections; its own
        # lists stand inside its text, where a desktop and a phone box stand around it.
        text = range(page.first_paragraph, page.last_paragraph + 1)
        for run in runs_of(lines, twice, self.min_run, stacked=False):
            if run[0].index not in text or run[-1].index not in text:
                yield from run


class PastSignature(Rule):
    """Headlines below the article's closing signature, until the body resumes: other stories."""

    name = "past-signature"
    label: ClassVar[Label] = "related"

    def find(self, page: Page) -> Iterator[PageLine]:
        below = _until_body_resumes(page, lambda line: line.rule in _SIGNATURES)
        return (line for line in below if is_headline(line) or is_teaser(line) or _question(line))


CLOSING_MIN_HEADLINES = 3


class ClosingHeadlines(Rule):
    """Three or more listed headlines left alone after the article's last paragraph: links."""

    name = "closing-headlines"
    label: ClassVar[Label] = "related"

    def __init__(self, min_headlines: int = CLOSING_MIN_HEADLINES) -> None:
        self.min_headlines = min_headlines

    def find(self, page: Page) -> Iterator[PageLine]:
        last = page.last_paragraph
        if last < 0:
            return
        # Only furniture stands between them (rules, counters, list markers), and nothing
        # of the text after them: an article ends on a sentence, not on three headings.
        # Each is a converter's heading or list item: a bare short line there may be the
        # outlet a source line names ("Theo Lê Ánh" over "Pháp luật TP Hồ Chí Minh").
        left = [line for line in page.lines[last + 1 :] if line.open]
        if len(left) >= self.min_headlines and all(map(_listed_headline, left)):
            yield from left


def _listed_headline(line: PageLine) -> bool:
    return is_headline(line) and (line.heading > 0 or line.item)


# A box of links under its heading: more headlines than an article's closing list of
# points would stack without a sentence between them.
BOX_MIN_HEADLINES = 4


class HeadedBox(Rule):
    """After the article's last paragraph, four or more listed headlines under a heading."""

    name = "headed-box"
    label: ClassVar[Label] = "related"

    def __init__(self, min_headlines: int = BOX_MIN_HEADLINES) -> None:
        self.min_headlines = min_headlines

    def find(self, page: Page) -> Iterator[PageLine]:
        last = page.last_paragraph
        if last < 0:
            return
        lines = page.lines[last + 1 :]
        # Headlines come as list items, or as headings stacked with no text between (a
        # heading over list items heads them), each perhaps over its teaser cut short
        # with no stop ("#### Nơi ngắm trọn Thành phố Hà Giang" over "Cùng Phượt – Không
        # phải thành phố nào cũng được").
        listed = [
            line.open
            and _box_item(line)
            and (
                line.item
                or (line.heading > 0 and not _heads_items(page, line))
                or _cut_teaser(page, line)
            )
            for line in lines
        ]
        for run in runs_of(lines, listed, self.min_headlines, stacked=False):
            above = page.before(run[0])
            # Under its heading, or under furniture (a menu ends where the box starts).
            if (
                above is not None
                and above.index > last
                and (above.label == "nav" or _box_heading(above))
            ):
                yield from run
            # Stacked headings: the first is the box's own ("Gợi ý du lịch").
            elif run[0].heading and len(run) > self.min_headlines:
                yield from run[1:]


def _cut_teaser(page: Page, line: PageLine) -> bool:
    """A plain line under a heading that ends on no sentence stop: a teaser cut short."""
    above = page.before(line)
    return not line.heading and not line.ends_sentence and above is not None and above.heading > 0


def _heads_items(page: Page, line: PageLine) -> bool:
    below = page.after(line)
    return below is not None and below.item


def _box_item(line: PageLine) -> bool:
    """A headline as a box lists it: a few words, perhaps a question, not a statement."""
    return 0 < line.words <= HEADLINE_MAX_WORDS and not line.ends_full_stop


def _box_heading(line: PageLine) -> bool:
    """A box's heading: a heading line, or a box's header words, not a sentence."""
    return not line.ends_sentence and (
        line.heading > 0 or vocab.LIST_HEADER.fullmatch(line.text) is not None
    )


class BoxHeading(Rule):
    """The heading right above a box of links that headed-box took."""

    name = "box-heading"
    label: ClassVar[Label] = "nav"

    def find(self, page: Page) -> Iterator[PageLine]:
        return next_to(page, HeadedBox.name, below=False)


class DatedHeadline(Rule):
    """A headline left open over the date listed-date took ("Đã đăng 24/02/2023"): that list's item."""

    name = "dated-headline"
    label: ClassVar[Label] = "related"

    def find(self, page: Page) -> Iterator[PageLine]:
        return (line for line in next_to(page, ListedDate.name, below=False) if is_headline(line))


# Sections follow one another with text between them; headings stacked with none are a
# box of links set as headings ("### Du lịch Quận Ba Đình", "### Du lịch Quận Hoàn
# Kiếm", …), most of them opening on the same words. A crawl that kept an article's
# headings alone names sections each in its own words (776).
HEADING_LINKS_MIN_ITEMS = 5
HEADING_LINKS_MIN_SHARE = 0.8
HEADING_LINKS_OPENING_WORDS = 2


class HeadingLinks(Rule):
    """Headings stacked with no text between, most opening on the same words: links to pages."""

    name = "heading-links"
    label: ClassVar[Label] = "related"

    def __init__(
        self,
        min_items: int = HEADING_LINKS_MIN_ITEMS,
        min_share: float = HEADING_LINKS_MIN_SHARE,
    ) -> None:
        self.min_items = min_items
        self.min_share = min_share

    def find(self, page: Page) -> Iterator[PageLine]:
        # A literal search tells a page with no heading at all (most) without a look at
        # each line.
        if "\n#" not in page.framed:
            return
        lines = page.lines
        for run in runs_of(
            lines, [line.heading > 0 for line in lines], self.min_items, stacked=False
        ):
            openings = [_opening(line) for line in run]
            common, count = Counter(openings).most_common(1)[0]
            if count >= self.min_items and count >= self.min_share * len(run):
                yield from (
                    line
                    for line, opening in zip(run, openings, strict=True)
                    if line.open and opening == common
                )


def _opening(line: PageLine) -> str:
    return " ".join(line.bare.lower().split()[:HEADING_LINKS_OPENING_WORDS])


# Bylines that close an article: a name alone, or a name with its source.
_SIGNATURES = frozenset({"signature", "author-source"})


def _question(line: PageLine) -> bool:
    return line.text.endswith("?") and line.words <= HEADLINE_MAX_WORDS


class GluedLink(Rule):
    """A headline glued under a paragraph in a page that spaces its paragraphs: a link."""

    name = "glued-link"
    label: ClassVar[Label] = "related"

    def find(self, page: Page) -> Iterator[PageLine]:
        if not page.spaced:
            return
        for line in page.lines:
            above, below = page.before(line), page.after(line)
            if (
                line.open
                and line.gap == 0
                # Shorter, a line glued there may head the next section instead.
                and GLUED_MIN_WORDS <= line.words <= GLUED_MAX_WORDS
                and (not line.ends_sentence or is_teaser(line))
                and not line.text.endswith(("|", ","))
                and above is not None
                and is_paragraph(above)
                and (below is None or below.gap > 0)
            ):
                yield line


class TopHeadline(Rule):
    """A headline heading the page right above a photo's caption: another story's link."""

    name = "top-headline"
    label: ClassVar[Label] = "related"

    def find(self, page: Page) -> Iterator[PageLine]:
        first = next((line for line in page.lines if line.open), None)
        if first is None or not is_headline(first):
            return
        below = page.after(first)
        if below is not None and below.label == "caption" and page.title is None:
            yield first
