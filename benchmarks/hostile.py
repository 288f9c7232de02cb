"""Hostile page shapes: inputs built to make a careless pattern or loop go super-linear.

Each shape is a function of a size in bytes (UTF-8) returning a page of about that size,
deterministic, so the same-labels check and the benchmarks see the same text.

>>> sorted(SHAPES)[:3]
['caption-credit', 'dot-space', 'headline-teaser']
>>> all(abs(len(make(name, 20_000).encode()) - 20_000) < 2_000 for name in SHAPES)
True
"""

from __future__ import annotations

from collections.abc import Callable

_PARAGRAPH = (
    "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, "
    "mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng."
)


def _fill(unit: str, size: int, sep: str = "") -> str:
    """``unit`` repeated (joined by ``sep``) until the text holds about ``size`` bytes."""
    step = len((unit + sep).encode())
    return sep.join([unit] * max(1, size // step))


def caption_credit(size: int) -> str:
    """ "(Ảnh: " repeated on one line, never closed, then the same shape line by line."""
    half = size // 2
    return _fill("(Ảnh: ", half) + "\n" + _fill("Chú thích (Ảnh: Tư liệu", half, "\n")


def slug_words(size: int) -> str:
    """Unaccented syllables: one long slug line, then many slug lines among paragraphs."""
    half = size // 2
    words = "nghi quyet phat trien van hoa viet nam "
    lines = _fill(f"{_PARAGRAPH}\n\ninfographic nghi quyet 80 nqtw 8 nhiem vu", half, "\n\n")
    return _fill(words, half) + "\n\n" + lines


def dot_space(size: int) -> str:
    """ ". " repeated on one line, and as many lines of ". . ." and "a. b. c." shapes."""
    half = size // 2
    return _fill(". ", half) + "\n" + _fill("A. B. C. . . Đ. ", half, "\n")


def image_stub(size: int) -> str:
    """ "| ![]() |" repeated on one line, and as a markdown table of stubs and captions."""
    half = size // 2
    table = _fill("| ![]() |\n| Hai bên nhất trí tăng cường hợp tác (Ảnh: T.L) |", half, "\n")
    return _fill("| ![]() |", half) + "\n" + table


def headline_teaser(size: int) -> str:
    """Headline/teaser pairs without end, the shape of a trailing list of links."""
    pair = (
        "Hà Nội đón đoàn đại biểu cấp cao nước bạn\n"
        "Sáng nay, đoàn đại biểu cấp cao đã tới Hà Nội, mở đầu chuyến thăm…"
    )
    return _PARAGRAPH + "\n\nĐọc thêm\n" + _fill(pair, size, "\n")


def long_line(size: int) -> str:
    """One line of article text with no line break at all."""
    return _fill(_PARAGRAPH + " ", size)


def long_word(size: int) -> str:
    """A picture inlined as base64, its blank pixels one run of "A", then lines of letter
    runs: words without end for any pattern that looks back over letters from each one."""
    half = size // 2
    first = "data:image/png;base64,iVBOR" + "A" * half + "= Email: toasoan@baomoi.vn"
    return first + "\n" + _fill("A" * 200 + " toasoan@baomoi.vn Hotline", half, "\n")


def short_lines(size: int) -> str:
    """Many short lines (menu items, names, numbers): about 9 bytes each, 117,000 to the MB."""
    items = ("Thời sự", "Tú Linh", "12/03/2024", "Xem thêm", "Ảnh: T.L", "aa", "–")
    return _fill("\n".join(items), size, "\n")


def underscores(size: int) -> str:
    """Underscore rules: one long line of them ending in a word, then 80-wide ones."""
    half = size // 2
    return "_" * half + " hết\n" + _fill("_" * 80, half, "\n")


def repeated_paragraph(size: int) -> str:
    """The same paragraph printed again and again: the pull-quote search's worst case."""
    return _fill(_PARAGRAPH, size, "\n\n")


def link_run(size: int) -> str:
    """Linked images in a row that end in a stray word, then as many lines of links."""
    half = size // 2
    return (
        _fill("[![Ảnh](a.jpg)](/b) ", half) + "x\n" + _fill("* [Thời sự](/c) [](x) !", half, "\n")
    )


def shared_words(size: int) -> str:
    """Distinct sentences drawn from twenty syllables: every line holds every other's words."""
    syllables = "một hai ba bốn năm sáu bảy tám chín mười người nhà đất nước trời mây gió mưa"
    words = syllables.split()
    lines, total, state = [], 0, 7
    while total < size:
        picked = []
        for _ in range(12):
            state = (state * 1103515245 + 12345) % 2**31
            picked.append(words[state % len(words)])
        line = " ".join(picked).capitalize() + "."
        lines.append(line)
        total += len(line.encode()) + 2
    return "\n\n".join(lines)


SHAPES: dict[str, Callable[[int], str]] = {
    "caption-credit": caption_credit,
    "slug-words": slug_words,
    "dot-space": dot_space,
    "image-stub": image_stub,
    "headline-teaser": headline_teaser,
    "long-line": long_line,
    "long-word": long_word,
    "short-lines": short_lines,
    "repeated-paragraph": repeated_paragraph,
    "underscores": underscores,
    "link-run": link_run,
    "shared-words": shared_words,
}
# Shapes that code before the speed work (underscores) or before the email and glued-
# headline patterns were mended (long-word) cleaned in more than square time: the
# same-labels check gives them to the baseline only at its smallest size.
SLOW_BEFORE = frozenset({"underscores", "long-word"})


def make(name: str, size: int) -> str:
    """The hostile page ``name`` of about ``size`` bytes."""
    return SHAPES[name](size)
