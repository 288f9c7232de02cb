"""The HTML front end: a web page turned into lines with markup hints, and its metadata.

A text dump is a page as a converter flattened it; here vncleaner does the
flattening itself, so that the rules see every visible block of the page and
also what the markup says about it:

1. Every visible block (paragraph, heading, list item, caption, table cell...)
   becomes one line, in page order, with a blank line between blocks; an
   ``<img>`` with alt text adds a line of its own.
2. Each line carries a hint, its markup roles separated by spaces: the kind of
   block (``heading``, ``item``, ``caption``, ``image``, ``link`` for a block
   that is mostly link text, ``quote``, ``table``) and ``main`` when
   trafilatura's own article extraction (default settings, readers' comments left
   out) keeps the line,
   ``headline`` when it is the title the page's metadata names, ``author`` inside an
   element marked as the author's, ``date`` when a short line prints the day the
   metadata gives as the publication date.
3. :func:`markup_meta` reads title, date and authors with trafilatura's
   metadata extraction; :func:`reconcile` says which wins against the text rules.

The rules then label these lines exactly as they label a text dump, with the
markup rules of :mod:`vncleaner.rules.markup` first reading the hints. The body
is therefore a subsequence of these lines, and ``Document.lines`` explains
every one of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime

import lxml.etree
import lxml.html
import regex

from vncleaner.dates import VIETNAM, find_date

# What opens an HTML document: optional comments, then a doctype or a typical first tag.
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|link|div|article"
    r"|section|main|header|nav|figure|p|h[1-6]|ul|ol|table)\b",
    re.IGNORECASE | re.DOTALL,
)
# Elements whose content is never shown as text.
_INVISIBLE = frozenset(
    {"script", "style", "noscript", "template", "svg", "head", "iframe", "select", "option",
     "input", "textarea", "object", "embed", "canvas", "video", "audio", "map"}
)  # fmt: skip
# Elements that start a block of their own: their text is a line, apart from their neighbours.
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div",
     "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
     "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
     "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "br", "caption",
     "center", "menu"}
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A block is a link block when at least this share of its characters is link text.
LINK_SHARE = 0.6
# A line shorter than this many words counts as kept by trafilatura only when it is a
# whole line of trafilatura's output; longer lines also when they are inside one.
MAIN_MIN_WORDS = 4
# Hint words.
MAIN = "main"
HEADLINE = "headline"
AUTHOR = "author"
DATE = "date"
HINT_WORDS = (
    "heading", "item", "caption", "image", "link", "quote", "table", MAIN, HEADLINE, AUTHOR, DATE
)  # fmt: skip
# A class or id naming a photo caption ("caption", "PhotoCMS_Caption", "img-caption").
_CAPTION_NAME = re.compile(r"caption", re.IGNORECASE)
# Attributes that may name an element as the author's ("author", "article__author",
# itemprop="author", rel="author", data-role="author").
_AUTHOR_ATTRIBUTES = ("class", "id", "itemprop", "rel", "data-role", "data-field")
_AUTHOR_NAME = re.compile(r"author|byline", re.IGNORECASE)
# A name as printed in an author box: up to five capitalised words ("Đàm Đệ", "TP").
_PRINTED_NAME = regex.compile(r"^\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,4}$")
_NAME_EDGES = " |,;:-–—()"
# A dateline is short: a line this long or longer is not one, whatever date it holds.
DATELINE_MAX_WORDS = 20
# The <h1> is the headline when at least this share of its words are in the metadata title.
TITLE_AGREEMENT = 0.6
# " - VnExpress", " | Báo Dân trí": a site name after a headline in <title>.
_TITLE_TAIL = re.compile(r"\s+[-|–—:]\s+([^-|–—]{1,40})$")


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Xin chào</p></body></html>")
    True
    >>> looks_like_html("Tin tức 27/01/2026\\n<b>không phải HTML</b>")
    False
    """
    return _HTML_START.match(text[:4096]) is not None


@dataclass(frozen=True)
class MarkupMeta:
    """What the markup says of the article: title, publication time, authors, site name."""

    title: str | None = None
    published: datetime | None = None
    has_time: bool = False
    authors: list[str] = field(default_factory=list)
    sitename: str | None = None
    # The text of the page's first <h1>, which is the printed headline on news pages.
    headline: str | None = None

    @property
    def headline_title(self) -> str | None:
        """The article's title by the markup: the ``<h1>`` when the metadata title agrees
        with it (or there is none), else the metadata title less a trailing site name.

        >>> MarkupMeta("Tin chính hôm nay - Báo ABC", sitename="abc.vn",
        ...            headline="Tin chính hôm nay").headline_title
        'Tin chính hôm nay'
        >>> MarkupMeta("Tin chính hôm nay - Báo ABC", sitename="abc.vn",
        ...            headline="Báo ABC").headline_title
        'Tin chính hôm nay'
        """
        trimmed = trim_title(" ".join(self.title.split()), self.sitename) if self.title else None
        if self.headline and (trimmed is None or _agrees(self.headline, trimmed)):
            return self.headline
        return trimmed


