"""Telling the operator when someone else acted first: an action of this console left the outbox
(answered by the server) but the alert did not end where the action leads — the server refused
it (409) and the cache now holds the alert as the server has it. Nothing is overwritten."""

from __future__ import annotations

import logging
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from ioc_console.core.alerts.workflow import LEADS_TO

log = logging.getLogger(__name__)


@dataclass
class Sent:
    alert_id: str
    action: str
    key: str | None = None


class ConflictWatch:
    """Actions queued by this queue, until the server's answer shows in the cache."""

    def __init__(self, cache: Any) -> None:
        self.cache = cache
        self._sent: dict[str, Sent] = {}

    def queued(self, alert_id: str, action: str, future: Future | None) -> None:
        sent = self._sent[alert_id] = Sent(alert_id, action)
        if future is not None:
            future.add_done_callback(
                lambda f: setattr(sent, "key", f.result() if f.exception() is None else None)
            )

    def check(self, alerts: dict[str, Any]) -> list[tuple[Any, str]]:
        """Given the alerts that just changed (by id), those whose queued action was answered
        but did not take: (alert as it is now, the action's name)."""
        watched = [s for s in self._sent.values() if s.alert_id in alerts and s.key]
        if not watched or self.cache is None:
            return []
        waiting = {a.key for a in self.cache.outbox()}
        found = []
        for sent in watched:
            if sent.key in waiting:
                continue  # not answered yet (offline, or queued behind others)
            del self._sent[sent.alert_id]
            alert = alerts[sent.alert_id]
            leads = LEADS_TO.get(sent.action)
            if alert is not None and leads is not None and alert.state != leads:
                log.info(
                    "alert %s: %s was not applied (now %s)", alert.id, sent.action, alert.state
                )
                found.append((alert, sent.action))
        return found
