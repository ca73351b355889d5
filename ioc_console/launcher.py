"""Start-up: read the command line and the site profile, then hand over to the Qt layer.

``--version``, ``--write-profile``, a bad profile and ``--sync-once`` are answered here,
without a window; ``--briefing`` with Qt off-screen. ``--video-worker …`` (the bundled
executable started as a video worker, see ``core/video/worker_command.py``) is handed to the
worker before anything else is imported: no Qt, no profile, no cache.
"""

from __future__ import annotations

import sys

from ioc_console.core.video.worker_command import FROZEN_FLAG as VIDEO_WORKER_FLAG
from ioc_console.memory import cap_malloc_arenas


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == [VIDEO_WORKER_FLAG]:
        from ioc_console.video_worker.main import run as run_video_worker

        return run_video_worker(arguments[1:])
    cap_malloc_arenas()  # before Qt, libVLC or the sync engine start threads
    from ioc_console.core.cli import build_parser
    from ioc_console.core.config.profile import ProfileError, load_profile
    from ioc_console.core.paths import app_paths
    from ioc_console.core.services import find_profile

    args = build_parser().parse_args(argv)
    if args.write_profile is not None:
        from ioc_console.profile_prompt import write_profile_command

        return write_profile_command(args)
    profile_path = find_profile(args.profile, args.demo, app_paths())
    profile = None
    if profile_path is not None:
        try:
            profile = load_profile(profile_path)
        except ProfileError as exc:
            print("IOC Console: the site profile cannot be used:", file=sys.stderr)
            for error in exc.errors:
                print(f"  {exc.path}: {error}", file=sys.stderr)
            return 2
    if args.briefing:
        from ioc_console.headless_briefing import build_briefing_pdf

        return build_briefing_pdf(args, profile)
    if args.sync_once:
        from ioc_console.headless import sync_once

        return sync_once(args, profile)
    from ioc_console.gui.app import run

    return run(args, profile)
