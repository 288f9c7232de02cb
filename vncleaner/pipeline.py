"""The pipeline: decode, normalise, split into lines, classify with rules, assemble."""

from __future__ import annotations

from collections.abc import Sequence

from vncleaner.decode import decode
from vncleaner.document import Document, Line
from vncleaner.metadata import Credits, published, read_byline
from vncleaner.normalize import ToneStyle, normalize_report
from vncleaner.page import Page
from vncleaner.rules import RULES, Rule

BODY_RULE = "body"


def _run(page: Page, rules: Sequence[Rule]) -> None:
    """One pass: the rules in order claim open lines; the rest stay body."""
    for rule in rules:
        for line in list(rule.find(page)):
            if line.open:
                line.label = rule.label
                line.rule = rule.name
    for line in page.lines:
        if line.open:
            line.label, line.rule = "body", BODY_RULE


def classify(page: Page, rules: Sequence[Rule] = RULES) -> Page:
    """Label every line, then re-read the body as its own page until nothing more goes.

    The body is printed one paragraph per line with no layout, so cleaning it again
    sees a different page; repeating until a pass removes nothing makes the output a
    fixed point: ``clean_text(clean_text(x)) == clean_text(x)``.
    """
    _run(page, rules)
    kept = [line for line in page.lines if line.label == "body"]
    while kept:
        text = "\n".join(line.text for line in kept)
        again = Page.from_text(text, text)
        _run(again, rules)
        removed = [
            (line, echo)
            for line, echo in zip(kept, again.lines, strict=True)
            if echo.label != "body"
        ]
        if not removed:
            break
        for line, echo in removed:
            line.label, line.rule = echo.label, echo.rule
        kept = [line for line in kept if line.label == "body"]
    return page


def clean(
    text: str | bytes,
    *,
    tone: ToneStyle = "keep",
    rules: Sequence[Rule] = RULES,
) -> Document:
    """Clean one page: the body, its metadata, and every line with its label and rule.

    ``tone`` chooses where tone marks go in oa/oe/uy ("keep", "first-vowel" as in
    "hòa, thủy", "main-vowel" as in "hoà, thuỷ"); see :func:`vncleaner.normalize`.

    >>> doc = clean("Tag\\n\\nTiêu đề bài báo hôm nay\\n\\nTin tức 27/01/2026 14:50\\n"
    ...             "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng.\\n\\nTú Linh")
    >>> doc.title, doc.published.isoformat(), doc.authors
    ('Tiêu đề bài báo hôm nay', '2026-01-27T14:50:00+07:00', ['Tú Linh'])
    >>> doc.text == "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng."
    True
    """
    decoded = decode(text)
    raw = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    normalised, repairs = normalize_report(raw, tone=tone)
    page = classify(Page.from_text(raw, normalised), rules)
    return assemble(page, repairs, decoded.encoding)


def clean_text(text: str | bytes, *, tone: ToneStyle = "keep") -> str:
    """The body of a page, one paragraph per line: ``clean(text).text``."""
    return clean(text, tone=tone).text


def assemble(page: Page, repairs: tuple[object, ...] = (), encoding: str = "str") -> Document:
    """Build the document from a classified page."""
    lines = [
        Line(
            line.number,
            line.text,
            line.label or "body",
            line.rule or BODY_RULE,
            line.text if line.label == "body" else "",
        )
        for line in page.lines
    ]
    credits = Credits()
    for line in page.labelled("byline"):
        read_byline(line.text, credits)
    return Document(
        title=page.title,
        published=published([line.text for line in page.labelled("dateline")]),
        authors=credits.authors,
        source=credits.source,
        paragraphs=[line.kept for line in lines if line.label == "body"],
        lines=lines,
        repairs=repairs,  # type: ignore[arg-type]
        encoding=encoding,
    )
