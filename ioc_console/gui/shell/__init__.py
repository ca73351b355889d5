"""The shell: windows (one per screen), docking panels, menus and named layouts."""
