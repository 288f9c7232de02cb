"""The docs cannot go stale: the catalogue is regenerated and diffed, the guide's
commands, options, paths, links, code and thresholds are checked against the code."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from functools import cache

import pytest

from tests.conftest import ROOT
from vncleaner import catalogue, profile
from vncleaner.normalize import normalize
from vncleaner.rules import RULES

DOCS = ROOT / "docs"
GUIDE = DOCS / "guide.md"
PAGES = ["guide.md", "adding-a-rule.md", "rules.md"]
# A path in backticks that names a file or folder of the repository.
_PATH = re.compile(r"`((?:vncleaner|tests|corpus|docs)/[\w./-]*|\.pre-commit-hooks\.yaml)`")
_CODE = re.compile(r"```(\w+)\n(.*?)```", re.S)
_COMMAND = re.compile(r"python -m vncleaner((?: [^\s#|<>`]+)*)")
# The example is a row's last cell; its text may hold quotes of its own.
_EXAMPLE = re.compile(r'\| "(.*)" \((corpus/raw/[\w.-]+\.txt):(\d+)\) \|$', re.MULTILINE)


def text(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


@cache
def help_text(*command: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "vncleaner", *command, "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_rule_catalogue_is_regenerated_without_a_diff() -> None:
    assert text("rules.md") == catalogue.render()


def test_catalogue_check_command_agrees() -> None:
    assert catalogue.main(["--check"]) == 0


def test_catalogue_lists_every_rule_and_the_profile_rule() -> None:
    rules_md = text("rules.md")
    for rule in RULES:
        assert f"| `{rule.name}` | {rule.label} |" in rules_md
    assert "| `profile` | nav |" in rules_md


def test_catalogue_examples_are_the_corpus_lines_they_cite() -> None:
    examples = _EXAMPLE.findall(text("rules.md"))
    assert len(examples) >= len(RULES) // 2
    for shown, page, number in examples:
        raw = (ROOT / page).read_text(encoding="utf-8").split("\n")[int(number) - 1]
        line = catalogue.cell(normalize(raw).strip())
        prefix = shown.removesuffix("…")
        assert line.startswith(prefix), f"{page}:{number}: {line!r} is not {shown!r}"


@pytest.mark.parametrize("name", PAGES)
def test_links_and_paths_exist(name: str) -> None:
    page = text(name)
    # An escaped bracket ("\\](") shows a link's text as written: no link.
    for link in re.findall(r"(?<!\\)\]\(([^)#:]+)\)", page):
        assert (DOCS / link).exists(), link
    for path in _PATH.findall(page):
        assert (ROOT / path).exists(), path


@pytest.mark.parametrize("name", PAGES)
def test_python_snippets_parse(name: str) -> None:
    for language, code in _CODE.findall(text(name)):
        if language == "python":
            ast.parse(code)


def test_guide_commands_and_options_exist() -> None:
    commands = [match.split() for match in _COMMAND.findall(text("guide.md"))]
    assert commands
    subcommands = {"eval", "check", "fix", "learn"}
    for words in commands:
        sub = [words[0]] if words and words[0] in subcommands else []
        if words and words[0].isidentifier() and not sub and "." not in words[0]:
            pytest.fail(f"unknown subcommand in the guide: {words[0]}")
        usage = help_text(*sub)
        for option in (word for word in words if word.startswith("--")):
            assert option in usage, f"{option} is not an option of {sub or 'clean'}"


def test_guide_states_the_profile_thresholds_in_force() -> None:
    guide = " ".join(text("guide.md").split())
    assert f"(default {profile.MIN_PAGES}, `--min-pages`)" in guide
    assert f"(default {profile.MIN_SHARE}, `--min-share`)" in guide
    assert f"at most {profile.MAX_CHARS} characters" in guide
    assert f"({profile.SENTENCE_MIN_WORDS} words or more closed by a full" in guide
    assert f"longer than {profile.MAX_CHARS} characters is never removed" in guide


def test_guide_names_the_datatrove_stats_the_step_counts() -> None:
    step = pytest.importorskip("vncleaner.datatrove")
    assert f"`{step.DROPPED_EMPTY}`" in text("guide.md")
