"""Turn a saved HTML page into the text a browser's ``innerText`` gives for its body.

Crawlers that take ``document.body.innerText`` (headless browsers, copy-paste) hand over
pages in this shape: no markup, one line per block, a blank line around paragraphs, menus
and related lists one item per line. The corpus keeps such a copy of its saved HTML pages
beside the html2text, lxml and trafilatura copies, so that the rules are measured on one
more converter. The rules of the innerText algorithm kept here: scripts, styles and hidden
elements give nothing; runs of white space inside text become one space; a block element
starts and ends a line, a paragraph is set off by a blank line, ``<br>`` breaks the line,
table cells are joined by a tab; images give nothing.

Some crawlers print a picture's ``alt`` text on a line of its own where the picture stands
(seed pages 000 and 003 show it); ``--alt`` lays the page out that way.

Usage: ``python corpus/tools/innertext.py [--alt] page.html > page.txt``
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import lxml.html

_SKIPPED = {"script", "style", "noscript", "template", "svg", "iframe", "head", "select"}
_BLOCKS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "section",
    "table",
    "tr",
    "ul",
}
_SPACE = re.compile(r"\s+")


def _hidden(element: lxml.html.HtmlElement) -> bool:
    style = _SPACE.sub("", element.get("style", "")).lower()
    return element.get("hidden") is not None or "display:none" in style


def _walk(element: lxml.html.HtmlElement, out: list[str | int], alt: bool = False) -> None:
    """Text pieces, and for each block edge the number of line breaks it asks for."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag and tag not in _SKIPPED and not _hidden(element):
        breaks = 2 if tag == "p" else 1 if tag in _BLOCKS else 0
        out.append(breaks)
        out.append(_SPACE.sub(" ", element.text or ""))
        if alt and tag == "img" and (element.get("alt") or "").strip():
            out.extend((1, _SPACE.sub(" ", element.get("alt", "")).strip(), 1))
        for child in element:
            _walk(child, out, alt)
        out.append("\n" if tag == "br" else "\t" if tag in ("td", "th") else breaks)
    out.append(_SPACE.sub(" ", element.tail or ""))


def _lay_out(pieces: list[str | int]) -> str:
    """Join the pieces; a run of block edges gives as many line breaks as its largest asks."""
    text: list[str] = []
    pending = 0
    for piece in pieces:
        if isinstance(piece, int):
            pending = max(pending, piece)
        elif piece.strip(" "):
            if pending and text:
                text.append("\n" * pending)
            pending = 0
            text.append(piece)
    return "".join(text)


def inner_text(html: str, alt: bool = False) -> str:
    """The page's visible text, laid out as ``innerText`` lays it out (with alt text if asked)."""
    root = lxml.html.fromstring(html)
    body = root.find("body")
    out: list[str | int] = []
    _walk(body if body is not None else root, out, alt)
    lines = [line.strip(" \t") for line in _lay_out(out).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


if __name__ == "__main__":
    args = sys.argv[1:]
    with_alt = "--alt" in args
    path = next(arg for arg in args if arg != "--alt")
    sys.stdout.write(inner_text(Path(path).read_text(encoding="utf-8"), with_alt))
