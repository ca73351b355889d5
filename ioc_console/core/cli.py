"""The command line of ``main.py``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ioc_console import __version__
from ioc_console.core.config.options import LANGUAGES, THEMES
from ioc_console.core.config.profile_writer import TEMPLATES

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
    _profile_options(parser)
    return parser


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day as YYYY-MM-DD: {text!r}") from None


def _profile_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "writing a site profile",
        "--write-profile asks in the terminal for every answer not given as an option (Enter "
        "keeps the template's value, - leaves it empty), checks the answers against the "
        "backend and writes the profile; --layout and --lang answer those questions too",
    )
    group.add_argument(
        "--write-profile",
        type=Path,
        metavar="PATH",
        help="write a site profile to PATH (e.g. /etc/opt/ioc-console/site.toml) and exit",
    )
    group.add_argument(
        "--template",
        choices=tuple(TEMPLATES),
        help="the template the answers start from (default: ward-office)",
    )
    group.add_argument("--backend-url", metavar="URL", help="the backend's address")
    group.add_argument("--ward", metavar="CODE", help="the ward's code (empty: the whole city)")
    group.add_argument("--site-name", metavar="TEXT", help="the site's name (default: the "
                       "template's; a ward office's follows the ward)")
    group.add_argument("--ca-file", metavar="FILE", help="the city's CA certificate file")
    group.add_argument("--position", metavar="NAME", help="this console position's name")
    group.add_argument(
        "--yes",
        action="store_true",
        help="ask nothing: the template's value answers every question not given as an option",
    )
