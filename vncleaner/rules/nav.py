"""Page furniture: menus, breadcrumbs, widgets, list headers, footers."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import ClassVar, TypeGuard

import regex

from vncleaner import vocab
from vncleaner.folding import lower_case
from vncleaner.labels import Label
from vncleaner.page import MARKER, Page, PageLine, Trigger
from vncleaner.rules.base import (
    LINKED,
    LineRule,
    PatternRule,
    Rule,
    next_to,
    runs_of,
    under_list_intro,
)
from vncleaner.rules.facts import fact_key
from vncleaner.rules.fields import TitleField
from vncleaner.rules.sections import CONTENTS_RULE, entry_shaped, key_places, section_heads
from vncleaner.rules.title import beside_date_or_author
from vncleaner.shapes import HEADLINE_MAX_WORDS, SECTION_NUMBER, link_text, opens_lowercase
from vncleaner.syllables import is_glued_syllables, is_plain_syllable, without_marks

FOOTER_MAX_WORDS = 40
BREADCRUMB_MAX_WORDS = 15
# The home page, a section and the article: three crumbs make a path.
BREADCRUMB_MIN_ARROWED = 3
CALL_TO_ACTION_MAX_WORDS = 15
# The longest invitation of the corpus has 57 words: a shop blog's sign-off, thanks,
# an offer to answer and its fanpage (128).
INVITATION_MAX_WORDS = 60
HEADER_MAX_LINES = 10
HEADER_MAX_WORDS = 12
# A table of contents lists two sections or more; one line printed again may be a lead
# or a headline repeated.
CONTENTS_MIN_ENTRIES = 2


class SymbolsOnly(PatternRule):
    """A line of punctuation or symbols alone ("–", "*", ".")."""

    name = "symbols-only"
    label: ClassVar[Label] = "nav"
    # The first character is no letter or digit ("_" is punctuation and a word character).
    trigger = Trigger.of(r"\n[^\w\n]|\n_")
    pattern = vocab.SYMBOLS_ONLY


class IconWord(LineRule):
    """A lone lowercase ASCII word that is an icon or button name ("create", "share"), or a locale."""

    name = "icon-word"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(r"\n(?:[a-z_]{2,20}|[a-z]{2}_[A-Z]{2})(?=\n)")
    textual = True

    def match(self, line: PageLine) -> bool:
        text = line.text
        if vocab.LOCALE.match(text):
            return True
        return (
            vocab.ICON_WORD.match(text) is not None
            and not is_plain_syllable(text)
            and not is_glued_syllables(text)
        )


class CallToAction(LineRule):
    """A shop's button in capitals, inviting to buy or sign up ("MUA LAPTOP … GIÁ TỐT")."""

    name = "call-to-action"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(
        r"\n(?:👉 ?)?(?:mua|đặt|đăng ký|xem ngay|gọi ngay|liên hệ ngay|nhận|săn) ", folded=True
    )
    textual = True

    def __init__(self, max_words: int = CALL_TO_ACTION_MAX_WORDS) -> None:
        self.max_words = max_words

    def match(self, line: PageLine) -> bool:
        text = line.text
        return (
            line.words <= self.max_words
            and text == text.upper()
            and vocab.CALL_TO_ACTION.match(text) is not None
        )


class PriceTag(PatternRule):
    """A product card's price or star rating alone on a line ("33.290.000₫-19%", "0.0(0 đánh giá)")."""

    name = "price-tag"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(r"\n(?:giá)?\d[\d.,]{0,16}\s?(?:₫|đ|vn|\()", folded=True)
    pattern = vocab.PRICE_TAG
    whole = True


class ProductCard(Rule):
    """A card's name and glued fields ("Phương tiệnXe du lịch") over its price: a shop's or tour's card."""

    name = "product-card"
    label: ClassVar[Label] = "nav"

    def find(self, page: Page) -> Iterator[PageLine]:
        for line in next_to(page, PriceTag.name, below=False):
            above: PageLine | None = line
            while above is not None and above.open and vocab.CARD_FIELD.match(above.bare):
                yield above
                above = page.before(above)
            # A shop's card may print the product's blurb, cut short, over its price.
            if above is not None and above.open and _cut_blurb(above):
                yield above
                above = page.before(above)
            if _card_name(above):
                yield above


def _cut_blurb(line: PageLine) -> bool:
    return line.text.endswith(("..", "…")) and line.words <= HEADLINE_MAX_WORDS


def _card_name(line: PageLine | None) -> TypeGuard[PageLine]:
    """A short open line that ends no sentence: the name a card prints over its fields."""
    return (
        line is not None
        and line.open
        and line.words <= HEADLINE_MAX_WORDS
        and not line.ends_sentence
    )


