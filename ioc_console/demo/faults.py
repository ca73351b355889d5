"""Faults on demand, for testing how clients cope: the next N requests fail with a status or
stall before being answered.

    backend.faults.fail_next(2, 503, retry_after=1)   # two 503 problems with Retry-After: 1
    backend.faults.fail_next(1, 429, retry_after=5)   # one 429 problem
    backend.faults.stall_next(1, 10.0)                # the next request waits 10 s first
    backend.faults.clear()

A ``prefix`` limits a fault to requests whose path starts with it (default: every path;
/healthz only when the prefix names it). Stalls end early when the backend stops.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass


@dataclass
class _Fault:
    remaining: int
    prefix: str
    status: int = 0
    retry_after: int | None = None
    seconds: float = 0.0


class Faults:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._failures: list[_Fault] = []
        self._stalls: list[_Fault] = []
        self.stopping = threading.Event()

    def fail_next(
        self, n: int, status: int, retry_after: int | None = None, prefix: str = "/"
    ) -> None:
        """Answer the next ``n`` requests with ``status`` (a problem body; 429 and 503 carry
        ``Retry-After``, 1 s unless given)."""
        if status in (429, 503) and retry_after is None:
            retry_after = 1
        with self._lock:
            self._failures.append(_Fault(n, prefix, status=status, retry_after=retry_after))

    def stall_next(self, n: int, seconds: float, prefix: str = "/") -> None:
        """Hold the next ``n`` requests for ``seconds`` before answering them."""
        with self._lock:
            self._stalls.append(_Fault(n, prefix, seconds=seconds))

    def clear(self) -> None:
        with self._lock:
            self._failures.clear()
            self._stalls.clear()

    def stall(self, path: str) -> None:
        fault = self._take(self._stalls, path)
        if fault is not None:
            self.stopping.wait(fault.seconds)

    def failure(self, path: str) -> tuple[int, int | None] | None:
        """(status, retry_after) when this request is to fail."""
        fault = self._take(self._failures, path)
        return None if fault is None else (fault.status, fault.retry_after)

    def _take(self, faults: list[_Fault], path: str) -> _Fault | None:
        with self._lock:
            for fault in faults:
                if path == "/healthz" and fault.prefix != "/healthz":
                    continue
                if path.startswith(fault.prefix):
                    fault.remaining -= 1
                    if fault.remaining <= 0:
                        faults.remove(fault)
                    return fault
        return None
