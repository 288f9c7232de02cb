"""Properties of ``clean`` over arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vncleaner import clean, clean_text, normalize

# Text shaped like pages: lines of Vietnamese-ish words, markers and symbols.
_WORDS = st.sampled_from(
    [
        "Tổng", "Bí", "thư", "Hà", "Nội", "ngày", "27/1/2026", "14:50", "Ảnh:", "Đọc", "thêm",
        "Tin", "liên", "quan", "|", "![]()", ">>", "...", "nghi", "quyet", "Theo", "VOV", ".",
        "tham-lao-518.jpg", "Tú", "Linh", "-", "(Ảnh:", "T.L)", "hinh", "anh", "1",
    ]
)  # fmt: skip
_LINE = st.lists(_WORDS, max_size=30).map(" ".join)
PAGES = st.lists(st.one_of(_LINE, st.just("")), max_size=40).map("\n".join)
ANY_TEXT = st.one_of(st.text(max_size=400), PAGES)


def _is_subsequence(part: list[str], whole: list[str]) -> bool:
    items = iter(whole)
    return all(any(item == wanted for item in items) for wanted in part)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_clean_never_raises_and_body_is_a_subsequence_of_normalised_lines(text: str) -> None:
    doc = clean(text)
    lines = [line for line in normalize(text).split("\n") if line]
    assert _is_subsequence(doc.paragraphs, lines)
    assert all(line.label == "body" for line in doc.lines if line.kept)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_clean_text_is_idempotent(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once


@settings(max_examples=100, deadline=None)
@given(ANY_TEXT)
def test_clean_is_deterministic(text: str) -> None:
    assert clean(text) == clean(text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_clean_accepts_any_bytes(data: bytes) -> None:
    assert isinstance(clean(data).text, str)