class Invitation(LineRule):
    """The site inviting its reader to follow its channel, read on or ask ("Cùng Follow kênh Youtube …")."""

    name = "invitation"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(
        r"\n(?:cùng|hãy|mời|đừng quên|quý|bạn đọc|cảm ơn) |follow ngay", folded=True
    )
    textual = True

    def __init__(self, max_words: int = INVITATION_MAX_WORDS) -> None:
        self.max_words = max_words

    def match(self, line: PageLine) -> bool:
        return line.words <= self.max_words and vocab.INVITATION.match(line.text) is not None


class LikeCounter(LineRule):
    """A like or view counter left as a line of its own ("0", "0 0", "1875 Lượt xem")."""

    name = "counter"
    label: ClassVar[Label] = "nav"
    # A tagged crawl prints the counters as list items ("[LI] 0 Bình luận").
    trigger = Trigger.of(
        rf"\n(?:{MARKER})?\d(?:[\d ]*(?=\n)|[\d.,]*\s*(?:lượt|bình|like|view|comment|share))",
        folded=True,
    )
    textual = True

    def match(self, line: PageLine) -> bool:
        return vocab.COUNTER.match(line.bare) is not None


class ViewCount(Rule):
    """A number alone right under the dateline: the story's view count ("8011")."""

    name = "view-count"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(rf"\n(?:{MARKER})?\d[\d.,]*(?=\n)")

    def find(self, page: Page) -> Iterator[PageLine]:
        # A number alone elsewhere may be the text's (a year heading a period, a step's
        # number); under the date the page was published it counts the story's readers.
        for line in page.hit_by(self.trigger):
            above = page.before(line)
            if line.open and above is not None and above.label == "dateline":
                yield line


class ListHeader(LineRule):
    """A header that opens a list of other stories ("Đọc thêm", "Tin liên quan")."""

    name = "list-header"
    label: ClassVar[Label] = "nav"
    # Converters put a markdown heading or list marker before it ("### Tin liên quan");
    # sites, a link's arrows (">>>Xem Thêm:").
    trigger = Trigger.of(
        rf"\n(?:{MARKER})?(?:>>+|»)?\s*(?:{lower_case(vocab.LIST_HEADERS)})", folded=True
    )
    textual = True

    def match(self, line: PageLine) -> bool:
        text = line.bare
        arrows = vocab.LINK_MARK.match(text)
        if arrows is not None:
            text = text[arrows.end() :]
        return line.words <= 7 and vocab.LIST_HEADER.fullmatch(text) is not None


class LinkRun(PatternRule):
    """A line of two or more markdown links and nothing else: a converted menu."""

    name = "link-run"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(r"\n\W{0,3}\[")
    pattern = vocab.LINK_RUN
    whole = True


class LinkedWidget(LineRule):
    """A line that is one link to a widget, a follow button or a script ("[VN-INDEX](javascript:…)")."""

    name = "linked-widget"
    label: ClassVar[Label] = "nav"
    trigger = LINKED
    textual = True

    def match(self, line: PageLine) -> bool:
        text = link_text(line)
        return text is not None and (
            vocab.WIDGET.fullmatch(text) is not None
            or vocab.FOLLOW_BUTTON.fullmatch(text) is not None
            # A link that runs a script opens no page: a button, a tab, a ticker's row.
            or "](javascript:" in line.text
        )


# One or two pictograms in front of a label ("👉 ", "💡 ", "► ").
_ICON = re.compile(r"[^\w\s\"'“”(\[]{1,2} ?")


def _icon_end(text: str) -> int:
    """Where the label starts after an icon opening ``text``, 0 when none does ("👉 Xem ngay").

    >>> _icon_end("👉 Xem ngay"), _icon_end("E-Mail")
    (2, 0)
    """
    found = _ICON.match(text)
    return found.end() if found else 0


# An icon font's glyph, which converters print as empty emphasis: "__ In bài __ Gửi".
_GLYPH = "__"


class Widget(LineRule):
    """A widget's label or a row of them: font size, share buttons, tags, follow prompts, ads."""

    name = "widget"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(
        rf"\n(?:(?:{MARKER}|{_ICON.pattern}|{_GLYPH} ?)?(?:{lower_case(vocab.WIDGETS)})|theo dõi|hôm nay"
        r"|#[^\s#])",
        folded=True,
    )
    textual = True

    def match(self, line: PageLine) -> bool:
        text = line.text
        return (
            # A converter may mark the label as a heading or an item ("### Nội dung chính"),
            # an advert box with an emoji ("👉 ĐĂNG KÝ NGAY").
            vocab.WIDGET.fullmatch(line.bare) is not None
            # Without an icon the text is the bare line, tried above.
            or ((start := _icon_end(text)) > 0 and vocab.WIDGET.fullmatch(text, start) is not None)
            or vocab.WIDGET_ROW.fullmatch(text) is not None
            or (_GLYPH in text and _glyph_row(text))
            or vocab.TAG_LINE.fullmatch(text) is not None
            or _tag_links(text)
            or vocab.FOLLOW_PROMPT.fullmatch(text) is not None
            or vocab.FOLLOW_NAMED.match(text) is not None
            or vocab.CLOCK.match(text) is not None
        )


