"""``python -m ioc_console.demo --port PORT [--seed N] [--rate EVENTS_PER_MIN]
[--complaints N] [--heartbeat S] [--no-streams] [--no-rtsp]``: serve the demo backend until Ctrl+C.

A number typed on a line of its own changes the rate while it runs (``120`` to flood the
operators with alerts, then ``6`` to calm the city down again)."""

from __future__ import annotations

import argparse
import logging
import math
import os
import signal
import sys
import threading
from collections.abc import Iterable, Iterator

from . import rtsp_server
from .backend import DemoBackend


def positive_seconds(text: str) -> float:
    """A number of seconds above 0 (argparse type)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not (value > 0 and math.isfinite(value)):
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds: {text!r}")
    return value


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m ioc_console.demo", description="Serve the IOC demo backend on loopback."
    )
    parser.add_argument("--port", type=int, default=8765, help="TCP port (0: any free port)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the demo world")
    parser.add_argument("--rate", type=float, default=6.0,
                        help="live events per minute; about 1 in 40 is a new alert (the default "
                             "6: about one alert in ten minutes; 120: an alert flood)")
    parser.add_argument("--complaints", type=int, default=1000, help="complaints in the world")
    parser.add_argument("--heartbeat", type=positive_seconds, default=15.0,
                        help="seconds between heartbeats on the event stream")
    parser.add_argument("--no-streams", action="store_true",
                        help="start with the cameras' video off: their stream URLs answer 503 "
                             "(by default each camera streams MPEG-TS from its first request)")
    parser.add_argument("--no-rtsp", action="store_true",
                        help="do not serve cam-12 and cam-18 as RTSP cameras (by default they "
                             "are, where GStreamer's RTSP server can run with the system Python)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every request")
    return parser.parse_args(argv)


def build_backend(args: argparse.Namespace) -> DemoBackend:
    """The backend the options ask for, not started."""
    backend = DemoBackend(seed=args.seed, rate=args.rate, complaints=args.complaints,
                          heartbeat_s=args.heartbeat, rtsp=False if args.no_rtsp else None)
    if args.no_streams:
        backend.streamer.stop()
    return backend


def terminal_lines() -> Iterator[str]:
    """The lines typed on standard input, read from its descriptor (no buffered reader whose
    lock a reading thread would hold when the program ends); ends with the input."""
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, ValueError, OSError):
        return
    pending = b""
    while True:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            return
        if not chunk:
            return
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            yield line.decode("utf-8", "replace")


def follow_rate_input(backend: DemoBackend, lines: Iterable[str]) -> None:
    """Each line a number: the live events a minute from now on; anything else is told."""
    for line in lines:
        text = line.strip()
        if not text:
            continue
        try:
            backend.set_rate(float(text))
        except ValueError:
            print(f"Not a rate: {text!r} (a number of events a minute, 0 or more)", flush=True)
        else:
            print(f"Rate: {backend.rate:g} live events a minute", flush=True)


def welcome(backend: DemoBackend, args: argparse.Namespace, url: str) -> None:
    """Where the backend serves, its users, and how to change the rate."""
    print(f"IOC demo backend: {url}  (API {url}/api/v1, Open311 {url}/open311/v2)")
    video = "off (--no-streams)" if args.no_streams else f"{url}/streams/cam-01/main.ts, ..."
    print(f"Camera video (MPEG-TS over HTTP): {video}")
    if backend.rtsp is not None:
        rtsp = backend.rtsp.server.url("/cam-12/main", credentials=False)
        print(f"RTSP cameras (user {backend.rtsp.server.user}, password "
              f"{backend.rtsp.server.password}): {rtsp}, ...")
    elif not args.no_rtsp:
        print(f"RTSP cameras: not served ({rtsp_server.availability()[1]})")
    print("Demo users (password = user name + '-demo'):")
    for user in backend.store.users.values():
        ward = f", ward {user['ward']}" if user.get("ward") else ""
        print(f"  {user['username']:<15} {user['password']:<20} {user['role']}{ward}")
    print(f"Rate: {args.rate:g} live events a minute; type another number and Enter to change "
          "it.")
    print("Ctrl+C stops it.", flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    backend = build_backend(args)
    try:
        url = backend.start(args.port)
    except OSError as exc:
        print(f"Cannot start the demo backend: {exc}", file=sys.stderr)
        return 1
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    try:  # Ctrl+C may come while the welcome is printed
        welcome(backend, args, url)
        if sys.stdin is not None:
            threading.Thread(target=follow_rate_input, args=(backend, terminal_lines()),
                             daemon=True, name="demo-rate-input").start()
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    backend.stop()
    print("Stopped.", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
