"""Learned site templates: lines one site prints on many of its pages.

A crawl of one site repeats its template on every page: widgets, slogans,
follow prompts, footers, recurring promos. The fixed rules know the common
ones; a profile learns the rest from the site's own pages. :func:`learn` counts,
for every short line, on how many pages it appears; a line on at least
``min_pages`` pages that are also at least ``min_share`` of all the pages is a
template line. :class:`ProfileRule` then removes those lines as ``nav`` with
rule ``profile``.

What separates a template line from body the site repeats legitimately:

- the same exact text (after :func:`vncleaner.normalize` and white-space
  folding) on many pages: an article's sentences are its own;
- short: a template line is a label or a slogan, never a paragraph, so no line
  longer than :data:`MAX_CHARS` characters is learned or removed, whatever the
  profile file says;
- not a sentence: a line of :data:`SENTENCE_MIN_WORDS` words or more closed by
  a full stop is the article speaking, even when every issue of a series opens
  with it; unless it closes the page wherever it appears (among the last
  :data:`FOOT_LINES` lines on :data:`FOOT_SHARE` of its pages), as a site's
  sign-off does ("Quý khách cần hỏi thêm thông tin ... tại đây.");
- it runs after the fixed rules, so it only takes lines they left as body: a
  recurring byline ("Theo TTXVN") stays a byline and still fills ``source``.

>>> pages = [f"Tin nóng\\nBài số {n} nói về một chuyện khác hẳn.\\nTheo dõi chúng tôi trên Zalo"
...          for n in range(4)]
>>> profile = learn(pages, min_pages=3, min_share=0.5)
>>> sorted(profile.lines), profile.pages
(['Theo dõi chúng tôi trên Zalo', 'Tin nóng'], 4)
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vncleaner.decode import decode
from vncleaner.normalize import ToneStyle, normalize
from vncleaner.page import PageLine
from vncleaner.rules.base import LineRule
from vncleaner.shapes import ends_full_stop

# A line must be on at least this many pages: two pages of one story share lines by chance.
MIN_PAGES = 5
# ... and on at least this share of the pages learned from, so that a phrase one
# series of stories repeats in a big crawl is not taken for the site's template.
MIN_SHARE = 0.2
# The longest line a profile learns or removes, in characters. Of the gold nav lines
# of the corpus 95% are at most 62 characters and 99% at most 100 (the rest are
# markdown menus the fixed rules catch); a longer line reads as the article's own
# and is never removed on repetition alone.
MAX_CHARS = 100
# A line of at least this many words closed by a full stop reads as a sentence of
# the article, not a label: a series intro a site prints on every issue ("Báo Thế
# giới & Việt Nam điểm một số tin quốc tế nổi bật trong ngày.") is body.
SENTENCE_MIN_WORDS = 6
# A sentence among the last this many lines of a page is at its foot (the last line):
# a series intro right above a closing line is not a footer ...
FOOT_LINES = 1
# ... and one at the foot of at least this share of the pages it is on closes the
# site's pages, a footer: the sentence test exempts it.
FOOT_SHARE = 0.8
# The version of the profile file format.
FORMAT = 1


class ProfileError(ValueError):
    """A profile file that cannot be read or does not hold a profile."""


def line_key(text: str) -> str:
    """The form in which lines are compared: white space folded to single spaces.

    >>> line_key("  Tin  nóng ")
    'Tin nóng'
    """
    return " ".join(text.split())


@dataclass(frozen=True)
class Profile:
    """The template lines of one site and the evidence they were learned from.

    ``lines`` maps each template line (normalised, white space folded) to the
    number of pages it was found on; ``pages`` is the number of pages learned from.
    """

    lines: dict[str, int] = field(default_factory=dict)
    pages: int = 0
    min_pages: int = MIN_PAGES
    min_share: float = MIN_SHARE
    max_chars: int = MAX_CHARS

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and line_key(text) in self.lines

    def to_dict(self) -> dict[str, Any]:
        """The JSON form: format, thresholds, page count, and the lines, most frequent first."""
        ranked = sorted(self.lines.items(), key=lambda item: (-item[1], item[0]))
        return {
            "format": FORMAT,
            "pages": self.pages,
            "min_pages": self.min_pages,
            "min_share": self.min_share,
            "max_chars": self.max_chars,
            "lines": [{"text": text, "pages": count} for text, count in ranked],
        }

    @classmethod
    def from_dict(cls, data: Any) -> Profile:
        """Read the JSON form; :class:`ProfileError` when it is not a profile."""
        try:
            lines = {line_key(str(row["text"])): int(row["pages"]) for row in data["lines"]}
            return cls(
                lines=lines,
                pages=int(data["pages"]),
                min_pages=int(data["min_pages"]),
                min_share=float(data["min_share"]),
                max_chars=int(data.get("max_chars", MAX_CHARS)),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ProfileError(f"not a vncleaner profile: missing or bad {error}") from error

    def save(self, path: str | Path) -> None:
        """Write the profile as JSON (UTF-8, one line per template line)."""
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=1)
        Path(path).write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> Profile:
        """Read a profile written by :meth:`save`; :class:`ProfileError` with a one-line reason."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as error:
            raise ProfileError(f"cannot read {path}: {error.strerror or error}") from error
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise ProfileError(f"{path} is not JSON: {error}") from error
        return cls.from_dict(data)


