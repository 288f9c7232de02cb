"""Photo captions, alt text and photo credits."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import ClassVar

import regex

from vncleaner import vocab
from vncleaner.folding import lower_case
from vncleaner.labels import Label
from vncleaner.page import MARKER, Page, PageLine, Trigger
from vncleaner.rules.base import LineRule, PatternRule, Rule
from vncleaner.rules.facts import fact_key
from vncleaner.rules.sections import CONTENTS_RULE, listed_heads
from vncleaner.shapes import (
    ENUMERATED,
    HEADLINE_MAX_WORDS,
    PARAGRAPH_MIN_WORDS,
    is_bold,
    is_headline,
    is_italic,
    is_list_item,
    is_name,
    is_paragraph,
    is_statement,
    is_teaser,
    opens_lowercase,
    plain,
)
from vncleaner.syllables import has_diacritics, words

CAPTION_MAX_WORDS = 80
FOLLOWER_MAX_WORDS = 40
FOLLOWER_MIN_WORDS = 2
# A caption the converter wrapped goes on in lines of about its first line's width; a
# line this much longer is a paragraph set under it.
WRAP_MAX_WIDTH = 1.25
WRAP_MAX_LINES = 6
ITALIC_CAPTION_MAX_WORDS = 40
# What opens or closes a quotation, a list item or a note set in italics: a verse
# ("_“Bao giờ ngàn Hống hết cây,_"), a reader's comment ("_- \"…\"_"), "_(Còn nữa)_".
_QUOTED_OPEN = tuple("“\"'‘-–([*")
_QUOTED_CLOSE = tuple("”\"'’:")
# Blank lines a converter may leave between a picture and its italic caption.
ITALIC_MAX_GAP = 3
ALT_MIN_OVERLAP = 0.7
# Different alt texts of the headline one page may hold (a full and a shortened one).
ALT_MAX_VARIANTS = 2
# Pictures followed by this many statements of this many words: the page has no captions.
UNCAPTIONED_PARAGRAPH_WORDS = 20
UNCAPTIONED_MIN_PARAGRAPHS = 3
# ... and of at least this share of the page's median paragraph length.
UNCAPTIONED_PARAGRAPH_SHARE = 0.5
# A headline-shaped line printed this many times in the article: one picture's alt text
# under each of several pictures.
REPEATED_ALT_MIN_COPIES = 3
# Words a caption may add to the alt text over it and still be its twin ("… với CPU" over
# "… với CPU để hoạt động tốt hơn"); at ten a section's name in capitals over its first
# line passes for a picture's (166: "TIỆN ÍCH" over "Tiện ích ngay tại KĐT …").
TWIN_ADDED_WORDS = 5
# How far past the last paragraph a picture's twin lines are still looked for: the
# article's last pictures, not the page's foot.
TWIN_TAIL_LINES = 8
# Twins past the last paragraph with no full stop: up to this many pairs are the
# article's closing pictures; more are a related list printing each headline twice.
TWIN_TAIL_PAIRS = 2
# A scene's caption is one short sentence; past this many words it is the text's own.
SCENE_MAX_WORDS = HEADLINE_MAX_WORDS
PULL_QUOTE_MIN_WORDS = 10
PULL_QUOTE_MAX_WORDS = 60
# Letter words a quote holds at least (its figures aside): three, so that it has an inner
# word to look it up by.
PULL_QUOTE_MIN_LETTER_WORDS = 3
# Quotes times characters: past this, the pull-quote search no longer counts each quote
# in the page's text, a cost that grows with the page's square, and asks its word index.
SCAN_BUDGET = 4_000_000
# Keys a page's pull-quote searches may read in all. The corpus's pages read at most 2;
# a page of lines that all share their words would read every key for every line.
COMPARE_BUDGET = 50_000
# Where a sentence or a clause begins: a line's start, or after a stop, comma or quote.
_CLAUSE_START = re.compile(r"(?:^|\n|[.,:;!?\"“”]\s)")
# How many characters of a pulled sentence index it (every candidate has ten words).
_START_KEY = 12
# A sentence's end with another sentence after it.
# A sentence's stop, its closing quotes and the space after it; then anything (a stop
# inside a line), or a capital opening the next sentence (a break between two).
_STOP = r"[.!?…][\"'”’)]*\s+"
_SENTENCE_STOP = re.compile(_STOP + r"(?=\S)")
_SENTENCE_BREAK = regex.compile(_STOP + r"[\"'“‘(]*\p{Lu}")
_TABLE_CELL_END = re.compile(r"[.!?…][\"'”’)]*\s*\|$")
# Labels of lines that an image's caption follows.
_PICTURE = frozenset({"image", "slug"})
# An embedded post or video brings its own words: the line under its address is the page's.
_SELF_CAPTIONED = frozenset({"embed-url"})
# Rules whose lines are alt text, which a caption may follow too.
_ALT_RULES = frozenset(
    {
        "headline-alt",
        "numbered-alt",
        "numbered-stem",
        "alt-stub",
        "repeated-alt",
        "slug-alt",
        "keyword-alt",
    }
)
# Rules whose lines are a picture with its alt text on one line.
_ALT_STUBS = frozenset({"alt-stub", "slug-alt"})


class PhotoCredit(LineRule):
    """A line ending with a photo or video credit ("… Ảnh: Phạm Duy.", "(Ảnh: T.L)")."""

    name = "photo-credit"
    label: ClassVar[Label] = "caption"
    # Every credit pattern names a photo, picture, video, clip, drawing, maker or the web
    # it was taken from. (A tighter pattern, the word with its bracket or colon, scans
    # slower than the few lines it spares cost.)
    trigger = Trigger.of(
        r"ảnh|hình|video|clip|đồ họa|đồ hoạ|thực hiện|photo|sưu\s+tầm|internet", folded=True
    )
    textual = True

    def match(self, line: PageLine) -> bool:
        # Read past a list's marker: "- Đồ họa: Intel HD Graphics 520" opens on its key.
        text = line.bare
        if line.words > CAPTION_MAX_WORDS:
            return False
        if vocab.CREDIT_LEAD.match(text) is not None:
            return True
        credit = vocab.CREDIT.search(text) or vocab.CREDIT_NO_COLON.search(text)
        return credit is not None and not _glued_to_paragraph(text[: credit.start()])


def _glued_to_paragraph(caption: str) -> bool:
    """True when a whole paragraph stands before the caption's last sentence: a caption
    glued onto the body's line ("… vấn đề Biển Đông. Tổng thống Putin. Ảnh: Sputnik.").

    >>> _glued_to_paragraph("Cột điện đổ đè ôtô Mercedes. ")
    False
    """
    stops = list(_SENTENCE_STOP.finditer(caption.rstrip()))
    return bool(stops) and len(caption[: stops[-1].start()].split()) >= PARAGRAPH_MIN_WORDS


class NumberedAlt(LineRule):
    """Alt text numbered by the CMS ("… - Ảnh 1.", "… - Hình 2"), or glued to "blank"."""

    name = "numbered-alt"
    label: ClassVar[Label] = "caption"
    # The number closes the line: a paragraph that only mentions "ảnh" ("ảnh hưởng") is
    # not tried.
    trigger = Trigger.of(r"(?:ảnh|hình)\s*\d{1,3}\.?\s*\n|\nblank|\n\(?từ trái", folded=True)
    textual = True

    def match(self, line: PageLine) -> bool:
        text = line.text
        return (
            vocab.ALT_NUMBER.search(text) is not None
            or vocab.BLANK_ALT.match(text) is not None
            or vocab.PHOTO_LEFT_RIGHT.match(text) is not None
        )


# "<alt text> - 1" or "<alt text> 1": the number a CMS gives each picture of a page,
# after a word. Group 1: the dash, when there is one.
_STEM_NUMBER = re.compile(r"(?<=[^\W\d_])\s(?:([-–])\s)?(\d{1,3})$")
# A line ending in a figure: the cheapest scan that finds both shapes.
_NUMBERED = Trigger.of(r"\d\n")
STEM_MIN_WORDS = 4


class NumberedStem(Rule):
    """Alt text numbered "… - 1" whose words the page prints again, numbered or as a caption."""

    name = "numbered-stem"
    label: ClassVar[Label] = "caption"

    def find(self, page: Page) -> Iterator[PageLine]:
        numbered = [
            (line, line.text[: found.start()], found)
            for line in page.hit_by(_NUMBERED)
            if line.open and (found := _STEM_NUMBER.search(line.text)) is not None
        ]
        series: dict[str, list[PageLine]] = {}
        for line, stem, _ in numbered:
            series.setdefault(stem, []).append(line)
        for line, stem, found in numbered:
            # The stem closes on a letter (the pattern says so): never a sentence's stop.
            if len(stem.split()) < STEM_MIN_WORDS:
                continue
            below = page.after(line)
            if found[1] is None:
                # Without the dash only a series is evidence: the words under two numbers,
                # one picture per section, so never stacked as a menu's items are.
                if _picture_series(page, series[stem]):
                    yield line
            elif len(series[stem]) >= 2 or (below is not None and below.text.startswith(stem)):
                yield line


def _listed(above: list[PageLine]) -> bool:
    """True when the two lines ``above`` a line are open and end no sentence: the line is
    the next item of a list ("Xà lách", "Dầu ăn, dầu điều, tiêu" over "Nước tương"),
    whatever picture follows it. (Layout is no help: the re-read of the body has none.)"""
    return len(above) == 2 and all(line.open and not line.ends_sentence for line in above)


def _picture_series(page: Page, members: list[PageLine]) -> bool:
    """Accented words under two numbers or more, a paragraph between each two copies."""
    return (
        len({line.text for line in members}) >= 2
        and has_diacritics(members[0].text)
        and all(page.paragraphs_between(a.index, b.index) for a, b in pairwise(members))
    )


class TableCaption(LineRule):
    """A caption row of a markdown table: a sentence closed by "|"."""

    name = "table-caption"
    label: ClassVar[Label] = "caption"
    trigger = Trigger.of(r"\|(?=\n)")
    textual = True

    def match(self, line: PageLine) -> bool:
        return _TABLE_CELL_END.search(line.text) is not None


def _overlap(left: set[str], right: set[str]) -> float:
    if not left or not right:
        return 0.0
    return len(left & right) / max(len(left), len(right))


def _holds(text: str, words: set[str]) -> int:
    """How many of ``words`` occur in ``text``."""
    return sum(1 for word in words if word in text)


def _word_set(key: str) -> set[str]:
    return set(key.split(" ")) if key else set()


# A section heading's words, numbered or not, up to this many.
SECTION_HEADING_MAX_WORDS = 12
# A line numbered with a figure, behind a list or heading marker or not: a candidate section heading.
_NUMBERED_LINE = Trigger.of(rf"\n(?:{MARKER})?\d{{1,3}}\\?[.)]\s")


class SectionAlt(Rule):
    """A numbered heading's words again without the number ("Bánh chưng"): its picture's alt text."""

    name = "section-alt"
    label: ClassVar[Label] = "caption"

    def find(self, page: Page) -> Iterator[PageLine]:
        lines = page.lines
        # A table of contents numbers its entries too; the heads they name are the text's.
        numbered = {
            line.index
            for line in page.hit_by(_NUMBERED_LINE)
            if line.words <= SECTION_HEADING_MAX_WORDS
            and line.rule != CONTENTS_RULE
            and ENUMERATED.match(line.bare)
        }
        if not numbered:
            return
        short = [line for line in lines if 0 < line.words <= SECTION_HEADING_MAX_WORDS]
        keys = page.word_key_map(short)
        headings = {keys[index]: index for index in sorted(numbered, reverse=True) if keys[index]}
        # A marked heading is the text's own, its words printed again only by a table of
        # contents that numbers them ("[LI] 6. Bánh Chưng Đen Mường Lò" over "## Bánh …").
        for line in short:
            heading = headings.get(keys[line.index], len(lines))
            if (
                line.open
                and not line.heading
                and line.index not in numbered
                and heading < line.index
            ):
                yield line


HEADING_CAPTION_MAX_WORDS = 25
HEADING_CAPTION_ADDED_WORDS = 2
# A place's name of one word ("Landmark") may be any short line's first word.
HEADING_CAPTION_NAME_MIN_WORDS = 2


class HeadingCaption(Rule):
    """A line opening with its section's heading, below the section's text: its picture's caption."""

    name = "heading-caption"
    label: ClassVar[Label] = "caption"

    def __init__(
        self,
        max_words: int = HEADING_CAPTION_MAX_WORDS,
        added_words: int = HEADING_CAPTION_ADDED_WORDS,
    ) -> None:
        self.max_words = max_words
        self.added_words = added_words

    def find(self, page: Page) -> Iterator[PageLine]:
        # 30 of the 31 such lines in the corpus's gold are captions; the other adds one word
        # to a one-word heading ("Giới thiệu" over "Giới thiệu trường"), a subheading.
        lines = page.lines
        # Headings and captions alike end on no sentence stop: only they need their words.
        # (A heading marked as one may close on a stop: it is no paragraph still.)
        ends = [line.ends_sentence and not line.heading for line in lines]
        short = [
            line
            for line, ended in zip(lines, ends, strict=True)
            if not ended and line.open and 0 < line.words <= self.max_words
        ]
        if len(short) < 2:
            return
        keys = page.word_key_map(short)
        heading: PageLine | None = None
        paragraphs = 0
        for line, ended in zip(lines, ends, strict=True):
            if ended:
                paragraphs += line.words >= PARAGRAPH_MIN_WORDS
                continue
            key = keys.get(line.index, "")
            # An item is the section's own list ("* Bánh Tôm Hồ Tây: 1 Thanh Niên, …").
            if (
                heading
                and paragraphs
                and not line.item
                and self._describes(page, keys, line, heading)
            ):
                yield line
            elif key and (line.words <= SECTION_HEADING_MAX_WORDS or line.heading):
                heading, paragraphs = line, 0

    def _describes(
        self, page: Page, keys: dict[int, str], line: PageLine, heading: PageLine
    ) -> bool:
        """The heading and some words of description; or, under a marked heading, the name
        it opens with: "Nhà Hát Thành Phố" under "## 3 Nhà hát thành phố – Du Lịch Tp Hồ
        Chí Minh"."""
        key, head = keys.get(line.index, ""), keys[heading.index]
        if key.startswith(head + " "):
            return key.count(" ") - head.count(" ") >= self.added_words
        # A subheading naming part of its section is followed by its own text.
        below = page.after(line)
        return (
            heading.heading > 0
            and not line.heading
            and key.count(" ") + 1 >= HEADING_CAPTION_NAME_MIN_WORDS
            and (head == key or head.startswith(key + " "))
            and (below is None or not below.ends_sentence or below.heading > 0)
        )


