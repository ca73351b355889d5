"""Replacing a video worker without a black tile: a new worker plays the same streams into the
same windows, and each old slot is stopped once its successor displays frames (mixed into
:class:`~ioc_console.gui.video.worker_pool.WorkerPool`)."""

from __future__ import annotations

import logging
import time

from ioc_console.core.video import protocol
from ioc_console.gui.video.worker_binding import Binding, PoolHost

log = logging.getLogger(__name__)
RETRY_PAUSE_S = 60.0  # after a replacement was given up


class Recycling(PoolHost):
    def _switch(self, binding: Binding) -> None:
        """The successor shows pictures: it takes over, the old slot stops."""
        if binding.successor is None:
            return
        old_slot, old_worker = binding.slot, binding.worker
        binding.base = (
            binding.base[0] + binding.last.decoded,
            binding.base[1] + binding.last.displayed,
        )
        binding.last = protocol.FrameStats(width=binding.last.width, height=binding.last.height)
        binding.slot, binding.worker = binding.successor
        binding.successor = None
        self._slots[binding.slot] = binding
        if binding.crop:
            self._send(binding.worker, protocol.Crop(binding.slot, binding.crop))
        self._stop_slot(old_slot, old_worker)
        log.debug("%s moved to video worker %d", binding.label, binding.worker)
        self._finish_recycling_if_done()

    def _recycle(self, old: int, reason: str, now: float) -> None:
        load = self.plan.workers[old]
        log.info(
            "video worker %d is replaced (%s: %d MB, %.1f h old)",
            old,
            reason,
            load.rss_kb // 1024,
            (now - load.started) / 3600,
        )
        load.retiring = True
        # the warm spare takes over when it is fresh itself (a new spare follows it)
        spare = self.plan.spare()
        if spare is None or self.plan.recycle_reason(self.plan.workers[spare], now) is not None:
            spare = None
        new = spare if spare is not None else self._start_worker()
        self._recycling = (old, new, now)
        for slot in list(load.urls):
            binding = self._slots.get(slot)
            if binding is None or binding.slot != slot:
                continue
            successor = self._new_slot()
            binding.successor = (successor, new)
            self._slots[successor] = binding
            self.plan.assign(new, successor, binding.url, now)
            self.plan.pictured(new, successor)  # the old one still shows: not a waiting tile
            self._play(new, successor, binding)
        self._publish()

    def _finish_recycling_if_done(self) -> None:
        if self._recycling is None:
            return
        old = self._recycling[0]
        if any(owner == old for _done, owner, _asked in self._snapshots.values()):
            return  # a snapshot it takes is answered first (or given up after a while)
        load = self.plan.workers.get(old)
        if load is None or not load.players:
            self._recycling = None
            self.recycled += 1
            self._stop_worker(old)
            self._publish()

    def _give_up_recycling(self, old: int, new: int) -> None:
        log.warning("video worker %d: its replacement failed, it plays on for now", old)
        for binding in list(self._bindings.values()):
            if binding.successor is not None and binding.successor[1] == new:
                self._stop_slot(*binding.successor)
                binding.successor = None
        load = self.plan.workers.get(old)
        if load is not None:
            load.retiring = False
        self._recycling = None
        self._recycle_pause_until = time.monotonic() + RETRY_PAUSE_S  # not again at once
