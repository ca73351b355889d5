"""The alert queue: camera detections, complaints near or past their deadline, KPI breaches,
CAP warnings and alerts entered by operators, in mixed states.

The ``make_*`` functions build one new alert each; :mod:`live` uses them for live events.
Alerts that concern the whole city have ``ward`` None.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .alert_flow import comment, new_alert, play
from .alert_texts import DETECTIONS, MANUAL, PROCEDURES
from .cap import SENDER, WARNINGS, cap_document
from .kpis import misses_target
from .services import URBAN_SERVICES
from .times import iso, parse
from .units import Atlas

WARDS = ["29869", "29884", "29888"]


def alert_id(n: int) -> str:
    return f"AL-{n:06d}"


def next_alert_id(alerts: list[dict]) -> str:
    return alert_id(max((int(a["id"][3:]) for a in alerts), default=0) + 1)


def make_detection(rng: random.Random, aid: str, camera: dict, created: datetime) -> dict:
    feature = rng.choice(camera["ai_features"])
    title, description, priority, team = DETECTIONS[feature]
    alert = new_alert(aid, type="ai_detection", priority=priority, title=title,
                      description=description.format(place=camera["name"],
                                                     n=rng.randint(12, 95)),
                      source=camera["id"], point=(camera["lon"], camera["lat"]),
                      ward=camera["ward"], created=created, procedure=PROCEDURES[feature],
                      related={"camera": camera["id"]})
    alert["_team"] = team
    return alert


def make_cap_warning(rng: random.Random, aid: str, created: datetime, atlas: Atlas) -> dict:
    warning = rng.choice(WARNINGS)
    identifier = f"VN-KTTV-DT-{created:%Y%m%d%H%M}-{rng.randint(100, 999)}"
    centre = atlas.near("Phường 1", (0.0, 0.0))
    alert = new_alert(aid, type="cap_warning", priority=warning[7], title=warning[1],
                      description=warning[2], source=SENDER, point=centre, ward=None,
                      created=created, procedure=PROCEDURES["cap"],
                      related={"cap": identifier},
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
                      created=created, procedure=PROCEDURES["kpi"], related={"kpi": kpi["id"]})
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
                      procedure=PROCEDURES["complaint"], related={"complaint": complaint["id"]})
    alert["_team"] = complaint["agency_responsible"]
    return alert


def _manual(rng: random.Random, aid: str, spec: tuple, created: datetime, atlas: Atlas) -> dict:
    title, description, source, procedure, priority, unit, team = spec
    point = atlas.near(unit, (rng.uniform(-0.002, 0.002), rng.uniform(-0.002, 0.002)))
    alert = new_alert(aid, type="manual", priority=priority, title=title,
                      description=description, source=source, point=point,
                      ward=atlas.ward_at(point).code, created=created, procedure=procedure,
                      related={}, created_by="operator")
    alert["_team"] = team.replace("{urban}", URBAN_SERVICES)
    return alert


def _target_state(rng: random.Random, created: datetime, now: datetime) -> str:
    if now - created > timedelta(days=1):
        return rng.choice(["closed", "closed", "resolved"])
    return rng.choice(["new", "new", "acknowledged", "assigned", "assigned", "escalated",
                       "snoozed", "resolved"])


def build_alerts(seed: int, atlas: Atlas, now: datetime, cameras, complaints, kpis) -> list:
    rng = random.Random(f"{seed}:alerts")
    drafts: list[dict] = []

    def ago(hours_max: float) -> datetime:
        return (now - timedelta(hours=rng.uniform(0.1, hours_max))).replace(microsecond=0)

    online = [c for c in cameras if c["status"] == "online"]
    drafts += [make_detection(rng, "", rng.choice(online), ago(36)) for _ in range(18)]
    for _ in range(5):
        drafts.append(make_cap_warning(rng, "", ago(14 * 24), atlas))
    for kpi in [k for k in kpis if misses_target(k)][:5]:
        drafts.append(make_kpi_breach("", kpi, ago(30), atlas))
    stamp = iso(now)
    near = [c for c in complaints if c["legal_deadline"] > iso(now - timedelta(days=365))
            and _late_in_window(c) and _warned_at(c) <= stamp]
    for c in near[-5:]:
        drafts.append(make_complaint_alert("", c, parse(_warned_at(c)), overdue=False))
        drafts[-1]["_open"] = c["status"] == "open"
    for spec in MANUAL:
        drafts.append(_manual(rng, "", spec, ago(48), atlas))
    drafts.sort(key=lambda a: (a["created_at"], a["title"]))
    for n, alert in enumerate(drafts, 1):
        alert["id"] = alert_id(n)
        team = alert.pop("_team")
        target = _target_state(rng, parse(alert["created_at"]), now)
        if alert.pop("_open", False):  # its complaint is still open
            target = rng.choice(["acknowledged", "assigned"])
        play(rng, alert, target, now, team)
        if rng.random() < 0.3:
            at = parse(alert["updated_at"])
            comment(alert, "operator", at, rng.choice(COMMENTS))
    return drafts


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