class HeadlineAlt(Rule):
    """The headline (or a shortened headline) again as an image's alt text."""

    name = "headline-alt"
    label: ClassVar[Label] = "caption"

    def __init__(self, max_variants: int = ALT_MAX_VARIANTS) -> None:
        self.max_variants = max_variants

    def find(self, page: Page) -> Iterator[PageLine]:
        title = page.title
        if title is None:
            return
        title_words = set(words(title.lower()))
        if not title_words:
            return
        # A line sharing enough of the title's words holds each of them as a substring:
        # counting those spares the other lines their word split.
        need = math.ceil(ALT_MIN_OVERLAP * len(title_words) - 1e-9)
        near = [
            line
            for line in page.lines
            # Alt text is never a heading, a bold subheading, a list item nor a paragraph:
            # articles that pick up their headline's words in those are the article.
            if line.open
            and _holds(line.text.lower(), title_words) >= need
            and not (is_bold(line) or is_list_item(line) or line.heading or is_statement(line))
        ]
        alts = [
            line
            for line, key in zip(near, page.word_keys(near), strict=True)
            if _overlap(_word_set(key), title_words) >= ALT_MIN_OVERLAP
        ]
        # Alt text repeats the headline, the same words each time; many different lines
        # on the headline's words are an article writing about its subject.
        if len({line.text for line in alts}) <= self.max_variants:
            yield from alts


