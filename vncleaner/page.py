"""Stage 3: a page as the rules see it, its nonblank lines with their layout.

A line keeps what the rules need of its raw form (leading indentation, blank
lines above it) beside its normalised text; the label and rule fields start
empty and are filled once, by the first rule that claims the line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, overload

from vncleaner.folding import fold
from vncleaner.labels import Label
from vncleaner.literals import required_literals
from vncleaner.shapes import (
    SENTENCE_MARKS,
    ends_full_stop,
    ends_with_mark,
    is_paragraph,
    is_statement,
)
from vncleaner.syllables import WORD, accented_share, without_marks

# Markdown list and heading markers that converters put before a block ("* ", "## ").
MARKER = r"(?:[*+•-]|#{1,6}|>)\s+"
_MARKER = re.compile(f"^{MARKER}")
# The characters a marker opens with: a line opening otherwise has none to take off.
_MARKER_OPENINGS = frozenset("*+•-#>")
# A converter's title field: 'title: "Tiêu đề"', "Title: Tiêu đề".
_TITLE_FIELD = re.compile(r"""(?i)title:\s+(["']?)(.+)\1""")
# What sets a site's name apart after a title: " - ", " | ", " – ".
_SITE_SEPARATOR = re.compile(r"\s[-|–—]\s")
# A site's name after a page title's headline: " - Luxtour", " | Báo Mới".
_SITE_SUFFIX = re.compile(_SITE_SEPARATOR.pattern + r".{1,40}")
# A crawler's URL field and the name in its address: "URL: https://www.dulichplus.vn/…".
_URL_FIELD = re.compile(r"(?i)url:\s*https?://(?:www\.)?([a-z0-9]{4,})[.-]")
_URL_FIELD_LINES = 5
# A site's name may add a word to its address's ("Trang thông tin điện tử Du lịch Phú
# Thọ" on dulichphutho.gov.vn): this many letters more.
_SITE_NAME_SLACK = 30


def _folded_name(text: str) -> str:
    """Letters and figures only, without marks, in lower case ("Du Lịch Plus" is "dulichplus")."""
    return re.sub(r"[^a-z0-9]", "", without_marks(text).lower())


# An angle bracket glued to the headline's end is a tag the converter cut in half ("Kiều.>").
_TAG_DEBRIS = re.compile(r"(?<=\S)[<>]+$")
# What counts as indentation in the raw line.
_INDENT = " \t\u00a0"
# A letter word, or a line break: the words of many lines from one scan.
_WORD_OR_BREAK = re.compile(rf"{WORD.pattern}|\n")
# A trigger's pattern is tried on the lines holding one of its literals, one by one, while
# they are at most one line in this many (and a few on a short page); past that, one scan
# of the page costs less.
LITERAL_LINES_SHARE = 4
LITERAL_LINES_MIN = 8


_T = TypeVar("_T")


class _cached(Generic[_T]):
    """``functools.cached_property`` without its lock (Python 3.12 dropped it too).

    A page is read by one thread; the lock cost more than most of what it guarded.
    """

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, page: None, owner: type | None = None) -> _cached[_T]: ...
    @overload
    def __get__(self, page: object, owner: type | None = None) -> _T: ...
    def __get__(self, page: object | None, owner: type | None = None) -> _T | _cached[_T]:
        if page is None:
            return self
        value = page.__dict__[self.name] = self.compute(page)
        return value


