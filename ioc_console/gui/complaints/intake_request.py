"""A complaint asked for from elsewhere (:class:`~ioc_console.core.intents.FileComplaint`, e.g.
a social-media post on its domain's dashboard): the complaint intake opens filled in with the
text, channel, category and place, in the window of the panel that asked. The operator checks
it, sees the possible duplicates and files it through the outbox (or attaches it to one of
them), as with a call; the origin (``social_posts/SM-…``) is kept in the complaint's text."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from ioc_console.core.complaints.intake import known_categories
from ioc_console.core.intents import FileComplaint
from ioc_console.gui.tasks import run_in_background

if TYPE_CHECKING:
    from ioc_console.core.services import Services
    from ioc_console.gui.complaints.intake_dialog import IntakeDialog
    from ioc_console.gui.shell.window_manager import WindowManager

log = logging.getLogger(__name__)


class ComplaintRequests:
    """Takes every :class:`FileComplaint` posted on the console's intents."""

    def __init__(self, services: Services, wm: WindowManager) -> None:
        self.services = services
        self.wm = wm
        self.dialog: IntakeDialog | None = None  # the intake opened last
        self._remove = services.intents.handle(FileComplaint, self.open_intake)

    def close(self) -> None:
        self._remove()

    def open_intake(self, request: FileComplaint) -> bool:
        """Read the categories off the GUI thread, then open the intake filled in."""
        cache = self.services.cache
        if cache is None:
            self._show(request, [])
            return True
        run_in_background(
            lambda: known_categories(cache.conn),
            lambda categories: self._show(request, categories),
            lambda exc: self._show(request, []),
        )
        return True

    def _show(self, request: FileComplaint, categories: list[tuple[str, str]]) -> None:
        from ioc_console.gui.complaints.intake_dialog import IntakeDialog

        window = self.wm.window_of(request.source) if request.source else None
        dialog = IntakeDialog(
            self.services, categories, request.source, window or self.wm.main_window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fill(dialog, request)
        dialog.show()
        dialog.raise_()
        self.dialog = dialog
        log.info("complaint intake opened for %s", request.reference or "a request")


def fill(dialog: IntakeDialog, request: FileComplaint) -> None:
    """Put ``request`` into the intake form; what it does not say stays for the operator."""
    channel = dialog.channel.findData(request.channel)
    if channel >= 0:
        dialog.channel.setCurrentIndex(channel)
    else:
        log.warning("complaint request with an unknown channel %r", request.channel)
    category = dialog.category.findData(request.category) if request.category else -1
    if category >= 0:
        dialog.category.setCurrentIndex(category)
    dialog.text.setPlainText(request.text)
    dialog.reference = request.reference
    if request.reference:
        title = QCoreApplication.translate("IntakeDialog", "New complaint from %1")
        dialog.setWindowTitle(title.replace("%1", request.reference))
    if request.address:
        dialog.address.setText(request.address)
    if request.lat is not None and request.lon is not None:
        label = request.address or QCoreApplication.translate("IntakeDialog", "given place")
        dialog.set_place(request.lat, request.lon, label)
    elif request.address:
        dialog.find_address()
