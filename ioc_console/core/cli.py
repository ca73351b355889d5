"""The command line of ``main.py``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ioc_console import __version__
from ioc_console.core.config.options import LANGUAGES, THEMES

PROFILE_ENV = "IOC_CONSOLE_PROFILE"
PASSWORD_ENV = "IOC_CONSOLE_PASSWORD"  # the password for --user, for unattended use


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ioc-console",
        description="IOC Console: the operator console of a city Intelligent Operations Center.",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--demo",
        action="store_true",
        help="run on the embedded demo backend (the default when no site profile is configured)",
    )
    source.add_argument(
        "--profile",
        type=Path,
        metavar="PATH",
        help=f"site profile (TOML) to use; default: ${PROFILE_ENV}, else site.toml in the "
        "configuration folder",
    )
    parser.add_argument("--layout", metavar="NAME", help="open this named layout")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language (default: vi)")
    parser.add_argument("--theme", choices=THEMES, help="colour theme (default: dark)")
    parser.add_argument(
        "--plugins-dir",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="also load plugins from DIR (may be given several times)",
    )
    parser.add_argument("--version", action="version", version=f"IOC Console {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation (panels, plugins, libVLC, QtWebEngine, cache), print one "
        "line per check and exit non-zero if any failed",
    )
    parser.add_argument(
        "--sync-once",
        action="store_true",
        help="fill the cache from the backend without a window, print one line per dataset and "
        "exit (non-zero if the backend cannot be reached; the cache is then left as it was)",
    )
    parser.add_argument(
        "--briefing",
        type=Path,
        metavar="OUT.pdf",
        help="build the leaders' daily briefing (PDF) without a window, after a sync (from the "
        "embedded demo backend when no backend is configured), then exit",
    )
    parser.add_argument(
        "--date",
        type=_day,
        metavar="YYYY-MM-DD",
        help="with --briefing: the day of the briefing (default: today)",
    )
    parser.add_argument(
        "--backend",
        metavar="URL",
        help="with --sync-once or --briefing: the backend to read instead of the site profile's",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="sign in as NAME (the password is read from $IOC_CONSOLE_PASSWORD or asked for)",
    )
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day as YYYY-MM-DD: {text!r}") from None
