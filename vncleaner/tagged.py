"""Block-tagged text: a crawler that prints each block behind its HTML tag ("[P] …").

Some crawlers keep the page's structure by opening every block with its tag name in
brackets: "[H2] Cầu sông Hàn", "[LI] Giá vé …", "[P] Nối hai quận …". The rules read
markdown's marks of the same structure ("## ", "* "), so a tagged line is read as its
markdown twin; the document still prints the line as it came.

The reading is line by line, with no look at the rest of the page: a body kept from a
tagged page is read the same way when it is cleaned again.
"""

from __future__ import annotations

import re

# The block tags such crawlers print, upper case as they print them; each is read as
# the markdown mark of its block. Any other bracketed word opening a line is text
# ("[Video] …", "[NLVH-HSG] …").
_MARKS = {
    "P": "",
    "DIV": "",
    "TD": "",
    "TH": "",
    "LI": "* ",
    "DT": "* ",
    "DD": "* ",
    "BLOCKQUOTE": "> ",
    **{f"H{level}": "#" * level + " " for level in range(1, 7)},
}
_TAG = re.compile(rf"^\[({'|'.join(_MARKS)})\] +", re.MULTILINE)


def markdown_view(text: str) -> str | None:
    """``text`` with each line's block tag read as its markdown mark; None when no line
    opens with a tag (most pages), so that the caller keeps the text as it is.

    >>> markdown_view("[H2] Cầu Rồng\\n[LI] Giá vé 140.000đ\\n[P] Nằm cách trung tâm 25km")
    '## Cầu Rồng\\n* Giá vé 140.000đ\\nNằm cách trung tâm 25km'
    >>> markdown_view("[Video] Bàn thắng") is None
    True
    """
    if "[" not in text:
        return None
    view, count = _TAG.subn(_mark, text)
    return view if count else None


def _mark(tag: re.Match[str]) -> str:
    return _MARKS[tag.group(1)]
