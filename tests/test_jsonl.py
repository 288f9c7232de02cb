"""JSON Lines: ``clean_record`` and the ``--jsonl`` stream, as users run it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from pathlib import Path

from tests.conftest import CORPUS
from vncleaner.jsonl import clean_record, read_chunks

SEED = CORPUS / "raw" / "004_6c94e85687762401.txt"
LEAD = "Tổng Bí thư Tô Lâm cùng Phu nhân và đoàn đại biểu cấp cao nước ta đã tới Vientiane"
PAGE = (
    "Chính trị\n\nHà Nội đón đoàn đại biểu cấp cao nước bạn\n\nTin tức 27/01/2026 14:50\n"
    "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, "
    "mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng.\n\n"
    "Tú Linh\n\nĐọc thêm"
)
BODY = (
    "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, "
    "mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng."
)


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vncleaner", *args], input=stdin, capture_output=True, check=False
    )


def test_record_field_cleaned_and_metadata_added() -> None:
    line = json.dumps({"url": "https://x.vn/a", "text": PAGE, "lang": "vi"}, ensure_ascii=False)
    out, error = clean_record(line)
    record = json.loads(out)
    assert error is None
    assert list(record) == ["url", "text", "lang", "vncleaner"]
    assert record["url"] == "https://x.vn/a" and record["lang"] == "vi"
    assert record["text"] == BODY
    assert record["vncleaner"] == {
        "title": "Hà Nội đón đoàn đại biểu cấp cao nước bạn",
        "published": "2026-01-27T14:50:00+07:00",
        "authors": ["Tú Linh"],
        "source": None,
        "removed": {"byline": 1, "dateline": 1, "nav": 2, "title": 1},
    }


def test_other_field_and_existing_result_key() -> None:
    line = json.dumps({"vncleaner": 1, "id": 3, "content": PAGE, "n": [1.5, None]})
    out, error = clean_record(line, "content")
    record = json.loads(out)
    assert error is None
    assert list(record) == ["vncleaner", "id", "content", "n"]
    assert record["content"] == BODY and record["n"] == [1.5, None]
    assert record["vncleaner"]["authors"] == ["Tú Linh"]
    assert "\n" not in out


def test_bad_records_come_back_unchanged() -> None:
    bad = {
        '{"text": "a",': "invalid JSON",
        '["text"]': "not a JSON object",
        '"text"': "not a JSON object",
        '{"body": "x"}': 'no "text" field',
        '{"text": 5}': 'the "text" field is not a string',
        '{"text": null}': 'the "text" field is not a string',
        '{"text": "a\udcff"}': "not valid UTF-8",
    }
    for line, message in bad.items():
        out, error = clean_record(line)
        assert out == line
        assert error is not None and error.startswith(message), (line, error)


def test_lone_surrogate_escape_stays_escaped() -> None:
    out, error = clean_record('{"id": "\\ud800", "text": "Đọc thêm"}')
    assert error is None
    assert json.loads(out)["id"] == "\ud800"
    out.encode("utf-8")


def test_chunks_are_read_lazily() -> None:
    taken = []

    class Stream(io.BytesIO):
        def __next__(self) -> bytes:
            line = super().__next__()
            taken.append(line)
            return line

    chunks = read_chunks([("s", Stream(b"{}\n" * 1000))], size=10)
    first = next(chunks)
    assert first.lines == (b"{}",) * 10 and first.start == 1
    assert len(taken) == 10
    assert next(chunks).start == 11


def _stream(count: int, bad: dict[int, str]) -> bytes:
    pages = sorted((CORPUS / "raw").glob("*.txt"))
    lines = []
    for number in range(1, count + 1):
        if number in bad:
            lines.append(bad[number])
            continue
        page = pages[number % len(pages)].read_text(encoding="utf-8")
        text = "\n".join(page.split("\n")[:12])
        lines.append(json.dumps({"n": number, "text": text}, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_600_records_3_bad_same_output_with_1_and_2_workers() -> None:
    bad = {7: '{"n": 7, "text": ', 300: '[300, "text"]', 599: '{"n": 599, "body": "x"}'}
    stream = _stream(600, bad)
    one = run("--jsonl", "-j", "1", stdin=stream)
    two = run("--jsonl", "-j", "2", stdin=stream)
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    out = one.stdout.decode("utf-8").split("\n")
    assert out[-1] == "" and len(out) == 601
    for number, line in enumerate(out[:-1], 1):
        if number in bad:
            assert line == bad[number]
        else:
            assert json.loads(line)["n"] == number and "vncleaner" in json.loads(line)
    for result in (one, two):
        reported = [line.split(":")[:3] for line in result.stderr.decode().splitlines()]
        assert reported == [["vncleaner", " <stdin>", n] for n in ("7", "300", "599")]
    assert b"Traceback" not in one.stderr + two.stderr


def test_files_are_read_in_turn_and_named_in_reports(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text('{"text": "Đọc thêm"}\n\n', encoding="utf-8")
    second.write_bytes(b'{"text": "x\xff"}\n{"text": "Xem th\xc3\xaam"}')
    result = run("--jsonl", str(first), str(tmp_path / "missing.jsonl"), str(second))
    out = result.stdout.split(b"\n")
    assert result.returncode == 1
    assert len(out) == 5 and out[1] == b"" and out[2] == b'{"text": "x\xff"}'
    assert json.loads(out[3])["text"] == ""
    errors = result.stderr.decode().splitlines()
    assert "missing.jsonl" in errors[0] and errors[1].startswith(f"vncleaner: {second}:1: ")


def test_stream_is_written_while_still_being_read() -> None:
    """The first records come out before the input ends: nothing waits for the whole stream."""
    record = json.dumps({"text": SEED.read_text(encoding="utf-8")}, ensure_ascii=False)
    process = subprocess.Popen(
        [sys.executable, "-m", "vncleaner", "--jsonl", "-j", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None
    done_reading = threading.Event()

    def feed() -> None:
        assert process.stdin is not None
        for _ in range(1500):
            process.stdin.write(record.encode("utf-8") + b"\n")
        process.stdin.flush()
        done_reading.wait(timeout=60)
        process.stdin.close()

    writer = threading.Thread(target=feed)
    writer.start()
    first = process.stdout.readline()
    open_input = not done_reading.is_set()
    done_reading.set()
    rest = process.stdout.read()
    writer.join()
    assert process.wait(timeout=60) == 0
    assert open_input and json.loads(first)["text"].startswith(LEAD)
    assert rest.count(b"\n") == 1499


def test_cleaning_options_apply_to_records() -> None:
    record = json.dumps({"text": "Hòa bình và thủy lợi. " + BODY}, ensure_ascii=False) + "\n"
    result = run("--jsonl", "--tone", "main-vowel", stdin=record.encode())
    assert result.returncode == 0
    assert json.loads(result.stdout)["text"].startswith("Hoà bình và thuỷ lợi.")
    out, error = clean_record(record.strip(), options={"tone": "main-vowel"})
    assert error is None and json.loads(out)["text"].startswith("Hoà bình")
    for wrong in (["--format", "json"], ["--title"], ["-o", "out"]):
        refused = run("--jsonl", *wrong, stdin=record.encode())
        assert refused.returncode == 2 and refused.stdout == b"", wrong
