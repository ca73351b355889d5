"""Healthcare of the demo city: daily activity and bed census of the health facilities, their
current bed status, and the expanded programme's vaccination coverage per ward and month.

- ``health_daily``: one row per facility and day for the last 90 days up to yesterday (a day is
  reported at 06:00 the next morning): outpatient visits, inpatient admissions, emergency
  visits, the midnight bed census (beds, occupied) and, where the facility has an emergency
  department, the median wait before a doctor sees a patient and the share seen within 30 min.
  The provincial general hospital runs over 100 % of its beds like many provincial hospitals.
- ``health_beds``: one row per facility with beds, its latest census (what the map shows).
- ``health_vaccination``: per ward and month (the last 12 complete months, reported on the 5th
  of the next month): children due for the full course of the expanded programme and those
  fully vaccinated.

Figures depend on (seed, facility, day) only, so a row never changes once reported.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..draws import binomial, poisson
from ..times import at, iso

if TYPE_CHECKING:
    from ..units import Atlas
    from ..world import World

DAYS = 90
MONTHS = 12
REPORT_HOUR = 6  # a day's figures are reported at 06:00 the next morning
WARDS = {"29869": "Phường Cao Lãnh", "29884": "Phường Mỹ Ngãi", "29888": "Phường Mỹ Trà"}


@dataclass(frozen=True)
class Profile:
    outpatient: float  # visits a weekday
    admissions: float  # inpatient admissions a day
    emergency: float  # emergency visits a day (0: no emergency department)
    beds: int  # planned beds (0: none)
    occupancy: float  # typical occupied / beds
    er_wait: float  # typical median wait in the emergency department, minutes


# facility id (facilities dataset) -> its profile; the stations share one
PROFILES = {
    "fac-hc-01": Profile(1750, 170, 145, 1000, 1.06, 44),  # Đa khoa Đồng Tháp
    "fac-hc-02": Profile(880, 75, 65, 500, 0.93, 27),  # Quân dân y
    "fac-hc-03": Profile(240, 22, 0, 250, 1.01, 0),  # Phổi
    "fac-hc-04": Profile(310, 14, 0, 200, 0.84, 0),  # Y học cổ truyền
    "fac-hc-05": Profile(115, 6, 0, 200, 0.87, 0),  # Tâm thần
    "fac-hc-06": Profile(590, 33, 38, 150, 0.78, 21),  # Trung tâm y tế khu vực
    "fac-hc-07": Profile(140, 0, 0, 0, 0.0, 0),  # Kiểm soát bệnh tật
}
STATION = Profile(34, 0, 0, 0, 0.0, 0)
# children due for the full course a month, and the usual coverage, per ward
VACCINATION = {"29869": (82, 0.952), "29884": (41, 0.934), "29888": (38, 0.893)}


def _weekday_factor(day: date) -> float:
    return (1.0, 0.92, 0.95, 0.93, 0.9, 0.58, 0.33)[day.weekday()]


def _season(day: date) -> float:
    """Dengue and respiratory season (rainy months) fill the wards a little more."""
    return 1.0 + 0.035 * math.sin(math.pi * (day.timetuple().tm_yday - 150) / 183) \
        if 150 <= day.timetuple().tm_yday <= 333 else 1.0


def _day_row(seed: int, facility: dict, day: date) -> dict[str, Any]:
    rng = random.Random(f"{seed}:health_daily:{facility['id']}:{day.isoformat()}")
    p = PROFILES.get(facility["id"], STATION)
    monday = 1.15 if day.weekday() == 0 else 1.0
    outpatient = poisson(rng, p.outpatient * _weekday_factor(day) * monday)
    admissions = poisson(rng, p.admissions * (0.8 if day.weekday() >= 5 else 1.0) * _season(day))
    emergency = poisson(rng, p.emergency * _season(day)) if p.emergency else 0
    occupied = round(p.beds * max(0.3, rng.gauss(p.occupancy * _season(day), 0.03)))
    row: dict[str, Any] = {
        "id": f"hd-{facility['id']}-{day.isoformat()}",
        "facility_id": facility["id"],
        "facility_name": facility["name"],
        "kind": facility["kind"],
        "date": day.isoformat(),
        "ward": facility["ward"],
        "outpatient": outpatient,
        "admissions": admissions,
        "emergency": emergency,
        "beds": p.beds,
        "occupied": occupied,
        "occupancy": round(100 * occupied / p.beds, 1) if p.beds else None,
        "er_median_min": None,
        "er_within_30_pct": None,
        "updated_at": iso(at(day + timedelta(days=1), REPORT_HOUR)),
        "deleted": False,
    }
    if p.emergency:
        crowd = emergency / p.emergency  # a busy day waits longer
        wait = max(8.0, rng.gauss(p.er_wait * monday * crowd, p.er_wait * 0.14))
        row["er_median_min"] = round(wait)
        row["er_within_30_pct"] = round(min(99.0, max(20.0, 100 - 1.6 * max(0.0, wait - 12)
                                                      + rng.uniform(-3, 3))), 1)
    return row


def reported_days(now: datetime) -> list[date]:
    """The days whose figures are out at ``now``, oldest first (up to yesterday)."""
    last = now.date() - timedelta(days=1 if now >= at(now.date(), REPORT_HOUR) else 2)
    return [last - timedelta(days=n) for n in range(DAYS - 1, -1, -1)]


def health_facilities(world: World) -> list[dict]:
    return [f for f in world.facilities if f["domain"] == "healthcare" and not f["deleted"]]


def build_health_daily(seed: int, atlas: Atlas, now: datetime, world: World) -> list[dict]:
    days = reported_days(now)
    return [_day_row(seed, f, day) for f in health_facilities(world) for day in days]


def build_health_beds(seed: int, atlas: Atlas, now: datetime, world: World) -> list[dict]:
    """Each facility with beds, its latest census, where it stands."""
    day = reported_days(now)[-1]
    items = []
    for facility in health_facilities(world):
        if not PROFILES.get(facility["id"], STATION).beds:
            continue
        row = _day_row(seed, facility, day)
        items.append({
            "id": f"hb-{facility['id']}",
            "facility_id": facility["id"],
            "name": facility["name"],
            "kind": facility["kind"],
            "address": facility["address"],
            "ward": facility["ward"],
            "lat": facility["lat"],
            "lon": facility["lon"],
            "date": row["date"],
            "beds": row["beds"],
            "occupied": row["occupied"],
            "occupancy": row["occupancy"],
            "er_median_min": row["er_median_min"],
            "updated_at": row["updated_at"],
            "deleted": False,
        })
    return items


def reported_months(now: datetime) -> list[date]:
    """First days of the months whose coverage is out at ``now`` (the last 12), oldest first."""
    first = now.date().replace(day=1)
    if now < at(first.replace(day=5), 8):
        first = (first - timedelta(days=1)).replace(day=1)
    months = []
    for _ in range(MONTHS):
        first = (first - timedelta(days=1)).replace(day=1)
        months.append(first)
    return months[::-1]


def build_health_vaccination(seed: int, atlas: Atlas, now: datetime, world: World) -> list[dict]:
    items = []
    for month in reported_months(now):
        reported = at((month + timedelta(days=32)).replace(day=5), 8)
        for code, (due, coverage) in VACCINATION.items():
            rng = random.Random(f"{seed}:health_vaccination:{code}:{month:%Y-%m}")
            children = poisson(rng, due)
            done = binomial(rng, children, min(0.995, rng.gauss(coverage, 0.012)))
            items.append({
                "id": f"hv-{code}-{month:%Y-%m}",
                "month": f"{month:%Y-%m}",
                "ward": code,
                "ward_name": WARDS[code],
                "children_due": children,
                "fully_vaccinated": done,
                "coverage": round(100 * done / children, 1) if children else None,
                "updated_at": iso(reported),
                "deleted": False,
            })
    return items
