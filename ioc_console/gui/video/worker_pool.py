"""``WorkerPool``: the application's video worker processes and the players they run.

One pool per application (:func:`worker_pool`). A :class:`~ioc_console.gui.video.player.VideoPlayer`
opens a stream through :meth:`WorkerPool.open`; the pool gives it a slot in a worker (chosen by
:class:`~ioc_console.core.video.worker_plan.WorkerPlan`), sends the worker ``Play`` and routes
the worker's reports back to the player. The pool

* keeps one warm spare worker while any tile plays, so a reconnect after a crash needs no
  process start;
* handles a worker's death: each of its players gets ``"error"`` (reason ``worker-lost``) and its
  tile reconnects through the pool into another worker; every crash is logged with the cameras
  it took and listed in System status; a stream that keeps crashing workers is isolated (and
  backs off), per the plan;
* recycles a worker past its memory budget or its age with overlap: a new worker plays the same
  streams into the same windows, and each old slot is stopped once its successor displays
  frames, so no tile goes black; a player's frame counter goes on across the switch.
"""

from __future__ import annotations

import logging
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QTimer
from PySide6.QtGui import QGuiApplication

from ioc_console.core.status import VideoWorkerCrash
from ioc_console.core.video import protocol
from ioc_console.core.video.worker_plan import WorkerPlan
from ioc_console.gui.video.app_single import one_per_app
from ioc_console.gui.video.worker_binding import Binding
from ioc_console.gui.video.worker_pool_reports import PoolReports
from ioc_console.gui.video.worker_pool_status import PoolStatus
from ioc_console.gui.video.worker_process import WorkerProcess
from ioc_console.gui.video.worker_recycling import Recycling

if TYPE_CHECKING:
    from ioc_console.core.services import Services
    from ioc_console.gui.video.player import VideoPlayer

log = logging.getLogger(__name__)
HOUSEKEEPING_MS = 1000
IDLE_STOP_S = 15.0  # no tile played for this long: the spare is stopped too
SWITCH_TIMEOUT_S = 20.0  # a replacement that shows no picture by then is given up
QUIT_WAIT_MS = 1500  # at the console's end, for the workers to release their players


