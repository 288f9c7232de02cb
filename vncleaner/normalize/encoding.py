"""Choose, line by line, the reading of damaged text that is most plainly Vietnamese.

Every candidate repair (UTF-8 misread in five code pages, four legacy font encodings) is
tried on the line; the one with the lowest :func:`badness` wins if it is strictly lower
than the line's own, and the search repeats on the result, which undoes double and triple
encoding one layer at a time. Correct Vietnamese has badness 0, so it is never changed.
VIQR is pure ASCII (badness 0), so it is tried apart, on its own evidence.
"""

from __future__ import annotations

from collections.abc import Callable

from vncleaner.normalize import viqr
from vncleaner.normalize.legacy import LEGACY_FONTS
from vncleaner.normalize.mojibake import MISREADS
from vncleaner.syllables import badness

_MAX_LAYERS = 4
_FIXERS: tuple[tuple[str, Callable[[str], str]], ...] = tuple(
    (fixer.kind, fixer.fix) for fixer in (*MISREADS, *LEGACY_FONTS)
)


def repair_encoding(line: str) -> tuple[str, list[str]]:
    """The repaired line and the kinds of repair applied, outermost layer first.

    >>> repair_encoding("KhÃƒÂ´ng tÃƒÂ¬m thÃ¡ÂºÂ¥y")
    ('Không tìm thấy', ['utf8-as-cp1252', 'utf8-as-cp1252'])
    >>> repair_encoding("Trung du miÒn nói phÝa b¾c")
    ('Trung du miền núi phía bắc', ['tcvn3'])
    >>> repair_encoding("Hà Nội, 25°C, Zürich")
    ('Hà Nội, 25°C, Zürich', [])
    """
    kinds: list[str] = []
    if viqr.HINT.search(line):
        spelled = viqr.fix(line)
        if spelled != line:
            line = spelled
            kinds.append("viqr")
    score = badness(line)
    for _ in range(_MAX_LAYERS):
        if score == 0:
            break
        kind, repaired, repaired_score = _best_candidate(line)
        if repaired_score >= score:
            break
        line, score = repaired, repaired_score
        kinds.append(kind)
    return line, kinds


def _best_candidate(line: str) -> tuple[str, str, int]:
    best = ("", line, badness(line))
    for kind, fix in _FIXERS:
        repaired = fix(line)
        if repaired != line:
            score = badness(repaired)
            if score < best[2]:
                best = (kind, repaired, score)
    return best
