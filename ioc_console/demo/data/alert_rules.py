"""What the alert queue is measured and guided by: the SLA targets per priority (and per type
where a type has its own) and the standing operating procedures (SOPs) the alerts name, each an
ordered checklist with some steps mandatory. Items of the datasets ``alert_sla`` and
``alert_procedures``."""

from __future__ import annotations

from datetime import datetime, timedelta

from .times import iso

# id, priority, type (None: every type), acknowledge_seconds, resolve_seconds
SLA = [
    ("P1", 1, None, 60, 30 * 60),
    ("P2", 2, None, 5 * 60, 2 * 3600),
    ("P3", 3, None, 15 * 60, 8 * 3600),
    ("P4", 4, None, 3600, 24 * 3600),
    ("P2-cap_warning", 2, "cap_warning", 120, 2 * 3600),
    ("P2-complaint_overdue", 2, "complaint_overdue", 15 * 60, 24 * 3600),
]

# procedure id (as alerts name it) -> (alert types, [(step text, mandatory)])
PROCEDURES: dict[str, tuple[list[str], list[tuple[str, bool]]]] = {
    "QT-GT-01 Xử lý ùn tắc giao thông": (["ai_detection"], [
        ("Xem camera, xác định vị trí và mức độ ùn tắc", True),
        ("Thông báo Đội Cảnh sát giao thông điều tiết tại chỗ", True),
        ("Điều chỉnh chu kỳ đèn tín hiệu nút giao liên quan", False),
        ("Đăng thông tin phân luồng trên ứng dụng Cao Lãnh Smart", False),
        ("Xác nhận giao thông đã thông suốt qua camera", True),
    ]),
    "QT-GT-02 Xử lý vi phạm tín hiệu đèn": (["ai_detection"], [
        ("Xem lại đoạn video, xác nhận hành vi vi phạm", True),
        ("Trích xuất hình ảnh và biển số phương tiện", True),
        ("Chuyển hồ sơ cho Đội Cảnh sát giao thông xử phạt nguội", True),
        ("Ghi nhận kết quả xử lý", False),
    ]),
    "QT-GT-03 Xử lý phương tiện đi ngược chiều": (["ai_detection"], [
        ("Xác nhận qua camera phương tiện đi ngược chiều", True),
        ("Báo lực lượng tuần tra gần nhất chặn dừng", True),
        ("Lưu đoạn video làm chứng cứ", False),
    ]),
    "QT-GT-04 Phương tiện trong danh sách theo dõi": (["ai_detection"], [
        ("Đối chiếu biển số với danh sách theo dõi", True),
        ("Báo ngay Công an phường, không tự tiếp cận phương tiện", True),
        ("Theo dõi hướng di chuyển qua các camera lân cận", False),
        ("Ghi nhận kết quả phối hợp", True),
    ]),
    "QT-GT-05 Xử lý tai nạn giao thông": (["manual", "ai_detection"], [
        ("Xác minh vị trí, số người bị thương", True),
        ("Gọi cấp cứu 115 nếu có người bị thương", True),
        ("Báo Cảnh sát giao thông đến hiện trường", True),
        ("Phân luồng, cảnh báo phương tiện từ xa", False),
        ("Xác nhận hiện trường đã được giải tỏa", True),
    ]),
    "QT-AN-01 Tụ tập đông người": (["ai_detection"], [
        ("Đánh giá số lượng và diễn biến qua camera", True),
        ("Thông báo Công an phường cử tổ tuần tra", True),
        ("Báo cáo lãnh đạo trực nếu đông trên 50 người", False),
        ("Theo dõi đến khi giải tán", True),
    ]),
    "QT-AN-02 Đối tượng khả nghi": (["ai_detection"], [
        ("Xác nhận đối tượng qua camera, lưu hình ảnh", True),
        ("Báo tổ tuần tra Công an phường kiểm tra", True),
        ("Theo dõi qua các camera lân cận", False),
        ("Ghi nhận kết quả kiểm tra", True),
    ]),
    "QT-AN-03 Xâm nhập khu vực cấm": (["ai_detection"], [
        ("Xác nhận xâm nhập qua camera ngay lập tức", True),
        ("Báo Công an phường và bảo vệ khu vực", True),
        ("Báo cáo lãnh đạo trực", True),
        ("Lưu đoạn video sự việc", False),
        ("Xác nhận khu vực đã an toàn", True),
    ]),
    "QT-AN-04 Tập trung đông người": (["manual"], [
        ("Nắm số lượng, nội dung kiến nghị", True),
        ("Báo lãnh đạo UBND phường và Công an phường", True),
        ("Bố trí cán bộ tiếp dân", False),
        ("Ghi nhận kết quả tiếp nhận, giải quyết", True),
    ]),
    "QT-DL-01 Quá tải khách tham quan": (["ai_detection"], [
        ("Xác nhận lượng khách qua camera", True),
        ("Thông báo Ban quản lý di tích điều tiết lượt vào", True),
        ("Tăng cường lực lượng giữ xe, giữ trật tự", False),
    ]),
    "QT-TT-01 Ngập úng – triều cường": (["ai_detection", "cap_warning"], [
        ("Xác nhận mực nước qua camera và trạm đo", True),
        ("Thông báo Ban Chỉ huy Phòng thủ dân sự phường", True),
        ("Cảnh báo người dân khu vực trũng thấp", True),
        ("Bố trí biển báo, phân luồng tuyến đường ngập", False),
        ("Theo dõi đến khi nước rút", True),
    ]),
    "QT-TT-02 Tiếp nhận cảnh báo thiên tai": (["cap_warning"], [
        ("Đọc nội dung bản tin, xác định khu vực ảnh hưởng", True),
        ("Báo cáo lãnh đạo trực và Ban Chỉ huy Phòng thủ dân sự", True),
        ("Phát cảnh báo trên loa truyền thanh và ứng dụng", True),
        ("Rà soát phương án sơ tán các khu vực xung yếu", False),
        ("Theo dõi bản tin cập nhật đến khi hết hiệu lực", True),
    ]),
    "QT-TT-03 Sự cố cây xanh": (["manual"], [
        ("Xác minh vị trí, mức độ cản trở giao thông", True),
        ("Báo đơn vị công trình đô thị xử lý", True),
        ("Cảnh báo, phân luồng tại chỗ", False),
        ("Xác nhận đã thu dọn xong", True),
    ]),
    "QT-TT-04 Sự cố đường thủy": (["manual"], [
        ("Xác minh vị trí phương tiện và người trên phương tiện", True),
        ("Báo Đồn Công an đường thủy", True),
        ("Thông báo cảnh báo cho phương tiện qua lại", False),
        ("Xác nhận luồng đã thông", True),
    ]),
    "QT-CC-01 Ứng phó cháy, nổ": (["manual"], [
        ("Gọi ngay 114, xác nhận lực lượng chữa cháy đã xuất phát", True),
        ("Xác định vị trí, nguy cơ lan rộng qua camera", True),
        ("Báo cáo lãnh đạo trực và Công an phường", True),
        ("Phân luồng giao thông cho xe chữa cháy", False),
        ("Gọi cấp cứu 115 nếu có người bị thương", False),
        ("Ghi nhận thiệt hại sau khi dập tắt", True),
    ]),
    "QT-HT-01 Sự cố hạ tầng kỹ thuật": (["manual"], [
        ("Xác minh phạm vi sự cố", True),
        ("Báo đơn vị quản lý hạ tầng liên quan", True),
        ("Thông báo người dân khu vực bị ảnh hưởng", False),
        ("Xác nhận đã khắc phục", True),
    ]),
    "QT-KPI-01 Chỉ tiêu không đạt": (["kpi_breach"], [
        ("Kiểm tra số liệu nguồn của chỉ tiêu", True),
        ("Gửi thông báo cho đơn vị phụ trách chỉ tiêu", True),
        ("Đưa vào báo cáo giao ban tuần", False),
    ]),
    "QT-PA-01 Đôn đốc phản ánh đến hạn, quá hạn": (["complaint_overdue"], [
        ("Kiểm tra tiến độ xử lý trên hệ thống 1022", True),
        ("Nhắc đơn vị xử lý qua điện thoại hoặc văn bản", True),
        ("Báo cáo lãnh đạo nếu đã quá hạn", False),
        ("Ghi nhận thời hạn hoàn thành mới", True),
    ]),
}

