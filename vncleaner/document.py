"""Stage 5's product: the typed result of cleaning one page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

from vncleaner.labels import Label
from vncleaner.normalize import Repair


class Line(NamedTuple):
    """One nonblank input line: its 1-based number, normalised text, label and deciding rule.

    ``kept`` is what the line gives the body: its text for a body line (less any
    boilerplate cut from it, see ``cut``), ``""`` for a removed line. A named tuple rather
    than a frozen dataclass: a page of short lines builds one per line, and a tuple is
    built three times faster.
    """

    number: int
    text: str
    label: Label
    rule: str
    kept: str = ""
    cut: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "number": self.number,
            "text": self.text,
            "label": self.label,
            "rule": self.rule,
        }
        if self.cut:
            data["kept"] = self.kept
            data["cut"] = list(self.cut)
        return data


@dataclass(frozen=True)
class Document:
    """A cleaned page: metadata, body paragraphs, and every line with why it was kept or removed."""

    title: str | None = None
    published: datetime | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    repairs: tuple[Repair, ...] = ()
    encoding: str = "str"

    @property
    def text(self) -> str:
        """The body: paragraphs joined by newlines."""
        return "\n".join(self.paragraphs)

    @property
    def removed(self) -> list[Line]:
        """The lines whose label is not ``body``."""
        return [line for line in self.lines if line.label != "body"]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``published`` in ISO 8601."""
        return {
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "authors": list(self.authors),
            "source": self.source,
            "text": self.text,
            "paragraphs": list(self.paragraphs),
            "lines": [line.to_dict() for line in self.lines],
            "repairs": [
                {"kind": r.kind, "count": r.count, "lines": list(r.lines)} for r in self.repairs
            ],
            "encoding": self.encoding,
        }
