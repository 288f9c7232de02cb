"""The command line, run as users run it: a subprocess with real files and pipes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

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


# The error contract: every failure is one line on stderr, never a traceback.

BODY = (
    "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, "
    "mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng."
)


def test_invalid_utf8_is_repaired_with_a_one_line_warning(tmp_path: Path) -> None:
    page = tmp_path / "cut.txt"
    page.write_bytes(BODY.encode() + b"\nXin ch\xc3")
    result = run(str(page))
    assert result.returncode == 0
    assert result.stdout.decode().split("\n")[0] == BODY
    warning = result.stderr.decode()
    assert warning.count("\n") == 1 and "cut.txt" in warning and "1 character replaced" in warning


def test_legacy_code_page_is_read_with_a_warning() -> None:
    result = run(stdin="Hà Nam\n".encode("cp1258"))
    assert result.returncode == 0 and result.stdout.decode() == "Hà Nam\n"
    assert result.stderr.decode() == "vncleaner: warning: <stdin>: not UTF-8; cp1258 reads best\n"


def test_nul_bytes_are_dropped_with_a_warning() -> None:
    result = run(stdin=BODY.replace("Hà Nội", "Hà\x00 Nội").encode() + b"\n\x00\n")
    assert result.returncode == 0
    assert result.stdout.decode() == BODY + "\n"
    assert result.stderr.decode() == "vncleaner: warning: <stdin>: 2 NUL characters removed\n"


def test_closed_stdout_ends_quietly(tmp_path: Path) -> None:
    pages = [str(SEED)] * 200
    for jobs in ("1", "2"):
        process = subprocess.Popen(
            [sys.executable, "-m", "vncleaner", "-j", jobs, *pages],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        assert process.wait(timeout=60) == 0
        assert first.decode().startswith("Tổng Bí thư Tô Lâm cùng Phu nhân")
        assert process.stderr.read() == b""


def test_unreadable_input_among_several_is_named_and_others_done(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(BODY + "\n", encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.symlink_to(tmp_path / "nowhere")
    result = run(str(SEED), str(broken), str(other))
    out = result.stdout.decode().splitlines()
    assert result.returncode == 1
    assert out[0].startswith("Tổng Bí thư") and out[-1] == BODY
    assert result.stderr.decode().splitlines() == [
        f"vncleaner: cannot read {broken}: No such file or directory"
    ]


def test_unwritable_output_is_one_message_and_inputs_untouched(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run(str(page), "-o", str(blocker / "out"))
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        f"vncleaner: cannot write to {blocker / 'out'}: Not a directory"
    ]
    assert page.read_bytes() == SEED.read_bytes() and blocker.read_text(encoding="utf-8") == "x"


def test_output_over_an_input_is_a_usage_error(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    result = run(str(tmp_path), "-o", str(tmp_path))
    assert result.returncode == 2 and b"would overwrite the input" in result.stderr
    assert page.read_bytes() == SEED.read_bytes()


def test_sigint_in_worker_mode_exits_130_leaving_only_whole_files(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    # Enough pages that the run is still going when the first file lands, on a busy machine too.
    for copy in range(40):
        shutil.copytree(CORPUS / "raw", pages / f"copy{copy:02d}")
    expected = run(str(pages / "copy00"), "-o", str(tmp_path / "whole"), "-j", "1")
    assert expected.returncode == 0
    whole = {p.name: p.read_bytes() for p in (tmp_path / "whole").iterdir()}
    out = tmp_path / "out"
    process = subprocess.Popen(
        [sys.executable, "-m", "vncleaner", str(pages), "-o", str(out), "-j", "2"],
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not any(out.rglob("*.txt")) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and b"Traceback" not in stderr
    written = [p for p in out.rglob("*") if p.is_file()]
    assert 0 < len(written) < 12 * len(whole), "the interrupt did not land mid-run"
    for path in written:
        assert path.read_bytes() == whole[path.name], path
    assert not [p for p in out.rglob(".*")]


def _grandchildren(pid: int) -> list[int]:
    """The processes whose parent is a child of ``pid`` (the workers a forkserver starts)."""

    def children(parent: int) -> list[int]:
        path = Path(f"/proc/{parent}/task/{parent}/children")
        return [int(child) for child in path.read_text().split()] if path.exists() else []

    return [grandchild for child in children(pid) for grandchild in children(child)]


def test_a_killed_worker_is_one_message_and_whole_records(tmp_path: Path) -> None:
    if not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists():
        pytest.skip("needs /proc/PID/task/TID/children to find the workers")
    pages = [path.read_text(encoding="utf-8") for path in sorted((CORPUS / "raw").glob("*.txt"))]
    stream = tmp_path / "pages.jsonl"
    records = [json.dumps({"id": n, "text": page}) for n, page in enumerate(pages * 20)]
    stream.write_text("\n".join(records) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with out.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "vncleaner", "--jsonl", "-j", "2", str(stream)],
            stdout=sink,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while not out.stat().st_size and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = _grandchildren(process.pid)
        assert workers, "no worker found"
        os.kill(workers[0], signal.SIGKILL)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1
    assert stderr.decode().splitlines()[-1] == (
        "vncleaner: a worker process died before returning its result (killed, or out of "
        "memory?); every result before it was written"
    )
    written = out.read_text(encoding="utf-8").splitlines()
    assert 0 < len(written) < len(records), "the kill did not land mid-run"
    assert [json.loads(line)["id"] for line in written] == list(range(len(written)))


# Options.


def test_tone_option_places_marks() -> None:
    text = "Hòa bình và thủy lợi là " + BODY
    assert (
        run("--tone", "main-vowel", stdin=text.encode())
        .stdout.decode()
        .startswith("Hoà bình và thuỷ lợi")
    )
    assert (
        run("--tone", "first-vowel", stdin=text.encode())
        .stdout.decode()
        .startswith("Hòa bình và thủy lợi")
    )
    assert run("--tone", "keep", stdin="Hoà ".encode() + BODY.encode()).stdout.startswith(
        "Hoà ".encode()
    )


def test_labels_view_starts_with_repair_headers() -> None:
    page = f"Thu\u0309 tu\u031bo\u031b\u0301ng phát biểu\n\n{BODY}\nĐọc thêm\n"
    out = run("--format", "labels", stdin=page.encode()).stdout.decode().splitlines()
    assert out[0] == "# repair nfc: 1 line (1)"
    rows = [row.split("\t") for row in out[1:]]
    assert all(len(row) == 4 for row in rows)
    assert [row[0] for row in rows] == ["1", "3", "4"]
    assert rows[2] == ["4", "nav", "list-header", "Đọc thêm"]


def test_html_option_forces_markup_reading() -> None:
    fragment = f"Tin nhanh\n<p>{BODY}</p>\n"
    assert run(stdin=fragment.encode()).stdout.decode().endswith(f"<p>{BODY}</p>\n")
    assert run("--html", stdin=fragment.encode()).stdout.decode().endswith(f"\n{BODY}\n")
    page = f"<!DOCTYPE html><html><body><p>{BODY}</p></body></html>"
    assert run(stdin=page.encode()).stdout.decode() == BODY + "\n"


FOOTER = "Bạn đọc có thể gửi ý kiến đóng góp về địa chỉ thư điện tử của tòa soạn"


def test_learn_then_profile(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    for number in range(6):
        (folder / f"{number}.txt").write_text(
            f"{BODY} Bài số {number}.\n\n{FOOTER}\n",
            encoding="utf-8",
        )
    profile = tmp_path / "profile.json"
    learnt = run("learn", str(folder), "-o", str(profile), "--min-pages", "3")
    assert learnt.returncode == 0, learnt.stderr
    assert FOOTER in profile.read_text(encoding="utf-8")
    page = folder / "0.txt"
    assert run(str(page)).stdout.decode().endswith(f"\n{FOOTER}\n")
    assert run("--profile", str(profile), str(page)).stdout.decode() == f"{BODY} Bài số 0.\n"
    missing = run("--profile", str(tmp_path / "none.json"), str(page))
    assert missing.returncode == 1 and missing.stderr.decode().count("\n") == 1


def test_help_describes_every_command_and_option() -> None:
    text = run("--help").stdout.decode()
    for word in ("-o", "-j", "--format", "--title", "--tone", "--html", "--profile",
                 "--jsonl", "--field", "eval", "check", "fix", "learn", "*.txt"):  # fmt: skip
        assert word in text, word
    for command in ("eval", "check", "fix", "learn"):
        result = run(command, "--help")
        assert result.returncode == 0 and f"vncleaner {command}" in result.stdout.decode()


def test_usage_errors() -> None:
    for args in (["-j", "0"], ["-o", "out"], ["--jsonl", "-o", "out", str(SEED)], ["check"]):
        result = run(*args)
        assert result.returncode == 2, args
        assert result.stderr.decode().count("\n") == 1 and b"Traceback" not in result.stderr
