// Timeline: incidents per month as an SVG bar chart drawn from /api/stats (no chart library).
(function () {
  "use strict";
  var box = document.getElementById("timeline");
  if (!box) { return; }
  var NS = "http://www.w3.org/2000/svg";

  function node(name, attrs, text) {
    var n = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    if (text !== undefined) { n.textContent = text; }
    return n;
  }

  function months(byMonth) {
    // Every month from the first to the last, so gaps show as empty months.
    var keys = Object.keys(byMonth).sort();
    if (!keys.length) { return []; }
    var out = [];
    var y = +keys[0].slice(0, 4), m = +keys[0].slice(5, 7);
    var last = keys[keys.length - 1];
    for (var guard = 0; guard < 1200; guard++) {
      var key = y + "-" + (m < 10 ? "0" : "") + m;
      out.push([key, byMonth[key] || 0]);
      if (key === last) { break; }
      m += 1; if (m > 12) { m = 1; y += 1; }
    }
    return out;
  }

  function draw(byMonth) {
    var data = months(byMonth);
    box.textContent = "";
    if (!data.length) { box.appendChild(document.createTextNode("No dated incidents.")); return; }
    var W = 640, H = 240, left = 36, bottom = 36, top = 10;
    var max = Math.max.apply(null, data.map(function (d) { return d[1]; })) || 1;
    var step = (W - left - 10) / data.length;
    var total = data.reduce(function (s, d) { return s + d[1]; }, 0);
    var svg = node("svg", {
      viewBox: "0 0 " + W + " " + H, role: "img",
      "aria-label": "Incidents per month, " + data[0][0] + " to " + data[data.length - 1][0] +
        ": " + total + " in all, at most " + max + " in one month"
    });
    [0, max].forEach(function (v) {
      var y = H - bottom - (v / max) * (H - bottom - top);
      svg.appendChild(node("line", { x1: left, x2: W - 5, y1: y, y2: y }));
      svg.appendChild(node("text", { x: left - 4, y: y + 4, "text-anchor": "end" }, String(v)));
    });
    var labelEvery = Math.ceil(data.length / 12);
    data.forEach(function (d, i) {
      var h = (d[1] / max) * (H - bottom - top);
      var x = left + i * step;
      var bar = node("rect", {
        x: x + step * 0.1, y: H - bottom - h, width: Math.max(step * 0.8, 1), height: h
      });
      bar.appendChild(node("title", {}, d[0] + ": " + d[1]));
      svg.appendChild(bar);
      if (i % labelEvery === 0) {
        svg.appendChild(node("text", { x: x + step / 2, y: H - bottom + 14, "text-anchor": "middle" }, d[0]));
      }
    });
    box.appendChild(svg);
  }

  fetch(box.dataset.stats, { credentials: "same-origin", headers: { "Accept": "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
    .then(function (stats) { draw(stats.by_month); })
    .catch(function (err) { box.textContent = "The chart could not be loaded (" + err.message + ")."; });
})();
