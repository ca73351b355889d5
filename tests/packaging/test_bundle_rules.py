"""What goes into the frozen bundle is decided by rules, so panels, plugins and resources added
later are bundled without a change to the spec; the rules keep out what breaks a frozen console
(a bundled libVLC, QML's 110 MB) and the bundle check catches a build that broke them."""

from __future__ import annotations

import ast
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_module_a_builtin_plugin_imports_is_named_for_the_bundle(rules):
    found = rules.plugin_imports(ROOT / "plugins")
    assert "ioc_console.plugin_api" in found
    assert "PySide6.QtCore" in found and "PySide6.QtWidgets" in found
    assert "__future__" not in found
    assert not [name for name in found if name.startswith(".")]


def test_a_new_plugins_imports_are_found_too(rules, tmp_path):
    plugin = tmp_path / "plugins" / "charts"
    plugin.mkdir(parents=True)
    (plugin / "plugin.py").write_text(
        "from __future__ import annotations\nimport pyqtgraph as pg\n"
        "from PySide6.QtMultimedia import QSoundEffect\nfrom .model import Model\n",
        encoding="utf-8",
    )
    assert rules.plugin_imports(tmp_path / "plugins") == ["PySide6.QtMultimedia", "pyqtgraph"]


def test_qml_quick_and_3d_are_left_out_and_what_panels_use_is_kept(rules):
    shipped = ["QtCore", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuick3D", "Qt3DCore",
               "QtWebEngineQuick", "QtWebEngineWidgets", "QtMultimedia", "QtOpenGLWidgets",
               "QtTest", "QtSvg", "QtCharts"]
    excluded = rules.excluded_modules(shipped)
    for name in ("QtQml", "QtQuick", "QtQuickWidgets", "QtQuick3D", "Qt3DCore",
                 "QtWebEngineQuick"):
        assert f"PySide6.{name}" in excluded
    # pyqtgraph needs QtOpenGLWidgets and QtTest; sounds need QtMultimedia
    for name in ("QtCore", "QtWebEngineWidgets", "QtMultimedia", "QtOpenGLWidgets", "QtTest",
                 "QtSvg", "QtCharts"):
        assert f"PySide6.{name}" not in excluded
    assert "PyQt5" in excluded and "PyQt6" in excluded  # never two Qt bindings


def test_the_installed_pyside6_modules_are_read_from_its_folder(rules, tmp_path):
    for name in ("QtCore.abi3.so", "QtQml.abi3.so", "QtGui.pyd", "QtCore.pyi", "__init__.py"):
        (tmp_path / name).write_text("")
    assert rules.installed_pyside6_modules(tmp_path) == ["QtCore", "QtGui", "QtQml"]


def test_libvlc_stays_out_of_the_linux_bundle_only(rules):
    assert not rules.keep_binary("libvlc.so.5", "linux")
    assert not rules.keep_binary("vlc/libvlccore.so.9", "linux")
    assert not rules.keep_binary("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "linux")
    assert rules.keep_binary("PySide6/Qt/lib/libQt6Core.so.6", "linux")
    assert rules.keep_binary("libvlc.dll", "win32")  # Windows carries its own libVLC


def test_what_only_the_dropped_plugins_and_libpulse_need_stays_out_of_the_linux_bundle(rules):
    for name in ("libgtk-3.so.0", "libatk-bridge-2.0.so.0", "libpulsecommon-16.1.so",
                 "libFLAC.so.12", "PySide6/Qt/plugins/imageformats/libqpdf.so",
                 "PySide6/Qt/lib/libQt6Pdf.so.6",
                 "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"):
        assert not rules.keep_binary(name, "linux"), name
    # what the console's own libraries need stays: cairo and GLib (WebEngine, Qt's xcb), the
    # JPEG, SVG and other image formats, the compose and IBus input methods
    for name in ("libglib-2.0.so.0", "libcairo.so.2", "PySide6/Qt/plugins/imageformats/libqjpeg.so",
                 "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
                 "PySide6/Qt/lib/libQt6Quick.so.6"):
        assert rules.keep_binary(name, "linux"), name


def test_resources_plugins_and_forms_are_copied_where_the_console_looks(rules):
    pairs = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in rules.data_files(ROOT)}
    sources = {src for src, _ in pairs}
    assert ("resources/api/ioc-backend.openapi.yaml", "resources/api") in pairs
    assert ("plugins/admin_units/plugin.toml", "plugins/admin_units") in pairs
    assert any(src.startswith("ui/") and src.endswith(".ui") for src in sources)
    assert any(src.startswith("resources/demo/") and src.endswith(".mp4") for src in sources)
    assert any(src.startswith("resources/web/leaflet/") for src in sources)
    assert ("build/site-profiles/supervisor.toml", "build/site-profiles") in pairs
    assert not [s for s in sources if s.endswith(".ts") or "__pycache__" in s]
    for src, dest in pairs:  # each file keeps its place relative to the checkout
        assert Path(src).parent.as_posix() == dest


