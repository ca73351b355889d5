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


def test_every_unit_rolls_up_into_a_ward_of_today():
    from ioc_console.core.domain.admin_units import all_units, current_ward, successor

    def ward_of(code, day):
        return current_ward(find_unit(code, day)).name

    assert successor(find_unit("29866", date(2020, 1, 1))).name == "Phường 1"  # old Phường 1
    assert successor(find_unit("29869", date(2020, 1, 1))).name == "Phường 1"  # Phường 2
    assert successor(find_unit("29863", date(2020, 1, 1))).name == "Phường Mỹ Ngãi"
    assert successor(find_unit("29892", date(2020, 1, 1))).name == "Phường Hòa Thuận"
    assert ward_of("29884", date(2024, 1, 1)) == "Phường Mỹ Ngãi"
    assert ward_of("29888", date(2024, 1, 1)) == "Phường Mỹ Trà"
    assert ward_of("29890", date(2025, 3, 1)) == "Phường Cao Lãnh"
    assert all(current_ward(u).valid_to is None for u in all_units())
