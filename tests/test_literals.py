"""The literals a pattern cannot match without: on generated patterns and the rules' own."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vncleaner.literals import required_literals
from vncleaner.page import triggers
from vncleaner.rules import RULES

# A small alphabet, so that generated patterns match generated texts often.
ALPHABET = "ab-| \n"
_ATOMS = st.sampled_from(["a", "b", "-", r"\|", " ", "[ab]", "[^a\n]", ".", r"\d", r"\s", "[a-b]"])
_QUANTIFIERS = st.sampled_from(["", "", "?", "*", "+", "{1,2}", "{0,3}", "{2}", "+?"])


def _sequence(pieces: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(pieces, min_size=1, max_size=4).map("".join)


_PIECES = st.recursive(
    st.tuples(_ATOMS, _QUANTIFIERS).map("".join),
    lambda inner: st.tuples(
        st.lists(_sequence(inner), min_size=1, max_size=3).map("|".join), _QUANTIFIERS
    ).map(lambda parts: f"(?:{parts[0]}){parts[1]}"),
    max_leaves=8,
)
PATTERNS = st.tuples(
    st.sampled_from(["", r"\n", r"(?<=a)"]),
    _sequence(_PIECES),
    st.sampled_from(["", r"(?=\n)", "(?=a)", r"\b"]),
    st.sampled_from(["", "|", "|ab"]),
).map(lambda parts: parts[0] + "(?:" + parts[1] + ")" + parts[2] + parts[3].rstrip("|"))


@settings(max_examples=1000, deadline=None)
@given(PATTERNS, st.text(ALPHABET, max_size=60))
def test_every_match_holds_one_of_the_literals(pattern: str, text: str) -> None:
    """Each match, with the character a lookahead reads after it, holds a literal."""
    compiled = re.compile(pattern)
    needs = required_literals(compiled)
    for match in compiled.finditer(text):
        reach = text[match.start() : match.end() + 1]
        assert not needs or any(need in reach for need in needs), (pattern, match)


def test_literals_of_words_and_their_joins() -> None:
    """Runs of literals join; a set of a few characters multiplies them; the cheapest
    requirement wins: one string rather than many of the same length."""
    found = required_literals(re.compile(r"[-–—](?=\n)|\n\([^\n]*\)(?=\n)"))
    assert found == {"-\n", "–\n", "—\n", "\n("}
    assert required_literals(re.compile(r"\n[^\n]{2,40}? là (?:một )?(?:tác giả|nhà báo)")) == {
        " là "
    }
    assert required_literals(re.compile(r" (?:trước|ago)\n")) == {" trước\n", " ago\n"}


def test_nothing_is_required_where_a_branch_may_match_anything() -> None:
    assert required_literals(re.compile(r"abc|\d")) == frozenset()
    assert required_literals(re.compile(r"(?:abc)?\w")) == frozenset()
    assert required_literals(re.compile(r"(?i:abc)d")) == {"d"}


def test_every_trigger_that_looks_by_literals_has_them() -> None:
    """A trigger marked to look by literals is made only when its pattern has some
    (``Trigger.of`` refuses it otherwise); the rules hold at least one such trigger."""
    assert RULES
    by_literals = [trigger for trigger in triggers() if trigger.by_literals]
    assert by_literals
    assert all(trigger.needs for trigger in by_literals)
