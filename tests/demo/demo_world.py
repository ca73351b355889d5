"""A small hand-made world for the demo backend's server tests, and a signed-in session."""

from __future__ import annotations

import types
from datetime import datetime, timedelta

import requests

from ioc_console.demo import DemoBackend
from ioc_console.demo.timeutil import TZ, fmt

NOW = datetime(2026, 11, 29, 14, 0, tzinfo=TZ)
WARDS = ("29869", "29884", "29888")
ROLES = {
    "operator": ("operator", None),
    "supervisor": ("supervisor", None),
    "admin": ("admin", None),
    "clerk.caolanh": ("ward_clerk", "29869"),
    "clerk.myngai": ("ward_clerk", "29884"),
    "clerk.mytra": ("ward_clerk", "29888"),
}


def _stamp(minutes_ago: float) -> str:
    return fmt(NOW - timedelta(minutes=minutes_ago))


def _unit(code, name, valid_from, valid_to, current, lat, lon, minutes_ago):
    return {
        "id": f"{code}@{valid_from or 'origin'}", "code": code, "name": name,
        "kind": "Xã" if name.startswith("Xã") else "Phường", "valid_from": valid_from,
        "valid_to": valid_to, "current_ward": current, "lat": lat, "lon": lon,
        "geometry": {"type": "Polygon", "coordinates": [[[lon, lat], [lon + 0.01, lat],
                                                         [lon, lat + 0.01], [lon, lat]]]},
        "geometry_quality": "approximate", "updated_at": _stamp(minutes_ago), "deleted": False,
    }


def _complaint(n: int, unit: dict, minutes_ago: float) -> dict:
    requested = _stamp(minutes_ago + 60)
    sid = f"PA-2026-{n:06d}"
    return {
        "id": sid, "service_request_id": sid, "service_code": "rac_thai",
        "service_name": "Rác thải – vệ sinh môi trường",
        "description": f"Rác <chưa> thu gom & bốc mùi #{n}", "status": "open",
        "status_notes": None, "agency_responsible": f"UBND {unit['name']}",
        "requested_datetime": requested, "updated_datetime": requested,
        "expected_datetime": _stamp(-600), "address": f"Số {n} đường Lý Thường Kiệt",
        "lat": unit["lat"], "long": unit["lon"], "media_url": None, "channel": "zalo",
        "ward": unit["code"], "unit_id": unit["id"], "current_ward": unit["current_ward"],
        "category": "rac_thai", "legal_deadline": _stamp(-600), "state": "received",
        "status_history": [{"state": "received", "at": requested, "by": "1022", "note": None}],
        "resolution": None, "satisfaction": None, "satisfied": None,
        "updated_at": _stamp(minutes_ago), "deleted": False,
    }


def alert_item(n: int, ward: str, minutes_ago: float, state: str = "new") -> dict:
    return {
        "id": f"AL-{n:06d}", "priority": 2, "type": "ai_detection",
        "title": "Phát hiện ùn tắc", "description": "Camera phát hiện ùn tắc giao thông",
        "source": "cam-01", "lat": 10.456, "lon": 105.63, "ward": ward, "state": state,
        "assignee": None, "sla_deadline": _stamp(-30), "procedure": "Xử lý ùn tắc giao thông",
        "created_at": _stamp(minutes_ago), "place": "Ngã tư số 1", "acknowledged_at": None,
        "shelved_until": None, "shelved_from": None, "shelve_reason": None,
        "duplicate_count": 0, "last_repeat_at": None, "steps": [], "outcome": None,
        "sla_breached": {}, "snapshot": {"url": f"/api/v1/alerts/AL-{n:06d}/snapshot",
                                         "box": [0.4, 0.5, 0.2, 0.3]},
        "comments": [], "history": [],
        "cap": None, "related": {"camera": "cam-01"}, "updated_at": _stamp(minutes_ago),
        "deleted": False,
    }