def page_lines(page: str | bytes) -> set[str]:
    """The distinct nonblank lines of a raw page, normalised and white-space folded.

    >>> sorted(page_lines("Tin  nóng\\n\\nTin nóng\\nHoà bình"))
    ['Hoà bình', 'Tin nóng']
    """
    return _distinct_lines(normalize(decode(page).text))


def _distinct_lines(text: str) -> set[str]:
    return {key for key in map(line_key, text.splitlines()) if key}


def learn(
    pages: Iterable[str | bytes],
    *,
    min_pages: int = MIN_PAGES,
    min_share: float = MIN_SHARE,
    max_chars: int = MAX_CHARS,
) -> Profile:
    """Learn the template lines of one site from its raw pages.

    A line is a template line when it is at most ``max_chars`` long, is not a
    sentence (:data:`SENTENCE_MIN_WORDS` words closed by a full stop) unless it
    closes the pages it is on (a footer, see :data:`FOOT_SHARE`), and appears on
    at least ``min_pages`` pages and on at least ``min_share`` of them.
    A line counts once per page however often the page repeats it, and a page
    whose text (once normalised) is that of a page already read counts once.
    """
    if min_pages < 1 or not 0 < min_share <= 1 or max_chars < 1:
        raise ValueError("min_pages and max_chars must be at least 1, min_share in (0, 1]")
    counts: Counter[str] = Counter()
    sentences: Counter[str] = Counter()
    at_foot: Counter[str] = Counter()
    seen: set[str] = set()
    for page in pages:
        text = normalize(decode(page).text)
        # A crawl fetches some pages twice; a copy is no evidence of a template.
        fingerprint = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
        if fingerprint in seen:
            continue
        seen.add(fingerprint)
        keys = [key for key in map(line_key, text.splitlines()) if key]
        short = {key for key in keys if len(key) <= max_chars}
        said = {key for key in short if _sentence(key)}
        counts.update(short - said)
        sentences.update(said)
        at_foot.update(said & set(keys[-FOOT_LINES:]))
    total = len(seen)
    needed = max(min_pages, min_share * total)
    footers = {key: n for key, n in sentences.items() if at_foot[key] >= FOOT_SHARE * n}
    lines = {key: n for key, n in (counts | footers).items() if n >= needed}
    return Profile(lines, total, min_pages, min_share, max_chars)


def _sentence(key: str) -> bool:
    """A line the article could say: enough words, closed by a full stop."""
    return key.count(" ") + 1 >= SENTENCE_MIN_WORDS and ends_full_stop(key)


class ProfileRule(LineRule):
    """A line the site prints on many of its pages, learned into a profile (`--profile`)."""

    name = "profile"
    label = "nav"
    textual = True

    def __init__(
        self, profile: Profile, *, tone: ToneStyle = "keep", max_chars: int = MAX_CHARS
    ) -> None:
        self.profile = profile
        # A hand-edited profile cannot raise the bound: long lines are never removed.
        self.max_chars = min(max_chars, profile.max_chars)
        # Page lines carry the tone style chosen for the page, so the learned lines must too.
        self._lines = frozenset(
            line_key(normalize(text, tone=tone)) if tone != "keep" else text
            for text in profile.lines
        )

    def match(self, line: PageLine) -> bool:
        key = line_key(line.text)
        return len(key) <= self.max_chars and key in self._lines
