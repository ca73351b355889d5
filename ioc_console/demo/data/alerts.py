"""The alert queue: camera detections, complaints near or past their deadline, KPI breaches,
CAP warnings and alerts entered by operators, in mixed states.

The ``make_*`` functions build one new alert each; :mod:`live` uses them for live events.
Alerts that concern the whole city have ``ward`` None.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from .alert_flow import comment, cut, new_alert, plan_steps
from .alert_texts import (
    CAP_PLACES,
    CITY,
    DETECTIONS,
    MANUAL,
    MANUAL_PLACES,
    PROCEDURES,
    WARD_NAMES,
)
from .cap import SENDER, WARNINGS, cap_document
from .draws import poisson
from .kpis import misses_target
from .services import URBAN_SERVICES
from .times import at, iso, parse
from .units import Atlas

WARDS = ["29869", "29884", "29888"]


def alert_id(n: int) -> str:
    return f"AL-{n:06d}"


def next_alert_id(alerts: list[dict]) -> str:
    return alert_id(max((int(a["id"][3:]) for a in alerts), default=0) + 1)


def snapshot_url(aid: str) -> str:
    return f"/api/v1/alerts/{aid}/snapshot"


def detection_box(camera_id: str, created: datetime) -> list[float]:
    """Where in the picture the detection is, as fractions [x, y, w, h] of the frame (the same
    for the same camera and moment; drawn apart from the alert's own draws)."""
    rng = random.Random(f"{camera_id}:{created.isoformat()}")
    w, h = round(rng.uniform(0.08, 0.3), 3), round(rng.uniform(0.1, 0.35), 3)
    return [round(rng.uniform(0.02, 0.98 - w), 3), round(rng.uniform(0.1, 0.98 - h), 3), w, h]


def make_detection(rng: random.Random, aid: str, camera: dict, created: datetime) -> dict:
    feature = rng.choice(camera["ai_features"])
    title, description, priority, team = DETECTIONS[feature]
    alert = new_alert(aid, type="ai_detection", priority=priority, title=title,
                      description=description.format(place=camera["name"],
                                                     n=rng.randint(12, 95)),
                      source=camera["id"], point=(camera["lon"], camera["lat"]),
                      ward=camera["ward"], created=created, procedure=PROCEDURES[feature],
                      related={"camera": camera["id"]}, place=camera["name"])
    alert["snapshot"] = {"url": snapshot_url(aid), "box": detection_box(camera["id"], created)}
    alert["_team"] = team
    return alert


def make_cap_warning(rng: random.Random, aid: str, created: datetime, atlas: Atlas) -> dict:
    warning = rng.choice(WARNINGS)
    identifier = f"VN-KTTV-DT-{created:%Y%m%d%H%M}-{rng.randint(100, 999)}"
    centre = atlas.near("Phường 1", (0.0, 0.0))
    alert = new_alert(aid, type="cap_warning", priority=warning[7], title=warning[1],
                      description=warning[2], source=SENDER, point=centre, ward=None,
                      created=created, procedure=PROCEDURES["cap"],
                      related={"cap": identifier}, place=CAP_PLACES.get(warning[0], CITY),
                      cap=cap_document(identifier, created, warning, WARDS))
    alert["_team"] = "Ban Chỉ huy Phòng thủ dân sự phường"
    return alert


def make_kpi_breach(aid: str, kpi: dict, created: datetime, atlas: Atlas) -> dict:
    target = f"{kpi['target']:g}"
    centre = atlas.near("Phường 1", (0.0, 0.0))
    alert = new_alert(aid, type="kpi_breach", priority=3,
                      title=f"Chỉ tiêu chưa đạt: {kpi['name']}",
                      description=f"{kpi['name']} kỳ {kpi['period']}: {kpi['value']:g} "
                                  f"{kpi['unit']} (mục tiêu {target} {kpi['unit']}).",
                      source=f"kpi:{kpi['id']}", point=centre, ward=kpi["ward"],
                      created=created, procedure=PROCEDURES["kpi"], related={"kpi": kpi["id"]},
                      place=WARD_NAMES.get(kpi["ward"] or "", CITY))
    alert["_team"] = "Văn phòng UBND phường"
    return alert


def make_complaint_alert(aid: str, complaint: dict, created: datetime, overdue: bool) -> dict:
    deadline = parse(complaint["legal_deadline"])
    when = f"{deadline:%d/%m/%Y %H:%M}"
    if overdue:
        title = f"Phản ánh {complaint['id']} quá hạn xử lý"
        text = f"Đã quá hạn xử lý ({when}) – {complaint['agency_responsible']}."
    else:
        title = f"Phản ánh {complaint['id']} sắp đến hạn xử lý"
        text = f"Còn dưới 1 ngày làm việc đến hạn ({when}) – {complaint['agency_responsible']}."
    alert = new_alert(aid, type="complaint_overdue", priority=2 if overdue else 3, title=title,
                      description=f"{complaint['service_name']}: {text}", source="1022",
                      point=(complaint["long"], complaint["lat"]),
                      ward=complaint["current_ward"], created=created,
                      procedure=PROCEDURES["complaint"], related={"complaint": complaint["id"]},
                      place=complaint.get("address")
                      or WARD_NAMES.get(complaint["current_ward"], CITY))
    alert["_team"] = complaint["agency_responsible"]
    return alert


def _manual(rng: random.Random, aid: str, spec: tuple, created: datetime, atlas: Atlas) -> dict:
    title, description, source, procedure, priority, unit, team = spec
    point = atlas.near(unit, (rng.uniform(-0.002, 0.002), rng.uniform(-0.002, 0.002)))
    alert = new_alert(aid, type="manual", priority=priority, title=title,
                      description=description, source=source, point=point,
                      ward=atlas.ward_at(point).code, created=created, procedure=procedure,
                      related={}, created_by="operator",
                      place=MANUAL_PLACES.get(title, unit))
    alert["_team"] = team.replace("{urban}", URBAN_SERVICES)
    return alert


# planned end states and their weights; an alert's plan is cut at ``now``
TARGETS = {"closed": 55, "resolved": 10, "assigned": 8, "escalated": 5, "acknowledged": 7,
           "shelved": 14, "new": 7}
WINDOW = {"ai_detection": timedelta(hours=36), "manual": timedelta(hours=48),
          "cap_warning": timedelta(days=14), "kpi_breach": timedelta(days=31),
          "complaint_overdue": timedelta(days=120)}
PER_DAY = {"ai_detection": 10.0, "cap_warning": 5 / 14, "manual": 3.0}
_ORIGIN = date(2021, 12, 12)


def _day_drafts(seed: int, day: date, atlas: Atlas, online: list[dict]) -> list[dict]:
    """The detections, CAP warnings and operators' alerts of ``day``, numbered in draw order:
    the same whatever ``now`` is."""
    rng = random.Random(f"{seed}:alerts:{day.isoformat()}")
    base = (day - _ORIGIN).days * 100
    drafts = []

    def moment() -> datetime:
        return at(day, 0) + timedelta(seconds=rng.randrange(86400))

    for _ in range(poisson(rng, PER_DAY["ai_detection"])):
        drafts.append(make_detection(rng, "", rng.choice(online), moment()))
    for _ in range(poisson(rng, PER_DAY["cap_warning"])):
        drafts.append(make_cap_warning(rng, "", moment(), atlas))
    for _ in range(poisson(rng, PER_DAY["manual"])):
        drafts.append(_manual(rng, "", rng.choice(MANUAL), moment(), atlas))
    for n, alert in enumerate(drafts, 1):
        alert["id"] = alert_id(base + n)
        if alert["snapshot"]:
            alert["snapshot"]["url"] = snapshot_url(alert["id"])
        alert["_rng"] = random.Random(f"{seed}:alert:{alert['id']}")
    return drafts


def _numbered(seed: int, alert: dict, slot: int) -> dict:
    day = parse(alert["created_at"]).date()
    alert["id"] = alert_id((day - _ORIGIN).days * 100 + slot)
    alert["_rng"] = random.Random(f"{seed}:alert:{alert['id']}")
    return alert


def build_alerts(seed: int, atlas: Atlas, now: datetime, cameras, complaints, kpis) -> list:
    """The alert queue at ``now``: each alert is drawn on its day with its whole plan (actions
    and their moments) and cut at ``now``; ids are the day's number and the draw's."""
    online = sorted((c for c in cameras if c["status"] == "online"), key=lambda c: c["id"])
    drafts: list[dict] = []
    for back in range(14, -1, -1):
        drafts += _day_drafts(seed, now.date() - timedelta(days=back), atlas, online)
    for n, kpi in enumerate([k for k in kpis if misses_target(k)][:5]):
        created = parse(kpi["updated_at"]) + timedelta(minutes=7)
        drafts.append(_numbered(seed, make_kpi_breach("", kpi, created, atlas), 80 + n))
    near = [c for c in complaints if _late_in_window(c)]
    for c in near:
        alert = make_complaint_alert("", c, parse(_warned_at(c)), overdue=False)
        slot = 60 + sum(_warned_at(o)[:10] == _warned_at(c)[:10] for o in near[:near.index(c)])
        drafts.append(_numbered(seed, alert, slot))
        drafts[-1]["_open"] = c
    stamp = iso(now)
    out = []
    for alert in sorted(drafts, key=lambda a: (a["created_at"], a["id"])):
        created = parse(alert["created_at"])
        if alert["created_at"] > stamp or now - created > WINDOW[alert["type"]]:
            continue
        rng, team = alert.pop("_rng"), alert.pop("_team")
        target = rng.choices(list(TARGETS), weights=list(TARGETS.values()))[0]
        complaint = alert.pop("_open", None)
        if complaint is not None and complaint["status"] == "open":  # its complaint is open
            target = rng.choice(["acknowledged", "assigned"])
        cut(alert, plan_steps(rng, created, target), now, team)
        if rng.random() < 0.3:
            said = parse(alert["history"][-1]["at"]) + timedelta(minutes=rng.randint(1, 20))
            if said <= now:
                comment(alert, "operator", said, rng.choice(COMMENTS))
        out.append(alert)
    return out


def _warned_at(c: dict) -> str:
    """When a complaint's near-deadline warning is raised: a day before its deadline."""
    return iso(parse(c["legal_deadline"]) - timedelta(hours=24))


def _late_in_window(c: dict) -> bool:
    """Resolved in the last quarter of its handling time, or still open near its deadline."""
    requested, deadline = parse(c["requested_datetime"]), parse(c["legal_deadline"])
    done = next((h["at"] for h in c["status_history"] if h["state"] == "resolved"), None)
    end = parse(done) if done else deadline
    return (end - requested) > 0.75 * (deadline - requested)


COMMENTS = [
    "Đã liên hệ đơn vị phụ trách, đang cử lực lượng đến hiện trường.",
    "Đã xác minh qua camera, thông tin chính xác.",
    "Chuyển thông tin cho Công an phường phối hợp xử lý.",
    'Người dân báo lại: "đã xử lý xong" – chờ xác nhận.',
]
