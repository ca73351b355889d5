"""Built-in plugin: the city's facilities on the map, one layer per domain.

The layers read the cached ``facilities`` dataset; each takes the facilities of its domain
(``match={"domain": ...}``), built by the console's ``facility_feature``.
"""

from __future__ import annotations

from ioc_console.plugin_api import QT_TRANSLATE_NOOP, PluginAPI, facility_feature

# domain -> (title, style for the page); every domain of the facilities dataset
DOMAINS = {
    "healthcare": (
        QT_TRANSLATE_NOOP("CityFacilities", "Health facilities"),
        {"color": "#cf222e", "radius": 6, "symbol": "✚"},
    ),
    "education": (
        QT_TRANSLATE_NOOP("CityFacilities", "Schools"),
        {"color": "#0969da", "radius": 6, "symbol": "✎"},
    ),
    "tourism": (
        QT_TRANSLATE_NOOP("CityFacilities", "Tourist sites"),
        {"color": "#1a7f37", "radius": 6, "symbol": "★"},
    ),
    "security": (
        QT_TRANSLATE_NOOP("CityFacilities", "Police posts"),
        {"color": "#0a3069", "radius": 6, "symbol": "◆"},
    ),
    "administration": (
        QT_TRANSLATE_NOOP("CityFacilities", "Administrative offices"),
        {"color": "#8250df", "radius": 6, "symbol": "■"},
    ),
}


def register(api: PluginAPI) -> None:
    for domain, (title, style) in DOMAINS.items():
        api.register_map_layer(
            domain,
            title,
            dataset="facilities",
            feature=facility_feature,
            match={"domain": domain},
            style=style,
            visible=domain in ("healthcare", "security"),
        )
