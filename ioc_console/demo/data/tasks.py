"""Directive tasks (nhiệm vụ từ văn bản chỉ đạo điều hành) and how far they have got."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .times import add_working_days, at, is_working_day, iso

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
# the share of tasks in each state, in the order they were issued (oldest first)
STATES = ["done"] * 15 + ["overdue"] * 4 + ["in_progress"] * 6 + ["open"] * 5


def build_tasks(seed: int, now: datetime) -> list[dict]:
    rng = random.Random(f"{seed}:tasks")
    items = []
    total = len(STATES)
    for n, state in enumerate(STATES, 1):
        title, issuer, agency, days = TASKS[rng.randrange(len(TASKS))]
        ward = rng.choice(list(WARDS))
        w = WARDS[ward]
        if state == "open":
            issued = now - timedelta(hours=rng.uniform(2, 60))
        elif state == "in_progress":
            issued = now - timedelta(days=rng.uniform(2, days * 1.2))
        else:
            issued = now - timedelta(days=(total - n) * 5 + rng.uniform(days * 1.6, days * 2))
        issued = _office_time(rng, issued, now)
        deadline = at(add_working_days(issued.date(), days), 17)
        if state == "open" or state == "in_progress":
            while deadline < now:
                deadline = at(add_working_days(deadline.date(), 5), 17)
            updated = issued if state == "open" else issued + (now - issued) * rng.uniform(.3, .9)
        elif state == "overdue":
            updated = deadline
        else:
            updated = issued + (deadline - issued) * rng.uniform(0.4, 0.98)
        items.append({
            "id": f"NV-{n:03d}",
            "title": f"{title} ({w})",
            "issued_by": issuer.format(w=w),
            "assignee_agency": agency.format(w=w),
            "ward": ward,
            "issued_at": iso(issued),
            "deadline": iso(deadline),
            "state": state,
            "updated_at": iso(min(updated, now)),
            "deleted": False,
        })
    return items


def _office_time(rng: random.Random, moment: datetime, now: datetime) -> datetime:
    """An office hour on ``moment``'s day, or on the working day before, not after ``now``."""
    day = moment.date()
    while True:
        candidate = at(day, rng.randint(7, 16), rng.randrange(60))
        if is_working_day(day) and candidate <= now:
            return candidate
        day -= timedelta(days=1)