class GluedCaption(LineRule):
    """A picture with its caption run on after it on one line: the picture, "Camera ghi lại …"."""

    name = "glued-caption"
    label: ClassVar[Label] = "caption"
    trigger = Trigger.of(r"\n(?:\[\s*)?!\[")
    textual = True

    def match(self, line: PageLine) -> bool:
        glued = vocab.PICTURE_THEN_WORDS.fullmatch(line.text)
        if glued is None:
            return False
        words, picture = glued["words"], line.text[: glued.start("words")]
        return (
            # Another picture or link after the words is a row of pictures or links.
            "](" not in words
            and words.count(" ") + 1 <= FOLLOWER_MAX_WORDS
            # An icon before a button's label ("![](…/icon/right-arrow.svg)Xem các bài …").
            and vocab.ICON_FILE.search(picture) is None
        )


class StemCaption(PatternRule):
    """A picture's file-name stem with its alt text after it ("smartphone-bi-danh-gia-thap-5 Những …")."""

    name = "stem-caption"
    label: ClassVar[Label] = "caption"
    trigger = Trigger.of(r"\n[a-z0-9]{1,40}-[a-z0-9]{1,40}-[a-z0-9]")
    pattern = vocab.STEM_THEN_WORDS


# "GEARVN - Màn hình OLED là gì?": a brand of a few words and the words of another
# line, joined by a spaced dash, on either side.
_BRANDED = re.compile(
    r"^(?:(?P<brand>[^\s-][^-\n]{0,30}?) [-–] (?P<text>.{8,300})"
    r"|(?P<text2>.{8,300}?) [-–] (?P<brand2>[^-\n]{1,30}))$"
)
_BRANDED_TRIGGER = Trigger.of(r" [-–] ")
BRAND_MAX_WORDS = 3
BRANDED_MIN_COPIES = 2


class BrandedAlt(Rule):
    """Another line of the page again behind a brand ("GEARVN - Màn hình OLED là gì?"): alt text."""

    name = "branded-alt"
    label: ClassVar[Label] = "caption"

    def __init__(self, min_copies: int = BRANDED_MIN_COPIES) -> None:
        self.min_copies = min_copies

    def find(self, page: Page) -> Iterator[PageLine]:
        by_brand: dict[str, list[tuple[PageLine, str]]] = {}
        for line in page.hit_by(_BRANDED_TRIGGER):
            split = _brand_split(line) if line.open else None
            if split is not None:
                by_brand.setdefault(split[0].casefold(), []).append((line, split[1]))
        # One brand on two lines or more is the site's way with alt text; each line's
        # words must head another line (a section's head, a product's name).
        branded = [
            pair for pairs in by_brand.values() if len(pairs) >= self.min_copies for pair in pairs
        ]
        if not branded:
            return
        # The texts that start with a line's words stand together in sorted order.
        texts = sorted({line.text for line in page.lines})
        for line, text in branded:
            at = bisect_left(texts, text)
            # A copy of the line itself proves nothing (a banner printed thrice).
            heads = [other for other in texts[at : at + 2] if other != line.text]
            if heads and heads[0].startswith(text):
                yield line


