# SPDX-License-Identifier: GPL-3.0-or-later
"""Print feature and vertex counts per layer: /usr/bin/python3 geodata/tools/counts.py"""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def nverts(c):
    return 1 if isinstance(c[0], (int, float)) else sum(nverts(x) for x in c)


LAYERS = ["countries", "borders", "admin1", "water", "rivers", "places", "corridors",
          "context-countries", "context-borders", "context-water", "context-rivers", "context-places"]
for path in [os.path.join(os.path.dirname(HERE), n + ".geojson") for n in LAYERS]:
    with open(path, encoding="utf-8") as fh:
        d = json.load(fh)
    v = sum(nverts(f["geometry"]["coordinates"]) for f in d["features"] if f.get("geometry"))
    print("%-20s %4d features %7d vertices" % (os.path.basename(path), len(d["features"]), v))
