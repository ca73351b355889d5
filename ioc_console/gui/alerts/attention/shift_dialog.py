"""The shift handover dialog: the shift's figures, the open items most urgent first, the
noisiest sources, the outgoing operator's note; saved as PDF. "Take over" hands the open items
to the incoming operator: the alert queue shows exactly them, most urgent first."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.clock import city_now
from ioc_console.gui.alerts.attention.handover_sheet import HandoverSheet
from ioc_console.gui.alerts.attention.shift_pdf import write_pdf

log = logging.getLogger(__name__)


def default_pdf_path(folder: Path, sheet: HandoverSheet) -> Path:
    return folder / f"giao-ca-{sheet.end.strftime('%Y%m%d-%H%M')}.pdf"


class ShiftHandoverDialog(QDialog):
    takeOver = Signal(tuple)
    """The incoming operator took over: the ids of the open items, most urgent first."""

    saved = Signal(str)
    """The handover was saved as a PDF at this path."""

    def __init__(
        self,
        sheet: HandoverSheet,
        folder: Path,
        operator: str = "",
        clock: Callable[[], datetime] = city_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shift_handover")
        self.sheet = sheet
        self.folder = folder
        self.clock = clock
        self.setWindowTitle(self.tr("Shift handover"))
        self.resize(760, 680)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Shift: %1").replace("%1", sheet.period))
        heading.setObjectName("shift_period")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        top = QHBoxLayout()
        layout.addLayout(top)
        top.addWidget(self._figures_box(sheet), 1)
        top.addWidget(self._noisiest_box(sheet), 1)
        layout.addWidget(self._open_items_box(sheet), 2)
        note_box = QGroupBox(self.tr("Note for the next shift"))
        note_layout = QFormLayout(note_box)
        self.operator_edit = QLineEdit(operator)
        self.operator_edit.setObjectName("shift_operator")
        self.note_edit = QPlainTextEdit(sheet.note)
        self.note_edit.setObjectName("shift_note")
        self.note_edit.setPlaceholderText(
            self.tr("What the next operator must know: work in progress, calls to return…")
        )
        note_layout.addRow(self.tr("Outgoing operator"), self.operator_edit)
        note_layout.addRow(self.note_edit)
        layout.addWidget(note_box, 1)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.take_over_button = QPushButton(self.tr("Take over"))
        self.take_over_button.setToolTip(
            self.tr("The alert queue shows the open items of this handover, most urgent first")
        )
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.take_over_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self._save_clicked)
        self.take_over_button.clicked.connect(self._take_over)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.last_saved: Path | None = None

    # -- parts -------------------------------------------------------------------------------
    def _figures_box(self, sheet: HandoverSheet) -> QGroupBox:
        box = QGroupBox(self.tr("Figures of the shift"))
        form = QFormLayout(box)
        self.figure_labels: dict[str, QLabel] = {}
        for label, value in sheet.figures:
            shown = QLabel(value)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            shown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            form.addRow(label, shown)
            self.figure_labels[label] = shown
        return box

    def _noisiest_box(self, sheet: HandoverSheet) -> QGroupBox:
        box = QGroupBox(self.tr("Noisiest sources"))
        layout = QVBoxLayout(box)
        self.noisiest_tree = self._tree([self.tr("Source"), self.tr("Alerts"), self.tr("Share")])
        for source, count, share in sheet.noisiest:
            QTreeWidgetItem(self.noisiest_tree, [source, str(count), f"{share:.0%}"])
        layout.addWidget(self.noisiest_tree)
        return box

    def _open_items_box(self, sheet: HandoverSheet) -> QGroupBox:
        box = QGroupBox(
            self.tr("Open items (most urgent first): %1").replace("%1", str(len(sheet.open_items)))
        )
        layout = QVBoxLayout(box)
        self.open_tree = self._tree(
            [
                self.tr("Priority"),
                self.tr("Raised"),
                self.tr("Alert"),
                self.tr("Place"),
                self.tr("State"),
            ]
        )
        for item in sheet.open_items:
            QTreeWidgetItem(
                self.open_tree,
                [f"P{item.priority}", item.raised, item.title, item.place, item.state],
            )
        layout.addWidget(self.open_tree)
        return box

    def _tree(self, headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels(headers)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.setAlternatingRowColors(True)
        return tree

    # -- actions -----------------------------------------------------------------------------
    def current_sheet(self) -> HandoverSheet:
        """The sheet with the note and the operator's name as typed now."""
        return self.sheet.with_note(
            self.note_edit.toPlainText(), self.operator_edit.text().strip(), self.clock()
        )

    def save_pdf(self, path: Path) -> bool:
        try:
            self.last_saved = write_pdf(self.current_sheet(), path)
        except OSError as exc:
            log.error("the shift handover could not be saved as %s: %s", path, exc)
            QMessageBox.warning(
                self,
                self.tr("Shift handover"),
                self.tr(
                    "The handover was not saved: %1\nThe note is kept here; try another folder."
                ).replace("%1", str(exc)),
            )
            return False
        self.saved.emit(str(self.last_saved))
        return True

    def _save_clicked(self) -> None:
        suggested = default_pdf_path(self.folder, self.sheet)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the shift handover"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_pdf(Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf"))

    def _take_over(self) -> None:
        if self.last_saved is None:  # the handover is never lost: kept beside the others
            self.save_pdf(default_pdf_path(self.folder, self.sheet))
        self.takeOver.emit(tuple(item.alert_id for item in self.sheet.open_items))
        self.accept()
