"""Build the dashboard's offline basemap: country outlines as GeoJSON.

Source: ``countries-110m.json`` of the npm package ``world-atlas@2`` (TopoJSON made from
Natural Earth, public domain; the package is ISC-licensed). The dashboard loads the result
as a Leaflet GeoJSON layer, so no tile server is ever contacted.

Usage::

    cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python scripts/build_basemap.py /tmp/package/countries-110m.json

TopoJSON stores shared borders once as quantised, delta-encoded "arcs"; each polygon ring
lists the arcs it follows (``~i`` meaning arc ``i`` reversed). Decoding is the few lines
below, so the project needs no topojson library.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

DEFAULT_OUT = (
    Path(__file__).resolve().parents[1]
    / "src/rightsradar/web/static/basemap/countries-110m.geojson"
)
Point = list[float]


def decode_arcs(topo: dict[str, Any], digits: int) -> list[list[Point]]:
    """Absolute [lon, lat] points of every arc."""
    scale = topo.get("transform", {}).get("scale", [1.0, 1.0])
    translate = topo.get("transform", {}).get("translate", [0.0, 0.0])
    quantised = "transform" in topo
    arcs: list[list[Point]] = []
    for arc in topo["arcs"]:
        x = y = 0
        points: list[Point] = []
        for dx, dy, *_ in arc:
            if quantised:  # positions are deltas from the previous point
                x, y = x + dx, y + dy
            else:
                x, y = dx, dy
            lon = round(x * scale[0] + translate[0], digits)
            lat = round(y * scale[1] + translate[1], digits)
            points.append([lon, lat])
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[Point]]) -> list[Point]:
    """Join the arcs of one ring; consecutive arcs share their end point."""
    points: list[Point] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def unwrap(points: list[Point]) -> list[Point]:
    """Keep longitudes continuous along a ring. Rings that cross the antimeridian (Fiji,
    Chukotka) otherwise jump from 180 to -180, which Leaflet draws as a stripe across the
    whole map; continued past 180 they are drawn where they belong."""
    out = [points[0]]
    for lon, lat in points[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while prev - lon > 180:
            lon += 360
        out.append([round(lon, 6), lat])
    return out


# Antarctica's outline runs round the pole and cannot be drawn on a Mercator map without
# cutting it; no incident is recorded there, so it is left out.
SKIP_IDS = {"010"}


def to_geojson(
    topo: dict[str, Any], object_name: str = "countries", digits: int = 2
) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of one TopoJSON object (Polygon/MultiPolygon only)."""
    arcs = decode_arcs(topo, digits)
    features = []
    for geom in topo["objects"][object_name]["geometries"]:
        kind = geom.get("type")
        if geom.get("id") in SKIP_IDS:
            continue
        if kind == "Polygon":
            coords: Any = [unwrap(ring(r, arcs)) for r in geom["arcs"]]
        elif kind == "MultiPolygon":
            coords = [[unwrap(ring(r, arcs)) for r in poly] for poly in geom["arcs"]]
        else:  # null geometries carry nothing to draw
            continue
        features.append(
            {
                "type": "Feature",
                "id": geom.get("id"),
                "properties": {"name": (geom.get("properties") or {}).get("name")},
                "geometry": {"type": kind, "coordinates": coords},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("topojson", type=Path, help="world-atlas countries-110m.json")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--digits", type=int, default=2, help="decimals kept (2 = about 1 km)")
    args = parser.parse_args()
    topo = json.loads(args.topojson.read_text(encoding="utf-8"))
    geo = to_geojson(topo, digits=args.digits)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(geo, separators=(",", ":")), encoding="utf-8")
    print(f"{len(geo['features'])} countries -> {args.output}")


if __name__ == "__main__":
    main()
