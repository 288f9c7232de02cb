"""The pre-commit hooks, end to end with the real ``pre-commit`` tool.

pre-commit installs hooks from a commit of their repository, so this test runs the
hook definitions and code committed at this repository's HEAD, not uncommitted
changes. The first run builds the hooks' environment (a virtualenv with vncleaner
installed from PyPI packages), which pre-commit caches for later runs.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT
from vncleaner.fix import inspect

SEED = CORPUS / "raw" / "004_6c94e85687762401.txt"
BODY = (
    "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, "
    "mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng.\n"
)
# Building the hooks' environment the first time installs packages: allow for it.
INSTALL_SECONDS = 900


def _git(*args: str, cwd: Path) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def _pre_commit(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=INSTALL_SECONDS,
    )


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """A git repository of articles whose config points at this repository's HEAD."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if importlib.util.find_spec("pre_commit") is None:
        pytest.skip("pre-commit is not installed (pip install -e '.[test]')")
    rev = _git("rev-parse", "HEAD", cwd=ROOT)
    committed = subprocess.run(
        ["git", "cat-file", "-e", f"{rev}:.pre-commit-hooks.yaml"], cwd=ROOT, check=False
    )
    assert committed.returncode == 0, "commit .pre-commit-hooks.yaml: pre-commit reads HEAD"
    repo = tmp_path / "articles"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {ROOT}\n  rev: {rev}\n"
        "  hooks:\n  - id: vncleaner-check\n  - id: vncleaner-fix\n",
        encoding="utf-8",
    )
    (repo / "clean.txt").write_text(BODY, encoding="utf-8")
    (repo / "page.txt").write_bytes(SEED.read_bytes())
    (repo / "notes.md").write_text("Đọc thêm\n\n  notes  \n", encoding="utf-8")
    _git("add", "-A", cwd=repo)
    return repo


@pytest.mark.slow
def test_check_fails_fix_rewrites_then_check_passes(articles: Path) -> None:
    check = _pre_commit("run", "vncleaner-check", "--all-files", cwd=articles)
    assert check.returncode == 1, check.stdout + check.stderr
    assert "page.txt:11: image (image-stub)" in check.stdout
    assert "clean.txt" not in check.stdout and "notes.md" not in check.stdout

    fix = _pre_commit("run", "vncleaner-fix", "--all-files", cwd=articles)
    assert fix.returncode == 1, fix.stdout + fix.stderr
    assert "files were modified by this hook" in fix.stdout
    assert (articles / "page.txt").read_bytes() == inspect(SEED.read_bytes()).fixed
    assert (articles / "clean.txt").read_text(encoding="utf-8") == BODY
    assert (articles / "notes.md").read_text(encoding="utf-8") == "Đọc thêm\n\n  notes  \n"

    _git("add", "-A", cwd=articles)
    again = _pre_commit("run", "--all-files", cwd=articles)
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.count("Passed") == 2
