"""``make run``'s console: the embedded demo backend fills every dataset; unplugged, the console
keeps working and queuing; plugged back, each queued action reaches the backend once."""

from ioc_console.core.status import ConnectionState
from ioc_console.core.store.datasets import all_datasets


def section(tree, title):
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == title
    )
    return {item.child(i).text(0): item.child(i).text(1) for i in range(item.childCount())}


def cache_alerts(console):
    return console.services.cache.items("alerts")


def walk(tree):
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        yield item
        stack += [item.child(i) for i in range(item.childCount())]


def test_demo_backend_unplugged_and_back(start_console, qtbot, menu_item):
    console = start_console("--lang", "en", link=True)
    status = console.services.status
    window = console.wm.main_window
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=30_000)
    # the console's datasets and the plugins' feeds, each read once
    qtbot.waitUntil(lambda: len(status.datasets) == len(all_datasets()), timeout=10_000)
    qtbot.waitUntil(lambda: all(d.refreshed_at for d in status.datasets), timeout=10_000)
    assert all(d.rows > 0 for d in status.datasets)
    assert "Online" in window.connection_label.text()
    assert "Data as of" in window.data_label.text()
    tree = console.wm.docks["system_status"].widget().tree
    cache_rows = section(tree, "Data cache")
    complaints = len(console.link.demo.store.items("complaints"))
    assert cache_rows["Complaints (1022)"].startswith(f"{complaints} rows, as of")
    assert section(tree, "Backend")["Address"] == console.link.demo.url

    while len([a for a in console.link.demo.store.items("alerts") if a["state"] == "new"]) < 2:
        console.link.demo.emit_event()  # enough new alerts to act on
    qtbot.waitUntil(
        lambda: len([a for a in cache_alerts(console) if a["state"] == "new"]) >= 2,
        timeout=15_000,
    )
    plug = menu_item(console, "&Demo backend connected")
    assert plug.isChecked()
    plug.trigger()  # unticked: the demo backend is off the network
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.OFFLINE, timeout=30_000)
    assert "Offline" in window.connection_label.text()
    cache = console.services.cache
    alerts = [a["id"] for a in cache.items("alerts") if a["state"] == "new"][:2]
    assert len(alerts) == 2
    for alert in alerts:
        console.link.engine.enqueue(
            f"/alerts/{alert}/actions", {"action": "acknowledge"}, dataset="alerts",
            item_id=alert,
        )
    qtbot.waitUntil(lambda: status.outbox == 2, timeout=5_000)
    assert "2 action(s) queued" in window.connection_label.text()
    console.wm.docks["system_status"].widget().refresh()
    queued = [
        item.child(i).text(1)
        for item in walk(tree)
        if item.text(0) == "Queued actions"
        for i in range(item.childCount())
    ]
    assert [q.split(",")[0] for q in queued] == [f"“acknowledge” on {a}" for a in alerts]
    assert len(cache.items("complaints")) == complaints  # the data stays readable offline
    notices = lambda: [n.label.text() for n in window.notifications.notices()]  # noqa: E731
    assert any("cannot be reached" in text for text in notices())

    assert not menu_item(console, "&Demo backend connected").isChecked()
    plug.trigger()  # ticked again
    qtbot.waitUntil(lambda: status.outbox == 0, timeout=30_000)
    applied = [alert for _key, alert, _action in console.link.demo.applied_actions]
    assert applied == alerts  # each exactly once, in order
    qtbot.waitUntil(
        lambda: all(cache.get("alerts", a)["state"] == "acknowledged" for a in alerts),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not any("cannot be reached" in t for t in notices()))
    assert any("reachable again" in text for text in notices()), notices()


def test_an_action_someone_else_overtook_is_reported(start_console, qtbot):
    import requests

    console = start_console("--lang", "en", link=True)
    status = console.services.status
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=30_000)
    demo = console.link.demo
    while not any(a["state"] == "new" for a in demo.store.items("alerts")):
        demo.emit_event()
    qtbot.waitUntil(lambda: any(a["state"] == "new" for a in cache_alerts(console)), timeout=15_000)
    alert = next(a["id"] for a in cache_alerts(console) if a["state"] == "new")
    # a supervisor at another console resolves it first
    token = requests.post(
        f"{demo.url}/api/v1/auth/token",
        json={"username": "supervisor", "password": "supervisor-demo"},
        timeout=5,
    ).json()["access_token"]
    requests.post(
        f"{demo.url}/api/v1/alerts/{alert}/actions",
        json={"action": "resolve"},
        headers={"Authorization": f"Bearer {token}", "Idempotency-Key": "supervisor-1"},
        timeout=5,
    ).raise_for_status()
    console.link.engine.enqueue(
        f"/alerts/{alert}/actions", {"action": "acknowledge"}, dataset="alerts", item_id=alert
    )
    window = console.wm.main_window
    expected = f"“acknowledge” on {alert} was not applied: someone else changed it first."
    qtbot.waitUntil(
        lambda: any(expected in n.label.text() for n in window.notifications.notices()),
        timeout=15_000,
    )
    assert any("It is now “Resolved”" in n.label.text() for n in window.notifications.notices())
    assert console.services.cache.get("alerts", alert)["state"] == "resolved"
    assert [k for k, _a, _b in demo.applied_actions] == ["supervisor-1"]
