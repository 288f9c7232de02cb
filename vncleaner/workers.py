"""Worker processes: ``map`` over a few processes, results in input order, memory flat.

Each worker has a pipe of its own and holds at most one item, so the main process
always knows which item each worker has. That is what the standard pools cannot say:
when a worker dies (killed by a signal, the kernel's out-of-memory killer, a crash in
an extension), ``multiprocessing.Pool`` replaces it and waits for its item for ever,
and its ``terminate`` can wait on a queue lock the dead worker held;
``ProcessPoolExecutor`` on Python 3.11 can wait for ever on its own queue's feeder
thread when a large item was in flight. Here the dead worker's item raises
:class:`WorkerDied` where its result was due, after every result before it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
from collections.abc import Callable, Generator, Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any, Final, TypeVar

# In-flight items per worker (sent, or done and waiting for their turn): enough to keep
# every worker busy while the main process writes, few enough that memory does not grow
# with the input.
WINDOW_PER_JOB = 4
# How worker processes start. Not fork: a child forked while another thread holds a
# lock (logging, imports) can wait on it for ever; "forkserver" starts workers from a
# clean process.
START_METHOD: Final = "forkserver"

Item = TypeVar("Item")
Result = TypeVar("Result")


class WorkerDied(Exception):
    """A worker process ended before it gave back its item's result (killed by a signal,
    out of memory, a crash in an extension): the results before that item all came back."""


def ordered_map(
    work: Callable[[Item], Result],
    items: Iterable[Item],
    *,
    jobs: int = 1,
    window: int | None = None,
) -> Generator[Result, None, None]:
    """``map(work, items)`` over ``jobs`` worker processes, results in input order.

    At most ``window`` items (default ``WINDOW_PER_JOB * jobs``) are taken from
    ``items`` ahead of the result being waited for. Workers ignore SIGINT (Ctrl-C
    reaches the whole process group: the main process handles it) and leave on
    SIGTERM through ``SystemExit``, so that an atomic write in progress removes its
    temporary file. When the caller stops early or an exception (KeyboardInterrupt
    included) reaches it, the workers are terminated that way. An exception raised by
    ``work`` is raised again here, in its item's turn.

    >>> list(ordered_map(abs, [-3, 1, -2], jobs=2, window=2))
    [3, 1, 2]
    """
    if jobs <= 1:
        yield from map(work, items)
        return
    crew = _Crew(work, jobs, iter(items), max(window or WINDOW_PER_JOB * jobs, 1))
    try:
        yield from crew.run()
        crew.close()
    finally:
        crew.terminate()


class _Crew:
    """The worker processes, their pipes, and which item each one holds."""

    def __init__(
        self, work: Callable[[Any], Any], jobs: int, items: Iterator[Any], window: int
    ) -> None:
        context = multiprocessing.get_context(START_METHOD)
        self.pipes: list[Connection] = []
        self.processes: list[BaseProcess] = []
        for _ in range(jobs):
            mine, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, work), daemon=True)
            process.start()
            theirs.close()
            self.pipes.append(mine)
            self.processes.append(process)
        self.idle = list(range(jobs))
        self.holding: dict[int, int] = {}  # worker -> the number of the item it holds
        self.done: dict[int, tuple[bool, Any]] = {}  # item number -> its outcome
        self.items: Iterator[Any] | None = items  # None once they are all sent
        self.window = window
        self.sent = self.turn = 0  # items sent; the number of the item due next

    def run(self) -> Iterator[Any]:
        """The outcomes in item order, at most ``window`` items ahead of the one due."""
        while True:
            self._feed()
            if self.turn == self.sent:
                return
            while self.turn not in self.done:
                self._collect()
                self._feed()  # before the caller gets a result: the workers go on meanwhile
            ok, value = self.done.pop(self.turn)
            self.turn += 1
            if not ok:
                raise value
            yield value

    def _feed(self) -> None:
        """Give each idle worker the next item, within the window."""
        while self.items is not None and self.idle and self.sent - self.turn < self.window:
            item = next(self.items, _END)
            if item is _END:
                self.items = None
                return
            self._send(self.sent, item)
            self.sent += 1

    def _send(self, number: int, item: Any) -> None:
        worker = self.idle.pop()
        try:
            self.pipes[worker].send(item)
        except OSError:  # it died after its last result: nothing of it is lost but the worker
            self.done[number] = (False, WorkerDied(_DIED))
            return
        self.holding[worker] = number

    def _collect(self) -> None:
        """Wait for a worker to answer or die, and file what each one that did left."""
        owners: dict[Any, int] = {}  # a pipe or a process's sentinel -> its worker
        for worker in self.holding:
            owners[self.pipes[worker]] = owners[self.processes[worker].sentinel] = worker
        for worker in sorted({owners[ready] for ready in wait(list(owners))}):
            number = self.holding.pop(worker)
            try:
                self.done[number] = self.pipes[worker].recv()
            except (EOFError, OSError):  # gone, its pipe shut: the worker is not used again
                self.done[number] = (False, WorkerDied(_DIED))
            else:
                self.idle.append(worker)

    def close(self) -> None:
        """Tell every worker there is no more work, and wait for it to leave."""
        for pipe in self.pipes:
            with contextlib.suppress(OSError):
                pipe.send(None)
        for process in self.processes:
            process.join()

    def terminate(self) -> None:
        """Stop the workers still running (SIGTERM: a write in progress cleans up)."""
        for process in self.processes:
            if process.is_alive():
                process.terminate()
        for process in self.processes:
            process.join()
        for pipe in self.pipes:
            pipe.close()


_END = object()
_DIED = "a worker process died before returning its result"


def _serve(pipe: Connection, work: Callable[[Any], Any]) -> None:
    """A worker's loop: an item in, ``(True, result)`` or ``(False, exception)`` out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _leave)
    while (item := pipe.recv()) is not None:
        try:
            outcome: tuple[bool, Any] = (True, work(item))
        except Exception as error:  # raised again in the main process, in its item's turn
            outcome = (False, error)
        pipe.send(outcome)


def _leave(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)
