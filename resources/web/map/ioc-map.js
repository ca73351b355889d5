/* IOC Console map page: layers fed by Python through QWebChannel.
 *
 * Rules kept here: text from outside (names, complaint texts, alert descriptions) only ever
 * reaches the page as textContent or as a DOM element built with it, never as HTML; the page
 * is never rebuilt for new data, it applies added/changed/removed features by id.
 */
(function () {
  "use strict";

  var COMPLAINT_COLOURS = {
    open: "#2f80ed", due_soon: "#f2994a", overdue: "#eb5757", closed: "#27ae60"
  };
  var CAMERA_STATES = { online: 1, offline: 1, maintenance: 1 };
  var FACILITY_COLOUR = "#6c5ce7";
  var PRIORITY_COLOURS = { 1: "#d7263d", 2: "#f46036", 3: "#e2b93b", 4: "#2e86ab" };  // as the CSS
  var MAX_AREAS = 50;          // a CAP alert's areas drawn at most
  var RADIUS_M = 60;           // field-of-view wedge length
  var FOCUS_ZOOM = 16;
  var UNCLUSTERED_ZOOM = 17;   // from here on every complaint is its own circle
  var DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/;

  var map = null;
  var bridge = null;
  var canvas = null;           // one canvas renderer for every circle marker
  var ringRenderer = null;     // the selection's ring, above every marker
  var control = null;
  var layers = {};             // id -> {spec, group, entries: {featureId: entry}}
  var options = { autoCentre: false };
  var labels = {};
  var values = {};             // field -> code -> what the operator reads
  var heat = null;
  var highlight = null;
  var highlighted = null;
  var busy = 0;
  var viewTimer = null;
  var quiet = false;           // set while Python restores the visible layers

  // -- text only --------------------------------------------------------------------------
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function escapeHtml(text) {  // for Leaflet APIs that take HTML strings (layer names)
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function cssToken(value) {
    return String(value || "").toLowerCase().replace(/[^a-z0-9_-]/g, "");
  }

  function showDate(value) {
    var m = DATE.exec(String(value));
    if (!m) { return String(value); }
    var day = m[3] + "/" + m[2] + "/" + m[1];
    return m[4] ? day + " " + m[4] + ":" + m[5] : day;
  }

  var CARD_FIELDS = {
    complaint: ["status", "ward_name", "address", "channel", "received", "deadline"],
    alert: ["priority", "state", "type", "ward_name", "created"],
    camera: ["status", "ward_name"],
    facility: ["category", "address", "ward_name"]
  };

  function card(layerId, feature) {
    var p = feature.properties || {};
    var root = el("div", "ioc-card ioc-card--" + cssToken(p.kind));
    root.setAttribute("data-layer", layerId);
    root.setAttribute("data-id", String(feature.id));
    root.appendChild(el("div", "ioc-card__title", p.title || p.name || feature.id));
    if (p.text) { root.appendChild(el("div", "ioc-card__text", p.text)); }
    var list = el("dl", "ioc-card__fields");
    (CARD_FIELDS[p.kind] || []).forEach(function (key) {
      var value = p[key];
      if (value === null || value === undefined || value === "") { return; }
      var titles = values[key] || {};
      if (Object.prototype.hasOwnProperty.call(titles, value)) { value = titles[value]; }
      list.appendChild(el("dt", null, labels[key] || key));
      list.appendChild(el("dd", null, /created|received|deadline/.test(key) ? showDate(value) : value));
    });
    root.appendChild(list);
    if (p.kind === "alert" && p.camera_id) {
      var button = el("button", "ioc-card__camera", labels.open_camera || "Show camera");
      button.type = "button";
      button.addEventListener("click", function () { bridge.cameraClicked(String(p.camera_id)); });
      root.appendChild(button);
    }
    return root;
  }

  var cardPopup = null;       // one popup for the details, reused

  function cardOpen(layerId) {  // the id of the item whose details are open in this layer
    var node = cardPopup && map.hasLayer(cardPopup) && cardPopup.getContent();
    return node && node.getAttribute && node.getAttribute("data-layer") === layerId ?
      node.getAttribute("data-id") : null;
  }

  function openCard(layerId, entry) {
    cardPopup = cardPopup || L.popup({
      maxWidth: 340, className: "ioc-popup", autoPanPadding: [24, 24], offset: [0, -4]
    });
    cardPopup
      .setLatLng(entry.latlng)
      .setContent(card(layerId, entry.feature))
      .openOn(map);
  }

  // -- geometry ----------------------------------------------------------------------------
  function pointOf(feature) {
    var g = feature.geometry;
    if (!g || g.type !== "Point" || !g.coordinates) { return null; }
    var lon = Number(g.coordinates[0]), lat = Number(g.coordinates[1]);
    return isFinite(lat) && isFinite(lon) ? L.latLng(lat, lon) : null;
  }

  function wedge(latlng, direction, fov) {
    var points = [latlng];
    var steps = 8, start = direction - fov / 2;
    var kLat = RADIUS_M / 111320, kLon = RADIUS_M / (111320 * Math.cos(latlng.lat * Math.PI / 180));
    for (var i = 0; i <= steps; i++) {
      var a = (start + fov * i / steps) * Math.PI / 180;
      points.push(L.latLng(latlng.lat + kLat * Math.cos(a), latlng.lng + kLon * Math.sin(a)));
    }
    return points;
  }

  // -- one renderer per kind of layer ------------------------------------------------------
  function clicked(layerId, entry) {
    pendingFocus = null;  // the operator's own choice wins over a selection still on its way
    var p = entry.feature.properties || {};
    if (p.kind === "camera") {
      bridge.cameraClicked(String(entry.feature.id));
      return;
    }
    bridge.itemClicked(layerId, String(entry.feature.id));
    openCard(layerId, entry);
  }

  function makeCamera(layerId, feature, latlng) {
    var p = feature.properties || {};
    var state = CAMERA_STATES[p.status] ? p.status : "offline";
    var marker = L.marker(latlng, {
      icon: L.divIcon({ className: "ioc-camera ioc-camera--" + state, html: "", iconSize: [18, 18] }),
      keyboard: false, pane: "ioc-cameras"
    });
    marker.bindTooltip(el("span", null, p.name || feature.id), { direction: "top", offset: [0, -8] });
    var parts = [marker];
    var dir = Number(p.direction_deg), fov = Number(p.fov_deg);
    if (p.direction_deg !== null && p.direction_deg !== undefined && isFinite(dir)) {
      fov = p.fov_deg !== null && p.fov_deg !== undefined && isFinite(fov) && fov > 0 ? Math.min(fov, 360) : 60;
      parts.push(L.polygon(wedge(latlng, dir, fov), {
        className: "ioc-fov", pane: "ioc-fov", interactive: false, weight: 1,
        color: state === "online" ? "#27ae60" : "#828282", fillOpacity: 0.18
      }));
    }
    return parts;
  }

  function makeComplaint(layerId, feature, latlng) {
    var p = feature.properties || {};
    var colour = COMPLAINT_COLOURS[p.state_class] || COMPLAINT_COLOURS.open;
    return [L.circleMarker(latlng, {
      renderer: canvas, radius: p.state_class === "closed" ? 4 : 6, color: "#ffffff", weight: 1,
      fillColor: colour, fillOpacity: p.state_class === "closed" ? 0.55 : 0.9
    })];
  }

  function makeAlert(layerId, feature, latlng) {
    var p = feature.properties || {};
    var prio = Math.max(1, Math.min(4, parseInt(p.priority, 10) || 4));
    var className = "ioc-alert ioc-alert--p" + prio + (p.is_new ? " ioc-alert--new" : "");
    var marker = L.marker(latlng, {
      icon: L.divIcon({ className: className, html: "", iconSize: [20, 20] }),
      keyboard: false, pane: "ioc-alerts", zIndexOffset: 1000 - prio * 100
    });
    marker.bindTooltip(el("span", null, p.title || feature.id), { direction: "top", offset: [0, -10] });
    return [marker].concat(alertAreas(feature.areas, PRIORITY_COLOURS[prio]));
  }

  function alertAreas(areas, colour) {  // a CAP alert's polygons and circles, under the markers
    var style = { pane: "ioc-alert-areas", interactive: false, color: colour, weight: 2,
                  fillColor: colour, fillOpacity: 0.12, className: "ioc-alert-area" };
    var out = [];
    (Array.isArray(areas) ? areas : []).slice(0, MAX_AREAS).forEach(function (shape) {
      if (!shape || typeof shape !== "object") { return; }
      try {
        if (shape.type === "Circle") {
          var c = Array.isArray(shape.center) ? shape.center : [];
          var lat = parseFloat(c[1]), lon = parseFloat(c[0]), r = parseFloat(shape.radius_m);
          if (isFinite(lat) && isFinite(lon) && isFinite(r) && r > 0) {
            out.push(L.circle(L.latLng(lat, lon), Object.assign({ radius: r }, style)));
          }
        } else if ((shape.type === "Polygon" || shape.type === "MultiPolygon") &&
                   Array.isArray(shape.coordinates) && shape.coordinates.length) {
          out.push(L.geoJSON({ type: "Feature", geometry: shape, properties: {} },
                             { style: function () { return style; }, pane: style.pane, interactive: false }));
        }
      } catch (e) { state.errors.push("alert area: " + String(e)); }
    });
    return out;
  }

  function makeFacility(layerId, feature, latlng, style) {
    var p = feature.properties || {};
    var symbol = Array.from(String(style.symbol || "•")).slice(0, 2).join("");  // whole letters
    var badge = el("span", "ioc-facility__symbol", symbol);
    badge.style.backgroundColor = String(style.color || FACILITY_COLOUR);
    if (!badge.style.backgroundColor) { badge.style.backgroundColor = FACILITY_COLOUR; }  // not a colour
    var marker = L.marker(latlng, {
      icon: L.divIcon({ className: "ioc-facility", html: badge, iconSize: [18, 18] }),
      keyboard: false, pane: "ioc-facilities"
    });
    marker.bindTooltip(el("span", null, p.name || feature.id), { direction: "top", offset: [0, -8] });
    return [marker];
  }

  function makeUnit(layerId, feature) {
    var p = feature.properties || {};
    var shape = L.geoJSON(feature, {
      pane: "ioc-units", interactive: false,
      pointToLayer: function (f, ll) { return L.circleMarker(ll, { radius: 3, pane: "ioc-units" }); },
      style: function () {
        return { color: "#34495e", weight: 2, fillColor: "#b8c7d3", fillOpacity: options.tiles ? 0.06 : 0.35 };
      }
    });
    var marker = L.marker(shape.getBounds().getCenter(), {
      icon: L.divIcon({ className: "ioc-unit-anchor", html: "", iconSize: [0, 0] }),
      interactive: false, keyboard: false, pane: "ioc-units"
    });
    marker.bindTooltip(el("span", null, p.name || feature.id), {
      permanent: true, direction: "center", className: "ioc-unit-label", pane: "ioc-labels"
    });
    return [shape, marker];
  }

  var MAKERS = { cameras: makeCamera, complaints: makeComplaint, alerts: makeAlert, facility: makeFacility };

  function build(layer, feature) {
    var render = layer.spec.render;
    if (render === "units") {
      var parts = makeUnit(layer.spec.id, feature);
      return { feature: feature, latlng: parts[1].getLatLng(), parts: parts };
    }
    var latlng = pointOf(feature);
    if (!latlng) { return null; }
    var entry = { feature: feature, latlng: latlng, parts: null };
    entry.parts = (MAKERS[render] || makeFacility)(layer.spec.id, feature, latlng, layer.spec.style || {});
    entry.parts[0].iocFeature = feature;
    entry.parts[0].on("click", function () { clicked(layer.spec.id, entry); });
    return entry;
  }

  // -- layers and deltas -------------------------------------------------------------------
  var WORST = ["closed", "open", "due_soon", "overdue"];

  function clusterIcon(cluster) {  // the count, ringed by the worst state inside
    var worst = 0;
    cluster.getAllChildMarkers().forEach(function (m) {
      var p = m.iocFeature && m.iocFeature.properties;
      worst = Math.max(worst, WORST.indexOf(p && p.state_class));
    });
    var count = cluster.getChildCount();
    var badge = el("div", null, count);
    var size = count < 10 ? 28 : count < 100 ? 34 : 40;
    return L.divIcon({
      html: badge, iconSize: [size, size],
      className: "ioc-cluster ioc-cluster--" + WORST[Math.max(worst, 0)]
    });
  }

  function createLayer(spec) {
    var group;
    if (spec.render === "complaints") {
      group = L.markerClusterGroup({
        chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 50,
        disableClusteringAtZoom: UNCLUSTERED_ZOOM,
        iconCreateFunction: clusterIcon,
        chunkProgress: function (done, total) { busy = done < total ? 1 : 0; }
      });
    } else if (spec.render === "heat") {
      group = L.heatLayer([], { radius: 20, blur: 16, maxZoom: 16, minOpacity: 0.3 });
      var redraw = group._redraw;
      group._redraw = function () {  // a map in a hidden tab has no size to draw on
        var size = map.getSize();
        if (size.x > 0 && size.y > 0) { redraw.call(this); } else { this._frame = null; }
      };
      heat = group;
    } else {
      group = L.featureGroup();
    }
    var layer = { spec: spec, group: group, entries: {}, filled: false };
    layers[spec.id] = layer;
    control.addOverlay(group, escapeHtml(spec.title));
    if (spec.visible) { group.addTo(map); }
    return layer;
  }

  function add(layer, feature) {
    var entry = build(layer, feature);
    if (!entry) { return null; }
    layer.entries[String(feature.id)] = entry;
    return entry;
  }

  function drop(layer, id) {
    var entry = layer.entries[id];
    if (!entry) { return null; }
    delete layer.entries[id];
    if (highlighted === layer.spec.id + "/" + id) { clearHighlight(); }
    return entry;
  }

  function applyDelta(delta) {
    var layer = layers[delta.layer];
    if (!layer || layer.spec.render === "heat") { return; }
    var out = [], into = [], newest = null;
    var prefix = layer.spec.id + "/";
    var ringed = highlighted && highlighted.indexOf(prefix) === 0 ? highlighted.slice(prefix.length) : null;
    var carded = cardOpen(layer.spec.id);
    var added = delta.added || [], incoming = added.concat(delta.changed || []);
    var arriving = layer.filled;  // the layer's first delta fills it: nothing arrives in it
    layer.filled = true;
    (delta.removed || []).concat(incoming.map(function (f) { return String(f.id); }))
      .forEach(function (id) {
        var entry = drop(layer, String(id));
        if (entry) { out = out.concat(entry.parts); }
      });
    incoming.forEach(function (feature, i) {
      var entry = add(layer, feature);
      if (!entry) { return; }
      into = into.concat(entry.parts);
      var p = feature.properties || {};
      if (arriving && i < added.length && p.kind === "alert" && p.is_new && Number(p.priority) <= 2) {
        newest = entry;
      }
    });
    if (layer.group.removeLayers) {
      layer.group.removeLayers(out);
      layer.group.addLayers(into);
    } else {
      out.forEach(function (part) { layer.group.removeLayer(part); });
      into.forEach(function (part) { layer.group.addLayer(part); });
    }
    if (ringed !== null && layer.entries[ringed]) { ring(layer.spec.id, ringed, layer.entries[ringed]); }
    if (carded !== null) {  // the open details follow their item, or close with it
      var shown = layer.entries[carded];
      if (shown) { cardPopup.setLatLng(shown.latlng).setContent(card(layer.spec.id, shown.feature)); }
      else { map.closePopup(cardPopup); }
    }
    if (newest && options.autoCentre && map.hasLayer(layer.group)) { map.panTo(newest.latlng); }
    var asked = pendingFocus;
    if (asked && asked.layer === layer.spec.id && layer.entries[asked.id]) {
      pendingFocus = null;
      if (Date.now() <= asked.until) { focus(asked.layer, asked.id); }
    }
  }

  // -- focus from the other panels ---------------------------------------------------------
  function clearHighlight() {
    if (highlight) { map.removeLayer(highlight); }
    highlight = null;
    highlighted = null;
  }

  function ring(layerId, id, entry) {
    if (highlight) { map.removeLayer(highlight); }
    highlight = L.circleMarker(entry.latlng, {
      radius: 22, className: "ioc-highlight", pane: "ioc-highlight", renderer: ringRenderer,
      color: "#ff2d55", weight: 4, fill: false, interactive: false
    }).addTo(map);
    highlighted = layerId + "/" + String(id);
  }

  // an item asked for before it reached the map (selected in the alert queue the moment it
  // was synced): focused when it arrives, if it does within PENDING_FOCUS_MS
  var PENDING_FOCUS_MS = 10000;
  var pendingFocus = null;

  function focus(layerId, id) {
    var layer = layers[layerId];
    var entry = layer && layer.entries[String(id)];
    if (!entry) {
      var sameItem = highlighted !== null && highlighted.slice(highlighted.indexOf("/") + 1) === String(id);
      if (layer && !sameItem) {  // (found in another layer of its dataset a moment ago: done)
        pendingFocus = { layer: layerId, id: String(id), until: Date.now() + PENDING_FOCUS_MS };
        clearHighlight();  // the item selected before is no longer the selection
        map.closePopup(cardPopup);
      }
      return false;
    }
    pendingFocus = null;
    clearHighlight();
    var mark = function () {
      ring(layerId, id, entry);
      var kind = (entry.feature.properties || {}).kind;
      if (kind !== "unit" && kind !== "camera") { openCard(layerId, entry); }
    };
    if (!map.hasLayer(layer.group)) { layer.group.addTo(map); }
    // clusters open at UNCLUSTERED_ZOOM (zoomToShowLayer waits forever on circle markers)
    var zoom = layer.spec.render === "complaints" ? UNCLUSTERED_ZOOM : FOCUS_ZOOM;
    map.setView(entry.latlng, Math.max(map.getZoom(), zoom), { animate: false });
    mark();
    return true;
  }

  // -- a place asked for by another panel, and picking one for them -----------------------
  var placeMark = null;
  var picking = null;          // the banner while the operator picks a place

  function markPlace(lat, lon, label) {
    if (typeof lat !== "number" || typeof lon !== "number" || !isFinite(lat) || !isFinite(lon)) {
      return false;
    }
    if (placeMark) { map.removeLayer(placeMark); }
    placeMark = L.circleMarker([lat, lon], {
      radius: 14, color: "#ff2d55", weight: 4, fill: true, fillOpacity: 0.15,
      pane: "ioc-highlight", renderer: ringRenderer, interactive: false, className: "ioc-place"
    }).addTo(map);
    if (label) {  // text only: an element built with textContent, never HTML
      placeMark.bindTooltip(el("span", "ioc-place-label", String(label)),
                            { permanent: true, direction: "top", offset: [0, -14] });
    }
    state.place = { lat: lat, lon: lon, label: label ? String(label) : "" };
    return true;
  }

  function showPlace(cmd) {
    pendingFocus = null;
    if (!markPlace(cmd.lat, cmd.lon, cmd.label)) { return; }
    map.setView([cmd.lat, cmd.lon], Math.max(map.getZoom(), FOCUS_ZOOM), { animate: false });
  }

  function stopPicking() {
    map.off("click", mapClicked);  // heard only while picking: other clicks stay the markers'
    if (picking) { picking.remove(); }
    picking = null;
    state.picking = false;
    map.getContainer().classList.remove("ioc-picking");
  }

  function startPicking(cmd) {
    pendingFocus = null;
    stopPicking();
    if (!cmd.on) { return; }
    picking = el("div", "ioc-pick-banner", String(cmd.prompt || ""));
    map.getContainer().appendChild(picking);
    map.getContainer().classList.add("ioc-picking");
    map.on("click", mapClicked);
    state.picking = true;
  }

  function mapClicked(e) {
    if (!picking) { return; }
    stopPicking();
    markPlace(e.latlng.lat, e.latlng.lng, "");
    if (bridge) { bridge.placePicked(e.latlng.lat, e.latlng.lng); }
  }

  // -- set-up from Python ------------------------------------------------------------------
  function visibleIds() {
    return Object.keys(layers).filter(function (id) { return map.hasLayer(layers[id].group); });
  }

  function reportLayers() {
    if (!quiet && bridge) { bridge.layersChanged(JSON.stringify(visibleIds())); }
  }

  function setVisible(ids) {
    quiet = true;
    Object.keys(layers).forEach(function (id) {
      var group = layers[id].group;
      if (ids.indexOf(id) >= 0) { if (!map.hasLayer(group)) { group.addTo(map); } }
      else if (map.hasLayer(group)) { map.removeLayer(group); }
    });
    quiet = false;
  }

  var lastView = null;         // the view Python knows: a move of under 2 px is no move

  function setView(center, zoom) {
    map.setView(center, zoom, { animate: false });
    lastView = { center: L.latLng(center), zoom: zoom };
  }

  function reportView() {
    var zoom = map.getZoom();
    if (lastView && lastView.zoom === zoom &&
        map.latLngToContainerPoint(lastView.center).distanceTo(map.getSize().divideBy(2)) < 2) {
      return;
    }
    lastView = { center: map.getCenter(), zoom: zoom };
    if (bridge) { bridge.viewChanged(lastView.center.lat, lastView.center.lng, zoom); }
  }

  function setup(config) {
    options = config.options || {};
    labels = config.labels || {};
    values = config.values || {};
    if (config.view) { setView(config.view.center, config.view.zoom); }
    map.attributionControl.setPrefix(false);
    var tiles = config.tiles;
    options.tiles = !!tiles;
    document.body.classList.toggle("ioc-no-tiles", !tiles);
    if (tiles) {
      L.tileLayer(tiles.url, {
        attribution: escapeHtml(tiles.attribution || ""), maxZoom: 19,
        maxNativeZoom: tiles.maxNativeZoom || 19, minZoom: 0, className: "ioc-tiles"
      }).addTo(map);
    }
    if (config.attribution) { map.attributionControl.addAttribution(escapeHtml(config.attribution)); }
    quiet = true;  // adding the layers is no choice of the operator's
    (config.layers || []).forEach(createLayer);
    quiet = false;
    state.setUp = true;
  }

  var fitted = null;           // the layer the view is fitted to, until the operator moves it

  function fit(layer) {  // the view on everything a layer holds
    var bounds = layer && layer.group.getBounds && layer.group.getBounds();
    if (!bounds || !bounds.isValid()) { return; }
    fitted = { layer: layer, view: null };
    var size = map.getSize();
    if (size.x > 0 && size.y > 0) {  // else once shown (a tab behind another has no size)
      map.fitBounds(bounds, { animate: false, padding: [12, 12] });
      fitted.view = { center: map.getCenter(), zoom: map.getZoom() };
    }
  }

  function refit() {  // the map got its size (shown, or its panel resized): fit again
    var v = fitted && fitted.view;
    var moved = v && (v.zoom !== map.getZoom() ||
                      map.latLngToContainerPoint(v.center).distanceTo(map.getSize().divideBy(2)) >= 2);
    if (fitted && !moved) { fit(fitted.layer); } else { fitted = null; }
  }

  function command(cmd) {
    if (cmd.op === "focus") { state.lastFocus = focus(cmd.layer, cmd.id); }
    else if (cmd.op === "heat" && heat) { heat.setLatLngs(cmd.points || []); state.heatPoints = (cmd.points || []).length; }
    else if (cmd.op === "options") { options.autoCentre = !!cmd.autoCentre; }
    else if (cmd.op === "view") { setView(cmd.center, cmd.zoom); }
    else if (cmd.op === "layers") { setVisible(cmd.visible || []); }
    else if (cmd.op === "fit") { fit(layers[cmd.layer]); }
    else if (cmd.op === "place") { showPlace(cmd); }
    else if (cmd.op === "pick") { startPicking(cmd); }
    else if (cmd.op === "clear") {
      var layer = layers[cmd.layer];
      if (layer) {
        Object.keys(layer.entries).forEach(function (id) { drop(layer, id); });
        layer.group.clearLayers();
      }
    }
  }

  function panes() {
    [["ioc-units", 350], ["ioc-alert-areas", 380], ["ioc-fov", 390], ["ioc-points", 450], ["ioc-facilities", 600], ["ioc-cameras", 610],
     ["ioc-alerts", 620], ["ioc-highlight", 630], ["ioc-labels", 640]].forEach(function (p) {
      map.createPane(p[0]).style.zIndex = p[1];
    });
    map.getPane("ioc-fov").style.pointerEvents = "none";
    map.getPane("ioc-alert-areas").style.pointerEvents = "none";
    map.getPane("ioc-labels").style.pointerEvents = "none";
    map.getPane("ioc-highlight").style.pointerEvents = "none";
  }

  function guarded(fn) {  // a fault in one push must not stop the next
    return function (text) {
      try { fn(JSON.parse(text)); } catch (e) { state.errors.push(String(e && e.stack || e)); console.error(e); }
    };
  }

  function start(leafletMap, embedded) {
    map = leafletMap;
    if (!map.options.maxZoom) { map.setMaxZoom(19); }  // the cluster layer needs one
    canvas = L.canvas({ padding: 0.5, pane: "ioc-points" });  // above the density layer
    panes();
    ringRenderer = L.svg({ pane: "ioc-highlight" });
    control = L.control.layers(null, null, { collapsed: true, position: "topright" });
    // the density layer's maxZoom scales its intensity; it must not grey out its checkbox
    control._checkDisabledLayers = function () {};
    control.addTo(map);
    map.on("overlayadd overlayremove", reportLayers);
    map.on("resize", refit);
    map.on("dragstart", function () { pendingFocus = null; });  // the operator moves the map
    map.on("moveend", function () {
      clearTimeout(viewTimer);
      viewTimer = setTimeout(reportView, 250);
    });
    if (embedded) {  // the benchmark's baseline: everything in the page
      setup(embedded.setup);
      (embedded.deltas || []).forEach(applyDelta);
      state.ready = true;
      return;
    }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.map;
      bridge.pushSetup.connect(guarded(setup));
      bridge.pushDeltas.connect(guarded(function (deltas) {
        deltas.forEach(applyDelta);
        state.deltas += 1;
      }));
      bridge.pushCommand.connect(guarded(command));
      state.ready = true;
      bridge.ready();
    });
  }

  // -- what Python and the tests read ------------------------------------------------------
  var state = { ready: false, setUp: false, deltas: 0, errors: [], lastFocus: null, heatPoints: 0,
                place: null, picking: false };

  window.addEventListener("error", function (e) {  // for the log and the tests
    state.errors.push(String(e.message || e));
  });

  window.iocReport = function (what) {  // only data that ran as code would call this
    if (bridge) { bridge.reportExecution(String(what)); }
  };

  window.iocMap = {
    start: start,
    state: state,
    count: function (layerId) { return layers[layerId] ? Object.keys(layers[layerId].entries).length : -1; },
    has: function (layerId, id) { return !!(layers[layerId] && layers[layerId].entries[String(id)]); },
    latlng: function (layerId, id) {
      var e = layers[layerId] && layers[layerId].entries[String(id)];
      return e ? [e.latlng.lat, e.latlng.lng] : null;
    },
    layerIds: function () { return Object.keys(layers); },
    visible: visibleIds,
    idle: function () { return busy === 0; },
    highlighted: function () { return highlighted; },
    cardText: function () {
      var node = document.querySelector(".leaflet-popup .ioc-card");
      return node ? node.textContent : null;
    },
    cardHtml: function () {
      var node = document.querySelector(".leaflet-popup .ioc-card");
      return node ? node.innerHTML : null;
    },
    clickMapForTest: function (lat, lon) {  // a click on the map itself, where lat/lon is
      map.fire("click", { latlng: L.latLng(lat, lon) });
      return true;
    },
    clickForTest: function (layerId, id) {
      var e = layers[layerId] && layers[layerId].entries[String(id)];
      if (!e) { return false; }
      e.parts[0].fire("click", { latlng: e.latlng });
      return true;
    },
    screenPoint: function (layerId, id) {  // where a person would click the item
      var e = layers[layerId] && layers[layerId].entries[String(id)];
      if (!e) { return null; }
      var icon = e.parts[0]._icon;
      if (icon) {
        var r = icon.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2];
      }
      var pt = map.latLngToContainerPoint(e.latlng);
      return [pt.x, pt.y];
    },
    topmost: function (layerId, id) {  // nothing covers the item where it is drawn
      var e = layers[layerId] && layers[layerId].entries[String(id)];
      var point = window.iocMap.screenPoint(layerId, id);
      return !!(e && point && e.parts[0]._icon &&
                document.elementFromPoint(point[0], point[1]) === e.parts[0]._icon);
    },
    view: function () { var c = map.getCenter(); return [c.lat, c.lng, map.getZoom()]; },
    leaflet: function () { return map; },
    bridgeForTest: function () { return bridge; },
    parts: function (layerId, id) {
      var e = layers[layerId] && layers[layerId].entries[String(id)];
      return e ? e.parts.length : 0;
    },
    channelCalls: function () {  // what the page may call in Python
      return Object.keys(bridge).filter(function (k) { return typeof bridge[k] === "function"; }).sort();
    }
  };
})();
