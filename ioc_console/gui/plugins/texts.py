"""How the plugin manager words a plugin: its state, where it comes from, what it adds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ioc_console.core.i18n import QT_TRANSLATE_NOOP
from ioc_console.core.paths import builtin_plugins_dir
from ioc_console.core.plugins import PluginRecord, PluginState
from ioc_console.core.services import Services

CONTEXT = "PluginManager"
STATES = {
    PluginState.LOADED: QT_TRANSLATE_NOOP("PluginManager", "On"),
    PluginState.DISABLED: QT_TRANSLATE_NOOP("PluginManager", "Off"),
    PluginState.FAILED: QT_TRANSLATE_NOOP("PluginManager", "Failed to load"),
    PluginState.INCOMPATIBLE: QT_TRANSLATE_NOOP("PluginManager", "Incompatible"),
}
ORIGINS = {
    "built-in": QT_TRANSLATE_NOOP("PluginManager", "Built in"),
    "user folder": QT_TRANSLATE_NOOP("PluginManager", "Your plugins folder"),
    "site folder": QT_TRANSLATE_NOOP("PluginManager", "The site's plugins folder"),
    "command line": QT_TRANSLATE_NOOP("PluginManager", "Folder named at start-up"),
}
ENTRY_POINT = "entry point "
WITH_ERRORS = QT_TRANSLATE_NOOP("PluginManager", "%1, errors: %2")
PACKAGE = QT_TRANSLATE_NOOP("PluginManager", "Installed package %1")
# what a plugin registered, by kind of PluginAPI.registered, in the order shown
KINDS = (
    ("panel", QT_TRANSLATE_NOOP("PluginManager", "Panels")),
    ("map_layer", QT_TRANSLATE_NOOP("PluginManager", "Map layers")),
    ("feed", QT_TRANSLATE_NOOP("PluginManager", "Data feeds")),
    ("kpi", QT_TRANSLATE_NOOP("PluginManager", "KPIs")),
    ("rule", QT_TRANSLATE_NOOP("PluginManager", "Alert rules")),
    ("procedure", QT_TRANSLATE_NOOP("PluginManager", "Procedures")),
    ("dashboard", QT_TRANSLATE_NOOP("PluginManager", "Dashboards")),
    ("domain", QT_TRANSLATE_NOOP("PluginManager", "Overview tiles")),
)


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_text(record: PluginRecord) -> str:
    text = t(STATES[record.state])
    if record.runtime_errors:
        errors = str(len(record.runtime_errors))
        text = t(WITH_ERRORS).replace("%1", text).replace("%2", errors)
    return text


def origin_of(record: PluginRecord, services: Services) -> str:
    """Where the plugin comes from, as the plugin manager's discovery tells it (or, for a
    record without it, from its folder)."""
    if record.origin:
        return record.origin
    parent = record.folder.parent.resolve()
    if parent == builtin_plugins_dir().resolve():
        return "built-in"
    if parent == services.paths.user_plugins_dir.resolve():
        return "user folder"
    return "command line"


def origin_text(origin: str) -> str:
    if origin.startswith(ENTRY_POINT):
        return t(PACKAGE).replace("%1", origin.removeprefix(ENTRY_POINT))
    return t(ORIGINS[origin]) if origin in ORIGINS else origin


def counts(record: PluginRecord) -> dict[str, int]:
    """How many things of each kind the plugin registered (kinds with none left out)."""
    registered = record.api.registered if record.api is not None else {}
    return {kind: len(registered[kind]) for kind, _title in KINDS if registered.get(kind)}


def adds_text(record: PluginRecord) -> str:
    titles = dict(KINDS)
    return " · ".join(f"{t(titles[kind])} {n}" for kind, n in counts(record).items())
