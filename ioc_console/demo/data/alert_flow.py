"""An alert's life: created, then moved through its states by operators' actions.

The transitions follow the backend contract: new -> acknowledged -> assigned -> escalated, any
open state -> shelved (until shelved_until, then back to shelved_from), open states ->
resolved -> closed; comments in every state. Procedure steps are ticked on the way to
resolved, and the SLA targets an alert missed are recorded as ``sla_breach`` entries.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .alert_rules import steps_of, targets
from .times import iso, parse

# actions that lead from "new" to each state
PLANS = {
    "new": [],
    "acknowledged": ["acknowledge"],
    "assigned": ["acknowledge", "assign"],
    "escalated": ["acknowledge", "assign", "escalate"],
    "shelved": ["acknowledge", "shelve"],
    "resolved": ["acknowledge", "assign", "resolve"],
    "closed": ["acknowledge", "assign", "resolve", "close"],
}
RESULT = {"acknowledge": "acknowledged", "assign": "assigned", "escalate": "escalated",
          "shelve": "shelved", "resolve": "resolved", "close": "closed"}
TYPICAL_MINUTES = {"acknowledge": 3, "assign": 10, "escalate": 30, "shelve": 5, "resolve": 90,
                   "close": 30}
ACTOR = {"acknowledge": "operator", "assign": "operator", "escalate": "supervisor",
         "shelve": "operator", "resolve": "operator", "close": "supervisor"}
# the console position each demo user works at
CONSOLE = {"operator": "IOC-01", "supervisor": "IOC-02"}
SHELVE_REASONS = ["Đang chờ đơn vị phản hồi", "Camera bảo trì theo kế hoạch",
                  "Đã có lực lượng tại hiện trường"]
OUTCOME = "Đã xử lý xong, hiện trường trở lại bình thường."
SKIPPED = "Không cần thiết trong trường hợp này"


def new_alert(aid: str, *, type: str, priority: int, title: str, description: str,
              source: str, point: tuple[float, float] | None, ward: str | None,
              created: datetime, procedure: str, related: dict, place: str,
              cap: str | None = None, created_by: str = "system") -> dict:
    """A new alert (state "new") created at ``created``."""
    lon, lat = point if point else (None, None)
    _ack, resolve = targets(priority, type)
    return {
        "id": aid, "priority": priority, "type": type, "title": title,
        "description": description, "source": source, "place": place, "lat": lat, "lon": lon,
        "ward": ward, "state": "new", "assignee": None,
        "sla_deadline": iso(created + timedelta(seconds=resolve)),
        "procedure": procedure, "created_at": iso(created), "acknowledged_at": None,
        "shelved_until": None, "shelved_from": None, "shelve_reason": None,
        "duplicate_count": 0, "last_repeat_at": None, "steps": [], "outcome": None,
        "sla_breached": {}, "snapshot": None, "comments": [],
        "history": [entry("create", created_by, created)],
        "cap": cap, "related": related, "updated_at": iso(created), "deleted": False,
    }


def entry(action: str, by: str, at: datetime, text: str | None = None) -> dict:
    """A history entry; with the console position of the user who acted (none for the
    system)."""
    out: dict = {"action": action, "by": by, "at": iso(at)}
    if by in CONSOLE:
        out["console"] = CONSOLE[by]
    if text:
        out["text"] = text
    return out


def apply(alert: dict, action: str, by: str, at: datetime, *, assignee: str | None = None,
          until: datetime | None = None) -> None:
    """Record ``action`` on ``alert`` at ``at``."""
    text = None
    if action == "shelve":
        if alert["state"] != "shelved":
            alert["shelved_from"] = alert["state"]
        alert["shelved_until"] = iso(until) if until else None
        alert["shelve_reason"] = text = SHELVE_REASONS[at.minute % len(SHELVE_REASONS)]
    else:
        alert["shelved_until"] = alert["shelved_from"] = alert["shelve_reason"] = None
    alert["state"] = RESULT[action]
    if action == "assign":
        alert["assignee"] = text = assignee
    if action == "acknowledge" and not alert["acknowledged_at"]:
        alert["acknowledged_at"] = iso(at)
    if action == "resolve":
        alert["outcome"] = text = OUTCOME
    alert["history"].append(entry(action, by, at, text))
    alert["updated_at"] = iso(at)


def comment(alert: dict, by: str, at: datetime, text: str) -> None:
    alert["comments"].append({"by": by, "at": iso(at), "text": text})
    alert["updated_at"] = max(alert["updated_at"], iso(at))


# what an alert planned to end shelved goes through (shelved from one of three states)
SHELVE_PLANS = (["shelve"], ["acknowledge", "shelve"], ["acknowledge", "assign", "shelve"])


def plan_steps(rng: random.Random, created: datetime, target: str) -> list[tuple]:
    """The actions that take an alert from "new" to ``target``, with their moments, drawn
    whatever ``now`` is: ``(action, by, at, until)`` (``until`` for a shelve, with an
    "unshelve" step by the system when it runs out)."""
    steps = list(rng.choice(SHELVE_PLANS)) if target == "shelved" else PLANS[target]
    t, out = created, []
    for action in steps:
        t = (t + timedelta(minutes=TYPICAL_MINUTES[action] * rng.uniform(0.4, 1.6))).replace(
            microsecond=0)
        # shelved for 1 to 8 hours (the backend's limit)
        until = t + timedelta(minutes=rng.randint(60, 8 * 60)) if action == "shelve" else None
        out.append((action, ACTOR[action], t, until))
        if until:
            out.append(("unshelve", "system", until, None))
    return out


def _tick_steps(alert: dict, start: datetime, end: datetime, now: datetime,
                upto: int | None = None) -> None:
    """Tick the procedure's steps (the first ``upto``, default all) evenly between ``start``
    and ``end``: mandatory ones done, every other optional one skipped with a reason."""
    steps = steps_of(alert["procedure"])[:upto]
    for n, (_text, mandatory) in enumerate(steps):
        at = start + (end - start) * (n + 1) / (len(steps) + 1)
        at = at.replace(microsecond=0)
        if at > now:
            return
        done = mandatory or n % 2 == 0
        alert["steps"].append({"step": n, "done": done, "skipped_reason": None if done else SKIPPED,
                               "by": "operator", "at": iso(at)})
        alert["history"].append(entry("step", "operator", at, f"{n + 1}"))
        alert["updated_at"] = max(alert["updated_at"], iso(at))


def cut(alert: dict, steps: list[tuple], now: datetime, assignee: str) -> None:
    """Apply the ``steps`` that happened by ``now`` (procedure steps ticked before a resolve;
    an unshelve returns to the state before the shelve), then record the SLA breaches."""
    last = parse(alert["created_at"])
    for action, by, at, until in steps:
        if at > now:
            if action == "resolve" and alert["state"] in ("assigned", "escalated"):
                _tick_steps(alert, last, at, now, upto=1)
            break
        if action == "resolve":
            _tick_steps(alert, last, at, now)
        if action == "unshelve":
            alert["state"] = alert["shelved_from"] or "new"
            alert["shelved_until"] = alert["shelved_from"] = alert["shelve_reason"] = None
            alert["history"].append(entry("unshelve", by, at))
            alert["updated_at"] = iso(at)
        else:
            apply(alert, action, by, at, assignee=assignee, until=until)
        last = at
    record_breaches(alert, now)


def record_breaches(alert: dict, now: datetime) -> None:
    """The SLA targets the alert missed by ``now`` (acknowledge: not acknowledged by its
    target; resolve: open past ``sla_deadline``), as ``sla_breached`` and history entries at the
    moment each passed."""
    created = parse(alert["created_at"])
    ack_s, _resolve_s = targets(alert["priority"], alert["type"])
    closed = next((parse(h["at"]) for h in alert["history"]
                   if h["action"] in ("resolve", "close")), None)
    acked = parse(alert["acknowledged_at"]) if alert.get("acknowledged_at") else None
    due = {"acknowledge": (created + timedelta(seconds=ack_s), acked),
           "resolve": (parse(alert["sla_deadline"]), closed)}
    breached = dict(alert.get("sla_breached") or {})
    for target, (deadline, met) in due.items():
        if target in breached or deadline > now or (met is not None and met <= deadline):
            continue
        if closed is not None and closed <= deadline:
            continue
        breached[target] = iso(deadline)
        alert["history"].append(entry("sla_breach", "system", deadline, target))
    if breached != alert.get("sla_breached"):
        alert["sla_breached"] = breached
        alert["history"].sort(key=lambda h: h["at"])
        alert["updated_at"] = max(alert["updated_at"], alert["history"][-1]["at"])
