"""VIQR, Vietnamese typed in ASCII ("Vie^.t Nam"), spelled back in Vietnamese letters.

ASCII text never looks broken to :func:`badness`, so VIQR needs evidence of its own: at
least two words, and a third of the line's words, must carry VIQR marks inside them or a
modifier (``^ ( + *``, ``dd``) and spell a Vietnamese syllable. English ("I'm", "e.g.")
does not reach that. Marks at the end of a word that would leave no syllable, and a
final ``.`` or ``?`` after a word that is a syllable without it, stay punctuation.
"""

from __future__ import annotations

import unicodedata

import regex

from vncleaner.normalize.tables.viqr import VIQR_MODIFIERS, VIQR_TONES
from vncleaner.syllables import VOWELS, is_syllable

# Cheap check: a modifier, a grave or a tilde after a vowel, or a word-initial dd. Marks
# that English also writes after vowels (' ? .) are left to the evidence in ``fix``.
# ``regex`` scans for it more than twice as fast as ``re``, lookbehinds and all.
HINT = regex.compile(
    r"[\^(+*`~](?<=[aeoAEO]\^|[aA]\(|[oOuU][+*]|[aeiouyAEIOUY][`~])"
    r"|[dD][dD](?<![A-Za-z]..)(?=[aeiouyAEIOUY])"
)
# What every HINT match holds: a literal search for these is far cheaper than the scan.
_HINT_SIGNS = ("^", "a(", "A(", "+", "*", "`", "~", "dd", "dD", "Dd", "DD")


def may_hint(text: str) -> bool:
    """False when :data:`HINT` cannot match ``text``: none of the marks it needs is there.

    >>> may_hint("Việt Nam (Ảnh: T.L)"), may_hint("Vie^.t Nam")
    (False, True)
    """
    return any(sign in text for sign in _HINT_SIGNS)


_WORD = regex.compile(r"[A-Za-zĐđ][A-Za-zĐđ^(+*'`?~.]*(?![0-9A-Za-z])")
_ESCAPE = regex.compile(r"\\([.?'`~^(+*\\])")
_MARKED = regex.compile(r"[\^(+*]|^[dD][dD]|[`'?~.][a-zA-Z]")
_SENTENCE_END = regex.compile(r"\s*$|\s+[\p{Lu}\d]|[)\"'”»]")
_MIN_MARKED, _MIN_SHARE = 2, 0.3


def spell(word: str) -> str | None:
    """The Vietnamese word VIQR ``word`` spells, or None when it spells nothing valid.

    >>> spell("Vie^.t"), spell("ddu+o+`ng"), spell("Ba('c"), spell("x^2")
    ('Việt', 'đường', 'Bắc', None)
    """
    letters: list[str] = []
    index = 0
    while index < len(word):
        pair = word[index : index + 2]
        if pair.lower() == "dd":
            letters.append("Đ" if pair[0].isupper() else "đ")
            index += 2
        elif pair.lower() in VIQR_MODIFIERS:
            letter = VIQR_MODIFIERS[pair.lower()]
            letters.append(letter.upper() if pair[0].isupper() else letter)
            index += 2
        elif not _add_letter(letters, word[index]):
            return None
        else:
            index += 1
    spelled = unicodedata.normalize("NFC", "".join(letters))
    return spelled if is_syllable(spelled) else None


def _add_letter(letters: list[str], char: str) -> bool:
    if char in VIQR_TONES:
        if not letters or letters[-1].lower() not in VOWELS:
            return False
        letters.append(VIQR_TONES[char])
    elif char in "^(+*":
        return False
    else:
        letters.append(char)
    return True


def _spell_word(word: str, ends_sentence: bool) -> str:
    """Spell one VIQR word, leaving trailing punctuation that is not a tone mark alone.

    A final ``.`` is punctuation when it ends a sentence (end of line, or a space and a
    capital letter follow) and the word is a syllable without it; a final ``?`` only at
    the end of the line or before a closing bracket or quote.
    """
    if ends_sentence and word[-1] in ".?" and spell(word[:-1]):
        return _spell_word(word[:-1], False) + word[-1]
    spelled = spell(word)
    if spelled is not None:
        return spelled
    if len(word) > 1 and word[-1] in VIQR_TONES:
        return _spell_word(word[:-1], False) + word[-1]
    return word


def _ends_sentence(line: str, word: regex.Match[str]) -> bool:
    end = _SENTENCE_END.match(line, word.end())
    if end is None:
        return False
    after = end.group().strip()
    return word.group()[-1] == "." or not after or not after[0].isalnum()


def fix(line: str) -> str:
    """Spell a line of VIQR in Vietnamese letters when the evidence is clear.

    >>> fix("Cuo^'i tha'ng 9 vu+`a qua")
    'Cuối tháng 9 vừa qua'
    >>> fix("I'm sure it's o.k., e.g. today")
    "I'm sure it's o.k., e.g. today"
    """
    words = _WORD.findall(line)
    marked = [w for w in words if _MARKED.search(w) and spell(w.rstrip(".?")) is not None]
    if len(marked) < _MIN_MARKED or len(marked) < _MIN_SHARE * len(words):
        return line
    spelled = _WORD.sub(lambda m: _spell_word(m.group(), _ends_sentence(line, m)), line)
    return str(_ESCAPE.sub(r"\1", spelled))
