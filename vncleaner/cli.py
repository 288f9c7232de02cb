"""The command line: clean pages, JSONL streams, check and fix files, learn a profile, eval.

Exit status: 0 success; 1 when an input could not be read, cleaned or written, a
JSONL record was bad, ``check``/``fix`` found a file not in its clean form, or a
worker process died (the results before its item are written, none after);
2 on a usage error; 130 on Ctrl-C. Every failure is one line on stderr naming the
file (and line) concerned, never a traceback; the other inputs are still processed.
Warnings (a page that is not clean UTF-8, NUL characters dropped) go to stderr too
and leave the exit status alone.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NoReturn, TextIO

from vncleaner.batch import (
    BatchError,
    CleanOptions,
    PageJob,
    PageResult,
    Progress,
    clean_page,
    default_jobs,
    find_sources,
    output_paths,
)
from vncleaner.fileio import sweep_temporaries
from vncleaner.jsonl import DEFAULT_FIELD, clean_chunk, read_chunks
from vncleaner.normalize import TONE_STYLES
from vncleaner.profile import Profile, ProfileError, learn
from vncleaner.render import FORMATS, render
from vncleaner.workers import WorkerDied, ordered_map

__all__ = ["main", "render"]

DEFAULT_CORPUS = Path("corpus")
DEFAULT_FLOORS = DEFAULT_CORPUS / "eval-floors.json"
STDIN = "-"
EXIT_INTERRUPTED = 130
_PROG = "python -m vncleaner"


class UsageError(Exception):
    """A command line that cannot be run as given (exit 2)."""


class CommandError(Exception):
    """A command that cannot go on, e.g. an output folder that cannot be made (exit 1)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number of workers, got {value!r}")
    return jobs


def _clean_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=_PROG,
        description="Clean scraped Vietnamese news pages: print or write the article body.",
        epilog="Folders are walked for *.txt, *.html and *.htm (hidden entries skipped). "
        "With -o, each page's result goes to the same place under OUTDIR as under its "
        "folder argument, named .txt, .json or .tsv after --format. "
        "Other commands (each with --help): "
        "eval [DIR] scores the cleaner on a gold corpus; "
        "check FILE... lists what cleaning would change and fails if anything; "
        "fix FILE... rewrites files as their cleaned body; "
        "learn PATH... -o FILE learns a site profile. "
        "Exit status: 0 ok, 1 an input failed (the others are still done), 2 usage, 130 Ctrl-C.",
    )
    parser.add_argument(
        "files", nargs="*", metavar="PATH", help="pages or folders of pages (default or -: stdin)"
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="OUTDIR",
        help="write one file per page here, mirroring the input folders, instead of stdout",
    )  # fmt: skip
    parser.add_argument(
        "-j", "--jobs", type=_jobs, default=default_jobs(), metavar="N",
        help="worker processes (default: the number of cores); output order is kept",
    )  # fmt: skip
    parser.add_argument(
        "--format", choices=FORMATS, default="text",
        help="text: the body; json: one object per page; labels: number, label, rule, "
        "text per line, after '# repair' header lines (default: text)",
    )  # fmt: skip
    parser.add_argument("--title", action="store_true", help="print the title, then a blank line")
    parser.add_argument(
        "--tone", choices=TONE_STYLES, default="keep",
        help="tone marks in oa/oe/uy: keep them, or place them as in hòa (first-vowel) "
        "or hoà (main-vowel) (default: keep)",
    )  # fmt: skip
    parser.add_argument(
        "--html", action="store_true", help="read the input as HTML (default: detect it)"
    )
    parser.add_argument(
        "--profile", type=Path, metavar="FILE", help="a site profile made by 'learn'"
    )
    parser.add_argument(
        "--jsonl", action="store_true",
        help="read JSON Lines (stdin or files), write each record back to stdout with its "
        "--field cleaned and a 'vncleaner' object added; bad records pass through unchanged",
    )  # fmt: skip
    parser.add_argument(
        "--field", default=DEFAULT_FIELD,
        help=f"the JSONL field holding the page (default: {DEFAULT_FIELD})",
    )  # fmt: skip
    return parser


def _eval_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=f"{_PROG} eval", description="Score against gold labels.")
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS, metavar="DIR")
    parser.add_argument("--check", type=Path, metavar="FLOORS", help="fail below these floors")
    parser.add_argument("--errors", action="store_true", help="list every line labelled wrong")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    return parser


