"""Exponential back-off between reconnect attempts: 1, 2, 4 … capped at 30 s, with jitter."""

from __future__ import annotations

import random

BASE_S = 1.0
CAP_S = 30.0
JITTER = 0.2  # each delay is the nominal one ± 20 %


class Backoff:
    """``next_delay()`` gives the wait before the next attempt; ``reset()`` when live again."""

    def __init__(
        self,
        base_s: float = BASE_S,
        cap_s: float = CAP_S,
        jitter: float = JITTER,
        rng: random.Random | None = None,
    ) -> None:
        self.base_s = base_s
        self.cap_s = cap_s
        self.jitter = jitter
        self.rng = rng or random.Random()
        self.attempts = 0

    def nominal(self, attempt: int) -> float:
        return min(self.cap_s, self.base_s * 2 ** min(attempt, 30))

    def next_delay(self) -> float:
        nominal = self.nominal(self.attempts)
        self.attempts += 1
        spread = self.rng.uniform(-self.jitter, self.jitter)
        return min(self.cap_s, max(0.1, nominal * (1.0 + spread)))

    def reset(self) -> None:
        self.attempts = 0
