"""The queue in flood mode: alerts of one source collapse into one row with a count, and the low
priorities (3 and 4) fold into one summary row that the operator can expand."""

from __future__ import annotations

from dataclasses import dataclass, field

from ioc_console.gui.alerts.rows import AlertRow

LOW_FROM = 3  # priorities from this one down fold into the summary row
SUMMARY_KEY = "\x00low"


@dataclass
class GroupRow:
    """One row of the flood view: the alerts of one source (``lead`` first in the sort), or
    the summary of the low priorities (``summary``, ``lead`` None)."""

    key: str
    lead: AlertRow | None
    ids: list[str] = field(default_factory=list)
    summary: bool = False
    low: bool = False  # a group under the expanded summary row


def build_flood_rows(rows: list[AlertRow], expanded: bool) -> list[GroupRow]:
    """Group ``rows`` (already filtered and in display order): the high priorities by source,
    then the summary row, then (``expanded``) the low priorities by source."""
    high: dict[str, GroupRow] = {}
    low: dict[str, GroupRow] = {}
    low_ids: list[str] = []
    for row in rows:
        if row.priority >= LOW_FROM:
            low_ids.append(row.id)
            if expanded:
                _add(low, row, "\x00lo:", low_group=True)
        else:
            _add(high, row, "\x00hi:", low_group=False)
    result = list(high.values())
    if low_ids:
        result.append(GroupRow(SUMMARY_KEY, None, low_ids, summary=True))
        result.extend(low.values())
    return result


def _add(groups: dict[str, GroupRow], row: AlertRow, prefix: str, *, low_group: bool) -> None:
    group = groups.get(row.source)
    if group is None:
        group = groups[row.source] = GroupRow(prefix + row.source, row, low=low_group)
    group.ids.append(row.id)
