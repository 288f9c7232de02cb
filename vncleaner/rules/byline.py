"""Authors, places of filing, agency credits and source lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import ClassVar

from vncleaner import vocab
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine, Trigger
from vncleaner.rules.base import LINKED, URL_START, LineRule, PatternRule, Rule, next_to
from vncleaner.shapes import PARAGRAPH_MIN_WORDS, is_name, is_paragraph, is_statement, plain
from vncleaner.syllables import is_plain_syllable, is_syllable

SOURCE_MAX_WORDS = 10
# The name under a lone "Theo" is a publication's: a few words.
SPLIT_SOURCE_MAX_WORDS = 6
SIGNATURE_MAX_WORDS = 12
DESK_MAX_WORDS = 4
# A desk or office under its people's names may be longer ("Trung tâm Khuyến nông Quốc gia").
OFFICE_MAX_WORDS = 8
# An author's footnote gives a post or a school, not a sentence about the text.
AUTHOR_NOTE_MAX_WORDS = 20
# An expert's credit names the post after the name: "… bởi BSCK I X - Khoa Mắt - Bệnh viện …".
REVIEW_MAX_WORDS = 30
# Dashes that stand between a name and its source: "Trung Khoa – Thoibao.de".
_CREDIT_DASHES = (" – ", " — ", " - ")
# Where an expert's post follows the name: "X - Khoa Mắt - Bệnh viện …", "X, Khoa …".
_AFFILIATION = re.compile(r"\s[-–—]\s|,|\(")
# Labels that may follow the signature at the foot of an article.
_FOOT = frozenset({"nav", "related", "byline", "dateline", "caption", "image", "slug"})


def split_credit(text: str) -> tuple[str, str | None]:
    """Split "Name/Source", "Name / source.vn", "Name (Source)", "Name – site.de".

    Of two credits in brackets, the first is the source: the second names the outlet.

    >>> split_credit("Văn Hiếu/VOV"), split_credit("MỘC LAN (VTC News)")
    (('Văn Hiếu', 'VOV'), ('MỘC LAN', 'VTC News'))
    >>> split_credit("Hải Yến (Theo Luciddream) (Khampha.vn)")
    ('Hải Yến', 'Luciddream')
    >>> split_credit("Trung Khoa – Thoibao.de"), split_credit("HOÀI THƯƠNG – DIỄM HƯỜNG")
    (('Trung Khoa', 'Thoibao.de'), ('HOÀI THƯƠNG – DIỄM HƯỜNG', None))
    """
    text = text.strip()
    if text.endswith(")") and "(" in text:
        name, _, source = text[:-1].rpartition("(")
        name = name.strip()
        # Two credits in brackets: the work's source, then the outlet that reprinted it.
        if name.endswith(")") and "(" in name:
            name, _, source = name[:-1].rpartition("(")
        return name.strip(), vocab.SOURCE_PREFIX.sub("", source.strip()) or None
    if "/" in text and "://" not in text:
        name, _, source = text.partition("/")
        return name.strip(), vocab.SOURCE_PREFIX.sub("", source.strip()) or None
    # "Trung Khoa – Thoibao.de": a dash before a site or a newspaper.
    for dash in _CREDIT_DASHES:
        name, found, source = text.rpartition(dash)
        source = source.strip()
        if found and name.strip() and (_is_domain(source) or source.lower() in vocab.PRESS_NAMES):
            return name.strip(), source
    return text, None


def reviewer(text: str) -> str | None:
    """The name in an expert's or an editor's credit, None when ``text`` is not one.

    >>> reviewer("Bài viết được tư vấn chuyên môn bởi BSCK I Lê Thị Phương Thảo - Khoa Mắt")
    'Lê Thị Phương Thảo'
    >>> reviewer("Biên tập ELLE Team"), reviewer("Biên tập viên cho biết sẽ sửa bài.")
    ('ELLE Team', None)
    >>> reviewer("Người dịch:Thạc sĩ Lê Hải Quỳnh - Công ty Vinhthinh Biostadt")
    'Lê Hải Quỳnh'
    """
    credit = vocab.REVIEW_CREDIT.match(text)
    if credit is None:
        return None
    rest = _AFFILIATION.split(text[credit.end() :], maxsplit=1)[0].strip()
    title = vocab.PROFESSIONAL_TITLE.match(rest)
    name = rest[title.end() :] if title else rest
    fits = bool(name) and len(name.split()) <= SIGNATURE_MAX_WORDS and is_name(name)
    return name if fits else None


def is_outlet(name: str) -> bool:
    """True when ``name`` names a newspaper, broadcaster or agency rather than a person.

    >>> is_outlet("Dân Việt"), is_outlet("Báo Bảo vệ pháp luật"), is_outlet("Tú Linh")
    (True, True, False)
    """
    return name.lower() in vocab.PRESS_NAMES or vocab.OUTLET_NAME.match(name) is not None


# The dash between the authors and their office, spaced on one side at least.
_OFFICE_DASH = re.compile(r"\s+[-–—]\s*|\s*[-–—]\s+")


def names_and_office(text: str) -> tuple[str, str] | None:
    """The authors' names and the office they write for, when a signature gives both.

    >>> names_and_office("Nguyễn Bình-Thu Nga- Chi cục Thủy sản")
    ('Nguyễn Bình-Thu Nga', 'Chi cục Thủy sản')
    >>> names_and_office("Vịnh Hạ Long - Quảng Ninh") is None
    True
    >>> names_and_office("Châu Trân – GV Trường PTTH Sư phạm")
    ('Châu Trân', 'Trường PTTH Sư phạm')
    """
    dashes = list(_OFFICE_DASH.finditer(text))
    if not dashes:
        return _name_and_paper(text)
    names, office = text[: dashes[-1].start()].strip(), text[dashes[-1].end() :].strip()
    where = vocab.OFFICE_POST.sub("", office, count=1)
    return (names, where) if is_name(names) and _is_institution(where) else None


# A newspaper's or a journal's name opening with what it is: "Báo Nhân Dân", "Tạp chí
# Cộng sản". ("Đài" and "Kênh" are left out: they are given names too, "Lê Đài Trang".)
_PAPER = re.compile(r"\s(?=(?:Báo|Tạp chí|Tuần báo|Nhật báo|Thông tấn xã)\s+\S)")


def _name_and_paper(text: str) -> tuple[str, str] | None:
    """A name and the paper it writes for with no mark between them, as a converter joins
    two spans.

    >>> _name_and_paper("Nguyễn Sĩ Đại Báo Nhân Dân")
    ('Nguyễn Sĩ Đại', 'Báo Nhân Dân')
    """
    paper = _PAPER.search(text)
    if paper is None:
        return None
    name, outlet = text[: paper.start()], text[paper.end() :]
    return (name, outlet) if is_name(name) and _one_name(outlet) else None


def _is_institution(name: str) -> bool:
    return vocab.INSTITUTION_NAME.match(name) is not None and _one_name(name)


def is_office(name: str) -> bool:
    """True when ``name`` is a desk or an institution named alone, no figure in it.

    >>> is_office("Ban Thời sự"), is_office("Trung tâm Khuyến nông Quốc gia")
    (True, True)
    >>> is_office("Ban tổ chức cho biết, lễ hội kéo dài 3 ngày")
    False
    """
    opens = vocab.DESK_NAME.match(name) or vocab.INSTITUTION_NAME.match(name)
    return opens is not None and _one_name(name) and not any(ch.isdigit() for ch in name)


def _one_name(name: str) -> bool:
    # One name, not a sentence opening on one: "Theo Bộ Y tế, số ca mắc giảm".
    return "," not in name and not name.endswith((".", ":", "!", "?"))


def _is_domain(text: str) -> bool:
    return "." in text and " " not in text and not text.endswith(".")


# Every source line starts with its prefix.
# The line may be set in bold or italics ("_Nguồn:_", "**Theo VnExpress**").
_SOURCE = Trigger.of(
    r"\n[_*]{0,2}\(?\s*(?:theo|nguồn|link nguồn|(?:url )?source\s*:|tham khảo)", folded=True
)


class SourceLine(LineRule):
    """A source or agency line ("Theo Văn Hiếu/VOV", "Nguồn: Liekr", "Theo xahoi")."""

    name = "source-line"
    label: ClassVar[Label] = "byline"
    trigger = _SOURCE
    textual = True

    def match(self, line: PageLine) -> bool:
        text = plain(line.text)
        prefix = vocab.SOURCE_PREFIX.match(text)
        if prefix is None or line.words > SOURCE_MAX_WORDS:
            return False
        rest = text[prefix.end() :].strip(" )")
        if not rest:
            return text.rstrip().endswith(":")
        name, source = split_credit(rest)
        return (
            # One word, or several one-word sources in a row: "Nguồn: Refinery29, W.W.W".
            all(" " not in part.strip() for part in rest.split(","))
            or _is_domain(rest)
            or ((is_name(name) or is_outlet(name)) and (source is None or not source.endswith(".")))
            or (source is None and _is_institution(name))
            or vocab.URL_LINE.match(rest) is not None
        )


class SplitSource(Rule):
    """A source line broken after its prefix: "Theo" alone, the source's name below it."""

    name = "split-source"
    label: ClassVar[Label] = "byline"

    def find(self, page: Page) -> Iterator[PageLine]:
        for line in page.hit_by(_SOURCE):
            below = page.after(line)
            if (
                line.open
                and vocab.SOURCE_PREFIX.fullmatch(plain(line.text)) is not None
                and below is not None
                and below.open
                and below.gap <= 1
                and below.words <= SPLIT_SOURCE_MAX_WORDS
                and not below.ends_sentence
            ):
                yield from (line, below)