class FormLine(LineRule):
    """A comment or login form's text: its header, privacy note, checkbox and starred fields."""

    name = "form-line"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(
        rf"\n(?:{MARKER})?(?:để lại|trả lời\s*hủy|(?:địa chỉ )?email của bạn|thư điện tử của bạn"
        r"|(?:viết|gửi) (?:bình luận|ý kiến) của bạn|(?:bình luận|ý kiến) của bạn"
        r"|lưu tên của tôi|ghi nhớ mật khẩu|quên mật khẩu"
        r"|leave a|cancel reply|your email address|save my name"
        r"|[^\n*]{1,40}\*\n)",
        folded=True,
    )
    textual = True

    def match(self, line: PageLine) -> bool:
        return vocab.FORM_LINE.fullmatch(line.bare) is not None


# The pitch under a newsletter box's heading is a line or two of the site's words.
NEWSLETTER_PITCH_MAX_WORDS = 40


class Newsletter(Rule):
    """A newsletter box: its heading ("Đăng ký nhận ưu đãi") and the pitch under it."""

    name = "newsletter"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(rf"\n(?:{MARKER})?đăng k[ýí] nhận ", folded=True)

    def find(self, page: Page) -> Iterator[PageLine]:
        for header in page.hit_by(self.trigger):
            if header.open and vocab.NEWSLETTER_HEADER.fullmatch(header.bare) is not None:
                yield header
                below = page.after(header)
                if below is not None and below.open and below.words <= NEWSLETTER_PITCH_MAX_WORDS:
                    yield below


class FormField(Rule):
    """A comment form's field named without its star ("Trang web"), next to the form's lines."""

    name = "form-field"
    label: ClassVar[Label] = "nav"

    def find(self, page: Page) -> Iterator[PageLine]:
        beside = {
            line.index: line
            for below in (True, False)
            for line in next_to(page, FormLine.name, below=below)
            if vocab.FORM_FIELD.fullmatch(line.bare) is not None
        }
        return iter(beside.values())


# Widget labels of two words or more as older pages typed them, without accents ("Ban in",
# "Phan hoi"). One-word labels stay out: without marks they are other words ("Thẻ", "the").
_UNACCENTED_WIDGETS = frozenset(
    without_marks(phrase).lower()
    for phrase in vocab.WIDGET_PHRASES.split("|")
    if " " in phrase and without_marks(phrase) != phrase
)
UNACCENTED_WIDGET_MAX_WORDS = 4


class UnaccentedWidget(LineRule):
    """A widget's label typed without accents ("Ban in", "Gui lien ket", "Phan hoi")."""

    name = "unaccented-widget"
    label: ClassVar[Label] = "nav"
    textual = True

    def match(self, line: PageLine) -> bool:
        text = line.text
        return (
            line.words <= UNACCENTED_WIDGET_MAX_WORDS
            and text.isascii()
            and text.lower() in _UNACCENTED_WIDGETS
        )


# A converter that joins inline elements prints a menu's items with no space between
# them: "Thời sựKinh doanhThể thao". Brand names make a join or two in a paragraph
# ("TikTok", "VietNamNet"); a menu row is short and makes several. A join needs two
# small letters before it: one is a brand's prefix ("jQuery", "iPhone", "eSIM"), and a
# capital and a small one are a chemical symbol ("2NaOH", "Ca(ClO 4)2"). A longer
# row (a dropdown printed with all its items) still makes a join every few words,
# where the densest paragraph in the corpus makes one in fourteen (brand names).
GLUED_MENU_MIN_JOINS = 2
GLUED_MENU_MAX_WORDS = 20
GLUED_MENU_DENSE_SHARE = 0.15
_JOIN = regex.compile(r"(?<=\p{Ll})\p{Ll}\p{Lu}")


