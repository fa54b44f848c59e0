// Place filter: country -> region -> city. Changing the country offers only its regions and
// cities, changing the region only its cities (from /api/places). Without JavaScript the
// server already lists the choices of the selected country.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  var country = document.getElementById("f-country");
  var region = document.getElementById("f-region");
  var city = document.getElementById("f-city");
  var places = null;

  function fill(select, values) {
    var keep = select.value;
    while (select.options.length > 1) { select.remove(1); }
    values.forEach(function (v) {
      var opt = document.createElement("option");
      opt.textContent = v;
      opt.value = v;
      if (v === keep) { opt.selected = true; }
      select.appendChild(opt);
    });
    if (values.indexOf(keep) < 0) { select.value = ""; }
  }

  function update() {
    if (!places) { return; }
    var regions = places[country.value] || {};
    fill(region, Object.keys(regions).filter(function (r) { return r !== ""; }).sort());
    var cities = {};
    Object.keys(regions).forEach(function (r) {
      if (!region.value || r === region.value) {
        regions[r].forEach(function (c) { cities[c] = true; });
      }
    });
    fill(city, Object.keys(cities).sort());
  }

  fetch(form.dataset.places, { credentials: "same-origin", headers: { "Accept": "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
    .then(function (data) { places = data; })
    .catch(function (err) { console.error(err); });
  country.addEventListener("change", function () { region.value = ""; city.value = ""; update(); });
  region.addEventListener("change", function () { city.value = ""; update(); });
})();
