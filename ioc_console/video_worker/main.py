"""A video worker: libVLC players of the console in a process of their own.

Started by the console (``python -m ioc_console.video_worker``, or the bundled executable with
``--video-worker``; see :func:`ioc_console.core.video.worker_command.worker_command`), it
speaks the protocol of :mod:`ioc_console.core.video.protocol`: commands on stdin, reports on
a private copy of stdout. A decoder that crashes takes only this process down; the console
notices and plays its cameras in another worker.

The worker exits on ``Quit``, at the end of stdin (the console has gone: no orphans), when its
parent process is gone, and on a fatal error.

``--probe`` prints what this libVLC can do (one JSON object, see :mod:`.probe`) and exits.

Fault injection for tests and drills: ``IOC_VIDEO_WORKER_CRASH_URL=<substring>`` in the
environment makes the worker kill itself with SIGSEGV (Windows: ``os.abort()``) about 0.5 s
after it starts playing a URL that contains the substring (:mod:`.faults`).
"""

from __future__ import annotations

import argparse
import logging
import os
import queue
import signal
import sys
import threading

from ioc_console.memory import cap_malloc_arenas

from .channel import LogToConsole, open_channel, start_reader
from .lifeline import Lifeline

EXIT_GRACE_S = 10.0  # after the end of stdin, the longest a worker may take to wind down


def run(argv: list[str] | None = None) -> int:
    """The worker's life; its exit code."""
    lifeline = Lifeline()  # first: the console that started us
    parser = argparse.ArgumentParser(prog="ioc-console --video-worker")
    parser.add_argument("--probe", action="store_true", help="print what libVLC can do, exit")
    args = parser.parse_args(argv)
    if args.probe:
        from .probe import main as probe

        return probe()
    cap_malloc_arenas()  # before libVLC starts its threads
    if hasattr(signal, "SIGINT"):
        # Ctrl+C in the console's terminal is the console's to handle: the worker ends with
        # it (its stdin closes), never on its own as if it had crashed
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        channel = open_channel()
    except OSError as exc:
        print(f"video worker: no report channel on stdout: {exc}", file=sys.stderr)
        return 2
    handler = LogToConsole(channel)
    handler.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    inbox: queue.SimpleQueue[tuple] = queue.SimpleQueue()

    def post_command(item: tuple) -> None:
        inbox.put(item)
        if item[0] == "eof":  # the console has gone: gone too, even if a release hangs
            timer = threading.Timer(EXIT_GRACE_S, os._exit, args=(0,))
            timer.daemon = True
            timer.start()

    start_reader(post_command)

    from .worker import Worker

    worker = Worker(channel, inbox.put, lifeline)
    code = worker.serve(inbox)
    # the process ends here, without the interpreter's shutdown: the stdin reader may still
    # be blocked in a read, and finalising stdin under it aborts the process (and libVLC's
    # threads may still be winding down)
    if sys.stderr is not None:  # None in the Windows bundle's windowed executable
        sys.stderr.flush()
    os._exit(code)
