"""An alert's life: created, then moved through its states by operators' actions.

The transitions follow the backend contract: new -> acknowledged -> assigned -> escalated, any
open state -> snoozed, open states -> resolved -> closed; comments in every state.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from .times import iso

SLA_MINUTES = {1: 30, 2: 120, 3: 480, 4: 1440}
# actions that lead from "new" to each state
PLANS = {
    "new": [],
    "acknowledged": ["acknowledge"],
    "assigned": ["acknowledge", "assign"],
    "escalated": ["acknowledge", "assign", "escalate"],
    "snoozed": ["acknowledge", "snooze"],
    "resolved": ["acknowledge", "assign", "resolve"],
    "closed": ["acknowledge", "assign", "resolve", "close"],
}
RESULT = {"acknowledge": "acknowledged", "assign": "assigned", "escalate": "escalated",
          "snooze": "snoozed", "resolve": "resolved", "close": "closed"}
TYPICAL_MINUTES = {"acknowledge": 3, "assign": 10, "escalate": 30, "snooze": 5, "resolve": 90,
                   "close": 30}
ACTOR = {"acknowledge": "operator", "assign": "operator", "escalate": "supervisor",
         "snooze": "operator", "resolve": "operator", "close": "supervisor"}


def new_alert(aid: str, *, type: str, priority: int, title: str, description: str,
              source: str, point: tuple[float, float] | None, ward: str | None,
              created: datetime, procedure: str, related: dict, cap: str | None = None,
              created_by: str = "system") -> dict:
    """A new alert (state "new") created at ``created``."""
    lon, lat = point if point else (None, None)
    return {
        "id": aid, "priority": priority, "type": type, "title": title,
        "description": description, "source": source, "lat": lat, "lon": lon, "ward": ward,
        "state": "new", "assignee": None,
        "sla_deadline": iso(created + timedelta(minutes=SLA_MINUTES[priority])),
        "procedure": procedure, "created_at": iso(created), "snoozed_until": None,
        "comments": [], "history": [{"action": "create", "by": created_by, "at": iso(created)}],
        "cap": cap, "related": related, "updated_at": iso(created), "deleted": False,
    }


def apply(alert: dict, action: str, by: str, at: datetime, *, assignee: str | None = None,
          until: datetime | None = None) -> None:
    """Record ``action`` on ``alert`` at ``at``."""
    alert["state"] = RESULT[action]
    if action == "assign":
        alert["assignee"] = assignee
    alert["snoozed_until"] = iso(until) if action == "snooze" and until else None
    alert["history"].append({"action": action, "by": by, "at": iso(at)})
    alert["updated_at"] = iso(at)


def comment(alert: dict, by: str, at: datetime, text: str) -> None:
    alert["comments"].append({"by": by, "at": iso(at), "text": text})
    alert["updated_at"] = max(alert["updated_at"], iso(at))


# what an alert planned to end in a state goes through (snoozes come from one of three states)
SNOOZE_PLANS = (["snooze"], ["acknowledge", "snooze"], ["acknowledge", "assign", "snooze"])
STATE_OF_ACTION = {"create": "new", "wake": None, **RESULT}


def plan_steps(rng: random.Random, created: datetime, target: str) -> list[tuple]:
    """The actions that take an alert from "new" to ``target``, with their moments, drawn
    whatever ``now`` is: ``(action, by, at, until)`` (``until`` for a snooze, with a "wake"
    step by the system when it runs out)."""
    steps = list(rng.choice(SNOOZE_PLANS)) if target == "snoozed" else PLANS[target]
    t, out = created, []
    for action in steps:
        t = (t + timedelta(minutes=TYPICAL_MINUTES[action] * rng.uniform(0.4, 1.6))).replace(
            microsecond=0)
        until = t + timedelta(minutes=rng.randint(4 * 60, 24 * 60)) if action == "snooze" else None
        out.append((action, ACTOR[action], t, until))
        if until:
            out.append(("wake", "system", until, None))
    return out


def cut(alert: dict, steps: list[tuple], now: datetime, assignee: str) -> None:
    """Apply the ``steps`` that happened by ``now``; a wake returns the state before the
    snooze."""
    for action, by, at, until in steps:
        if at > now:
            break
        if action == "wake":
            alert["state"] = state_before_snooze(alert)
            alert["snoozed_until"] = None
            alert["history"].append({"action": "wake", "by": by, "at": iso(at)})
            alert["updated_at"] = iso(at)
        else:
            apply(alert, action, by, at, assignee=assignee, until=until)


def state_before_snooze(alert: dict) -> str:
    """The state a snoozed alert was in before its last snooze: the result of the history entry
    just before the last "snooze" one (create: new, acknowledge: acknowledged, assign: assigned,
    escalate: escalated; a "wake" entry hands on the state before that snooze)."""
    history = alert["history"]
    last = max((i for i, h in enumerate(history) if h["action"] == "snooze"), default=None)
    if last is None:
        return alert["state"]
    state = "new"
    for h in history[:last]:
        if h["action"] in ("wake", "snooze"):
            continue
        state = STATE_OF_ACTION.get(h["action"]) or state
    return state