def _check_parser(command: str) -> argparse.ArgumentParser:
    what = {
        "check": "Fail (exit 1) when a file is not its own cleaned body; print FILE:LINE: "
        "WHAT (WHY) for each line that cleaning would remove or change.",
        "fix": "Rewrite each file that is not its own cleaned body as that body "
        "(atomically, permissions kept); exit 1 when a file changed.",
    }[command]
    parser = _Parser(
        prog=f"{_PROG} {command}",
        description=what,
        epilog="Folders are walked for *.txt. WHAT is a label (nav, caption, ...), cut, "
        "normalise, layout or encoding; see vncleaner.fix.",
    )
    parser.add_argument("files", nargs="+", metavar="PATH", help="text files or folders")
    parser.add_argument("--tone", choices=TONE_STYLES, default="keep", help="as for cleaning")
    return parser


def _learn_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=f"{_PROG} learn",
        description="Learn a site profile (lines that recur across a site's pages) from pages.",
    )
    parser.add_argument("files", nargs="+", metavar="PATH", help="pages or folders of pages")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE",
                        help="where to save the profile (JSON)")  # fmt: skip
    parser.add_argument("--min-pages", type=int, metavar="N",
                        help="a line must recur on at least N pages")  # fmt: skip
    parser.add_argument("--min-share", type=float, metavar="F",
                        help="... and on at least this share of the pages")  # fmt: skip
    return parser


def _say(message: str) -> None:
    print(f"vncleaner: {message}", file=sys.stderr, flush=True)


