"""The map page, written once by folium: a Leaflet map whose scripts and stylesheets all come
from ``app://map`` (the vendored assets), with the console's own ``ioc-map.js`` driving it.

The page carries no data and no configuration: once loaded it asks Python, through the
channel, for its layers, tiles and view, then receives deltas. A reload after a renderer crash
gets the same page and the same set-up again.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache

import folium
from branca.element import MacroElement
from folium.template import Template

from ioc_console.gui.map.scheme import CHANNEL_JS, ORIGIN, WEB_PREFIX

CAO_LANH = (10.4599, 105.6330)  # the city's centre (Ủy ban nhân dân, Phường Cao Lãnh)
DEFAULT_ZOOM = 13

WEB = ORIGIN + WEB_PREFIX
SCRIPTS = [
    ("leaflet", WEB + "leaflet/leaflet.js"),
    ("markercluster", WEB + "leaflet.markercluster/leaflet.markercluster.js"),
    ("heat", WEB + "leaflet.heat/leaflet-heat.js"),
    ("qwebchannel", ORIGIN + CHANNEL_JS),
    ("ioc_map", WEB + "map/ioc-map.js"),
]
STYLESHEETS = [
    ("leaflet_css", WEB + "leaflet/leaflet.css"),
    ("markercluster_css", WEB + "leaflet.markercluster/MarkerCluster.css"),
    ("markercluster_default_css", WEB + "leaflet.markercluster/MarkerCluster.Default.css"),
    ("ioc_map_css", WEB + "map/ioc-map.css"),
]


class _Start(MacroElement):
    """Hands folium's Leaflet map to ``iocMap`` (with a set-up embedded, for the benchmark's
    baseline only; the console's page has none)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            window.iocMap.start({{ this._parent.get_name() }}, {{ this.embedded|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, embedded: dict | None = None) -> None:
        super().__init__()
        self._name = "IocStart"
        self.embedded = embedded


INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def content_policy(html: str) -> str:
    """The page's Content-Security-Policy: scripts only from ``app://map`` and the page's own
    inline scripts (by hash), so markup that reached the page by mistake could not run (no
    event handler attributes, no ``javascript:`` links, no injected script)."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in INLINE_SCRIPT.findall(html)
    )
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {ORIGIN} {hashes}",
            f"style-src {ORIGIN} 'unsafe-inline'",
            f"img-src {ORIGIN} data: blob: http: https:",  # the tile host: the guard decides
            f"connect-src {ORIGIN}",
            f"font-src {ORIGIN}",
            "base-uri 'none'",
            "form-action 'none'",
            "frame-src 'none'",
            "object-src 'none'",
        )
    )


def build_html(embedded: dict | None = None) -> bytes:
    """The page's HTML. ``embedded`` (benchmark baseline) puts a whole set-up in the page."""
    fmap = folium.Map(
        location=CAO_LANH,
        zoom_start=DEFAULT_ZOOM,
        tiles=None,
        prefer_canvas=True,
        control_scale=True,
        max_zoom=19,
    )
    # only what is vendored: no jQuery, Bootstrap or awesome-markers, nothing from a CDN
    fmap.default_js = list(SCRIPTS)
    fmap.default_css = list(STYLESHEETS)
    fmap.add_child(_Start(embedded))
    html = fmap.get_root().render()
    policy = f'<meta http-equiv="Content-Security-Policy" content="{content_policy(html)}">'
    html = html.replace("<head>", "<head>\n    " + policy, 1)
    if embedded is not None:
        json.dumps(embedded)  # fail here, not in the page, on what JSON cannot hold
    return html.encode("utf-8")


@cache
def page_html() -> bytes:
    """The console's map page, built once per process."""
    return build_html()
