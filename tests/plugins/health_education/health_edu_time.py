"""When the healthcare and education tests look at the demo city, and its seed."""

from __future__ import annotations

from datetime import datetime

from ioc_console.core.clock import CITY_TZ

# a Wednesday of the flood season: the spring tide keeps the islet's pupils at home
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=CITY_TZ)
SEED = 5