def _brand_split(line: PageLine) -> tuple[str, str] | None:
    """The brand and the words of a branded line, or None."""
    found = _BRANDED.match(line.text)
    if found is None:
        return None
    brand = found["brand"] or found["brand2"]
    text = found["text"] or found["text2"]
    # A brand is a name: a capital first, a few words ("2023 !" closes a range of years).
    if brand is None or text is None or not brand[:1].isupper():
        return None
    if len(brand.split()) > BRAND_MAX_WORDS or len(text.split()) < 3:
        return None
    return brand, text


_SOURCE_COLON = re.compile(r"nguồn\s*:")


class SourcedTitle(LineRule):
    """A title closed by its source in brackets: a video's or a chart's ("… (Nguồn: FPT Play)")."""

    name = "sourced-title"
    label: ClassVar[Label] = "caption"
    trigger = Trigger.of(r"\(\s*nguồn\s*:", folded=True)
    textual = True

    def match(self, line: PageLine) -> bool:
        credit = vocab.BRACKETED_CREDIT.search(line.text)
        # A sentence may close on the source of its figures ("… tăng 5%. (Nguồn: GSO)").
        return (
            credit is not None
            # A photo's credit ("(Ảnh: Unsplash)", "(Nguồn ảnh Internet)") is
            # photo-credit's to read.
            and _SOURCE_COLON.match(credit.group().lstrip("( ").lower()) is not None
            and line.words <= HEADLINE_MAX_WORDS
            and not line.text[: credit.start()].rstrip().endswith((".", "!", "?", "…", ":"))
        )


class CaptionFollower(Rule):
    """The line right under an image, alt text or lone credit: the photo's caption."""

    name = "caption-follower"
    label: ClassVar[Label] = "caption"

    def __init__(
        self,
        paragraph_words: int = UNCAPTIONED_PARAGRAPH_WORDS,
        paragraphs: int = UNCAPTIONED_MIN_PARAGRAPHS,
        paragraph_share: float = UNCAPTIONED_PARAGRAPH_SHARE,
    ) -> None:
        self.paragraph_words = paragraph_words
        self.paragraphs = paragraphs
        self.paragraph_share = paragraph_share

    def find(self, page: Page) -> Iterator[PageLine]:
        below_pictures = [
            (below, ruled)
            for line, below, ruled in _under(page)
            # Only an image, a slug or alt text has a caption: most lines stop here.
            if line.rule in _ALT_RULES
            or (line.label in _PICTURE and line.rule not in _SELF_CAPTIONED)
            if not (line.rule in _ALT_STUBS and is_statement(below) and not ruled)
        ]
        # A page that sets full paragraphs under its pictures does not caption them: there
        # a sentence under a picture is the text going on, and a short line set apart by a
        # blank line is a subheading. A caption is short beside the page's own paragraphs:
        # a line under a picture counts as text going on only when it is near their length.
        length = max(self.paragraph_words, int(page.paragraph_words * self.paragraph_share))
        uncaptioned = (
            sum(self._paragraph(below, length) for below, _ in below_pictures) >= self.paragraphs
        )
        heads = listed_heads(page) if below_pictures else set()
        for below, ruled in below_pictures:
            # A heading is never a caption, it starts a section or another story (a
            # section's head a table of contents lists, too).
            if below.index in heads:
                continue
            # Nor is a line ending in a colon, which introduces what follows ("Chuẩn bị
            # nguyên liệu:"), or a single word: a name heading a section ("rewear.renew"),
            # or a line in capitals ("SƠ CHẾ"): no caption in the corpus is.
            if not below.open or below.words > FOLLOWER_MAX_WORDS or below.heading:
                continue
            if below.text.endswith(":") or below.words < FOLLOWER_MIN_WORDS or below.text.isupper():
                continue
            if is_bold(below) or is_list_item(below) or _heads_stack(page, below):
                continue
            # A field of the article's facts under a product's picture ("Nơi mua: Hasaki",
            # "Địa chỉ: 142 Yersin"); a credit's key ("Ảnh: …") is photo-credit's.
            if fact_key(below) is not None:
                continue
            # A sentence going on from the text above the picture ("Bên cạnh đó, …").
            if vocab.CONNECTIVE.match(below.bare) is not None:
                continue
            # The picture's own cell (a table's rule between them) or the caption's
            # italics say so whatever the page does elsewhere.
            if (
                (ruled and below.gap <= 1)
                or (is_italic(below) and below.gap <= ITALIC_MAX_GAP)
                or (below.gap <= 1 and not (uncaptioned and (below.gap or _holds_sentence(below))))
            ):
                yield below
                yield from _wrapped_on(page, below)

    @staticmethod
    def _paragraph(line: PageLine, length: int) -> bool:
        return line.words >= length and line.ends_full_stop


def _holds_sentence(line: PageLine) -> bool:
    """A sentence ends on the line or inside it ("… bền đẹp? Bí quyết nằm ở", a lead that
    bold words broke after it), or trails off in an ellipsis ("… kích thích tiêu hoá...")."""
    return line.ends_full_stop or is_teaser(line) or _SENTENCE_BREAK.search(line.text) is not None


class ItalicCaption(Rule):
    """A short line wholly in italics standing alone among the text: a photo's caption."""

    name = "italic-caption"
    label: ClassVar[Label] = "caption"

    def __init__(self, max_words: int = ITALIC_CAPTION_MAX_WORDS) -> None:
        self.max_words = max_words

    def find(self, page: Page) -> Iterator[PageLine]:
        # 27 of the 33 such lines in the corpus's gold are captions; the rest are credits
        # (left to the byline rules) and verses, which stand in runs or close on a quote.
        for line in page.lines:
            if line.open and line.text[:1] in "_*" and self._caption(line):
                neighbours = (page.before(line), page.after(line))
                if not any(other is not None and is_italic(other) for other in neighbours):
                    yield line

    def _caption(self, line: PageLine) -> bool:
        if line.words > self.max_words or not is_italic(line):
            return False
        inner = plain(line.text)
        return (
            not inner.startswith(_QUOTED_OPEN)
            and not inner.endswith(_QUOTED_CLOSE)
            and vocab.AUTHOR_PREFIX.match(inner) is None
            and not is_name(inner)
        )


