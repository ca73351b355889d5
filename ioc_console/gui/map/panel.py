"""The Map panel: Cao Lãnh's cameras, complaints, alerts, units and plugin facilities on a
Leaflet map, live from the cache, linked to the other panels through intents."""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ioc_console.core.alerts.vocabulary import State
from ioc_console.core.clock import city_today
from ioc_console.core.geo.heat import HEAT_PERIOD_TITLES, HEAT_PERIODS, heat_points
from ioc_console.core.geo.layers import MapLayerRegistry, MapLayerSpec
from ioc_console.core.intents import (
    Notice,
    NoticeLevel,
    PickPlace,
    SelectItem,
    ShowCamera,
    ShowPlace,
)
from ioc_console.core.services import Services
from ioc_console.gui.bridge import follow
from ioc_console.gui.i18n import tr
from ioc_console.gui.link_texts import state_title
from ioc_console.gui.map.feed import FeedPump
from ioc_console.gui.map.page import CAO_LANH, DEFAULT_ZOOM
from ioc_console.gui.map.places import MapPlaces
from ioc_console.gui.map.recovery import RendererRecovery
from ioc_console.gui.map.tiles import tiles_from_profile
from ioc_console.gui.map.view import MapView
from ioc_console.gui.widgets.day_edit import day_edit, pydate, qdate

log = logging.getLogger(__name__)
STATE_VERSION = 1
BUILTIN_RENDER = {"cameras", "complaints", "alerts", "units", "heat"}
LINKED = ("complaints", "alerts")  # datasets whose selection the other panels follow
COLOUR = re.compile(r"^(#[0-9a-fA-F]{3,8}|[a-z]{3,20})$")
DEFAULT_HEAT_DAYS = 30
ALERT_STATES = tuple(State)


def page_style(style: dict) -> dict:
    """A layer's style as plain data the page can use (a colour that is only a colour)."""
    out = {k: v for k, v in style.items() if isinstance(v, str | int | float | bool)}
    if not COLOUR.match(str(out.get("color", "#6c5ce7"))):
        out.pop("color", None)
    return out


