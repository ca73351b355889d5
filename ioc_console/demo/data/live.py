"""Live events: what happens next in the world, one event at a time.

Each function keeps ``world`` consistent: it appends new items to the world's lists and puts
a changed item in its list as a *new* dict (item dicts handed out are never changed in place),
every touched item with ``updated_at`` = ``now``. It returns what it touched, so the server can
publish it: :func:`new_detection` and :func:`new_cap_warning` the new alert;
:func:`overdue_complaint`, :func:`kpi_breach` and :func:`live_event` a mapping of dataset name
to the list of new or changed items.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .alerts import (
    make_cap_warning,
    make_complaint_alert,
    make_detection,
    make_kpi_breach,
    next_alert_id,
)
from .complaints import next_complaint_id, plan, settle
from .kpis import STATIC, misses_target
from .services import CATEGORIES
from .times import add_working_days, at, is_working_day, iso, local
from .world import World, atlas

Touched = dict[str, list[dict]]


def new_detection(rng: random.Random, world: World, now: datetime) -> dict | None:
    """A camera's analytics detect something: a new ai_detection alert (None: no camera on)."""
    now = local(now)
    online = [c for c in world.cameras if _live(c) and c.get("status") == "online"]
    if not online:
        return None
    alert = make_detection(rng, next_alert_id(world.alerts), rng.choice(online), now)
    alert.pop("_team")
    world.alerts.append(alert)
    return alert


def new_cap_warning(rng: random.Random, world: World, now: datetime) -> dict:
    """The hydro-meteorological service issues a warning: a new cap_warning alert."""
    now = local(now)
    alert = make_cap_warning(rng, next_alert_id(world.alerts), now, atlas())
    alert.pop("_team")
    world.alerts.append(alert)
    return alert


def _open_overdue_alert(world: World, complaint_id: str) -> bool:
    return any(_live(a) and a["type"] == "complaint_overdue"
               and a["related"].get("complaint") == complaint_id
               and a["state"] not in ("resolved", "closed") and "quá hạn" in a["title"]
               for a in world.alerts)


def _live(item: dict) -> bool:
    """Not a tombstone."""
    return not item.get("deleted")


def overdue_complaint(rng: random.Random, world: World, now: datetime) -> Touched:
    """A complaint passes its legal deadline unhandled, with its complaint_overdue alert.

    An open complaint already past its deadline is used if there is one without an open alert;
    otherwise a complaint received earlier is recorded now as still in progress after its
    deadline (the agency's late report).
    """
    now = local(now)
    stamp = iso(now)
    touched: Touched = {}
    late = [c for c in world.complaints if _live(c) and c["status"] == "open"
            and c["legal_deadline"] < stamp and not _open_overdue_alert(world, c["id"])]
    if late:
        complaint = late[0]
    else:
        cat = rng.choice(CATEGORIES)
        day = now.date()
        for _ in range(cat.deadline_days + 1):
            day -= timedelta(days=1)
            while not is_working_day(day):
                day -= timedelta(days=1)
        requested = at(day, rng.randint(7, 15), rng.randrange(60))
        while iso(at(add_working_days(requested.date(), cat.deadline_days), 17)) >= stamp:
            requested -= timedelta(days=1)
        draft = plan(rng, atlas(), requested, next_complaint_id(world.complaints, requested.year),
                     cat=cat)
        agency = draft["agency_responsible"]
        note = "Đơn vị báo cáo đang xử lý, chưa có kết quả"
        draft["_plan"] = [*draft["_plan"][:3], ("in_progress", stamp, agency, note)]
        complaint = settle(draft, now)
        world.complaints.append(complaint)
        touched["complaints"] = [complaint]
    alert = make_complaint_alert(next_alert_id(world.alerts), complaint, now, overdue=True)
    alert.pop("_team")
    world.alerts.append(alert)
    touched["alerts"] = [alert]
    return touched


def kpi_breach(rng: random.Random, world: World, now: datetime) -> Touched:
    """A monthly indicator is revised to the wrong side of its target, with its alert."""
    now = local(now)
    ids = {f"{d}.{s}" for d, s, _, _, target, *_ in STATIC if target}
    kpis = [k for k in world.kpis if k["id"] in ids and _live(k)]
    fresh = [k for k in kpis if not misses_target(k)] or kpis
    if not fresh:
        return {}
    kpi = dict(rng.choice(fresh))
    target = kpi["target"]
    off = rng.uniform(0.005, 0.04) if kpi["unit"] == "%" else rng.uniform(0.03, 0.15)
    value = target * (1 - off) if kpi["direction"] == "higher_is_better" else target * (1 + off)
    if kpi["direction"] == "lower_is_better" and value - target < 1 and kpi["unit"] in (
            "vụ", "người", "lượt"):
        value = target + rng.randint(1, 3)
    kpi["value"] = round(value) if kpi["unit"] in ("vụ", "người", "lượt") else round(value, 1)
    kpi["updated_at"] = iso(now)
    world.kpis[:] = [kpi if k["id"] == kpi["id"] else k for k in world.kpis]
    alert = make_kpi_breach(next_alert_id(world.alerts), kpi, now, atlas())
    alert.pop("_team")
    world.alerts.append(alert)
    return {"kpis": [kpi], "alerts": [alert]}


def live_event(rng: random.Random, world: World, now: datetime) -> Touched:
    """One live event of a mix: mostly detections, sometimes the other kinds."""
    kind = rng.choices(["detection", "cap", "overdue", "kpi"], weights=[70, 8, 12, 10])[0]
    if kind == "detection":
        alert = new_detection(rng, world, now)
        return {"alerts": [alert]} if alert else {}
    if kind == "cap":
        return {"alerts": [new_cap_warning(rng, world, now)]}
    if kind == "overdue":
        return overdue_complaint(rng, world, now)
    return kpi_breach(rng, world, now)