class UrlSource(PatternRule):
    """A bare web address on a line of its own, naming where the story came from."""

    name = "url-source"
    label: ClassVar[Label] = "byline"
    trigger = URL_START
    pattern = vocab.URL_LINE


class CommentSource(PatternRule):
    """A crawler's note of the page's address as an HTML comment ("<!-- source: https://… -->")."""

    name = "comment-source"
    label: ClassVar[Label] = "byline"
    trigger = Trigger.of(r"\n<!--")
    pattern = vocab.COMMENT_SOURCE


class AuthorLink(PatternRule):
    """A link to the author's page on a line of its own: "Tác giả: Admin" linking to /author/…."""

    name = "author-link"
    label: ClassVar[Label] = "byline"
    trigger = LINKED
    pattern = vocab.AUTHOR_LINK
    whole = True


class PlaceOfFiling(PatternRule):
    """Where the story was filed from ("(từ Vientiane, Lào)")."""

    name = "place-of-filing"
    label: ClassVar[Label] = "byline"
    trigger = Trigger.of(r"\n\(\s*từ", folded=True)
    pattern = vocab.PLACE_OF_FILING


class AuthorNote(LineRule):
    """A footnote marked "(*)" naming the author's school or post ("(*) Đại học Luật TPHCM")."""

    name = "author-note"
    label: ClassVar[Label] = "byline"
    trigger = Trigger.of(r"\n\(\*")
    textual = True

    def match(self, line: PageLine) -> bool:
        return (
            line.words <= AUTHOR_NOTE_MAX_WORDS and vocab.AUTHOR_NOTE.match(line.text) is not None
        )


