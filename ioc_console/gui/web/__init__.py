"""Web content (the map) in QtWebEngine."""
