"""Reading pages and writing results safely: input warnings, atomic writes.

Every file the command line writes (cleaned pages in an output folder, files that
``fix`` rewrites) is written atomically: to a temporary file in the same folder,
flushed to disk, then renamed over the target with :func:`os.replace`. A reader,
a crash or a ``kill -9`` sees either the old file or the complete new one, never
a truncated file. An interrupted write may leave its temporary file
(``.NAME.*.vncleaner-tmp``) behind; :func:`sweep_temporaries` removes those.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from vncleaner.decode import decode

TEMP_SUFFIX = ".vncleaner-tmp"
# Encodings that read the bytes exactly as written: no warning for these.
_FAITHFUL = frozenset({"str", "utf-8", "utf-8-sig", "utf-16", "utf-32"})
# Encodings whose NUL bytes are exactly the NUL characters (one byte, one character).
_BYTEWISE_NUL = frozenset({"str", "utf-8", "utf-8-sig", "cp1258", "cp1252"})


@dataclass(frozen=True)
class PageInput:
    """What to hand :func:`vncleaner.clean` for some page bytes, and what to warn about."""

    data: bytes | str
    warnings: tuple[str, ...] = ()


def page_input(data: bytes) -> PageInput:
    """Page bytes made ready to clean: NUL characters dropped, decoding problems noted.

    A page that is not clean UTF-8 is still cleaned (see :mod:`vncleaner.decode`);
    the warning says how it was read. NUL characters are not text: they are dropped.

    >>> page_input("Hà Nội".encode())
    PageInput(data=b'H\\xc3\\xa0 N\\xe1\\xbb\\x99i', warnings=())
    >>> page_input(b"H\\xe0 N\\x00am").warnings
    ('not UTF-8; cp1258 reads best', '1 NUL character removed')
    """
    decoded = decode(data)
    warnings = []
    if decoded.encoding not in _FAITHFUL:
        warnings.append(decoded.note or f"read as {decoded.encoding}")
    if decoded.replaced:
        noun = "character" if decoded.replaced == 1 else "characters"
        warnings.append(f"{decoded.note}: {decoded.replaced} {noun} replaced by U+FFFD")
    nuls = decoded.text.count("\x00")
    if not nuls:
        return PageInput(data, tuple(warnings))
    warnings.append(f"{nuls} NUL character{'' if nuls == 1 else 's'} removed")
    if decoded.encoding in _BYTEWISE_NUL:
        return PageInput(data.replace(b"\x00", b""), tuple(warnings))
    return PageInput(decoded.text.replace("\x00", ""), tuple(warnings))


def atomic_write(target: Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace ``target`` with ``data`` all at once (temporary file, fsync, rename).

    ``mode`` sets the new file's permissions; by default an existing target keeps
    its own, and a new file gets the usual ``0o666`` less the umask.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> atomic_write(folder / "a.txt", b"xin chao\\n")
    >>> (folder / "a.txt").read_bytes(), [p.name for p in folder.iterdir()]
    (b'xin chao\\n', ['a.txt'])
    """
    if mode is None:
        mode = _existing_mode(target)
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _existing_mode(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def sweep_temporaries(folders: Iterable[Path]) -> None:
    """Remove the temporary files that interrupted atomic writes left in these folders."""
    for folder in set(folders):
        for temporary in folder.glob(f".*{TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                temporary.unlink()
