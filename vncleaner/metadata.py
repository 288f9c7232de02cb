"""Stage 5, metadata: published date from the dateline, authors and source from bylines."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from urllib.parse import urlsplit

import regex

from vncleaner import vocab
from vncleaner.dates import find_date
from vncleaner.rules.byline import is_office, is_outlet, names_and_office, reviewer, split_credit
from vncleaner.rules.title import SENTENCE_MIN_WORDS, TITLE_MAX_WORDS, TITLE_MIN_WORDS
from vncleaner.shapes import ENUMERATED, NAME, is_name, plain
from vncleaner.syllables import is_syllable

_NAME_SEPARATORS = ("–", "—", " - ", ",", ";", "&", " và ")
# A credit glued after the article's last sentence: a sentence's end, then "Theo" and a
# name, a reporter's initials ("D.Thu"), or "Nguồn" and a site.
_CLOSING_CREDIT = regex.compile(
    r"(?:[.!?…][\"”’)]*\s+(?:(?P<credit>(?:Theo|Nguồn:?)\s+[^.!?…\n]{2,40})"
    r"|(?P<initials>\p{Lu}\.\s?\p{Lu}[\p{L}.]{0,12}))"
    r"|(?P<site>Nguồn:?\s*[\w-]+(?:\.[\w-]+)+))$"
)
# Where a crawler glued the headline onto what follows it with no space: a syllable or a
# figure, then a capitalised syllable, perhaps behind an opening quote ("… MỹHiện tượng",
# "… 2017Với mục đích", "… họp khẩn“Thảm sát …"). The letters before the join are read
# from the first of them on, not looked back at from every capital: a look-behind over a
# long run of letters read the run again at each one.
_GLUE = regex.compile(r"((?<!\p{L})\p{L}+|\d)([\"“‘']?)(\p{Lu}\p{Ll}+)(?=\s)")
# A crawler that lost the spaces around links and bold glues words inside sentences too:
# a comma against the next word ("khoản 7,điểm c"). (So does a list item opening the
# line: shapes.ENUMERATED.)
_COMMA_GLUED = regex.compile(r",\p{L}")
# What no headline holds: a sentence's end inside it (a comment's opening words run
# into its text), a mail or web address (a contact row), a copyright sign (a footer).
_NO_HEADLINE = regex.compile(r"[.!?] |@|://|©")
# Words a headline does not end on: a sentence goes on after them.
_OPEN_END = regex.compile(r"\s(?:và|thì|của|với|các|những|mà|hoặc|nhưng|để|là|nếu)$")
# A list item as a converter or a tagged crawl marks it: "* ", "- ", "[LI] ".
_LISTED = regex.compile(r"(?:[*+-]|\[LI\])\s")
# Quotes and dashes a headline printed twice may spell differently.
_SPELLINGS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
# What stands between a dateline's credit and its date: "Bích Phương | 11:07".
_DATELINE_PUNCTUATION = " |,-–—:/•·"
# ... or the word that says when: "Người viết: Trang Trần Ngọc lúc 13.05.2021".
_DATE_CONNECTIVE = regex.compile(r"(?i)\s+(?:lúc|vào(?: lúc| ngày)?|ngày)$")
# ... or says who posted it: "Do Duyen Nguyen đăng 19-01-2024".
_POSTED_BY = regex.compile(r"(?i)^(?:do|bởi)\s+(.+?)\s+(?:đăng|viết)$")
# An author's box joined to its text by a converter: "Nguyễn Thanh HằngTôi là …".
_GLUED_NAME = regex.compile(r"\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,4}(?=\p{Lu}\p{Ll})")


@dataclass
class Credits:
    """Authors and source gathered from byline lines, later lines refining earlier ones."""

    authors: list[str] = field(default_factory=list)
    source: str | None = None
    # Whether the source is only the host of a URL line: a source named in words wins.
    hosted: bool = False

    def add_author(self, name: str) -> None:
        if name and name not in self.authors:
            self.authors.append(name)

    def set_source(self, source: str | None, *, hosted: bool = False) -> None:
        if not source or vocab.COMPILED.match(source) or (hosted and self.named):
            return
        self.source, self.hosted = source, hosted

    @property
    def named(self) -> bool:
        """True when a byline named the source in words."""
        return self.source is not None and not self.hosted


def published(datelines: list[str]) -> datetime | None:
    """The first date found on the dateline lines."""
    for text in datelines:
        found = find_date(text)
        if found is not None:
            return found.value
    return None


def dateline_credit(datelines: Iterable[str]) -> Credits:
    """Who the dateline names before its date: "Bích Phương | 11:07 / 13.11.2021".

    >>> dateline_credit(["Bích Phương | 11:07 / 13.11.2021 Published Sat Nov 13 2021"]).authors
    ['Bích Phương']
    >>> dateline_credit(["Thứ Hai, 12/03/2024 09:43", "Tin tức 27/01/2026 14:50"]).authors
    []
    >>> dateline_credit(["Phạm Hữu Thành 2 giờ trước"]).authors
    ['Phạm Hữu Thành']
    >>> dateline_credit(["15-01-2024 13:04|Quỳnh Vân"]).authors
    ['Quỳnh Vân']
    >>> dateline_credit(["Người viết: Trang Trần Ngọc lúc 13.05.2021"]).authors
    ['Trang Trần Ngọc']
    >>> dateline_credit(["Do Duyen Nguyen đăng 19-01-2024", "Minh Phong•05/09/2026 - 22:17"]).authors
    ['Duyen Nguyen', 'Minh Phong']
    """
    credits = Credits()
    for text in datelines:
        found = find_date(text)
        ago = None if found else vocab.RELATIVE_TIME.search(text)
        start = found.start if found else ago.start() if ago else 0
        lead = _DATE_CONNECTIVE.sub("", text[:start].strip(_DATELINE_PUNCTUATION))
        lead = _POSTED_BY.sub(r"\1", lead)
        if lead and not vocab.DAY_NAME.match(lead):
            read_byline(lead, credits)
        # Or after it, past a bar: "15-01-2024 13:04|Quỳnh Vân".
        tail = text[found.end :].strip(_DATELINE_PUNCTUATION) if found else ""
        if tail and is_name(tail):
            read_byline(tail, credits)
    return credits


def closing_credit(paragraph: str) -> Credits:
    """The credit glued after the last sentence of the article's last paragraph.

    Crawlers that join an article onto one line keep its signature at the end:
    "… như vậy. Theo Tiểu Ngọc", "… theo quy định . D.Thu", "… Hội nghịNguồn Baodautu.vn".

    >>> closing_credit("Ông nói vậy. Theo Tiểu Ngọc").authors
    ['Tiểu Ngọc']
    >>> closing_credit("… theo quy định . D.Thu").authors, closing_credit("Hội nghịNguồn Baodautu.vn").source
    (['D.Thu'], 'Baodautu.vn')
    >>> closing_credit("Ông Trần Văn Minh đã nói với Tú Linh").authors
    []
    """
    credits = Credits()
    found = _CLOSING_CREDIT.search(paragraph.rstrip())
    if found is not None and found["initials"]:
        credits.add_author(found["initials"])
    elif found is not None:
        read_byline(found["credit"] or found["site"], credits)
    return credits


def split_names(text: str) -> list[str]:
    """Names joined by dashes, commas or "và".

    >>> split_names("HOÀI THƯƠNG – DIỄM HƯỜNG – QUỐC HUY")
    ['HOÀI THƯƠNG', 'DIỄM HƯỜNG', 'QUỐC HUY']
    """
    parts = [text]
    for separator in _NAME_SEPARATORS:
        parts = [piece.strip() for part in parts for piece in part.split(separator)]
    return [part for part in parts if part and NAME.match(part)]


def host(url: str) -> str:
    """The host of a web address, without "www.".

    >>> host("http://danviet.vn/tin-tuc/abc.html")
    'danviet.vn'
    """
    try:
        netloc = urlsplit(url if "://" in url else "http://" + url).netloc
    except ValueError:  # a malformed address ("http://]"): keep it as written
        return url.strip()
    return netloc.removeprefix("www.")


def _unwrap(text: str) -> str:
    """``text`` without the brackets around it or left over from "(Theo ...)", or the
    angle brackets of a converter's bare link ("<http://a.vn/b>").

    >>> _unwrap("TTXVN)"), _unwrap("MỘC LAN (VTC News)"), _unwrap("(Reuters)")
    ('TTXVN', 'MỘC LAN (VTC News)', 'Reuters')
    >>> _unwrap("<http://baochinhphu.vn/a>")
    'http://baochinhphu.vn/a'
    """
    text = text.strip()
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1].strip()
    if text.startswith("(") and text.endswith(")"):
        return text[1:-1].strip()
    if text.endswith(")") and "(" not in text:
        return text[:-1].strip()
    return text.lstrip("(").strip()


def read_bylines(texts: Iterable[str]) -> Credits:
    """What the byline lines say, in page order.

    A lone "Theo" or "Nguồn:" line names the source on the byline line after it.

    A source named in words wins over the host of a URL line, wherever they stand.

    >>> credits = read_bylines(["Theo Phạm Trường", "Theo", "Tiền Phong", "https://tienphong.vn/a"])
    >>> credits.authors, credits.source
    (['Phạm Trường'], 'Tiền Phong')
    >>> read_bylines(["https://tienphong.vn/a"]).source
    'tienphong.vn'
    >>> read_bylines(["<!-- source: https://vuihoc.vn/tin/a.html -->"]).source
    'vuihoc.vn'
    >>> read_bylines(["[Tác giả: Admin Hoclagioi](/cam-nang/author/admin-id-1)"]).authors
    ['Admin Hoclagioi']
    """
    credits = Credits()
    prefixed = False
    for text in filter(None, map(str.strip, texts)):
        if prefixed and not vocab.URL_LINE.match(text):
            credits.set_source(text)
        else:
            read_byline(text, credits)
        prefixed = vocab.SOURCE_PREFIX.fullmatch(text) is not None
    return credits


def _glued(text: str) -> list[str]:
    """The name an author's box glues its text to, if the byline opens so.

    >>> _glued("Nguyễn Thanh HằngTôi là Nguyễn Thanh Hằng, một cô gái đam mê du lịch.")
    ['Nguyễn Thanh Hằng']
    """
    glued = _GLUED_NAME.match(text)
    return [glued[0]] if glued is not None and is_name(glued[0]) else []


def read_byline(text: str, credits: Credits) -> None:
    """Add what one byline line says to ``credits``."""
    unwrapped = vocab.COMMENT_SOURCE.match(text) or vocab.AUTHOR_LINK.fullmatch(text)
    text = plain(unwrapped[1] if unwrapped is not None else text)
    if vocab.URL_LINE.match(text):
        credits.set_source(host(text), hosted=True)
        return
    expert = reviewer(text)
    if expert is not None:
        credits.add_author(expert)
        return
    signed = names_and_office(text)
    if signed is not None:
        signers, office = signed
        # A hyphen between two names joins two people: "Nguyễn Bình-Thu Nga".
        for person in split_names(signers.replace("-", " - ")):
            credits.add_author(person)
        credits.set_source(office)
        return
    if (
        vocab.PLACE_OF_FILING.match(text)
        or (text.endswith(":") and is_name(text[:-1]))
        or text.rstrip(" :-–") in vocab.PROVINCES
    ):
        return
    prefix = vocab.SOURCE_PREFIX.match(text)
    rest = _unwrap(text[prefix.end() :]) if prefix else vocab.AUTHOR_PREFIX.sub("", text, count=1)
    if not rest:
        return
    if vocab.URL_LINE.match(rest):
        credits.set_source(host(rest), hosted=True)
        return
    agency = vocab.AGENCY_CREDIT.match(text)
    if agency and not prefix:
        credits.set_source(text.strip("()-–—: "))
        return
    name, source = split_credit(rest)
    # An outlet named in words wins over its address after it ("Báo X - http://x.vn").
    if is_outlet(name) and (source is None or "." in source):
        credits.set_source(name)
        return
    names = split_names(name) or ([name] if vocab.INITIALS.match(name) else []) or _glued(text)
    if not names and prefix:
        credits.set_source(rest)
        return
    if not names and source is None and is_office(name):
        # A desk or an office signing alone is the author; under its people's names, the
        # office they write for.
        if credits.authors:
            credits.set_source(name)
        else:
            credits.add_author(name)
        return
    for person in names:
        credits.add_author(person)
    if source and "://" in source:
        credits.set_source(host(source), hosted=True)
    else:
        credits.set_source(source)


# How far after a join another join says the line is a menu ("tửTrang chủTin tức").
_MENU_REACH = 40
_MENU_JOINS = 3


def glued_headline(paragraph: str) -> str | None:
    """The headline a crawler glued, with no space, onto the start of the article's first
    paragraph: before the lead, or before the headline printed again.

    Both sides of the join must be Vietnamese syllables (or a figure before it), so a
    brand's inner capital ("VinFast", "iPhone") is no join.

    >>> glued_headline("Cần 100.000 chữ ký kêu gọi Chính phủ MỹHiện tượng cá chết với nguyên "
    ...                "nhân bị nhiễm độc tại các tỉnh miền Trung hiện nay đã rõ.")
    'Cần 100.000 chữ ký kêu gọi Chính phủ Mỹ'
    >>> glued_headline("Trong năm 2023, hãng xe điện VinFast đã giao hàng nghìn chiếc xe.") is None
    True
    >>> glued_headline("Báo Nhân Dân điện tửTrang chủTin tứcLịch thi đấu") is None
    True
    >>> glued_headline("Mới đây, 2 tuyển thủ cuối cùng của chúng ta làVũ Đình Hai và Nguyễn "
    ...                "Thanh Khôi cũng đã lên đường.") is None
    True
    """
    joins = list(islice(_GLUE.finditer(paragraph), _MENU_JOINS))
    # Items run together all along the line are a menu, wherever its joins stand.
    if len(joins) >= _MENU_JOINS:
        return None
    for join in joins:
        head, rest = paragraph[: join.start(2)], paragraph[join.start(2) :]
        words = head.count(" ") + 1
        if words > TITLE_MAX_WORDS:
            return None
        if (
            words >= TITLE_MIN_WORDS
            # A headline never opens in lower case ("những … truyền ban.2Trên …": a verse).
            and not head[:1].islower()
            and (join[1].isdigit() or is_syllable(join[1]))
            and is_syllable(join[3])
            and not head.endswith((".", ":", ";", ",", "…"))
            and _COMMA_GLUED.search(head) is None
            and _NO_HEADLINE.search(head) is None
            # A sentence broken by a bold name glued on ("… gặp mặt vàNhà hàng Hải Yến…").
            and _OPEN_END.search(head) is None
            # A list's item with a note glued on is a list of links, not the lead.
            and _LISTED.match(head) is None
            and ENUMERATED.match(head) is None
            and (_same_spelling(head, rest) or _opens_sentence(rest))
            # Joins one after another are a menu whose items ran together.
            and _GLUE.search(rest[:_MENU_REACH]) is None
        ):
            return head
    return None


def _opens_sentence(text: str) -> bool:
    """A sentence of some length opens ``text``, not a name ("Vũ Đình Hai và …")."""
    words = text.split(" ", SENTENCE_MIN_WORDS)
    return len(words) > SENTENCE_MIN_WORDS and words[1][:1].islower()


def _same_spelling(head: str, rest: str) -> bool:
    return head.translate(_SPELLINGS) == rest.translate(_SPELLINGS)
