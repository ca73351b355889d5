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

if TYPE_CHECKING:
    from ..units import Atlas
    from ..world import World

Builder = Callable[[int, "Atlas", datetime, "World"], list[dict[str, Any]]]


@dataclass(frozen=True)
class DomainDataset:
    name: str  # the dataset's name (the plugin's feed declares the same)
    path: str  # below /api/v1, without the leading slash
    build: Builder


# each domain's builders (imported here, below the type they are listed with)
from . import education, healthcare, socio_economic, tourism  # noqa: E402
from .security import build_patrol_points, build_security_incidents  # noqa: E402
from .social_media import build_social_posts  # noqa: E402
from .traffic import (  # noqa: E402
    build_traffic_accidents,
    build_traffic_congestion,
    build_traffic_violations,
)

DOMAIN_DATASETS: tuple[DomainDataset, ...] = (
    DomainDataset("social_posts", "social-posts", build_social_posts),
    DomainDataset("tourism_visits", "tourism-visits", tourism.build_visits),
    DomainDataset("tourism_accommodation", "tourism-accommodation", tourism.build_accommodation),
    DomainDataset("tourism_events", "tourism-events", tourism.build_events),
    DomainDataset("socio_indicators", "socio-indicators", socio_economic.build_indicators),
    DomainDataset("security_incidents", "security-incidents", build_security_incidents),
    DomainDataset("security_patrol_points", "security-patrol-points", build_patrol_points),
    DomainDataset("traffic_accidents", "traffic-accidents", build_traffic_accidents),
    DomainDataset("traffic_violations", "traffic-violations", build_traffic_violations),
    DomainDataset("traffic_congestion", "traffic-congestion", build_traffic_congestion),
    DomainDataset("health_daily", "health-daily", healthcare.build_health_daily),
    DomainDataset("health_beds", "health-beds", healthcare.build_health_beds),
    DomainDataset("health_vaccination", "health-vaccination",
                  healthcare.build_health_vaccination),
    DomainDataset("school_stats", "school-stats", education.build_school_stats),
    DomainDataset("school_attendance", "school-attendance",
                  education.build_school_attendance),
    DomainDataset("exam_results", "exam-results", education.build_exam_results),
)
