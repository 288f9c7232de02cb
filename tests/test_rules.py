"""Every rule on real corpus lines: what it must catch, and the body it must leave alone."""

from __future__ import annotations

import json
import sys
from functools import cache
from typing import Any

import pytest

from benchmarks.hostile import SHAPES, make
from tests.conftest import CORPUS, gold_rows
from vncleaner import clean
from vncleaner.html import read_html
from vncleaner.page import Page, PageLine
from vncleaner.rules import RULES, LineRule
from vncleaner.tagged import markdown_view

LINE_RULES = {rule.name: rule for rule in RULES if isinstance(rule, LineRule)}
CASES: dict[str, Any] = json.loads(
    (CORPUS.parent / "tests" / "data" / "line_rules.json").read_text(encoding="utf-8")
)
PAGE_CASES: list[dict[str, Any]] = json.loads(
    (CORPUS.parent / "tests" / "data" / "page_rules.json").read_text(encoding="utf-8")
)


def line_of(text: str, indent: int = 0, hint: str | None = None) -> PageLine:
    """The line as the rules see it (a tagged crawl's line in its markdown view)."""
    raw = " " * indent + text
    return Page.from_text(raw, text, [hint], markdown_view(text)).lines[0]


@cache
def body_lines() -> list[str]:
    return sorted({text.strip() for _, _, _, text in gold_rows("body")})


@cache
def hinted_body_lines() -> list[tuple[str, str | None]]:
    """The gold body lines of the HTML corpus, with the hint the HTML reader gives each."""
    found = set()
    for page in sorted((CORPUS / "html").glob("*.html")):
        body = set(page.with_suffix(".body.txt").read_text(encoding="utf-8").splitlines())
        read = read_html(page.read_text(encoding="utf-8"))
        found |= {(t, h) for t, h in zip(read.lines, read.hints, strict=True) if t in body}
    return sorted(found, key=str)


def test_every_rule_has_a_name_label_and_one_line_docstring() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for rule in RULES:
        summary = rule.summary()
        assert summary and summary == (type(rule).__doc__ or "").strip()


def test_every_line_rule_has_cases() -> None:
    assert set(CASES) == set(LINE_RULES)
    assert all(case["catch"] for case in CASES.values())


@pytest.mark.parametrize(
    ("name", "example"),
    [(name, example) for name, case in CASES.items() for example in case["catch"]],
    ids=lambda value: value if isinstance(value, str) else value["from"],
)
def test_line_rule_catches(name: str, example: dict[str, Any]) -> None:
    rule = LINE_RULES[name]
    assert rule.label == CASES[name]["label"]
    line = line_of(example["text"], example.get("indent", 0), example.get("hint"))
    assert rule.match(line)


@pytest.mark.parametrize(
    ("name", "example"),
    [(name, example) for name, case in CASES.items() for example in case.get("leave", [])],
    ids=lambda value: value if isinstance(value, str) else value["text"][:40],
)
def test_line_rule_leaves_near_misses(name: str, example: dict[str, Any]) -> None:
    """Lines a rule's pattern comes close to and must not take, with why."""
    assert not LINE_RULES[name].match(line_of(example["text"]))


@pytest.mark.parametrize("name", sorted(LINE_RULES))
def test_line_rule_leaves_every_body_line_alone(name: str) -> None:
    rule = LINE_RULES[name]
    caught = [text for text in body_lines() if rule.match(line_of(text))]
    caught += [text for text, hint in hinted_body_lines() if rule.match(line_of(text, 0, hint))]
    assert caught == []


def page_case(case: dict[str, Any]) -> Any:
    """A case as a test parameter; one with an "xfail" reason is a known failure, strict,
    so that it fails the day it is fixed until its reason is removed."""
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
    return pytest.param(case, marks=marks, id=f"{case['rule']}:{case['from']}")


@pytest.mark.parametrize("case", [page_case(case) for case in PAGE_CASES])
def test_page_rule_on_real_excerpt(case: dict[str, Any]) -> None:
    doc = clean("\n".join(case["lines"]))
    got = {str(line.number): f"{line.label} {line.rule}" for line in doc.lines}
    for number, expected in case["expect"].items():
        assert got[number] == expected, f"line {number}: {doc.lines}"


# --- The speed machinery must never change a verdict ---------------------------------


@cache
def corpus_pages() -> list[Page]:
    """Every corpus page, normalised, as the rules see it (nothing labelled yet)."""
    from vncleaner.normalize import normalize

    pages = []
    for path in sorted((CORPUS / "raw").glob("*.txt")):
        raw = path.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n")
        normalised = normalize(raw)
        pages.append(
            Page.from_text(raw.replace("\r", "\n"), normalised, None, markdown_view(normalised))
        )
    return pages


