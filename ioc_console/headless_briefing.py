"""``main.py --briefing OUT.pdf [--date YYYY-MM-DD]``: the leaders' daily briefing without a
window, so that a server or a scheduled task can mail it.

The cache is synced first (as ``--sync-once`` does: from ``--backend``/the site profile, else
from the embedded demo backend); when the backend cannot be reached the briefing is built from
what the cache holds, and says so on stderr. Qt runs off-screen (no display is needed).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from ioc_console.core.config.profile import SiteProfile
from ioc_console.core.config.settings import Settings
from ioc_console.core.paths import app_paths
from ioc_console.core.store.cache import Cache, CacheError


def build_briefing_pdf(args: argparse.Namespace, profile: SiteProfile | None) -> int:
    from ioc_console.headless import sync_once

    out: Path = args.briefing
    started = time.monotonic()
    synced = sync_once(args, profile)
    if synced != 0:
        print("briefing: the sync did not complete; the briefing shows what the cache holds",
              file=sys.stderr)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ioc_console.core.briefing.content import build_briefing
    from ioc_console.core.clock import city_now
    from ioc_console.gui.briefing.pdf import write_briefing
    from ioc_console.gui.i18n import Languages

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    paths = app_paths()
    languages = Languages()
    settings = Settings.load(paths.settings_file)
    languages.set_language(args.lang or (profile.language if profile else None)
                           or settings.get("ui.language") or "vi")
    try:
        cache = Cache.open(paths.cache_db)
    except CacheError as exc:
        print(f"briefing: the cache cannot be opened: {exc}", file=sys.stderr)
        return 1
    try:
        now = city_now()
        briefing = build_briefing(cache.conn, args.date or now.date(), now)
        targets = profile.targets if profile else None
        write_briefing(briefing, out, targets)
    except (OSError, RuntimeError) as exc:
        print(f"briefing: {out}: {exc}", file=sys.stderr)
        return 1
    finally:
        cache.close()
    del app
    print(f"briefing: {out} ({out.stat().st_size:,} bytes, {time.monotonic() - started:.1f} s)")
    return 0
