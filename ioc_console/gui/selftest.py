"""``--self-test``: checks an installation and prints one line per check.

The last line is ``self-test: N passed, M failed``; the exit status is 0 only when M is 0.
Installers and CI run it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from ioc_console.core.api.contract import load_contract
from ioc_console.core.api.errors import ApiError
from ioc_console.core.domain.admin_units import all_units
from ioc_console.core.panels import PanelContext
from ioc_console.core.paths import resources_dir, translations_dir, ui_dir
from ioc_console.core.plugins import PluginState
from ioc_console.core.services import Services
from ioc_console.core.store.datasets import all_datasets
from ioc_console.core.sync.link import BackendTarget, build_client
from ioc_console.gui.dialogs.forms import load_form
from ioc_console.gui.fonts import FAMILY
from ioc_console.gui.i18n import CATALOG, Languages
from ioc_console.gui.qapp import application
from ioc_console.gui.selftest_install import run_install_checks
from ioc_console.gui.shell.panel_host import build_panel
from ioc_console.gui.sync_bridge import DemoStarter
from ioc_console.gui.video.capabilities import capabilities
from ioc_console.gui.web.webengine_probe import WebEngineProbe
from ioc_console.gui.widgets.error_panel import ErrorPanel


class SelfTest:
    def __init__(
        self,
        services: Services,
        languages: Languages,
        out: Callable[[str], None],
        start_demo: DemoStarter | None = None,
    ) -> None:
        self.services = services
        self.start_demo = start_demo  # the embedded demo backend, handed over by the assembly
        self.languages = languages
        self.out = out
        self.passed = 0
        self.failed = 0

    def check(self, name: str, ok: bool, detail: str) -> None:
        self.out(f"{'ok  ' if ok else 'FAIL'}  {name}: {detail}")
        if ok:
            self.passed += 1
        else:
            self.failed += 1

    def run(self) -> int:
        app = application()
        self.check(
            "application",
            True,
            f"{app.applicationName()} {app.applicationVersion()}, "
            f"platform {app.platformName()}, {len(app.screens())} screen(s)",
        )
        self._translations()
        self._resources()
        self._settings()
        self._plugins()
        self._panels()
        self._cache()
        self._backend()
        self._libvlc()
        run_install_checks(self.check)  # a clip decoded, pyqtgraph, QtAds, keyring
        self._webengine()
        for _ in range(3):  # let probes and panels finish deleting themselves
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.out(f"self-test: {self.passed} passed, {self.failed} failed")
        return 0 if self.failed == 0 else 1

    def _translations(self) -> None:
        path = translations_dir() / f"{CATALOG}_vi.qm"
        translator = QTranslator()
        if not translator.load(str(path)):
            self.check("translations", False, f"{path} missing or unreadable (make translations)")
            return
        sample = translator.translate("Panels", "System status")
        self.check(
            "translations",
            bool(sample) and sample != "System status",
            f"vi: “System status” → “{sample}”; interface language {self.languages.language}",
        )

    def _resources(self) -> None:
        family_ok = FAMILY in QFontDatabase.families()
        self.check(
            "font",
            family_ok,
            f"{FAMILY} {'loaded' if family_ok else 'missing'}; "
            f"application font {QApplication.font().family()}",
        )
        icons = [s.icon for s in self.services.panels if s.icon and not s.plugin_id]
        missing = [i for i in icons if not (resources_dir() / "icons" / f"{i}.svg").is_file()]
        self.check("icons", not missing, "all present" if not missing else f"missing: {missing}")
        try:
            units = all_units()
            self.check(
                "administrative units",
                len(units) == 31,
                f"{len(units)} units over three periods (2019, 01/2025, 07/2025)",
            )
        except (OSError, KeyError, ValueError) as exc:
            self.check("administrative units", False, str(exc))
        try:
            names = sorted(p.stem for p in ui_dir().glob("*.ui"))
            for name in names:
                load_form(name).deleteLater()
            self.check("forms", bool(names), ", ".join(f"{n}.ui" for n in names) + " load")
        except Exception as exc:
            self.check("forms", False, f"{type(exc).__name__}: {exc}")

    def _settings(self) -> None:
        settings = self.services.settings
        problems = "; ".join(settings.problems)
        self.check("settings", not settings.problems, problems or f"{settings.path}")

    def _plugins(self) -> None:
        records = self.services.plugins.records
        if not records:
            self.check("plugins", True, "none installed")
        for record in records:
            ok = record.state in (PluginState.LOADED, PluginState.DISABLED)
            detail = str(record.state) + (f": {record.error}" if record.error else "")
            self.check(f"plugin {record.id}", ok, detail)

    def _panels(self) -> None:
        for spec in self.services.panels:
            widget = build_panel(spec, PanelContext(spec.id, self.services))
            if isinstance(widget, ErrorPanel):
                self.check(f"panel {spec.id}", False, widget.error)
            else:
                self.check(f"panel {spec.id}", True, "built")
            widget.close()
            widget.deleteLater()

    def _cache(self) -> None:
        cache = self.services.cache
        if cache is None:
            self.check("cache", False, "; ".join(self.services.status.cache_problems))
            return
        result = cache.quick_check()
        self.check(
            "cache",
            result == "ok",
            f"quick_check {result}, schema "
            f"{cache.schema_version}, {len(cache.datasets())} datasets, {cache.path}",
        )

    def _backend(self) -> None:
        """The contract document, and a backend that answers: the site's (its health check), or
        the embedded demo backend (signed in, one page of each dataset read)."""
        try:
            contract = load_contract()
            self.check(
                "contract",
                True,
                f"OpenAPI {contract['openapi']}, {contract['info']['title']} "
                f"{contract['info']['version']}, {len(contract['paths'])} paths",
            )
        except Exception as exc:
            self.check("contract", False, f"{type(exc).__name__}: {exc}")
        profile = self.services.profile
        demo = None
        try:
            if profile is None:
                if self.start_demo is None:
                    raise RuntimeError("this console was assembled without a demo backend")
                demo, target = self.start_demo(rate=0)
                client = build_client(target)
                client.login(target.username, target.password)
                read = all_datasets()  # the console's own and the loaded plugins' feeds
                for ds in read:
                    client.get_json(ds.path, {"limit": 1})
                detail = f"demo backend at {target.url}: signed in, {len(read)} datasets read"
            else:
                client = build_client(
                    BackendTarget(
                        profile.backend_url,
                        ca_bundle=str(profile.ca_bundle) if profile.ca_bundle else None,
                        timeout_s=profile.timeout_s,
                    )
                )
                client.get_json(f"{client.base_url}/healthz")
                detail = f"{client.base_url} answers its health check"
            self.check("backend", True, detail)
        except (ApiError, OSError, RuntimeError) as exc:
            self.check("backend", False, str(exc))
        finally:
            if demo is not None:
                demo.stop()

    def _wait(self, start: Callable[[], None], signal, seconds: float) -> list:
        results: list = []
        loop = QEventLoop()

        def arrived(*args: object) -> None:
            results.append(args)
            loop.quit()

        signal.connect(arrived)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        start()
        if not results:
            loop.exec()
        return results[0] if results else []

    def _libvlc(self) -> None:
        caps = capabilities()  # the one probe of the process, as the tiles and checks use
        result = [caps.report] if caps.report else self._wait(caps.start, caps.known, 15)
        if not result:
            self.check("libvlc", False, "no answer from the libVLC probe")
            return
        report = result[0]
        if report.version is None:
            self.check("libvlc", False, report.error)
            return
        if report.rtsp:
            rtsp = "rtsp:// opens"
        elif report.relay:
            rtsp = f"rtsp:// through the local relay ({report.relay_detail})"
        else:
            rtsp = (
                f"rtsp:// cannot open ({report.rtsp_detail}), no relay ({report.relay_detail}): "
                "cameras need an HTTP/HLS relay URL"
            )
        self.check("libvlc", True, f"libVLC {report.version}; {rtsp}")

    def _webengine(self) -> None:
        probe = WebEngineProbe()
        result = self._wait(probe.start, probe.finished, 25)
        if not result:
            self.check("qtwebengine", False, "no answer within 25 s")
            return
        self.check("qtwebengine", result[0], result[1])


def run_self_test(
    services: Services, languages: Languages, start_demo: DemoStarter | None = None
) -> int:
    def out(line: str) -> None:
        print(line, flush=True)

    code = SelfTest(services, languages, out, start_demo).run()
    sys.stdout.flush()
    # the checks' video workers quit before the application goes (it does not run its loop to
    # the end, so nothing else would ask them: Qt would kill them as their QProcess is destroyed)
    from ioc_console.gui.video.app_single import existing
    from ioc_console.gui.video.worker_pool import WorkerPool

    pool = existing(WorkerPool)
    if pool is not None:
        pool.shutdown()
    return code
