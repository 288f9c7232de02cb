"""The sections a table of contents lists: where each entry's words head the text below.

Shared by the rule that finds a table of contents (``nav.TableOfContents``) and by the
rules that must leave the heads it lists to the article (``listed_heads``).
"""

from __future__ import annotations

from bisect import bisect_right

from vncleaner import vocab
from vncleaner.page import Page, PageLine
from vncleaner.rules.base import runs_of
from vncleaner.shapes import HEADLINE_MAX_WORDS

# The name the table of contents rule gives the entries it takes.
CONTENTS_RULE = "contents"


def listed_heads(page: Page) -> set[int]:
    """The indices of the section heads a table of contents on ``page`` lists (the lines
    the contents rule took are its entries): the article's own headings, which rules
    that take headline-shaped or repeated lines must leave alone.
    """
    lines = page.lines
    entry = [
        line.rule == CONTENTS_RULE and not vocab.CONTENTS_HEADER.fullmatch(line.bare)
        for line in lines
    ]
    if not any(entry):
        return set()
    keys, where = page.derived(key_places)
    runs = runs_of(lines, entry, 1, stacked=False)
    return {head for run in runs for head in section_heads(run, keys, where)}


def key_places(page: Page) -> tuple[dict[int, str], dict[str, list[int]]]:
    """The word keys of the lines shaped like entries, and where each key stands (from
    their texts alone: computed once a page, see :meth:`Page.derived`)."""
    keys = page.word_key_map([line for line in page.lines if entry_shaped(line)])
    where: dict[str, list[int]] = {}
    for index, key in keys.items():
        if key:
            where.setdefault(key, []).append(index)
    return keys, where


def entry_shaped(line: PageLine) -> bool:
    """A short line that ends on no full stop; or, marked as a list item or a heading, on
    one: a site that closes its section titles with a stop lists them so too."""
    return 0 < line.words <= HEADLINE_MAX_WORDS and (
        not line.ends_full_stop or line.item or line.heading > 0
    )


def _next_after(indices: list[int], end: int) -> int:
    """The first of the sorted ``indices`` past ``end``, or -1 when none is."""
    at = bisect_right(indices, end)
    return indices[at] if at < len(indices) else -1


def section_heads(
    run: list[PageLine], keys: dict[int, str], where: dict[str, list[int]]
) -> list[int]:
    """Each entry's section head: where its words next come below the one before, or []."""
    heads: list[int] = []
    last = run[-1].index
    for line in run:
        last = _next_after(where[keys[line.index]], last)
        if last == -1:
            return []
        heads.append(last)
    return heads