def test_a_new_resource_folder_is_copied_without_a_change(rules, tmp_path):
    for tree in ("resources/sounds", "plugins/alerts/__pycache__", "ui"):
        (tmp_path / tree).mkdir(parents=True)
    (tmp_path / "resources/sounds/alarm.wav").write_bytes(b"RIFF")
    (tmp_path / "plugins/alerts/__pycache__/x.cpython-311.pyc").write_bytes(b"")
    (tmp_path / "plugins/alerts/plugin.py").write_text("")
    assert sorted(rules.data_files(tmp_path)) == [
        (str(tmp_path / "plugins/alerts/plugin.py"), "plugins/alerts"),
        (str(tmp_path / "resources/sounds/alarm.wav"), "resources/sounds"),
    ]


def test_a_good_bundle_passes_the_check(rules, fake_bundle):
    assert rules.bundle_problems(fake_bundle, "linux") == []


def test_the_check_names_each_broken_rule(rules, fake_bundle):
    internal = fake_bundle / "_internal"
    (internal / "libvlc.so.5").write_bytes(b"")
    (internal / "libgtk-3.so.0").write_bytes(b"")
    (internal / "PySide6/Qt/qml").mkdir()
    (internal / "PySide6/Qt/resources/locales").mkdir(mode=0o700)
    os.chmod(internal / "PySide6/Qt/resources/locales", 0o700)
    (internal / "PySide6/Qt/resources/icudtl.dat").unlink()
    (internal / "resources/translations/ioc_console_vi.qm").unlink()
    problems = "\n".join(rules.bundle_problems(fake_bundle, "linux"))
    assert "libvlc.so.5: libVLC must come from the system" in problems
    assert "libgtk-3.so.0: left out by the rules, yet bundled" in problems
    assert "qml: QML is bundled" in problems
    assert "locales: folder mode 700" in problems
    assert "icudtl.dat is missing" in problems
    assert "no compiled translation" in problems


def test_the_spec_uses_the_rules_and_builds_one_folder(rules):
    spec = (ROOT / "build" / "ioc-console.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    called = {
        node.func.attr for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    }
    assert {"plugin_imports", "data_files", "excluded_modules", "keep_binary"} <= called
    assert 'collect_submodules("ioc_console")' in spec  # panels imported lazily are bundled
    assert "COLLECT(" in spec  # one folder, not one file
    assert "ioc_console.plugin_api" in rules.plugin_imports(ROOT / "plugins")


def test_the_windows_bundle_carries_libvlc_and_its_plugins_under_vlc(rules, tmp_path):
    assert rules.vlc_files(tmp_path) == []  # none fetched: nothing added
    (tmp_path / "plugins/codec").mkdir(parents=True)
    for name in ("libvlc.dll", "libvlccore.dll", "plugins/plugins.dat",
                 "plugins/codec/libavcodec_plugin.dll"):
        (tmp_path / name).write_bytes(b"")
    assert sorted((Path(s).name, d) for s, d in rules.vlc_files(tmp_path)) == [
        ("libavcodec_plugin.dll", "vlc/plugins/codec"),
        ("libvlc.dll", "vlc"),
        ("libvlccore.dll", "vlc"),
        ("plugins.dat", "vlc/plugins"),
    ]


def test_the_build_pins_satisfy_the_projects_dependencies():
    import tomllib

    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    pins = {}
    for line in (ROOT / "build/requirements-freeze.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[canonicalize_name(name)] = version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for dependency in project["dependencies"]:
        requirement = Requirement(dependency)
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is not pinned for the bundle"
        assert requirement.specifier.contains(pins[name], prereleases=True), (name, pins[name])
    assert pins["pyinstaller"] and not any(
        n in pins for n in ("pyqt5", "pyqt6", "pyside2", "pytest")  # one Qt binding, no dev tools
    )


def test_the_windows_workflow_builds_with_the_same_spec_and_pins():
    import yaml

    workflow = yaml.safe_load((ROOT / ".github/workflows/windows-package.yml").read_text())
    job = workflow["jobs"]["bundle"]
    assert job["runs-on"].startswith("windows")
    script = "\n".join(step.get("run", "") for step in job["steps"])
    for needed in ("build\\requirements-freeze.txt", "build\\ioc-console.spec",
                   "build\\windows\\fetch-vlc.ps1", "--self-test",
                   "build\\windows\\ioc-console.nsi", "/PROFILE=", "uninst.exe",
                   # the windowed executable, as the console starts its workers
                   "dist\\ioc-console\\ioc-console.exe `\n  -ArgumentList \"--video-worker\""):
        assert needed in script, needed
