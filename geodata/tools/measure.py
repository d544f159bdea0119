# SPDX-License-Identifier: GPL-3.0-or-later
"""Measure the Aras line against the AZ-IR and AM-IR borders (river reaches west
of 47.98E): /usr/bin/python3 geodata/tools/measure.py"""
import statistics

from shapely.geometry import Point, shape
from shapely.ops import unary_union

import geo_common as gc

tr = gc.aeqd()
riv = [f for f in gc.read_collection("rivers.geojson")["features"]]
aras = gc.to_metres(unary_union([shape(f["geometry"]) for f in riv]), tr)
traced = gc.to_metres(unary_union([shape(f["geometry"]) for f in riv
                                   if f["properties"]["position"] == "traced"]), tr)
B = {f["properties"]["id"]: shape(f["geometry"]) for f in gc.read_collection("borders.geojson")["features"]}
for bid in ("border-AZE-IRN", "border-ARM-IRN", "border-AZE-TUR"):
    d = []
    for part in gc.lines_of(B[bid]):
        m = gc.to_metres(part, tr)
        k = 0.0
        while k <= m.length:
            p = m.interpolate(k)
            lon = tr.transform(p.x, p.y, direction="INVERSE")[0]
            if lon <= 47.98:
                d.append(aras.distance(p))
            k += 250.0
    d.sort()
    print("%s: %d samples every 250 m; median %.0f m, p90 %.0f m, max %.0f m, within 2 km %.1f %%" % (
        bid, len(d), statistics.median(d), d[int(0.9 * len(d))], d[-1], 100.0 * sum(x <= 2000 for x in d) / len(d)))
print("traced reaches: %.1f km; doubtful reach: %.1f km" % (
    traced.length / 1000, sum(gc.to_metres(shape(f["geometry"]), tr).length for f in riv
                              if f["properties"]["position"] == "doubtful") / 1000))