class GluedMenu(LineRule):
    """Menu items run together with no space between them: "Thời sựKinh doanhThể thao"."""

    name = "glued-menu"
    label: ClassVar[Label] = "nav"
    textual = True

    def __init__(
        self,
        min_joins: int = GLUED_MENU_MIN_JOINS,
        max_words: int = GLUED_MENU_MAX_WORDS,
        dense_share: float = GLUED_MENU_DENSE_SHARE,
    ) -> None:
        self.min_joins = min_joins
        self.max_words = max_words
        self.dense_share = dense_share

    def match(self, line: PageLine) -> bool:
        if (
            line.ends_sentence
            # Links and addresses join words by design ("facebook.com/EmbassyOfSweden",
            # "Fanpage:www.facebook.com/CuaComRestaurant.TanAn/").
            or "](" in line.text
            or "://" in line.text
            or "www." in line.text
        ):
            return False
        joins = len(_JOIN.findall(line.text))
        return joins >= self.min_joins and (
            line.words <= self.max_words or joins >= self.dense_share * line.words
        )


class ReaderComment(Rule):
    """A reader's comment under its name and time ago, the comment printed again, and their heading."""

    name = "reader-comment"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(r"says\s*:\s*\d", folded=True)

    def find(self, page: Page) -> Iterator[PageLine]:
        first = True
        for line in page.hit_by(self.trigger):
            if not line.open or vocab.COMMENT_HEAD.match(line.bare) is None:
                continue
            above, below = page.before(line), page.after(line)
            if (
                first
                and above is not None
                and above.open
                and vocab.COMMENTS_HEADER.fullmatch(above.bare) is not None
            ):
                yield above
            first = False
            yield line
            # The comment's text alone again under its head, as some themes print it.
            if below is not None and below.open and below.bare in line.bare:
                yield below


# A dropdown's parent item prints its own words and then its items' run together
# ("ĐIỂM ĐẾNĐIỂM ĐẾN ĐÀ NẴNGĐIỂM ĐẾN HÀ NỘI…"), and each item follows on a line of its
# own. Two items at least, or one that is itself such a parent (a menu of menus): a line
# printed again under a short heading is the heading's.
DROPDOWN_MIN_ITEMS = 2
DROPDOWN_HEAD_MAX_CHARS = 40


class Dropdown(Rule):
    """A menu item printed with its submenu's items run together, each item then on its own line."""

    name = "dropdown"
    label: ClassVar[Label] = "nav"

    def __init__(
        self, min_items: int = DROPDOWN_MIN_ITEMS, head_max_chars: int = DROPDOWN_HEAD_MAX_CHARS
    ) -> None:
        self.min_items = min_items
        self.head_max_chars = head_max_chars

    def find(self, page: Page) -> Iterator[PageLine]:
        lines = page.lines
        # Where each line's submenu ends (exclusive), found from the bottom up so that a
        # parent can take a nested parent and its items as one of its own items.
        ends = [index + 1 for index in range(len(lines))]
        parent = [False] * len(lines)
        squeezed: list[str | None] = [None] * len(lines)
        for index in range(len(lines) - 2, -1, -1):
            end = self._items_end(lines, index, ends, parent, squeezed)
            if end:
                ends[index], parent[index] = end, True
        index = 0
        while index < len(lines):
            if parent[index]:
                yield from (line for line in lines[index : ends[index]] if line.open)
            index = ends[index] if parent[index] else index + 1

    def _items_end(
        self,
        lines: Sequence[PageLine],
        index: int,
        ends: list[int],
        parent: list[bool],
        squeezed: list[str | None],
    ) -> int:
        """The end of the items ``lines[index]`` runs together after its own words, or 0."""
        line = lines[index]
        if not line.open or line.ends_sentence or len(lines[index + 1].bare) >= len(line.bare):
            return 0
        text = _squeezed(lines, index, squeezed)
        at = text.find(_squeezed(lines, index + 1, squeezed))
        if not 0 < at <= self.head_max_chars:
            return 0
        # A question or a label heading its items ("Chơi gì?Ngắm ruộng bậc thang …") is
        # the article's own list, printed the way a crawler prints a dropdown.
        if text[at - 1] in "?:":
            return 0
        items, nested, item = 0, False, index + 1
        while at < len(text) and item < len(lines):
            words = _squeezed(lines, item, squeezed)
            if not words or not text.startswith(words, at):
                return 0
            at += len(words)
            items += 1
            nested = nested or parent[item]
            item = ends[item]
        return item if at == len(text) and (items >= self.min_items or nested) else 0


def _squeezed(lines: Sequence[PageLine], index: int, cache: list[str | None]) -> str:
    """The line's text without its spaces, as a converter that runs items together prints it."""
    text = cache[index]
    if text is None:
        text = cache[index] = "".join(lines[index].bare.split())
    return text


BAR_MIN_ITEMS = 3
BAR_ITEM_MAX_WORDS = 4
_BAR = " | "