class CreditLine(LineRule):
    """A student's or a team's credit and a name alone, wherever it stands ("Sinh viên thực hiện: …")."""

    name = "credit-line"
    label: ClassVar[Label] = "byline"
    # A writer's own credit at the foot ("Tác giả: Kim Oanh") is signature's; a class
    # project's stands anywhere, a box of links included.
    trigger = Trigger.of(rf"\n(?:{vocab.TEAM_MEMBERS}) thực hiện\s*:", folded=True)
    textual = True

    def match(self, line: PageLine) -> bool:
        prefix = vocab.TEAM_CREDIT.match(line.text)
        return prefix is not None and is_name(line.text[prefix.end() :].strip())


# The self-introduction comes within a greeting's reach of the box's opening.
SELF_INTRO_REACH = 40
_SELF_INTRO = re.compile(r"(?i)\b(?:tôi|mình) là ")


class AuthorBio(Rule):
    """The writer's name alone over a sentence saying who the writer is: the author's box."""

    name = "author-bio"
    label: ClassVar[Label] = "byline"
    # The name is a few words: the trade follows "là" early in the line.
    trigger = Trigger.of(rf"\n[^\n]{{2,40}}? là (?:một )?(?:{vocab.WRITER_TRADES})", folded=True)

    # Or the writer introducing themself by that name: "Xin chào các bạn! Tôi là Kiên Đỗ -
    # một người yêu thích Du Lịch …" under "### Kiên Đỗ".
    self_intro = Trigger.of(r"\n[^\n]{0,40}?\b(?:tôi|mình) là ", folded=True, by_literals=True)

    def find(self, page: Page) -> Iterator[PageLine]:
        for trigger, tells in ((self.trigger, _names_trade), (self.self_intro, _introduces)):
            for line in page.hit_by(trigger):
                above = _name_above(page, line)
                if above is not None and tells(line.bare, above.bare):
                    yield above


def _name_above(page: Page, line: PageLine) -> PageLine | None:
    """The open line above ``line`` when it holds a name alone."""
    above = page.before(line)
    return above if above is not None and above.open and is_name(above.bare) else None


def _names_trade(text: str, name: str) -> bool:
    """``text`` opens on ``name`` and the writer's trade ("X là phóng viên …")."""
    return text.startswith(name) and vocab.AUTHOR_BIO.match(text, len(name)) is not None