@dataclass(slots=True)
class PageLine:
    """One nonblank line: where it stands, its text, and the label once decided."""

    index: int
    number: int
    text: str
    indent: int
    gap: int
    words: int
    label: Label | None = None
    rule: str | None = None
    # What the markup said of the line when the page came from HTML
    # ("heading", "item", "caption", "image", "link", ...); None for text input.
    hint: str | None = None
    # ends_sentence and ends_full_stop, once asked: many rules ask, and a long line costs
    # a scan each time.
    _ends: bool | None = field(default=None, repr=False, compare=False)
    # The line as the document prints it, where the rules read another view of it (a
    # tagged crawl's "[H2] …" read as "## …"); None when they read it as printed.
    shown: str | None = field(default=None, repr=False, compare=False)
    _stop: bool | None = field(default=None, repr=False, compare=False)

    @property
    def open(self) -> bool:
        """True while no rule has claimed the line."""
        return self.label is None

    @property
    def printed(self) -> str:
        """The line as the document prints it."""
        return self.text if self.shown is None else self.shown

    @property
    def bare(self) -> str:
        """The text without a leading markdown list or heading marker."""
        text = self.text
        return _MARKER.sub("", text, count=1) if text[:1] in _MARKER_OPENINGS else text

    @property
    def heading(self) -> int:
        """The markdown heading level of the line ("# Title" is 1), 0 when it is none."""
        if self.text[:1] != "#":
            return 0
        marker = self.text[: self.text.find(" ")] if " " in self.text else ""
        return len(marker) if marker and set(marker) == {"#"} and len(marker) <= 6 else 0

    @property
    def item(self) -> bool:
        """True when the line is a markdown list item ("* Thời sự")."""
        return self.text[:2] in {"* ", "- ", "+ ", "• "}

    @property
    def ends_sentence(self) -> bool:
        """True when the line ends like a sentence (., !, ?, …, :, ;)."""
        if self._ends is None:
            self._ends = ends_with_mark(self.text, SENTENCE_MARKS)
        return self._ends

    @property
    def ends_full_stop(self) -> bool:
        """True when the line ends with a full stop or "!" (see :func:`shapes.ends_full_stop`)."""
        if self._stop is None:
            self._stop = ends_full_stop(self.text)
        return self._stop


# Compared by identity: a page remembers each trigger's hits by it, and hashing the
# pattern on every look-up cost more than small pages' scans.
@dataclass(frozen=True, eq=False)
class Trigger:
    """A pattern found in every line a rule accepts: one scan of the page finds the lines
    worth the rule's full test.

    The pattern reads :attr:`Page.framed`, where ``\\n`` stands before every line and
    after the last; with ``folded`` it reads :attr:`Page.folded` and must be lower case.
    Unless ``spans``, a match, lookarounds included, stays within its line and the two
    newlines around it: whether a line is hit then depends on its own text alone, and the
    body read again keeps the page's hits. A trigger that ``spans`` may run on into the
    lines below (a telephone's name over its number).

    ``needs`` are strings one of which every match holds
    (:func:`vncleaner.literals.required_literals`), read off the pattern for the triggers
    that use them (``by_literals``, ``spans``). With ``by_literals``, the lines
    holding one are found by literal searches, which run at memory speed, and the pattern
    is tried on them alone: for a pattern the engine cannot skip ahead to, one that opens
    on an alternation of words, a character set or a run of any characters. A pattern
    that opens on a string ("\\n(", "![") is found as fast by one scan of the page.
    """

    pattern: re.Pattern[str]
    folded: bool = False
    needs: tuple[str, ...] = ()
    spans: bool = False
    by_literals: bool = False

    @classmethod
    def of(
        cls, pattern: str, *, folded: bool = False, spans: bool = False, by_literals: bool = False
    ) -> Trigger:
        """The trigger of ``pattern``: one object for one pattern, so that rules sharing a
        pattern share its scan."""
        key = (pattern, folded, spans, by_literals)
        known = _TRIGGERS.get(key)
        if known is None:
            compiled = re.compile(pattern)
            used = by_literals or spans
            needs = tuple(sorted(required_literals(compiled))) if used else ()
            if by_literals and not needs:
                raise ValueError(f"no literal is in every match of {pattern!r}")
            known = _TRIGGERS[key] = cls(compiled, folded, needs, spans, by_literals)
        return known


_TRIGGERS: dict[tuple[str, bool, bool, bool], Trigger] = {}


def triggers() -> list[Trigger]:
    """Every trigger made by :meth:`Trigger.of` so far (the rules' own, once imported)."""
    return list(_TRIGGERS.values())


