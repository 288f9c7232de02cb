"""Image file names and empty image stubs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from vncleaner import vocab
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine, Trigger
from vncleaner.rules.base import LineRule, Rule
from vncleaner.syllables import has_diacritics

FILE_NAME_MAX_WORDS = 12
# The page must otherwise be written with diacritics for an unaccented name to stand out.
PAGE_MIN_ACCENTED_SHARE = 0.25


class ImageStub(LineRule):
    """A markdown image stub or an image file name ("![]() |", "tham-lao-518.jpg")."""

    name = "image-stub"
    label: ClassVar[Label] = "image"
    # "![", a line without a space, or a file stem in underscores.
    trigger = Trigger.of(r"!\[|_|\n[^ \n]*(?=\n)")
    textual = True

    def match(self, line: PageLine) -> bool:
        text = line.bare
        return vocab.IMAGE_STUB.match(text) is not None or (
            (line.words == 1 or text.startswith("_")) and vocab.IMAGE_FILE.match(text) is not None
        )


class FileNameAboveCaption(Rule):
    """An unaccented file-name line right above a caption ("2548 sukhoi su 30sm in flight")."""

    name = "file-name"
    label: ClassVar[Label] = "image"

    def find(self, page: Page) -> Iterator[PageLine]:
        names = [
            line
            for line in page.lines
            if line.open
            and line.words <= FILE_NAME_MAX_WORDS
            and _above_caption(page, line)
            and not has_diacritics(line.text)
            and any(ch.isdigit() for ch in line.text)
        ]
        if names and page.accented >= PAGE_MIN_ACCENTED_SHARE:
            yield from names


def _above_caption(page: Page, line: PageLine) -> bool:
    below = page.after(line)
    return below is not None and below.label == "caption"
