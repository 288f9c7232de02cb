"""Many pages: which files a folder gives, where results go, workers and order."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import CORPUS
from vncleaner.batch import BatchError, Progress, Source, find_sources, output_paths
from vncleaner.workers import ordered_map

RAW = sorted((CORPUS / "raw").glob("*.txt"))


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vncleaner", *args], capture_output=True, check=False
    )


def _tree(root: Path, names: list[str]) -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("Hà Nội\n", encoding="utf-8")


def test_folder_gives_page_files_sorted_skipping_hidden_and_output(tmp_path: Path) -> None:
    _tree(
        tmp_path,
        ["b.txt", "a.HTML", "c.htm", "notes.md", ".hidden.txt", ".git/x.txt", "out/o.txt",
         "sub/z.txt", "sub/deeper/y.html"],
    )  # fmt: skip
    found = find_sources([str(tmp_path)], skip=tmp_path / "out")
    assert [str(s.relative) for s in found] == [
        "a.HTML", "b.txt", "c.htm", "sub/z.txt", "sub/deeper/y.html"
    ]  # fmt: skip
    assert found[0].path == tmp_path / "a.HTML"


def test_file_arguments_are_taken_whatever_their_name(tmp_path: Path) -> None:
    _tree(tmp_path, ["page.md"])
    missing = tmp_path / "gone.txt"
    found = find_sources([str(tmp_path / "page.md"), str(missing)])
    assert found == [
        Source(tmp_path / "page.md", Path("page.md")),
        Source(missing, Path("gone.txt")),
    ]


def test_outputs_mirror_inputs_with_the_format_suffix(tmp_path: Path) -> None:
    sources = [
        Source(Path("in/a.html"), Path("a.html")),
        Source(Path("in/s/b.txt"), Path("s/b.txt")),
    ]
    out = tmp_path / "out"
    assert output_paths(sources, out, "text") == [out / "a.txt", out / "s/b.txt"]
    assert output_paths(sources, out, "json") == [out / "a.json", out / "s/b.json"]
    assert output_paths(sources, out, "labels") == [out / "a.tsv", out / "s/b.tsv"]


def test_outputs_that_collide_or_overwrite_inputs_are_refused(tmp_path: Path) -> None:
    twins = [Source(Path("x/a.txt"), Path("a.txt")), Source(Path("y/a.html"), Path("a.html"))]
    with pytest.raises(BatchError, match="would both be written to"):
        output_paths(twins, tmp_path, "text")
    page = tmp_path / "a.txt"
    with pytest.raises(BatchError, match="would overwrite the input"):
        output_paths([Source(page, Path("a.txt"))], tmp_path, "text")


def test_ordered_map_keeps_order_across_workers() -> None:
    numbers = list(range(-50, 50))
    assert list(ordered_map(abs, numbers, jobs=2, window=3)) == [abs(n) for n in numbers]
    assert list(ordered_map(abs, numbers, jobs=1)) == [abs(n) for n in numbers]


def test_ordered_map_takes_at_most_a_window_ahead() -> None:
    taken: list[int] = []

    def items() -> Iterator[int]:
        for number in range(1000):
            taken.append(number)
            yield number

    results = ordered_map(abs, items(), jobs=2, window=5)
    assert next(results) == 0
    assert 2 <= len(taken) <= 5
    results.close()


def test_ordered_map_raises_when_a_worker_dies() -> None:
    # os._exit ends the worker at once, as the kernel's OOM killer would: a Pool loses
    # the item and waits for ever, so the check runs in a process with a deadline.
    code = (
        "import os\n"
        "from vncleaner.workers import WorkerDied, ordered_map\n"
        "try:\n"
        "    list(ordered_map(os._exit, [9, 9, 9], jobs=2))\n"
        "except WorkerDied as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout == "a worker process died before returning its result\n"
    assert result.returncode == 0


def test_progress_bar_drawn_only_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    bar = Progress(4, screen, width=8, interval=0.0)
    bar.advance()
    bar.advance(3)
    bar.close()
    assert screen.getvalue() == "\r[##      ] 1/4 files\r[########] 4/4 files\n"
    pipe = io.StringIO()
    quiet = Progress(4, pipe, interval=0.0)
    quiet.advance(4)
    quiet.close()
    assert pipe.getvalue() == ""


def test_folder_to_output_folder_same_with_one_and_two_workers(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    for path in RAW[:6]:
        (pages / "sub").mkdir(parents=True, exist_ok=True)
        (pages / "sub" / path.name).write_bytes(path.read_bytes())
    (pages / "top.html").write_bytes(RAW[6].read_bytes())
    one = run(str(pages), "-o", str(tmp_path / "one"), "-j", "1")
    two = run(str(pages), "-o", str(tmp_path / "two"), "-j", "2", "--format", "json")
    assert (one.returncode, one.stdout, one.stderr) == (0, b"", b"")
    assert two.returncode == 0
    written = sorted(
        str(p.relative_to(tmp_path / "one")) for p in (tmp_path / "one").rglob("*.txt")
    )
    assert written == sorted([f"sub/{p.name}" for p in RAW[:6]] + ["top.txt"])
    for path in RAW[:6]:
        text = (tmp_path / "one" / "sub" / path.name).read_text(encoding="utf-8")
        assert text.endswith("\n") and "\n\n" not in text
        json_path = (tmp_path / "two" / "sub" / path.name).with_suffix(".json")
        assert json_path.read_text(encoding="utf-8").startswith('{"title": ')
    seed = (tmp_path / "one" / "top.txt").read_text(encoding="utf-8")
    assert seed == run(str(RAW[6])).stdout.decode()


def test_stdout_in_argument_order_with_workers() -> None:
    pages = [str(p) for p in reversed(RAW[:8])]
    alone = run("-j", "1", *pages)
    together = run("-j", "2", *pages)
    assert together.returncode == 0 and together.stdout == alone.stdout
    assert together.stdout.startswith(run(pages[0]).stdout)
    assert together.stdout.endswith(run(pages[-1]).stdout)
