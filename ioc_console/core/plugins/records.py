"""What the plugin manager knows of each plugin: its state, where it came from, its manifest,
the facade it registered through, and its errors (at loading and while it runs)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from ioc_console.core.plugins.api import PluginAPI
from ioc_console.core.plugins.manifest import Manifest


@dataclass(frozen=True)
class PluginError:
    """One error a loaded plugin made: ``where`` names the part ("panel healthcare.dashboard",
    "feed health_daily", "rule healthcare.beds_full", "KPI x"), ``error`` is one line,
    ``details`` the traceback, ``at`` when (UTC)."""

    where: str
    error: str
    details: str = ""
    at: datetime = field(default_factory=lambda: datetime.now(UTC))


class PluginState(StrEnum):
    LOADED = "loaded"
    FAILED = "failed"
    DISABLED = "disabled"
    INCOMPATIBLE = "incompatible"


@dataclass
class PluginRecord:
    folder: Path
    state: PluginState
    manifest: Manifest | None = None
    error: str = ""
    details: str = ""
    api: PluginAPI | None = field(default=None, repr=False)
    origin: str = ""
    """Where it came from: "built-in", "user folder", "site folder", "command line" or
    "entry point <distribution>"."""
    runtime_errors: list[PluginError] = field(default_factory=list)  # once loaded, capped

    @property
    def id(self) -> str:
        return self.manifest.id if self.manifest else self.folder.name

    @property
    def name(self) -> str:
        return self.manifest.name if self.manifest else self.folder.name

    def display_name(self, language: str) -> str:
        return self.manifest.display_name(language) if self.manifest else self.folder.name
