"""The Map panel: a Leaflet page in QtWebEngine, served from the console's own ``app://``
scheme, fed from the cache through QWebChannel."""
