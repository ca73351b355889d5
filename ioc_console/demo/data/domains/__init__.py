"""The demo backend's data of the domain plugins (healthcare, education, social media, security,
traffic safety, tourism, socio-economic indicators): datasets the console knows only through
the feeds its plugins declare.

Each module here builds its datasets from the seed, the city's units and ``now``, like the
console's own datasets (``..world``); :data:`DOMAIN_DATASETS` lists them with their path below
``/api/v1``. They are built after the console's own datasets, so a builder may read those
(``world.cameras`` for the traffic violations an AI camera detected).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from . import education, healthcare

if TYPE_CHECKING:
    from ..units import Atlas
    from ..world import World

Builder = Callable[[int, "Atlas", datetime, "World"], list[dict[str, Any]]]


@dataclass(frozen=True)
class DomainDataset:
    name: str  # the dataset's name (the plugin's feed declares the same)
    path: str  # below /api/v1, without the leading slash
    build: Builder


DOMAIN_DATASETS: tuple[DomainDataset, ...] = (
    DomainDataset("health_daily", "health-daily", healthcare.build_health_daily),
    DomainDataset("health_beds", "health-beds", healthcare.build_health_beds),
    DomainDataset("health_vaccination", "health-vaccination",
                  healthcare.build_health_vaccination),
    DomainDataset("school_stats", "school-stats", education.build_school_stats),
    DomainDataset("school_attendance", "school-attendance",
                  education.build_school_attendance),
    DomainDataset("exam_results", "exam-results", education.build_exam_results),
)
