"""Live events: what happens next in the world, one event at a time.

Each function keeps ``world`` consistent: it appends new items to the world's lists and puts
a changed item in its list as a *new* dict (item dicts handed out are never changed in place),
every touched item with ``updated_at`` = ``now``. It returns what it touched, so the server can
publish it: :func:`new_detection` and :func:`new_cap_warning` the new alert;
:func:`overdue_complaint`, :func:`kpi_breach`, :func:`live_event` and :func:`city_event` (the
city going on without an alert) a mapping of dataset name to the list of new or changed items.
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
from .kpis import STATIC, complaint_kpis, misses_target
from .moves import transfer_complaint
from .times import iso, local
from .world import World, atlas

Touched = dict[str, list[dict]]
MAX_OPEN = 40  # new complaints are filed live only while fewer than this many are open


def new_detection(rng: random.Random, world: World, now: datetime) -> dict | None:
    """A camera's analytics detect something: a new ai_detection alert (None: no camera on)."""
    now = local(now)
    online = [c for c in world.cameras if _live(c) and c.get("status") == "online"]
    if not online:
        return None
    # a camera whose last detection is still open would only repeat it: prefer the others
    busy = {a["source"] for a in world.alerts if _live(a) and a["type"] == "ai_detection"
            and a["state"] not in ("resolved", "closed")}
    camera = rng.choice([c for c in online if c["id"] not in busy] or online)
    alert = make_detection(rng, next_alert_id(world.alerts), camera, now)
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


def _open_complaint_alert(world: World, complaint_id: str, overdue: bool) -> dict | None:
    """The open complaint_overdue alert of a complaint (past-deadline one, or warning)."""
    word = "quá hạn" if overdue else "sắp đến hạn"
    return next((a for a in world.alerts if _live(a) and a["type"] == "complaint_overdue"
                 and a["related"].get("complaint") == complaint_id
                 and a["state"] not in ("resolved", "closed") and word in a["title"]), None)


def _live(item: dict) -> bool:
    """Not a tombstone."""
    return not item.get("deleted")


def _open_complaints(world: World) -> list[dict]:
    return [c for c in world.complaints if _live(c) and c["status"] == "open"]


def _raise(world: World, complaint: dict, now: datetime, overdue: bool) -> dict:
    alert = make_complaint_alert(next_alert_id(world.alerts), complaint, now, overdue=overdue)
    alert.pop("_team")
    world.alerts.append(alert)
    return alert


def flag_overdue(world: World, now: datetime) -> list[dict]:
    """A complaint_overdue alert for every open complaint past its deadline that has none."""
    stamp = iso(local(now))
    return [_raise(world, c, local(now), overdue=True) for c in _open_complaints(world)
            if c["legal_deadline"] < stamp and not _open_complaint_alert(world, c["id"], True)]


def _replace(items: list[dict], item: dict) -> None:
    items[:] = [item if i["id"] == item["id"] else i for i in items]


HANDLED = "Đã xử lý xong, đã thông báo kết quả cho người phản ánh"


def _resolve_late(complaint: dict, now: datetime) -> dict:
    """The agency reports a past-deadline complaint handled (late)."""
    return _resolve(complaint, now, "Đã xử lý xong (trễ hạn), đã báo cáo lý do chậm trễ")


def _resolve(complaint: dict, now: datetime, note: str) -> dict:
    """The agency reports the complaint handled, with ``note``."""
    stamp = iso(now)
    history = [*complaint["status_history"],
               {"state": "resolved", "at": stamp, "by": complaint["agency_responsible"],
                "note": note}]
    return {**complaint, "state": "resolved", "status": "closed", "status_notes": note,
            "status_history": history, "resolution": note, "updated_datetime": stamp,
            "updated_at": stamp}


def refresh_complaint_kpis(world: World, now: datetime) -> list[dict]:
    """Recompute the complaint indicators from the records; the ones whose value changed."""
    stamp = iso(local(now))
    old = {k["id"]: k for k in world.kpis if _live(k) and k["domain"] == "complaints"}
    period = next(iter(old.values()))["period"] if old else local(now).strftime("%Y-%m")
    complaints = [c for c in world.complaints if _live(c)]
    changed = []
    for kpi in complaint_kpis(complaints, local(now), period):
        before = old.get(kpi["id"])
        if before is None or before["value"] != kpi["value"]:
            kpi = {**(before or kpi), "value": kpi["value"], "updated_at": stamp}
            if before is None:
                world.kpis.append(kpi)
            else:
                _replace(world.kpis, kpi)
            changed.append(kpi)
    return changed


