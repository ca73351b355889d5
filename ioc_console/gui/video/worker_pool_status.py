"""The video worker pool's settings, snapshots awaited from workers, and the figures it shows in
System status (mixed into :class:`~ioc_console.gui.video.worker_pool.WorkerPool`)."""

from __future__ import annotations

import logging
import time

from ioc_console.core.status import VideoWorkerFigures
from ioc_console.core.video.streams import redacted
from ioc_console.core.video.worker_plan import MAX_AGE_H, MEMORY_MB
from ioc_console.gui.video.worker_binding import PoolHost

log = logging.getLogger(__name__)
SNAPSHOT_TIMEOUT_S = 10.0


class PoolStatus(PoolHost):
    def _read_settings(self) -> None:
        services = self._services_ref()
        if services is None:
            return
        settings = services.settings
        try:
            self.plan.memory_mb = float(settings.get("video.worker_memory_mb") or MEMORY_MB)
            self.plan.max_age_h = float(settings.get("video.worker_max_age_h") or MAX_AGE_H)
        except (KeyError, TypeError, ValueError):
            pass

    def _answer_snapshot(self, request: int, ok: bool) -> None:
        entry = self._snapshots.pop(request, None)
        if entry is not None:
            entry[0](ok)
            self._finish_recycling_if_done()  # its worker may have waited for it

    def _fail_snapshots(self, worker: int) -> None:
        for request, (_done, owner, _t) in list(self._snapshots.items()):
            if owner == worker:
                self._answer_snapshot(request, False)

    def _expire_snapshots(self, now: float) -> None:
        for request, (_done, _owner, asked) in list(self._snapshots.items()):
            if now - asked > SNAPSHOT_TIMEOUT_S:
                log.warning("a snapshot got no answer from its video worker")
                self._answer_snapshot(request, False)

    def figures(self) -> list[VideoWorkerFigures]:
        now = time.monotonic()
        out = []
        for worker, process in sorted(self.workers.items()):
            load = self.plan.workers.get(worker)
            if load is None:
                continue
            out.append(
                VideoWorkerFigures(
                    worker,
                    process.pid,
                    load.players,
                    load.rss_kb,
                    now - load.started,
                    load.isolated or "",
                    load.retiring,
                )
            )
        return out

    def _publish(self, changed: bool = True) -> None:
        services = self._services_ref()
        if services is None:
            return
        isolated = tuple(self._label(url) for url in self.plan.isolated_streams(time.monotonic()))
        services.status.set_video_workers(
            self.figures(), list(self.crashes), isolated, notify=changed
        )

    def _label(self, url: str) -> str:
        return self._labels.get(url) or redacted(url)
