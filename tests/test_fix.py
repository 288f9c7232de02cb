"""``check`` and ``fix``: findings, the clean form, atomic rewrites."""

from __future__ import annotations

import signal
import stat
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

from tests.conftest import CORPUS
from vncleaner.fileio import TEMP_SUFFIX
from vncleaner.fix import Finding, fix_file, inspect

RAW = sorted((CORPUS / "raw").glob("*.txt"))
SEED = CORPUS / "raw" / "004_6c94e85687762401.txt"
BODY = (
    "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, "
    "mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng."
)
SECOND = (
    "Chiều cùng ngày, hai bên đã hội đàm và ký kết nhiều văn kiện hợp tác quan trọng "
    "trong các lĩnh vực kinh tế, giáo dục, văn hóa và du lịch giữa hai nước."
)


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes: base letters precomposed, tone marks combining, as that code page has."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    spelled = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = "".join(part for part in parts if part not in tones)
        spelled.append(unicodedata.normalize("NFC", base) + "".join(set(parts) & tones))
    return "".join(spelled).encode("cp1258")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vncleaner", *args], capture_output=True, text=True, check=False
    )


def test_clean_file_has_no_findings() -> None:
    verdict = inspect(f"{BODY}\n{SECOND}\n".encode())
    assert (verdict.findings, verdict.changed) == ((), False)


def test_removed_lines_are_found_with_label_and_rule() -> None:
    verdict = inspect(f"{BODY}\n{SECOND}\nĐọc thêm\n".encode())
    assert verdict.findings == (Finding(3, "nav", "list-header"),)
    assert verdict.fixed == f"{BODY}\n{SECOND}\n".encode()


def test_normalisation_found_with_its_kind() -> None:
    decomposed = (
        "Thu\u0309 tu\u031bo\u031b\u0301ng phát biểu chào mừng đoàn tại buổi hội đàm chiều nay."
    )
    text = f"{BODY}\n{decomposed}\n{SECOND}  \n"
    verdict = inspect(text.encode())
    assert verdict.findings == (
        Finding(2, "normalise", "nfc"),
        Finding(3, "normalise", "whitespace"),
    )
    assert verdict.fixed.decode().split("\n")[1].startswith("Thủ tướng phát biểu")


def test_tone_style_counts_as_normalisation() -> None:
    line = "Hòa bình " + BODY
    assert inspect(f"{line}\n".encode()).findings == ()
    verdict = inspect(f"{line}\n".encode(), tone="main-vowel")
    assert verdict.findings == (Finding(1, "normalise", "tone"),)
    assert verdict.fixed == f"Hoà bình {BODY}\n".encode()


def test_layout_and_encoding_are_found() -> None:
    crlf = f"{BODY}\r\n\r\n{SECOND}".encode()
    assert inspect(crlf).findings == (
        Finding(1, "layout", "line-ending"),
        Finding(2, "layout", "blank-line"),
        Finding(3, "layout", "final-newline"),
    )
    legacy = inspect(_cp1258(f"{BODY}\n"))
    assert Finding(1, "encoding", "cp1258") in legacy.findings
    assert legacy.fixed == f"{BODY}\n".encode()
    assert Finding(1, "encoding", "utf-8-sig") in inspect(f"\ufeff{BODY}\n".encode()).findings
    assert inspect(f"{BODY}\n\x00".encode()).findings == (
        Finding(2, "layout", "blank-line"),
        Finding(2, "layout", "final-newline"),
    )
    assert inspect(f"{BODY}\x00\n".encode()).findings == (Finding(1, "normalise", "nul"),)


def test_empty_file_is_clean_and_all_boilerplate_becomes_empty() -> None:
    assert inspect(b"").findings == ()
    assert inspect("Đọc thêm\nXem thêm\n".encode()).fixed == b""


def test_every_corpus_page_once_fixed_passes_check() -> None:
    for path in RAW:
        fixed = inspect(path.read_bytes()).fixed
        again = inspect(fixed)
        assert (again.findings, again.changed) == ((), False), path.name


def test_fix_file_keeps_permissions_and_follows_links(tmp_path: Path) -> None:
    target = tmp_path / "page.txt"
    target.write_bytes(SEED.read_bytes())
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert fix_file(link).changed
    assert link.is_symlink()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_bytes() == inspect(SEED.read_bytes()).fixed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "page.txt"]


def test_check_then_fix_then_check_from_the_command_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SEED.read_bytes())
    clean = tmp_path / "clean.txt"
    clean.write_text(f"{BODY}\n", encoding="utf-8")
    before = run("check", str(page), str(clean))
    assert before.returncode == 1
    assert f"{page}:11: image (image-stub)" in before.stdout.splitlines()
    assert f"{page}:1: nav (header)" in before.stdout.splitlines()
    assert str(clean) not in before.stdout
    assert page.read_bytes() == SEED.read_bytes()
    fixed = run("fix", str(tmp_path))
    assert fixed.returncode == 1 and fixed.stdout.startswith(f"{page}: fixed")
    assert clean.read_text(encoding="utf-8") == f"{BODY}\n"
    assert (run("check", str(page)).returncode, run("fix", str(page)).returncode) == (0, 0)


def test_check_missing_file_is_named_and_others_checked(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text(f"{BODY}\n", encoding="utf-8")
    result = run("check", str(tmp_path / "gone.txt"), str(clean))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "gone.txt" in result.stderr


def test_fix_killed_mid_run_leaves_no_truncated_file(tmp_path: Path) -> None:
    """SIGKILL at many moments of a fix run: each file is the original or the fixed text."""
    originals = {f"{i:02d}_{path.name}": path.read_bytes() for i, path in enumerate(RAW * 2)}
    fixed = {name: inspect(data).fixed for name, data in originals.items()}
    changed = [name for name in originals if fixed[name] != originals[name]]
    states = set()
    for attempt, delay in enumerate((0.4, 0.7, 1.0, 1.3, 1.6)):
        folder = tmp_path / str(attempt)
        folder.mkdir()
        for name, data in originals.items():
            (folder / name).write_bytes(data)
        process = subprocess.Popen(
            [sys.executable, "-m", "vncleaner", "fix", str(folder)], stdout=subprocess.DEVNULL
        )
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        done = 0
        for name in originals:
            now = (folder / name).read_bytes()
            assert now in (originals[name], fixed[name]), name
            done += now == fixed[name] != originals[name]
        states.add("partial" if 0 < done < len(changed) else "whole")
        assert all(p.name.endswith(TEMP_SUFFIX) or p.name in originals for p in folder.iterdir())
    assert "partial" in states, "no kill landed while fix was running"
