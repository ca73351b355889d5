"""The typed hand-offs between the core and its users: panels and backend clients."""

from typing import Any

from ioc_console.core.api.client import BackendClient
from ioc_console.core.api.rest import RestClient
from ioc_console.core.panels import Panel


class _MapLike:
    def __init__(self) -> None:
        self.state: dict[str, Any] = {}

    def save_state(self) -> dict[str, Any]:
        return dict(self.state)

    def restore_state(self, state: dict[str, Any]) -> None:
        self.state = dict(state)


class _SavesOnly:
    def save_state(self) -> dict[str, Any]:
        return {}


def test_a_panel_with_save_and_restore_is_a_panel_whose_state_the_layout_keeps():
    assert isinstance(_MapLike(), Panel)
    assert not isinstance(_SavesOnly(), Panel)  # restored state would have nowhere to go
    assert not isinstance(object(), Panel)


def test_the_rest_client_is_what_the_sync_engine_needs():
    client = RestClient("http://127.0.0.1:9")
    try:
        assert isinstance(client, BackendClient)
        assert client.base_url == "http://127.0.0.1:9"
    finally:
        client.close()
