"""Shapes of lines that several rules share: headlines, paragraphs, names."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import regex

from vncleaner import vocab
from vncleaner.folding import fold, lower_case

if TYPE_CHECKING:
    from vncleaner.page import PageLine

# Defaults, in words, that rules may override with their own parameters.
HEADLINE_MIN_WORDS = 4
HEADLINE_MAX_WORDS = 35
PARAGRAPH_MIN_WORDS = 25

# A personal name word: capitalised ("Tú", "Nguyễn") or all capitals ("QUYÊN"),
# initials allowed ("T.L", "N.K.").
_NAME_WORD = r"(?:\p{Lu}\p{Ll}*|\p{Lu}+|(?:\p{Lu}\.)+\p{Lu}?\.?)"
# A signature's initials glued to the given name: "Q.Chung", "D.Thu", "T.T.Hà".
_INITIALLED = r"(?:\p{Lu}\.){1,3}\p{Lu}\p{Ll}+"
_NAME = rf"(?:{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,4}}|{_INITIALLED}(?:\s+{_NAME_WORD}){{0,3}})"
NAME = regex.compile(rf"^{_NAME}$")
# Several names: "HOÀI THƯƠNG – DIỄM HƯỜNG – QUỐC HUY", "Minh Anh, Hồng Hà".
NAMES = regex.compile(rf"^{_NAME}(?:\s*(?:[-–—,;&]|\svà\s)\s*{_NAME})*$")
_ELLIPSIS = ("...", "…")
# The marks that end a sentence, and those that end a statement (a question may still
# be a headline).
SENTENCE_MARKS = ".!?…:;"
FULL_STOP_MARKS = ".!"
# What may close a sentence after its mark: quotes, brackets, markdown's underscore.
_CLOSERS = "\"'”’»)]_"
# A note in brackets after the sentence ("… lực lượng. (Reuters)") has at most this many
# characters inside.
TAIL_NOTE_MAX = 30


# A first word in lower case with no capital inside it ("chia sẻ text in báo"); "iPhone",
# "eKYC" and other names written that way do open headlines.
_LOWER_OPENING = regex.compile(r"^[^\p{L}\d]*\p{Ll}[\p{Ll}\p{M}]*(?:\s|$)")


def opens_lowercase(text: str) -> bool:
    """True when the line's first word is in lower case: no headline or sentence opens so.

    >>> opens_lowercase("chia sẻ text in báo bình luận"), opens_lowercase("iPhone 17 ra mắt")
    (True, False)
    >>> opens_lowercase("“Đánh bại Argentina”"), opens_lowercase("12 đội dự giải")
    (False, False)
    """
    first = text[:1]
    # Most lines open on a capital or a figure: settled without the pattern.
    if (first.isalpha() and not first.islower()) or first.isdecimal():
        return False
    return _LOWER_OPENING.match(text) is not None


def is_headline(line: PageLine) -> bool:
    """A headline's shape: a few words that do not end like a sentence."""
    return (
        HEADLINE_MIN_WORDS <= line.words <= HEADLINE_MAX_WORDS
        and not line.ends_sentence
        and not line.text.endswith(("|", ","))
    )


def is_paragraph(line: PageLine) -> bool:
    """A paragraph's shape: long, and ending like a sentence."""
    return line.words >= PARAGRAPH_MIN_WORDS and line.ends_sentence


def ends_with_mark(text: str, marks: str) -> bool:
    r"""True when ``text`` ends with one of ``marks``, perhaps inside closing quotes or
    brackets, perhaps followed by a note in brackets: ``"… lực lượng". (Reuters)``.

    Read from the end, where the pattern ``[marks]["'”’»)\]_]*(?:\s*\([^()]{1,30}\))?$``
    would be tried at every position of a long line.

    >>> ends_with_mark('Anh nói: "Xong."', ".!"), ends_with_mark("Giá vàng (Reuters)", ".!")
    (True, False)
    >>> ends_with_mark("Đã xong. (Theo TTXVN)", ".!"), ends_with_mark("Thật sao?", ".!")
    (True, False)
    """
    if text.endswith("\n"):  # where "$" matches too
        text = text[:-1]
    last = text.rstrip(_CLOSERS)[-1:]
    if last and last in marks:
        return True
    if not text.endswith(")"):
        return False
    opening = text.rfind("(")
    inside = text[opening + 1 : -1]
    if opening < 0 or not 1 <= len(inside) <= TAIL_NOTE_MAX or ")" in inside:
        return False
    last = text[:opening].rstrip().rstrip(_CLOSERS)[-1:]
    return bool(last) and last in marks


def ends_full_stop(text: str) -> bool:
    """True when ``text`` ends with a full stop or "!" (a question may still be a headline)."""
    return ends_with_mark(text, FULL_STOP_MARKS) and not text.endswith(_ELLIPSIS)


def is_statement(line: PageLine) -> bool:
    """A paragraph closed by a full stop: neither a question nor a cut-off teaser."""
    return line.words >= PARAGRAPH_MIN_WORDS and line.ends_full_stop