class MenuBar(Rule):
    """Three or more short items on one line split by vertical bars: a menu bar."""

    name = "menu-bar"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(r" \| ")

    def __init__(
        self, min_items: int = BAR_MIN_ITEMS, item_max_words: int = BAR_ITEM_MAX_WORDS
    ) -> None:
        self.min_items = min_items
        self.item_max_words = item_max_words

    def find(self, page: Page) -> Iterator[PageLine]:
        for line in page.hit_by(self.trigger):
            if line.open and self.match(line) and not _heads_table(page, line):
                yield line

    def match(self, line: PageLine) -> bool:
        text = line.text
        # A table row opens and closes on its rule ("| a | b |"): cells, not a menu.
        if text.startswith("|") or text.endswith("|"):
            return False
        items = text.split(_BAR)
        return len(items) >= self.min_items and all(map(self._item, items))

    def _item(self, item: str) -> bool:
        """A menu item: some words, a few at most, not closed like a sentence."""
        last = item.strip()[-1:]
        return bool(last) and last not in ".!?…:" and item.count(" ") < self.item_max_words


def _heads_table(page: Page, line: PageLine) -> bool:
    """True when the line under ``line`` has as many cells: a table's header over its
    rows ("Tiêu chí | MCP | API truyền thống" over "Giao tiếp … | Có | Không")."""
    below = page.after(line)
    return below is not None and below.text.count(_BAR) == line.text.count(_BAR)


def _glyph_row(text: str) -> bool:
    """Widget labels behind icon glyphs: "__ In bài __ Gửi"."""
    labels = " ".join(text.replace(_GLYPH, " ").split())
    return bool(labels) and (
        vocab.WIDGET.fullmatch(labels) is not None or vocab.WIDGET_ROW.fullmatch(labels) is not None
    )


# Tags glued by a text converter run to a few words ("Tags:doanh nghiệpKinh doanh").
TAG_MAX_WORDS = 12
# "Chủ đề: …" may also open a paragraph on a meeting's theme: only the words that
# label nothing but tags.
_TAGS_ONLY = re.compile(r"(?i)tags?|từ khóa|từ khoá")


def _tag_links(text: str) -> bool:
    """A tag label followed by links and nothing else ("Tags: [a](…) [b](…)"), or by a
    few words the links left ("Tags:doanh nghiệpKinh doanh")."""
    label = vocab.TAG_LABEL.match(text)
    if label is None:
        return False
    rest = text[label.end() :]
    return (
        vocab.LINK_RUN.fullmatch(rest) is not None
        or vocab.ONE_LINK.fullmatch(rest) is not None
        or (
            _TAGS_ONLY.fullmatch(text[: label.end()].rstrip(": ")) is not None
            and len(rest.split()) <= TAG_MAX_WORDS
            and not rest.rstrip().endswith((".", "!", "?"))
        )
    )


class Breadcrumb(LineRule):
    """A breadcrumb from the home page ("Trang chủ Quốc tế Nhịp sống")."""

    name = "breadcrumb"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(r"\n(?:trang chủ|home)", folded=True)
    textual = True

    def match(self, line: PageLine) -> bool:
        return (
            not line.ends_sentence
            and vocab.BREADCRUMB.match(line.text) is not None
            and (line.words <= BREADCRUMB_MAX_WORDS or _headline_crumb(line.text))
        )


# Arrows or slashes between crumbs ("Trang chủ»Du lịch Hải Phòng»TOP 15+ quán ăn ngon …",
# "Trang chủ/Đặc sản vùng miền/Top 15 Đặc Sản …"; a slash between figures is a date, "1/2024").
_CRUMB_ARROW = re.compile(r"\s*(?:[»›>]|(?<!\d)/(?!\d))\s*")


def _headline_crumb(text: str) -> bool:
    """Crumbs set apart by arrows, the last the article's headline: the crumbs before it
    are short, the headline may be long."""
    crumbs = _CRUMB_ARROW.split(text)
    return (
        len(crumbs) >= BREADCRUMB_MIN_ARROWED
        and len(" ".join(crumbs[:-1]).split()) <= BREADCRUMB_MAX_WORDS
        and len(crumbs[-1].split()) <= HEADLINE_MAX_WORDS
    )


# "1. Trang chủ", "* Trang chủ": the home page as a list's first item.
_LISTED_HOME = Trigger.of(r"\n(?:1[.)]|[*+-])\s+(?:trang chủ|home)\n", folded=True)
_LISTED_ITEM = re.compile(r"(\d{1,2})[.)]\s+\S")
# "* > Văn học THCS": a bulleted crumb opens with the separator a breadcrumb prints.
_BULLETED_CRUMB = re.compile(r"[*+-]\s+[>»›]\s*\S")