def overdue_complaint(rng: random.Random, world: World, now: datetime) -> Touched:
    """Complaints against their deadlines, the first of these that applies:

    an open complaint past its deadline gets its complaint_overdue alert; one whose overdue
    alert has been open for an hour is reported handled (late) by its agency; an open complaint
    due within a day gets a near-deadline warning; else a citizen files a new complaint now
    (only while fewer than MAX_OPEN complaints are open). No complaint is ever backdated. The
    complaint indicators are recomputed and the changed ones returned with the rest.
    """
    now = local(now)
    stamp = iso(now)
    touched: Touched = {}
    alerts = flag_overdue(world, now)[:1]
    open_ = _open_complaints(world)
    hour_ago = iso(now - timedelta(hours=1))
    if not alerts:
        late = [c for c in open_ if c["legal_deadline"] < stamp
                and (a := _open_complaint_alert(world, c["id"], True))
                and a["created_at"] <= hour_ago]
        soon = [c for c in open_ if stamp <= c["legal_deadline"] < iso(now + timedelta(days=1))
                and not _open_complaint_alert(world, c["id"], False)]
        if late:
            complaint = _resolve_late(late[0], now)
            _replace(world.complaints, complaint)
            touched["complaints"] = [complaint]
        elif soon:
            alerts = [_raise(world, soon[0], now, overdue=False)]
        elif len(open_) < MAX_OPEN:
            sid = next_complaint_id(world.complaints, now.year)
            complaint = settle(plan(rng, atlas(), now, sid), now)
            world.complaints.append(complaint)
            touched["complaints"] = [complaint]
    if alerts:
        touched["alerts"] = alerts
    kpis = refresh_complaint_kpis(world, now)
    if kpis:
        touched["kpis"] = kpis
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
    """One live event of a mix (mostly detections, sometimes the other kinds, now and then a
    complaint transferred to another ward), after raising the
    complaint_overdue alerts of complaints that have passed their deadline since the last event
    and with the complaint indicators brought up to date whenever they change."""
    now = local(now)
    touched: Touched = {}
    overdue = flag_overdue(world, now)
    if overdue:
        touched["alerts"] = overdue
    kind = rng.choices(["detection", "cap", "overdue", "kpi", "transfer"],
                       weights=[70, 8, 12, 10, 4])[0]
    if kind == "detection":
        alert = new_detection(rng, world, now)
        more = {"alerts": [alert]} if alert else {}
    elif kind == "cap":
        more = {"alerts": [new_cap_warning(rng, world, now)]}
    elif kind == "overdue":
        more = overdue_complaint(rng, world, now)
    elif kind == "kpi":
        more = kpi_breach(rng, world, now)
    else:
        moved = transfer_complaint(rng, world, now)
        more = {"complaints": [moved]} if moved else {}
    for name, items in more.items():
        touched.setdefault(name, []).extend(items)
    kpis = refresh_complaint_kpis(world, now)
    if kpis:
        touched.setdefault("kpis", []).extend(kpis)
    return touched


def city_event(rng: random.Random, world: World, now: datetime) -> Touched:
    """A change of the city that raises no alert: now and then a complaint moves to another
    ward; else a citizen files a complaint while fewer than MAX_OPEN are open, or the agency of
    the oldest open complaint reports it handled. The complaint indicators brought up to date.
    Empty when nothing could change."""
    now = local(now)
    touched: Touched = {}
    open_ = _open_complaints(world)
    moved = transfer_complaint(rng, world, now) if rng.random() < 0.05 else None
    if moved:
        touched["complaints"] = [moved]
    elif len(open_) < MAX_OPEN:
        sid = next_complaint_id(world.complaints, now.year)
        complaint = settle(plan(rng, atlas(), now, sid), now)
        world.complaints.append(complaint)
        touched["complaints"] = [complaint]
    elif open_:
        oldest = min(open_, key=lambda c: c["requested_datetime"])
        late = oldest["legal_deadline"] < iso(now)
        complaint = _resolve_late(oldest, now) if late else _resolve(oldest, now, HANDLED)
        _replace(world.complaints, complaint)
        touched["complaints"] = [complaint]
    kpis = refresh_complaint_kpis(world, now)
    if kpis:
        touched["kpis"] = kpis
    return touched
