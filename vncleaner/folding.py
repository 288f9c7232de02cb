"""Lower case as ``re.IGNORECASE`` compares: a lower-case pattern searches folded text
far faster than a ``(?i)`` pattern searches the text (an alternation of a hundred
phrases: five times over, on long lines)."""

from __future__ import annotations

import re

# Escapes whose meaning lower-casing would flip ("\\S" is not "\\s").
_UPPER_ESCAPE = re.compile(r"\\[A-Z]")


def fold(text: str) -> str:
    """``text`` in lower case, letter for letter, as ``re.IGNORECASE`` compares.

    Offsets stay those of ``text``: "İ" is the one letter whose ``lower()`` is longer,
    and it, dotless "ı" and long "ſ" become the letter ``(?i)`` matches.

    >>> fold("TIN Mới İstanbul")
    'tin mới istanbul'
    """
    if "İ" in text:
        text = text.replace("İ", "i")
    text = text.lower()
    return text.replace("ı", "i").replace("ſ", "s") if "ı" in text or "ſ" in text else text


def lower_case(pattern: str) -> str:
    """``pattern`` for folded text: its letters in lower case.

    >>> lower_case(r"Tin\\s+mới|Đọc thêm")
    'tin\\\\s+mới|đọc thêm'
    """
    if _UPPER_ESCAPE.search(pattern):
        raise ValueError(f"an upper-case escape cannot be lower-cased: {pattern!r}")
    return pattern.lower()
