"""Key performance indicators per domain for the current month, with their targets.

Complaint, procedure, camera and directive-task indicators are computed from the other
datasets; the rest are plausible monthly statistics of the city.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .times import iso, parse

H, L = "higher_is_better", "lower_is_better"

# domain, slug, label, unit, target, direction, typical value, spread
STATIC = [
    ("healthcare", "outpatient_visits", "Lượt khám chữa bệnh", "lượt", None, H, 41500, 3000),
    ("healthcare", "insurance_coverage", "Tỷ lệ dân số tham gia BHYT", "%", 95, H, 94.6, 0.4),
    ("healthcare", "child_vaccination", "Tỷ lệ trẻ em tiêm chủng đầy đủ", "%", 95, H, 97.1, 0.8),
    ("healthcare", "bed_occupancy", "Công suất sử dụng giường bệnh", "%", 95, L, 87, 4),
    ("education", "enrolment_primary", "Tỷ lệ trẻ 6 tuổi vào lớp 1", "%", 99.5, H, 99.7, 0.2),
    ("education", "standard_schools", "Tỷ lệ trường đạt chuẩn quốc gia", "%", 80, H, 78.6, 0.5),
    ("education", "dropout", "Tỷ lệ học sinh bỏ học", "%", 0.5, L, 0.31, 0.08),
    ("security", "criminal_cases", "Số vụ phạm pháp hình sự", "vụ", 8, L, 6, 2),
    ("security", "case_clearance", "Tỷ lệ điều tra, khám phá án", "%", 85, H, 88.5, 3),
    ("security", "fires", "Số vụ cháy", "vụ", 2, L, 1, 1),
    ("traffic", "accidents", "Số vụ tai nạn giao thông", "vụ", 4, L, 3, 2),
    ("traffic", "fatalities", "Số người chết do tai nạn giao thông", "người", 1, L, 1, 1),
    ("tourism", "visitors", "Lượt khách du lịch", "lượt", 45000, H, 48200, 4000),
    ("tourism", "revenue", "Doanh thu du lịch", "tỷ đồng", 60, H, 62.5, 5),
    ("tourism", "room_occupancy", "Công suất phòng lưu trú", "%", 65, H, 61.4, 3),
    ("social_media", "negative_posts_handled", "Tin tiêu cực đã xác minh, xử lý", "%", 100, H,
     96.0, 2),
    ("social_media", "mentions", "Lượt đề cập đến thành phố trên mạng xã hội", "lượt", None, H,
     2140, 300),
    ("socio_economic", "grdp_growth", "Tăng trưởng GRDP (ước)", "%", 7.5, H, 7.6, 0.3),
    ("socio_economic", "public_investment", "Tỷ lệ giải ngân vốn đầu tư công", "%", 80, H, 71.2,
     4),
]


def _kpi(kid, domain, name, value, unit, target, direction, period, ward, updated) -> dict:
    return {"id": kid, "domain": domain, "name": name, "value": value, "unit": unit,
            "target": target, "direction": direction, "period": period, "ward": ward,
            "updated_at": iso(updated), "deleted": False}


def _pct(part: float, whole: float) -> float:
    return round(100 * part / whole, 1) if whole else 0.0


def build_kpis(seed: int, now: datetime, complaints, procedures, cameras, tasks) -> list[dict]:
    """The indicators of ``now``'s month. A monthly statistic's value and report time depend on
    (seed, month) only; a computed one is stamped with the last change of what it counts."""
    period = now.strftime("%Y-%m")
    month_start = datetime(now.year, now.month, 1, tzinfo=now.tzinfo)
    items = []
    for domain, slug, label, unit, target, direction, typical, spread in STATIC:
        rng = random.Random(f"{seed}:kpis:{period}:{domain}.{slug}")
        value = typical + rng.uniform(-spread, spread)
        value = round(value) if unit in ("lượt", "vụ", "người") else round(value, 1)
        reported = month_start + timedelta(hours=rng.uniform(1, 72))
        items.append(_kpi(f"{domain}.{slug}", domain, label, max(value, 0), unit, target,
                          direction, period, None, min(now, reported.replace(microsecond=0))))
    items += complaint_kpis(complaints, now, period)
    recent = [r for r in procedures if r["date"] >= (now - timedelta(days=30)).date().isoformat()]
    done = sum(r["resolved_on_time"] + r["resolved_late"] for r in recent)
    stamp = _last_change(now, recent)
    items += [
        _kpi("administration.on_time_rate", "administration", "Tỷ lệ hồ sơ TTHC giải quyết đúng "
             "hạn (30 ngày)", _pct(sum(r["resolved_on_time"] for r in recent), done), "%", 98,
             H, period, None, stamp),
        _kpi("administration.online_rate", "administration", "Tỷ lệ hồ sơ nộp trực tuyến "
             "(30 ngày)", _pct(sum(r["online"] for r in recent),
                               sum(r["received"] for r in recent)), "%", 40, H, period, None,
             stamp),
        _kpi("traffic.cameras_online", "traffic", "Tỷ lệ camera hoạt động",
             _pct(sum(c["status"] == "online" for c in cameras), len(cameras)), "%", 95, H,
             period, None, _last_change(now, cameras)),
        _kpi("directives.on_time_rate", "directives", "Tỷ lệ nhiệm vụ chỉ đạo hoàn thành "
             "đúng hạn", _pct(sum(t["state"] == "done" for t in tasks),
                              sum(t["state"] in ("done", "overdue") for t in tasks)), "%", 90,
             H, period, None, _last_change(now, tasks)),
    ]
    return items


def _last_change(now: datetime, items, extra: tuple[str, ...] = ()) -> datetime:
    """When a figure over ``items`` last changed: their latest ``updated_at`` (or ``extra``)."""
    stamps = [i["updated_at"] for i in items if i["updated_at"] <= iso(now)]
    stamps += [s for s in extra if s <= iso(now)]
    return parse(max(stamps)) if stamps else now


def complaint_kpis(complaints: list[dict], now: datetime, period: str) -> list[dict]:
    """The complaint indicators, computed from the records as they stand at ``now``.

    ``complaints.handled_rate`` (the city's "100% handled by the responsible agency") is the
    share, among the complaints whose legal deadline has passed at ``now``, of those resolved or
    closed by the responsible agency (on time or late). A complaint still open past its deadline
    lowers it until it is handled, and the operators see it as an open complaint_overdue alert.
    ``received_total`` counts every complaint received, ``received_month`` those received in
    ``period``; ``satisfaction_rate`` is the share of ratings of 4 or 5 among rated complaints
    (city-wide and per ward of today).
    """
    nowiso = iso(now)
    due = [c for c in complaints if c["legal_deadline"] < nowiso]
    handled = [c for c in due if c["state"] in ("resolved", "closed")]
    rated = [c for c in complaints if c["satisfaction"] is not None]
    month = [c for c in complaints if c["requested_datetime"][:7] == period]
    deadlines = tuple(c["legal_deadline"] for c in due)
    stamp = _last_change(now, complaints, deadlines)
    items = [
        _kpi("complaints.received_total", "complaints", "Tổng số phản ánh đã tiếp nhận (1022)",
             len(complaints), "phản ánh", None, H, period, None, stamp),
        _kpi("complaints.received_month", "complaints", "Phản ánh tiếp nhận trong tháng",
             len(month), "phản ánh", None, L, period, None, stamp),
        _kpi("complaints.handled_rate", "complaints", "Tỷ lệ phản ánh đến hạn đã xử lý",
             _pct(len(handled), len(due)), "%", 100, H, period, None, stamp),
        _kpi("complaints.satisfaction_rate", "complaints", "Tỷ lệ người dân hài lòng",
             _pct(sum(c["satisfied"] for c in rated), len(rated)), "%", 90, H, period, None,
             stamp),
    ]
    for ward, name in (("29869", "Cao Lãnh"), ("29884", "Mỹ Ngãi"), ("29888", "Mỹ Trà")):
        mine = [c for c in rated if c["current_ward"] == ward]
        items.append(_kpi(f"complaints.satisfaction_rate.{ward}", "complaints",
                          f"Tỷ lệ người dân hài lòng – phường {name}",
                          _pct(sum(c["satisfied"] for c in mine), len(mine)), "%", 90, H, period,
                          ward, stamp))
    return items


def misses_target(kpi: dict) -> bool:
    """Whether ``kpi`` is on the wrong side of its target."""
    if kpi["target"] is None:
        return False
    if kpi["direction"] == H:
        return kpi["value"] < kpi["target"]
    return kpi["value"] > kpi["target"]
