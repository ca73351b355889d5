"""The fixed moment the complaint tests build the demo world at."""

from __future__ import annotations

from datetime import datetime

from ioc_console.core.clock import CITY_TZ

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=CITY_TZ)
