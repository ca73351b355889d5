"""One alert feed per running console, shared by the attention features and the alarm-load
panel (a panel gets the console's services, not the console): registered by the console at
start, looked up by the services it was given."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ioc_console.core.services import Services

if TYPE_CHECKING:
    from ioc_console.gui.alerts.attention.controller import Attention

_by_services: dict[int, Attention] = {}


def register(services: Services, attention: Attention) -> None:
    key = id(services)
    _by_services[key] = attention
    attention.destroyed.connect(lambda *_: _by_services.pop(key, None))


def attention_of(services: Services) -> Attention | None:
    """The console's attention features (None when the console did not start them)."""
    return _by_services.get(id(services))