TRIGGERED = sorted(
    (rule for rule in RULES if isinstance(rule, LineRule) and rule.trigger is not None),
    key=lambda rule: rule.name,
)


@pytest.mark.parametrize("rule", TRIGGERED, ids=lambda rule: rule.name)
def test_trigger_hits_every_line_the_rule_matches(rule: LineRule) -> None:
    """A trigger is a necessary condition: on every corpus line and every catch example."""
    examples = [line_of(case["text"]) for case in CASES[rule.name]["catch"]]
    pages = [*corpus_pages(), *(Page([line]) for line in examples)]
    missed = [
        line.text
        for page in pages
        for line in page.lines
        if rule.match(line) and line not in page.hit_by(rule.trigger)  # type: ignore[arg-type]
    ]
    assert missed == []


@pytest.mark.parametrize(
    "rule",
    [rule for rule in TRIGGERED if rule.trigger.needs],
    ids=lambda rule: rule.name,  # type: ignore[union-attr]
)
def test_trigger_needs_are_there_wherever_the_pattern_matches(rule: LineRule) -> None:
    """A trigger's literal pre-check may skip a page only when its pattern finds nothing."""
    trigger = rule.trigger
    assert trigger is not None
    examples = [line_of(case["text"]) for case in CASES[rule.name]["catch"]]
    for page in [*corpus_pages(), *(Page([line]) for line in examples)]:
        text = page.folded if trigger.folded else page.framed
        if trigger.pattern.search(text):
            assert any(need in text for need in trigger.needs), page.text[:80]


def test_symbols_trigger_holds_for_every_character() -> None:
    """The one word character that is punctuation is "_": every other starts the line."""
    import sys

    from vncleaner import vocab
    from vncleaner.rules.nav import SymbolsOnly

    trigger = SymbolsOnly.trigger
    assert trigger is not None
    missed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if code != ord("\n")
        and vocab.SYMBOLS_ONLY.match(chr(code))
        and not trigger.pattern.search(f"\n{chr(code)}\n")
    ]
    assert missed == []


def test_lower_case_opening_fast_path_agrees_with_its_pattern() -> None:
    """opens_lowercase settles a capital or a figure without the pattern: for every first
    character, alone and before words, it answers as the pattern does."""
    import sys

    from vncleaner.shapes import _LOWER_OPENING, opens_lowercase

    differ = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF
        for text in (chr(code), chr(code) + "ab cd")
        if opens_lowercase(text) != (_LOWER_OPENING.match(text) is not None)
    ]
    assert differ == []


def test_folded_text_keeps_every_offset() -> None:
    text = "İSTANBUL ıbis ſtraße ΣΑΣ Việt"
    page = Page.from_text(text, text)
    assert len(page.folded) == len(page.framed)
    assert page.folded == "\nistanbul ibis straße σας việt\n"


def test_lower_case_refuses_an_escape_it_would_flip() -> None:
    from vncleaner.folding import lower_case

    assert lower_case(r"Tin\s+Mới") == r"tin\s+mới"
    with pytest.raises(ValueError, match="upper-case escape"):
        lower_case(r"Tin\S+")