class ListedBreadcrumb(Rule):
    """A breadcrumb set as a list from the home page ("1. Trang chủ", "* > Văn học")."""

    name = "listed-breadcrumb"
    label: ClassVar[Label] = "nav"

    def find(self, page: Page) -> Iterator[PageLine]:
        for home in page.hit_by(_LISTED_HOME):
            yield home
            crumbs = page.lines[home.index + 1 :]
            if home.item:
                yield from _bulleted_crumbs(crumbs)
                continue
            # The crumbs go on stacked under it, numbered on: 2., 3., ...
            for number, line in enumerate(crumbs, start=2):
                item = _LISTED_ITEM.match(line.text)
                if line.gap or item is None or int(item.group(1)) != number:
                    break
                if line.words <= BREADCRUMB_MAX_WORDS and line.open:
                    yield line


def _bulleted_crumbs(lines: Sequence[PageLine]) -> Iterator[PageLine]:
    """The stacked items under a bulleted home that open with a separator; the last may be
    the headline, at any length."""
    for line in lines:
        if line.gap or _BULLETED_CRUMB.match(line.text) is None:
            return
        if line.open:
            yield line


class Footer(LineRule):
    """A copyright or masthead line ("© Bản quyền thuộc …", "Giấy phép số …"), a newsletter box."""

    name = "footer"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(lower_case(vocab.FOOTER_WORDS), folded=True, by_literals=True)
    textual = True

    def match(self, line: PageLine) -> bool:
        if line.words > FOOTER_MAX_WORDS:
            return False
        found = vocab.FOOTER.search(line.text)
        # A sentence that gives a contact is the article's own invitation to write in.
        return found is not None and not (
            line.ends_full_stop and vocab.FOOTER_CONTACT.fullmatch(found.group()) is not None
        )


class Masthead(Rule):
    """Outside the article, the publisher's address, telephone, editors or reuse notice."""

    name = "masthead"
    label: ClassVar[Label] = "nav"
    # A telephone's name may stand over its number ("Đường dây nóng" above "19009095"):
    # the match runs on into the line below.
    trigger = Trigger.of(vocab.MASTHEAD_WORDS, folded=True, spans=True)

    def find(self, page: Page) -> Iterator[PageLine]:
        # A converter may print the page's footer above the article, as it stands in the
        # markup; inside the article such words are the text's own.
        first, last = page.first_paragraph, page.last_paragraph
        # Only the parts outside the article are scanned: most of a page is its text.
        outside = page.hit_between(self.trigger, 0, first)
        if last >= first:
            outside += page.hit_between(self.trigger, last + 1, len(page))
        if not outside:
            return
        # A listicle gives each place's address and phone under its section; the last
        # section's, after the last paragraph, are the text's too.
        own = {fact_key(line) for line in page.lines[max(first, 0) : last + 1]} - {None}
        for line in outside:
            if line.open and line.words <= FOOTER_MAX_WORDS and fact_key(line) not in own:
                yield line


class ContactLink(Rule):
    """A site's page named in its contact block ("Website: http://fhp.com.vn/"), next to the block's furniture."""

    name = "contact-link"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(rf"\n(?:{MARKER})?(?:{vocab.CONTACT_PAGES})\s*:", folded=True)

    def find(self, page: Page) -> Iterator[PageLine]:
        # An article gives the website of a shop it writes about too ("Website:
        # www.zara.com/vn" under the shop's addresses): only the block's neighbours tell.
        taken: set[int] = set()
        for line in page.hit_by(self.trigger):
            neighbours = (page.before(line), page.after(line))
            if (
                line.open
                and vocab.CONTACT_LINK.match(line.bare) is not None
                and any(
                    other is not None and (other.label == "nav" or other.index in taken)
                    for other in neighbours
                )
            ):
                taken.add(line.index)
                yield line


class ContactIntro(Rule):
    """The site's invitation over its contact block ("… vui lòng liên hệ:"), the block's furniture below it."""

    name = "contact-intro"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(r"vui lòng[^\n]{0,40}:\n", folded=True)

    def find(self, page: Page) -> Iterator[PageLine]:
        for line in page.hit_by(self.trigger):
            below = page.after(line)
            if (
                line.open
                and below is not None
                and below.label == "nav"
                and vocab.CONTACT_INTRO.fullmatch(line.bare) is not None
            ):
                yield line


MENU_MIN_ITEMS = 4
MENU_ITEM_MAX_WORDS = 6
# A dash typed before an item: the writer's own list (all 122 such lines in the corpus's
# gold are body), where a menu's items come bare or with the converter's "* ".
_TYPED_DASHES = ("- ", "– ")