def small_world(complaints: int = 30) -> types.SimpleNamespace:
    units = [
        _unit("29869", "Phường Cao Lãnh", "2025-07-01", None, "29869", 10.456, 105.636, 900),
        _unit("29884", "Phường Mỹ Ngãi", "2025-07-01", None, "29884", 10.486, 105.600, 900),
        _unit("29888", "Phường Mỹ Trà", "2025-07-01", None, "29888", 10.470, 105.643, 900),
        _unit("29872", "Phường 4", "2025-01-01", "2025-07-01", "29869", 10.450, 105.626, 900),
        _unit("29884", "Xã Mỹ Tân", None, "2025-07-01", "29884", 10.488, 105.619, 900),
    ]
    cameras = [
        {"id": f"cam-0{i}", "name": f"Ngã tư số {i}", "ward": WARDS[i % 3], "lat": 10.45,
         "lon": 105.63, "direction_deg": 90, "fov_deg": 60.0,
         "streams": {"main": f"/streams/cam-0{i}/main.ts", "sub": f"/streams/cam-0{i}/sub.ts",
                     "relay": None},
         "status": "online", "domain": "traffic", "ai_features": ["traffic_jam"],
         "updated_at": _stamp(800 - i), "deleted": False}
        for i in range(1, 4)
    ]
    # complaints of old units (Phường 4, Xã Mỹ Tân) and of today's wards
    complaint_items = [
        _complaint(n, units[n % len(units)], 500 - n) for n in range(1, complaints + 1)
    ]
    procedure_results = [
        {"id": f"2024-05-0{d}|Hộ tịch|UBND Phường 4|29872", "date": f"2024-05-0{d}",
         "field": "Hộ tịch", "agency": "UBND Phường 4", "ward": "29872", "received": 5,
         "online": 2, "resolved_on_time": 4, "resolved_late": 1, "pending": 0,
         "updated_at": _stamp(700 - d), "deleted": False}
        for d in range(1, 4)
    ]
    alerts = [alert_item(n, WARDS[n % 3], 300 - n) for n in range(1, 13)]
    facilities = [
        {"id": "fac-1", "domain": "healthcare", "kind": "hospital", "name": "Bệnh viện",
         "address": "Cao Lãnh", "ward": "29869", "lat": 10.45, "lon": 105.63,
         "updated_at": _stamp(650), "deleted": False}
    ]
    kpis = [
        {"id": "complaints.satisfaction", "domain": "complaints", "name": "Tỷ lệ hài lòng",
         "value": 92.0, "unit": "%", "target": 90.0, "direction": "higher_is_better",
         "period": "2026-11", "ward": None, "updated_at": _stamp(640), "deleted": False},
        {"id": "complaints.satisfaction.29888", "domain": "complaints",
         "name": "Tỷ lệ hài lòng", "value": 88.0, "unit": "%", "target": 90.0,
         "direction": "higher_is_better", "period": "2026-11", "ward": "29888",
         "updated_at": _stamp(630), "deleted": False},
    ]
    tasks = [
        {"id": "task-1", "title": "Khắc phục ngập", "issued_by": "UBND tỉnh",
         "assignee_agency": "UBND Phường Mỹ Trà", "ward": "29888", "issued_at": _stamp(2000),
         "deadline": _stamp(-2000), "state": "open", "updated_at": _stamp(620), "deleted": False}
    ]
    users = [
        {"username": name, "password": f"{name}-demo", "display_name": name.title(),
         "role": role, "ward": ward}
        for name, (role, ward) in ROLES.items()
    ]
    services = [
        {"service_code": "rac_thai", "service_name": "Rác thải – vệ sinh môi trường",
         "description": "Rác không được thu gom", "metadata": False, "type": "realtime",
         "keywords": "rác,vệ sinh", "group": "Môi trường"},
        {"service_code": "chieu_sang", "service_name": "Chiếu sáng công cộng",
         "description": "Đèn đường hỏng", "metadata": True, "type": "realtime",
         "keywords": "đèn đường", "group": "Hạ tầng đô thị",
         "attributes": [{"variable": True, "code": "POLE", "datatype": "string",
                         "required": False, "datatype_description": "Số trụ đèn", "order": 1,
                         "description": "Số hiệu trụ đèn"}]},
    ]
    return types.SimpleNamespace(
        units=units, cameras=cameras, complaints=complaint_items,
        procedure_results=procedure_results, alerts=alerts, facilities=facilities, kpis=kpis,
        tasks=tasks, users=users, services=services, seed=1, now=NOW,
    )


def new_detection(rng, world, now):
    """A stand-in for the data module's live function: a new AI-camera alert."""
    number = max(int(a["id"][3:]) for a in world.alerts) + 1
    return alert_item(number, WARDS[rng.randrange(3)], 0)


def session_for(backend: DemoBackend, username: str = "operator") -> requests.Session:
    """A requests session logged in as ``username``."""
    session = requests.Session()
    answer = session.post(f"{backend.url}/api/v1/auth/token",
                          json={"username": username, "password": f"{username}-demo"}, timeout=5)
    answer.raise_for_status()
    session.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
    return session
