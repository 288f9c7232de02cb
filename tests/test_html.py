"""The HTML front end: detection, hinted lines, markup rules, metadata, and the HTML gold."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.conftest import CORPUS
from vncleaner import clean
from vncleaner.dates import VIETNAM
from vncleaner.evaluate import boiler_left_in, evaluate_html, load_html_corpus
from vncleaner.html import (
    MarkupMeta,
    Metadata,
    hint_words,
    iter_hinted,
    looks_like_html,
    read_html,
    reconcile,
)

LEAD = (
    "Sáng 16/7, Quốc hội đã thông qua nghị quyết về việc kiện toàn bộ máy chính phủ "
    "với đa số phiếu tán thành của các đại biểu có mặt tại phiên họp."
)
PARAGRAPHS = [
    "Phát biểu tại phiên họp, Thủ tướng cho biết chính phủ mới sẽ tập trung vào việc tăng "
    "cường năng lực quốc phòng, hỗ trợ người dân và thu hút thêm nguồn viện trợ quốc tế.",
    "Theo các chuyên gia, việc thay đổi nhân sự cấp cao diễn ra trong bối cảnh đất nước "
    "đang chuẩn bị cho nhiều cuộc đàm phán quan trọng với các đối tác trong khu vực.",
    "Trước đó, Tổng thống đã đề xuất danh sách các bộ trưởng mới và đề nghị Quốc hội "
    "xem xét thông qua trong kỳ họp bất thường được triệu tập vào đầu tuần này.",
    "Nhiều đại biểu bày tỏ kỳ vọng rằng chính phủ mới sẽ nhanh chóng ổn định tình hình "
    "kinh tế, kiểm soát lạm phát và cải thiện đời sống của người dân trong thời gian tới.",
]
CAPTION = "Toàn cảnh phiên họp của Quốc hội chiều 16/7. Ảnh: TTXVN"
RELATED = [
    "Phó Thủ tướng từ chức sau cuộc họp kéo dài nhiều giờ",
    "Quốc hội bãi nhiệm Bộ trưởng Quốc phòng trong phiên bỏ phiếu",
]
TITLE = "Quốc hội thông qua nhân sự chính phủ mới"


def _page(*, zone: str = "+07:00", author: str = "Tâm Hằng") -> str:
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[:2])
    rest = "".join(f"<p>{text}</p>" for text in PARAGRAPHS[2:])
    related = "".join(
        f'<li><a href="/tin-{n}.html">{text}</a></li>' for n, text in enumerate(RELATED)
    )
    return f"""<!DOCTYPE html><html lang="vi"><head><title>{TITLE} - Báo Tin Tức</title>
