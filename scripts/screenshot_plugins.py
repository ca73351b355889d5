"""Takes a screenshot of the plugin manager dialog in a demo console, with a plugin that failed
to load and one that reported an error, in a temporary home (nothing of yours is touched).

    scripts/with-xvfb.sh .venv/bin/python scripts/screenshot_plugins.py OUT.png [--lang vi]
"""

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

WAIT_MS = 3000
BROKEN = 'id = "vendor_parking"\nname = "Parking sensors"\nversion = "0.3.0"\napi_version = 4\n'
BROKEN += 'entry = "plugin:register"\n'


def main() -> int:
    target = Path(sys.argv[1])
    home = Path(tempfile.mkdtemp(prefix="ioc-shot-"))
    os.environ["IOC_CONSOLE_HOME"] = str(home / "home")
    extra = home / "plugins" / "vendor_parking"
    extra.mkdir(parents=True)
    (extra / "plugin.toml").write_text(BROKEN, encoding="utf-8")
    (extra / "plugin.py").write_text("import parking_sdk\n", encoding="utf-8")

    from ioc_console.core.cli import build_parser
    from ioc_console.gui.app import start_console
    from ioc_console.gui.plugins.manager_dialog import PluginManagerDialog

    argv = [*sys.argv[2:], "--plugins-dir", str(extra.parent)]
    console = start_console(build_parser().parse_args(argv), None, checks=False, link=False)
    plugins = console.services.plugins
    loaded = [r.id for r in plugins.records if r.api is not None]
    if loaded:
        plugins.report_error(loaded[0], "panel example", RuntimeError("the ward list is empty"))
    plugins.disable("socio_economic")
    dialog = PluginManagerDialog(
        console.services, console.plugin_switch, console.languages.language
    )
    dialog.show()
    if loaded:
        dialog.table.setCurrentItem(dialog.item(loaded[0]))

    def grab() -> None:
        ok = dialog.grab().save(str(target))
        dialog.table.setCurrentItem(dialog.item("vendor_parking"))  # the failed one, in detail
        dialog.details.setChecked(True)
        ok = ok and dialog.grab().save(str(target.with_name(f"{target.stem}-failed.png")))
        print(f"screenshot {'saved to' if ok else 'FAILED for'} {target}", flush=True)
        console.wm.quitting = True
        QApplication.instance().exit(0 if ok else 1)

    QTimer.singleShot(WAIT_MS, grab)
    return QApplication.instance().exec()


if __name__ == "__main__":
    sys.exit(main())
