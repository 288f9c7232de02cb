"""The literal strings a pattern cannot match without: one of them is in every match.

A page that holds none of a trigger's literals has no line for it, and the lines that
hold one are the only ones its pattern needs to be tried on: a literal search runs at
memory speed, where ``re`` tries an alternation of words at every position of the page.

The strings are read off the pattern's parse tree (the standard library's own parser):
literal runs, small character sets and alternations are followed; anything else (a
category such as ``\\d``, a negated set, a back-reference, case-insensitive matching)
stops a run and may leave a pattern with no literal at all.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Sequence
from itertools import product
from typing import Any

# The parser moved from ``sre_parse`` (Python 3.10) to ``re._parser`` (3.11 and later).
try:
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _parser = importlib.import_module("sre_parse")

# An exact set larger than this is given up: it would be more strings to look for than
# the page scan it is meant to spare.
MAX_STRINGS = 24
# A character set of more characters than this is no literal (a run stops at it).
MAX_SET_CHARS = 8
# A string this long is rare enough in a page: a longer one finds no fewer lines worth
# the time of looking for more strings.
SELECTIVE_LENGTH = 4

Strings = frozenset[str]
# What a piece of a pattern tells: every string it can match (when few), and a set of
# strings one of which each of its matches holds (None: nothing known).
_Info = tuple[Strings | None, Strings | None]
_NOTHING: _Info = (None, None)


def required_literals(pattern: re.Pattern[str]) -> Strings:
    """Strings one of which every match of ``pattern`` holds (empty when none is known).

    >>> sorted(required_literals(re.compile(r"\\n(?:https?://|www\\.)")))
    ['http', 'www.']
    >>> sorted(required_literals(re.compile(r"[-–](?=\\n)")))
    ['-\\n', '–\\n']
    >>> required_literals(re.compile(r"\\d\\n"))  # a digit is any of hundreds
    frozenset({'\\n'})
    >>> required_literals(re.compile(r"(?i)tin"))
    frozenset()
    """
    if pattern.flags & re.IGNORECASE:
        return frozenset()
    _, need = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    return need or frozenset()


def _usable(strings: Strings | None) -> bool:
    """True when ``strings`` is a requirement: some strings, none of them empty."""
    if not strings:
        return False
    return min(map(len, strings)) > 0


def _better(first: Strings | None, second: Strings | None) -> Strings | None:
    """The cheaper of two requirements to look for: the one with fewer strings, once the
    shortest of each is :data:`SELECTIVE_LENGTH` long; a longer shortest string before."""
    if second is None or not _usable(second):
        return first
    if not first:
        return second
    return second if _selectivity(second) > _selectivity(first) else first


def _selectivity(strings: Strings) -> tuple[int, int, int]:
    shortest = min(map(len, strings))
    return min(SELECTIVE_LENGTH, shortest), -len(strings), shortest


def _joined(first: Strings, second: Strings) -> Strings | None:
    """Every string of ``first`` followed by one of ``second``, or None when too many."""
    if len(first) * len(second) > MAX_STRINGS:
        return None
    return frozenset(a + b for a, b in product(first, second))


def _sequence(items: Sequence[tuple[Any, Any]]) -> _Info:
    """What a run of pattern pieces, matched one after the other, tells."""
    run: Strings | None = frozenset({""})
    need: Strings | None = None
    exact = True
    for position, (op, argument) in enumerate(items):
        if op in (_parser.AT, _parser.ASSERT_NOT) or (op is _parser.ASSERT and argument[0] < 0):
            continue  # consumes nothing; the text either side stays adjacent
        if op is _parser.ASSERT:
            # A lookahead: the text after this point starts with what it matches.
            ahead_exact, ahead_need = _sequence(argument[1])
            need = _better(need, ahead_need or ahead_exact)
            if position == len(items) - 1 and run is not None and ahead_exact is not None:
                need = _better(need, _joined(run, ahead_exact))
            continue
        piece_exact, piece_need = _piece(op, argument)
        need = _better(_better(need, piece_need), run)
        if piece_exact is not None and run is not None:
            joined = _joined(run, piece_exact)
            if joined is not None:
                run = joined
                continue
        exact = False
        run = piece_exact
    need = _better(need, run)
    return (run if exact else None), need


def _piece(op: Any, argument: Any) -> _Info:
    """What one piece of a pattern tells."""
    if op is _parser.LITERAL:
        return frozenset({chr(argument)}), None
    if op is _parser.IN:
        return _char_set(argument), None
    if op is _parser.SUBPATTERN:
        add_flags = argument[1]
        return _NOTHING if add_flags & re.IGNORECASE else _sequence(argument[3])
    if op is _parser.ATOMIC_GROUP:
        return _sequence(argument)
    if op is _parser.BRANCH:
        return _branch(argument[1])
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        return _repeat(*argument)
    return _NOTHING


def _char_set(items: Iterable[tuple[Any, Any]]) -> Strings | None:
    """The characters of a small set without categories or negation, else None."""
    chars: set[str] = set()
    for op, argument in items:
        if op is _parser.LITERAL:
            chars.add(chr(argument))
        elif op is _parser.RANGE and argument[1] - argument[0] < MAX_SET_CHARS:
            chars.update(chr(code) for code in range(argument[0], argument[1] + 1))
        else:
            return None
        if len(chars) > MAX_SET_CHARS:
            return None
    return frozenset(chars)


def _branch(alternatives: Sequence[Sequence[tuple[Any, Any]]]) -> _Info:
    """Alternatives: every one's strings, and a need only when each has one."""
    infos = [_sequence(alternative) for alternative in alternatives]
    exacts = [exact for exact, _ in infos]
    exact: Strings | None = None
    if all(item is not None for item in exacts):
        union = frozenset().union(*(item for item in exacts if item is not None))
        exact = union if len(union) <= MAX_STRINGS else None
    needs = [_better(exact_one, need_one) for exact_one, need_one in infos]
    if not all(_usable(item) for item in needs):
        return exact, None
    return exact, frozenset().union(*(item for item in needs if item is not None))


def _repeat(low: int, high: int, body: Sequence[tuple[Any, Any]]) -> _Info:
    """A piece repeated ``low`` to ``high`` times."""
    body_exact, body_need = _sequence(body)
    need = _better(body_need, body_exact) if low >= 1 else None
    if body_exact is None or high > 3:  # unbounded repeats (MAXREPEAT) included
        return None, need
    strings: set[str] = set()
    for count in range(low, high + 1):
        strings.update("".join(parts) for parts in product(body_exact, repeat=count))
        if len(strings) > MAX_STRINGS:
            return None, need
    return frozenset(strings), need
