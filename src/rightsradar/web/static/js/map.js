// Incident map: an offline country basemap (GeoJSON served by this app) and one circle per
// incident with coordinates, coloured by its most serious violation. No tile server.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) { return; }
  var colors = window.RR_COLORS || {};
  var map = L.map(el, {
    attributionControl: false, worldCopyJump: true, minZoom: 1, maxZoom: 10, keyboard: true
  }).setView([15, 10], 2);

  function getJSON(url) {
    return fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) {
        if (!r.ok) { throw new Error(url + ": " + r.status); }
        return r.json();
      });
  }

  function popup(inc) {
    // Built from DOM nodes with textContent: titles come from articles and are untrusted.
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = "/incidents/" + encodeURIComponent(inc.id);
    link.textContent = inc.title || ("Incident " + inc.id);
    box.appendChild(link);
    var meta = document.createElement("div");
    meta.textContent = [inc.event_date || "date unknown", inc.most_serious || "unknown",
                        inc.status].join(" · ");
    box.appendChild(meta);
    return box;
  }

  getJSON(el.dataset.basemap).then(function (geo) {
    L.geoJSON(geo, {
      interactive: false,
      style: { color: "#8a929e", weight: 0.6, fillColor: "#f4f1ea", fillOpacity: 1 }
    }).addTo(map).bringToBack();
  }).catch(function (err) { console.error(err); });

  getJSON(el.dataset.incidents).then(function (page) {
    var layer = L.featureGroup();
    page.items.forEach(function (inc) {
      if (inc.latitude === null || inc.longitude === null) { return; }
      var color = colors[inc.most_serious || "unknown"] || colors.unknown;
      L.circleMarker([inc.latitude, inc.longitude], {
        radius: 6, weight: 1, color: "#222", fillColor: color, fillOpacity: 0.85
      }).bindPopup(popup(inc)).addTo(layer);
    });
    layer.addTo(map);
    if (layer.getLayers().length) { map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 6 }); }
  }).catch(function (err) { console.error(err); });
})();