_STAMP_AGE = timedelta(days=30)


def targets(priority: int, alert_type: str | None) -> tuple[int, int]:
    """(acknowledge_seconds, resolve_seconds) of an alert: its type's row, else its
    priority's."""
    rows = [r for r in SLA if r[1] == priority and r[2] in (alert_type, None)]
    row = min(rows, key=lambda r: r[2] is None)
    return row[3], row[4]


def steps_of(procedure: str | None) -> list[tuple[str, bool]]:
    """The ordered steps of a procedure (empty when the procedure is not known)."""
    found = PROCEDURES.get(procedure or "")
    return list(found[1]) if found else []


def sla_items(now: datetime) -> list[dict]:
    stamp = iso(now - _STAMP_AGE)
    return [{"id": sid, "priority": priority, "type": kind, "acknowledge_seconds": ack,
             "resolve_seconds": resolve, "updated_at": stamp, "deleted": False}
            for sid, priority, kind, ack, resolve in SLA]


def procedure_items(now: datetime) -> list[dict]:
    stamp = iso(now - _STAMP_AGE)
    return [{"id": pid, "title": pid.split(" ", 1)[1], "types": types,
             "steps": [{"text": text, "mandatory": mandatory} for text, mandatory in steps],
             "updated_at": stamp, "deleted": False}
            for pid, (types, steps) in PROCEDURES.items()]
