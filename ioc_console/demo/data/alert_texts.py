"""Titles, descriptions, standing operating procedures and teams of the alert queue."""

from __future__ import annotations

TRAFFIC_POLICE = "Đội Cảnh sát giao thông – Công an phường"
POLICE = "Công an phường – tổ tuần tra"

# feature -> (title, description: {place}, {n}, priority, team)
DETECTIONS = {
    "vehicle_count": ("Ùn tắc giao thông", "Mật độ phương tiện tại {place} ở mức {n}% trong 10 "
                      "phút.", 3, TRAFFIC_POLICE),
    "license_plate": ("Phương tiện trong danh sách theo dõi", "Nhận dạng biển số 66B1-{n}2.34 "
                      "tại {place}.", 2, TRAFFIC_POLICE),
    "red_light_violation": ("Vượt đèn đỏ", "Phương tiện vượt đèn đỏ tại {place} (độ tin cậy "
                            "{n}%).", 4, TRAFFIC_POLICE),
    "wrong_way": ("Xe đi ngược chiều", "Phát hiện xe máy đi ngược chiều tại {place}.", 3,
                  TRAFFIC_POLICE),
    "person_detection": ("Phát hiện người trong khu vực giám sát", "Có người trong vùng giám "
                         "sát tại {place} ngoài giờ quy định.", 3, POLICE),
    "crowd_density": ("Tụ tập đông người", "Khoảng {n} người tập trung tại {place}.", 2, POLICE),
    "loitering": ("Đối tượng lảng vảng", "Một người lảng vảng hơn {n} phút tại {place}.", 3,
                  POLICE),
    "intrusion": ("Xâm nhập khu vực cấm", "Phát hiện xâm nhập vùng cấm tại {place}.", 1, POLICE),
    "people_count": ("Lượng khách tham quan tăng cao", "Ước tính {n}0 lượt khách trong 1 giờ "
                     "tại {place}.", 4, "Ban quản lý di tích"),
    "water_level": ("Mực nước vượt ngưỡng", "Mực nước tại {place} vượt ngưỡng cảnh báo "
                    "{n} cm.", 2, "Ban Chỉ huy Phòng thủ dân sự phường"),
}

PROCEDURES = {
    "vehicle_count": "QT-GT-01 Xử lý ùn tắc giao thông",
    "red_light_violation": "QT-GT-02 Xử lý vi phạm tín hiệu đèn",
    "wrong_way": "QT-GT-03 Xử lý phương tiện đi ngược chiều",
    "license_plate": "QT-GT-04 Phương tiện trong danh sách theo dõi",
    "crowd_density": "QT-AN-01 Tụ tập đông người",
    "loitering": "QT-AN-02 Đối tượng khả nghi",
    "person_detection": "QT-AN-02 Đối tượng khả nghi",
    "intrusion": "QT-AN-03 Xâm nhập khu vực cấm",
    "people_count": "QT-DL-01 Quá tải khách tham quan",
    "water_level": "QT-TT-01 Ngập úng – triều cường",
    "cap": "QT-TT-02 Tiếp nhận cảnh báo thiên tai",
    "kpi": "QT-KPI-01 Chỉ tiêu không đạt",
    "complaint": "QT-PA-01 Đôn đốc phản ánh đến hạn, quá hạn",
}

# title, description, source, procedure, priority, 2025-01 unit, team ("{urban}": the city's
# urban services company)
MANUAL = [
    ("Cháy nhà dân", 'Người gọi báo: "cháy lớn" & khói đen <gần chợ>, chưa rõ thiệt hại về '
     "người.", "114", "QT-CC-01 Ứng phó cháy, nổ", 1, "Phường 3",
     "Đội Cảnh sát PCCC và CNCH khu vực Cao Lãnh"),
    ("Tai nạn giao thông trên Quốc lộ 30", "Va chạm giữa xe tải và xe máy gần cửa ngõ Mỹ Ngãi, "
     "1 người bị thương.", "113", "QT-GT-05 Xử lý tai nạn giao thông", 1, "Phường Mỹ Ngãi",
     TRAFFIC_POLICE),
    ("Cây xanh ngã đổ chắn đường", "Cây dầu lớn ngã ngang đường Nguyễn Huệ sau cơn dông.",
     "operator", "QT-TT-03 Sự cố cây xanh", 2, "Phường 1", "{urban}"),
    ("Mất điện diện rộng", "Mất điện khu vực Mỹ Phú, đèn tín hiệu giao thông ngừng hoạt động.",
     "Điện lực Cao Lãnh", "QT-HT-01 Sự cố hạ tầng kỹ thuật", 2, "Phường Mỹ Phú",
     "Điện lực Cao Lãnh"),
    ("Người dân tập trung đông tại trụ sở UBND", "Khoảng 30 người dân đến kiến nghị về bồi "
     "thường giải phóng mặt bằng.", "operator", "QT-AN-04 Tập trung đông người", 2,
     "Phường Mỹ Phú", POLICE),
    ("Vỡ đường ống cấp nước", "Ống D200 bị vỡ trên đường Phạm Hữu Lầu, nước tràn mặt đường.",
     "1022", "QT-HT-01 Sự cố hạ tầng kỹ thuật", 3, "Phường 6", "{urban}"),
    ("Phương tiện thủy mắc cạn", "Ghe chở hàng mắc cạn gần bến đò Tịnh Thới, cản trở luồng.",
     "operator", "QT-TT-04 Sự cố đường thủy", 3, "Xã Tịnh Thới",
     "Đồn Công an đường thủy Cao Lãnh"),
    ("Đèn tín hiệu giao thông hỏng", "Đèn tín hiệu ngã tư Lê Duẩn – Điện Biên Phủ nhấp nháy "
     "vàng liên tục.", "operator", "QT-HT-01 Sự cố hạ tầng kỹ thuật", 3, "Phường Mỹ Phú",
     "{urban}"),
]

# where each of the operators' alerts happens (the ``place`` of the alert)
MANUAL_PLACES = {
    "Cháy nhà dân": "Khu dân cư gần chợ Phường 3",
    "Tai nạn giao thông trên Quốc lộ 30": "Quốc lộ 30, cửa ngõ Mỹ Ngãi",
    "Cây xanh ngã đổ chắn đường": "Đường Nguyễn Huệ, Phường 1",
    "Mất điện diện rộng": "Khu vực Mỹ Phú",
    "Người dân tập trung đông tại trụ sở UBND": "Trụ sở UBND phường Mỹ Phú",
    "Vỡ đường ống cấp nước": "Đường Phạm Hữu Lầu, Phường 6",
    "Phương tiện thủy mắc cạn": "Bến đò Tịnh Thới",
    "Đèn tín hiệu giao thông hỏng": "Ngã tư Lê Duẩn – Điện Biên Phủ",
}
# the area each CAP warning concerns (by its event)
CAP_PLACES = {
    "Mưa lớn": "Thành phố Cao Lãnh",
    "Triều cường": "Sông Tiền, đoạn qua Cao Lãnh",
    "Dông, lốc, sét": "Thành phố Cao Lãnh",
    "Nắng nóng": "Tỉnh Đồng Tháp",
    "Sạt lở bờ sông": "Bờ sông Tiền, xã Tịnh Thới",
}
WARD_NAMES = {"29869": "Phường Cao Lãnh", "29884": "Phường Mỹ Ngãi", "29888": "Phường Mỹ Trà"}
CITY = "Thành phố Cao Lãnh"
