from datetime import date

from ioc_console.core.domain.admin_units import find_unit, units_on


def test_units_per_period():
    assert len(units_on(date(2019, 6, 1))) == 15
    assert len(units_on(date(2025, 3, 1))) == 13
    assert sorted(u.name for u in units_on(date(2026, 1, 1))) == [
        "Phường Cao Lãnh",
        "Phường Mỹ Ngãi",
        "Phường Mỹ Trà",
    ]


def test_reused_code_means_a_different_unit_in_another_period():
    assert find_unit("29884", date(2024, 12, 31)).name == "Xã Mỹ Tân"
    assert find_unit("29884", date(2025, 7, 1)).name == "Phường Mỹ Ngãi"
    assert find_unit("29863", date(2025, 7, 1)) is None
