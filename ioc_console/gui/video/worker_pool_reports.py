"""What the video workers report, and a worker's death: frame counts and events routed to the
players, snapshots answered, and the players of a dead worker sent to reconnect elsewhere
(mixed into :class:`~ioc_console.gui.video.worker_pool.WorkerPool`)."""

from __future__ import annotations

import logging
import time

from ioc_console.core.status import VideoWorkerCrash
from ioc_console.core.video import protocol
from ioc_console.core.video.streams import redacted
from ioc_console.gui.video.worker_binding import Binding, PoolHost

log = logging.getLogger(__name__)
START_FAILURES_BEFORE_PAUSE = 3  # workers that die before Ready in a row: no spare for a while
START_PAUSE_S = 30.0
CRASHES_KEPT = 50
WORKER_LOST = "worker-lost"


class PoolReports(PoolHost):
    def _report(self, worker: int, message: protocol.Report) -> None:
        if worker not in self.workers:  # a late line of a worker already given up
            return
        if isinstance(message, protocol.Stats):
            self._stats(worker, message)
        elif isinstance(message, protocol.Event):
            binding = self._slots.get(message.slot)
            if binding is None or binding.worker != worker or binding.slot != message.slot:
                if binding is not None and binding.successor == (message.slot, worker):
                    if message.name != "playing":  # the replacement failed: keep the old
                        self._stop_slot(message.slot, worker)
                        binding.successor = None
                return
            binding.player._event(message.name)
        elif isinstance(message, protocol.SnapshotDone):
            if message.request in self._snapshots and not message.ok:
                log.warning("snapshot failed in the worker: %s", message.detail)
            self._answer_snapshot(message.request, message.ok)
        elif isinstance(message, protocol.RelayState):
            binding = self._slots.get(message.slot)
            if binding is not None and binding.slot == message.slot:
                binding.player._relay_state(message.state, message.detail)

    def _stats(self, worker: int, stats: protocol.Stats) -> None:
        load = self.plan.workers.get(worker)
        if load is not None:
            load.rss_kb = stats.rss_kb
        for slot, counters in stats.slots.items():
            binding = self._slots.get(slot)
            if binding is None:
                continue
            if counters.displayed or counters.decoded:
                self.plan.pictured(worker, slot)
            if binding.slot == slot and binding.worker == worker:
                binding.last = counters
                binding.player._frames(
                    binding.base[0] + counters.decoded,
                    binding.base[1] + counters.displayed,
                    counters.width,
                    counters.height,
                )
            elif binding.successor == (slot, worker) and counters.displayed > 0:
                self._switch(binding)

    def _died(self, worker: int, reason: str) -> None:
        process = self.workers.pop(worker, None)
        if process is None:
            return
        now = time.monotonic()
        load = self.plan.workers.get(worker)
        urls = dict(load.urls) if load is not None else {}
        if not process.is_ready:
            self._start_failures += 1
            if self._start_failures >= START_FAILURES_BEFORE_PAUSE:
                self._no_spare_until = now + START_PAUSE_S
        newly = self.plan.crashed(worker, now)
        self._fail_snapshots(worker)
        lost: list[Binding] = []
        affected: list[Binding] = []  # lost, or played on elsewhere (a replacement's)
        for slot in urls:
            binding = self._slots.pop(slot, None)
            if binding is None:
                continue
            affected.append(binding)
            if binding.successor is not None and binding.successor[0] == slot:
                binding.successor = None  # the replacement died: the old slot plays on
            elif binding.successor is not None:
                self._switch(binding)  # the old worker died during its replacement
            else:
                lost.append(binding)
        labels = [b.label or redacted(b.url) for b in affected]
        if urls or not process.is_ready:
            log.warning(
                "video worker %d (pid %d) died (%s); cameras: %s",
                worker,
                process.pid,
                reason,
                ", ".join(labels) or "none",
            )
        if urls:
            self.crashes.append(VideoWorkerCrash(time.time(), process.pid, reason, tuple(labels)))
            del self.crashes[:-CRASHES_KEPT]
        for url in newly:
            label = next((b.label for b in affected if b.url == url), redacted(url))
            log.warning("%s crashed its video worker twice: it plays alone from now on", label)
        if self._recycling is not None and worker == self._recycling[1]:
            self._give_up_recycling(*self._recycling[:2])  # the old worker plays on
        elif self._recycling is not None and worker == self._recycling[0]:
            self._recycling = None  # its streams moved to the replacement above
        for binding in lost:
            binding.slot = binding.worker = 0
            binding.player._worker_lost(WORKER_LOST)
        self._ensure_spare()
        self._publish()
