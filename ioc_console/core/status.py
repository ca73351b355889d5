"""What the System status panel shows, gathered in one Qt-free, observable place."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from ioc_console import __version__
from ioc_console.core.events import Event
from ioc_console.core.i18n import Message
from ioc_console.core.responsiveness import LagRecorder
from ioc_console.core.store.cache import DatasetStatus


class ConnectionState(StrEnum):
    UNKNOWN = "unknown"
    CONNECTING = "connecting"
    ONLINE = "online"
    OFFLINE = "offline"
    LOGIN_NEEDED = "login_needed"  # the backend refused the console's sign-in


@dataclass(frozen=True)
class Capability:
    """A piece of the platform the console needs (libVLC, QtWebEngine ...)."""

    ok: bool | None  # None while not yet checked
    detail: str = ""


@dataclass(frozen=True)
class BackendStatus:
    mode: str  # "demo" or "site"
    url: str = ""
    site_name: str = ""
    ward: str | None = None
    state: ConnectionState = ConnectionState.UNKNOWN
    last_contact: datetime | None = None
    last_error: str = ""
    error_kind: str | None = None  # ApiError.kind of the last failure
    live: bool = False  # changes arrive by the event stream (else by polling)


@dataclass(frozen=True)
class VideoWorkerFigures:
    """One video worker process as System status shows it."""

    id: int
    pid: int
    players: int
    rss_kb: int
    age_s: float
    isolated: str = ""  # the camera it plays alone (a stream that crashed workers)
    retiring: bool = False  # being replaced (memory budget or age)


@dataclass(frozen=True)
class VideoWorkerCrash:
    """A video worker that died while playing: when (epoch seconds), its pid, why, and the
    cameras it played."""

    at: float
    pid: int
    reason: str
    cameras: tuple[str, ...]


@dataclass
class AppStatus:
    """The console's view of itself. Changed on the GUI thread; listeners hear which part."""

    version: str = __version__
    backend: BackendStatus = field(default_factory=lambda: BackendStatus("demo"))
    datasets: list[DatasetStatus] = field(default_factory=list)
    capabilities: dict[str, Capability] = field(default_factory=dict)
    outbox: int = 0  # operator actions waiting for the backend
    cache_path: str = ""
    cache_problems: list[Message] = field(default_factory=list)  # for the operator
    video_workers: list[VideoWorkerFigures] = field(default_factory=list)
    video_crashes: list[VideoWorkerCrash] = field(default_factory=list)  # oldest first
    video_isolated: tuple[str, ...] = ()  # cameras playing alone after crashing workers
    lag: LagRecorder = field(default_factory=LagRecorder)  # the GUI event loop's lateness
    changed: Event[[str]] = field(
        default_factory=lambda: Event("status.changed"), repr=False, compare=False
    )
    """Which part changed: backend, datasets, outbox, capabilities, plugins or video."""

    def update_backend(self, **changes: Any) -> None:
        self.backend = replace(self.backend, **changes)
        self.changed.emit("backend")

    def set_datasets(self, datasets: list[DatasetStatus]) -> None:
        self.datasets = list(datasets)
        self.changed.emit("datasets")

    def set_outbox(self, count: int) -> None:
        self.outbox = count
        self.changed.emit("outbox")

    def set_capability(self, name: str, capability: Capability) -> None:
        self.capabilities[name] = capability
        self.changed.emit("capabilities")

    def set_video_workers(
        self,
        workers: list[VideoWorkerFigures],
        crashes: list[VideoWorkerCrash],
        isolated: tuple[str, ...] = (),
        notify: bool = True,
    ) -> None:
        """The video workers' figures; ``notify``: announce it (a worker started, stopped or
        crashed), else the figures are only kept for the next look (memory going up)."""
        self.video_workers = list(workers)
        self.video_crashes = list(crashes)
        self.video_isolated = tuple(isolated)
        if notify:
            self.changed.emit("video")
