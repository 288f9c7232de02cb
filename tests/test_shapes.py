"""Line shapes read from the end of a line, against the patterns they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_rules import corpus_pages
from vncleaner.shapes import FULL_STOP_MARKS, SENTENCE_MARKS, ends_with_mark

# What ends_with_mark reads from the end, as the pattern that was searched before.
SPEC = {
    marks: re.compile(rf"[{re.escape(marks)}][\"'”’»)\]_]*(?:\s*\([^()]{{1,30}}\))?$")
    for marks in (SENTENCE_MARKS, FULL_STOP_MARKS)
}
# The characters the pattern turns on, and a few others.
ALPHABET = ".!?…:;\"'”’»)]_( \n\t\u00a0ab"


# Line ends built the way the pattern reads them: a mark or not, closers, white space, a
# note in brackets of about the longest length allowed, and what may follow it.
ENDINGS = st.tuples(
    st.text(ALPHABET, max_size=8),
    st.sampled_from([*SENTENCE_MARKS, "a", ""]),
    st.text("\"'”’»)]_", max_size=3),
    st.text(" \t\u00a0", max_size=2),
    st.sampled_from(["", "(", "(", ")"]),
    st.one_of(st.text("ab .", min_size=28, max_size=32), st.text("ab .()", max_size=6)),
    st.sampled_from(["", ")", ")", "))", "\n", ")\n"]),
).map("".join)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(st.text(ALPHABET, max_size=45), ENDINGS), st.sampled_from(sorted(SPEC)))
def test_ends_with_mark_is_its_pattern(text: str, marks: str) -> None:
    assert ends_with_mark(text, marks) == (SPEC[marks].search(text) is not None)


def test_ends_with_mark_is_its_pattern_on_every_corpus_line() -> None:
    lines = {line.text for page in corpus_pages() for line in page.lines}
    for marks, pattern in SPEC.items():
        differ = [t for t in lines if ends_with_mark(t, marks) != (pattern.search(t) is not None)]
        assert differ == []
    # Both answers occur: the test reads lines of each kind.
    assert {ends_with_mark(t, SENTENCE_MARKS) for t in lines} == {True, False}


def test_box_names_read_in_folded_text_are_the_case_blind_patterns() -> None:
    """introduces_list reads the header and label phrases in folded text: the same lines
    as the ``(?i)`` patterns, on every corpus line and on letters lower() treats apart."""
    from vncleaner import vocab
    from vncleaner.shapes import _names_a_box

    lines = {line.text for page in corpus_pages() for line in page.lines}
    lines |= {"TIN LIÊN QUAN:", "Xem thêm:", "İn bài:", "Lượt xem: 1.234", "Bao gồm:"}
    differ = [
        text
        for text in lines
        if _names_a_box(text)
        != (vocab.LIST_HEADER.search(text) is not None or vocab.WIDGET.search(text) is not None)
    ]
    assert differ == []
    assert _names_a_box("TIN LIÊN QUAN:") and not _names_a_box("Bao gồm:")
