"""Authors and sources read from datelines and bylines, on real corpus lines."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS
from vncleaner import clean
from vncleaner.metadata import dateline_credit, glued_headline, read_bylines

# (dateline as printed in corpus/raw, the authors it names)
DATELINES = [
    ("Bích Phương | 11:07 / 13.11.2021 Published Sat Nov 13 2021", ["Bích Phương"]),  # 433
    ("Thế Duyệt, Đời sống Pháp luật 16/07/2026 16:35", ["Thế Duyệt"]),  # 204
    ("Theo Phạm Trường | 20-07-2026 - 00:15 AM | Thị trường chứng khoán", ["Phạm Trường"]),  # 207
    ("Người viết: Trang Trần Ngọc lúc 13.05.2021", ["Trang Trần Ngọc"]),  # 129: "at" the date
    ("Do Duyen Nguyen đăng 19-01-2024", ["Duyen Nguyen"]),  # 962: "posted by"
    ("Minh Phong•05/09/2026 - 22:17", ["Minh Phong"]),  # 185: a bullet before the date
    # A day's name, a section, a tag or a field key before the date names nobody.
    ("Thứ Hai, ngày 20/07/2026 - 06:31", []),  # 203
    ("Chủ Nhật, 19/07/2026 - 14:30", []),  # 206
    ("Thời sự Thứ hai, 11/2/2019, 11:58 (GMT+7)", []),  # 061
    ("Tin tức 27/01/2026 14:50", []),  # 000
    ("Cộng đồng my nguyen 27-08-2017", []),  # 018
    ('created_at: "2025-07-21 09:11:41"', []),  # 307
    ("09:43 | 04/09/2025 GMT+7", []),  # 001
]


@pytest.mark.parametrize(("dateline", "authors"), DATELINES)
def test_dateline_names_its_author(dateline: str, authors: list[str]) -> None:
    assert dateline_credit([dateline]).authors == authors


def test_byline_author_wins_over_the_dateline() -> None:
    paragraph = (
        "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, "
        "mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng."
    )
    page = f"Tiêu đề bài báo hôm nay\nBích Phương | 11:07 / 13.11.2021\n{paragraph}\n\nTú Linh\n"
    doc = clean(page)
    assert doc.authors == ["Tú Linh"]
    assert clean(page.replace("Tú Linh", "")).authors == ["Bích Phương"]


# (byline lines as printed in corpus/raw, the authors and source they give)
CREDITS = [
    (["Theo Dân Việt"], [], "Dân Việt"),  # 474: a newspaper, shaped like a name
    (["Theo Phạm Trường"], ["Phạm Trường"], None),  # 207: a person
    (["Theo MỘC LAN (VTC News)"], ["MỘC LAN"], "VTC News"),  # 014
    (["Tham khảo: CNN", "Thiên Di"], ["Thiên Di"], "CNN"),  # 476
    (["Trung Khoa – Thoibao.de"], ["Trung Khoa"], "Thoibao.de"),  # 471
    (["**Ngọc Hậu**"], ["Ngọc Hậu"], None),  # 511: set in bold
    (["Thành Nguyên", "Nguồn: Báo Bình Định"], ["Thành Nguyên"], "Báo Bình Định"),  # 683
    (["Nguồn: Báo Trà Vinh"], [], "Báo Trà Vinh"),  # 686: an outlet, shaped like a name
    (
        ["Phan Long - Tường Châu", "(Nguồn: Báo Bảo vệ pháp luật - http://baobaovephapluat.vn)"],
        ["Phan Long", "Tường Châu"],
        "Báo Bảo vệ pháp luật",
    ),  # 953: the outlet in words wins over its address
    (
        ["HOÀI THƯƠNG – DIỄM HƯỜNG – QUỐC HUY"],
        ["HOÀI THƯƠNG", "DIỄM HƯỜNG", "QUỐC HUY"],
        None,
    ),  # 033
    (
        ["Nguyễn Bình-Thu Nga- Chi cục Thủy sản"],
        ["Nguyễn Bình", "Thu Nga"],
        "Chi cục Thủy sản",
    ),  # 693: the names, then the office they write for
    (["Nguồn: Đại học Bách Khoa TP.HCM"], [], "Đại học Bách Khoa TP.HCM"),  # 987: a school
    (["Ban Thời sự"], ["Ban Thời sự"], None),  # 006: a desk signs for its reporters
    (
        ["**Vũ Phương Nhi**", "**Nguồn: <http://baochinhphu.vn/a/432036.vgp>**"],
        ["Vũ Phương Nhi"],
        "baochinhphu.vn",
    ),  # 560: a converter's bare link in angle brackets
    (
        ["Đỗ Tuấn - Việt Oanh", "Trung tâm Khuyến nông Quốc gia"],
        ["Đỗ Tuấn", "Việt Oanh"],
        "Trung tâm Khuyến nông Quốc gia",
    ),  # 548: the office under its people's names is their source
    (["Đăng bởi Lâm Hải"], ["Lâm Hải"], None),  # 128: a shop blog's post credit
    (["Nguyễn Sĩ Đại Báo Nhân Dân"], ["Nguyễn Sĩ Đại"], "Báo Nhân Dân"),  # 114: spans joined
]


@pytest.mark.parametrize(("bylines", "authors", "source"), CREDITS)
def test_bylines_tell_a_newspaper_from_a_person(
    bylines: list[str], authors: list[str], source: str | None
) -> None:
    credits = read_bylines(bylines)
    assert (credits.authors, credits.source) == (authors, source)


# (corpus page, authors, source, how its last paragraph ends): one-line articles whose
# credit a crawler glued on after the last sentence
CLOSING = [
    ("410_cafebiz", ["Tiểu Ngọc"], None, "như vậy. Theo Tiểu Ngọc"),
    ("411_cafebiz", ["D.Thu"], None, "theo quy định . D.Thu"),
    ("506_vnpca", [], "Baodautu.vn", "Hội nghịNguồn Baodautu.vn"),
    ("104_phapluat-news", ["Thanh Hiền"], "Tuổi Trẻ", "gan, thận. Theo Tuổi Trẻ"),
    ("500_nguoiduatin", [], None, "cùng vốn vay"),
]


@pytest.mark.parametrize(("stem", "authors", "source", "ending"), CLOSING)
def test_credit_glued_after_the_last_sentence(
    stem: str, authors: list[str], source: str | None, ending: str
) -> None:
    doc = clean((CORPUS / "raw" / f"{stem}.txt").read_bytes())
    assert (doc.authors, doc.source) == (authors, source)
    # The credit is read, not cut: the body keeps it.
    assert doc.paragraphs[-1].endswith(ending)


# (page, the headline its crawler glued onto the first paragraph)
GLUED = [
    (
        "540_diadiemanuong",
        "Cần 100.000 chữ ký kêu gọi Chính phủ Mỹ giúp giải quyết vấn đề cá chết hàng loạt ở"
        " miền Trung Việt Nam",
    ),
    (
        "541_diadiemanuong",
        "Cuộc thi BARISTA Việt Nam lớn nhất trong năm - Tuyển chọn tài năng tham dự WORLD"
        " SUPER BARISTA CHAMPIONSHIP 2017",
    ),
]


@pytest.mark.parametrize(("stem", "title"), GLUED)
def test_headline_glued_onto_the_lead_is_the_title(stem: str, title: str) -> None:
    doc = clean((CORPUS / "raw" / f"{stem}.txt").read_bytes())
    assert doc.title == title
    # The line is read, not cut: the body keeps headline and lead as printed.
    assert doc.paragraphs[0].startswith(title) and len(doc.paragraphs[0]) > len(title)


def test_a_cut_tag_bracket_is_not_part_of_the_headline() -> None:
    # corpus/raw 116:2 "# Bình giảng đoạn thơ: Mã Giám Sinh mua Kiều.>"
    doc = clean((CORPUS / "raw" / "116_loigiaihay.txt").read_bytes())
    assert doc.title == "Bình giảng đoạn thơ: Mã Giám Sinh mua Kiều."
    # Only the title is trimmed; body lines are never rewritten.
    assert any(line.text.endswith("Kiều.>") and line.label == "title" for line in doc.lines)


# Joins inside sentences where a crawler lost the spaces around a link or bold words
# (corpus/raw 321:72, 322:35, 547:3): no headline.
SPACING_LOST = [
    "c) Thực hiện hành vi quy định tại điểm b khoản 7,điểm c khoản 9Điều nàybị trừ điểm giấy"
    " phép lái xe 06 điểm;",
    "1. Đồng tiền khai thuế, nộp thuế làĐồng Việt Nam,trừ các trường hợp được phép khai"
    " thuế, nộp thuế bằng ngoại tệ tự do chuyển đổi.",
]


# Joins in page furniture of tagged crawls (727:220, 728:205, 728:366, 742:155; tags left off):
# what comes before the join holds what no headline holds.
FURNITURE_GLUED = [
    "Số điện thoại: 0935.612.623Email: digitalmarketingdanang@gmail.comĐịa chỉ: Số 23 Trường"
    " Thi 1, Phường Hòa Thuận Tây, Quận Hải Châu, Tp. Đà Nẵng",
    "CỦA RẺ LÀ CỦA ÔI. THƯƠNG CHO KHÁCH HÀNG QUÁĐằng sau món ăn trông thơm ngon bắt mắt và"
    " thơm nhức mũi đầy hấp dẫn.",
    "Copyright © 2014 – 2025 - Trang thông tinKinh nghiệm du lịchtrong và ngoài nước hơn 10"
    " năm uy tín và chuyên nghiệp.",
    # 742:155, a menu's items run together all along the line.
    "Du lịch Trung Quốc đường bộDu lịch Vân Nam Đường BộDu lịch Lệ Giang Đường BộDu lịch Nam"
    " Ninh Đường BộDu lịch Trùng Khánh Đường BộDu lịch Quý Dương – Quý Châu Đường Bộ",
]


@pytest.mark.parametrize("line", SPACING_LOST + FURNITURE_GLUED)
def test_words_glued_inside_a_sentence_or_furniture_are_no_headline(line: str) -> None:
    assert glued_headline(line) is None


def test_no_line_of_the_corpus_but_the_glued_ones_gives_a_headline() -> None:
    from vncleaner.normalize import normalize

    found = {
        (path.stem, number)
        for path in sorted((CORPUS / "raw").glob("*.txt"))
        for number, line in enumerate(normalize(path.read_text("utf-8")).split("\n"), 1)
        if glued_headline(line) is not None
    }
    assert found == {
        ("477_we2045", 3),
        ("540_diadiemanuong", 1),
        ("541_diadiemanuong", 1),
        # Two related headlines run together by innerText: a real join, of two headlines.
        ("921_congthuong", 2),
        # Related headlines glued to their teasers ("… để quản lýMỗi ngày, khách sạn …").
        ("807_dulichsaigon", 74),
        ("807_dulichsaigon", 76),
        # Known misreadings, harmless where they stand (the function reads only the first
        # paragraph of a page with no title line, and both pages have one): a name set
        # in bold and glued into a sentence ("… nhắc đếnNhà hàng Thái Bông Ban Xanhtrong
        # …", "… 80 năm NgàyChiến thắng …").
        ("781_baogialai", 84),
        ("791_alltop", 95),
    }
