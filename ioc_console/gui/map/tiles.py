"""Where the map's background comes from: the site profile's tile server, its MBTiles file
(served through ``app://map/tiles/…``), or neither (a plain background under the units)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html import unescape
from typing import Any

from ioc_console.core.geo.mbtiles import MBTiles, MBTilesError
from ioc_console.gui.map.scheme import ORIGIN

log = logging.getLogger(__name__)
TILE_TEMPLATE = ORIGIN + "/tiles/{z}/{x}/{y}"
RASTER = ("png", "jpg", "webp")  # what the page draws as images


def plain_text(markup: str) -> str:
    """An attribution written with links, as the text it shows."""
    return unescape(re.sub(r"<[^>]*>", "", markup or "")).strip()


@dataclass
class Tiles:
    """Where the map's background comes from: a tile server (``url``), an MBTiles file
    (``mbtiles``, an :class:`~ioc_console.core.geo.mbtiles.MBTiles`) or neither."""

    url: str | None = None
    attribution: str = ""
    mbtiles: MBTiles | None = None

    def page_config(self) -> dict | None:
        if self.mbtiles is not None:
            config: dict[str, Any] = {
                "url": TILE_TEMPLATE,
                "attribution": plain_text(self.attribution),
            }
            if self.mbtiles.maxzoom:
                config["maxNativeZoom"] = self.mbtiles.maxzoom
            return config
        if self.url:  # one host only (the guard's): Leaflet would spread over a, b and c
            url = self.url.replace("{s}", "a")
            return {"url": url, "attribution": plain_text(self.attribution)}
        return None

    def tile(self, z: int, x: int, y: int) -> tuple[bytes, str] | None:
        if self.mbtiles is None:
            return None
        data = self.mbtiles.tile(z, x, y)
        return None if data is None else (data, self.mbtiles.mime)


def tiles_from_profile(profile) -> tuple[Tiles, str]:
    """The map's background from the site profile, and a problem to show ("" if none)."""
    if profile is None:
        return Tiles(), ""
    if profile.mbtiles is not None:
        try:
            mbtiles = MBTiles(profile.mbtiles)
        except MBTilesError as exc:
            log.error("map: %s", exc)
            return Tiles(profile.tile_url, profile.tile_attribution), str(exc)
        if mbtiles.format not in RASTER:  # vector tiles need a style and a renderer
            mbtiles.close()
            problem = f"{profile.mbtiles}: vector tiles ({mbtiles.format}) cannot be drawn"
            log.error("map: %s", problem)
            return Tiles(profile.tile_url, profile.tile_attribution), problem
        return Tiles(
            attribution=profile.tile_attribution or mbtiles.attribution, mbtiles=mbtiles
        ), ""
    return Tiles(profile.tile_url, profile.tile_attribution), ""
