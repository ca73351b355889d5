"""A console on its embedded demo backend, signed in, with the 24 demo cameras cached."""

from ioc_console.core.status import ConnectionState


def online_console(start_console, qtbot, *args: str):
    console = start_console("--lang", "en", *args, link=True)
    status = console.services.status
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=30_000)
    qtbot.waitUntil(lambda: console.services.cache.count("cameras") == 24, timeout=20_000)
    return console
