"""Image stubs, file names, and the thumbnails of other stories."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import ClassVar

from vncleaner import vocab
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine, Trigger
from vncleaner.rules.base import URL_START, LineRule, PatternRule, Rule
from vncleaner.syllables import WORD, has_diacritics

FILE_NAME_MAX_WORDS = 12
# The page must otherwise be written with diacritics for an unaccented name to stand out.
PAGE_MIN_ACCENTED_SHARE = 0.25


# Alt text of fewer words is a placeholder ("img", "icon", a file name), not a caption.
ALT_MIN_WORDS = 2
# Thumbnail/headline pairs in a row that make a list of other stories.
THUMBNAIL_RUN_MIN = 2


def alt_text(text: str) -> str | None:
    """The alt text of a markdown image stub, or None when ``text`` is no image stub.

    >>> alt_text("![Trường THPT Chuyên Tuyên Quang](https://a.vn/1.jpg)")
    'Trường THPT Chuyên Tuyên Quang'
    >>> alt_text("![]() |"), alt_text("[](https://a.vn/2.jpg)"), alt_text("Ảnh minh họa")
    ('', '', None)
    """
    stub = vocab.IMAGE_STUB.match(text)
    return (stub.group(1) or "").strip() if stub else None


_STUB = Trigger.of(r"!\[")
_ALT = re.compile(r"!\[([^\[\]]*)\]")


def _links_own_file(linked: re.Match[str]) -> bool:
    """True when a linked image (:data:`vocab.LINKED_IMAGE`) links to its own file: the
    article's picture, shown larger, not another story's thumbnail."""
    # The target may carry a title after the address: (a.jpg "Mưa lũ lịch sử …").
    target = linked.group(1).split(maxsplit=1)
    return bool(target) and vocab.IMAGE_FILE.match(target[0]) is not None


def picture_alt(text: str) -> str | None:
    """The alt text of a line that is one picture, linked or not; None for any other line.

    >>> picture_alt("[![5 bai tap don gian-Hinh-2](https://a.vn/2.jpg)](https://a.vn/b)")
    '5 bai tap don gian-Hinh-2'
    >>> picture_alt("![Ảnh 1](a.jpg) Camera ghi lại") is None
    True
    """
    stub = vocab.IMAGE_STUB.match(text)
    if stub is not None:
        return stub.group(1) or ""
    if vocab.LINKED_IMAGE.fullmatch(text) is None:
        return None
    alt = _ALT.search(text)
    return alt.group(1) if alt else None


def _own_file_alt(text: str) -> str | None:
    """The alt text of a picture that links to its own file, shown larger ("[![](a.jpg)](a.jpg)").

    >>> _own_file_alt("[![](https://a.vn/1.jpg) ](https://a.vn/1.jpg)")
    ''
    >>> _own_file_alt("[![Ảnh](https://a.vn/1.jpg)](https://a.vn/bai-viet.html)") is None
    True
    >>> _own_file_alt('[![Mưa lũ](https://a.vn/w640/1.jpg)](https://a.vn/1.jpg "Mưa lũ")')
    'Mưa lũ'

    """
    linked = vocab.LINKED_IMAGE.fullmatch(text)
    if linked is None or not _links_own_file(linked):
        return None
    alt = _ALT.search(text)
    return alt.group(1).strip() if alt else None


def _shown_alt(text: str) -> str | None:
    """The alt text of an image stub, or of a picture linking to its own file (the same
    picture, shown larger); None for any other line."""
    alt = alt_text(text)
    return alt if alt is not None else _own_file_alt(text)


def _worded(alt: str | None) -> bool:
    return (
        alt is not None
        and alt.count(" ") + 1 >= ALT_MIN_WORDS
        and vocab.IMAGE_FILE.match(alt) is None
    )


# What is left of a (linked) picture on its line when its alt text went on to the next.
_SPLIT_OPENINGS = frozenset({"![", "[!["})


def _marked_address(text: str) -> bool:
    """True when ``text`` is one picture's web address alone, perhaps in a crawler's marker.

    >>> _marked_address("{imghttp://st.f1.vnecdn.net/i/v41/graphics/logo.pngimg}")
    True
    >>> _marked_address("http://a.vn/tin-moi.html"), _marked_address("Xem ảnh: http://a.vn/b.jpg")
    (False, False)
    """
    tail = max(0, len(text) - vocab.PICTURE_ADDRESS_TAIL)
    return (
        "://" in text
        and " " not in text
        and vocab.PICTURE_ADDRESS_END.search(text, tail) is not None
    )


class ImageStub(LineRule):
    """A markdown image stub without words, an image file name or a crawler's picture placeholder."""

    name = "image-stub"
    label: ClassVar[Label] = "image"
    # "![", "[]", a line without a space, a file stem in underscores, a file name with its
    # size, or a placeholder of several words (one word is a line without a space).
    trigger = Trigger.of(
        r"!\[|\[\s*\]|_|\n[^ \n]*(?=\n)|\.[a-z]{3,4} \(\d|\n(?:"
        + "|".join(re.escape(words) for words in sorted(vocab.ALT_PLACEHOLDERS) if " " in words)
        + r")\n",
        folded=True,
    )
    textual = True

    def match(self, line: PageLine) -> bool:
        text = line.bare
        # A linked picture whose alt text the converter broke onto the next line.
        if text in _SPLIT_OPENINGS:
            return True
        alt = _shown_alt(text)
        if alt is not None:
            return not _worded(alt)
        if text.lower() in vocab.ALT_PLACEHOLDERS or vocab.FILE_STEM.fullmatch(text):
            return True
        if vocab.IMAGE_PLACEHOLDER.fullmatch(text) or _marked_address(text):
            return True
        # A file name alone, in underscores, or with its size in brackets.
        return (line.words == 1 or text.startswith("_") or text.endswith(")")) and (
            vocab.IMAGE_FILE.match(text) is not None
        )