def _introduces(text: str, name: str) -> bool:
    """``text`` has the writer say, near its opening, "Tôi là <name>"."""
    opening = text[: SELF_INTRO_REACH + len(name)]
    return _SELF_INTRO.search(opening) is not None and f" là {name}" in text


class GluedAuthorBio(Rule):
    """The writer's name glued to the box's text, the text then alone below it: the author's box."""

    name = "glued-author-bio"
    label: ClassVar[Label] = "byline"

    def find(self, page: Page) -> Iterator[PageLine]:
        # "Nguyễn Thanh HằngTôi là Nguyễn Thanh Hằng, một cô gái …luxtour.com.vn/" over
        # "Tôi là Nguyễn Thanh Hằng, một cô gái …": a converter joined the box's name,
        # text and link, then printed the text's own block. The text is sentences naming
        # the writer again (a card's place glued to its headline, "Sa PaKhông có tuyết,
        # Sa Pa …", is neither).
        for line, below in pairwise(page.lines):
            text, rest = line.bare, below.bare
            if (
                line.open
                and below.open
                and is_statement(below)
                and len(text) > len(rest)
                and (at := text.find(rest)) > 0
                and is_name(name := text[:at])
                and name in rest
            ):
                yield line


class AuthorBioText(Rule):
    """The sentence under the author's name in the author's box: the site's, not the article's."""

    name = "author-bio-text"
    label: ClassVar[Label] = "nav"

    def find(self, page: Page) -> Iterator[PageLine]:
        yield from next_to(page, AuthorBio.name, below=True)
        yield from next_to(page, GluedAuthorBio.name, below=True)


class ReviewCredit(LineRule):
    """An expert's or an editor's credit ("Tham vấn y khoa: ThS.BS X", "Biên tập ELLE Team")."""

    name = "review-credit"
    label: ClassVar[Label] = "byline"
    trigger = Trigger.of(
        r"\n(?:bài viết\s|được\s|tham vấn|kiểm duyệt|biên tập|người (?:biên tập|viết|dịch)"
        r"|dịch giả)",
        folded=True,
    )
    textual = True

    def match(self, line: PageLine) -> bool:
        return line.words <= REVIEW_MAX_WORDS and reviewer(line.text) is not None


class AgencyCredit(LineRule):
    """An agency credit left on a line of its own ("(VTC News) -", "TTO -", "(TTXVN)")."""

    name = "agency-credit"
    label: ClassVar[Label] = "byline"
    trigger = Trigger.of(r"[-–—](?=\n)|\n\([^\n]*\)(?=\n)", by_literals=True)
    textual = True

    def match(self, line: PageLine) -> bool:
        return line.words <= 5 and vocab.AGENCY_CREDIT.match(line.text) is not None


class AuthorWithSource(LineRule):
    """A name with its source ("Minh Cát / phunusuckhoe.vn", "Nghi Ân (Tổng Hợp)", "A – site.de")."""

    name = "author-source"
    label: ClassVar[Label] = "byline"
    # split_credit needs "/", a closing bracket at the end, or a spaced dash before a
    # site or newspaper near the end.
    trigger = Trigger.of(r"/|\)(?=\s*\n)| [–—-] [^\n]{1,40}\n")
    textual = True

    def match(self, line: PageLine) -> bool:
        if line.words > SIGNATURE_MAX_WORDS or line.text.endswith("."):
            return False
        # A picture's credit is the caption's ("Đảo Tuần Châu (Nguồn ảnh Internet)").
        if vocab.BRACKETED_CREDIT.search(line.text) is not None:
            return False
        name, source = split_credit(line.text)
        name = vocab.AUTHOR_PREFIX.sub("", name, count=1)  # "Tác giả: Anh Hoa / baodautu.vn"
        return (
            source is not None
            and is_name(name)
            and len(source.split()) <= 4
            # "Đấm Hook (Swing)" is a subheading glossing its term: a writer's name is
            # Vietnamese words, and no acronym among them ("Luyện Thi PET (B1-B2)", a
            # course in a menu); a name in capitals is capitals throughout.
            and all(is_syllable(word) or is_plain_syllable(word) for word in name.split())
            and not _acronym_in(vocab.SOURCE_PREFIX.sub("", name, count=1))
            # A place's other name in brackets repeats its words ("Chùa Ông (chùa Ông Ngựa)").
            and name.lower() not in source.lower()
        )


def _acronym_in(name: str) -> bool:
    """True when a word in capitals stands among words that are not ("Luyện Thi PET")."""
    words = name.split()
    capitals = [len(word) > 1 and word.isupper() for word in words]
    return any(capitals) and not all(capitals)


