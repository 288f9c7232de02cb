"""Bytes to text: BOMs, UTF-8 first, then the better single-byte code page."""

from __future__ import annotations

import codecs

from vncleaner.decode import decode


def test_bom_decides_and_is_dropped() -> None:
    decoded = decode(codecs.BOM_UTF16_LE + "Việt Nam".encode("utf-16-le"))
    assert (decoded.text, decoded.encoding) == ("Việt Nam", "utf-16")
    assert "byte-order mark" in decoded.note


def test_utf8_first() -> None:
    assert decode("Đồng bằng".encode()).encoding == "utf-8"


def test_truncated_utf8_stays_utf8() -> None:
    decoded = decode("Tiếng Việt".encode()[:-2])
    assert decoded.encoding == "utf-8" and decoded.replaced == 1


def test_windows_1258_with_combining_tones() -> None:
    decoded = decode(b"Vi\xea\xf2t Nam")
    assert (decoded.text, decoded.encoding) == ("Việt Nam", "cp1258")


def test_a_tie_goes_to_windows_1258_and_is_recorded() -> None:
    decoded = decode("Café Zürich".encode("cp1252"))
    assert (decoded.text, decoded.encoding) == ("Café Zürich", "cp1258")
    assert decoded.note == "not UTF-8; cp1258 reads best"
