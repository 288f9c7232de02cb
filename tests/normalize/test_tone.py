"""Tone-mark placement: keep by default, either placement on request."""

from __future__ import annotations

import pytest
from hypothesis import given

from vncleaner.normalize import normalize, normalize_report, place_tones, same_text

from .strategies import sentences


def test_default_keeps_what_the_page_wrote() -> None:
    assert normalize("hoà và hòa, thuỷ và thủy") == "hoà và hòa, thuỷ và thủy"


@pytest.mark.parametrize(
    ("style", "expected"),
    [("first-vowel", "Hòa, thủy, khỏe, hoàn, quý"), ("main-vowel", "Hoà, thuỷ, khoẻ, hoàn, quý")],
)
def test_one_placement(style: str, expected: str) -> None:
    assert normalize("Hòa, thuỷ, khoẻ, hoàn, quý", tone=style) == expected  # type: ignore[arg-type]


def test_tone_repair_is_reported() -> None:
    assert normalize_report("a\nhoà", tone="first-vowel")[1][0].lines == (2,)


def test_unknown_style_is_refused() -> None:
    with pytest.raises(ValueError, match="tone"):
        normalize("hoà", tone="old")  # type: ignore[arg-type]


@given(sentences())
def test_placements_round_trip(text: str) -> None:
    first = place_tones(text, "first-vowel")
    assert place_tones(place_tones(first, "main-vowel"), "first-vowel") == first
    assert same_text(first, place_tones(text, "main-vowel"))