def _heads_stack(page: Page, line: PageLine) -> bool:
    """True when ``line`` is a whole sentence with another stacked under it: the first
    item of a list of points ("Ưu điểm:" over a picture, then its points), no caption."""
    below = page.after(line)
    return (
        below is not None
        and line.ends_full_stop
        and not below.gap
        and below.open
        and below.ends_full_stop
        and not is_paragraph(below)
        and not opens_lowercase(below.text)
    )


def _wrapped_on(page: Page, caption: PageLine) -> Iterator[PageLine]:
    """The lines a caption cut mid-sentence goes on in: stacked under it, the first in
    lower case, none much wider than the caption's first line."""
    below = page.after(caption)
    if caption.ends_sentence or below is None or not below.text[:1].islower():
        return
    width = len(caption.text) * WRAP_MAX_WIDTH
    for line in page.lines[below.index : below.index + WRAP_MAX_LINES]:
        if line.gap or not line.open or len(line.text) > width:
            return
        yield line


def _under(page: Page) -> Iterator[tuple[PageLine, PageLine, bool]]:
    """Each line with the line under it, past one rule of symbols ("---"), and whether
    that rule stood between them: a converter draws a layout table's rule between a
    picture and its caption."""
    lines = page.lines
    for line, below in pairwise(lines):
        ruled = below.rule == "symbols-only" and below.index + 1 < len(lines)
        yield line, lines[below.index + 1] if ruled else below, ruled


KEYWORD_ALT_MAX_WORDS = 6
# Words alone: no figure, no mark of a sentence, a list or a link.
_KEYWORD = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


class RepeatedAlt(Rule):
    """One headline-shaped line printed under picture after picture: the pictures' alt text."""

    name = "repeated-alt"
    label: ClassVar[Label] = "caption"

    def __init__(self, min_copies: int = REPEATED_ALT_MIN_COPIES) -> None:
        self.min_copies = min_copies

    def find(self, page: Page) -> Iterator[PageLine]:
        start, end = page.first_paragraph, page.last_paragraph
        # The copies count wherever they stand (the first picture may open the page).
        # A line printed among the paragraphs is alt text, and so are its copies in a
        # gallery under the last; only copies among paragraphs say so, since a menu
        # repeats its words too.
        # A series counts as copies: "Cách làm đồ handmade … 1", "… 2", the picture's
        # number after the same words.
        # A list item is the article's list, however often an item comes back ("Chợ
        # phiên Quản Bạ" under each dish's "Địa chỉ tham khảo:").
        keys = {
            line.index: _series_key(line.text) for line in page.lines if line.open and not line.item
        }
        places: dict[str, list[PageLine]] = {}
        for index, key in keys.items():
            places.setdefault(key, []).append(page.lines[index])
        # The shape is the text's: one look for all the copies of a text.
        alt_keys = {
            key
            for key, copies in places.items()
            if len(copies) >= self.min_copies
            and any(start < line.index < end for line in copies)
            and _alt_shaped(copies[0])
            and not _passage_reprinted(page, copies)
        }
        if not alt_keys:
            return
        repeated = [
            page.lines[index] for index, key in keys.items() if index > start and key in alt_keys
        ]
        # A section's head a table of contents lists is the article's, though its
        # pictures repeat it ("Anh Tú vai Phúc" over two copies of it as alt text).
        heads = listed_heads(page) if repeated else set()
        yield from (line for line in repeated if line.index not in heads)


def _passage_reprinted(page: Page, copies: list[PageLine]) -> bool:
    """True when every copy has the same line above, or the same below: a passage printed
    again (a slide built up line by line, verse quoted twice), where alt text stands under
    a new picture each time."""
    above = {None if (line := page.before(copy)) is None else line.text for copy in copies}
    below = {None if (line := page.after(copy)) is None else line.text for copy in copies}
    return len(above) == 1 or len(below) == 1


# A picture's number closing the words of a series of alt texts: " 12", " (3)", "-4".
_SERIES_NUMBER = re.compile(r"[ _-]\(?\d{1,3}\)?$")
SERIES_MIN_WORDS = 5


def _series_key(text: str) -> str:
    """The text without the picture's number that closes a long alt text (the text itself
    when it is short: "Phần 1", "Bước 2" are the article's).

    >>> _series_key("Cách làm đồ handmade đơn giản cực độc đáo 12"), _series_key("Phần 1")
    ('Cách làm đồ handmade đơn giản cực độc đáo', 'Phần 1')
    """
    if not (text[-1:].isdigit() or text.endswith(")")):  # most lines: no number closes them
        return text
    stem = _SERIES_NUMBER.sub("", text)
    return stem if stem != text and stem.count(" ") + 1 >= SERIES_MIN_WORDS else text


def _alt_shaped(line: PageLine) -> bool:
    """A headline's shape, a question's ("CSS Framework có thật sự cần thiết …?"), or a few
    words in lower case, as an icon's alt text ("nguyên liệu"): no heading opens in lower
    case."""
    if is_headline(line):
        return True
    if line.words > HEADLINE_MAX_WORDS:
        return False
    return line.text.endswith("?") or (opens_lowercase(line.text) and not line.ends_sentence)


class KeywordAlt(Rule):
    """A few accented words in lower case standing alone: a picture's keyword alt text."""

    name = "keyword-alt"
    label: ClassVar[Label] = "caption"

    def __init__(self, max_words: int = KEYWORD_ALT_MAX_WORDS) -> None:
        self.max_words = max_words

    def find(self, page: Page) -> Iterator[PageLine]:
        # No text line, heading or list item of the corpus has this shape (37 captions,
        # 9 menu words); a list's items stand stacked, so a blank line must part the
        # line from both neighbours ("trang trí nội thất" between two pictures' lines).
        lines = page.lines
        for line in lines:
            if (
                line.open
                and line.gap
                and line.words <= self.max_words
                and opens_lowercase(line.text)
                and _KEYWORD.fullmatch(line.text) is not None
                and has_diacritics(line.text)
                and (line.index + 1 == len(lines) or lines[line.index + 1].gap)
            ):
                yield line


