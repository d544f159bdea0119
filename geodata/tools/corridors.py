# SPDX-License-Identifier: GPL-3.0-or-later
"""corridors.geojson, hand-authored in corridors.src.json: routes follow the
places' coordinates and the Aras line (offset to the named bank)."""
import json
import os

from shapely.affinity import translate
from shapely.geometry import LineString, Point, shape
from shapely.ops import linemerge, substring

import geo_common as gc

BANK_OFFSET = 0.006  # degrees (~600 m) off the river line, to the named bank
SEEDS = "/work/shared/seeds"


def aras_line():
    parts = [(f["properties"]["reach"], shape(f["geometry"]))
             for f in gc.read_collection("rivers.geojson")["features"]
             if f["properties"].get("position") != "doubtful"]
    coords = []
    for _, g in sorted(parts, key=lambda t: t[0]):
        c = list(g.coords)
        coords.extend(c if not coords else c[1:])
    return LineString(coords)


def river_piece(aras, a, b, bank, C, until_lon=None):
    pa, pb = aras.project(a), aras.project(b)
    seg = substring(aras, min(pa, pb), max(pa, pb))
    coords = list(seg.coords)
    if pa > pb:
        coords.reverse()
    if until_lon is not None:
        coords = [c for c in coords if c[0] >= until_lon] or coords[:1]
    # offset each vertex to the named bank: north = +lat, south = -lat
    sign = 1 if bank == "north" else -1
    iran = C["__iran_prepared"]
    out = []
    for x, y in coords:
        for k in (1, 2, 3, 5):
            q = (x, y + sign * k * BANK_OFFSET)
            # the north bank is never in Iran, the south bank always is
            if iran.contains(Point(q)) == (bank == "south"):
                break
        out.append(q)
    return out


def build():
    with open(os.path.join(gc.HERE, "corridors.src.json"), encoding="utf-8") as fh:
        src = json.load(fh)
    P = {f["properties"]["id"]: shape(f["geometry"])
         for f in gc.read_collection("places.geojson")["features"]}
    C = {f["properties"]["iso_a3"]: shape(f["geometry"])
         for f in gc.read_collection("countries.geojson")["features"]}
    from shapely.prepared import prep
    C["__iran_prepared"] = prep(C["IRN"])
    aras = aras_line()
    feats = []
    for e in src:
        for s in e["sources"]:
            assert len(s["quote"].split()) <= 40, "quote too long"
            path = os.path.join(SEEDS, s["seed"])
            if os.path.exists(path):
                with open(path, encoding="utf-8") as fh:
                    text = " ".join(fh.read().replace("\u00a0", " ").split())
                    assert s["quote"] in text, "quote not found in " + s["seed"]
        coords, last = [], None
        for step in e["route"]:
            if "place" in step:
                p = P[step["place"]]
                coords.append((p.x, p.y))
                last = p
            else:
                nxt = P[step["to"]]
                coords.extend(river_piece(aras, last, nxt, step["river"], C, step.get("until_lon")))
        line = gc.clean_lines(LineString(coords), merge=False)
        props = {"id": e["id"], "name": e["names"]["en"], "names": e["names"], "alt_names": e["alt_names"],
                 "status": e["status"], "stage": e["stage"], "dates": e["dates"], "purpose": e["purpose"],
                 "sources": e["sources"], "approximate": True,
                 # drawn from the first date of its story on (lines in time: docs/decisions/0028)
                 "valid_from": min(e["dates"].values()),
                 "note": "Approximate line, hand-authored: built from " + e["built_from"]
                         + ". It shows where the route runs, not a surveyed alignment.",
                 "source": "hand-authored (geodata/tools/corridors.src.json) from places.geojson and rivers.geojson"}
        feats.append(gc.feature(props, line))
    gc.write_collection("corridors.geojson", {
        "title": "Transport corridors", "kind": "corridor", "order": 60,
        "credit": "Hand-authored for Araxes from cited articles; built on GeoNames (CC BY 4.0) and © OpenStreetMap contributors (ODbL 1.0)",
        "source": {"package": "hand-authored (geodata/tools/corridors.src.json)", "version": "1",
                   "licence": "ODbL-1.0 (derived from OSM-based river line)"},
        "note": "No dataset holds these routes; every line is approximate."}, feats)


if __name__ == "__main__":
    build()