class WorkerPool(PoolReports, Recycling, PoolStatus, QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = WorkerPlan()
        self.workers: dict[int, WorkerProcess] = {}
        self.crashes: list[VideoWorkerCrash] = []
        self._bindings: dict[int, Binding] = {}  # id(player) -> binding
        self._labels: dict[str, str] = {}  # URL -> the camera's name
        self._slots: dict[int, Binding] = {}  # slot (current or successor) -> binding
        self._snapshots: dict[int, tuple[Callable[[bool], None], int, float]] = {}
        self._next_slot = 1
        self._next_worker = 1
        self._next_request = 1
        self._idle_since: float | None = time.monotonic()
        self._recycling: tuple[int, int, float] | None = None  # (old, new, started)
        self._recycle_pause_until = 0.0
        self._start_failures = 0
        self._no_spare_until = 0.0
        self.recycled = 0  # workers replaced (memory budget or age)
        self._services_ref: Callable[[], Services | None] = lambda: None
        self._timer = QTimer(self)
        self._timer.setInterval(HOUSEKEEPING_MS)
        self._timer.timeout.connect(self._housekeeping)
        self._timer.start()
        app = QCoreApplication.instance()
        if app is not None:  # the workers are asked to quit, not killed with the console
            app.aboutToQuit.connect(self.shutdown)

    def report_to(self, services: Services) -> None:
        """Read the budget settings from ``services`` and show figures in its status. A wall
        is about to play: one worker is started now, so the first tile finds it warm."""
        try:  # a closed console's services die with it
            self._services_ref = weakref.ref(services)
        except TypeError:  # an object without weak references (a stand-in): held
            self._services_ref = lambda: services
        self._read_settings()
        if not self.workers and QGuiApplication.platformName() not in ("offscreen", "minimal"):
            self._idle_since = time.monotonic()
            self._start_worker()
        self._publish()

    # -- the players' side -------------------------------------------------------------------
    def open(
        self,
        player: VideoPlayer,
        url: str,
        window: int,
        options: tuple[str, ...],
        relay: bool = False,
        label: str = "",
    ) -> None:
        self.close(player)
        binding = Binding(player, url, window, tuple(options), relay, label)
        if label:
            self._labels[url] = label  # named in System status between its attempts too
        self._bindings[id(player)] = binding
        self._idle_since = None
        self._place(binding)

    def close(self, player: VideoPlayer) -> None:
        binding = self._bindings.pop(id(player), None)
        if binding is None:
            return
        self._stop_slot(binding.slot, binding.worker)
        if binding.successor is not None:
            self._stop_slot(*binding.successor)
        if not self._bindings:
            self._idle_since = time.monotonic()
        self._finish_recycling_if_done()  # its last player gone: the old worker is done

    def crop(self, player: VideoPlayer, geometry: str) -> None:
        binding = self._bindings.get(id(player))
        if binding is None:
            return
        binding.crop = geometry
        for slot, worker in self._slots_of(binding):
            self._send(worker, protocol.Crop(slot, geometry))

    def snapshot(self, player: VideoPlayer, path: str, done: Callable[[bool], None]) -> None:
        binding = self._bindings.get(id(player))
        if binding is None or not binding.slot or binding.worker not in self.workers:
            done(False)
            return
        request = self._next_request
        self._next_request += 1
        self._snapshots[request] = (done, binding.worker, time.monotonic())
        if not self._send(binding.worker, protocol.Snapshot(binding.slot, path, request)):
            self._answer_snapshot(request, False)

    # -- placing a stream in a worker --------------------------------------------------------
    def _place(self, binding: Binding) -> None:
        now = time.monotonic()
        wait = self.plan.wait_before(binding.url, now)
        if wait > 0:
            log.info("%s waits %.1f s before its next worker", binding.label or "a camera", wait)
            binding.waiting_since = now
            player = binding.player
            QTimer.singleShot(int(wait * 1000) + 10, self, lambda: self._place_again(player))
            return
        worker = self.plan.place(binding.url, now)
        if worker is None:
            worker = self._start_worker()
        slot = self._new_slot()
        binding.slot, binding.worker = slot, worker
        self._slots[slot] = binding
        self.plan.assign(worker, slot, binding.url, now)
        self._play(worker, slot, binding)
        self._ensure_spare()
        self._publish(changed=False)  # a player more: no news for System status

    def _place_again(self, player: VideoPlayer) -> None:
        binding = self._bindings.get(id(player))
        if binding is not None and not binding.slot:
            self._place(binding)

    def _play(self, worker: int, slot: int, binding: Binding) -> None:
        self._send(
            worker,
            protocol.Play(
                slot, binding.url, binding.window, binding.options, binding.relay, binding.label
            ),
        )
        if binding.crop:
            self._send(worker, protocol.Crop(slot, binding.crop))

    def _new_slot(self) -> int:
        slot = self._next_slot
        self._next_slot += 1
        return slot

    def _slots_of(self, binding: Binding) -> list[tuple[int, int]]:
        slots = [(binding.slot, binding.worker)] if binding.slot else []
        return slots + ([binding.successor] if binding.successor else [])

    def _stop_slot(self, slot: int, worker: int) -> None:
        if not slot:
            return
        self._slots.pop(slot, None)
        self.plan.release(worker, slot)
        self._send(worker, protocol.Stop(slot))

    def _send(self, worker: int, command: protocol.Command) -> bool:
        process = self.workers.get(worker)
        return process is not None and process.send(command)

    # -- workers -----------------------------------------------------------------------------
    def _start_worker(self) -> int:
        worker = self._next_worker
        self._next_worker += 1
        process = WorkerProcess(worker, self)
        process.report.connect(lambda message, w=worker: self._report(w, message))
        process.ready.connect(lambda _ready, w=worker: self._ready(w))
        process.died.connect(lambda reason, w=worker: self._died(w, reason))
        self.workers[worker] = process
        self.plan.add_worker(worker, time.monotonic())
        process.start()
        log.info("video worker %d started (pid %d)", worker, process.pid)
        return worker

    def _stop_worker(self, worker: int) -> None:
        process = self.workers.pop(worker, None)
        self.plan.remove_worker(worker)
        if process is not None:
            log.info("video worker %d (pid %d) stopped", worker, process.pid)
            process.stop()
        self._fail_snapshots(worker)
        self._publish()

    def _ready(self, worker: int) -> None:
        self._start_failures = 0
        self._publish()

    def _ensure_spare(self) -> None:
        if not self._bindings or self.plan.spare() is not None:
            return
        if time.monotonic() < self._no_spare_until:
            return
        self._start_worker()

    # -- reports and upkeep ------------------------------------------------------------------
    def _housekeeping(self) -> None:
        now = time.monotonic()
        self._read_settings()
        self._expire_snapshots(now)
        self._publish(changed=False)  # memory and age figures, for the next look
        if not self._bindings:
            if self._idle_since is not None and now - self._idle_since > IDLE_STOP_S:
                for worker in [w for w, load in self.plan.workers.items() if not load.players]:
                    self._stop_worker(worker)
            return
        for worker in self.plan.idle_past_budget(now):
            self._stop_worker(worker)
        self._ensure_spare()
        if self._recycling is not None:
            old, new, started = self._recycling
            if now - started > SWITCH_TIMEOUT_S:
                self._give_up_recycling(old, new)
            return
        due = self.plan.to_recycle(now) if now >= self._recycle_pause_until else None
        if due is not None:
            self._recycle(*due, now)

    def shutdown(self, wait_ms: int = QUIT_WAIT_MS) -> None:
        """Stop every worker (the application quits): each is asked to quit, and given
        ``wait_ms`` in all to release its players before it is killed."""
        for worker in list(self.workers):
            self._stop_worker(worker)
        deadline = time.monotonic() + wait_ms / 1000
        # those stopped a moment ago too: none may outlive its QProcess, whose destructor
        # would kill it and wait on the GUI thread, with its signals into a dying object
        for process in self.findChildren(WorkerProcess):
            left = max(0, int((deadline - time.monotonic()) * 1000))
            running = process.process.state() != QProcess.ProcessState.NotRunning
            if running and not process.process.waitForFinished(left):
                process.kill()
                process.process.waitForFinished(500)

    def slot_of(self, player: Any) -> tuple[int, int] | None:
        """(slot, worker) the player plays in now (for tests and drills)."""
        binding = self._bindings.get(id(player))
        return (binding.slot, binding.worker) if binding is not None and binding.slot else None


def worker_pool() -> WorkerPool:
    """The application's one pool."""
    return one_per_app(WorkerPool)