def _clean_args(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of :func:`vncleaner.clean` the options ask for."""
    wanted: dict[str, Any] = {"tone": args.tone}
    if args.html:
        wanted["html"] = True
    if args.profile is not None:
        wanted["profile"] = _load_profile(args.profile)
    return wanted


def _load_profile(path: Path) -> Profile:
    try:
        return Profile.load(path)
    except ProfileError as error:
        raise CommandError(f"bad profile: {error}") from error


def _run_clean(args: argparse.Namespace, out: TextIO) -> int:
    if args.jsonl:
        return _run_jsonl(args)
    to_terminal = out.isatty() and args.output is None
    colour = args.format == "labels" and to_terminal and "NO_COLOR" not in os.environ
    options = CleanOptions(args.format, args.title, colour, _clean_args(args))
    jobs = _page_jobs(args, options)
    # No bar over pages printed to the same terminal, nor for a single page.
    progress = Progress(len(jobs), sys.stderr) if len(jobs) > 1 and not to_terminal else None
    try:
        return _drain(jobs, args.jobs, out, progress)
    except (KeyboardInterrupt, WorkerDied):
        sweep_temporaries({job.output.parent for job in jobs if job.output is not None})
        raise


def _page_jobs(args: argparse.Namespace, options: CleanOptions) -> list[PageJob]:
    files = args.files or [STDIN]
    if args.output is None:
        return [job for name in files for job in _stdout_jobs(name, options)]
    if STDIN in files:
        raise UsageError("-o needs files or folders to read, not stdin")
    try:
        sources = find_sources(files, skip=args.output)
        outputs = output_paths(sources, args.output, args.format)
    except BatchError as error:
        raise UsageError(str(error)) from error
    _make_folder(args.output)
    return [PageJob(s.path, o, options) for s, o in zip(sources, outputs, strict=True)]


def _stdout_jobs(name: str, options: CleanOptions) -> list[PageJob]:
    if name == STDIN:
        return [PageJob(None, None, options)]
    return [PageJob(source.path, None, options) for source in find_sources([name])]


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CommandError(f"cannot write to {folder}: {error.strerror or error}") from error
    if not os.access(folder, os.W_OK):
        raise CommandError(f"cannot write to {folder}: permission denied")


def _drain(jobs: Sequence[PageJob], workers: int, out: TextIO, progress: Progress | None) -> int:
    """Run the page jobs, print their text in order and their problems; the exit status."""
    status = 0
    results = ordered_map(clean_page, jobs, jobs=min(workers, len(jobs)))
    try:
        for result in results:
            status |= _report(result, progress)
            out.write(result.text)
            if progress is not None:
                progress.advance()
    finally:
        results.close()
        if progress is not None:
            progress.close()
    return status


def _report(result: PageResult, progress: Progress | None) -> int:
    if not (result.warnings or result.error):
        return 0
    if progress is not None:
        progress.close()
    for warning in result.warnings:
        _say(f"warning: {result.name}: {warning}")
    if result.error:
        _say(result.error)
        return 1
    return 0


def _run_jsonl(args: argparse.Namespace) -> int:
    if args.output is not None:
        raise UsageError("--jsonl writes to stdout: redirect it instead of -o")
    if args.format != "text" or args.title:
        raise UsageError("--format and --title do not apply to --jsonl")
    failed: list[str] = []
    streams = _streams(args.files or [STDIN], failed)
    chunks = read_chunks(streams, args.field, options=_clean_args(args))
    out = sys.stdout.buffer
    bad = 0
    results = ordered_map(clean_chunk, chunks, jobs=args.jobs)
    progress = Progress(None, sys.stderr, unit="records", quiet=sys.stdout.isatty())
    with contextlib.closing(results), contextlib.closing(progress):
        for result in results:
            for number, outcome in result.numbered():
                out.write(outcome.line + b"\n")
                if outcome.error:
                    progress.close()
                    _say(f"{result.name}:{number}: {outcome.error}")
                    bad += 1
            progress.advance(len(result.outcomes))
    out.flush()
    return 1 if bad or failed else 0


def _streams(names: Sequence[str], failed: list[str]) -> Iterator[tuple[str, IO[bytes]]]:
    """Each named input opened in turn (``-``: stdin); the unreadable ones reported."""
    for name in names:
        if name == STDIN:
            yield "<stdin>", sys.stdin.buffer
            continue
        try:
            stream = open(name, "rb")  # noqa: SIM115 - closed below, after its lines are read
        except OSError as error:
            _say(f"cannot read {name}: {error.strerror or error}")
            failed.append(name)
            continue
        with stream:
            yield name, stream


def _run_check(args: argparse.Namespace, out: TextIO, *, write: bool) -> int:
    from vncleaner.fix import fix_file
    from vncleaner.fix import inspect as inspect_page

    status = 0
    for source in find_sources(args.files, suffixes=(".txt",)):
        try:
            if write:
                verdict = fix_file(source.path, tone=args.tone)
            else:
                verdict = inspect_page(source.path.read_bytes(), tone=args.tone)
        except OSError as error:
            _say(f"cannot {'fix' if write else 'read'} {source.path}: {error.strerror or error}")
            status = 1
            continue
        except Exception as error:  # a bug on one file must not stop the others
            _say(f"cannot check {source.path}: {type(error).__name__}: {error}")
            status = 1
            continue
        if verdict.changed and write:
            out.write(f"{source.path}: fixed ({len(verdict.findings)} findings)\n")
        elif verdict.changed:
            out.write("".join(f.format(str(source.path)) + "\n" for f in verdict.findings))
        status |= verdict.changed
    return status


def _run_learn(args: argparse.Namespace, out: TextIO) -> int:
    from vncleaner.fileio import page_input

    failed: list[str] = []

    def pages() -> Iterator[str | bytes]:
        for source in find_sources(args.files):
            try:
                data = source.path.read_bytes()
            except OSError as error:
                _say(f"cannot read {source.path}: {error.strerror or error}")
                failed.append(str(source.path))
                continue
            yield page_input(data).data

    limits = {"min_pages": args.min_pages, "min_share": args.min_share}
    try:
        profile = learn(pages(), **{k: v for k, v in limits.items() if v is not None})
        profile.save(args.output)
    except ValueError as error:
        raise UsageError(str(error)) from error
    except OSError as error:
        raise CommandError(f"cannot write {args.output}: {error.strerror or error}") from error
    return 1 if failed else 0


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
    try:
        floors = json.loads(args.check.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CommandError(f"cannot read the floors {args.check}: {error}") from error
    failures = check_floors(rates, floors)
    for failure in failures:
        print(f"vncleaner eval: {failure}", file=sys.stderr)
    return 1 if failures else 0


_COMMANDS: dict[str, tuple[Callable[[], argparse.ArgumentParser], Callable[..., int]]] = {
    "eval": (_eval_parser, _run_eval),
    "check": (lambda: _check_parser("check"), lambda a, o: _run_check(a, o, write=False)),
    "fix": (lambda: _check_parser("fix"), lambda a, o: _run_check(a, o, write=True)),
    "learn": (_learn_parser, _run_learn),
}


def _dispatch(argv: list[str]) -> int:
    parser, run = _COMMANDS.get(argv[0] if argv else "", (_clean_parser, _run_clean))
    arguments = argv[1:] if argv[:1] and argv[0] in _COMMANDS else argv
    return run(parser().parse_args(arguments), sys.stdout)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (see the module docstring)."""
    try:
        status = _dispatch(list(sys.argv[1:] if argv is None else argv))
        sys.stdout.flush()
        return status
    except UsageError as error:
        _say(str(error))
        return 2
    except CommandError as error:
        _say(str(error))
        return 1
    except WorkerDied as error:
        _say(f"{error} (killed, or out of memory?); every result before it was written")
        return 1
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, and keep Python from
        # complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
