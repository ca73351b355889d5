"""The typed hand-offs between the core and its users: panels and backend clients."""

from typing import Any

from ioc_console.core.api.client import BackendClient
from ioc_console.core.api.rest import RestClient
from ioc_console.core.panels import Panel, RestoresState, SavesState


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
    assert isinstance(_MapLike(), SavesState) and isinstance(_MapLike(), RestoresState)
    assert not isinstance(object(), SavesState) and not isinstance(object(), RestoresState)


def test_a_panel_that_only_saves_its_state_is_still_saved():
    """Such a panel reads its state back from ``PanelContext.state`` when it is built, as
    panels of plugin API 1 and 2 may do: the layout must keep what it saves."""
    assert isinstance(_SavesOnly(), SavesState)
    assert not isinstance(_SavesOnly(), RestoresState)


def test_the_rest_client_is_what_the_sync_engine_needs():
    client = RestClient("http://127.0.0.1:9")
    try:
        assert isinstance(client, BackendClient)
        assert client.base_url == "http://127.0.0.1:9"
    finally:
        client.close()
