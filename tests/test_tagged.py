"""A crawl that prints each block behind its tag ("[P] …"): read as markdown, printed as it came."""

from __future__ import annotations

from tests.conftest import CORPUS
from vncleaner import clean


def _excerpt(stem: str, first: int, last: int) -> list[str]:
    """Lines ``first`` to ``last`` (1-based, inclusive) of a corpus page."""
    lines = (CORPUS / "raw" / f"{stem}.txt").read_text(encoding="utf-8").split("\n")
    return lines[first - 1 : last]


def test_tagged_headline_is_the_title_without_its_tag() -> None:
    doc = clean("\n".join(_excerpt("713_sinhtour", 5, 9)))
    assert doc.title == "Food tour Hà Nội: List 10 món ăn nhất định phải thử khi đến"
    assert doc.lines[0].label == "title"


def test_title_field_loses_the_site_name_the_headline_prints_without() -> None:
    doc = clean("\n".join(_excerpt("772_luxtour", 1, 8)))
    assert doc.title == "30 Địa điểm du lịch Hà Giang đẹp không nên bỏ qua"
    assert doc.lines[0].text.endswith(" - Luxtour")
    assert doc.lines[0].label == "title"


def test_title_field_loses_the_site_name_its_address_spells() -> None:
    # 788 prints no headline; its field ends on the name its URL field spells.
    doc = clean("\n".join(_excerpt("788_dulichplus", 1, 12)))
    assert doc.title == "Top 38 Địa điểm du lịch Tuyên Quang đẹp như mơ mà bạn không thể bỏ qua"
    # 791's field names the site twice ("… - Alltop.vn | All top").
    doc = clean("\n".join(_excerpt("791_alltop", 1, 20)))
    assert doc.title == "Top 10 Nhà hàng, quán ăn ngon và nổi tiếng nhất Lào Cai"
    # 716's dash sets off a year, which its address (oktrip.vn) does not spell.
    doc = clean("\n".join(_excerpt("716_oktrip", 1, 40)))
    assert doc.title == "Top 15 địa điểm du lịch ở Đà Nẵng không thể bỏ qua - 2025"


def test_headline_worded_otherwise_than_the_crawlers_title_is_the_title() -> None:
    # 804's "Title:" header is an SEO title; its "[H1]" headline says otherwise.
    doc = clean("\n".join(_excerpt("804_chilldulich", 1, 12)))
    assert doc.title == "Cẩm Nang Du lịch Yên Bái: Hành trình đến Vùng Tây Bắc"
    # 742's header and headline differ only in their quotes: the header stands.
    doc = clean("\n".join(_excerpt("742_hoangviettravel", 1, 60)))
    assert doc.title is not None and doc.title.startswith('TOP 19 Món Ngon Hà Giang "Ăn')
    # Front matter's "title:" is the article's own, over another "# " heading (307).
    doc = clean("\n".join(_excerpt("307_adayroi-jp", 1, 14)))
    assert doc.title == "12 Đội Dự Asian Cup Nữ 2025 Đã Được Xác Định"


def test_title_field_keeps_a_part_the_headline_also_prints() -> None:
    # 743's headline prints the field's " | Ẩm thực Lai Châu" too: no site's name.
    doc = clean("\n".join(_excerpt("743_cungphuot", 1, 30)))
    assert doc.title == "Các món ăn ngon ở Lai Châu (Cập nhật 6/2025) | Ẩm thực Lai Châu"


def test_tagged_lines_print_as_they_came() -> None:
    lines = _excerpt("716_oktrip", 39, 48)
    doc = clean("\n".join(lines))
    assert [line.text for line in doc.lines] == lines
    assert doc.paragraphs[:2] == lines[:2]


def test_tagged_section_heads_stay_with_their_table_of_contents() -> None:
    # The table is printed twice (lines 6-21, then 22-38); the heads are the "[H2]" lines.
    doc = clean("\n".join(_excerpt("716_oktrip", 1, 122)))
    labels = {line.number: (line.label, line.rule) for line in doc.lines}
    assert {labels[n] for n in range(7, 22)} == {("nav", "contents")}
    assert {labels[n] for n in range(24, 39)} == {("nav", "contents")}
    assert {labels[n][0] for n in (39, 44, 49, 56)} == {"body"}
