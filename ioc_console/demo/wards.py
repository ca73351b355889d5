"""Which ward of today an item lies in: records of older units are rolled up into the ward
(2025-07) that now covers them. Codes are reused across periods, so a bare code is resolved
with the item's own date."""

from __future__ import annotations

from collections import defaultdict

# the fields that date an item, best first: a code is resolved against the unit of that day
_DATE_FIELDS = ("date", "requested_datetime", "issued_at", "created_at", "period")


class WardResolver:
    def __init__(self, units: list[dict]) -> None:
        self._by_id = {unit["id"]: unit for unit in units}
        self._by_code: dict[str, list[dict]] = defaultdict(list)
        for unit in units:
            self._by_code[str(unit["code"])].append(unit)
        self.current_wards = frozenset(
            str(unit["current_ward"]) for unit in units if unit.get("current_ward")
        )

    def ward_of(self, item: dict) -> str | None:
        """Today's ward code of ``item``, or None for what belongs to the whole city."""
        if item.get("current_ward"):
            return str(item["current_ward"])
        unit = self._by_id.get(item.get("unit_id") or "")
        if unit is not None:
            return str(unit["current_ward"])
        code = item.get("ward")
        if code is None:
            return None
        return self._resolve(str(code), self._day_of(item))

    def _resolve(self, code: str, day: str | None) -> str:
        candidates = self._by_code.get(code)
        if not candidates:
            return code
        if day:
            for unit in candidates:
                start, end = unit.get("valid_from"), unit.get("valid_to")
                if (start is None or start <= day) and (end is None or day < end):
                    return str(unit["current_ward"])
        for unit in candidates:
            if unit.get("valid_to") is None:
                return str(unit["current_ward"])
        return str(candidates[-1]["current_ward"])

    @staticmethod
    def _day_of(item: dict) -> str | None:
        for field in _DATE_FIELDS:
            value = item.get(field)
            if isinstance(value, str) and len(value) >= 7:
                return value[:10]
        return None
