"""A CAP message's urgency, severity and certainty as the console's priority 1..4 (1 highest).

The table the site can change in its profile (``[alerts]`` ``cap_priority``): severity gives the
base priority, urgency and certainty add steps down (a larger number, less pressing). The result
is kept within 1..4. Defaults: Extreme/Severe 1, Moderate 2, Minor 3, Unknown 4; Future or
Unknown urgency one step down, Past two; Possible or Unknown certainty one step down, Unlikely
two. (The demo's warnings: Severe 1, Moderate 2, Minor 3 with Expected/Immediate and Likely.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ioc_console.core.cap import model

DEFAULT_SEVERITY = {"Extreme": 1, "Severe": 1, "Moderate": 2, "Minor": 3, "Unknown": 4}
DEFAULT_URGENCY = {"Immediate": 0, "Expected": 0, "Future": 1, "Past": 2, "Unknown": 1}
DEFAULT_CERTAINTY = {"Observed": 0, "Likely": 0, "Possible": 1, "Unlikely": 2, "Unknown": 1}
PARTS = {
    "severity": (model.SEVERITIES, DEFAULT_SEVERITY),
    "urgency": (model.URGENCIES, DEFAULT_URGENCY),
    "certainty": (model.CERTAINTIES, DEFAULT_CERTAINTY),
}


@dataclass(frozen=True)
class PriorityTable:
    severity: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_SEVERITY))
    urgency: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_URGENCY))
    certainty: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_CERTAINTY))

    def priority(self, urgency: str, severity: str, certainty: str) -> int:
        value = (
            self.severity.get(severity, 4)
            + self.urgency.get(urgency, 1)
            + self.certainty.get(certainty, 1)
        )
        return max(1, min(4, value))

    def of_message(self, message: model.Message, preferred: tuple[str, ...] = ("vi", "en")) -> int:
        """The most pressing priority of the message's blocks in the chosen language."""
        infos = message.infos_for(preferred)
        if not infos:
            return 4
        return min(self.priority(i.urgency, i.severity, i.certainty) for i in infos)

    @classmethod
    def from_profile(cls, values: dict, errors: list[str]) -> PriorityTable:
        """The table with the profile's ``cap_priority`` overrides, e.g.
        ``cap_priority.severity.Moderate = 1``, ``cap_priority.urgency.Future = 0``; each
        problem is appended to ``errors`` naming the key."""
        tables: dict[str, dict[str, int]] = {}
        for part, (allowed, defaults) in PARTS.items():
            table = dict(defaults)
            given = values.get(part, {})
            if not isinstance(given, dict):
                errors.append(f"[alerts] cap_priority.{part} must be a table of numbers")
                given = {}
            for name, number in given.items():
                label = f"[alerts] cap_priority.{part}.{name}"
                if name not in allowed:
                    errors.append(f"{label}: '{name}' is not one of {', '.join(allowed)}")
                elif isinstance(number, bool) or not isinstance(number, int):
                    errors.append(f"{label} must be a whole number")
                elif not (1 <= number <= 4 if part == "severity" else 0 <= number <= 3):
                    span = "1 to 4" if part == "severity" else "0 to 3"
                    errors.append(f"{label} must be from {span}, not {number}")
                else:
                    table[name] = number
            tables[part] = table
        for part in values:
            if part not in PARTS:
                errors.append(
                    f"[alerts] cap_priority.{part} is unknown; known: {', '.join(PARTS)}"
                )
        return cls(tables["severity"], tables["urgency"], tables["certainty"])
