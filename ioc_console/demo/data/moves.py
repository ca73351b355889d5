"""Items that change ward: the 1022 hotline transfers an open complaint to the ward that is
competent for it (the place was filed in the wrong ward), so it leaves one ward's records and
joins another's. A ward-scoped reader of the ward it left gets a scoped tombstone."""

from __future__ import annotations

import random
from datetime import datetime

from .complaints import _agency_form
from .services import BY_CODE, agency
from .times import iso, local
from .world import World

HOTLINE = "Tổng đài 1022"


def _today_wards(world: World) -> list[dict]:
    """Today's wards and communes (the units in force, one per code)."""
    units = [u for u in world.units if not u.get("deleted") and not u.get("valid_to")]
    return [u for u in units if str(u.get("current_ward")) == str(u.get("code"))]


def transfer_complaint(rng: random.Random, world: World, now: datetime) -> dict | None:
    """An open complaint moves to another ward of today, its place corrected to that ward's
    centre and its agency to that ward's; None when there is no open complaint or one ward."""
    wards = _today_wards(world)
    open_ones = [c for c in world.complaints if not c.get("deleted") and c["status"] == "open"]
    if len(wards) < 2 or not open_ones:
        return None
    complaint = rng.choice(open_ones)
    target = rng.choice([u for u in wards if str(u["code"]) != str(complaint["current_ward"])])
    now = local(now)
    stamp = iso(now)
    category = BY_CODE.get(str(complaint.get("category") or complaint.get("service_code") or ""))
    responsible = (
        agency(category, _agency_form(target["name"]), now.date()) if category
        else f"UBND {target['name']}"
    )
    note = f"Chuyển {responsible} xử lý (đúng địa bàn {target['name']})"
    state = complaint.get("state") or "received"
    moved = {
        **complaint,
        "ward": target["code"],
        "unit_id": target["id"],
        "current_ward": target["current_ward"],
        "lat": target["lat"],
        "long": target["lon"],
        "agency_responsible": responsible,
        "status_history": [*complaint.get("status_history", []),
                           {"state": state, "at": stamp, "by": HOTLINE, "note": note}],
        "updated_datetime": stamp,
        "updated_at": stamp,
    }
    world.complaints[:] = [moved if c["id"] == moved["id"] else c for c in world.complaints]
    return moved