def _menu_items(lines: list[PageLine], part: list[PageLine]) -> list[bool]:
    """For each line of ``part``: short, open, not a sentence nor a typed list's item,
    and not the headline.

    A line of three words or more right above the dateline is the headline, unless it
    is stacked right under the items above it: then it is the menu's last item.
    """
    last = len(lines) - 1
    return [
        line.label is None
        and line.words <= MENU_ITEM_MAX_WORDS
        and not line.ends_sentence
        and not line.text.startswith(_TYPED_DASHES)
        and not (
            line.words >= 3
            and line.index < last
            and lines[line.index + 1].label == "dateline"
            and (line.gap > 0 or line.index == 0)
        )
        for line in part
    ]


class MenuRun(Rule):
    """A run of short items outside the article: a menu, a footer's links, a tag list."""

    name = "menu"
    label: ClassVar[Label] = "nav"

    def find(self, page: Page) -> Iterator[PageLine]:
        lines, start, end = page.lines, page.first_paragraph, page.last_paragraph
        # Only the lines above the article's first paragraph and below its last.
        outside = (lines,) if end < start else (lines[:start], lines[end + 1 :])
        for part in outside:
            for run in runs_of(part, _menu_items(lines, part), MENU_MIN_ITEMS, stacked=False):
                # Items under a sentence that introduces them are the article's list.
                if not under_list_intro(page, run[0]):
                    yield from run


class Header(Rule):
    """Lines above the headline: section names, site names, menus."""

    name = "header"
    label: ClassVar[Label] = "nav"

    def find(self, page: Page) -> Iterator[PageLine]:
        title = _printed_title(page)
        if title is None:
            return
        # A markdown "# " headline is sure evidence: a converter's dump of a whole page
        # puts the site's header and menus, however long, above it. So is the date or
        # the author right beside the headline.
        marked = title.heading == 1
        if not (marked or beside_date_or_author(page, title)) and title.index >= HEADER_MAX_LINES:
            return
        # Above a "# " headline any line that is no sentence is the header's, however
        # long: a menu of 160 section names printed as one line (114).
        for above in page.lines[: title.index]:
            if (
                above.open
                and (marked or above.words <= HEADER_MAX_WORDS)
                and not above.ends_sentence
            ):
                yield above


def _printed_title(page: Page) -> PageLine | None:
    """The headline as the page prints it: past a crawler's title field, the first title
    line of the page itself (the field stands above everything, the header included)."""
    titles = page.labelled("title")
    return next((line for line in titles if line.rule != TitleField.name), page.title_line)


# A table of contents printed more often than this is no table of contents.
CONTENTS_MAX_COPIES = 2
# A box names itself once or twice ("Contents" over "Mục lục bài viết"); more lines of
# such words stacked up are the page's own.
CONTENTS_MAX_HEADERS = 2


class TableOfContents(Rule):
    """A table of contents: section titles stacked above the article that head its sections below."""

    name = CONTENTS_RULE
    label: ClassVar[Label] = "nav"

    def __init__(self, min_entries: int = CONTENTS_MIN_ENTRIES) -> None:
        self.min_entries = min_entries

    def find(self, page: Page) -> Iterator[PageLine]:
        lines = page.lines
        # Each section holds a paragraph at least.
        if page.paragraphs_between(-1, len(lines)) < self.min_entries:
            return
        # Entries and the heads they name are both short lines that end on no full stop.
        if sum(line.open and entry_shaped(line) for line in lines) < self.min_entries:
            return
        keys, where = page.derived(key_places)
        first = page.first_paragraph
        entry = [False] * len(lines)
        for index, key in keys.items():
            # An entry names a section as its head does, capitalised; words in lower
            # case are a picture's keyword alt text, printed under picture after picture.
            # It names the section first (a headline above the text aside): a line the
            # article printed above it too is a picture's alt text again.
            line = lines[index]
            places = where.get(key, [-1])
            if (
                line.open
                and places[-1] > index
                and not any(first <= at < index for at in places)
                and not opens_lowercase(line.text)
            ):
                entry[index] = True
        for stack in runs_of(lines, entry, self.min_entries, stacked=False):
            run = _until_repeated(stack, keys)
            if len(run) < self.min_entries:
                continue
            copies, heads = _copies(page, run, keys, where)
            headers = [_headers(page, copy[0]) for copy in copies]
            if heads and _sections(page, heads, headed=bool(headers[0])):
                for copy, above in zip(copies, headers, strict=True):
                    yield from (header for header in above if header.open)
                    yield from copy


