"""OASIS CAP 1.2 documents for the weather and hydrology warnings the city receives."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

from .geometry import BOX
from .times import iso

NS = "urn:oasis:names:tc:emergency:cap:1.2"
SENDER = "dai.kttv.dongthap@kttv.gov.vn"
SENDER_NAME = "Đài Khí tượng Thủy văn tỉnh Đồng Tháp"

# event, headline, description, instruction, CAP category, urgency, severity, priority
WARNINGS = [
    ("Mưa lớn", "Cảnh báo mưa lớn, ngập úng cục bộ khu vực Cao Lãnh",
     "Lượng mưa phổ biến 50–80 mm, có nơi trên 100 mm trong 6 giờ tới.",
     "Không đi qua các tuyến đường ngập sâu; kiểm tra hệ thống thoát nước.", "Met",
     "Expected", "Moderate", 2),
    ("Triều cường", "Cảnh báo triều cường trên sông Tiền",
     "Mực nước tại trạm Cao Lãnh có khả năng vượt báo động II vào chiều tối.",
     "Gia cố đê bao, kê cao tài sản tại các khu vực trũng thấp.", "Met", "Expected",
     "Moderate", 2),
    ("Dông, lốc, sét", "Cảnh báo dông, lốc, sét và gió giật mạnh",
     "Có khả năng xảy ra dông kèm lốc, sét và gió giật cấp 6–7 trong 3 giờ tới.",
     "Hạn chế ra ngoài trời; chằng chống nhà cửa, biển quảng cáo.", "Met", "Immediate",
     "Severe", 1),
    ("Nắng nóng", "Thông tin nắng nóng trên địa bàn tỉnh Đồng Tháp",
     "Nhiệt độ cao nhất 35–37°C, độ ẩm thấp nhất 50–55%.",
     "Hạn chế hoạt động ngoài trời từ 11 giờ đến 15 giờ; phòng chống cháy nổ.", "Met",
     "Expected", "Minor", 3),
    ("Sạt lở bờ sông", "Cảnh báo nguy cơ sạt lở bờ sông Tiền đoạn Tịnh Thới",
     "Dòng chảy mạnh, nguy cơ sạt lở tại các điểm xung yếu ven sông.",
     "Di dời người và tài sản ra khỏi khu vực nguy hiểm.", "Geo", "Expected", "Severe", 1),
]


def _sub(parent: ET.Element, tag: str, text: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{NS}}}{tag}")
    el.text = text
    return el


def cap_document(identifier: str, sent: datetime, warning: tuple, wards: list[str]) -> str:
    """A CAP 1.2 alert as XML text."""
    event, headline, description, instruction, category, urgency, severity, _ = warning
    ET.register_namespace("", NS)
    alert = ET.Element(f"{{{NS}}}alert")
    for tag, text in (("identifier", identifier), ("sender", SENDER), ("sent", iso(sent)),
                      ("status", "Actual"), ("msgType", "Alert"), ("scope", "Public")):
        _sub(alert, tag, text)
    info = ET.SubElement(alert, f"{{{NS}}}info")
    for tag, text in (("language", "vi-VN"), ("category", category), ("event", event),
                      ("urgency", urgency), ("severity", severity), ("certainty", "Likely"),
                      ("effective", iso(sent)), ("expires", iso(sent + timedelta(hours=12))),
                      ("senderName", SENDER_NAME), ("headline", headline),
                      ("description", description), ("instruction", instruction)):
        _sub(info, tag, text)
    area = ET.SubElement(info, f"{{{NS}}}area")
    _sub(area, "areaDesc", "Phường Cao Lãnh, Phường Mỹ Ngãi, Phường Mỹ Trà, tỉnh Đồng Tháp")
    ring = [*BOX, BOX[0]]
    _sub(area, "polygon", " ".join(f"{lat},{lon}" for lon, lat in ring))
    for code in wards:
        geocode = ET.SubElement(area, f"{{{NS}}}geocode")
        _sub(geocode, "valueName", "GSO")
        _sub(geocode, "value", code)
    return ET.tostring(alert, encoding="unicode", xml_declaration=True)
