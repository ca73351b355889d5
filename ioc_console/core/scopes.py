"""What a dashboard's figures are about: the whole city (``column`` None) or the records of one
value of a column (a ward — today's ward code —, an agency, a category...). Each dashboard's
scope names the columns it allows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


@dataclass(frozen=True)
class RecordScope:
    COLUMNS: ClassVar[tuple[str, ...]] = ()

    column: str | None = None
    value: str | None = None
    label: str = ""  # the scope in words

    def __post_init__(self) -> None:
        allowed = type(self).COLUMNS
        if self.column is not None and self.column not in allowed:
            raise ValueError(f"a scope is one of {', '.join(allowed)}, not {self.column!r}")

    def conditions(self) -> dict[str, str]:
        return {} if self.column is None else {self.column: self.value or ""}
