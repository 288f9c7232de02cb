"""The shape of the package's patterns, read from their text: no pattern can be made to
read the same text over and over, so cost grows with the page, not its square.

A trigger searches the whole page from each line on. An unbounded repeat that can take
a newline lets one attempt run over the rest of the page, so the scan turns square in
the page's size: the read-more trigger's ``[\\s>*_»•#-]*`` took the underscores shape
from 8 to 0.1 MB/s. The linear-work test counts Python calls and cannot see a
pattern's own backtracking; this test reads the patterns instead. A repeat of white
space alone may take a newline: in normalised text every run of white space is one
character (``test_properties.test_normalised_white_space_is_single_spaces_between_words``).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import pytest
import regex

import vncleaner
import vncleaner.rules
from vncleaner.page import Trigger

try:
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

NEWLINE = ord("\n")
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
# Classes holding "\n" (Python's \s, \D, \W and line breaks).
_CATEGORIES_WITH_NEWLINE = {
    getattr(sre, f"CATEGORY{uni}_{name}")
    for uni in ("", "_UNI")
    for name in ("SPACE", "NOT_DIGIT", "NOT_WORD", "LINEBREAK")
}
_SPACE_CATEGORIES = {sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE}


def all_triggers() -> dict[str, Trigger]:
    """Every trigger of the rule modules: module constants and rule classes' own."""
    found: dict[str, Trigger] = {}
    for info in pkgutil.iter_modules(vncleaner.rules.__path__):
        module = importlib.import_module(f"vncleaner.rules.{info.name}")
        for name, value in vars(module).items():
            trigger = getattr(value, "trigger", None) if isinstance(value, type) else value
            if isinstance(trigger, Trigger):
                found.setdefault(f"{info.name}.{name}", trigger)
    return found


def _children(op: Any, av: Any) -> list[Any]:
    """The sub-patterns inside one parse-tree node."""
    if op in _REPEATS:
        return [av[2]]
    if op is sre.SUBPATTERN:
        return [av[-1]]
    if op is sre.BRANCH:
        return list(av[1])
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return [av]
    return []


def _atom_takes(op: Any, av: Any, dotall: bool, *, newline: bool) -> bool:
    """Whether one atom can match "\\n" (``newline``) or anything but white space."""
    if op is sre.LITERAL:
        return av == NEWLINE if newline else not chr(av).isspace()
    if op is sre.NOT_LITERAL:
        return av != NEWLINE if newline else True
    if op is sre.ANY:
        return dotall if newline else True
    if op is sre.RANGE:
        return av[0] <= NEWLINE <= av[1] if newline else True
    if op is sre.CATEGORY:
        return av in _CATEGORIES_WITH_NEWLINE if newline else av not in _SPACE_CATEGORIES
    if op is sre.IN:
        items = [(o, a) for o, a in av if o is not sre.NEGATE]
        hit = any(_atom_takes(o, a, dotall, newline=True) for o, a in items)
        if len(items) < len(av):  # a negated class: it takes all but its items
            return not hit if newline else True
        return hit if newline else any(_atom_takes(o, a, dotall, newline=False) for o, a in items)
    return False


def _takes(tree: Any, dotall: bool, *, newline: bool) -> bool:
    for op, av in tree:
        children = _children(op, av)
        if children:
            if any(_takes(child, dotall, newline=newline) for child in children):
                return True
        elif _atom_takes(op, av, dotall, newline=newline):
            return True
    return False


def runaway_repeats(pattern: re.Pattern[str]) -> list[str]:
    """Unbounded repeats that can take a newline and more than white space."""
    dotall = bool(pattern.flags & re.DOTALL)
    found: list[str] = []

    def walk(tree: Any) -> None:
        for op, av in tree:
            if op in _REPEATS and av[1] is sre.MAXREPEAT:
                body = av[2]
                if _takes(body, dotall, newline=True) and _takes(body, dotall, newline=False):
                    found.append(str(body))
            for child in _children(op, av):
                walk(child)

    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    return found


def opening_repeats(pattern: re.Pattern[str]) -> list[str]:
    """Unbounded repeats a match can open with, no look-behind before them.

    A search tries such a pattern at every character of a run the repeat takes, and each
    try reads the rest of the run: square time in the run's length ("[\\w.+-]+@" over a
    base64 picture). A look-behind keeping the repeat to the run's first character, or
    a literal before it, makes one try per run.
    """
    found: list[str] = []

    def walk(tree: Any) -> None:
        for op, av in list(tree)[:1]:
            if op in _REPEATS and av[1] is sre.MAXREPEAT:
                found.append(str(av[2]))
            elif op is sre.SUBPATTERN:
                walk(av[-1])
            elif op is sre.BRANCH:
                for branch in av[1]:
                    walk(branch)

    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    return found


