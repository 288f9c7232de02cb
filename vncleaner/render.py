"""How the command line prints one cleaned page: ``text``, ``json`` or ``labels``."""

from __future__ import annotations

import json

from vncleaner.document import Document
from vncleaner.normalize import Repair

FORMATS = ("text", "json", "labels")
# The file suffix of each format when pages are written to an output folder.
SUFFIXES = {"text": ".txt", "json": ".json", "labels": ".tsv"}
# ANSI colours of the labels view, one per label.
_COLOURS = {
    "body": "",
    "title": "\033[1;34m",
    "dateline": "\033[36m",
    "byline": "\033[35m",
    "nav": "\033[90m",
    "related": "\033[33m",
    "caption": "\033[32m",
    "image": "\033[90m",
    "slug": "\033[31m",
}
_RESET = "\033[0m"


def render(doc: Document, fmt: str, *, title: bool = False, colour: bool = False) -> str:
    r"""One cleaned page in the chosen format, ending with a newline unless empty.

    ``text`` is the body, one paragraph per line (the title and a blank line first
    when ``title``); ``json`` is one line, ``Document.to_dict``; ``labels`` is one row
    ``number<TAB>label<TAB>rule<TAB>text`` per nonblank input line, after a ``# ``
    header line per Unicode repair made to the page.

    >>> from vncleaner import clean
    >>> render(clean("Thu\u0309 tu\u031bo\u031b\u0301ng  noi\n\n.\n"), "labels").splitlines()
    ['# repair nfc: 1 line (1)', '1\tbody\tbody\tThủ tướng noi', '3\tnav\tsymbols-only\t.']
    """
    if fmt == "json":
        return json.dumps(doc.to_dict(), ensure_ascii=False) + "\n"
    if fmt == "labels":
        heads = [repair_header(repair) for repair in doc.repairs]
        rows = [
            label_row(line.number, line.label, line.rule, line.text, colour) for line in doc.lines
        ]
        return "".join(row + "\n" for row in heads + rows)
    head = f"{doc.title}\n\n" if title and doc.title else ""
    return head + "".join(paragraph + "\n" for paragraph in doc.paragraphs)


def repair_header(repair: Repair) -> str:
    """The ``labels`` header line of one repair: kind, line count, line numbers.

    >>> repair_header(Repair("tcvn3", 2, (3, 7)))
    '# repair tcvn3: 2 lines (3, 7)'
    """
    noun = "line" if repair.count == 1 else "lines"
    numbers = ", ".join(str(number) for number in repair.lines)
    return f"# repair {repair.kind}: {repair.count} {noun} ({numbers})"


def label_row(number: int, label: str, rule: str, text: str, colour: bool = False) -> str:
    """One ``labels`` row, in the label's colour when ``colour``."""
    row = f"{number}\t{label}\t{rule}\t{text}"
    return f"{_COLOURS[label]}{row}{_RESET}" if colour and _COLOURS.get(label) else row
