"""The pipeline: decode, normalise, split into lines, classify with rules, assemble."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from vncleaner.decode import decode
from vncleaner.document import Document, Line
from vncleaner.html import MarkupMeta, Metadata, looks_like_html, read_html, reconcile
from vncleaner.metadata import (
    closing_credit,
    dateline_credit,
    glued_headline,
    published,
    read_bylines,
)
from vncleaner.normalize import ToneStyle, normalize_report
from vncleaner.page import Page, PageLine
from vncleaner.profile import Profile, ProfileRule
from vncleaner.rules import RULES, Rule
from vncleaner.tagged import markdown_view

BODY_RULE = "body"


def _run(page: Page, rules: Sequence[Rule]) -> None:
    """One pass: the rules in order claim open lines; the rest stay body."""
    hinted = page.hinted
    for rule in rules:
        if rule.hinted_only and not hinted:
            continue
        label, name = rule.label, rule.name
        for line in list(rule.find(page)):
            if line.label is None:
                line.label, line.rule = label, name
    for line in page.lines:
        if line.label is None:
            line.label, line.rule = "body", BODY_RULE


def _rereading(rules: Sequence[Rule]) -> list[Rule]:
    """The rules that may still claim a kept line when the body is read again.

    A line kept as body was open when every rule ran and none claimed it; the rules
    that provably give it the same verdict on the re-read (see ``Rule.reread`` and
    ``LineRule.textual``) skip it. (A line a rule claimed as body is the exception:
    see :func:`_read_again`.)
    """
    return [rule for rule in rules if rule.rereads()]


def classify(page: Page, rules: Sequence[Rule] = RULES) -> Page:
    """Label every line, then re-read the body as its own page until nothing more goes.

    The body is printed one paragraph per line with no layout, so cleaning it again
    sees a different page; repeating until a pass removes nothing makes the output a
    fixed point: ``clean_text(clean_text(x)) == clean_text(x)``.
    """
    _run(page, rules)
    kept = [line for line in page.lines if line.label == "body"]
    reread = _rereading(rules)
    headed = page.title is not None
    while kept:
        again = _read_again(page, kept, headed, reread, rules)
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


def _read_again(
    page: Page,
    kept: list[PageLine],
    headed: bool,
    reread: Sequence[Rule],
    rules: Sequence[Rule],
) -> Page:
    """The kept lines read again as a page, by the rules that may still claim one.

    A line a rule claimed as body (a front matter's lead, a list of facts) was never
    judged by the rules after that one, nor were the lines beside it by a rule that
    reads it (a pull quote's paragraph). If the same rule claims it again, all is as on
    the first reading; if not (the lead's front matter is gone), every rule reads the
    page again.
    """
    again = Page.of_body(kept, headed=headed, source=page)
    _run(again, reread)
    pairs = zip(kept, again.lines, strict=True)
    if any(line.rule != BODY_RULE and echo.rule != line.rule for line, echo in pairs):
        again = Page.of_body(kept, headed=headed, source=page)
        _run(again, rules)
    return again


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector off while a page is cleaned.

    Cleaning builds a few objects per line and no reference cycle (a test checks it), so
    the collector has nothing to free, yet on a page of 100,000 short lines its passes over
    the growing heap took a quarter of the time. It is switched back on afterwards only if
    it was on before: a caller that turned it off keeps it off.
    """
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def clean(
    text: str | bytes,
    *,
    tone: ToneStyle = "keep",
    rules: Sequence[Rule] = RULES,
    profile: Profile | None = None,
    html: bool | None = None,
) -> Document:
    """Clean one page: the body, its metadata, and every line with its label and rule.

    ``html`` says whether ``text`` is an HTML page (None: decided from how it starts,
    see :func:`vncleaner.html.looks_like_html`). HTML is first cut into hinted lines
    (:func:`vncleaner.html.read_html`); the markup's metadata is then reconciled with
    what the text rules find (:func:`vncleaner.html.reconcile`).

    ``tone`` chooses where tone marks go in oa/oe/uy ("keep", "first-vowel" as in
    "hòa, thủy", "main-vowel" as in "hoà, thuỷ"); see :func:`vncleaner.normalize`.
    ``profile``, a site's learned template (:func:`vncleaner.profile.learn`), adds
    a last rule that removes its lines as ``nav`` with rule ``profile``.

    >>> doc = clean("Tag\\n\\nTiêu đề bài báo hôm nay\\n\\nTin tức 27/01/2026 14:50\\n"
    ...             "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng.\\n\\nTú Linh")
    >>> doc.title, doc.published.isoformat(), doc.authors
    ('Tiêu đề bài báo hôm nay', '2026-01-27T14:50:00+07:00', ['Tú Linh'])
    >>> doc.text == "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng."
    True
    """
    with _collector_paused():
        return _clean(text, tone, rules, profile, html)


def _clean(
    text: str | bytes,
    tone: ToneStyle,
    rules: Sequence[Rule],
    profile: Profile | None,
    html: bool | None,
) -> Document:
    decoded = decode(text)
    raw = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    markup = read_html(raw) if (looks_like_html(raw) if html is None else html) else None
    if markup is not None:
        raw = markup.text
    normalised, repairs = normalize_report(raw, tone=tone)
    if profile is not None:
        rules = (*rules, ProfileRule(profile, tone=tone))
    hints = markup.hints if markup else None
    page = classify(Page.from_text(raw, normalised, hints, markdown_view(normalised)), rules)
    return assemble(page, repairs, decoded.encoding, markup=markup.meta if markup else None)


def clean_text(text: str | bytes, *, tone: ToneStyle = "keep") -> str:
    """The body of a page, one paragraph per line: ``clean(text).text``."""
    return clean(text, tone=tone).text


def assemble(
    page: Page,
    repairs: tuple[object, ...] = (),
    encoding: str = "str",
    *,
    markup: MarkupMeta | None = None,
) -> Document:
    """Build the document from a classified page.

    ``markup``, the metadata of an HTML page, is reconciled with what the text rules
    found (:func:`vncleaner.html.reconcile` says which wins).
    """
    lines = [
        Line(
            line.number,
            line.printed,
            line.label or "body",
            line.rule or BODY_RULE,
            line.printed if line.label == "body" else "",
        )
        for line in page.lines
    ]
    credits = read_bylines(line.bare for line in page.labelled("byline"))
    datelines = [line.text for line in page.labelled("dateline")]
    if not credits.authors:
        credits.authors = dateline_credit(datelines).authors
    paragraphs = [line.kept for line in lines if line.label == "body"]
    # Metadata is read from the lines as the rules read them (without a crawl's tags).
    read = [line.text for line in page.labelled("body")]
    if read and not (credits.authors and credits.source):
        # A crawler that joins the article onto one line keeps its credit at the end.
        closing = closing_credit(read[-1])
        credits.authors = credits.authors or closing.authors
        credits.source = credits.source or closing.source
    title = page.title
    if title is None and read:
        # A crawler that joins the headline onto the lead leaves no line to label title.
        title = glued_headline(read[0])
    found = Metadata(title, published(datelines), credits.authors)
    if markup is not None:
        found = reconcile(markup, found)
    return Document(
        title=found.title,
        published=found.published,
        authors=found.authors,
        source=credits.source,
        paragraphs=paragraphs,
        lines=lines,
        repairs=repairs,  # type: ignore[arg-type]
        encoding=encoding,
    )