@dataclass
class Page:
    """The nonblank lines of a page in order, and what rules learn about the page."""

    lines: list[PageLine] = field(default_factory=list)
    # True for the re-read body of a page whose headline is already known.
    headed: bool = False
    # For the body read again: the page it was kept from, and where each of that page's
    # lines stands here (-1: not kept). A trigger's hits there are its hits here.
    source: Page | None = field(default=None, repr=False)
    source_at: list[int] = field(default_factory=list, repr=False)

    @classmethod
    def from_text(
        cls,
        raw: str,
        normalised: str,
        hints: Sequence[str | None] | None = None,
        view: str | None = None,
    ) -> Page:
        """Pair raw and normalised lines (same count) into page lines.

        ``hints``, when given, has one entry per raw line (blank lines included).
        ``view``, when given, is the normalised text as the rules read it, line for line
        (:func:`vncleaner.tagged.markdown_view`); the lines still print as normalised.
        """
        befores, afters = raw.split("\n"), normalised.split("\n")
        if len(befores) != len(afters):
            raise ValueError("raw and normalised text must have the same number of lines")
        reads = afters if view is None else view.split("\n")
        lines: list[PageLine] = []
        gap = 0
        for number, after in enumerate(reads, start=1):
            if not after:
                gap += 1
                continue
            before = befores[number - 1]
            indent = len(before) - len(before.lstrip(_INDENT)) if before[:1] in _INDENT else 0
            hint = hints[number - 1] if hints is not None else None
            lines.append(
                PageLine(
                    len(lines), number, after, indent, gap, after.count(" ") + 1, None, None, hint
                )
            )
            gap = 0
        if view is not None:
            _show_as_printed(lines, afters)
        return cls(lines)

    @classmethod
    def of_body(
        cls, kept: Sequence[PageLine], *, headed: bool = False, source: Page | None = None
    ) -> Page:
        """The kept lines read again as a page of their own, one line each, no layout.

        ``headed`` says that the page they were kept from has its headline; ``source``,
        that page, whose triggers' hits the new page takes rather than scans again.

        The same page as ``Page.from_text`` of the lines joined by newlines (with the
        tagged view, :func:`vncleaner.tagged.markdown_view`), without splitting the text
        again; what a line knows of its own text (:attr:`PageLine.ends_sentence`) comes
        along.

        >>> page = Page.from_text("Tin\\n\\n  Bài.", "Tin\\n\\nBài.")
        >>> [(line.number, line.gap, line.indent) for line in Page.of_body(page.lines).lines]
        [(1, 0, 0), (2, 0, 0)]
        """
        lines = []
        tagged = False
        for index, line in enumerate(kept):
            text = line.text
            indent = len(text) - len(text.lstrip(_INDENT)) if text[:1] in _INDENT else 0
            again = PageLine(index, index + 1, text, indent, 0, line.words, None, None, None)
            again._ends = line._ends
            again.shown = line.shown
            tagged = tagged or line.shown is not None
            lines.append(again)
        # The body printed and read again is a tagged page again: its blocks as on the page.
        if tagged:
            _set_block_gaps(lines)
        if source is None or any(source.lines[line.index] is not line for line in kept):
            return cls(lines, headed)
        at = [-1] * len(source.lines)
        for index, line in enumerate(kept):
            at[line.index] = index
        return cls(lines, headed, source, at)

    def __len__(self) -> int:
        return len(self.lines)

    @property
    def text(self) -> str:
        """The page's lines joined by newlines."""
        return self.framed[1:-1]

    @_cached
    def hinted(self) -> bool:
        """True when some line carries a markup hint (the page came from HTML)."""
        return any(line.hint is not None for line in self.lines)

    @_cached
    def tagged(self) -> bool:
        """True when some line came from a block-tagged crawl ("[P] …", :mod:`vncleaner.tagged`)."""
        return any(line.shown is not None for line in self.lines)

    @_cached
    def framed(self) -> str:
        """The page's lines, each led and the last one closed by a newline.

        Whole-page scans read this: ``\\n`` before a word marks a line start, found
        by a fast literal search where ``^`` would be tried at every position.
        """
        return "\n" + "\n".join(line.text for line in self.lines) + "\n"

    @_cached
    def folded(self) -> str:
        """:attr:`framed` in lower case, letter for letter, as ``re.IGNORECASE`` compares
        (:func:`vncleaner.folding.fold`): offsets stay those of :attr:`framed`."""
        return fold(self.framed)

    @_cached
    def _starts(self) -> list[int]:
        """Where the newline before each line stands in :attr:`framed`."""
        starts, at = [], 0
        for line in self.lines:
            starts.append(at)
            at += len(line.text) + 1
        return starts

    @_cached
    def _keys(self) -> dict[int, str]:
        """The word keys known so far by line index; the body read again starts with its
        source page's (a key is read from the line's text alone)."""
        source = self.source
        if source is None:
            return {}
        at = self.source_at
        return {at[index]: key for index, key in source._keys.items() if at[index] >= 0}

    @_cached
    def _derived(self) -> dict[Callable[[Page], Any], Any]:
        return {}

    def derived(self, compute: Callable[[Page], _T]) -> _T:
        """``compute(self)``, computed once for the page: for a function of the lines'
        texts and layout that several rules share (labels change as rules run; a function
        that reads them must not be remembered).

        >>> page = Page.from_text("a", "a")
        >>> page.derived(len), page.derived(len) is page.derived(len)
        (1, True)
        """
        known = self._derived
        if compute not in known:
            known[compute] = compute(self)
        value: _T = known[compute]
        return value

    def word_keys(self, lines: Sequence[PageLine]) -> list[str]:
        """Each line's letter words in lower case, joined by single spaces.

        The same as ``" ".join(words(line.text.lower()))`` line by line, from one scan
        of the lines not asked for before.

        >>> page = Page.from_text("Ảnh: T.L\\n(Ảnh 2)", "Ảnh: T.L\\n(Ảnh 2)")
        >>> page.word_keys(page.lines)
        ['ảnh t l', 'ảnh']
        """
        keys = self._keys
        missing = [line for line in lines if line.index not in keys]
        if missing:
            text = "\n".join(line.text for line in missing).lower()
            joined = " ".join(_WORD_OR_BREAK.findall(text)).split("\n")
            for line, key in zip(missing, joined, strict=True):
                keys[line.index] = key.strip(" ")
        return [keys[line.index] for line in lines]

    def word_key_map(self, lines: Sequence[PageLine]) -> dict[int, str]:
        """:meth:`word_keys` of ``lines`` by line index, for rules that match lines by words."""
        return dict(zip((line.index for line in lines), self.word_keys(lines), strict=True))

    @_cached
    def _hits(self) -> dict[Trigger, list[PageLine]]:
        return {}

    def hit_by(self, trigger: Trigger) -> list[PageLine]:
        """The lines in which ``trigger`` finds a match.

        >>> page = Page.from_text("a\\n\\nB1\\nc22", "a\\n\\nB1\\nc22")
        >>> [line.text for line in page.hit_by(Trigger(re.compile(r"\\nb")))]
        []
        >>> [line.text for line in page.hit_by(Trigger(re.compile(r"\\nb"), folded=True))]
        ['B1']
        """
        found = self._hits.get(trigger)
        if found is None:
            found = self._hits[trigger] = self._find_hits(trigger)
        return found

    def _find_hits(self, trigger: Trigger) -> list[PageLine]:
        """The hits of ``trigger``: the source page's that were kept, the lines holding
        its literals tried one by one, or one scan of the page."""
        source = self.source
        if source is not None and not trigger.spans and trigger in source._hits:
            at, lines = self.source_at, self.lines
            return [lines[at[line.index]] for line in source._hits[trigger] if at[line.index] >= 0]
        text = self.folded if trigger.folded else self.framed
        if trigger.by_literals:
            holding = self._lines_holding(text, trigger.needs)
            if holding is not None:
                search, lines = trigger.pattern.search, self.lines
                return [lines[index] for index in holding if self._hit_at(search, text, index)]
        return self._scan(trigger, text)

    def hit_between(self, trigger: Trigger, first: int, end: int) -> list[PageLine]:
        """The lines from index ``first`` up to ``end`` (excluded) that ``trigger`` hits,
        from a scan of that part of the page alone (not remembered): for a trigger that
        spans lines, read in part of a page.

        >>> page = Page.from_text("b1\\nb2\\nb3", "b1\\nb2\\nb3")
        >>> [line.text for line in page.hit_between(Trigger(re.compile(r"\\nb")), 1, 2)]
        ['b2']
        """
        end = min(end, len(self.lines))
        if first >= end:
            return []
        text = self.folded if trigger.folded else self.framed
        starts = self._starts
        start, stop = starts[first], starts[end] + 1 if end < len(starts) else len(text)
        # A match that spans lines still holds its literal in the part read.
        needs = trigger.needs
        if needs and not any(text.find(need, start, stop) >= 0 for need in needs):
            return []
        return self._scan(trigger, text, start, stop)

    def _lines_holding(self, text: str, needs: Sequence[str]) -> list[int] | None:
        """The indices of the lines holding one of ``needs`` (with the line above where
        one starts on a line's opening newline), or None when too many for one by one."""
        starts = self._starts
        budget = max(LITERAL_LINES_MIN, len(starts) // LITERAL_LINES_SHARE)
        found: set[int] = set()
        find = text.find
        for need in needs:
            at = find(need)
            while at >= 0:
                index = bisect_right(starts, at) - 1
                found.add(index)
                if at == starts[index] and index:
                    found.add(index - 1)
                if len(found) > budget:
                    return None
                at = find(need, at + 1)
        return sorted(found)

    def _hit_at(self, search: Callable[..., re.Match[str] | None], text: str, index: int) -> bool:
        """True when a match starts in the line at ``index``, read with its two newlines."""
        starts = self._starts
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        match = search(text, starts[index], min(end + 1, len(text)))
        return match is not None and match.start() < end

    def _scan(
        self, trigger: Trigger, text: str, start: int = 0, stop: int | None = None
    ) -> list[PageLine]:
        """The lines in which a match of ``trigger`` starts (one that runs past the line's
        closing newline only if the trigger spans lines): after a hit the scan resumes at
        the next line, so the cost is one search per line hit plus one."""
        starts, lines, found = self._starts, self.lines, list[PageLine]()
        if not starts:  # no line: the frame alone ("\n\n") holds nothing to find
            return found
        stop = len(text) if stop is None else stop
        search, last, spans = trigger.pattern.search, len(starts) - 1, trigger.spans
        match = search(text, start, stop)
        while match is not None:
            index = bisect_right(starts, match.start()) - 1
            closing = starts[index + 1] + 1 if index < last else len(text)
            # A match running past its line's closing newline is tried again within it.
            if spans or match.end() <= closing or self._hit_at(search, text, index):
                found.append(lines[index])
            if index == last:
                break
            match = search(text, starts[index + 1], stop)
        return found

    def labelled(self, label: Label) -> list[PageLine]:
        """The lines given ``label`` so far, in page order."""
        return [line for line in self.lines if line.label == label]

    @property
    def title_line(self) -> PageLine | None:
        """The first line labelled ``title``, if any."""
        return next((line for line in self.lines if line.label == "title"), None)

    @property
    def title(self) -> str | None:
        """The headline: the text of :attr:`title_line`, less a cut tag's bracket."""
        line = self.title_line
        if line is None:
            return None
        field = _TITLE_FIELD.fullmatch(line.text)
        if field is None:
            return _TAG_DEBRIS.sub("", line.bare)
        title = self._without_site(field.group(2))
        # A crawler's "Title:" header gives the page's HTML title, often an SEO title:
        # the page's own "# " headline worded otherwise is the article's. (Front matter's
        # "title:" is the article's, whatever heading the text opens with.)
        marked = next(
            (other for other in self.lines if other.label == "title" and other.heading == 1), None
        )
        if (
            line.text.startswith("Title:")
            and marked is not None
            and _folded_name(marked.bare) != _folded_name(title)
        ):
            return _TAG_DEBRIS.sub("", marked.bare)
        return _TAG_DEBRIS.sub("", title)

    def _without_site(self, title: str) -> str:
        """A title field less the site's name after it ("… - Luxtour"): where the page
        prints the headline without it too, or where the name is the address's
        ("… - Du Lịch Plus" on dulichplus.vn)."""
        for line in self.lines:
            head = line.bare
            if (
                line.label == "title"
                and title.startswith(head)
                and _SITE_SUFFIX.fullmatch(title, len(head))
            ):
                return head
        site = self._site_name()
        # The name may come twice ("… - Alltop.vn | All top"): each part naming it goes.
        for cut in reversed(list(_SITE_SEPARATOR.finditer(title)) if site else []):
            tail = _folded_name(title[cut.end() :])
            if site not in tail or len(tail) > len(site) + _SITE_NAME_SLACK:
                break
            title = title[: cut.start()].rstrip()
        return title

    def _site_name(self) -> str:
        """The main name of the address a crawler's URL field gives ("dulichplus"), or ""."""
        for line in self.lines[:_URL_FIELD_LINES]:
            found = _URL_FIELD.match(line.text)
            if found is not None:
                return found.group(1).lower()
        return ""

    @_cached
    def accented(self) -> float:
        """The share of the page's words written with Vietnamese diacritics."""
        return accented_share(" ".join(line.text for line in self.lines))

    @_cached
    def spaced(self) -> bool:
        """True when the converter put blank lines between most lines of the article.

        The article runs from its first paragraph to its last; a page without one is read
        whole. Menus and link lists are often stacked in a page that spaces its text.
        """
        first, last = self.first_paragraph, self.last_paragraph
        lines = self.lines[first : last + 1] if first < last else self.lines
        gaps = [line.gap for line in lines[1:]]
        return bool(gaps) and sum(1 for gap in gaps if gap) * 2 >= len(gaps)

    @_cached
    def paragraph_words(self) -> int:
        """The median length in words of the page's paragraphs closed by a full stop (0 if none).

        >>> text = "\\n".join(["Tin ngắn.", "một " * 30 + "hết.", "hai " * 40 + "hết."])
        >>> Page.from_text(text, text).paragraph_words
        41
        """
        lengths = sorted(line.words for line in self.lines if is_statement(line))
        return lengths[len(lengths) // 2] if lengths else 0

    @_cached
    def first_paragraph(self) -> int:
        """The index of the first paragraph closed by a full stop (the page's length if none)."""
        return next((line.index for line in self.lines if is_statement(line)), len(self.lines))

    @_cached
    def last_paragraph(self) -> int:
        """The index of the last paragraph closed by a full stop (-1 if none)."""
        return next((line.index for line in reversed(self.lines) if is_statement(line)), -1)

    @_cached
    def _paragraph_counts(self) -> list[int]:
        counts = [0]
        for line in self.lines:
            counts.append(counts[-1] + is_paragraph(line))
        return counts

    def paragraphs_between(self, first: int, last: int) -> int:
        """How many paragraphs stand between the lines at indices ``first`` and ``last``
        (both left out; ``last`` may be the page's length).

        >>> text = "\\n".join(["Mục một", "một " * 30 + "hết.", "Mục hai"])
        >>> page = Page.from_text(text, text)
        >>> page.paragraphs_between(0, 2), page.paragraphs_between(1, 3)
        (1, 0)
        """
        counts = self._paragraph_counts
        return counts[last] - counts[first + 1] if first < last else 0

    def before(self, line: PageLine) -> PageLine | None:
        """The nonblank line above ``line``."""
        return self.lines[line.index - 1] if line.index else None

    def after(self, line: PageLine) -> PageLine | None:
        """The nonblank line below ``line``."""
        nxt = line.index + 1
        return self.lines[nxt] if nxt < len(self.lines) else None

    def beside(self, line: PageLine, labels: Collection[Label]) -> bool:
        """True when the line above or below ``line`` has one of ``labels``."""
        neighbours = (self.before(line), self.after(line))
        return any(other is not None and other.label in labels for other in neighbours)


def _show_as_printed(lines: Sequence[PageLine], printed: Sequence[str]) -> None:
    """Lines read from a view of the text keep how each prints, where it differs; the
    tagged lines stand apart as blocks (:func:`_set_block_gaps`)."""
    for line in lines:
        shown = printed[line.number - 1]
        if shown != line.text:
            line.shown = shown
    _set_block_gaps(lines)


def _set_block_gaps(lines: Sequence[PageLine]) -> None:
    """A line read from a tagged block (it prints otherwise than the rules read it) stands
    apart, as a paragraph after a blank line; list items stay stacked, as markdown prints
    them. The same rule on the page and on its body read again keeps cleaning a fixed point.
    """
    item = False
    for line in lines:
        if line.shown is not None and not (item and line.item):
            line.gap = max(line.gap, 1)
        item = line.item
