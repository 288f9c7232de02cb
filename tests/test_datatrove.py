"""The datatrove step on corpus pages, in datatrove's own local executor with two tasks."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORPUS
from vncleaner import clean
from vncleaner.profile import Profile

pytest.importorskip("datatrove")
pytest.importorskip("orjson")

from datatrove.data import Document as DatatroveDocument
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from vncleaner.datatrove import DROPPED_EMPTY, VnCleanerStep

# Two input files, so that each of the two tasks reads one.
SHARDS = {
    "a.jsonl": ["004_6c94e85687762401", "009_dantri", "059_baoquocte"],
    "b.jsonl": ["027_vnexpress", "054_zingnews"],
}
# A page with no article in it: a menu and a list header.
EMPTY_PAGE = "Trang chủ\n\nThời sự\n\nĐọc thêm\n"


def raw(stem: str) -> str:
    return (CORPUS / "raw" / f"{stem}.txt").read_text(encoding="utf-8")


def write_inputs(folder: Path) -> None:
    folder.mkdir()
    for name, stems in SHARDS.items():
        rows = [{"id": stem, "text": raw(stem)} for stem in stems]
        if name == "b.jsonl":
            rows.append({"id": "empty", "text": EMPTY_PAGE})
        lines = [json.dumps(row, ensure_ascii=False) for row in rows]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_outputs(folder: Path) -> dict[str, dict[str, Any]]:
    rows = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                rows[row["id"]] = row
    return rows


def step_stats(logs: Path) -> dict[str, Any]:
    stats = json.loads((logs / "stats.json").read_text(encoding="utf-8"))
    step = next(entry for entry in stats if "vncleaner" in entry["name"])
    # datatrove saves a stat updated once as a bare number, else as a summary.
    return {
        key: value if isinstance(value, int) else value["total"]
        for key, value in step["stats"].items()
    }


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict[str, Any]], Path]:
    root = tmp_path_factory.mktemp("datatrove")
    write_inputs(root / "in")
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(root / "in")),
            VnCleanerStep(),
            JsonlWriter(str(root / "out")),
        ],
        tasks=2,
        logging_dir=str(root / "logs"),
    ).run()
    return read_outputs(root / "out"), root / "logs"


def test_text_is_the_cleaned_body_and_metadata_the_pages(
    run: tuple[dict[str, dict[str, Any]], Path],
) -> None:
    rows, _ = run
    stems = [stem for shard in SHARDS.values() for stem in shard]
    assert sorted(rows) == sorted(stems)
    for stem in stems:
        doc = clean(raw(stem))
        metadata = rows[stem]["metadata"]
        assert rows[stem]["text"] == doc.text
        assert metadata["title"] == doc.title
        assert metadata["authors"] == doc.authors
        assert metadata["source"] == doc.source
        assert metadata["published"] == (doc.published.isoformat() if doc.published else None)


def test_seed_page_metadata_in_output(run: tuple[dict[str, dict[str, Any]], Path]) -> None:
    rows, _ = run
    gold = json.loads(
        (CORPUS / "gold" / "004_6c94e85687762401.meta.json").read_text(encoding="utf-8")
    )
    assert rows["004_6c94e85687762401"]["metadata"]["title"] == gold["title"]


def test_empty_body_is_dropped_and_counted(run: tuple[dict[str, dict[str, Any]], Path]) -> None:
    rows, logs = run
    assert "empty" not in rows
    stats = step_stats(logs)
    assert stats["total"] == 6
    assert stats["forwarded"] == 5
    assert stats["dropped"] == 1
    assert stats[DROPPED_EMPTY] == 1
    pages = [raw(stem) for shard in SHARDS.values() for stem in shard] + [EMPTY_PAGE]
    removed = [line.label for page in pages for line in clean(page).removed]
    for label in set(removed):
        assert stats[f"removed_{label}"] == removed.count(label)


def test_step_takes_a_profile_path(tmp_path: Path) -> None:
    path = tmp_path / "site.json"
    Profile({"Theo dõi chúng tôi trên Zalo": 9}, pages=10).save(path)
    step = VnCleanerStep(profile=path)
    page = raw("004_6c94e85687762401") + "\n\nTheo dõi chúng tôi trên Zalo\n"
    [out] = list(step.run([DatatroveDocument(text=page, id="p")]))
    assert "Zalo" not in out.text
    assert out.text == clean(raw("004_6c94e85687762401")).text


def test_bad_profile_path_fails_when_the_step_is_built(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="cannot read"):
        VnCleanerStep(profile=tmp_path / "missing.json")
