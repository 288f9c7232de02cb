"""Image file names and empty image stubs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from vncleaner import vocab
from vncleaner.labels import Label
from vncleaner.page import Page, PageLine
from vncleaner.rules.base import LineRule, Rule
from vncleaner.syllables import has_diacritics

FILE_NAME_MAX_WORDS = 12


class ImageStub(LineRule):
    """A markdown image stub or an image file name ("![]() |", "tham-lao-518.jpg")."""

    name = "image-stub"
    label: ClassVar[Label] = "image"

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
        if page.accented < 0.25:
            return
        for line in page.lines:
            below = page.after(line)
            if (
                line.open
                and below is not None
                and below.label == "caption"
                and line.words <= FILE_NAME_MAX_WORDS
                and not has_diacritics(line.text)
                and any(ch.isdigit() for ch in line.text)
            ):
                yield line