class EmbedUrl(PatternRule):
    """The bare address of a tweet, post or video a page embedded: what is left of the picture."""

    name = "embed-url"
    label: ClassVar[Label] = "image"
    trigger = URL_START
    pattern = vocab.EMBED_URL


class AltStub(LineRule):
    """A markdown image stub whose alt text has words: the photo's caption, again."""

    name = "alt-stub"
    label: ClassVar[Label] = "caption"
    trigger = _STUB
    textual = True

    def match(self, line: PageLine) -> bool:
        return _worded(_shown_alt(line.bare))


class Thumbnail(Rule):
    """Another story's thumbnail and headline: a stub over a heading, or pairs in a row."""

    name = "thumbnail"
    label: ClassVar[Label] = "related"

    def __init__(self, run_min: int = THUMBNAIL_RUN_MIN) -> None:
        self.run_min = run_min

    def find(self, page: Page) -> Iterator[PageLine]:
        run: list[PageLine] = []
        teasers = 0
        for stub, below in _stub_pairs(page):
            if below.heading >= 2:
                yield from (stub, below)
            elif below.heading == 0 and below.bare == alt_text(stub.bare):
                # A teaser may stand between one pair and the next.
                gap = stub.index - run[-1].index if run else 1
                if gap > 2:
                    yield from self._list(page, run, teasers)
                    run, teasers = [], 0
                elif gap == 2 and page.lines[stub.index - 1].open:
                    run.append(page.lines[stub.index - 1])
                    teasers += 1
                run += [stub, below]
        yield from self._list(page, run, teasers)

    def _list(self, page: Page, run: list[PageLine], teasers: int) -> list[PageLine]:
        """The run when it is a list, with its last story's teaser when its stories have one."""
        pairs = (len(run) - teasers) // 2
        if pairs < self.run_min:
            return []
        # Stories that each showed a teaser between them show one under the last too.
        teased = teasers == pairs - 1
        last = page.after(run[-1])
        if teased and last is not None and last.open and last.gap <= 1 and not last.heading:
            return [*run, last]
        return run


class AdBanner(LineRule):
    """An image linking to an advertiser, its addresses under an ad server's paths ("…/ads_data/…")."""

    name = "ad-banner"
    label: ClassVar[Label] = "nav"
    trigger = _STUB
    textual = True

    def match(self, line: PageLine) -> bool:
        return (
            vocab.LINKED_IMAGE.fullmatch(line.text) is not None
            and vocab.AD_ADDRESS.search(line.text) is not None
        )