class MapPanel(QWidget):
    """Toolbar (units date, complaint density period, auto-centre) over the map view."""

    def __init__(
        self, services: Services, instance_id: str = "map", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mapPanel")
        self.services = services
        self.instance_id = instance_id
        self.layers: MapLayerRegistry = services.map_layers
        self.centre: tuple[float, float] = CAO_LANH
        self.zoom = DEFAULT_ZOOM
        self.visible: list[str] | None = None  # None: each layer's default
        self._shown_when_gone: dict[str, bool] = {}  # layers gone with their plugin: shown?
        # a ward's map with no saved view opens on the ward, once its unit is known
        self.fit_ward = bool(services.profile and services.profile.ward)
        self.executions: list[str] = []  # script that data ran: must stay empty

        self.as_of_label = QLabel()
        self.as_of = day_edit("asOf")
        self.as_of_label.setBuddy(self.as_of)
        self.heat_label = QLabel()
        self.heat_period = QComboBox()
        self.heat_period.setObjectName("heatPeriod")
        for days in HEAT_PERIODS:
            self.heat_period.addItem("", days)
        self.heat_period.setCurrentIndex(max(0, self.heat_period.findData(DEFAULT_HEAT_DAYS)))
        self.heat_label.setBuddy(self.heat_period)
        self.auto_centre = QCheckBox()
        self.auto_centre.setObjectName("autoCentre")
        bar = QToolBar()  # a narrow panel folds what does not fit into the bar's menu
        bar.setObjectName("mapTools")
        bar.setIconSize(bar.iconSize() / 2)
        for widget in (self.as_of_label, self.as_of, self.heat_label, self.heat_period):
            bar.addWidget(widget)
        bar.addSeparator()
        bar.addWidget(self.auto_centre)

        tiles, problem = tiles_from_profile(services.profile)
        self.view = MapView(tiles, self)
        self.view.setObjectName("mapView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.view, 1)

        self.pump = None
        if services.cache is not None:
            self.pump = FeedPump(services.cache, self.layers, self)
            self.pump.deltasReady.connect(self.view.push)
            self.pump.deltasReady.connect(self._fit_to_ward)
            self.pump.recompute.connect(self._recompute)
        self.recovery = RendererRecovery(self.view, self.notify, self)
        events = self.view.events
        events.cameraClicked.connect(self._camera_clicked)
        events.itemClicked.connect(self._item_clicked)
        events.viewChanged.connect(self._view_changed)
        events.layersChanged.connect(self._layers_changed)
        events.executed.connect(self._executed)
        self.view.pageReady.connect(self._page_ready)
        self.as_of.dateChanged.connect(self._as_of_changed)
        self.heat_period.currentIndexChanged.connect(lambda _i: self._push_heat())
        self.auto_centre.toggled.connect(
            lambda on: self.view.command("options", autoCentre=bool(on))
        )

        self.places = MapPlaces(self.view, instance_id, self._centre_on, self)
        removers = [
            services.intents.handle(SelectItem, self._selected_elsewhere),
            services.intents.handle(ShowPlace, self.places.show_place),
            services.intents.handle(PickPlace, self.places.pick_place),
        ]
        follow(self, self.layers.changed, self._layer_event)
        mbtiles = tiles.mbtiles
        self.destroyed.connect(lambda *_: _release(removers, mbtiles))

        self.retranslate()
        if problem:
            self.notify(
                "warning", self.tr("Offline map tiles cannot be used: %1").replace("%1", problem)
            )
        self.view.start(self._setup)

    # -- what the page is given --------------------------------------------------------------
    def _setup(self) -> dict:
        visible = self.visible
        return {
            "layers": [
                {
                    "id": spec.id,
                    "title": tr(spec.title),
                    "render": spec.id if spec.id in BUILTIN_RENDER else "facility",
                    "style": page_style(spec.style),
                    "visible": spec.visible if visible is None else spec.id in visible,
                }
                for spec in self.layers
            ],
            "view": {"center": list(self.centre), "zoom": self.zoom},
            "options": {"autoCentre": self.auto_centre.isChecked()},
            "attribution": self.tr("© Cao Lãnh administrative units (approximate)"),
            "labels": self._labels(),
            "values": self._values(),
        }

    def _labels(self) -> dict[str, str]:
        return {
            "status": self.tr("Status"),
            "ward_name": self.tr("Ward"),
            "address": self.tr("Address"),
            "channel": self.tr("Channel"),
            "received": self.tr("Received"),
            "deadline": self.tr("Deadline"),
            "priority": self.tr("Priority"),
            "state": self.tr("State"),
            "type": self.tr("Type"),
            "created": self.tr("Raised"),
            "category": self.tr("Category"),
            "open_camera": self.tr("Show camera"),
        }

    def _values(self) -> dict[str, dict[str, str]]:
        """The data's codes as the operator reads them, per field of the details."""
        return {
            "status": {"open": self.tr("open"), "closed": self.tr("closed")},
            "state": {state: state_title(state) for state in ALERT_STATES},
            "type": {
                "ai_detection": self.tr("camera detection"),
                "cap_warning": self.tr("CAP warning"),
                "kpi_breach": self.tr("KPI breach"),
                "complaint_overdue": self.tr("overdue complaint"),
                "manual": self.tr("raised by an operator"),
            },
            "channel": {
                "phone": self.tr("telephone"),
                "email": self.tr("email"),
                "website": self.tr("website"),
                "facebook": "Facebook",
                "zalo": "Zalo",
                "edongthap": "eDongThap",
            },
        }

    def _centre_on(self, lat: float, lon: float) -> None:
        self.centre = (lat, lon)
        self.fit_ward = False  # the place asked for wins over the ward's view

    def _page_ready(self) -> None:
        self.places.show()
        if self.pump is not None:
            self.pump.set_as_of(self._as_of_day())  # in the snapshot below
            snapshot = self.pump.snapshot([spec.id for spec in self.layers])
            self.view.push(snapshot)
            self._fit_to_ward(snapshot)
        self._push_heat()

    def _fit_to_ward(self, deltas: list[dict]) -> None:
        if self.fit_ward and any(d["layer"] == "units" and d["added"] for d in deltas):
            self.fit_ward = False
            self.view.command("fit", layer="units")

    def _recompute(self, layer_ids: list) -> None:
        if "heat" in layer_ids:
            self._push_heat()

    def _push_heat(self) -> None:
        if self.services.cache is None or not self.view.ready or "heat" not in self.layers:
            return
        if self.visible is not None and "heat" not in self.visible:
            return  # computed when shown
        heat = self.layers.get("heat")
        if self.visible is None and heat is not None and not heat.visible:
            return
        days = int(self.heat_period.currentData() or DEFAULT_HEAT_DAYS)
        self.view.command("heat", points=heat_points(self.services.cache, days))

    def _as_of_day(self) -> date | None:
        day = pydate(self.as_of.date())
        return None if day == city_today() else day

    def _as_of_changed(self, _day: QDate) -> None:
        if self.pump is not None:
            self.view.push(self.pump.set_as_of(self._as_of_day()))

    def _layer_event(self, spec: MapLayerSpec, added: bool) -> None:
        # a plugin's layer comes back as it was shown when it went, a new one as it says
        if not added:
            shown = spec.visible if self.visible is None else spec.id in self.visible
            self._shown_when_gone[spec.id] = shown
        elif self.visible is not None:
            shown = self._shown_when_gone.pop(spec.id, spec.visible)
            self.visible = [i for i in self.visible if i != spec.id] + ([spec.id] if shown else [])
        log.info(
            "map: layer %s %s; the page is loaded again", spec.id, "added" if added else "gone"
        )
        self.view.reload_page()

    # -- what the page says ------------------------------------------------------------------
    def _camera_clicked(self, camera_id: str) -> None:
        self.services.intents.post(ShowCamera(camera_id, source=self.instance_id))

    def _item_clicked(self, layer_id: str, item_id: str) -> None:
        spec = self.layers.get(layer_id)
        if spec is not None and spec.dataset in LINKED:
            self.services.intents.post(SelectItem(spec.dataset, item_id, source=self.instance_id))

    def _view_changed(self, lat: float, lon: float, zoom: int) -> None:
        self.centre, self.zoom = (lat, lon), zoom
        self.fit_ward = False  # the operator's view (or the ward's) from now on

    def _layers_changed(self, layer_ids: list) -> None:
        showing_heat = "heat" in layer_ids and (self.visible is None or "heat" not in self.visible)
        self.visible = [str(i) for i in layer_ids]
        if showing_heat:
            self._push_heat()

    def _executed(self, what: str) -> None:
        self.executions.append(what)
        self.notify("error", self.tr("The map stopped text that tried to run as a script."))

    def _selected_elsewhere(self, intent: SelectItem) -> bool:
        if intent.source == self.instance_id:
            return False
        layers = [s.id for s in self.layers.for_dataset(intent.dataset) if s.feature is not None]
        for layer_id in layers:
            self.view.command("focus", layer=layer_id, id=intent.item_id)
        return bool(layers)

    # -- notices, state, language ------------------------------------------------------------
    def notify(self, level: NoticeLevel, text: str) -> None:
        """A notice in this panel's console window: posted on the intents, which the console
        shows (the log keeps it when no console does)."""
        if not self.services.intents.post(Notice(level, text, source=self.instance_id)):
            log.warning("map: %s", text)

    def save_state(self) -> dict[str, Any]:
        day = self._as_of_day()
        return {
            "version": STATE_VERSION,
            "centre": [round(self.centre[0], 6), round(self.centre[1], 6)],
            "zoom": self.zoom,
            "layers": self.visible,
            "as_of": day.isoformat() if day else None,
            "heat_days": int(self.heat_period.currentData() or DEFAULT_HEAT_DAYS),
            "auto_centre": self.auto_centre.isChecked(),
        }

    def restore_state(self, state: dict[str, Any]) -> None:
        self.fit_ward = False  # the saved view wins
        centre = state.get("centre")
        if isinstance(centre, list) and len(centre) == 2 and all(_number(v) for v in centre):
            lat, lon = float(centre[0]), float(centre[1])
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                self.centre = (lat, lon)
        zoom = state.get("zoom")
        if isinstance(zoom, int) and not isinstance(zoom, bool) and 0 <= zoom <= 19:
            self.zoom = zoom
        layers = state.get("layers")
        if isinstance(layers, list):
            self.visible = [str(i) for i in layers]
        if isinstance(state.get("as_of"), str):
            try:
                self.as_of.setDate(qdate(date.fromisoformat(state["as_of"])))
            except ValueError:
                log.warning("map: saved units date %r ignored", state["as_of"])
        index = self.heat_period.findData(state.get("heat_days"))
        if index >= 0:
            self.heat_period.setCurrentIndex(index)
        self.auto_centre.setChecked(bool(state.get("auto_centre", False)))
        if self.view.ready:
            self.view.command("view", center=list(self.centre), zoom=self.zoom)
            if self.visible is not None:
                self.view.command("layers", visible=self.visible)
            self._push_heat()

    def retranslate(self) -> None:
        self.as_of_label.setText(self.tr("Units as of"))
        self.heat_label.setText(self.tr("Complaint density"))
        for i in range(self.heat_period.count()):
            self.heat_period.setItemText(i, tr(HEAT_PERIOD_TITLES[self.heat_period.itemData(i)]))
        self.auto_centre.setText(self.tr("Centre on new urgent alerts"))
        self.auto_centre.setToolTip(
            self.tr("Move the map to each new priority 1 or 2 alert as it arrives")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.view.ready:  # layer names and labels in the new language
                self.view.reload_page()
        super().changeEvent(event)


def _number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _release(removers, mbtiles) -> None:
    for remove in removers:
        remove()
    if mbtiles is not None:
        mbtiles.close()
