// Incident map: an offline country basemap (GeoJSON served by this app) and the incidents
// matching the filters, clustered on a pixel grid at low zoom. A marker or cluster takes the
// colour of its most serious violation. No tile server, no third-party script.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) { return; }
  var colors = window.RR_COLORS || {};
  var SEVERITY = ["killing", "torture", "enforced disappearance", "arbitrary detention",
                  "kidnapping", "other", "unknown"];
  var CELL = 56;  // px: points closer than this on screen share a cluster
  var map = L.map(el, {
    attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 12, keyboard: true
  }).setView([15, 10], 2);
  var layer = L.layerGroup().addTo(map);
  var points = [];

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) {
        if (!r.ok) { throw new Error(url + ": " + r.status); }
        return r.json();
      });
  }

  function rank(v) { var i = SEVERITY.indexOf(v || "unknown"); return i < 0 ? SEVERITY.length : i; }
  function colorOf(v) { return colors[v || "unknown"] || colors.unknown; }

  function popup(p) {
    // DOM nodes with textContent: values come from articles and are untrusted.
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = "/incidents/" + encodeURIComponent(p.id);
    link.textContent = "Incident " + p.id;
    box.appendChild(link);
    var meta = document.createElement("div");
    meta.textContent = [p.event_date || "date unknown", p.most_serious || "unknown", p.status].join(" · ");
    box.appendChild(meta);
    return box;
  }

  function clusters(zoom) {
    var cells = {};
    points.forEach(function (p) {
      var px = map.project([p.latitude, p.longitude], zoom);
      var key = Math.floor(px.x / CELL) + ":" + Math.floor(px.y / CELL);
      var c = cells[key];
      if (!c) { c = cells[key] = { members: [], worst: null, lat: 0, lon: 0 }; }
      c.members.push(p);
      c.lat += p.latitude; c.lon += p.longitude;
      if (c.worst === null || rank(p.most_serious) < rank(c.worst)) { c.worst = p.most_serious || "unknown"; }
    });
    return Object.keys(cells).map(function (k) { return cells[k]; });
  }

  function draw() {
    layer.clearLayers();
    var zoom = map.getZoom();
    clusters(zoom).forEach(function (c) {
      var n = c.members.length;
      if (n === 1 || zoom >= map.getMaxZoom()) {
        c.members.forEach(function (p) {
          L.circleMarker([p.latitude, p.longitude], {
            radius: 6, weight: 1, color: "#222", fillColor: colorOf(p.most_serious), fillOpacity: 0.85
          }).bindPopup(popup(p)).addTo(layer);
        });
        return;
      }
      var size = Math.min(22 + Math.round(Math.log(n) * 6), 56);
      var icon = L.divIcon({
        className: "cluster sev-" + c.worst.replace(/ /g, "-"),
        html: "<span>" + n + "</span>", iconSize: [size, size]
      });
      var marker = L.marker([c.lat / n, c.lon / n], {
        icon: icon, keyboard: true, title: n + " incidents, most serious: " + c.worst
      });
      marker.on("click", function () {
        var bounds = L.latLngBounds(c.members.map(function (p) { return [p.latitude, p.longitude]; }));
        map.fitBounds(bounds.pad(0.2), { maxZoom: Math.min(zoom + 3, map.getMaxZoom()) });
      });
      marker.addTo(layer);
    });
  }

  getJSON(el.dataset.basemap).then(function (geo) {
    L.geoJSON(geo, {
      interactive: false,
      style: { color: "#8a929e", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 }
    }).addTo(map).bringToBack();
  }).catch(function (err) { console.error(err); });

  getJSON(el.dataset.points).then(function (body) {
    points = body.items;
    var count = document.getElementById("map-count");
    if (count) {
      count.textContent = body.items.length + " incidents with a place on the map" +
        (body.total > body.items.length ? " (of " + body.total + ")" : "") + ".";
    }
    if (points.length) {
      var bounds = L.latLngBounds(points.map(function (p) { return [p.latitude, p.longitude]; }));
      map.fitBounds(bounds.pad(0.3), { maxZoom: 6 });
    }
    draw();
    map.on("zoomend", draw);
    el.dataset.ready = "true";
  }).catch(function (err) { console.error(err); });
})();
