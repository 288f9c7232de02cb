"""Every crash input the fuzzers found, replayed through the check that caught it.

``tests/data/fuzz_regressions/<target>/*.bin`` holds the inputs (minimised with
``python -m fuzz.minimize``), raw bytes as atheris hands them to the target;
``fuzz/properties.py`` says what each target checks. An input whose bug is not fixed
yet is listed in ``known.json`` with the function at fault and the reason: its test is a
strict xfail, so it fails the day the bug is fixed, until the entry is removed.
"""

from __future__ import annotations

import importlib.util
import itertools
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
REGRESSIONS = ROOT / "tests" / "data" / "fuzz_regressions"
KNOWN: dict[str, dict[str, str]] = json.loads((REGRESSIONS / "known.json").read_text("utf-8"))


def _load_properties() -> ModuleType:
    """``fuzz/properties.py`` by path: ``fuzz/`` is a folder at the root, not installed."""
    spec = importlib.util.spec_from_file_location(
        "fuzz_properties", ROOT / "fuzz" / "properties.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PROPERTIES = _load_properties()
INPUTS = sorted(REGRESSIONS.glob("*/*.bin"))


def _case(path: Path) -> object:
    key = path.relative_to(REGRESSIONS).as_posix()
    known = KNOWN.get(key)
    if known is None:
        return pytest.param(path, id=key)
    reason = f"{known['at_fault']}: {known['reason']}"
    return pytest.param(path, id=key, marks=pytest.mark.xfail(strict=True, reason=reason))


def test_every_known_entry_names_a_kept_input() -> None:
    kept = {path.relative_to(REGRESSIONS).as_posix() for path in INPUTS}
    assert set(KNOWN) <= kept
    assert all(path.parent.name in PROPERTIES.CHECKS for path in INPUTS)


@pytest.mark.parametrize("path", [_case(path) for path in INPUTS])
def test_crash_input_passes_its_check(path: Path) -> None:
    target = path.parent.name
    if target == "jsonl" and PROPERTIES.jsonl_module() is None:
        pytest.skip(f"{PROPERTIES.JSONL_MODULE} does not exist yet")
    PROPERTIES.CHECKS[target](path.read_bytes())


def test_checks_catch_a_broken_property() -> None:
    """The replay is only as good as the checks: stand-ins that misbehave must fail them."""
    calls = itertools.count()
    with pytest.raises(PROPERTIES.PropertyBroken, match="not deterministic"):
        PROPERTIES.check_record(
            b"\x00{}", lambda line, field: (f'{{"text": "{next(calls)}"}}', None)
        )
    with pytest.raises(PROPERTIES.PropertyBroken, match="not a JSON object"):
        PROPERTIES.check_record(b"\x00{}", lambda line, field: ("[]", None))
    with pytest.raises(PROPERTIES.PropertyBroken, match="line changed"):
        PROPERTIES.check_record(b"\x00{}", lambda line, field: ("changed", "an error"))
    assert PROPERTIES.check_record(b"\x00{}", lambda line, field: (line, "an error")) is None
