"""Directive tasks (nhiệm vụ từ văn bản chỉ đạo điều hành) and how far they have got."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from .times import (
    add_working_days,
    at,
    is_working_day,
    iso,
    working_hours_between,
    working_hours_later,
)

WARDS = {"29869": "phường Cao Lãnh", "29884": "phường Mỹ Ngãi", "29888": "phường Mỹ Trà"}

# title, issued by ("{w}": the ward), agency that carries it out, working days allowed
TASKS = [
    ("Triển khai kế hoạch phòng, chống ngập úng mùa mưa", "UBND tỉnh Đồng Tháp",
     "UBND {w}", 20),
    ("Ra quân lập lại trật tự vỉa hè, lòng đường các tuyến trung tâm", "Chủ tịch UBND {w}",
     "Công an {w}", 10),
    ("Rà soát, giải quyết dứt điểm hồ sơ đất đai trễ hạn", "Chủ tịch UBND tỉnh Đồng Tháp",
     "Văn phòng Đăng ký đất đai – Chi nhánh Cao Lãnh", 15),
    ("Kiểm tra an toàn phòng cháy chữa cháy cơ sở karaoke, nhà trọ", "UBND {w}",
     "Đội Cảnh sát PCCC và CNCH khu vực Cao Lãnh", 15),
    ("Nâng tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình", "UBND tỉnh Đồng Tháp",
     "Trung tâm Phục vụ hành chính công {w}", 30),
    ("Xử lý điểm đen tai nạn giao thông trên Quốc lộ 30", "Ban An toàn giao thông tỉnh",
     "Phòng Kinh tế, Hạ tầng và Đô thị {w}", 20),
    ("Phòng, chống sốt xuất huyết và tay chân miệng", "Sở Y tế Đồng Tháp",
     "Trạm Y tế {w}", 10),
    ("Tổng vệ sinh môi trường, khơi thông cống rãnh các khóm, ấp", "Chủ tịch UBND {w}",
     "Công ty Cổ phần Cấp nước và Môi trường đô thị Đồng Tháp", 10),
    ("Thay thế đèn chiếu sáng công cộng bằng đèn LED", "UBND {w}",
     "Công ty Cổ phần Cấp nước và Môi trường đô thị Đồng Tháp", 30),
    ("Bảo đảm an ninh trật tự dịp lễ hội, Tết", "Chủ tịch UBND {w}", "Công an {w}", 10),
    ("Cập nhật dữ liệu dân cư phục vụ Đề án 06", "Chủ tịch UBND tỉnh Đồng Tháp",
     "Công an {w}", 20),
    ("Rà soát hộ nghèo, hộ cận nghèo cuối năm", "UBND {w}", "UBND {w}", 15),
    ("Kiểm tra an toàn thực phẩm tại chợ Cao Lãnh", "Sở Y tế Đồng Tháp", "UBND {w}", 10),
    ("Xử lý phản ánh tồn đọng trên hệ thống 1022", "Chủ tịch UBND tỉnh Đồng Tháp",
     "UBND {w}", 5),
    ("Chỉnh trang cây xanh trên các tuyến đường chính", "UBND {w}",
     "Công ty Cổ phần Cấp nước và Môi trường đô thị Đồng Tháp", 20),
]
STATE_NAMES = {"open": "Chưa thực hiện", "in_progress": "Đang thực hiện", "done": "Đã hoàn thành",
               "overdue": "Quá hạn"}  # as the city's follow-up system words them
ORIGIN = date(2024, 1, 1)  # task n is issued about EVERY_DAYS * n days after it
EVERY_DAYS = 3
SHOWN = 30  # the tasks shown: the last ones issued
# the issuer's document type and sign: "<number>/<type>-<sign>"
DOCUMENTS = {"UBND tỉnh Đồng Tháp": ("KH", "UBND"), "Chủ tịch UBND tỉnh Đồng Tháp": ("CT", "UBND"),
             "Sở Y tế Đồng Tháp": ("KH", "SYT"), "Ban An toàn giao thông tỉnh": ("KH", "BATGT")}


def _plan(seed: int, n: int) -> dict:
    """Task ``n`` with its whole plan: issued, started, done (on time, or late), whatever
    ``now`` is; working days and office hours throughout."""
    rng = random.Random(f"{seed}:task:{n}")
    title, issuer, agency, days = TASKS[rng.randrange(len(TASKS))]
    ward = rng.choice(list(WARDS))
    day = ORIGIN + timedelta(days=EVERY_DAYS * n + rng.randint(0, 3))
    while not is_working_day(day):
        day += timedelta(days=1)
    issued = at(day, rng.randint(7, 15), rng.randrange(60))
    deadline = at(add_working_days(day, days), 17)
    started = working_hours_later(issued, rng.uniform(2, 30))
    if rng.random() < 0.8:
        span = working_hours_between(started, deadline)
        done = working_hours_later(started, span * rng.uniform(0.3, 0.98))
    else:  # late: overdue from its deadline until done
        done = working_hours_later(deadline, rng.uniform(4, 300))
    w = WARDS[ward]
    kind, sign = DOCUMENTS.get(issuer, ("TB", "UBND"))  # a ward's notice of conclusions
    number = random.Random(f"{seed}:task-document:{n}").randint(12, 980)
    return {"id": f"NV-{n:03d}", "document": f"{number}/{kind}-{sign}",
            "title": f"{title} ({w})", "issued_by": issuer.format(w=w),
            "assignee_agency": agency.format(w=w), "ward": ward, "issued": issued,
            "deadline": deadline, "started": started, "done": done}


def _progress(task: dict, now: datetime) -> tuple[int, datetime | None]:
    """The progress the agency last reported at ``now`` (in steps of 10 %, 100 once done)
    and when it reported it (None: nothing reported yet)."""
    if now >= task["done"]:
        return 100, task["done"]
    if now < task["started"]:
        return 0, None
    total = working_hours_between(task["started"], task["done"])
    share = working_hours_between(task["started"], now) / total if total else 0.0
    step = min(9, int(share * 10)) * 10
    if step == 0:
        return 0, None
    return step, working_hours_later(task["started"], total * step / 100)


def _as_of(task: dict, now: datetime) -> dict:
    steps = [("open", task["issued"]), ("in_progress", task["started"])]
    if task["done"] > task["deadline"]:
        steps.append(("overdue", task["deadline"]))
    steps.append(("done", task["done"]))
    state, changed = [(s, t) for s, t in steps if t <= now][-1]
    progress, reported = _progress(task, now)
    if reported is not None and changed < reported <= now:
        changed = reported
    keep = {k: v for k, v in task.items() if k in ("id", "document", "title", "issued_by",
                                                   "assignee_agency", "ward")}
    return {**keep, "issued_at": iso(task["issued"]), "deadline": iso(task["deadline"]),
            "state": state, "state_name": STATE_NAMES[state], "progress": progress,
            "completed_at": iso(task["done"]) if state == "done" else None,
            "updated_at": iso(changed), "deleted": False}


def build_tasks(seed: int, now: datetime) -> list[dict]:
    """The last SHOWN directive tasks issued by ``now``, as they stand at ``now``."""
    n = (now.date() - ORIGIN).days // EVERY_DAYS + 1
    items = []
    while len(items) < SHOWN and n >= 0:
        task = _plan(seed, n)
        if task["issued"] <= now:
            items.append(_as_of(task, now))
        n -= 1
    return items[::-1]
