"""The whole demo world: every dataset of the backend contract, built from one seed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cache

from ioc_console.core.store.datasets import DATASETS as CONTRACT_DATASETS

from .alert_rules import procedure_items, sla_items
from .alerts import build_alerts
from .cameras import build_cameras
from .complaints import START, build_complaints
from .domains import DOMAIN_DATASETS
from .facilities import build_facilities
from .kpis import build_kpis
from .procedures import build_procedure_results
from .services import service_items
from .tasks import build_tasks
from .times import local
from .units import Atlas, build_atlas, unit_items
from .users import build_users

DATASETS = tuple(d.name for d in CONTRACT_DATASETS) + tuple(d.name for d in DOMAIN_DATASETS)


@dataclass
class World:
    """One list of item dicts per dataset (see DATASETS), the users and the Open311 services."""

    seed: int
    now: datetime
    units: list[dict] = field(default_factory=list)
    cameras: list[dict] = field(default_factory=list)
    complaints: list[dict] = field(default_factory=list)
    procedure_results: list[dict] = field(default_factory=list)
    alerts: list[dict] = field(default_factory=list)
    facilities: list[dict] = field(default_factory=list)
    kpis: list[dict] = field(default_factory=list)
    tasks: list[dict] = field(default_factory=list)
    alert_sla: list[dict] = field(default_factory=list)
    alert_procedures: list[dict] = field(default_factory=list)
    users: list[dict] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)
    domains: dict[str, list[dict]] = field(default_factory=dict)  # the domain plugins' datasets

    def dataset(self, name: str) -> list[dict]:
        if name not in DATASETS:
            raise KeyError(name)
        if name in self.domains:
            return self.domains[name]
        return getattr(self, name, None) or []


@cache
def atlas() -> Atlas:
    """The units with their centres and shapes (the same for every seed)."""
    return build_atlas()


def build_world(seed: int = 1, now: datetime | None = None, complaints: int = 1000) -> World:
    """The demo world as it stands at ``now`` (default: the wall clock, Asia/Ho_Chi_Minh).

    Deterministic for (seed, now, complaints): the same arguments give the same items.
    """
    now = local(now)
    if now <= START:
        raise ValueError(f"now must be after {START.isoformat()}")
    places = atlas()
    world = World(seed=seed, now=now)
    world.units = unit_items(places, now)
    world.cameras = build_cameras(seed, places, now)
    world.complaints = build_complaints(seed, places, now, complaints)
    world.procedure_results = build_procedure_results(seed, places, now)
    world.tasks = build_tasks(seed, now)
    world.kpis = build_kpis(seed, now, world.complaints, world.procedure_results,
                            world.cameras, world.tasks)
    world.alerts = build_alerts(seed, places, now, world.cameras, world.complaints, world.kpis)
    world.facilities = build_facilities(seed, places, now)
    world.alert_sla = sla_items(now)
    world.alert_procedures = procedure_items(now)
    world.users = build_users()
    world.services = service_items()
    for data in DOMAIN_DATASETS:
        world.domains[data.name] = data.build(seed, places, now, world)
    return world