def all_patterns() -> dict[str, re.Pattern[str] | regex.Pattern[str]]:
    """Every compiled pattern held by a module of the package (``re`` and ``regex``)."""
    found: dict[str, re.Pattern[str] | regex.Pattern[str]] = {}
    packages = [vncleaner, vncleaner.rules, importlib.import_module("vncleaner.normalize")]
    for package in packages:
        for info in pkgutil.iter_modules(package.__path__):
            if info.name == "__main__":
                continue
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, (re.Pattern, regex.Pattern)):
                    found.setdefault(f"{module.__name__}.{name}", value)
    return found


def _group_at(pattern: str, start: int) -> str:
    """The group opening at ``start``, through its closing parenthesis."""
    depth, index, in_class = 0, start, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth == 0:
                break
        index += 1
    return pattern[start : index + 1]


def unbounded_lookbehinds(pattern: str) -> list[str]:
    """Look-behinds (``regex`` allows any length) holding a repeat without a bound.

    Such a look-behind, tried at each character of a run it takes, reads back over the
    whole run each time: the glued-headline search took 9 s for 40,000 capitals.
    """
    found = []
    for opening in re.finditer(r"\(\?<[=!]", pattern):
        group = _group_at(pattern, opening.start())
        bare = re.sub(r"\[(?:\\.|[^\]\\])*\]", "", re.sub(r"\\.", "", group[4:]))
        if re.search(r"[+*]|\{\d*,\}", bare):
            found.append(group)
    return found


TRIGGERS = all_triggers()
PATTERNS = all_patterns()


def test_triggers_are_found() -> None:
    assert {"caption.PhotoCredit", "related.ReadMore", "base.LINKED"} <= set(TRIGGERS)


@pytest.mark.parametrize("name", sorted(TRIGGERS))
def test_trigger_has_no_repeat_that_runs_across_lines(name: str) -> None:
    assert runaway_repeats(TRIGGERS[name].pattern) == []


@pytest.mark.parametrize("name", sorted(TRIGGERS))
def test_trigger_opens_with_no_unbounded_repeat(name: str) -> None:
    assert opening_repeats(TRIGGERS[name].pattern) == []


def test_patterns_are_found() -> None:
    assert {"vncleaner.metadata._GLUE", "vncleaner.vocab.FOOTER"} <= set(PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_lookbehind_reads_back_without_bound(name: str) -> None:
    assert unbounded_lookbehinds(PATTERNS[name].pattern) == []


# Each checker on patterns of both kinds: the regressions it was written for first.
CHECKERS = {
    "opening": lambda pattern: opening_repeats(re.compile(pattern)),
    "runaway": lambda pattern: runaway_repeats(re.compile(pattern)),
    "lookbehind": unbounded_lookbehinds,
}


@pytest.mark.parametrize(
    ("checker", "pattern", "flagged"),
    [
        # The footer's e-mail address before the look-behind.
        ("opening", r"©|copyright|[\w.+-]+@[\w-]+", True),
        ("opening", r"(?:\d+|x)y", True),
        ("opening", r"©|(?<![\w.+-])[\w.+-]+@[\w-]+", False),
        ("opening", r"\n\d+y", False),
        ("opening", r"\d{1,3}y", False),
        # The read-more trigger before 20aeca6: marks and newlines, without a bound.
        ("runaway", r"\n[\s>*_»•#-]*(?:xem thêm)", True),
        ("runaway", r"\n[^x]*y", True),
        ("runaway", r"(?s)a.*b", True),
        ("runaway", r"\n(?:\W+|ab)c", True),
        ("runaway", r"(?=[\d\n]+z)", True),
        ("runaway", r"\n[\s>*_»•#-]{0,6}(?:xem thêm)", False),
        ("runaway", r"\(?\s*nguồn\s*:", False),
        ("runaway", r"a.*b", False),
        ("runaway", r"\n[^\n]*\n", False),
        ("runaway", r"\)(?=[ \n]*\n)", False),
        # The glued-headline search before it read its letters from the first one on.
        ("lookbehind", r"(?<=(\p{L}+|\d))([\"“‘']?)(\p{Lu}\p{Ll}+)(?=\s)", True),
        ("lookbehind", r"(?<!\p{Extended_Pictographic}\p{M}*)\u200d", True),
        ("lookbehind", r"(?<!a{2,})b", True),
        ("lookbehind", r"((?<!\p{L})\p{L}+|\d)(\p{Lu}\p{Ll}+)", False),
        ("lookbehind", r"(?<![\w.+-])[\w.+-]+@", False),
        ("lookbehind", r"(?<=[*+])x", False),
        ("lookbehind", r"(?<=\+)x+", False),
    ],
)
def test_each_checker_tells_the_two_kinds_apart(checker: str, pattern: str, flagged: bool) -> None:
    assert bool(CHECKERS[checker](pattern)) is flagged
