"""Video workers: the processes that run the console's libVLC players (see :mod:`.main`).

Qt-free: it imports libVLC (python-vlc) and the core, never PySide6 or the GUI.
"""
