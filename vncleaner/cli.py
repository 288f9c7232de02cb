"""The command line: ``python -m vncleaner [FILE ...]`` and ``python -m vncleaner eval [DIR]``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from vncleaner.document import Document
from vncleaner.pipeline import clean

FORMATS = ("text", "json", "labels")
DEFAULT_CORPUS = Path("corpus")
DEFAULT_FLOORS = DEFAULT_CORPUS / "eval-floors.json"
# ANSI colours of the explain view, one per label.
_COLOURS = {
    "body": "",
    "title": "\033[1;34m",
    "dateline": "\033[36m",
    "byline": "\033[35m",
    "nav": "\033[90m",
    "related": "\033[33m",
    "caption": "\033[32m",
    "image": "\033[90m",
    "slug": "\033[31m",
}
_RESET = "\033[0m"


class UsageError(Exception):
    """A command line that cannot be run as given."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _clean_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m vncleaner",
        description="Clean scraped Vietnamese news pages: print the article body.",
        epilog="Also: python -m vncleaner eval [DIR] scores the cleaner on a gold corpus.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="pages to clean (default: stdin)")
    parser.add_argument("--format", choices=FORMATS, default="text", help="output (default: text)")
    parser.add_argument("--title", action="store_true", help="print the title, then a blank line")
    return parser


def _eval_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m vncleaner eval", description="Score against gold labels.")
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS, metavar="DIR")
    parser.add_argument("--check", type=Path, metavar="FLOORS", help="fail below these floors")
    parser.add_argument("--errors", action="store_true", help="list every line labelled wrong")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser


def _read(files: Sequence[str]) -> Iterator[bytes]:
    if not files:
        yield sys.stdin.buffer.read()
        return
    for name in files:
        try:
            yield Path(name).read_bytes()
        except OSError as error:
            raise FileNotFoundError(f"cannot read {name}: {error.strerror or error}") from error


def render(doc: Document, fmt: str, *, title: bool = False, colour: bool = False) -> str:
    """One cleaned page in the chosen format, ending with a newline unless empty."""
    if fmt == "json":
        return json.dumps(doc.to_dict(), ensure_ascii=False) + "\n"
    if fmt == "labels":
        rows = [
            _label_row(line.number, line.label, line.rule, line.text, colour) for line in doc.lines
        ]
        return "".join(row + "\n" for row in rows)
    head = f"{doc.title}\n\n" if title and doc.title else ""
    return head + "".join(paragraph + "\n" for paragraph in doc.paragraphs)


def _label_row(number: int, label: str, rule: str, text: str, colour: bool) -> str:
    row = f"{number}\t{label}\t{rule}\t{text}"
    return f"{_COLOURS[label]}{row}{_RESET}" if colour and _COLOURS[label] else row


def _run_clean(args: argparse.Namespace, out: TextIO) -> int:
    colour = args.format == "labels" and out.isatty() and "NO_COLOR" not in os.environ
    for data in _read(args.files):
        out.write(render(clean(data), args.format, title=args.title, colour=colour))
    return 0


def _run_eval(args: argparse.Namespace, out: TextIO) -> int:
    from vncleaner.evaluate import check_floors, evaluate, format_report

    if not (args.folder / "gold").is_dir():
        raise UsageError(f"{args.folder} has no gold/ folder")
    score = evaluate(args.folder)
    rates = score.report()
    out.write(json.dumps(rates, indent=1) + "\n" if args.json else format_report(score) + "\n")
    if args.errors:
        out.write("\n".join(score.errors) + "\n")
    if args.check is None:
        return 0
    failures = check_floors(rates, json.loads(args.check.read_text(encoding="utf-8")))
    for failure in failures:
        print(f"vncleaner eval: {failure}", file=sys.stderr)
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 failure, 2 usage error)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["eval"]:
            return _run_eval(_eval_parser().parse_args(argv[1:]), sys.stdout)
        return _run_clean(_clean_parser().parse_args(argv), sys.stdout)
    except UsageError as error:
        print(f"vncleaner: {error}", file=sys.stderr)
        return 2
    except FileNotFoundError as error:
        print(f"vncleaner: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from
        # complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
