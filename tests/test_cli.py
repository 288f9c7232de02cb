"""The command line, run as users run it: a subprocess with real files and pipes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS

SEED = CORPUS / "raw" / "004_6c94e85687762401.txt"


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vncleaner", *args], input=stdin, capture_output=True, check=False
    )


def test_stdin_to_body() -> None:
    result = run(stdin=SEED.read_bytes())
    lines = result.stdout.decode().splitlines()
    assert result.returncode == 0
    assert lines[0].startswith("Tổng Bí thư Tô Lâm cùng Phu nhân")
    assert "tham-lao-518.jpg" not in lines and "Theo Văn Hiếu/VOV" not in lines


def test_title_flag_prints_title_then_blank_line() -> None:
    lines = run("--title", str(SEED)).stdout.decode().split("\n")
    assert (
        lines[0] == "Tổng Bí thư Tô Lâm tới Vientiane, bắt đầu các hoạt động thăm cấp Nhà nước Lào"
    )
    assert lines[1] == ""


def test_json_one_object_per_input() -> None:
    out = run("--format", "json", str(SEED), str(SEED)).stdout.decode().splitlines()
    assert len(out) == 2
    doc = json.loads(out[0])
    assert doc["authors"] == ["Văn Hiếu"] and doc["source"] == "VOV"


def test_labels_view_lists_every_nonblank_line() -> None:
    out = run("--format", "labels", str(SEED)).stdout.decode().splitlines()
    nonblank = [n for n, line in enumerate(SEED.read_text().split("\n"), 1) if line.strip()]
    assert [int(row.split("\t")[0]) for row in out] == nonblank
    assert "11\timage\timage-stub\ttham-lao-518.jpg" in out


def test_empty_input_gives_empty_output() -> None:
    result = run()
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")


def test_usage_error_is_one_line_exit_2() -> None:
    result = run("--format", "xml")
    assert result.returncode == 2
    assert len(result.stderr.decode().strip().splitlines()) == 1
    assert b"Traceback" not in result.stderr


def test_missing_file_exit_1(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert b"nope.txt" in result.stderr and b"Traceback" not in result.stderr


def test_eval_check_passes_on_corpus() -> None:
    result = run("eval", str(CORPUS), "--check", str(CORPUS / "eval-floors.json"))
    assert result.returncode == 0, result.stderr
    assert b"token_f1" in result.stdout