class LinkedThumbnail(LineRule):
    """An image linking to another page, a story's thumbnail ("[![Ảnh](https://…/a.jpg)](https://…)")."""

    name = "linked-thumbnail"
    label: ClassVar[Label] = "related"
    trigger = _STUB
    textual = True

    def match(self, line: PageLine) -> bool:
        thumbnail = vocab.LINKED_IMAGE.fullmatch(line.text)
        return thumbnail is not None and not _links_own_file(thumbnail)


def _stub_pairs(page: Page) -> Iterator[tuple[PageLine, PageLine]]:
    """Open worded image stubs with the open line right below each."""
    for stub in page.hit_by(_STUB):
        below = page.after(stub)
        if below is None or not (stub.open and below.open) or below.gap > 1:
            continue
        if _worded(alt_text(stub.bare)):
            yield stub, below


class FileNameAboveCaption(Rule):
    """An unaccented file-name line right above a caption ("2548 sukhoi su 30sm in flight")."""

    name = "file-name"
    label: ClassVar[Label] = "image"

    def find(self, page: Page) -> Iterator[PageLine]:
        lines = page.lines
        names = [
            line
            for line, below in pairwise(lines)
            if below.label == "caption"
            and line.open
            and line.words <= FILE_NAME_MAX_WORDS
            and not has_diacritics(line.text)
            and any(ch.isdigit() for ch in line.text)
            # A file name has letters as well as figures: figures alone above a caption
            # are a year heading a stage of the story ("1937", "1979 - 1984").
            and WORD.search(line.text) is not None
        ]
        if names and page.accented >= PAGE_MIN_ACCENTED_SHARE:
            yield from names


# A picture's title a CMS made from its file name: a stem in lower-case ASCII and a
# number ("trang 8", "img_1"); hyphened ("laptop-mini-1") it is a slug's. A stem a
# camera or a CMS gives is evidence alone; another word must number a series of pictures
# on the page ("trang 1", "trang 2", "trang 3").
_NUMBERED_FILE = re.compile(r"([a-z]+(?:[ _][a-z]+){0,2})[ _](\d{1,4})")
# Or a code of capitals and figures, alone or numbered ("TBTN122015", "TBTN122015 01"):
# only a series of them is evidence, as for words.
CODED_FILE_MAX_WORDS = 2
_CODED_FILE = re.compile(r"([A-Za-z]{1,8}\d{2,}[A-Za-z\d]*)(?:[ _-](\d{1,4}))?")
_CAMERA_STEMS = frozenset({"img", "image", "dsc", "dscn", "pic", "photo", "untitled"})
_ENDS_IN_FIGURE = Trigger.of(r"\d\n")
FILE_SERIES_MIN = 3


class NumberedFile(Rule):
    """A picture's title made from its numbered file name ("trang 8", "img_1"), in a series."""

    name = "numbered-file"
    label: ClassVar[Label] = "image"

    def __init__(self, series_min: int = FILE_SERIES_MIN) -> None:
        self.series_min = series_min

    def find(self, page: Page) -> Iterator[PageLine]:
        series: dict[str, list[tuple[PageLine, str]]] = {}
        for line in page.hit_by(_ENDS_IN_FIGURE):
            # Most lines ending in a figure are sentences: a file name opens in lower
            # case, or is a code and a number at most.
            if line.open and (line.text[:1].islower() or line.words <= CODED_FILE_MAX_WORDS):
                found = _NUMBERED_FILE.fullmatch(line.text) or _CODED_FILE.fullmatch(line.text)
                if found is not None:
                    series.setdefault(found[1], []).append((line, found[2] or ""))
        named = [
            line
            for stem, members in series.items()
            if stem in _CAMERA_STEMS or len({number for _, number in members}) >= self.series_min
            for line, _ in members
        ]
        # The page's share of accented words is read only when a name is found.
        if named and page.accented >= PAGE_MIN_ACCENTED_SHARE:
            yield from named
