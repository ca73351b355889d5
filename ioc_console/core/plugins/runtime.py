"""Plugins switched on and off while the console runs, and the errors they make once loaded.

:class:`PluginRuntime` is a part of :class:`~ioc_console.core.plugins.manager.PluginManager`:
``disable`` removes everything a plugin registered (panels, map layers, feeds, KPIs, rules,
procedures, dashboards, domains); ``enable`` loads it again through the same path as at
start-up (a module imported before is not imported again: its entry function is called once
more with a new facade). ``report_error`` records what a loaded plugin's panel, feed, rule or
KPI raised, from any thread, so that the operator sees it next to the plugin.

``enable`` and ``disable`` run on the thread that owns the registries (the GUI thread in the
console): the registries tell their followers at once.
"""

from __future__ import annotations

import logging
import threading
import traceback
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from ioc_console.core.events import Event

if TYPE_CHECKING:
    from pathlib import Path

    from ioc_console.core.plugins.manager import PluginRecord

log = logging.getLogger(__name__)
MAX_RUNTIME_ERRORS = 50  # per plugin; the oldest go first
_lock = threading.RLock()


class PluginState(StrEnum):
    LOADED = "loaded"
    FAILED = "failed"
    DISABLED = "disabled"
    INCOMPATIBLE = "incompatible"


@dataclass(frozen=True)
class PluginError:
    """One error a loaded plugin made: ``where`` names the part ("panel healthcare.dashboard",
    "feed health_daily", "rule healthcare.beds_full", "KPI x"), ``error`` is one line,
    ``details`` the traceback, ``at`` when (UTC)."""

    where: str
    error: str
    details: str = ""
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


def describe(error: BaseException | str) -> tuple[str, str]:
    """``(one line, traceback)`` of an exception (a text stays as it is, without details)."""
    if isinstance(error, BaseException):
        details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
        return f"{type(error).__name__}: {error}", details
    return str(error), ""


class PluginRuntime:
    """Enabling, disabling and the runtime errors of the plugins a manager loaded."""

    if TYPE_CHECKING:
        records: list[PluginRecord]
        disabled: set[str]

        def _load(self, folder: Path, seen: set[str]) -> PluginRecord: ...

    _changed: Event[[PluginRecord]] | None = None

    @property
    def changed(self) -> Event[[PluginRecord]]:
        """``(record)`` after a plugin was enabled or disabled or reported an error (emitted
        on the thread that did it: ``report_error`` may come from a worker thread)."""
        with _lock:
            if self._changed is None:
                self._changed = Event("plugins.changed")
            return self._changed

    def record(self, plugin_id: str) -> PluginRecord:
        """The record of plugin ``plugin_id`` (the one that counts when two folders hold the
        same id); KeyError when there is none."""
        for record in self.records:
            if record.id == plugin_id:
                return record
        raise KeyError(f"no plugin {plugin_id!r}")

    def disable(self, plugin_id: str) -> PluginRecord:
        """Switch the plugin off now: everything it registered goes away. A plugin that had
        failed or is incompatible is marked disabled too (it is no longer tried)."""
        record = self.record(plugin_id)
        self.disabled.add(plugin_id)
        if record.state is PluginState.DISABLED:
            return record
        if record.api is not None:
            try:
                record.api.unregister_all()
            except Exception as exc:  # what is left is logged; the plugin is off regardless
                log.exception("plugin %s did not unregister cleanly", plugin_id)
                self._add_error(record, PluginError("disable", *describe(exc)))
            record.api = None
        record.state = PluginState.DISABLED
        record.error = record.details = ""
        log.info("plugin %s disabled", plugin_id)
        self.changed.emit(record)
        return record

    def enable(self, plugin_id: str) -> PluginRecord:
        """Switch the plugin on now, loading it like at start-up. When its entry function
        raises, the plugin stays FAILED with its error and nothing of it registered."""
        record = self.record(plugin_id)
        self.disabled.discard(plugin_id)
        if record.state is PluginState.LOADED:
            return record
        seen = {
            other.id
            for other in self.records
            if other is not record and other.state is PluginState.LOADED
        }
        fresh = self._load(record.folder, seen)
        record.state, record.manifest, record.api = fresh.state, fresh.manifest, fresh.api
        record.error, record.details = fresh.error, fresh.details
        log.info("plugin %s enabled: %s", plugin_id, record.state)
        self.changed.emit(record)
        return record

    def report_error(self, plugin_id: str, where: str, error: BaseException | str) -> None:
        """Record an error a loaded plugin made in ``where`` (any thread); the rest of the
        console goes on. Unknown plugins are only logged."""
        text, details = describe(error)
        log.error("plugin %s: %s failed: %s", plugin_id, where, text)
        try:
            record = self.record(plugin_id)
        except KeyError:
            return
        self._add_error(record, PluginError(where, text, details))
        self.changed.emit(record)

    def _add_error(self, record: PluginRecord, error: PluginError) -> None:
        with _lock:
            errors = [*record.runtime_errors, error]
            record.runtime_errors = errors[-MAX_RUNTIME_ERRORS:]
