"""Event log panel: the console's own log, filterable by level and by text."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.services import Services
from ioc_console.gui.bridge import follow
from ioc_console.gui.panels.log_model import LogFilter, LogModel

LEVELS = (logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR)


class EventLogPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = LogModel(services.log_ring.entries(), self)
        self.proxy = LogFilter(self)
        self.proxy.setSourceModel(self.model)

        self.level = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(self._open_log_folder)
        bar = QHBoxLayout()
        self.level_label = QLabel()
        bar.addWidget(self.level_label)
        bar.addWidget(self.level)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(self.open_folder)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.details.hide()  # shown with the row the operator chooses

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.level.currentIndexChanged.connect(self._level_changed)
        self.search.textChanged.connect(self._text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        follow(self, services.log_ring.logged, self._append)
        self.retranslate()
        self.level.setCurrentIndex(1)  # Info and above by default
        self._update_count()

    def _append(self, entry) -> None:
        at_bottom = (
            self.table.verticalScrollBar().value() >= self.table.verticalScrollBar().maximum()
        )
        self.model.append(entry)
        if at_bottom:
            self.table.scrollToBottom()
        self._update_count()

    def _level_changed(self, index: int) -> None:
        if index >= 0:
            self.proxy.set_min_level(LEVELS[index])
            self._update_count()

    def _text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(self.model.rowCount()))
        )

    def _show_details(self, current, _previous) -> None:
        if not current.isValid():
            self.details.clear()
            self.details.hide()  # no empty band under the table while nothing is chosen
            return
        entry = self.model.entry(self.proxy.mapToSource(current).row())
        text = f"{entry.time:%d/%m/%Y %H:%M:%S}  {entry.level}  {entry.logger}\n\n{entry.message}"
        if entry.details:
            text += f"\n\n{entry.details}"
        self.details.setPlainText(text)
        self.details.show()

    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.services.paths.log_dir)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        index = max(self.level.currentIndex(), 0)
        self.level.blockSignals(True)
        self.level.clear()
        self.level.addItems(
            [
                self.tr("Debug and above"),
                self.tr("Info and above"),
                self.tr("Warnings and errors"),
                self.tr("Errors only"),
            ]
        )
        self.level.setCurrentIndex(index)
        self.level.blockSignals(False)
        self.level_label.setText(self.tr("Show:"))
        self.search.setPlaceholderText(self.tr("Search the log (diacritics ignored)…"))
        self.open_folder.setText(self.tr("Open log folder"))
        self.open_folder.setToolTip(str(self.services.paths.log_file))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self._update_count()