@dataclass(frozen=True)
class MarkupPage:
    """The page as lines for the pipeline: one text line and one hint per line, and metadata."""

    lines: list[str]
    hints: list[str | None]
    meta: MarkupMeta = field(default_factory=MarkupMeta)

    @property
    def text(self) -> str:
        """The lines joined by newlines (blank lines stand between blocks)."""
        return "\n".join(self.lines)


@dataclass
class _Block:
    """The inline text gathered for the block being read, and how much of it is link text."""

    parts: list[str] = field(default_factory=list)
    linked: int = 0

    def add(self, text: str | None, in_link: bool) -> None:
        if text:
            if self.parts and _run_together(self.parts[-1], text):
                # Two text nodes that the page's styles set apart ("TP HCM" + "Nếu có..."):
                # a word never has a capitalised syllable glued to its end.
                text = " " + text
            self.parts.append(text)
            if in_link:
                self.linked += len(text.strip())

    def take(self) -> tuple[str, float]:
        """The block's text (white space folded) and its link share; empties the block."""
        text = " ".join("".join(self.parts).split())
        share = self.linked / len(text) if text else 0.0
        self.parts, self.linked = [], 0
        return text, share


def _run_together(before: str, after: str) -> bool:
    """True when ``after`` starts a capitalised word right after a letter of ``before``.

    >>> _run_together("TP HCM", "Nếu có ít tiền"), _run_together("T", "rong khi")
    (True, False)
    """
    return before[-1:].isalpha() and len(after) > 1 and after[0].isupper() and after[1].islower()


class _Reader:
    """Walks the element tree in document order and cuts it into hinted lines."""

    def __init__(self, link_share: float) -> None:
        self.link_share = link_share
        self.block = _Block()
        self.context: list[lxml.html.HtmlElement] = []
        self.lines: list[tuple[str, str]] = []

    def read(self, element: lxml.html.HtmlElement, in_link: bool = False) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag.lower() in _INVISIBLE or _hidden(element):
            self.block.add(element.tail, in_link)
            return
        tag = tag.lower()
        block = tag in _BLOCKS
        if block:
            self.flush()
        if tag == "img":
            self.image(element)
        self.context.append(element)
        self.block.add(element.text, in_link or tag == "a")
        for child in element:
            self.read(child, in_link or tag == "a")
        if block:
            self.flush()
        self.context.pop()
        self.block.add(element.tail, in_link)

    def image(self, element: lxml.html.HtmlElement) -> None:
        alt = " ".join((element.get("alt") or "").split())
        if alt:
            self.flush()
            self.lines.append((alt, "image"))

    def flush(self) -> None:
        text, share = self.block.take()
        if text:
            kind = self.kind(share)
            if any(_named_author(element) for element in self.context):
                kind = f"{kind} {AUTHOR}".strip()
            self.lines.append((text, kind))

    def kind(self, share: float) -> str:
        """The block kind of the text being flushed, from its enclosing elements."""
        tags = {element.tag for element in self.context if isinstance(element.tag, str)}
        if "figcaption" in tags or any(_named_caption(element) for element in self.context):
            return "caption"
        if share >= self.link_share:
            return "link"
        for kind, names in (
            ("heading", _HEADINGS),
            ("quote", {"blockquote"}),
            ("table", {"td", "th"}),
            ("item", {"li"}),
        ):
            if tags & names:
                return kind
        return ""


def _hidden(element: lxml.html.HtmlElement) -> bool:
    style = (element.get("style") or "").replace(" ", "").lower()
    return element.get("hidden") is not None or "display:none" in style


def _named_author(element: lxml.html.HtmlElement) -> bool:
    names = " ".join(element.get(name) or "" for name in _AUTHOR_ATTRIBUTES)
    return _AUTHOR_NAME.search(names) is not None


