"""The stage's contract: same number of lines, lines stripped, spaces folded."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vncleaner.normalize import Repair, normalize, normalize_report

_MIXED = st.text(
    alphabet=st.sampled_from(list("aàâãêệôơưđĐ Ã¡º»‡µ§«¶^(+*`'?.~d\n\r\t\u00a0\u200b\u00ad"))
)


@given(st.text() | _MIXED)
def test_line_count_is_kept(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n").count("\n")
    assert normalize(text).count("\n") == expected


@given(st.text() | _MIXED)
def test_lines_are_stripped_and_folded(text: str) -> None:
    for line in normalize(text).split("\n"):
        assert line == line.strip(" ")
        assert "  " not in line and "\t" not in line and "\u00a0" not in line


def test_report_names_lines() -> None:
    text = "Hà Nội\r\nKhÃ´ng tÃ¬m tháº¥y\nVi\u200bệt\n§ång b»ng s«ng Hång"
    result, repairs = normalize_report(text)
    assert result == "Hà Nội\nKhông tìm thấy\nViệt\nĐồng bằng sông Hồng"
    assert repairs == (
        Repair("utf8-as-cp1252", 1, (2,)),
        Repair("invisible", 1, (3,)),
        Repair("tcvn3", 1, (4,)),
    )


def test_mixed_page_repairs_only_broken_lines() -> None:
    page = "Tiếng Việt\nTiáº¿ng Viá»‡t\nThủy lợi"
    assert normalize(page) == "Tiếng Việt\nTiếng Việt\nThủy lợi"


def test_unaccented_text_is_not_reaccented() -> None:
    assert normalize("Que huong cua toi bay gio da khac") == "Que huong cua toi bay gio da khac"
