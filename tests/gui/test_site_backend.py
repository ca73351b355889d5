"""With a site profile, the console signs in, fills its cache and says whether the backend
answers: the demo backend on loopback as the city's server, then cut off and back."""


from ioc_console.core.config.profile import load_profile
from ioc_console.core.status import ConnectionState
from ioc_console.core.store.datasets import all_datasets


def rows_of(tree, section):
    item = next(
        tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == section
    )
    return {item.child(i).text(0): item.child(i).text(1) for i in range(item.childCount())}


def test_ward_office_online_offline_and_back(start_console, backend, tmp_path, qtbot, monkeypatch):
    profile_path = tmp_path / "site.toml"
    profile_path.write_text(
        f'[site]\nname = "UBND Phường Mỹ Trà"\n[backend]\nurl = "{backend.url}"\n'
        'timeout_s = 2\n[scope]\nward = "29888"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("IOC_CONSOLE_PASSWORD", "clerk.mytra-demo")
    console = start_console(
        "--lang", "en", "--user", "clerk.mytra", profile=load_profile(profile_path), link=True
    )
    assert console.layout_name == "Ward office"  # a ward clerk's profile opens its layout
    window = console.wm.main_window
    assert "UBND Phường Mỹ Trà" in window.windowTitle()
    status = console.services.status
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=20_000)
    qtbot.waitUntil(lambda: len(status.datasets) == len(all_datasets()), timeout=10_000)
    assert "Online" in window.connection_label.text()
    cache = console.services.cache
    assert {c["current_ward"] for c in cache.items("complaints")} == {"29888"}

    backend.stop()
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.OFFLINE, timeout=30_000)
    assert "Offline" in window.connection_label.text()
    alert = next(a["id"] for a in cache.items("alerts") if a["ward"] == "29888")
    console.link.engine.enqueue(
        f"/alerts/{alert}/actions", {"action": "comment", "text": "Đã tiếp nhận"},
        dataset="alerts", item_id=alert,
    ).result(5)
    qtbot.waitUntil(lambda: status.outbox == 1, timeout=5_000)
    assert "1 action(s) queued" in window.connection_label.text()
    tree = console.wm.docks["system_status"].widget().tree
    texts = rows_of(tree, "Backend")
    assert texts["Ward scope"] == "29888 (Phường Mỹ Trà)"
    assert texts["Connection"].startswith("Offline")
    assert texts["Queued actions"] == "1"
    assert any("cannot be reached" in n.label.text() for n in window.notifications.notices())

    backend.start()
    console.link.engine.kick()
    qtbot.waitUntil(lambda: status.outbox == 0, timeout=30_000)
    assert [k for k, a, _ in backend.applied_actions if a == alert]
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=10_000)
    cache_rows = rows_of(tree, "Data cache")
    assert any("rows, as of" in v for v in cache_rows.values())


def find_login_dialog():
    from PySide6.QtWidgets import QApplication, QDialog

    return next(
        (
            w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.objectName() == "LoginDialog" and w.isVisible()
        ),
        None,
    )


def test_sign_in_is_asked_once_then_kept_in_the_keyring(
    start_console, backend, tmp_path, qtbot, memory_keyring
):
    from PySide6.QtWidgets import QLineEdit

    profile_path = tmp_path / "site.toml"
    profile_path.write_text(f'[backend]\nurl = "{backend.url}"\n', encoding="utf-8")
    profile = load_profile(profile_path)
    console = start_console("--lang", "en", profile=profile, link=True)
    status = console.services.status
    qtbot.waitUntil(lambda: find_login_dialog() is not None, timeout=20_000)
    assert status.backend.state is ConnectionState.LOGIN_NEEDED
    dialog = find_login_dialog()
    dialog.findChild(QLineEdit, "userEdit").setText("supervisor")
    dialog.findChild(QLineEdit, "passwordEdit").setText("supervisor-demo")
    dialog.accept()
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=20_000)
    assert any(v for v in memory_keyring.passwords.values())  # the token, not the password
    assert "supervisor-demo" not in memory_keyring.passwords.values()
    console.link.stop()

    again = start_console("--lang", "en", profile=profile, link=True)
    status = again.services.status
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.ONLINE, timeout=20_000)
    assert find_login_dialog() is None


def test_backend_down_at_start_up_the_console_opens_on_its_cache(
    start_console, backend, tmp_path, qtbot, monkeypatch
):
    from ioc_console.core.paths import app_paths
    from ioc_console.core.store.cache import Cache
    from ioc_console.core.sync.link import BackendTarget, build_engine

    cache = Cache.open(app_paths().ensure().cache_db)  # yesterday's session filled it
    engine = build_engine(cache, BackendTarget(backend.url, "operator", "operator-demo"),
                          events=False)
    engine.login()
    engine.check_scope()
    engine.pull_all()
    cache.close()
    backend.stop()  # and today the server is down

    profile_path = tmp_path / "site.toml"
    profile_path.write_text(f'[backend]\nurl = "{backend.url}"\n', encoding="utf-8")
    console = start_console("--lang", "en", profile=load_profile(profile_path), link=True)
    status = console.services.status
    complaints = len(backend.store.items("complaints"))
    assert {d.name: d.rows for d in status.datasets}["complaints"] == complaints  # at once
    assert "Data as of" in console.wm.main_window.data_label.text()
    qtbot.waitUntil(lambda: status.backend.state is ConnectionState.OFFLINE, timeout=20_000)
    assert status.backend.error_kind == "unreachable"
    assert len(console.services.cache.items("complaints")) == complaints
