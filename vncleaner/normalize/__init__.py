"""Stage 2: repair broken Vietnamese text and normalise Unicode and white space.

Every function here maps a text to a text with exactly the same number of lines
(``"\\n"`` characters, after ``\\r\\n`` and ``\\r`` become ``\\n``): the later stages number
lines as they stood in the input. Each line comes out stripped, with runs of horizontal
white space folded to one space.

A cheap check (one regular-expression scan for anything but ASCII, Vietnamese letters and
everyday punctuation, two accented Latin-1 letters in a row, or VIQR marks) picks the
lines that may need work; the others only get their spaces folded. On a picked line the
repairs run in this order, and the order matters:

1. NFC (unicodedata2's tables): decomposed and non-canonical marks are composed first,
   so that every later step sees one spelling of each letter.
2. Zero-width characters and stray BOMs are removed: they split words and would hide
   damaged words from the syllable check. Soft hyphens wait (step 5): TCVN3 uses that
   byte for "ư".
3. Encodings (:mod:`~vncleaner.normalize.encoding`): VIQR ("Vie^.t"), then, layer by
   layer, UTF-8 misread as Windows-1252, Windows-1258, Mac Roman, cp437 or cp949
   (undoing double and triple encoding), and legacy fonts shown as Latin-1 (TCVN3, VNI,
   VISCII, Windows-1258 decomposed). A reading is kept only when it leaves fewer words
   that are not Vietnamese syllables and fewer mojibake characters: correct text scores
   zero and so is never changed, and unaccented text is never re-accented.
4. Decoration: small capitals, mathematical letters, Cyrillic or Greek look-alikes inside
   Latin words, combining underlines and strokes. After the encodings, because legacy
   fonts reuse some of these characters.
5. Invisible characters left (soft hyphen, word joiner; a zero-width joiner between two
   emoji is kept), then NFC again, since repairs may leave decomposed marks.
6. Tone placement, only when asked (``tone="first-vowel"`` or ``"main-vowel"``), over
   the whole text: both placements are correct Vietnamese.
7. White space folded and lines stripped, last, so nothing after it can add any.

:func:`normalize_report` also says which repairs were made on which lines.
"""

from __future__ import annotations

from vncleaner.normalize.core import Repair, normalize, normalize_report
from vncleaner.normalize.tone import TONE_STYLES, ToneStyle, place_tones, same_text

__all__ = [
    "TONE_STYLES",
    "Repair",
    "ToneStyle",
    "normalize",
    "normalize_report",
    "place_tones",
    "same_text",
]
