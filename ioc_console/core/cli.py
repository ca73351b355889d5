"""The command line of ``main.py``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ioc_console import __version__
from ioc_console.core.config.options import LANGUAGES, THEMES

PROFILE_ENV = "IOC_CONSOLE_PROFILE"


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
    return parser
