"""Cao Lãnh's administrative units and the periods they were valid for.

Codes are reused across reorganisations (29884 was xã Mỹ Tân and is now Phường Mỹ Ngãi), so a
unit is identified by its code *and* its period, never by the code alone.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from ioc_console.core.paths import resources_dir
from ioc_console.core.text import fold

REFORM_2025_01 = date(2025, 1, 1)
REFORM_2025_07 = date(2025, 7, 1)


@dataclass(frozen=True)
class AdminUnit:
    code: str
    name: str
    kind: str  # "Phường", "Xã"
    valid_from: date | None
    valid_to: date | None  # exclusive; None while still valid
    lat: float | None = None
    lon: float | None = None

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or day >= self.valid_from) and (
            self.valid_to is None or day < self.valid_to
        )


@cache
def all_units(geo_dir: Path | None = None) -> tuple[AdminUnit, ...]:
    """Every ward/commune of every period, from the bundled CSV files."""
    geo = geo_dir or resources_dir() / "geo"
    units: list[AdminUnit] = []
    with open(geo / "caolanh-units-2019.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["type"] in ("Phường", "Xã"):
                units.append(
                    AdminUnit(
                        row["gso_code_2019"], row["name_2019"], row["type"], None, REFORM_2025_01
                    )
                )
    wards_2025_07: dict[str, AdminUnit] = {}
    with open(geo / "caolanh-units-2025.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["centroid_lat"]), float(row["centroid_lon"])
            units.append(
                AdminUnit(
                    row["gso_code_2025_01"],
                    row["name_2025_01"],
                    row["type"],
                    REFORM_2025_01,
                    REFORM_2025_07,
                    lat,
                    lon,
                )
            )
            code = row["ward_code_from_2025_07_01"]
            if code not in wards_2025_07:
                name = row["ward_from_2025_07_01"]
                wards_2025_07[code] = AdminUnit(code, name, "Phường", REFORM_2025_07, None)
    units.extend(wards_2025_07.values())
    return tuple(units)


def units_on(day: date) -> list[AdminUnit]:
    """The units in force on ``day``."""
    return [u for u in all_units() if u.valid_on(day)]


def find_unit(code: str, day: date) -> AdminUnit | None:
    """The unit with ``code`` in force on ``day``, if any."""
    return next((u for u in units_on(day) if u.code == code), None)


# 2019 units that did not keep their own name on 1 Jan 2025: code -> code of the 2025-01 unit
# (Phường 2 joined Phường 1, which took code 29869; Phường 11 and xã Mỹ Ngãi became Phường Mỹ
# Ngãi). Every other 2019 unit continued under its own name.
_MERGED_2025_01 = {"29866": "29869", "29869": "29869", "29863": "29881", "29881": "29881"}


@cache
def _ward_codes_2025_07(geo_dir: Path | None = None) -> dict[str, str]:
    """Code of each 2025-01 unit -> code of the ward it lies in from 1 Jul 2025."""
    geo = geo_dir or resources_dir() / "geo"
    with open(geo / "caolanh-units-2025.csv", encoding="utf-8", newline="") as fh:
        return {r["gso_code_2025_01"]: r["ward_code_from_2025_07_01"] for r in csv.DictReader(fh)}


def successor(unit: AdminUnit) -> AdminUnit | None:
    """The unit that ``unit``'s territory passed to when its period ended (None while valid)."""
    if unit.valid_to is None:
        return None
    after = units_on(unit.valid_to)
    if unit.valid_to == REFORM_2025_01:
        code = _MERGED_2025_01.get(unit.code)
        if code is not None:
            return next(u for u in after if u.code == code)
        return next(u for u in after if fold(u.name) == fold(unit.name))
    code = _ward_codes_2025_07()[unit.code]
    return next(u for u in after if u.code == code)


def current_ward(unit: AdminUnit) -> AdminUnit:
    """The ward (in force from 1 Jul 2025) that ``unit``'s territory lies in today."""
    while (nxt := successor(unit)) is not None:
        unit = nxt
    return unit
