"""Learned site profiles: what is learned, what is never learned, and what they remove."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT
from vncleaner import clean
from vncleaner.profile import (
    MAX_CHARS,
    MIN_PAGES,
    MIN_SHARE,
    Profile,
    ProfileError,
    ProfileRule,
    learn,
)
from vncleaner.rules import RULES

# Real template lines from gold pages (labelled nav) that no fixed rule catches.
# Widget lines of two sites in the corpus (207_cafef, 209_vtv) that the fixed rules keep.
TEMPLATE = ["Xem hồ sơ doanh nghiệp", "Bài đọc hay? Thả tim cho bài đọc"]
# A series intro baoquocte opens every roundup with: gold body on 059 and 060.
SERIES_INTRO = "Báo Thế giới & Việt Nam điểm một số tin quốc tế nổi bật trong ngày."
DANTRI = sorted((CORPUS / "sites" / "dantri").glob("*.txt"))
# 30 pages of one legal-news publisher; 15 end with the Q&A sign-off below, a sentence.
THUVIENPHAPLUAT = sorted((CORPUS / "sites" / "thuvienphapluat").glob("*.txt"))
SIGN_OFF = "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây."
# The invitation rule now names the sign-off; without it, the sign-off stands for a
# site's template line that no rule knows, which is what a profile is for.
BLIND_TO_SIGN_OFF = tuple(rule for rule in RULES if rule.name != "invitation")
TABLE_OF_CONTENTS = "### Nội dung chính"
ADAYROI = sorted((CORPUS / "sites" / "adayroi-jp").glob("*.txt"))


def raw(stem: str) -> str:
    return (CORPUS / "raw" / f"{stem}.txt").read_text(encoding="utf-8")


def site_pages() -> dict[str, list[str]]:
    """The corpus pages grouped by site, as corpus/SOURCES.md names them.

    A page printed again by another converter is the same article, not another page of
    its site: only the first copy counts.
    """
    sites: dict[str, list[str]] = defaultdict(list)
    for row in (CORPUS / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        found = re.match(r"\| raw/(\S+)\.txt \| ([^ (|]+) \|", row)
        if found and "corpus/tools/innertext.py" not in row:
            sites[found.group(2)].append(found.group(1))
    return {site: stems for site, stems in sites.items() if len(stems) >= 2}


def gold_body(stem: str) -> set[int]:
    rows = (CORPUS / "gold" / f"{stem}.labels.tsv").read_text(encoding="utf-8").splitlines()
    return {int(row.split("\t")[0]) for row in rows if row.split("\t")[1] == "body"}


def with_template(page: str) -> str:
    return "\n\n".join([page, *TEMPLATE])


def test_defaults_are_the_documented_thresholds() -> None:
    profile = learn([])
    assert (profile.min_pages, profile.min_share, profile.max_chars) == (
        MIN_PAGES,
        MIN_SHARE,
        MAX_CHARS,
    )
    assert profile.lines == {} and profile.pages == 0


def test_a_line_needs_min_pages_and_min_share() -> None:
    pages = [f"Trang {n}\nTin nóng" if n < 3 else f"Trang {n}" for n in range(10)]
    assert learn(pages, min_pages=3, min_share=0.3).lines == {"Tin nóng": 3}
    assert learn(pages, min_pages=4, min_share=0.1).lines == {}
    assert learn(pages, min_pages=1, min_share=0.4).lines == {}


def test_a_line_counts_once_per_page_and_white_space_does_not_matter() -> None:
    pages = ["Tin  nóng\nTin nóng\n  Tin nóng", "Tin nóng ", "Bài khác"]
    assert learn(pages, min_pages=2, min_share=0.5).lines == {"Tin nóng": 2}


def test_a_page_fetched_twice_counts_once() -> None:
    page = raw("009_dantri")
    assert learn([page, page, page], min_pages=2, min_share=0.5) == learn(
        [page], min_pages=2, min_share=0.5
    )
    assert learn([page, page.encode()], min_pages=1, min_share=1.0).pages == 1


def test_long_lines_and_sentences_are_never_learned() -> None:
    long_line = "Mời quý độc giả " + "đón đọc " * 20
    pages = [f"{long_line}\n{SERIES_INTRO}\nBài {n}" for n in range(6)]
    assert learn(pages, min_pages=2, min_share=0.1).lines == {}


def test_a_sentence_closing_the_pages_it_is_on_is_learned_as_a_footer() -> None:
    footer = [f"Bài {n} nói về một chuyện khác hẳn.\n{SIGN_OFF}" for n in range(5)]
    opener = [f"{SIGN_OFF}\nBài {n} nói về một chuyện khác hẳn." for n in range(5)]
    assert learn(footer).lines == {SIGN_OFF: 5}
    assert learn(opener).lines == {}
    # At the foot of fewer than FOOT_SHARE of its pages, it is the article speaking.
    assert learn(footer[:3] + opener[:2]).lines == {}


def test_the_series_intro_of_baoquocte_stays_body() -> None:
    stems = ["059_baoquocte", "060_baoquocte"]
    profile = learn([raw(stem) for stem in stems], min_pages=2, min_share=0.5)
    for stem in stems:
        kept = clean(raw(stem), profile=profile).paragraphs
        assert SERIES_INTRO in kept


def test_bad_thresholds_are_refused() -> None:
    with pytest.raises(ValueError):
        learn([], min_pages=0)
    with pytest.raises(ValueError):
        learn([], min_share=1.5)


def test_profile_removes_learned_lines_the_fixed_rules_miss() -> None:
    pages = [with_template(path.read_text(encoding="utf-8")) for path in DANTRI]
    for line in TEMPLATE:
        assert line in clean(pages[0]).paragraphs  # the fixed rules keep it
    profile = learn(pages)  # six pages, default thresholds
    assert set(profile.lines) == set(TEMPLATE)
    for page, path in zip(pages, DANTRI, strict=True):
        doc = clean(page, profile=profile)
        removed = {(line.text, line.label, line.rule) for line in doc.removed}
        assert {(line, "nav", "profile") for line in TEMPLATE} <= removed
        assert doc.paragraphs == clean(path.read_text(encoding="utf-8")).paragraphs


def test_profile_runs_after_the_fixed_rules() -> None:
    page = "Sáng nay, trời mưa to ở Hà Nội khiến nhiều tuyến phố ngập sâu.\n\nTheo TTXVN"
    profile = Profile({"Theo TTXVN": 9}, pages=10)
    doc = clean(page, profile=profile)
    assert doc.source == "TTXVN"
    assert [line.rule for line in doc.removed] == ["source-line"]


def test_long_lines_are_kept_whatever_the_file_says(tmp_path: Path) -> None:
    page = DANTRI[0].read_text(encoding="utf-8")
    long_line = page.splitlines()[1]
    assert len(long_line) > MAX_CHARS
    path = tmp_path / "p.json"
    rows = [{"text": long_line, "pages": 9}]
    limits = {"format": 1, "pages": 9, "min_pages": 2, "min_share": 0.1, "max_chars": 10_000}
    path.write_text(json.dumps({**limits, "lines": rows}), encoding="utf-8")
    doc = clean(page, profile=Profile.load(path))
    assert long_line in doc.paragraphs
    assert "profile" not in {line.rule for line in doc.lines}


def test_profile_matches_under_any_tone_style() -> None:
    profile = Profile({"Hoà bình thuỷ lợi": 9}, pages=10)
    for tone in ("keep", "first-vowel", "main-vowel"):
        doc = clean("Hoà bình thuỷ lợi", profile=profile, tone=tone)  # type: ignore[arg-type]
        assert [line.rule for line in doc.lines] == ["profile"]


def test_save_and_load_keep_lines_thresholds_and_page_count(tmp_path: Path) -> None:
    profile = learn([with_template(f"Bài {n}") for n in range(7)], min_pages=3, min_share=0.25)
    path = tmp_path / "site.json"
    profile.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["pages"] == 7 and data["min_pages"] == 3 and data["min_share"] == 0.25
    assert data["max_chars"] == MAX_CHARS
    assert {row["text"]: row["pages"] for row in data["lines"]} == dict.fromkeys(TEMPLATE, 7)
    assert Profile.load(path) == profile


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read"), ("{", "not JSON"), ('{"lines": []}', "not a vncleaner profile")],
)
def test_bad_profile_files_give_one_line_reasons(
    tmp_path: Path, content: str | None, message: str
) -> None:
    path = tmp_path / "p.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ProfileError, match=message) as error:
        Profile.load(path)
    assert "\n" not in str(error.value)


def test_profile_rule_is_not_a_default_rule() -> None:
    assert all(not isinstance(rule, ProfileRule) for rule in RULES)
    assert "profile" not in {rule.name for rule in RULES}


@pytest.mark.parametrize("site", sorted(site_pages()))
def test_no_gold_body_line_lost_on_corpus_sites(site: str) -> None:
    stems = site_pages()[site]
    profile = learn([raw(stem) for stem in stems], min_pages=2, min_share=0.5)
    for stem in stems:
        if not (CORPUS / "gold" / f"{stem}.labels.tsv").exists():
            continue
        lost = {
            line.number
            for line in clean(raw(stem), profile=profile).lines
            if line.rule == "profile"
        }
        assert not lost & gold_body(stem)


def test_a_site_template_line_is_learned_at_the_defaults() -> None:
    stems = ["307_adayroi-jp", "308_adayroi-jp"]
    pages = [path.read_text(encoding="utf-8") for path in ADAYROI] + [raw(s) for s in stems]
    profile = learn(pages)
    assert profile.pages == len(pages) == MIN_PAGES
    assert "use: true" in profile.lines
    for stem in stems:
        before = clean(raw(stem))
        after = clean(raw(stem), profile=profile)
        # The fixed rules claim the front matter first; the profile runs last.
        assert [line.rule for line in after.lines if line.text == "use: true"] == ["other-field"]
        assert before.paragraphs == after.paragraphs
        assert not {line.number for line in after.removed} & gold_body(stem)


def test_gathered_site_pages_lose_no_body() -> None:
    pages = [path.read_text(encoding="utf-8") for path in DANTRI]
    pages += [
        raw(s) for s in ("009_dantri", "010_dantri", "068_dantri", "313_dantri", "316_dantri")
    ]
    profile = learn(pages, min_pages=2, min_share=0.2)
    for page in pages:
        assert clean(page, profile=profile).paragraphs == clean(page).paragraphs


@pytest.mark.parametrize("half", [0, 1])
def test_a_profile_learned_on_half_a_site_takes_its_footer_from_the_other_half(
    half: int,
) -> None:
    pages = [path.read_text(encoding="utf-8") for path in THUVIENPHAPLUAT]
    learned, cleaned = (pages[:15], pages[15:]) if half == 0 else (pages[15:], pages[:15])
    profile = learn(learned)
    taken: list[str] = []
    for page in cleaned:
        before = clean(page, rules=BLIND_TO_SIGN_OFF)
        after = clean(page, rules=BLIND_TO_SIGN_OFF, profile=profile)
        taken += [
            line.text
            for line, was in zip(after.lines, before.lines, strict=True)
            if line.rule == "profile" and was.label == "body"
        ]
    # Every line the fixed rules kept and the profile removed is one of the site's two
    # template lines they miss (each judged by hand): the sign-off, gone from every page
    # that has it, and a table of contents' heading. No other body line goes.
    assert set(taken) <= {SIGN_OFF, TABLE_OF_CONTENTS}
    assert taken.count(SIGN_OFF) == sum(SIGN_OFF in page for page in cleaned) > 0


def test_cli_learns_a_profile_and_cleans_with_it(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    for path in DANTRI:
        (folder / path.name).write_text(
            with_template(path.read_text(encoding="utf-8")), encoding="utf-8"
        )
    profile = tmp_path / "profile.json"
    command = [sys.executable, "-m", "vncleaner"]
    learned = subprocess.run(
        [*command, "learn", str(folder), "-o", str(profile), "--min-pages", "3"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert learned.returncode == 0, learned.stderr
    assert set(Profile.load(profile).lines) == set(TEMPLATE)
    page = folder / DANTRI[0].name
    cleaned = subprocess.run(
        [*command, "--profile", str(profile), str(page)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert cleaned.returncode == 0, cleaned.stderr
    assert cleaned.stdout == clean(DANTRI[0].read_text(encoding="utf-8")).text + "\n"


def test_cli_reports_a_bad_profile_in_one_line(tmp_path: Path) -> None:
    page = CORPUS / "raw" / "009_dantri.txt"
    result = subprocess.run(
        [sys.executable, "-m", "vncleaner", "--profile", str(tmp_path / "none.json"), str(page)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
