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
from . import socio_economic, tourism  # noqa: E402
from .social_media import build_social_posts  # noqa: E402

DOMAIN_DATASETS: tuple[DomainDataset, ...] = (
    DomainDataset("social_posts", "social-posts", build_social_posts),
    DomainDataset("tourism_visits", "tourism-visits", tourism.build_visits),
    DomainDataset("tourism_accommodation", "tourism-accommodation", tourism.build_accommodation),
    DomainDataset("tourism_events", "tourism-events", tourism.build_events),
    DomainDataset("socio_indicators", "socio-indicators", socio_economic.build_indicators),
)