def test_skipping_rules_on_the_reread_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every rule run again on every re-read gives the same labels on the whole corpus."""
    from vncleaner import pipeline

    def labels(page: Page) -> list[tuple[str | None, str | None]]:
        copy = Page.from_text(page.text, page.text)
        return [(line.label, line.rule) for line in pipeline.classify(copy).lines]

    fast = [labels(page) for page in corpus_pages()]
    monkeypatch.setattr(pipeline, "_rereading", list)
    assert [labels(page) for page in corpus_pages()] == fast


def test_pull_quote_index_agrees_with_the_scan() -> None:
    from vncleaner.rules.caption import PullQuote

    def quotes(rule: PullQuote) -> list[list[int]]:
        return [[line.index for line in rule.find(page)] for page in corpus_pages()]

    scanned = quotes(PullQuote())
    assert any(scanned)
    assert quotes(PullQuote(scan_budget=0)) == scanned


def test_containment_matches_the_pairwise_definition() -> None:
    import random

    from vncleaner.rules.caption import _Containment

    rng = random.Random(7)
    vocabulary = ["an", "ba", "nhau", "than", "ho", "hoa", "a"]
    keys = [" ".join(rng.choices(vocabulary, k=rng.randint(1, 6))) for _ in range(300)]
    index = _Containment(keys, budget=10**9)
    for key in [key for key in keys if key.count(" ") >= 2] + ["an nhau ba", "ha an ho"]:
        expected = any(len(other) > len(key) and key in other for other in keys)
        assert index.within_longer(key) == expected, key


def test_pull_quote_search_stops_past_its_budget() -> None:
    """A page whose lines share all their words would make every search read every key:
    past the budget, the lines left are taken as printed once, and stay body."""
    from vncleaner.rules.caption import PullQuote

    def quotes(rule: PullQuote) -> list[list[int]]:
        return [[line.index for line in rule.find(page)] for page in corpus_pages()]

    assert any(quotes(PullQuote(scan_budget=0)))
    assert not any(quotes(PullQuote(scan_budget=0, compare_budget=0)))


# shared-words reads keys up to the pull-quote cap, so its count grows faster until the
# cap is reached (the test above checks the cap); its cost per MB is the benchmark's job.
@pytest.mark.parametrize("shape", sorted(set(SHAPES) - {"shared-words"}))
def test_hostile_shape_work_grows_linearly(shape: str) -> None:
    """Ten times the text makes about ten times the function calls, not the hundred of a
    square: a count, not a timing, so a busy machine cannot fail it or pass it."""

    def calls(size: int) -> int:
        text, count = make(shape, size), 0

        def tally(frame: object, event: str, arg: object) -> None:
            nonlocal count
            if event in ("call", "c_call"):
                count += 1

        sys.setprofile(tally)
        try:
            clean(text)
        finally:
            sys.setprofile(None)
        return count

    clean(make(shape, 1_000))  # first use compiles patterns and fills caches
    small, large = calls(20_000), calls(200_000)
    assert large <= 12 * small


def test_triggers_find_nothing_on_an_empty_page() -> None:
    page = Page.from_text("", "")
    assert all(page.hit_by(rule.trigger) == [] for rule in TRIGGERED)  # type: ignore[arg-type]
    assert clean("").text == ""


def test_pulled_sentence_leaves_words_quoted_inside_a_sentence() -> None:
    """323:24 is a law article's title; the text quotes its words inside a sentence (34)."""
    raw = (CORPUS / "raw" / "323_thuvienphapluat.txt").read_text(encoding="utf-8")
    lines = {line.number: line for line in clean(raw).lines}
    assert lines[24].label == "body"
    assert "quyền tác giả, Giấy chứng nhận đăng ký quyền liên quan." in lines[34].text


def test_reread_takes_no_headline_below_a_bold_lead() -> None:
    """Read again as a page of its own, the body's first lines are bold sentences (the
    lead) and a sentence without its stop: the text has begun, none of them heads it."""
    raw = (CORPUS / "sites" / "thuvienphapluat" / "00aa3ee07573bb83.txt").read_text("utf-8")
    lines = {line.number: line for line in clean(raw).lines}
    assert lines[1].label == "title"
    assert lines[3].text.startswith("**Đáp án") and lines[3].label == "body"
    assert lines[7].text.startswith("Căn cứ theo Công văn") and lines[7].label == "body"


def test_masthead_needs_are_there_wherever_its_pattern_matches() -> None:
    """masthead is a page rule with a trigger: its literal pre-check may skip a page only
    when the pattern finds nothing there (the line rules' test above, for it)."""
    from vncleaner.rules.nav import Masthead

    trigger = Masthead.trigger
    for page in corpus_pages():
        if trigger.pattern.search(page.folded):
            assert any(need in page.folded for need in trigger.needs), page.text[:80]


def test_keyword_alt_takes_a_line_standing_alone_not_a_stacked_list() -> None:
    """Lower-case words between blank lines are a picture's alt ("trang trí nội thất",
    133:7); stacked under one another they are a list's items, and stay."""
    from vncleaner.rules.caption import KeywordAlt

    lead = "Xốp dán tường giả gạch đang được ưa chuộng trong trang trí nội thất hiện nay."
    alone = Page.from_text(*2 * (f"{lead}\n\ntrang trí nội thất\n\n{lead}",))
    stacked = Page.from_text(*2 * (f"{lead}\n\nbột năng\nbột mì\nđường cát\n\n{lead}",))
    assert [line.text for line in KeywordAlt().find(alone)] == ["trang trí nội thất"]
    assert list(KeywordAlt().find(stacked)) == []


def test_glued_author_bio_leaves_a_card_place_glued_to_its_headline() -> None:
    # 743's story cards glue a place to a headline the next line prints alone
    # ("Sa PaKhông có tuyết, Sa Pa …" over "#### Không có tuyết, Sa Pa …"): no author's box.
    lines = (CORPUS / "raw" / "743_cungphuot.txt").read_text(encoding="utf-8").split("\n")
    doc = clean("\n".join(lines[7:16]))
    assert [line.number for line in doc.lines if line.rule == "glued-author-bio"] == []
    assert "Sa Pa" in doc.lines[2].text
