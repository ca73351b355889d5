"""What the backend itself does to alerts, recorded as ``system``:

- a shelve that has run out returns the alert to the state it left (``unshelve``);
- an SLA target that passes (acknowledge: while the alert is still new) is recorded in
  ``sla_breached`` with an ``sla_breach`` entry;
- a raised alert with the same source + type + place as an open one is a repeat: that one's
  ``duplicate_count`` and ``last_repeat_at`` grow, no history is added (Alerta's rule); when
  the raise is more urgent (a near-deadline complaint now overdue), the open alert takes its
  priority, title and description too, with a ``priority`` entry (Alerta's severity change);
- a raised alert whose match the system cleared (``resolve`` by ``system``) less than a minute
  ago re-opens it (state new, history ``reopen``): the chattering pattern;
- a sensor condition that ends clears its alert (``resolve`` by ``system``).

Pure functions over alert dicts (a new dict, the given one untouched), and
:func:`raise_alert`, which stores through the store (call it with the store lock held or not:
it takes it).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .alert_actions import OPEN_STATES, history_entry
from .store import Change, Store
from .timeutil import fmt, parse

REOPEN_WITHIN = timedelta(seconds=60)
CLEARED = "Điều kiện cảnh báo đã hết (hệ thống tự xóa)."


def key_of(alert: dict) -> tuple:
    """What makes two raises the same alert: source, type and place."""
    return alert.get("source"), alert.get("type"), alert.get("place")


def unshelve_due(alert: dict, now: datetime) -> dict | None:
    """The alert back in the state it left when its shelve has run out, else None."""
    until = alert.get("shelved_until")
    if alert.get("state") != "shelved" or not until or parse(until) > now:
        return None
    history = [*alert.get("history", []), history_entry("unshelve", "system", now)]
    return {**alert, "state": alert.get("shelved_from") or "new", "shelved_until": None,
            "shelved_from": None, "shelve_reason": None, "history": history}


def ack_seconds(alert: dict, sla_rows: list[dict]) -> int | None:
    """The alert's time-to-acknowledge target: its type's row of ``alert_sla``, else its
    priority's; None when the dataset has neither."""
    rows = [r for r in sla_rows if r.get("priority") == alert.get("priority")
            and r.get("type") in (alert.get("type"), None)]
    rows.sort(key=lambda r: r.get("type") is None)
    seconds = rows[0].get("acknowledge_seconds") if rows else None
    return seconds if isinstance(seconds, int) and not isinstance(seconds, bool) else None


def breaches(alert: dict, now: datetime, sla_rows: list[dict]) -> dict | None:
    """The alert with the SLA targets that have passed by ``now`` recorded (each once), else
    None. A shelved alert is not held to them until it returns."""
    if alert.get("state") not in OPEN_STATES - {"shelved"}:
        return None
    breached = dict(alert.get("sla_breached") or {})
    found = []
    created = parse(alert["created_at"])
    seconds = ack_seconds(alert, sla_rows)
    ack_due = created + timedelta(seconds=seconds) if seconds is not None else None
    if "acknowledge" not in breached and alert.get("state") == "new" and (
        ack_due is not None and ack_due <= now
    ):
        found.append(("acknowledge", ack_due))
    deadline = parse(alert["sla_deadline"]) if alert.get("sla_deadline") else None
    if "resolve" not in breached and deadline is not None and deadline <= now:
        found.append(("resolve", deadline))
    if not found:
        return None
    history = list(alert.get("history", []))
    for target, _due in found:
        breached[target] = fmt(now)
        history.append(history_entry("sla_breach", "system", now, text=target))
    return {**alert, "sla_breached": breached, "history": history}


def clear(alert: dict, now: datetime) -> dict:
    """The alert resolved by the system: its condition has ended."""
    history = [*alert.get("history", []), history_entry("resolve", "system", now, text=CLEARED)]
    return {**alert, "state": "resolved", "outcome": CLEARED, "shelved_until": None,
            "shelved_from": None, "shelve_reason": None, "history": history}


def cleared_by_system_since(alert: dict, since: datetime) -> bool:
    """Whether the system resolved the alert at ``since`` or later (and nothing after)."""
    history = alert.get("history") or []
    last = history[-1] if history else {}
    return (alert.get("state") == "resolved" and last.get("action") == "resolve"
            and last.get("by") == "system" and parse(last["at"]) >= since)


def _more_urgent(raised: dict, open_alert: dict) -> bool:
    try:
        return int(raised["priority"]) < int(open_alert["priority"])
    except (KeyError, TypeError, ValueError):
        return False


def raise_alert(store: Store, alert: dict) -> Change:
    """Store a newly raised alert: as a repeat of the open alert with its key, as the re-opening
    of the one the system cleared within a minute, or as a new alert."""
    with store.lock:
        now = store.clock.now()
        key = key_of(alert)
        match, reopen = None, None
        for other in store.items("alerts"):
            if key_of(other) != key or other["id"] == alert["id"]:
                continue
            if other.get("state") in OPEN_STATES:
                match = other
                break
            if cleared_by_system_since(other, now - REOPEN_WITHIN):
                reopen = other
        if match is not None:
            repeated = {**match, "duplicate_count": int(match.get("duplicate_count") or 0) + 1,
                        "last_repeat_at": fmt(now)}
            if _more_urgent(alert, match):
                text = f"P{match['priority']} → P{alert['priority']}: {alert.get('title')}"
                repeated.update(priority=alert["priority"], title=alert.get("title"),
                                description=alert.get("description"),
                                history=[*match.get("history", []),
                                         history_entry("priority", "system", now, text=text)])
            return store.put("alerts", repeated)
        if reopen is not None:
            history = [*reopen.get("history", []), history_entry("reopen", "system", now)]
            reopened = {**reopen, "state": "new", "acknowledged_at": None, "outcome": None,
                        "history": history}
            return store.put("alerts", reopened)
        return store.put("alerts", alert)