def _author_names(root: lxml.html.HtmlElement) -> list[str]:
    """The personal names printed inside author-marked elements, in page order."""
    names: list[str] = []
    for marked in root.iter():
        if not isinstance(marked.tag, str) or not _named_author(marked):
            continue
        for element in marked.iter():
            if not isinstance(element.tag, str) or element.tag in _INVISIBLE:
                continue
            for candidate in (element.text_content(), element.text or ""):
                text = " ".join(candidate.split()).strip(_NAME_EDGES)
                if _PRINTED_NAME.match(text) and text not in names:
                    names.append(text)
    return names


def _named_caption(element: lxml.html.HtmlElement) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return _CAPTION_NAME.search(names) is not None


def _parse(html: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def _blocks(root: lxml.html.HtmlElement, link_share: float) -> list[tuple[str, str]]:
    """The visible blocks of the page as (text, kind) pairs, in page order."""
    reader = _Reader(link_share)
    body = root.find("body")
    reader.read(body if body is not None else root)
    reader.flush()
    return reader.lines


def _extracted(html: str) -> tuple[set[str], str]:
    """trafilatura's article text (default settings but comments): its lines, all of it joined."""
    import trafilatura  # slow to import, and text input never needs it

    text = trafilatura.extract(html, include_comments=False) or ""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    kept = [line for line in lines if line]
    return set(kept), "\n".join(kept)


def _in_main(text: str, lines: set[str], joined: str, min_words: int) -> bool:
    if text in lines:
        return True
    return text.count(" ") + 1 >= min_words and text in joined


def read_html(
    html: str, *, link_share: float = LINK_SHARE, main_min_words: int = MAIN_MIN_WORDS
) -> MarkupPage:
    """Turn an HTML page into hinted lines and its markup metadata.

    >>> page = read_html("<html><body><nav><a href='/'>Thời sự</a></nav>"
    ...     "<h1>Tiêu đề</h1><p>Đoạn một.</p><figure><img src='a.jpg' alt='Ảnh minh họa'>"
    ...     "<figcaption>Chú thích ảnh</figcaption></figure></body></html>")
    >>> [line for line in page.lines if line]
    ['Thời sự', 'Tiêu đề', 'Đoạn một.', 'Ảnh minh họa', 'Chú thích ảnh']
    >>> [hint for hint in page.hints if hint is not None]
    ['link main', 'heading main headline', 'main', 'image', 'caption main']
    """
    root = _parse(html)
    blocks = _blocks(root, link_share) if root is not None else []
    if root is None or not blocks:
        return MarkupPage([], [])
    kept, joined = _extracted(html)
    meta = replace(markup_meta(html, _author_names(root)), headline=_first_h1(root))
    title = meta.headline_title
    headline = _squash(title) if title else None
    lines: list[str] = []
    hints: list[str | None] = []
    for text, kind in blocks:
        if lines:
            lines.append("")
            hints.append(None)
        words = [kind]
        if _in_main(text, kept, joined, main_min_words):
            words.append(MAIN)
        if headline and _squash(text) == headline:
            words.append(HEADLINE)
        if _prints_day(text, meta.published):
            words.append(DATE)
        lines.append(text)
        hints.append(" ".join(word for word in words if word))
    return MarkupPage(lines, hints, meta)


def _prints_day(text: str, day: datetime | None) -> bool:
    """True when ``text`` is dateline-sized and its date is the day of ``day``."""
    if day is None or text.count(" ") + 1 > DATELINE_MAX_WORDS:
        return False
    found = find_date(text)
    return found is not None and found.value.date() == day.astimezone(VIETNAM).date()


def markup_meta(html: str, author_names: list[str] | None = None) -> MarkupMeta:
    """Title, publication time, authors and site name from the markup (trafilatura).

    ``author_names``, the names printed in the page's author-marked elements, are the
    authors when given; otherwise the names read from trafilatura's author field.
    """
    import trafilatura  # slow to import, and text input never needs it

    found = trafilatura.extract_metadata(
        html,
        date_config={
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            "original_date": True,
            "extensive_search": False,
        },
    )
    if found is None:
        return MarkupMeta()
    published, has_time = _markup_date(found.date)
    authors = author_names or _read_names((found.author or "").split(";"))
    return MarkupMeta(found.title or None, published, has_time, authors, found.sitename or None)


def _markup_date(value: str | None) -> tuple[datetime | None, bool]:
    """The markup date as an aware datetime (UTC+7 when it names no zone), and whether it has a time.

    >>> _markup_date("2022-01-25T06:00:00+0700")[0].isoformat()
    '2022-01-25T06:00:00+07:00'
    >>> _markup_date("2026-07-16T00:00:00")
    (datetime.datetime(2026, 7, 16, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(seconds=25200), 'UTC+07:00')), False)
    """
    if not value:
        return None, False
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None, False
    if moment.tzinfo is None:
        # A bare date comes out as midnight with no zone: it says nothing of the time.
        return moment.replace(tzinfo=VIETNAM), bool(moment.hour or moment.minute)
    return moment, True


def trim_title(title: str, sitename: str | None) -> str:
    """The headline without the site name that ``<title>`` often adds after it.

    >>> trim_title("Công nhân mất việc chật vật lo Tết - VnExpress", "vnexpress.net")
    'Công nhân mất việc chật vật lo Tết'
    >>> trim_title("Hà Nội - Hải Phòng thêm chuyến tàu", "vnexpress.net")
    'Hà Nội - Hải Phòng thêm chuyến tàu'
    """
    tail = _TITLE_TAIL.search(title)
    if tail is None or not sitename:
        return title
    site = _plain(sitename.split(".")[0] if "." in sitename else sitename)
    name = _plain(tail.group(1))
    return title[: tail.start()] if site and (site in name or name in site) else title


def _squash(text: str) -> str:
    return "".join(text.casefold().split())


def _plain(text: str) -> str:
    """``text`` folded for comparing names: no case, spaces or diacritics ("Tiền Phong" is "tienphong")."""
    decomposed = unicodedata.normalize("NFD", _squash(text).replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _agrees(headline: str, title: str) -> bool:
    words = headline.casefold().split()
    in_title = set(title.casefold().split())
    return bool(words) and sum(word in in_title for word in words) >= TITLE_AGREEMENT * len(words)


def _first_h1(root: lxml.html.HtmlElement) -> str | None:
    for element in root.iter("h1"):
        text = " ".join(element.text_content().split())
        if text:
            return text
    return None


def hint_words(hint: str | None) -> frozenset[str]:
    """The roles a line's hint names (empty for text input).

    >>> sorted(hint_words("link main"))
    ['link', 'main']
    """
    return frozenset(hint.split()) if hint else frozenset()


def iter_hinted(page: MarkupPage) -> Iterator[tuple[str, frozenset[str]]]:
    """The nonblank lines of ``page`` with their hint words."""
    for text, hint in zip(page.lines, page.hints, strict=True):
        if text:
            yield text, hint_words(hint)


@dataclass(frozen=True)
class Metadata:
    """The article's title, publication time and authors, as the document reports them."""

    title: str | None
    published: datetime | None
    authors: list[str]


def reconcile(markup: MarkupMeta, text: Metadata) -> Metadata:
    """Settle title, date and authors between the markup and the text rules.

    - title: the markup's (:attr:`MarkupMeta.headline_title`: the ``<h1>`` when the
      metadata title agrees, else ``og:title`` or ``<title>`` less a trailing site
      name); the text rules' headline only when the markup has none, since on a whole
      page they may take a section name above the article for it.
    - published: the markup's when it gives a time of day; when it gives only a date,
      the dateline's if that falls on the same day (it adds the time), else the
      markup's date; the dateline's when the markup has none.
    - authors: the bylines' (pages print the reporter there, while the markup's author
      field often holds the site or an editor); the markup's only when no byline names one.

    >>> from datetime import datetime
    >>> markup = MarkupMeta("Tin chính - VnExpress", datetime(2026, 7, 17, tzinfo=VIETNAM),
    ...                     False, ["Hạ Anh"], "vnexpress.net")
    >>> found = reconcile(markup, Metadata(None, datetime(2026, 7, 17, 1, 0, tzinfo=VIETNAM), []))
    >>> found.title, found.published.isoformat(), found.authors
    ('Tin chính', '2026-07-17T01:00:00+07:00', ['Hạ Anh'])
    """
    return Metadata(
        _title(markup, text.title),
        _published(markup, text.published),
        text.authors or markup.authors,
    )


def _title(markup: MarkupMeta, found: str | None) -> str | None:
    return markup.headline_title or found


def _published(markup: MarkupMeta, found: datetime | None) -> datetime | None:
    if markup.published is None or (found is not None and not markup.has_time):
        same_day = (
            found is not None
            and markup.published is not None
            and found.astimezone(VIETNAM).date() == markup.published.astimezone(VIETNAM).date()
        )
        return found if markup.published is None or same_day else markup.published
    return markup.published


def _read_names(bylines: list[str]) -> list[str]:
    """The personal names in author fields, read as bylines ("Theo Hạ Anh" is "Hạ Anh")."""
    from vncleaner.metadata import read_bylines  # metadata imports the rules, which import this

    return read_bylines(bylines).authors
