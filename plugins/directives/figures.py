"""The directive-task figures: tasks done on time, overdue now, due soon, and the reminder's
condition (a task not done whose deadline is within one working day or passed).

Working days are Monday to Friday (the public holidays are the backend's business: a
reminder a day early on a holiday eve does no harm).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from ioc_console.plugin_api import city_now, read_time

DONE = "done"
Records = Sequence[Mapping[str, Any]]


def after_working_days(now: datetime, days: int) -> datetime:
    """``now`` moved on by ``days`` working days (Monday to Friday)."""
    moved = now
    while days > 0:
        moved += timedelta(days=1)
        if moved.weekday() < 5:
            days -= 1
    return moved


def falls_due(task: Mapping[str, Any], now: datetime) -> bool:
    """Whether ``task`` is not done and its deadline is within one working day or passed."""
    deadline = read_time(task.get("deadline"))
    if task.get("state") == DONE or deadline is None:
        return False
    return deadline <= after_working_days(now, 1)


def on_time_rate(records: Records, now: datetime | None = None) -> float | None:
    """The share (%) of tasks done by their deadline among the tasks that are done or whose
    deadline has passed."""
    now = now or city_now()
    on_time = settled = 0
    for task in records:
        deadline = read_time(task.get("deadline"))
        if deadline is None:
            continue
        done = read_time(task.get("completed_at")) if task.get("state") == DONE else None
        if done is None and deadline > now:
            continue  # still running, not late yet
        settled += 1
        on_time += done is not None and done <= deadline
    return 100.0 * on_time / settled if settled else None


def is_overdue(task: Mapping[str, Any], now: datetime) -> bool:
    """Not done, and its deadline has passed."""
    deadline = read_time(task.get("deadline"))
    return task.get("state") != DONE and deadline is not None and deadline < now


def due_within(days: int) -> Callable[[Mapping[str, Any], datetime], bool]:
    """Not done, and its deadline falls within the next ``days`` days."""

    def due(task: Mapping[str, Any], now: datetime) -> bool:
        deadline = read_time(task.get("deadline"))
        return (
            task.get("state") != DONE
            and deadline is not None
            and now <= deadline <= now + timedelta(days=days)
        )

    return due


def reminder_text(task: Mapping[str, Any]) -> str:
    """The reminder's description: the document, the task, who carries it out and by when."""
    deadline = read_time(task.get("deadline"))
    when = deadline.strftime("%H:%M %d/%m/%Y") if deadline is not None else "?"
    progress = task.get("progress")
    done = f" – tiến độ {progress}%" if isinstance(progress, int) else ""
    document = f"{task.get('document')}: " if task.get("document") else ""
    return (
        f"{document}{task.get('title', '')} – {task.get('assignee_agency', '')} – hạn {when}{done}"
    )
