"""User settings: a versioned JSON file with migrations, written atomically.

A file that cannot be read is moved aside (never deleted) and the console goes on with the
defaults; the problem is kept in :attr:`Settings.problems` for the operator to see.
"""

from __future__ import annotations

import copy
import json
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ioc_console.core.atomic import write_json_atomic
from ioc_console.core.config.options import OPTIONS, OptionRegistry
from ioc_console.core.events import Event
from ioc_console.core.i18n import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)

SETTINGS_VERSION = 2


def _from_unversioned(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 -> 1: files from before versioning held the values at the top level."""
    values = {k: v for k, v in data.items() if k != "version"}
    return {"version": 1, "values": values}


def _language_and_theme_under_ui(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 -> 2: ``language`` and ``theme`` moved under ``ui.``."""
    values = dict(data.get("values", {}))
    for old in ("language", "theme"):
        if old in values:
            values.setdefault(f"ui.{old}", values.pop(old))
    return {"version": 2, "values": values}


# version found in the file -> function that lifts it one version up
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _from_unversioned,
    1: _language_and_theme_under_ui,
}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings document up to :data:`SETTINGS_VERSION`."""
    version = data.get("version", 0)
    if not isinstance(version, int) or version < 0:
        raise ValueError(f"settings version {version!r} is not a whole number")
    while version < SETTINGS_VERSION:
        data = MIGRATIONS[version](data)
        log.info("settings migrated from version %s to %s", version, data["version"])
        version = data["version"]
    return data


class Settings:
    """The user's settings, read once and saved on each change."""

    def __init__(self, path: Path, options: OptionRegistry = OPTIONS) -> None:
        self.path = Path(path)
        self.options = options
        self.problems: list[Message] = []
        self._values: dict[str, Any] = {}
        self._unknown: dict[str, Any] = {}
        self.changed: Event[[str, Any]] = Event("settings.changed")
        """``(key, value)`` after every change."""
        self._read_only_newer = False

    # -- reading -----------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path, options: OptionRegistry = OPTIONS) -> Settings:
        settings = cls(path, options)
        settings._load()
        return settings

    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("the file does not hold a JSON object")
            version = raw.get("version", 0)
            if isinstance(version, int) and version > SETTINGS_VERSION:
                self._read_only_newer = True
                self._problem(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems",
                            "%1 was written by a newer console (version %2); known options "
                            "are used and the file is left as it is",
                        ),
                        self.path,
                        version,
                    )
                )
                data = raw
            else:
                data = migrate(raw)
            values = data.get("values", {})
            if not isinstance(values, dict):
                raise ValueError("'values' is not a JSON object")
        except (OSError, ValueError, KeyError) as exc:
            aside = self.path.with_name(f"{self.path.name}.unreadable-{int(time.time())}")
            try:
                self.path.replace(aside)
            except OSError:
                aside = self.path
            self._problem(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "settings could not be read (%1); defaults are used, file kept as %2",
                    ),
                    exc,
                    aside,
                )
            )
            return
        for key, value in values.items():
            if key not in self.options:
                self._unknown[key] = value  # kept and written back: a newer console may use it
                continue
            try:
                self._values[key] = self.options[key].validate(value)
            except ValueError as exc:
                self._problem(
                    Message(QT_TRANSLATE_NOOP("Problems", "setting ignored, default used: %1"), exc)
                )

    def _problem(self, message: Message) -> None:
        log.warning("%s", message)
        self.problems.append(message)

    # -- access ------------------------------------------------------------------------------
    def get(self, key: str) -> Any:
        option = self.options[key]
        return copy.deepcopy(self._values.get(key, option.default))

    def set(self, key: str, value: Any, *, save: bool = True) -> None:
        value = self.options[key].validate(value)
        if key in self._values and self._values[key] == value:
            return
        self._values[key] = copy.deepcopy(value)
        if save:
            self.save()
        self.changed.emit(key, value)

    def as_document(self) -> dict[str, Any]:
        values = {**self._unknown, **self._values}
        return {"version": SETTINGS_VERSION, "values": values}

    def save(self) -> None:
        if self._read_only_newer:
            log.info("settings not saved: %s belongs to a newer console", self.path)
            return
        write_json_atomic(self.path, self.as_document())
