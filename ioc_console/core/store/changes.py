"""What a write to the cache changed, announced after it is committed."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    """``dataset`` is a dataset name, ``"outbox"`` or ``"datasets"`` (the status rows)."""

    dataset: str
    upserted: frozenset[str] = field(default_factory=frozenset)
    removed: frozenset[str] = field(default_factory=frozenset)
    reset: bool = False  # everything may have changed (cleared, rebuilt)

    @property
    def ids(self) -> frozenset[str]:
        return self.upserted | self.removed
