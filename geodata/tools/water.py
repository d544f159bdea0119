# SPDX-License-Identifier: GPL-3.0-or-later
"""water.geojson: Caspian Sea, Lake Urmia, Lake Sevan, Mingachevir reservoir
from GSHHG full (gmt coast -Df -W -M dumps shore lines; polygonised here)."""
import os

from shapely.geometry import LineString, Point
from shapely.ops import polygonize, unary_union

import geo_common as gc
import wdbii

BODIES = [  # key, id, kind, a point inside the water body
    ("caspian", "water-caspian", "sea", (50.5, 39.5)),
    ("urmia", "water-urmia", "lake", (45.5, 37.7)),
    ("sevan", "water-sevan", "lake", (45.3, 40.35)),
    ("mingachevir", "water-mingachevir", "reservoir", (46.95, 40.85)),
]
NOTES = {
    "caspian": "GSHHG treats the Caspian as a level-2 lake. Whole: full-resolution shore inside the map box, intermediate resolution (about 1 km) outside it, joined at the box edge. Shore at the GSHHG epoch level.",
    "urmia": "Historic, larger extent as in GSHHG: the lake has shrunk greatly since the 1990s and much of this area is now salt flat.",
    "sevan": "Shoreline as in GSHHG.",
    "mingachevir": "Reservoir on the Kura (filled 1953); shoreline as in GSHHG.",
}


def caspian_outside_box(seed):
    """The Caspian beyond the box, from the intermediate GSHHG shore the context layers use, so the
    sea is one polygon with one outline (no line where the box cuts it)."""
    import context
    levels = context.gshhg_levels(os.path.join(gc.WORK, "context_shore_i.txt"))
    faces = [f for f in polygonize(unary_union(levels[2])) if f.contains(seed)]
    if not faces:
        raise RuntimeError("no intermediate GSHHG face for the Caspian")
    islands = [f for f in polygonize(unary_union(levels.get(3, []))) if faces[0].contains(f.representative_point())]
    outside = faces[0].difference(gc.BOX)
    return outside.difference(unary_union(islands)) if islands else outside


def build():
    names = gc.load_names()
    lines = []
    for _, s in wdbii.read_gmt_segments(os.path.join(gc.WORK, "shore_all.txt")):
        lines.extend(gc.lines_of(LineString(s).intersection(gc.BOX)))
    noded = unary_union(lines + [gc.BOX.exterior])
    faces = list(polygonize(noded))
    feats = []
    for key, fid, wkind, pt in BODIES:
        p = Point(pt)
        hits = [f for f in faces if f.contains(p)]
        if not hits:
            raise RuntimeError("no GSHHG face for " + key)
        face = min(hits, key=lambda f: f.area)
        # islands (level 3) are faces inside this one: cut them out
        islands = [f for f in faces if f is not face and face.contains(f.representative_point())
                   and face.buffer(1e-9).contains(f)]
        if islands:
            face = face.difference(unary_union(islands))
        if key == "caspian":
            face = face.union(caspian_outside_box(p))
        g = gc.clean_polygonal(face)
        props = gc.named_props(names, key, id=fid, water_kind=wkind, note=NOTES[key],
                               source="GSHHG 2.3.7 full resolution shoreline (Debian gmt-gshhg-full), polygonised")
        feats.append(gc.feature(props, g))
    gc.write_collection("water.geojson", {
        "title": "Seas and lakes", "kind": "water", "order": 30,
        "credit": "GSHHG, Wessel & Smith (1996)",
        "source": {"package": "Debian gmt + gmt-gshhg-full", "version": "6.4.0+dfsg-2 / 2.3.7-6",
                   "licence": "LGPL-3.0-or-later"}}, feats)


if __name__ == "__main__":
    build()