def is_bold(line: PageLine) -> bool:
    """True when the whole line is set in markdown bold ("**Bàn thắng**"): a subheading.

    >>> from vncleaner.page import Page
    >>> text = "**Bàn thắng**|**Hỏi?** -|A **b**".replace("|", chr(10))
    >>> [is_bold(line) for line in Page.from_text(text, text).lines]
    [True, True, False]
    """
    text = line.text
    return text.startswith("**") and text.rstrip(" -–").endswith("**") and len(text) > 4


def is_italic(line: PageLine) -> bool:
    """True when the whole line is set in markdown italics ("_Ảnh minh họa_").

    >>> from vncleaner.page import Page
    >>> text = "_Chú thích ảnh. _|*Chú thích*|* Mục|__ In bài|_a_ và b".replace("|", chr(10))
    >>> [is_italic(line) for line in Page.from_text(text, text).lines]
    [True, True, False, False, False]
    """
    text = line.text.rstrip()
    return (
        len(text) > 2
        and text[0] == text[-1]
        and text[0] in "_*"
        and text[1] not in " _*"
        and text.count(text[0]) == 2
    )


# A section's number before its title, however it is set off: "6-Quán ăn …",
# "12- Nhà hàng …", "3. …". Looser than ENUMERATED, which must stand for a list item.
SECTION_NUMBER = re.compile(r"\d{1,2}\s?[-.)–]\s?\S")
# Dashes that set off an item or a line of dialogue in running text ("– Tỏi").
_DASHED = ("– ", "— ")
# An enumerated item: "1. ", "2) ", "a) ", "đ) ", or a part by its Roman number
# ("II. Cách di chuyển"), well formed and followed by a capital. A line opening on an
# initial ("V. Putin …") matches too; it is text either way, never furniture.
# html2text escapes the stop of a number opening a line ("1\\. Tư thế đạp xe").
ENUMERATED = regex.compile(
    r"^(?:\d{1,3}\\?[.)/]|\p{Ll}\)|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.(?=\s+\p{Lu})"
    # A subsection's number before its title: "3.2 Mẫu trang trí …", "1.1. Giới thiệu".
    r"|\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s+\p{Lu}))\s"
)
# A numbered step or part of a how-to: "Bước 2: Làm cán dù", "Cách 1. Dùng giấm".
STEP = regex.compile(r"(?i)^(?:bước|cách|phần|giai đoạn)\s+\d{1,2}\b")


def is_list_item(line: PageLine) -> bool:
    """True when the line is an item of a list: markdown ("* "), dashed ("– 300gr cá hồi"),
    numbered ("1. "), lettered ("a) ") or a numbered step ("Bước 2: Làm cán dù").

    >>> from vncleaner.page import Page
    >>> text = "– Tỏi|1. Sơ chế|3.2 Mẫu trang trí|2.5 triệu người|Hà Nội – Huế".replace("|", chr(10))
    >>> [is_list_item(line) for line in Page.from_text(text, text).lines]
    [True, True, True, False, False]
    """
    text = line.text
    return (
        line.item
        or text.startswith(_DASHED)
        or ENUMERATED.match(text) is not None
        or STEP.match(text) is not None
    )


def link_text(line: PageLine) -> str | None:
    """The text of the one link the line is made of (:data:`vocab.ONE_LINK`), else None.

    >>> from vncleaner.page import Page
    >>> text = "## [ Tin khác ](https://a.vn/b)|[a](x) [b](y)".replace("|", chr(10))
    >>> [link_text(line) for line in Page.from_text(text, text).lines]
    ['Tin khác', None]
    """
    link = vocab.ONE_LINK.fullmatch(line.text)
    return link.group(1).strip() if link else None


def is_teaser(line: PageLine) -> bool:
    """A teaser's shape: a sentence cut off with an ellipsis."""
    return line.text.endswith(_ELLIPSIS)


def plain(text: str) -> str:
    """``text`` without markdown emphasis around it ("**Ngọc Hậu**" is "Ngọc Hậu").

    >>> plain("**Ngọc Hậu**"), plain("_Lướt web_")
    ('Ngọc Hậu', 'Lướt web')
    """
    return text.strip().strip("*_").strip()


def is_name(text: str) -> bool:
    """True when ``text`` is one or more personal names and nothing else.

    >>> is_name("Tú Linh"), is_name("BÍCH QUYÊN"), is_name("Q.Chung"), is_name("Đề xuất chương trình")
    (True, True, True, False)
    """
    return NAMES.match(text) is not None


def introduces_list(line: PageLine) -> bool:
    """An open line of the text ending in a colon ("… bao gồm:"), not a box's header
    ("Tin liên quan:") or a widget's label: the short lines under it are its own list."""
    return line.open and line.text.endswith(":") and not _names_a_box(line.text)


# The header and label phrases, read in folded text.
_BOX_NAME = re.compile(f"(?:{lower_case(vocab.LIST_HEADERS)})|(?:{lower_case(vocab.WIDGETS)})")
# Texts whose answer is remembered: a colon line is asked about once for each short line
# below it.
_REMEMBERED_TEXTS = 4096


@functools.lru_cache(maxsize=_REMEMBERED_TEXTS)
def _names_a_box(text: str) -> bool:
    """True when ``text`` holds a list header's or a widget's phrase, in any case."""
    return _BOX_NAME.search(fold(text)) is not None