<meta property="og:site_name" content="Báo Tin Tức">
<meta property="article:published_time" content="2026-07-16T17:17:00{zone}">
<script>var x = "Không hiện ra";</script><style>p {{color: red}}</style></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/the-gioi">Thế giới</a></li>
<li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
<article><h1>{TITLE}</h1><div class="meta"><div class="author">{author}</div>
<div class="time">Thứ Năm, 16/07/2026 17:17</div></div>
<div class="sapo"><p>{LEAD}</p></div>
<div class="content">{paragraphs}
<figure><img src="/a.jpg" alt="phien-hop-quoc-hoi.jpg"><figcaption>{CAPTION}</figcaption></figure>
{rest}<p style="display:none">Dòng ẩn không được hiện</p></div></article>
<aside><h3>Tin liên quan</h3><ul>{related}</ul></aside>
<footer><p>© 2026 Báo Tin Tức. Toàn bộ bản quyền thuộc về tòa soạn.</p></footer></body></html>"""


def test_detects_html_by_how_it_starts() -> None:
    assert looks_like_html(_page())
    assert looks_like_html("\n  <!-- saved -->\n<html><body><p>Chào</p></body></html>")
    assert looks_like_html("<div class='article'><p>Chào</p></div>")
    assert not looks_like_html("Tin tức 27/01/2026\n<b>Đậm</b> trong bản text")
    assert not looks_like_html("")


def test_lines_carry_markup_hints() -> None:
    page = read_html(_page())
    hints = {text: words for text, words in iter_hinted(page)}
    assert "caption" in hints[CAPTION]
    assert hints["phien-hop-quoc-hoi.jpg"] == frozenset({"image"})
    assert "link" in hints[RELATED[0]]
    assert {"heading", "headline"} <= hints[TITLE]
    assert "author" in hints["Tâm Hằng"]
    assert "date" in hints["Thứ Năm, 16/07/2026 17:17"]
    assert "main" in hints[PARAGRAPHS[0]]
    assert not any("Không hiện ra" in text or "Dòng ẩn" in text for text in hints)


def test_blank_lines_have_no_hint_and_blocks_are_spaced() -> None:
    page = read_html(_page())
    assert len(page.lines) == len(page.hints)
    for text, hint in zip(page.lines, page.hints, strict=True):
        assert (text == "") == (hint is None)
    assert all(page.lines[i] for i in range(0, len(page.lines), 2))


def test_clean_keeps_the_article_and_explains_every_line() -> None:
    doc = clean(_page())
    assert doc.paragraphs == [LEAD, *PARAGRAPHS]
    page = read_html(_page())
    numbers = [n for n, text in enumerate(page.lines, start=1) if text]
    assert [line.number for line in doc.lines] == numbers
    labels = {line.text: line.label for line in doc.lines}
    assert labels[CAPTION] == "caption"
    assert labels["phien-hop-quoc-hoi.jpg"] == "image"
    assert {labels[text] for text in RELATED} == {"related"}
    assert labels[TITLE] == "title"
    assert labels["Trang chủ"] != "body"


def test_markup_metadata_is_reconciled() -> None:
    doc = clean(_page())
    assert doc.title == TITLE
    assert doc.published == datetime(2026, 7, 16, 17, 17, tzinfo=VIETNAM)
    assert doc.published is not None and doc.published.utcoffset() == timedelta(hours=7)
    assert doc.authors == ["Tâm Hằng"]


def test_bytes_and_forced_modes() -> None:
    data = _page().encode("utf-8")
    assert clean(data).paragraphs == clean(_page()).paragraphs
    text = "Không phải trang web, chỉ là <b>một dòng</b> văn bản có thẻ."
    assert clean(text).paragraphs == [text]
    assert clean(text, html=True).paragraphs == [
        "Không phải trang web, chỉ là một dòng văn bản có thẻ."
    ]
    assert clean(_page(), html=False).lines[0].text.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("empty", ["<html></html>", "<html><body>  </body></html>", b"<html>"])
def test_empty_html_gives_an_empty_document(empty: str | bytes) -> None:
    doc = clean(empty, html=True)
    assert doc.paragraphs == [] and doc.lines == [] and doc.title is None


def test_photo_story_keeps_its_captions() -> None:
    captions = PARAGRAPHS
    figures = "".join(
        f'<figure><img src="/{n}.jpg" alt=""><figcaption>{text}</figcaption></figure>'
        for n, text in enumerate(captions)
    )
    html = f"<html><body><h1>{TITLE}</h1><div class='body'>{figures}</div></body></html>"
    doc = clean(html)
    assert doc.paragraphs == captions


def _at(day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(2026, 7, day, hour, minute, tzinfo=VIETNAM)


def test_reconcile_title() -> None:
    markup = MarkupMeta(f"{TITLE} - Báo Tin Tức", sitename="Báo Tin Tức")
    assert reconcile(markup, Metadata(None, None, [])).title == TITLE
    assert reconcile(markup, Metadata(TITLE, None, [])).title == TITLE
    assert reconcile(markup, Metadata("Thế giới", None, [])).title == TITLE
    assert reconcile(MarkupMeta(), Metadata("Thế giới", None, [])).title == "Thế giới"


def test_reconcile_published() -> None:
    with_time = MarkupMeta(published=_at(16, 17, 17), has_time=True)
    day_only = MarkupMeta(published=_at(16), has_time=False)
    assert reconcile(with_time, Metadata(None, _at(16, 9, 0), [])).published == _at(16, 17, 17)
    assert reconcile(day_only, Metadata(None, _at(16, 9, 0), [])).published == _at(16, 9, 0)
    assert reconcile(day_only, Metadata(None, _at(15, 9, 0), [])).published == _at(16)
    assert reconcile(MarkupMeta(), Metadata(None, _at(15, 9, 0), [])).published == _at(15, 9, 0)


def test_reconcile_authors() -> None:
    markup = MarkupMeta(authors=["Hạ Anh"])
    assert reconcile(markup, Metadata(None, None, ["Minh Vũ"])).authors == ["Minh Vũ"]
    assert reconcile(markup, Metadata(None, None, [])).authors == ["Hạ Anh"]


def test_author_field_is_read_as_a_byline() -> None:
    html = _page(author="").replace("<head>", '<head><meta name="author" content="Theo Hạ Anh">')
    assert read_html(html).meta.authors == ["Hạ Anh"]


def test_author_box_names_beat_a_noisy_author_field() -> None:
    html = _page(author="Đàm Đệ <span class='role'>Nhà báo</span> <a>Xem các bài viết</a>")
    assert read_html(html).meta.authors[0] == "Đàm Đệ"


def test_hint_words() -> None:
    assert hint_words(None) == frozenset()
    assert hint_words("") == frozenset()
    assert hint_words("link main") == frozenset({"link", "main"})


def test_boiler_left_in_needs_a_whole_line_for_short_boilerplate() -> None:
    boiler = [("nav", "Video"), ("caption", CAPTION), ("related", RELATED[0])]
    output = [PARAGRAPHS[0] + " Video", "Video", f"Xem: {RELATED[0]}"]
    assert boiler_left_in(boiler, output) == [("nav", "Video"), ("related", RELATED[0])]


def test_html_corpus_is_well_formed() -> None:
    pages = load_html_corpus(CORPUS / "html")
    sites = {page.stem.split("_", 1)[1] for page in pages}
    assert len(pages) >= 10 and len(sites) >= 5
    for page in pages:
        assert page.body and page.boiler, page.stem
        assert set(page.meta) >= {"title", "published", "authors", "provenance"}, page.stem


def test_html_beats_trafilatura_alone_on_the_corpus() -> None:
    score = evaluate_html(load_html_corpus(CORPUS / "html"))
    rates = score.report()
    assert rates["html_token_f1"] > rates["html_trafilatura_token_f1"]
    assert rates["html_boilerplate_kept"] < rates["html_trafilatura_boilerplate_kept"]
    for key in ("title", "published", "authors"):
        assert rates[f"html_{key}_accuracy"] >= 0.9, key


def test_markup_rules_leave_text_input_alone() -> None:
    from vncleaner.evaluate import load_corpus
    from vncleaner.rules import RULES
    from vncleaner.rules.markup import markup_first, markup_last

    markup = {rule.name for rule in (*markup_first(), *markup_last())}
    text_only = tuple(rule for rule in RULES if rule.name not in markup)
    assert len(text_only) == len(RULES) - len(markup)
    for gold in load_corpus(CORPUS)[:12]:
        with_markup, without = clean(gold.raw), clean(gold.raw, rules=text_only)
        assert [(line.label, line.rule) for line in with_markup.lines] == [
            (line.label, line.rule) for line in without.lines
        ], gold.stem
