"""The demo backend's accounts (password = username + "-demo")."""

from __future__ import annotations

USERS = (
    ("operator", "Nguyễn Thị Thu Trang", "operator", None),
    ("supervisor", "Trần Minh Khoa", "supervisor", None),
    ("admin", "Quản trị hệ thống IOC", "admin", None),
    ("clerk.caolanh", "Lê Hoàng Phúc", "ward_clerk", "29869"),
    ("clerk.myngai", "Phạm Thị Ngọc Hân", "ward_clerk", "29884"),
    ("clerk.mytra", "Võ Văn Tài", "ward_clerk", "29888"),
)


def build_users() -> list[dict]:
    return [
        {"username": u, "password": f"{u}-demo", "display_name": name, "role": role, "ward": ward}
        for u, name, role, ward in USERS
    ]
