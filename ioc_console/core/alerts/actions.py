"""The operator's actions on an alert, as data: each knows its wire name and body fields."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar


class ActionRefusedError(Exception):
    """An action refused before it was queued (or, on an alert of the console's own, before
    it was applied); ``str()`` is the reason (a Message)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Action:
    """One operator action; :attr:`name` is its wire name."""

    name: ClassVar[str] = ""

    def fields(self) -> dict[str, Any]:
        """The request body's fields besides ``action`` and ``expected_state``."""
        return {}


@dataclass(frozen=True, slots=True)
class Acknowledge(Action):
    name: ClassVar[str] = "acknowledge"


@dataclass(frozen=True, slots=True)
class Assign(Action):
    assignee: str
    message: str | None = None
    name: ClassVar[str] = "assign"

    def fields(self) -> dict[str, Any]:
        body: dict[str, Any] = {"assignee": self.assignee.strip()}
        if self.message and self.message.strip():
            body["message"] = self.message.strip()
        return body


@dataclass(frozen=True, slots=True)
class Escalate(Action):
    text: str | None = None
    name: ClassVar[str] = "escalate"

    def fields(self) -> dict[str, Any]:
        return {"text": self.text.strip()} if self.text and self.text.strip() else {}


@dataclass(frozen=True, slots=True)
class Shelve(Action):
    minutes: int
    reason: str
    name: ClassVar[str] = "shelve"

    def fields(self) -> dict[str, Any]:
        return {"minutes": self.minutes, "reason": self.reason.strip()}


@dataclass(frozen=True, slots=True)
class Unshelve(Action):
    name: ClassVar[str] = "unshelve"


@dataclass(frozen=True, slots=True)
class Comment(Action):
    text: str
    name: ClassVar[str] = "comment"

    def fields(self) -> dict[str, Any]:
        return {"text": self.text.strip()}


@dataclass(frozen=True, slots=True)
class Step(Action):
    step: int  # 0-based index in the procedure
    done: bool = True
    skipped_reason: str | None = None
    name: ClassVar[str] = "step"

    def fields(self) -> dict[str, Any]:
        body: dict[str, Any] = {"step": self.step, "done": self.done}
        if not self.done and self.skipped_reason:
            body["skipped_reason"] = self.skipped_reason.strip()
        return body


@dataclass(frozen=True, slots=True)
class Resolve(Action):
    outcome: str
    name: ClassVar[str] = "resolve"

    def fields(self) -> dict[str, Any]:
        return {"outcome": self.outcome.strip()}


@dataclass(frozen=True, slots=True)
class Close(Action):
    name: ClassVar[str] = "close"


@dataclass(frozen=True, slots=True)
class Merge(Action):
    duplicates: tuple[str, ...]
    name: ClassVar[str] = "merge"

    def fields(self) -> dict[str, Any]:
        return {"duplicates": list(self.duplicates)}


ACTIONS: tuple[type[Action], ...] = (
    Acknowledge, Assign, Escalate, Shelve, Unshelve, Comment, Step, Resolve, Close, Merge)