class TwinCaption(Rule):
    """A line printed twice in a row inside the article: a picture's alt text over its caption."""

    name = "twin-caption"
    label: ClassVar[Label] = "caption"

    def __init__(
        self,
        added_words: int = TWIN_ADDED_WORDS,
        tail_lines: int = TWIN_TAIL_LINES,
        tail_pairs: int = TWIN_TAIL_PAIRS,
    ) -> None:
        self.added_words = added_words
        self.tail_lines = tail_lines
        self.tail_pairs = tail_pairs

    def find(self, page: Page) -> Iterator[PageLine]:
        start, end = page.first_paragraph, page.last_paragraph
        # The article is never printed twice in a row; the lead may be doubled before the
        # first paragraph.
        lines = page.lines
        pairs = [
            (line, below)
            for line, below in pairwise(lines[start + 1 :])
            if (
                line.open
                # The caption may already be known by its credit, which the alt text lacks.
                and (below.open or below.label == "caption")
                # Two copies, not a run: a line printed again and again is no picture's.
                and lines[line.index - 1].text != line.text
                and self._twins(line.text, below.text)
                and (below.index + 1 == len(lines) or lines[below.index + 1].text != line.text)
                and line.words <= CAPTION_MAX_WORDS
                and not line.heading
                and not _listed(lines[max(0, line.index - 2) : line.index])
            )
        ]
        # Past the last paragraph a related list prints its headlines twice too (a
        # headline, unlike a caption, has no full stop), but as a list: a picture or two
        # closing the article stand alone.
        last = max(end, start) + self.tail_lines
        tail = [pair for pair in pairs if pair[1].index >= end and not pair[0].ends_full_stop]
        closing = len(tail) <= self.tail_pairs
        for line, below in pairs:
            if below.index <= last and (closing or below.index < end or line.ends_full_stop):
                yield line
                if below.open:
                    yield below

    def _twins(self, alt: str, caption: str) -> bool:
        """The same words, or the alt text cut a few words short of the caption ("… 117
        triệu" over "… 117 triệu đồng"), in any case but a heading's capitals."""
        if alt == caption:
            return True
        # Most pairs differ in their first letter: settled before folding whole lines.
        head = alt[:1].casefold()[:1]
        if head not in " ." and head != caption[:1].casefold()[:1]:
            return False
        if caption.isupper() and not alt.isupper():  # an icon's alt over "NGUYÊN LIỆU"
            return False
        # The alt text may close on a full stop where the caption goes on to its credit.
        alt, caption = alt.casefold().rstrip(" ."), caption.casefold().rstrip(" .")
        if not caption.startswith(alt):
            return False
        added = caption[len(alt) :]
        # The credit may be glued to the caption's last word ("… xứ Huế- Ảnh: Ted Nghiem").
        if not added or vocab.CREDIT.match(added) is not None:
            return True
        return added[0] == " " and (
            added.count(" ") <= self.added_words
            or vocab.BRACKETED_CREDIT.fullmatch(added.strip()) is not None
        )


class CreditOwner(Rule):
    """The line right above a credit standing alone ("Video: Đức Huy", "(Ảnh: T.L)"): its caption."""

    name = "credit-owner"
    label: ClassVar[Label] = "caption"

    def find(self, page: Page) -> Iterator[PageLine]:
        lines = page.lines
        for above, line in pairwise(lines):
            if (
                line.words <= 6
                and above.open
                and above.words <= FOLLOWER_MAX_WORDS
                # A list's item closes the text over an uncaptioned picture ("* Địa chỉ:
                # 511 Trường Chinh, …" over "Ảnh: @1511v__"); no caption is printed as one.
                and not above.item
                # Set apart by a blank line, the credit may close a paragraph's picture;
                # a line that is no sentence above it is still the caption, unless it names
                # the article's own source ("Nguồn: Refinery29" over "Ảnh: Internet").
                and (
                    line.gap == 0
                    or (
                        line.gap == 1
                        and not above.ends_full_stop
                        and vocab.SOURCE_PREFIX.match(above.text) is None
                    )
                )
                # The credit alone: "Ảnh: FB", "Video: Đức Huy", "(Ảnh: Unsplash)".
                and (
                    vocab.CREDIT_LEAD.match(line.text)
                    or (line.text[:1] in "([" and vocab.CREDIT.match(line.text))
                )
            ):
                yield above


# Alt text is a few words: a longer line over the caption is the text's.
STACKED_ALT_MAX_WORDS = 12


class StackedAlt(Rule):
    """A short line set apart from the text and stacked right over a credited caption: alt text."""

    name = "stacked-alt"
    label: ClassVar[Label] = "caption"

    def __init__(self, max_words: int = STACKED_ALT_MAX_WORDS) -> None:
        self.max_words = max_words

    def find(self, page: Page) -> Iterator[PageLine]:
        # "bắc đảo phú quốc" over "Ảnh bãi biển đẹp Bắc đảo Phú Quốc - Ảnh: HItour": the
        # layout groups the line with the caption under it, a blank line away from the
        # text above. In the corpus all 7 such lines are alt text; the lines stacked over
        # a credited caption with no blank line above are paragraphs of unspaced pages.
        for line, below in pairwise(page.lines):
            if (
                below.rule == "photo-credit"
                and below.gap == 0
                and line.open
                and line.gap >= 1
                and line.words <= self.max_words
                and not line.ends_sentence
                and not line.text.endswith(":")
                and not line.heading
                and not is_bold(line)
                and not is_list_item(line)
            ):
                yield line


# A portrait's caption is a name and an office; a longer line is the text's.
PORTRAIT_MAX_WORDS = 20


class PortraitCaption(Rule):
    """A person and their office on a line of their own, named again in the paragraph beside it."""

    name = "portrait-caption"
    label: ClassVar[Label] = "caption"
    trigger = Trigger.of(rf"\n(?:{MARKER})?(?:{lower_case(vocab.PERSON_ADDRESS)})\b", folded=True)

    def __init__(self, max_words: int = PORTRAIT_MAX_WORDS) -> None:
        self.max_words = max_words

    def find(self, page: Page) -> Iterator[PageLine]:
        # "Đồng chí Thân Thanh Sơn - Trưởng phòng Đào tạo" over "Trình bày báo cáo …, đồng
        # chí Thân Thanh Sơn - Trưởng phòng Đào tạo nhấn mạnh …": the paragraph tells what
        # the person in the picture said. A heading naming a speaker ends on a colon, and
        # an interview's speaker line is not repeated by the answer under it.
        for line in page.hit_by(self.trigger):
            if (
                not line.open
                or line.words > self.max_words
                or line.ends_sentence
                or line.heading
                or is_list_item(line)
            ):
                continue
            found = vocab.PERSON_AND_OFFICE.match(line.bare)
            if found is not None and _named_beside(page, line, found["name"]):
                yield line


