"""A player's stream in the video worker pool (:class:`Binding`), and what the pool's parts
(reports and deaths, recycling, snapshots and status) reach on
:class:`~ioc_console.gui.video.worker_pool.WorkerPool`, declared for the type checker: at run
time the parts are plain classes mixed into the pool."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ioc_console.core.video import protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from ioc_console.core.services import Services
    from ioc_console.core.status import VideoWorkerCrash
    from ioc_console.core.video.worker_plan import WorkerPlan
    from ioc_console.gui.video.player import VideoPlayer
    from ioc_console.gui.video.worker_process import WorkerProcess


@dataclass
class Binding:
    """A player's stream in the pool: its current slot and, while its worker is being
    replaced, the successor slot."""

    player: VideoPlayer
    url: str
    window: int
    options: tuple[str, ...]
    relay: bool
    label: str
    slot: int = 0
    worker: int = 0
    crop: str = ""
    base: tuple[int, int] = (0, 0)  # frames counted by earlier slots of this stream
    last: protocol.FrameStats = field(default_factory=protocol.FrameStats)
    successor: tuple[int, int] | None = None  # (slot, worker)
    waiting_since: float = 0.0  # pending: the time it started waiting (back-off)


if TYPE_CHECKING:

    class PoolHost(QObject):
        plan: WorkerPlan
        workers: dict[int, WorkerProcess]
        crashes: list[VideoWorkerCrash]
        recycled: int
        _bindings: dict[int, Binding]
        _slots: dict[int, Binding]
        _labels: dict[str, str]
        _snapshots: dict[int, tuple[Callable[[bool], None], int, float]]
        _recycling: tuple[int, int, float] | None
        _recycle_pause_until: float
        _services_ref: Callable[[], Services | None]
        _start_failures: int
        _no_spare_until: float

        def _new_slot(self) -> int: ...
        def _play(self, worker: int, slot: int, binding: Binding) -> None: ...
        def _send(self, worker: int, command: protocol.Command) -> bool: ...
        def _start_worker(self) -> int: ...
        def _stop_slot(self, slot: int, worker: int) -> None: ...
        def _stop_worker(self, worker: int) -> None: ...
        def _publish(self, changed: bool = True) -> None: ...
        def _ensure_spare(self) -> None: ...
        def _answer_snapshot(self, request: int, ok: bool) -> None: ...
        def _fail_snapshots(self, worker: int) -> None: ...
        def _switch(self, binding: Binding) -> None: ...
        def _give_up_recycling(self, old: int, new: int) -> None: ...
        def _finish_recycling_if_done(self) -> None: ...

else:
    PoolHost = object
