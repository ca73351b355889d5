"""The settings dialog is built from the declared options and applies what it changes."""

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from ioc_console.core.config.options import OPTIONS
from ioc_console.gui.dialogs.settings_dialog import SettingsDialog


def test_one_editor_per_editable_option_with_translated_titles(console, qtbot):
    console.set_language("vi")
    dialog = SettingsDialog(console.services.settings)
    qtbot.addWidget(dialog)
    editable = [o.key for o in OPTIONS if o.editable]
    assert list(dialog.editors) == editable
    assert "layout.last" not in dialog.editors
    assert isinstance(dialog.editors["ui.theme"], QComboBox)
    assert isinstance(dialog.editors["ui.font_size"], QSpinBox)
    assert isinstance(dialog.editors["layout.save_on_exit"], QCheckBox)
    assert isinstance(dialog.editors["plugins.disabled"], QLineEdit)
    labels = [
        dialog.layout().itemAt(0).layout().labelForField(e).text() for e in dialog.editors.values()
    ]
    assert "Ngôn ngữ" in labels  # titles come translated from the catalogue
    theme = dialog.editors["ui.theme"]
    assert [theme.itemText(i) for i in range(theme.count())] == ["Tối (phòng điều hành)", "Sáng"]


def test_changes_are_validated_saved_and_applied(console, qtbot):
    dialog = SettingsDialog(console.services.settings)
    qtbot.addWidget(dialog)
    dialog.editors["ui.theme"].setCurrentIndex(1)  # light
    dialog.editors["ui.font_size"].setValue(12)
    dialog.editors["plugins.disabled"].setText("admin_units, , other")
    changes = dialog.changes()
    assert changes == {
        "ui.theme": "light",
        "ui.font_size": 12,
        "plugins.disabled": ["admin_units", "other"],
    }
    console.apply_settings(changes)
    settings = console.services.settings
    assert settings.get("ui.theme") == "light" and console.theme == "light"
    assert settings.get("ui.font_size") == 12
    reread = type(settings).load(settings.path)
    assert reread.get("plugins.disabled") == ["admin_units", "other"]