def _named_beside(page: Page, line: PageLine, name: str) -> bool:
    """True when a paragraph right above or below ``line`` names ``name``."""
    return any(
        other is not None
        and other.label in (None, "body")
        and is_paragraph(other)
        and name in other.text
        for other in (page.before(line), page.after(line))
    )


# Quotation marks: a quoted remark is the text reporting a speech, not a caption.
_QUOTES = frozenset('"“”«»')
# Words that report what was said: "… phát biểu tại hội nghị rằng …" is the text's.
_REPORTING = re.compile(r"(?i)\b(?:cho biết|rằng|nhấn mạnh|khẳng định)\b")


class SceneCaption(LineRule):
    """One short sentence saying who speaks or hands over what in a photo, or showing the room."""

    name = "scene-caption"
    label: ClassVar[Label] = "caption"
    trigger = Trigger.of(vocab.SCENE_HINT, folded=True)
    textual = True

    def match(self, line: PageLine) -> bool:
        text = line.text
        return (
            line.words <= SCENE_MAX_WORDS
            and not text.endswith((":", "?", ",", ";"))
            # In lower case it goes on with a sentence cut by a quotation above it.
            and not opens_lowercase(text)
            and "](" not in text
            and _QUOTES.isdisjoint(text)
            and _SENTENCE_STOP.search(text) is None
            and vocab.SCENE.search(text) is not None
            and _REPORTING.search(text) is None
        )


GALLERY_CAPTION_MAX_WORDS = 40
GALLERY_CAPTION_MIN_WORDS = 3


class GalleryCaption(Rule):
    """The lines under a line announcing pictures ("Một số hình ảnh tại buổi lễ"): their captions."""

    name = "gallery-caption"
    label: ClassVar[Label] = "caption"
    trigger = Trigger.of(r"\n(?:một (?:số|vài) )?(?:hình )?ảnh\b", folded=True)

    def find(self, page: Page) -> Iterator[PageLine]:
        for header in page.hit_by(self.trigger):
            if header.words > HEADLINE_MAX_WORDS or header.text.endswith("."):
                continue
            if vocab.GALLERY_HEADER.fullmatch(header.bare) is None:
                continue
            yield from self._captions(page, header)

    @staticmethod
    def _captions(page: Page, header: PageLine) -> Iterator[PageLine]:
        """The lines under ``header`` shaped like captions, past the pictures, until the
        text or a heading resumes or a signature closes it."""
        for line in page.lines[header.index + 1 :]:
            if not line.open:
                continue  # a picture's stub, a credit
            if (
                line.heading
                or not GALLERY_CAPTION_MIN_WORDS <= line.words <= GALLERY_CAPTION_MAX_WORDS
                or is_name(line.text)
                or line.text.isupper()
            ):
                return
            yield line


def _caption_shaped(line: PageLine) -> bool:
    """A caption's shape: a few words, no sentence stop, no heading, item or name."""
    return (
        CLOSING_GALLERY_MIN_WORDS <= line.words <= HEADLINE_MAX_WORDS
        and not line.ends_sentence
        and not line.heading
        and not is_list_item(line)
        and not is_name(line.text)
    )


# A page's captions that end on the same place's name ("Giảng đường G1 Đại học Nha
# Trang", "Thư viện trường Đại học Nha Trang"): its last words, this many, two captions
# at least.
KIN_TAIL_WORDS = 3
KIN_MIN_CAPTIONS = 2


class CaptionKin(Rule):
    """A short line after a paragraph ending on the name the page's known captions end on."""

    name = "caption-kin"
    label: ClassVar[Label] = "caption"

    def __init__(
        self, tail_words: int = KIN_TAIL_WORDS, min_captions: int = KIN_MIN_CAPTIONS
    ) -> None:
        self.tail_words = tail_words
        self.min_captions = min_captions

    def find(self, page: Page) -> Iterator[PageLine]:
        tails = Counter(filter(None, map(self._tail, page.labelled("caption"))))
        named = {tail for tail, count in tails.items() if count >= self.min_captions}
        if not named:
            return
        for line in page.lines:
            above, below = page.before(line), page.after(line)
            # A subheading names the article's subject too ("Camera của Galaxy A51"),
            # but it heads a paragraph; a caption closes its picture's.
            if (
                line.open
                and above is not None
                and is_paragraph(above)
                and (below is None or not below.ends_sentence)
                and _caption_shaped(line)
                and self._tail(line) in named
            ):
                yield line

    def _tail(self, line: PageLine) -> str:
        """The line's last words in lower case when a capital opens one of them (a name)."""
        last = line.bare.rstrip(" .").split()[-self.tail_words :]
        if len(last) < self.tail_words or not any(word[:1].isupper() for word in last):
            return ""
        return " ".join(last).lower()


# A tagged crawl prints a picture's caption as a paragraph block of its own; a few such
# blocks after the text's paragraphs are the page's pictures, one is a bold subheading.
TAGGED_CAPTION_MIN_LINES = 3
TAGGED_CAPTION_MIN_HEADINGS = 2


class TaggedCaption(Rule):
    """A tagged crawl's short "[P]" block after a paragraph, three or more on the page: captions."""

    name = "tagged-caption"
    label: ClassVar[Label] = "caption"

    def __init__(
        self,
        min_lines: int = TAGGED_CAPTION_MIN_LINES,
        min_headings: int = TAGGED_CAPTION_MIN_HEADINGS,
    ) -> None:
        self.min_lines = min_lines
        self.min_headings = min_headings

    def find(self, page: Page) -> Iterator[PageLine]:
        # Only where the page marks its headings as headings is a short paragraph block
        # no subheading set in bold.
        if not page.tagged or sum(line.heading > 0 for line in page.lines) < self.min_headings:
            return
        captions = [line for line in page.lines if self._after_text(page, line)]
        if len(captions) >= self.min_lines:
            yield from captions

    @staticmethod
    def _after_text(page: Page, line: PageLine) -> bool:
        above = page.before(line)
        return (
            line.open
            and line.shown is not None
            and line.shown.startswith("[P] ")
            and ":" not in line.text
            and not line.text[:1].isdigit()
            and _caption_shaped(line)
            and above is not None
            and above.open
            and is_paragraph(above)
        )


CLOSING_GALLERY_MIN_CAPTIONS = 2
CLOSING_GALLERY_MIN_WORDS = 4


