"""Dialogs, loaded from the Qt Designer forms in ``ui/``."""
