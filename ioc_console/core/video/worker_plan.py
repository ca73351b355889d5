"""The video workers' policy: where a new player goes, what a worker's death means for the
streams it played, and when a worker is replaced. Qt-free and clock-driven (the pool passes the
monotonic time), so every rule is unit-tested without a process.

* **Placement**: a worker takes up to :data:`TILES_PER_WORKER` players; a new player goes to
  the busiest worker that has room (so the others stay empty: one of them is the warm spare),
  never to a worker being replaced, never beside an isolated stream.
* **Strikes and isolation**: a worker's death gives each stream it played (keyed by URL) a
  strike. A stream with a strike is a *suspect*: no two suspects share a worker, so the
  cameras that merely shared a worker with a bad stream are not blamed with it again. A
  stream with :data:`STRIKES_TO_ISOLATE` strikes within :data:`STRIKE_WINDOW_S` is
  *isolated*: it plays alone in a worker of its own, so it cannot take other cameras down with
  it. An isolated stream that crashes its worker again waits (1 s, 2 s … 60 s, with
  :class:`~ioc_console.core.video.backoff.Backoff`) before its next worker. Strikes older than
  the window are forgotten, and with them the isolation.
* **Recycling**: a worker past its memory budget or its maximum age is replaced at a quiet
  moment: none of its players is waiting for a first picture and no other replacement runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .backoff import Backoff

TILES_PER_WORKER = 4
STRIKES_TO_ISOLATE = 2
STRIKE_WINDOW_S = 600.0
ISOLATED_BACKOFF_BASE_S = 1.0
ISOLATED_BACKOFF_CAP_S = 60.0
MEMORY_MB = 400  # setting video.worker_memory_mb
MAX_AGE_H = 6.0  # setting video.worker_max_age_h


@dataclass
class WorkerLoad:
    """What the plan knows of one worker."""

    id: int
    started: float  # monotonic time the worker was started
    urls: dict[int, str] = field(default_factory=dict)  # slot -> URL it plays
    waiting: set[int] = field(default_factory=set)  # slots without a first picture yet
    rss_kb: int = 0
    isolated: str | None = None  # the URL this worker holds alone
    retiring: bool = False  # being replaced: takes no new players

    @property
    def players(self) -> int:
        return len(self.urls)


@dataclass
class _Strikes:
    times: list[float] = field(default_factory=list)
    backoff: Backoff = field(
        default_factory=lambda: Backoff(ISOLATED_BACKOFF_BASE_S, ISOLATED_BACKOFF_CAP_S)
    )
    not_before: float = 0.0


class WorkerPlan:
    def __init__(
        self,
        tiles_per_worker: int = TILES_PER_WORKER,
        memory_mb: float = MEMORY_MB,
        max_age_h: float = MAX_AGE_H,
    ) -> None:
        self.tiles_per_worker = max(1, tiles_per_worker)
        self.memory_mb = memory_mb
        self.max_age_h = max_age_h
        self.workers: dict[int, WorkerLoad] = {}
        self._strikes: dict[str, _Strikes] = {}

    # -- workers and players -----------------------------------------------------------------
    def add_worker(self, worker_id: int, now: float) -> WorkerLoad:
        load = WorkerLoad(worker_id, now)
        self.workers[worker_id] = load
        return load

    def remove_worker(self, worker_id: int) -> WorkerLoad | None:
        return self.workers.pop(worker_id, None)

    def assign(self, worker_id: int, slot: int, url: str, now: float) -> None:
        load = self.workers[worker_id]
        load.urls[slot] = url
        load.waiting.add(slot)
        if self.is_isolated(url, now):
            load.isolated = url

    def pictured(self, worker_id: int, slot: int) -> None:
        """``slot`` shows its first picture."""
        load = self.workers.get(worker_id)
        if load is not None:
            load.waiting.discard(slot)

    def release(self, worker_id: int, slot: int) -> None:
        load = self.workers.get(worker_id)
        if load is not None:
            load.urls.pop(slot, None)
            load.waiting.discard(slot)
            if not load.urls:
                load.isolated = None

    def place(self, url: str, now: float) -> int | None:
        """The worker a new player of ``url`` goes to; None: start a new worker for it."""
        isolated = self.is_isolated(url, now)
        suspect = self.strikes(url, now) > 0
        best: WorkerLoad | None = None
        for load in self.workers.values():
            if load.retiring or load.isolated is not None:
                continue
            if isolated and load.players:
                continue
            if suspect and any(self.strikes(u, now) for u in load.urls.values()):
                continue
            if load.players >= self.tiles_per_worker:
                continue
            if best is None or load.players > best.players:
                best = load
        return best.id if best is not None else None

    def spare(self) -> int | None:
        """An idle worker ready for the next player (the warm spare), if there is one."""
        for load in self.workers.values():
            if not load.retiring and not load.players:
                return load.id
        return None

    # -- crashes -----------------------------------------------------------------------------
    def crashed(self, worker_id: int, now: float) -> list[str]:
        """The worker died: a strike for each stream it played. Returns the streams that are
        isolated from now on (their second strike) — each worth a line in the log."""
        load = self.workers.pop(worker_id, None)
        if load is None:
            return []
        newly: list[str] = []
        for url in sorted(set(load.urls.values())):
            was_isolated = self.is_isolated(url, now)
            strikes = self._strikes.setdefault(url, _Strikes())
            self._forget_old(strikes, now)
            strikes.times.append(now)
            if was_isolated:
                strikes.not_before = now + strikes.backoff.next_delay()
            elif self.is_isolated(url, now):
                newly.append(url)
        return newly

    def strikes(self, url: str, now: float) -> int:
        strikes = self._strikes.get(url)
        if strikes is None:
            return 0
        self._forget_old(strikes, now)
        return len(strikes.times)

    def is_isolated(self, url: str, now: float) -> bool:
        return self.strikes(url, now) >= STRIKES_TO_ISOLATE

    def isolated_streams(self, now: float) -> list[str]:
        return sorted(url for url in list(self._strikes) if self.is_isolated(url, now))

    def wait_before(self, url: str, now: float) -> float:
        """Seconds ``url`` must wait before it plays in a new worker (0: at once)."""
        strikes = self._strikes.get(url)
        if strikes is None or not self.is_isolated(url, now):
            return 0.0
        return max(0.0, strikes.not_before - now)

    def _forget_old(self, strikes: _Strikes, now: float) -> None:
        strikes.times = [t for t in strikes.times if now - t < STRIKE_WINDOW_S]
        if not strikes.times:
            strikes.backoff.reset()
            strikes.not_before = 0.0

    # -- recycling ---------------------------------------------------------------------------
    def recycle_reason(self, load: WorkerLoad, now: float) -> str | None:
        """``"memory"`` or ``"age"`` when ``load``'s worker is due for replacement."""
        if self.memory_mb > 0 and load.rss_kb > self.memory_mb * 1024:
            return "memory"
        if self.max_age_h > 0 and now - load.started > self.max_age_h * 3600:
            return "age"
        return None

    def to_recycle(self, now: float) -> tuple[int, str] | None:
        """The worker to replace now and why; None when none is due or the moment is not quiet
        (a replacement already running, or a due worker's player waiting for a first picture).
        Only workers with players are worth replacing (an idle one is simply stopped)."""
        if any(load.retiring for load in self.workers.values()):
            return None
        for load in self.workers.values():
            reason = self.recycle_reason(load, now)
            if reason is not None and load.players and not load.waiting:
                return load.id, reason
        return None

    def idle_past_budget(self, now: float) -> list[int]:
        """Idle workers due for replacement: stop them (a fresh spare follows)."""
        return [
            load.id
            for load in self.workers.values()
            if not load.players and not load.retiring and self.recycle_reason(load, now)
        ]
