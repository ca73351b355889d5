"""The small forms of the queue's actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ioc_console.gui.alerts.dialogs import Field, Form, FormDialog


def test_a_form_cannot_be_confirmed_before_its_required_fields_are_filled(qtbot):
    form = Form(
        "Shelve",
        "",
        [
            Field("minutes", "For", "minutes", True, 30, maximum=120),
            Field("reason", "Reason", "line", True),
        ],
    )
    dialog = FormDialog(form)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.inputs["reason"], "Bao tri")  # QTest types ASCII only
    assert ok.isEnabled()
    dialog.inputs["minutes"].setValue(500)  # beyond the site's limit: held at it
    assert dialog.values() == {"minutes": 120, "reason": "Bao tri"}
    qtbot.keyClick(dialog.inputs["reason"], Qt.Key.Key_Return)
    assert dialog.result() == FormDialog.DialogCode.Accepted
