"""Shrink a crash input while it still fails the same way (same exception and message).

``python -m fuzz.minimize TARGET CRASH_FILE [OUT_FILE]`` deletes ever smaller chunks of
the input (delta debugging), then tries each byte as a space; a few seconds for inputs
of a few kilobytes, and no atheris needed. Prints the result and writes it to OUT_FILE.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from fuzz.properties import CHECKS


def failure(check: Callable[[bytes], None], data: bytes) -> str | None:
    """How ``check`` fails on ``data`` ("ExceptionType: message"), or None if it passes."""
    try:
        check(data)
    except Exception as error:
        return f"{type(error).__name__}: {error}"
    return None


def _drop_chunks(data: bytes, fails: Callable[[bytes], bool]) -> bytes:
    size = len(data) // 2
    while size >= 1:
        start = 0
        while start < len(data):
            shorter = data[:start] + data[start + size :]
            if fails(shorter):
                data = shorter
            else:
                start += size
        size //= 2
    return data


def _simplify_bytes(data: bytes, fails: Callable[[bytes], bool]) -> bytes:
    for index in range(1, len(data)):
        simpler = data[:index] + b" " + data[index + 1 :]
        if data[index] != ord(" ") and fails(simpler):
            data = simpler
    return data


def minimize(check: Callable[[bytes], None], data: bytes) -> bytes:
    """The smallest input found that fails ``check`` exactly as ``data`` does."""
    wanted = failure(check, data)
    if wanted is None:
        raise ValueError("the input does not fail this check")

    def fails(candidate: bytes) -> bool:
        return failure(check, candidate) == wanted

    return _simplify_bytes(_drop_chunks(data, fails), fails)


def main(argv: list[str]) -> int:
    """Command line: target name, crash file, optional output file."""
    if len(argv) not in (2, 3) or argv[0] not in CHECKS:
        print(f"usage: python -m fuzz.minimize {{{','.join(CHECKS)}}} CRASH [OUT]", file=sys.stderr)
        return 2
    check = CHECKS[argv[0]]
    data = Path(argv[1]).read_bytes()
    try:
        small = minimize(check, data)
    except ValueError as error:
        print(f"fuzz.minimize: {error}", file=sys.stderr)
        return 1
    print(f"{len(data)} -> {len(small)} bytes: {small!r}\n{failure(check, small)}")
    if len(argv) == 3:
        Path(argv[2]).write_bytes(small)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