class ClosingGallery(Rule):
    """Short lines after the article's text among its known captions: a closing gallery's."""

    name = "closing-gallery"
    label: ClassVar[Label] = "caption"

    def __init__(self, min_captions: int = CLOSING_GALLERY_MIN_CAPTIONS) -> None:
        self.min_captions = min_captions

    def find(self, page: Page) -> Iterator[PageLine]:
        last = page.last_paragraph
        if last < 0:
            return
        run: list[PageLine] = []
        before = after = 0
        for line in page.lines[last + 1 :]:
            if line.label == "caption":
                if run:
                    after += 1
                else:
                    before += 1
            elif line.label in _PICTURE:
                continue
            elif line.open and _caption_shaped(line):
                run.append(line)
            else:
                break
        # The pictures' captions the other rules found, on both sides of the lines left,
        # say what those are; known captions above a short line only (a subheading where
        # a copy ends) do not.
        if before and after and before + after >= self.min_captions:
            yield from run


class PullQuote(Rule):
    """A sentence of the body printed again in a box beside it."""

    name = "pull-quote"
    label: ClassVar[Label] = "caption"
    # Whether a line is a quote depends on its text and the open lines that could print
    # it again: the re-read has fewer of those, so it finds no quote the page did not.
    reread = False

    def __init__(
        self, scan_budget: int = SCAN_BUDGET, compare_budget: int = COMPARE_BUDGET
    ) -> None:
        self.scan_budget = scan_budget
        self.compare_budget = compare_budget

    def find(self, page: Page) -> Iterator[PageLine]:
        quotes = [
            line
            for line in page.lines
            if line.open
            and PULL_QUOTE_MIN_WORDS <= line.words <= PULL_QUOTE_MAX_WORDS
            and line.ends_sentence
            # A list item restating the text is the article's own list.
            and not is_list_item(line)
            # The lead, printed again in the text, is the article both times.
            and line.index != page.first_paragraph
            # So is a line a colon announces ("… công thức sau đây:", then the formula).
            and not ((above := page.before(line)) is not None and above.text.endswith(":"))
            # A box pulls one sentence; two or more printed again are a paragraph the
            # page repeats (a generated text reusing its sentences section after section).
            and _SENTENCE_BREAK.search(line.text) is None
        ]
        if not quotes:
            return
        keys = {key for key in page.word_keys([line for line in page.lines if line.open]) if key}
        # Most quotes are found once among the page's distinct keys, as their own line:
        # one fast count settles them. A long page would pay that count per quote, so
        # there the word index alone answers.
        joined = "\n".join(keys)
        counted = len(quotes) * len(joined) <= self.scan_budget
        printed: _Containment | None = None
        lead = _lead_key(page)
        for line, key in zip(quotes, page.word_keys(quotes), strict=True):
            # A quote is a sentence of words: a line of figures with a word or two is a
            # table's row, and its few words would be looked for across the whole page.
            if key.count(" ") < PULL_QUOTE_MIN_LETTER_WORDS - 1:
                continue
            # The lead printed again in the text, its credit left off ("(ĐCSVN) - …").
            if key in lead:
                continue
            if counted and joined.count(key) < 2:
                continue
            printed = printed or _Containment(keys, self.compare_budget)
            if printed.within_longer(key):
                yield line


def _lead_key(page: Page) -> str:
    """The word key of the article's first paragraph, or "" when it has none."""
    first = page.first_paragraph
    if not 0 <= first < len(page.lines):
        return ""
    return page.word_keys([page.lines[first]])[0]


class PulledSentence(Rule):
    """A sentence of the body set again on a line of its own without its full stop."""

    name = "pulled-sentence"
    label: ClassVar[Label] = "caption"
    # The sentence is looked for in the open lines: the re-read holds fewer of them, so
    # it finds none the page did not.
    reread = False

    def find(self, page: Page) -> Iterator[PageLine]:
        candidates = [
            line
            for line in page.lines
            if line.open
            and PULL_QUOTE_MIN_WORDS <= line.words <= PULL_QUOTE_MAX_WORDS
            and not line.ends_sentence
            # A heading or list item worded like a sentence of its section is the text's own.
            and not (line.heading or is_bold(line) or is_list_item(line))
        ]
        if not candidates:
            return
        text = "\n".join(line.text for line in page.lines if line.open).lower()
        # Each candidate is looked for where a sentence or clause begins, not words inside
        # one (a law's article title quoted in its text): one pass over those places,
        # the candidates indexed by how they begin.
        sentences = [line.text.strip().lower() for line in candidates]
        # Each distinct sentence once: a line printed many times is looked for once.
        by_start: dict[str, set[str]] = {}
        for sentence in sentences:
            by_start.setdefault(sentence[:_START_KEY], set()).add(sentence)
        pulled = {
            sentence
            for place in _CLAUSE_START.finditer(text)
            for sentence in by_start.get(text[place.end() : place.end() + _START_KEY], ())
            if text.startswith(sentence + ".", place.end())
        }
        yield from (
            line for line, sentence in zip(candidates, sentences, strict=True) if sentence in pulled
        )


class _Containment:
    """Whether a key of three words or more is part of a longer one among many, without
    comparing every pair.

    A key is looked for only in the keys holding its rarest inner word, since a longer key
    holding it holds each of its inner words as a whole word (the outer two may be cut).
    Answers are remembered: a page that prints the same sentence many times costs one
    search. A page whose lines all share their words (made to be hostile: no real page
    comes near) would make every search read every key; past ``budget`` keys read in all,
    the keys left are taken as printed once.
    """

    def __init__(self, keys: Iterable[str], budget: int) -> None:
        self.keys = set(keys)
        self.budget = budget
        self._index: dict[str, list[str]] | None = None
        self._known: dict[str, bool] = {}

    def within_longer(self, key: str) -> bool:
        """True when some key longer than ``key`` contains it."""
        known = self._known.get(key)
        if known is None:
            known = self._known[key] = self._search(key)
        return known

    def _search(self, key: str) -> bool:
        if self.budget < 0:
            return False
        inner = key.split(" ")[1:-1]
        index = self._inner_index()
        holding = min((index.get(word, ()) for word in inner), key=len)
        self.budget -= len(holding)
        if self.budget < 0:
            return False
        return any(len(other) > len(key) and key in other for other in holding)

    def _inner_index(self) -> dict[str, list[str]]:
        if self._index is None:
            self._index = {}
            for key in self.keys:
                for word in set(key.split(" ")):
                    self._index.setdefault(word, []).append(key)
        return self._index
