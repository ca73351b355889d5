"""What the demo backend serves about alerts besides the alerts: the SLA targets, the
procedures every demo alert names, and the snapshot of a camera detection."""

from __future__ import annotations

import struct

import pytest
from demo_world import alert_item, session_for

from ioc_console.demo import DemoBackend
from ioc_console.demo.data.alert_texts import MANUAL, PROCEDURES


@pytest.fixture(scope="module")
def city():
    backend = DemoBackend(seed=3, rate=0, complaints=60)
    backend.start()
    session = session_for(backend, "operator")
    yield backend, session
    session.close()
    backend.stop()


def _all(backend, session, path):
    answer = session.get(f"{backend.url}/api/v1/{path}", params={"limit": 1000}, timeout=10)
    assert answer.status_code == 200, answer.text
    return answer.json()["items"]


def test_every_procedure_an_alert_names_has_its_steps_in_vietnamese(city):
    backend, session = city
    procedures = {p["id"]: p for p in _all(backend, session, "alert-procedures")}
    named = {*PROCEDURES.values(), *(spec[3] for spec in MANUAL)}
    named |= {a["procedure"] for a in backend.store.items("alerts")}
    assert named <= set(procedures)
    for procedure in procedures.values():
        steps = procedure["steps"]
        assert len(steps) >= 3 and any(s["mandatory"] for s in steps), procedure["id"]
        assert all(not s["text"].isascii() for s in steps), procedure["id"]  # Vietnamese
        assert procedure["types"] and procedure["id"].endswith(procedure["title"])


def test_sla_targets_per_priority_with_a_type_of_its_own(city):
    backend, session = city
    rows = {r["id"]: r for r in _all(backend, session, "alert-sla")}
    assert [(rows[f"P{p}"]["acknowledge_seconds"], rows[f"P{p}"]["type"]) for p in (1, 2, 3)] \
        == [(60, None), (300, None), (900, None)]
    assert rows["P2-cap_warning"]["acknowledge_seconds"] == 120
    for alert in backend.store.items("alerts"):  # the resolve deadline follows the targets
        assert alert["sla_deadline"] > alert["created_at"]


def test_the_demo_alerts_carry_the_new_fields(city):
    backend, _session = city
    alerts = backend.store.items("alerts")
    assert all(a["place"] for a in alerts)
    detections = [a for a in alerts if a["type"] == "ai_detection"]
    assert detections and all(
        a["snapshot"]["url"] == f"/api/v1/alerts/{a['id']}/snapshot"
        and all(0 <= v <= 1 for v in a["snapshot"]["box"]) for a in detections)
    assert all(a["snapshot"] is None for a in alerts if a["type"] != "ai_detection")
    assert any(a["sla_breached"] for a in alerts)
    for alert in alerts:
        if alert["state"] in ("resolved", "closed"):
            done = {m["step"] for m in alert["steps"] if m["done"]}
            steps = backend.store.get("alert_procedures", alert["procedure"])["steps"]
            assert all(n in done for n, s in enumerate(steps) if s["mandatory"]), alert["id"]
        consoles = {h.get("console") for h in alert["history"] if h["by"] != "system"}
        assert None not in consoles


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_a_detection_has_a_snapshot_picture(backend, api):
    session = api()
    url = f"{backend.url}/api/v1/alerts/AL-000001/snapshot"
    answer = session.get(url, timeout=5)
    assert answer.status_code == 200 and answer.headers["Content-Type"] == "image/png"
    assert _png_size(answer.content) == (480, 270)
    again = session.get(url, headers={"If-None-Match": answer.headers["ETag"]}, timeout=5)
    assert again.status_code == 304
    backend.store.put("alerts", {**alert_item(80, "29869", 0), "type": "manual",
                                 "snapshot": None})
    none = session.get(f"{backend.url}/api/v1/alerts/AL-000080/snapshot", timeout=5)
    assert none.status_code == 404 and "snapshot" in none.json()["detail"]
    assert session.get(f"{backend.url}/api/v1/alerts/AL-777777/snapshot",
                       timeout=5).status_code == 404
    clerk = api("clerk.mytra")  # AL-000001 lies in ward 29884
    assert clerk.get(url, timeout=5).status_code == 403
    assert session.get(url.replace("AL-000001", "AL-000002"),
                       timeout=5).content != answer.content  # another frame
