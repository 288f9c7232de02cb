"""The normalisation pipeline: a cheap check picks the lines that may need work, the repairs
run on those lines only, and every line stays one line."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import unicodedata2

from vncleaner.normalize import decoration, viqr
from vncleaner.normalize.encoding import repair_encoding
from vncleaner.normalize.tone import TONE_STYLES, ToneStyle, place_tones
from vncleaner.syllables import VIETNAMESE_LETTERS

# Anything but ASCII, Vietnamese letters, everyday typography and no-break spaces marks a
# line as worth a closer look; clean text is then a single regular-expression scan.
_SUSPECT = re.compile("[^\t\n -~{}‘’“”–—…•\u00a0]".format("".join(sorted(VIETNAMESE_LETTERS))))
# Two accented Latin-1 letters in a row never occur in Vietnamese ("hoà" has one), but do in
# Windows-1258 shown as Windows-1252 ("Viêòt") and in VNI, whose letters all look correct.
# (The second letter as a lookahead: the same matches, found twice as fast.)
_LATIN1_PAIR = re.compile("[À-ÖØ-öø-ÿ](?=[À-ÖØ-öø-ÿ])")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u2060\ufeff]+")
# Horizontal white space of every width (NBSP, thin, ideographic, tabs) folds to one space,
# and so do the separators a line cannot break at here (its number must stay that of the
# input line): \x1c-\x1f, NEL, U+2028 and U+2029. So every run of white space ``\s``
# finds in normalised text is one character, which the rules' page scans rely on.
# Only runs that change are matched: two or more, or one that is not a plain space.
_BLANK = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\f\v\x1c-\x1f\x85\u2028\u2029"
_SPACES = re.compile(f"[ {_BLANK}]{{2,}}|[{_BLANK}]")
_LINE_EDGES = re.compile(" \n ?|\n ")
_BLANKS = re.compile(f"[{_BLANK}]")
# Without those, only runs of plain spaces fold: a literal search finds them fast.
_SPACE_RUNS = re.compile("  +")


@dataclass(frozen=True)
class Repair:
    """One kind of repair made to a text: what, on how many lines, on which (1-based)."""

    kind: str
    count: int
    lines: tuple[int, ...]


class _Log:
    """Line numbers per kind of repair, in the order kinds first occur."""

    def __init__(self) -> None:
        self._lines: defaultdict[str, list[int]] = defaultdict(list)

    def note(self, kind: str, number: int) -> None:
        if not self._lines[kind] or self._lines[kind][-1] != number:
            self._lines[kind].append(number)

    def repairs(self) -> tuple[Repair, ...]:
        return tuple(Repair(k, len(ns), tuple(sorted(ns))) for k, ns in self._lines.items())


def _nfc(text: str) -> str:
    # unicodedata2.normalize runs the NFC quick check first: already-NFC text costs one scan.
    result: str = unicodedata2.normalize("NFC", text)
    return result


# Rounds of repair and folding before the text is taken as settled.
SETTLE_ROUNDS = 3


def _fold_spaces(text: str) -> str:
    # The substitutions only where they can match: most pages need neither.
    if _BLANKS.search(text):
        text = _SPACES.sub(" ", text)
    elif "  " in text:
        text = _SPACE_RUNS.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    return text.strip(" ")


def normalize_report(text: str, *, tone: ToneStyle = "keep") -> tuple[str, tuple[Repair, ...]]:
    """Normalise ``text`` and say what was repaired, line by line.

    ``tone`` places tone marks in oa/oe/uy: ``"keep"`` (default), ``"first-vowel"``
    ("hòa, thủy") or ``"main-vowel"`` ("hoà, thuỷ"); see :mod:`vncleaner.normalize.tone`.

    >>> normalize_report("Vie\\u0323\\u0302t\\u00a0Nam")[0]
    'Việt Nam'
    >>> normalize_report("OK\\nKhÃ´ng tÃ¬m tháº¥y\\n§ång b»ng")
    ('OK\\nKhông tìm thấy\\nĐồng bằng', (Repair(kind='utf8-as-cp1252', count=1, lines=(2,)), \
Repair(kind='tcvn3', count=1, lines=(3,))))
    """
    if tone not in TONE_STYLES:
        raise ValueError(f"tone must be one of {TONE_STYLES}, not {tone!r}")
    log = _Log()
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    original = text
    suspects = True
    for _ in range(SETTLE_ROUNDS):
        # Repairs judge a line before its spaces fold (NBSP can be a mojibake byte);
        # the folded result may read differently, so repeat until it is stable and
        # normalising the output again changes nothing. Folding only shortens runs of
        # white space to one space: it never makes a line suspect, so once a round
        # finds no suspect line, the rounds after it only fold.
        settled, suspects = _round(text, tone, log, suspects)
        if settled == text:
            break
        text = settled
    else:
        text = _unsettled_left_alone(original, text, tone)
    return text, log.repairs()


def _round(text: str, tone: ToneStyle, log: _Log, suspects: bool) -> tuple[str, bool]:
    """One settle round: repairs (when a line may need one), tones, folding.

    Also says whether the next round must look for suspect lines again.
    """
    repaired, suspects = _repair_suspects(text, log) if suspects else (text, False)
    if tone != "keep":
        # Moving a mark can make a line read as mojibake: check again next round.
        placed = _place_tones(repaired, tone, log)
        suspects = suspects or placed != repaired
        repaired = placed
    return _fold_spaces(repaired), suspects


def _unsettled_left_alone(original: str, text: str, tone: ToneStyle) -> str:
    """``text`` with every line that another round would still change put back as it came.

    Layer upon layer of mojibake can keep decoding round after round; such a line
    is left unrepaired (white space folded) rather than half repaired, so that
    normalising the output again changes nothing.
    """
    again, _ = _round(text, tone, _Log(), True)
    if again == text:
        return text
    lines = text.split("\n")
    pairs = zip(original.split("\n"), again.split("\n"), strict=True)
    for index, (before, after) in enumerate(pairs):
        if after != lines[index]:
            lines[index] = _fold_spaces(decoration.remove_invisible(before))
    return "\n".join(lines)


def _repair_suspects(text: str, log: _Log) -> tuple[str, bool]:
    """The text with its suspect lines repaired, and whether there was any."""
    suspects = _suspect_lines(text)
    if not suspects:
        return text, False
    lines = text.split("\n")
    for number in suspects:
        lines[number - 1] = _repair_line(lines[number - 1], number, log)
    return "\n".join(lines), True


def normalize(text: str, *, tone: ToneStyle = "keep") -> str:
    """Return ``text`` repaired, in NFC, with invisible characters removed and spaces folded.

    >>> normalize("  Ho\\u0300a  bi\\u0300nh \\u200b")
    'Hòa bình'
    >>> normalize("Thảm hoạ ở Sài Gòn", tone="first-vowel")
    'Thảm họa ở Sài Gòn'
    """
    return normalize_report(text, tone=tone)[0]


def _suspect_lines(text: str) -> list[int]:
    """1-based numbers of the lines the cheap check flags, in order."""
    patterns = (_SUSPECT, _LATIN1_PAIR, *((viqr.HINT,) if viqr.may_hint(text) else ()))
    if not any(pattern.search(text) for pattern in patterns):
        return []
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    numbers: set[int] = set()
    for pattern in patterns:
        match = pattern.search(text)
        while match is not None:
            number = bisect_right(starts, match.start())
            numbers.add(number)
            next_start = starts[number] if number < len(starts) else len(text)
            match = pattern.search(text, next_start)
    return sorted(numbers)


def _repair_line(line: str, number: int, log: _Log) -> str:
    """Repairs in order: NFC, zero-width characters, encodings, decoration, soft hyphens."""
    line = _step(line, "nfc", _nfc, number, log)
    line = _step(line, "invisible", lambda s: _ZERO_WIDTH.sub("", s), number, log)
    line, kinds = repair_encoding(line)
    for kind in kinds:
        log.note(kind, number)
    line = _step(line, "decoration", decoration.undecorate, number, log)
    line = _step(line, "invisible", decoration.remove_invisible, number, log)
    return _nfc(line)


def _step(line: str, kind: str, repair: Callable[[str], str], number: int, log: _Log) -> str:
    repaired = repair(line)
    if repaired != line:
        log.note(kind, number)
    return repaired


def _place_tones(text: str, tone: ToneStyle, log: _Log) -> str:
    placed = place_tones(text, tone)
    if placed != text:
        for number, (a, b) in enumerate(zip(text.split("\n"), placed.split("\n"), strict=True), 1):
            if a != b:
                log.note("tone", number)
    return placed