class SignatureFoot(Rule):
    """The author's name on its own line at the foot of the article."""

    name = "signature"
    label: ClassVar[Label] = "byline"

    def find(self, page: Page) -> Iterator[PageLine]:
        for line in reversed(page.lines):
            if line.open:
                above = page.before(line)
                # A credit's words ("Tin và ảnh: Thạch Trúc") sign under a caption too.
                credited = vocab.AUTHOR_PREFIX.match(plain(line.text)) is not None
                if (credited or _settled(above)) and _is_signature(line, loose=True):
                    yield line
                # The names, then their desk or office ("Đỗ Tuấn - Việt Oanh" over
                # "Trung tâm Khuyến nông Quốc gia").
                elif (
                    above is not None
                    and above.open
                    and _settled(page.before(above))
                    and _is_signature(above, loose=False)
                    and _is_desk(line, OFFICE_MAX_WORDS)
                ):
                    yield from (above, line)
                return
            if line.label not in _FOOT:
                return


def _is_desk(line: PageLine, max_words: int = DESK_MAX_WORDS) -> bool:
    """A desk or an office rather than a person ("Ban Thời sự"): a few capitalised words,
    no figure, not a sentence."""
    return (
        line.words <= max_words
        and not line.ends_sentence
        and line.text[:1].isupper()
        and not any(ch.isdigit() for ch in line.text)
        # A labelled field ("Website: www.zara.com/vn", "Email: …") names no desk.
        and ":" not in line.text
    )


def _settled(line: PageLine | None) -> bool:
    """Under a paragraph or furniture: a name under another short line is more likely the
    end of a list or a caption's credit."""
    return line is not None and (
        not line.open or line.ends_full_stop or line.words >= PARAGRAPH_MIN_WORDS
    )


_BESIDE_NAME: frozenset[Label] = frozenset({"title", "dateline"})


class SignatureHead(Rule):
    """The author's name above the lead, or a place of filing opening the page ("Hòa Bình:")."""

    name = "signature-head"
    label: ClassVar[Label] = "byline"

    def find(self, page: Page) -> Iterator[PageLine]:
        stacked = _stacked_name(page)
        if stacked is not None:
            yield stacked
            return
        opened = [line for line in page.lines[:8] if line.open]
        for at, line in enumerate(opened):
            if is_paragraph(line):
                return
            if line.index == 0 and line.text.endswith(":") and is_name(line.text[:-1]):
                yield line
                return
            repeats = [other for other in opened[at:] if other.text == line.text]
            below = opened[at + len(repeats)] if at + len(repeats) < len(opened) else None
            if (
                _is_signature(line, loose=False)
                and below is not None
                and is_paragraph(below)
                and _vouched(page, line)
            ):
                yield from repeats
                return


def _vouched(page: Page, line: PageLine) -> bool:
    """A name in capitals heads a section as often as it signs ("BÚN BÒ" over its dish):
    it signs only beside the headline or the date ("HOÀI THƯƠNG – DIỄM HƯỜNG")."""
    return not line.text.isupper() or page.beside(line, _BESIDE_NAME)


def _stacked_name(page: Page) -> PageLine | None:
    """A name set between the headline and its date (headline, "Hạ Anh", "| 17/07/2026")."""
    lines, title = page.lines, page.title_line
    if title is None or title.index + 2 >= len(lines):
        return None
    line, below = lines[title.index + 1], lines[title.index + 2]
    stacked = (
        line.open
        and below.label == "dateline"
        and (_is_signature(line, loose=False) or names_and_office(plain(line.text)) is not None)
    )
    return line if stacked else None


def _is_signature(line: PageLine, *, loose: bool) -> bool:
    if line.words > SIGNATURE_MAX_WORDS or line.ends_sentence:
        return False
    # A name may be set in bold or italics ("**Ngọc Hậu**"), behind the credit's words
    # ("_Bài và ảnh Trọng Tùng_").
    text = plain(line.text)
    if is_name(vocab.AUTHOR_PREFIX.sub("", text, count=1)):
        return True
    # A desk rather than a person ("Ban Thời sự"), or a source in words ("Theo Doanh
    # nghiệp và Tiếp thị"): only trusted at the very foot.
    return loose and (
        _is_desk(line) or _source_in_words(line.text) or names_and_office(text) is not None
    )


def _source_in_words(text: str) -> bool:
    """ "Theo" and a few words naming a source, with no comma: "Theo Doanh nghiệp và Tiếp thị"."""
    prefix = vocab.SOURCE_PREFIX.match(text)
    rest = text[prefix.end() :] if prefix else ""
    return bool(rest) and "," not in rest and len(rest.split()) <= SPLIT_SOURCE_MAX_WORDS
