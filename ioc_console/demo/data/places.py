"""Streets and landmarks of Cao Lãnh, by the 2025-01 unit they mostly run through.

Street names are real Cao Lãnh street names; which unit a street is filed under is approximate.
"""

from __future__ import annotations

from datetime import date

STREETS: dict[str, list[str]] = {
    "Phường 1": ["Nguyễn Huệ", "Lý Thường Kiệt", "Tôn Đức Thắng", "Đặng Văn Bình", "30 Tháng 4",
                 "Hùng Vương", "Nguyễn Du", "Trần Hưng Đạo", "Phù Đổng", "Ngô Thời Nhậm"],
    "Phường 3": ["Nguyễn Thị Minh Khai", "Lê Lợi", "Trần Phú", "Võ Thị Sáu", "Đỗ Công Tường"],
    "Phường 4": ["Phạm Hữu Lầu", "Thiên Hộ Dương", "Nguyễn Thái Học", "Lê Thị Riêng"],
    "Phường 6": ["Phạm Hữu Lầu", "Lê Văn Đáng", "Trần Thị Nhượng", "Đường Cầu Cao Lãnh"],
    "Phường Mỹ Phú": ["Lê Duẩn", "Điện Biên Phủ", "Lê Đại Hành", "Trương Hán Siêu"],
    "Phường Hòa Thuận": ["Quốc lộ 30", "Nguyễn Văn Cừ", "Võ Trường Toản", "Ông Thợ"],
    "Phường Mỹ Ngãi": ["Quốc lộ 30", "Tỉnh lộ 850", "Đường Mỹ Ngãi – Mỹ Tân"],
    "Xã Mỹ Tân": ["Mai Văn Khải", "Quốc lộ 30", "Đường Mỹ Tân – Mỹ Trà"],
    "Xã Mỹ Trà": ["Tôn Đức Thắng nối dài", "Phạm Văn Đồng", "Đường Mỹ Trà – Mỹ Phú"],
    "Xã Tân Thuận Tây": ["Đường Tân Thuận Tây", "Đường đal ấp Tân Hòa", "Đê bao Tân Thuận Tây"],
    "Xã Hòa An": ["Đường Hòa An", "Đường đal ấp Hòa Long", "Nguyễn Văn Linh"],
    "Xã Tân Thuận Đông": ["Đường Tân Thuận Đông", "Đê bao Cồn Bắc Nam", "Đường đal ấp 3"],
    "Xã Tịnh Thới": ["Đường Tịnh Thới", "Đường vào cồn Tịnh Thới", "Đường đal ấp Tịnh Long"],
}

LANDMARKS = ["chợ", "trường học", "trạm y tế", "cầu", "chùa", "nhà văn hóa ấp", "bến đò",
             "ngã ba", "cây xăng", "công viên"]

CITY = "TP. Cao Lãnh"
PROVINCE = "tỉnh Đồng Tháp"
REFORM_2025_07 = date(2025, 7, 1)


_ROAD_WORDS = ("Đường ", "Quốc lộ ", "Tỉnh lộ ", "Đê bao ")


def street_phrase(street: str) -> str:
    """``street`` as written in running text: "đường Nguyễn Huệ", "Quốc lộ 30"."""
    if street.startswith("Đường "):
        return "đường " + street[len("Đường "):]
    if street.startswith(_ROAD_WORDS):
        return street
    return f"đường {street}"


def locality(unit_name: str, day: date) -> str:
    """The tail of an address as it was written on ``day``."""
    if day < REFORM_2025_07:
        return f"{unit_name}, {CITY}, {PROVINCE}"
    return f"{unit_name}, {PROVINCE}"