# A table of contents' entries as the box under its header prints them.
CONTENTS_ENTRY_MAX_WORDS = 15
CONTENTS_HEADER_MAX_WORDS = 5


class ContentsBox(Rule):
    """A contents box's header ("Mục lục", "MENU XEM NHANH") and the short entries under it."""

    name = "contents-box"
    label: ClassVar[Label] = "nav"
    trigger = Trigger.of(
        rf"\n(?:{MARKER})?(?:menu )?(?:mục lục|xem nhanh|nội dung|tổng quan bài viết|table of contents|contents)",
        folded=True,
    )

    def find(self, page: Page) -> Iterator[PageLine]:
        for header in page.hit_by(self.trigger):
            if (
                header.words <= CONTENTS_HEADER_MAX_WORDS
                and vocab.CONTENTS_HEADER.fullmatch(_without_menu(header.bare)) is not None
            ):
                if header.open:
                    yield header
                entries = list(_entries_under(page, header))
                if len(entries) >= CONTENTS_MIN_ENTRIES:
                    yield from (line for line in entries if line.open)


def _without_menu(text: str) -> str:
    return text[5:] if text[:5].lower() == "menu " else text


def _entries_under(page: Page, header: PageLine) -> Iterator[PageLine]:
    """The lines right under ``header`` shaped like entries: a few words, no sentence,
    no heading (a section starts there); each a list item, numbered, or stacked right
    under the one before. Entries the contents rule took already count."""
    first, listed = True, False
    seen: set[str] = set()
    for line in page.lines[header.index + 1 :]:
        if line.rule == CONTENTS_RULE:
            first, listed = False, True
            yield line
            continue
        # Past the entries the contents rule took, or at a line an entry named, the
        # first section begins.
        if listed or line.bare.lower() in seen:
            return
        if (
            not line.open
            or line.heading
            or line.ends_sentence
            or not 0 < line.words <= CONTENTS_ENTRY_MAX_WORDS
            or not (first or line.item or line.gap == 0 or SECTION_NUMBER.match(line.bare))
        ):
            return
        first = False
        seen.add(line.bare.lower())
        yield line


def _headers(page: Page, first: PageLine) -> list[PageLine]:
    """The header lines stacked right above a table of contents ("Contents" over
    "Mục lục bài viết"), nearest first. A header may already be taken as a widget's
    word; it is evidence still."""
    headers: list[PageLine] = []
    above = page.before(first)
    while (
        above is not None
        and len(headers) < CONTENTS_MAX_HEADERS
        and above.label in (None, "nav")
        and vocab.CONTENTS_HEADER.fullmatch(above.bare)
    ):
        headers.append(above)
        above = page.before(above)
    return headers


def _copies(
    page: Page, run: list[PageLine], keys: dict[int, str], where: dict[str, list[int]]
) -> tuple[list[list[PageLine]], list[int]]:
    """``run`` and the copies of it stacked right below, and the heads the last copy
    names: a page may print its table of contents twice (a floating box and the one in
    the text), and the first copy's entries then name the second's, not the sections."""
    copies = [run]
    heads = section_heads(run, keys, where)
    while (
        len(copies) < CONTENTS_MAX_COPIES
        and heads
        and heads[-1] - heads[0] == len(heads) - 1
        and not page.paragraphs_between(copies[-1][-1].index, heads[0])
    ):
        copies.append([page.lines[head] for head in heads])
        heads = section_heads(copies[-1], keys, where)
    return copies, heads


def _until_repeated(stack: list[PageLine], keys: dict[int, str]) -> list[PageLine]:
    """The lines of ``stack`` before one that repeats its first: the first section's head.

    (Another repeat is an entry named twice: "2.4 Laptop ASUS UX363EA", "2.8 Laptop ASUS
    UX363EA", two sections on two models of one name.)
    """
    first = keys[stack[0].index]
    for count, line in enumerate(stack[1:], start=1):
        if keys[line.index] == first:
            return stack[:count]
    return stack


def _sections(page: Page, heads: list[int], *, headed: bool = False) -> bool:
    """True when the lines at ``heads`` come in order with a paragraph after each.

    Under a header ("Mục lục") half the sections are enough: a chapter may begin with
    its first part at once ("2. Những điểm đáng giá" over "2.1 Cấu hình mới nhất"), a
    part may hold an offer's list and no paragraph.
    """
    ends = [*heads[1:], len(page.lines)]
    if any(head >= end for head, end in zip(heads, ends, strict=True)):
        return False
    held = sum(bool(page.paragraphs_between(h, e)) for h, e in zip(heads, ends, strict=True))
    return held == len(heads) or (headed and held * 2 >= len(heads))
