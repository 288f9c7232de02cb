"""VIQR (Vietnamese Quoted-Readable, RFC 1456 section 4): ASCII marks typed after a vowel.

Source: RFC 1456, "Conventions for Encoding the Vietnamese Language: VISCII and VIQR"
(Viet-Std group, 1993). Modifiers: ``(`` breve, ``^`` circumflex, ``+`` horn; tone marks:
``'`` acute (sắc), `````` ` `````` grave (huyền), ``?`` hook above (hỏi), ``~`` tilde (ngã),
``.`` dot below (nặng); ``dd`` is đ and ``\\`` escapes the next character. ``*`` for the
horn is a common variant seen in the wild (e.g. "hu*o*ng" for "hương").
"""

from __future__ import annotations

# Vowel + modifier -> letter with that modifier.
VIQR_MODIFIERS: dict[str, str] = {
    "a(": "ă",
    "a^": "â",
    "e^": "ê",
    "o^": "ô",
    "o+": "ơ",
    "o*": "ơ",
    "u+": "ư",
    "u*": "ư",
}
# Tone-mark character -> combining tone mark.
VIQR_TONES: dict[str, str] = {
    "'": "\u0301",
    "`": "\u0300",
    "?": "\u0309",
    "~": "\u0303",
    ".": "\u0323",
}
