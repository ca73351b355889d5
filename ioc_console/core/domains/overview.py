"""What the leaders' overview shows of each domain, Qt-free: the domains in their order and
the open alerts the domain's rules raised."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ioc_console.core.alerts.vocabulary import OPEN_STATES
from ioc_console.core.domains.dashboards import DomainSpec
from ioc_console.core.domains.registry import DomainRegistry


def ordered_domains(
    registry: DomainRegistry, title: Callable[[DomainSpec], str] = lambda d: str(d.title)
) -> list[DomainSpec]:
    """The registered domains by ``order``, then by their (translated) ``title``."""
    return sorted(registry.domains, key=lambda d: (d.order, title(d).casefold(), d.id))


def alert_types(registry: DomainRegistry, domain: DomainSpec) -> frozenset[str]:
    """The alert types the rules of the domain's plugin raise."""
    owner = domain.plugin_id or domain.id.split(".", 1)[0]
    return frozenset(r.alert_type for r in registry.rules if r.plugin_id == owner)


def open_alerts_by_type(conn: sqlite3.Connection) -> dict[str, int]:
    """How many alerts of each type are open (not resolved or closed) in the cache."""
    states = sorted(s.value for s in OPEN_STATES)
    marks = ", ".join("?" for _ in states)
    try:
        rows = conn.execute(
            "SELECT json_extract(body, '$.type'), COUNT(*) FROM alerts "
            f"WHERE json_extract(body, '$.state') IN ({marks}) GROUP BY 1",
            states,
        ).fetchall()
    except sqlite3.OperationalError:  # no alerts table: an empty or damaged cache
        return {}
    return {str(kind): int(n) for kind, n in rows if kind is not None}
