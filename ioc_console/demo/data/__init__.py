"""Deterministic demo data of Cao Lãnh city for the embedded demo backend (Qt-free).

``build_world(seed, now, complaints)`` builds every dataset of the backend contract; the live
functions (``new_detection``, ``new_cap_warning``, ``overdue_complaint``, ``kpi_breach``,
``transfer_complaint``, ``live_event``, ``city_event``) change a world the way the city
changes, one event at a time. Camera stream URLs that begin with "/" are paths on the demo
server: see :func:`absolute_streams`.
"""

from .cameras import absolute_streams
from .live import (
    city_event,
    kpi_breach,
    live_event,
    new_cap_warning,
    new_detection,
    overdue_complaint,
)
from .moves import transfer_complaint
from .world import DATASETS, World, build_world

__all__ = [
    "DATASETS",
    "World",
    "absolute_streams",
    "build_world",
    "city_event",
    "kpi_breach",
    "live_event",
    "new_cap_warning",
    "new_detection",
    "overdue_complaint",
    "transfer_complaint",
]
