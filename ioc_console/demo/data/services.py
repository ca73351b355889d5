"""Complaint categories of the 1022 hotline, as Open311 GeoReport v2 services.

Each category has its legal handling time in working days, a share of the hotline's traffic,
the months it peaks in and the agency that handles it (which changed when the city level was
abolished on 1 Jul 2025).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

URBAN_SERVICES = "Công ty Cổ phần Cấp nước và Môi trường đô thị Đồng Tháp"
REFORM_2025_07 = date(2025, 7, 1)


@dataclass(frozen=True)
class Category:
    code: str
    name: str
    group: str
    deadline_days: int  # working days
    weight: float
    peak_months: tuple[int, ...]
    keywords: str
    description: str
    agency_before: str  # "{unit}" is the unit's name
    agency_after: str  # "{unit}" is the ward's name


CATEGORIES: tuple[Category, ...] = (
    Category("chieu_sang", "Chiếu sáng công cộng", "Hạ tầng đô thị", 5, 12, (),
             "đèn đường,chiếu sáng,mất đèn", "Đèn đường hỏng, tắt, sáng ban ngày.",
             URBAN_SERVICES, URBAN_SERVICES),
    Category("thoat_nuoc", "Thoát nước – ngập úng", "Hạ tầng đô thị", 7, 11, (8, 9, 10, 11),
             "ngập,cống,thoát nước,triều cường", "Ngập úng, tắc cống, nắp cống hư.",
             URBAN_SERVICES, URBAN_SERVICES),
    Category("rac_thai", "Rác thải – vệ sinh môi trường", "Môi trường", 5, 15, (1, 2),
             "rác,vệ sinh,ô nhiễm,mùi hôi", "Rác không được thu gom, đổ rác trái phép, mùi hôi.",
             URBAN_SERVICES, URBAN_SERVICES),
    Category("duong_sa", "Hư hỏng đường sá", "Hạ tầng đô thị", 10, 10, (9, 10, 11),
             "ổ gà,đường hư,sụt lún", "Ổ gà, sụt lún, hư hỏng mặt đường, vỉa hè.",
             "Phòng Quản lý đô thị TP. Cao Lãnh", "Phòng Kinh tế, Hạ tầng và Đô thị {unit}"),
    Category("trat_tu_do_thi", "Trật tự đô thị", "Trật tự đô thị", 7, 10, (),
             "lấn chiếm,vỉa hè,xây dựng trái phép", "Lấn chiếm vỉa hè, lòng đường, xây dựng "
             "không phép.", "UBND {unit}", "UBND {unit}"),
    Category("tieng_on", "Tiếng ồn", "Môi trường", 5, 7, (1, 2, 12),
             "ồn,karaoke,loa", "Karaoke, loa kẹo kéo, công trình gây ồn ngoài giờ.",
             "Công an {unit}", "Công an {unit}"),
    Category("dat_dai", "Đất đai", "Đất đai", 15, 5, (),
             "đất,ranh đất,giấy chứng nhận", "Tranh chấp ranh đất, chậm cấp giấy chứng nhận.",
             "Phòng Tài nguyên và Môi trường TP. Cao Lãnh", "UBND {unit}"),
    Category("cay_xanh", "Cây xanh", "Môi trường", 5, 7, (5, 6, 7, 8),
             "cây xanh,cây đổ,nhánh cây", "Cây nghiêng, gãy nhánh, cần cắt tỉa.",
             URBAN_SERVICES, URBAN_SERVICES),
    Category("dich_vu_cong", "Dịch vụ công", "Hành chính công", 10, 6, (),
             "thủ tục,hồ sơ,dịch vụ công", "Chậm trả hồ sơ, thái độ phục vụ, dịch vụ công "
             "trực tuyến.", "Văn phòng HĐND và UBND TP. Cao Lãnh",
             "Trung tâm Phục vụ hành chính công {unit}"),
    Category("an_ninh_trat_tu", "An ninh trật tự", "An ninh", 5, 7, (1, 2, 12),
             "trộm cắp,tụ tập,đua xe", "Trộm cắp, tụ tập gây rối, đua xe.",
             "Công an {unit}", "Công an {unit}"),
    Category("cap_nuoc", "Cấp nước", "Hạ tầng đô thị", 5, 6, (3, 4, 5),
             "nước máy,mất nước,bể ống", "Mất nước, nước yếu, bể ống, nước đục.",
             URBAN_SERVICES, URBAN_SERVICES),
    Category("an_toan_giao_thong", "An toàn giao thông", "Giao thông", 7, 4, (),
             "đèn tín hiệu,biển báo,giao thông", "Đèn tín hiệu hỏng, thiếu biển báo, điểm đen "
             "tai nạn.", "Phòng Quản lý đô thị TP. Cao Lãnh",
             "Phòng Kinh tế, Hạ tầng và Đô thị {unit}"),
)

BY_CODE = {c.code: c for c in CATEGORIES}


def agency(category: Category, unit_name: str, day: date) -> str:
    """The agency that handled ``category`` in ``unit_name`` on ``day``."""
    template = category.agency_before if day < REFORM_2025_07 else category.agency_after
    return template.format(unit=unit_name)


def service_items() -> list[dict]:
    """The Open311 services list (GET services)."""
    return [
        {
            "service_code": c.code,
            "service_name": c.name,
            "description": c.description,
            "metadata": False,
            "type": "realtime",
            "keywords": c.keywords,
            "group": c.group,
        }
        for c in CATEGORIES
    ]
