# SPDX-License-Identifier: GPL-3.0-or-later
"""The surroundings of the detailed box (43-51 E, 36-42.5 N) for 20-70 E, 20-55 N:

* context-countries.geojson  Natural Earth 1:10m countries (npm world-atlas 2.0.2), outside the box;
* context-borders.geojson    their shared borders (exact: topojson arcs), outside the box, plus the
                             Iraq-Iran and Iraq-Turkey borders inside it (Iraq is not a detailed country);
* context-water.geojson      the seas (GSHHG intermediate: the extent minus its land) and the larger lakes;
* context-rivers.geojson     WDBII rivers of classes 1-2 (GSHHG intermediate), outside the box.

The clipping rule: nothing of the context is drawn where the detailed layers are. The six detailed
countries are cut out along the box; a country the detailed layers lack (Iraq) keeps its part of
the box outside the detailed countries, grown up to their edges so no gap opens between them.
The Caspian is not here: water.py gives it whole (full resolution inside the box)."""
import json
import os

import numpy as np
from pyproj import Geod
from shapely.geometry import GeometryCollection, LineString, Point, Polygon, box, shape
from shapely.validation import make_valid
from shapely.ops import linemerge, polygonize, transform, unary_union

import geo_common as gc
import wdbii

EXTENT = (20.0, 20.0, 70.0, 55.0)
EXT = box(*EXTENT)
GRID = 1e-4  # coordinates kept to 4 decimals (about 11 m): enough for a context at 1:10m
DETAILED = {"ARM", "AZE", "GEO", "IRN", "RUS", "TUR"}
NE_SRC = {"package": "npm world-atlas", "version": "2.0.2", "data": "Natural Earth 1:10m Admin 0 countries (4.1.0)",
          "licence": "public domain (Natural Earth); packaging ISC"}
GSHHG_SRC = {"package": "Debian gmt + gmt-gshhg-full", "version": "6.4.0+dfsg-2 / 2.3.7-6",
             "resolution": "intermediate", "licence": "LGPL-3.0-or-later"}
NE_CREDIT = "Natural Earth (public domain)"
GSHHG_CREDIT = "GSHHG, Wessel & Smith (1996)"

# ISO 3166-1 numeric (world-atlas feature ids) to alpha-3, for the countries in the extent.
ALPHA3 = {
    "004": "AFG", "008": "ALB", "031": "AZE", "048": "BHR", "051": "ARM", "100": "BGR", "112": "BLR",
    "148": "TCD", "196": "CYP", "268": "GEO", "275": "PSE", "300": "GRC", "348": "HUN", "356": "IND",
    "364": "IRN", "368": "IRQ", "376": "ISR", "398": "KAZ", "400": "JOR", "414": "KWT", "417": "KGZ",
    "422": "LBN", "434": "LBY", "440": "LTU", "498": "MDA", "499": "MNE", "512": "OMN", "586": "PAK",
    "616": "POL", "634": "QAT", "642": "ROU", "643": "RUS", "682": "SAU", "688": "SRB", "703": "SVK",
    "729": "SDN", "760": "SYR", "762": "TJK", "784": "ARE", "792": "TUR", "795": "TKM", "804": "UKR",
    "807": "MKD", "818": "EGY", "860": "UZB",
}

# Named seas: each a part of the extent (lon/lat boxes), taken in this order, so that straits split
# connected water where a reader would (the Bosporus, Kerch, Hormuz).
SEAS = [
    ("sea-azov", "Sea of Azov", [(34.6, 45.35, 39.6, 47.5)]),
    ("sea-black", "Black Sea", [(27.3, 41.15, 42.0, 47.5), (30.5, 40.5, 42.0, 41.15)]),
    ("sea-red", "Red Sea", [(32.0, 20.0, 44.0, 30.2)]),
    ("sea-gulf", "Persian Gulf", [(47.0, 23.0, 56.35, 30.7)]),
    ("sea-oman", "Gulf of Oman", [(56.35, 22.4, 61.6, 27.5)]),
    ("sea-arabian", "Arabian Sea", [(55.0, 20.0, 70.0, 22.4), (61.6, 20.0, 70.0, 27.5)]),
    ("sea-mediterranean", "Mediterranean Sea", [(20.0, 30.0, 37.0, 41.15)]),
]
SEA_ALT = {
    "sea-gulf": [{"name": "Arabian Gulf", "used_by": "the Arab states of the Gulf"},
                 {"name": "The Gulf", "used_by": "neutral usage, e.g. many international organisations"}],
}
LAKES = [  # lakes named where GSHHG gives none: id, name, a point inside
    ("lake-van", "Lake Van", (42.9, 38.6)),
    ("lake-tuz", "Lake Tuz", (33.4, 38.8)),
    ("lake-aral", "Aral Sea", (59.6, 45.0)),
    ("lake-sarygamysh", "Sarygamysh Lake", (57.4, 41.9)),
]
LAKE_MIN_DEG2 = 0.02  # about 200 km² at 40 N; smaller lakes are too small for a context at these scales
DISPUTED_NOTE = "Natural Earth shows this line between a state and an area of limited recognition (de facto)."


def snap(g):
    """Coordinates rounded to the grid (gc.clean_polygonal repairs what rounding breaks)."""
    return transform(lambda x, y, z=None: (np.round(np.asarray(x) / GRID) * GRID, np.round(np.asarray(y) / GRID) * GRID), g)


def read_ne(name):
    with open(os.path.join(gc.WORK, name), encoding="utf-8") as fh:
        return json.load(fh)


def detailed_union():
    d = gc.read_collection("countries.geojson")
    return unary_union([shape(f["geometry"]) for f in d["features"]])


def gshhg_levels(path):
    """GSHHG shore segments by level (1 coast, 2 lake shore, 3 island in a lake, 4 pond on it)."""
    by_level = {}
    for head, s in wdbii.read_gmt_segments(path):
        level = int(head.rsplit("Level", 1)[1].strip().split()[0])
        by_level.setdefault(level, []).append(LineString(s))
    return by_level


def whole_area_km2(g):
    """Geodesic area (WGS 84) of a polygon, unclipped."""
    area, _ = Geod(ellps="WGS84").geometry_area_perimeter(g)
    return round(abs(area) / 1e6)


AREA_SOURCE = "Natural Earth 1:10m (npm world-atlas 2.0.2), whole country, geodesic on WGS 84"


def country_areas():
    """The whole area of every country of the extent (km², geodesic), by alpha-3 code: the card gives
    it as the country's area, as the detailed layers hold only the part inside the box."""
    areas = {}
    for f in read_ne("ne_countries_10m.json")["features"]:
        a3 = ALPHA3.get(f.get("id"))
        if a3:
            areas[a3] = whole_area_km2(shape(f["geometry"]))
    return areas


WORLD = box(-180.0, -85.0, 180.0, 85.0)
COAST_GROWTH = 0.03  # degrees (about 3 km): more than Natural Earth's and GSHHG's coasts differ by
UNDERLAP = 0.002  # degrees (about 200 m) by which adjacent fills overlap where one is cut against the other
# Two resolutions: Natural Earth 1:10m in the extent, 1:110m for the rest of the world (seen only
# when the map is zoomed far out), each cut where the finer data is.
TIERS = [("10m", EXT, gc.BOX), ("110m", WORLD, EXT)]
# Natural Earth areas without an ISO code: folded into the state they belong to, or typed by what they are.
FOLD = {"Baikonur": "KAZ"}  # leased to Russia, Kazakh territory
LINE_TYPES = {"Cyprus-UN-Buffer-Zone": "ceasefire", "Akrotiri": "international", "Dhekelia": "international"}


def ne_key(f):
    name = f["properties"]["name"]
    key = ALPHA3.get(f.get("id")) or name.replace(".", "").replace(" ", "-")
    return FOLD.get(key, key)


def _unrolled(ring):
    """A ring's coordinates with 360 added or taken where it jumps across the antimeridian, so it runs
    on continuously past 180 (or -180); None when it does not close that way (it circles a pole)."""
    out, off = [], 0.0
    for x, y in ring.coords:
        x += off
        if out and x - out[-1][0] > 180:
            off -= 360
            x -= 360
        elif out and x - out[-1][0] < -180:
            off += 360
            x += 360
        out.append((x, y))
    return out if off == 0 else None


def unwrap(g):
    """The polygons of g, those that cross the antimeridian (world-atlas rings jump from 180 to -180,
    as drawn on a sphere) cut there into plane polygons on either side of it."""
    parts = []
    for p in gc.polygons_of(g):
        rings = [p.exterior, *p.interiors]
        xs = [c[0] for c in p.exterior.coords]
        if not any(abs(a - b) > 180 for r in rings for a, b in zip([c[0] for c in r.coords], [c[0] for c in r.coords][1:])):
            parts.append(p)
            continue
        unrolled = [_unrolled(r) for r in rings]
        if unrolled[0] is None:
            parts.append(p)  # round a pole (Antarctica): its plane shape is already the right one
            continue
        q = Polygon(unrolled[0], [h for h in unrolled[1:] if h is not None])
        q = q if q.is_valid else make_valid(q)
        for shift in (-360, 0, 360):
            piece = q.intersection(box(-180 - shift, -90, 180 - shift, 90))
            parts.extend(gc.polygons_of(transform(lambda x, y, z=None: (np.asarray(x) + shift, y), piece)))
    return parts


def clip_to(g, region):
    """Each polygon part, cut at the antimeridian, clipped to a region (repaired first where it has to
    be: India's is not valid); an empty polygon when none lies in it."""
    clipped = gc.clip_polygonal_part_by_part(GeometryCollection(unwrap(g)), region)
    return clipped if clipped is not None else Polygon()


def ne_land():
    """Natural Earth's 1:10m land in the extent."""
    return unary_union([clip_to(shape(f["geometry"]), EXT) for f in read_ne("ne_land_10m.json")["features"]])


def countries(D):
    """Country polygons of both tiers, one feature per country. Returns their shapes by key, and the
    parts of the box given to countries the detailed layers lack (unrounded: their edges are the
    detailed countries' own)."""
    parts, props, boxed = {}, {}, {}
    # outside every country (Natural Earth's land layer counts the Caspian as land; its countries do not)
    sea_ne = EXT.difference(unary_union([clip_to(shape(f["geometry"]), EXT)
                                         for f in read_ne("ne_countries_10m.json")["features"]]))
    for scale, region, cut in TIERS:
        for f in read_ne("ne_countries_%s.json" % scale)["features"]:
            whole = shape(f["geometry"])
            if not box(*whole.bounds).intersects(region):
                continue
            key = ne_key(f)
            a3 = ALPHA3.get(f.get("id"))
            # the detailed countries are cut a little inside the box, so the detail (drawn on top) covers
            # the cut: two fills meeting edge to edge would leave a faint anti-aliased line between them
            g = clip_to(whole, region).difference(cut.buffer(-UNDERLAP, join_style=2) if a3 in DETAILED or scale != "10m" else cut)
            if scale == "10m":
                # grown a little into what no country holds, where GSHHG's coast may lie further out: the
                # seas are drawn over the land, so the overshoot is hidden and no pale strip shows between
                g = g.union(clip_to(whole, EXT).buffer(COAST_GROWTH, resolution=1).simplify(0.01).intersection(sea_ne).difference(
                    cut.buffer(-UNDERLAP, join_style=2) if a3 in DETAILED else cut))
            if scale == "10m" and a3 not in DETAILED:
                # the part of the box the detailed countries leave to it, up to their edges
                inside = clip_to(whole, EXT).buffer(0.05).intersection(gc.BOX).difference(D)
                if not inside.is_empty:
                    boxed[key] = inside
                    g = g.union(inside)
            if g.is_empty:
                continue
            parts.setdefault(key, []).append(g)
            if key in props:
                continue
            name = f["properties"]["name"]
            p = {"id": "context-country-" + key, "name": name, "names": {"en": name}, "alt_names": [], "context": True,
                 "source": "Natural Earth (npm world-atlas 2.0.2): 1:10m within 20–70E 20–55N, 1:110m beyond"
                 + (", outside the detailed box" if a3 in DETAILED else "")}
            if a3:
                p["iso_a3"] = a3
                p["country_area_km2"] = whole_area_km2(whole)
                p["country_area_source"] = AREA_SOURCE
            if a3 in DETAILED:
                p["label"] = False  # the detailed layer names it; one name per country
            props[key] = p
    feats, shapes = [], {}
    for key in sorted(parts):
        g = gc.clean_polygonal(snap(unary_union(parts[key])), min_area=1e-8)
        if g is not None:
            shapes[key] = g
            feats.append(gc.feature(props[key], g))
    gc.write_collection("context-countries.geojson", {
        "title": "Surroundings: countries", "kind": "land", "order": 5, "credit": NE_CREDIT, "source": NE_SRC,
        "note": "Context beyond the detailed box: Natural Earth 1:10m within 20–70E 20–55N (generalised, about 1 km), "
                "1:110m for the rest of the world; cut out where the detailed countries are."},
        feats)
    return shapes, boxed


def borders(shapes, boxed):
    detailed = {f["properties"]["iso_a3"]: shape(f["geometry"])
                for f in gc.read_collection("countries.geojson")["features"]}
    lines, names, states = {}, {}, {}
    for scale, region, cut in TIERS:
        rings = {}
        for f in read_ne("ne_countries_%s.json" % scale)["features"]:
            key = ne_key(f)
            if key not in shapes or not box(*shape(f["geometry"]).bounds).intersects(region):
                continue
            r = shape(f["geometry"]).boundary.intersection(region.buffer(0.5))
            rings[key] = unary_union([rings[key], r]) if key in rings else r
            names.setdefault(key, f["properties"]["name"])
            states.setdefault(key, f.get("id") is not None or key in FOLD.values())
        keys = sorted(rings)
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                ra, rb = rings[a], rings[b]
                if ra.is_empty or rb.is_empty or not box(*ra.bounds).intersects(box(*rb.bounds)):
                    continue
                shared = gc.lines_of(ra.intersection(rb))
                if shared:
                    lines.setdefault((a, b), []).extend(gc.lines_of(unary_union(shared).intersection(region).difference(cut)))
    # inside the box: where a country the detailed layers lack (Iraq) meets a detailed one, on the detailed edge
    for other in sorted(boxed):
        for det in sorted(detailed):
            inner = boxed[other].boundary.intersection(detailed[det].buffer(1e-7))
            if gc.lines_of(inner):
                lines.setdefault(tuple(sorted((other, det))), []).extend(gc.lines_of(inner))
    feats = []
    for (a, b), ls in sorted(lines.items()):
        g = gc.clean_lines(snap(unary_union(ls)), min_length=1e-3)
        if g is None:
            continue
        kind = LINE_TYPES.get(a) or LINE_TYPES.get(b) or ("international" if states[a] and states[b] else "disputed")
        en = "%s – %s" % (names[a], names[b])
        props = {"id": "context-border-%s-%s" % (a, b), "name": en, "names": {"en": en}, "alt_names": [],
                 "countries": [a, b], "border_type": kind, "context": True,
                 "source": "Natural Earth shared edges (npm world-atlas 2.0.2)"}
        if kind == "disputed":
            props["note"] = DISPUTED_NOTE
        feats.append(gc.feature(props, g))
    gc.write_collection("context-borders.geojson", {
        "title": "Surroundings: borders", "kind": "border", "order": 34, "credit": NE_CREDIT, "source": NE_SRC,
        "note": "Natural Earth borders outside the detailed box; inside it only where Iraq meets the detailed countries (drawn on their edge)."},
        feats)


def water(levels):
    land_ne = ne_land()
    coast = [l for s in levels.get(1, []) for l in gc.lines_of(s.intersection(EXT))]
    faces = polygonize(unary_union(coast + [EXT.exterior]))
    sea_faces = []
    for face in faces:
        if face.intersection(land_ne).area < 0.5 * face.area:
            sea_faces.append(face)
    sea = unary_union(sea_faces)
    feats = []
    taken = None
    for fid, name, boxes in SEAS:
        region = unary_union([box(*b) for b in boxes])
        if taken is not None:
            region = region.difference(taken)
        # grown a little into the neighbouring sea: the same opaque water twice shows no line at the strait
        part = gc.clean_polygonal(snap(sea.intersection(region.buffer(UNDERLAP, join_style=2))), min_area=1e-6)
        taken = region if taken is None else taken.union(region)
        if part is None:
            continue
        feats.append(gc.feature({"id": "context-" + fid, "name": name, "names": {"en": name},
                                 "alt_names": SEA_ALT.get(fid, []), "context": True, "water_kind": "sea",
                                 "source": "GSHHG 2.3.7 intermediate shoreline: the extent minus its land"}, part))
    rest = gc.clean_polygonal(snap(sea.difference(taken.buffer(-UNDERLAP, join_style=2))), min_area=1e-6)
    if rest is not None:  # the Marmara and the straits: water, but not named here
        feats.append(gc.feature({"id": "context-sea-other", "name": "Sea (straits and inner seas)",
                                 "names": {"en": "Sea"}, "alt_names": [], "context": True, "water_kind": "sea",
                                 "label": False, "source": "GSHHG 2.3.7 intermediate shoreline"}, rest))
    detailed_water = [shape(f["geometry"]) for f in gc.read_collection("water.geojson")["features"]]
    lakes = list(polygonize(unary_union(levels.get(2, []))))
    islands = list(polygonize(unary_union(levels.get(3, [])))) if levels.get(3) else []
    n = 0
    for lake in sorted(lakes, key=lambda p: (-p.area, p.representative_point().x)):
        c = lake.representative_point()
        if lake.area < LAKE_MIN_DEG2 or gc.BOX.contains(lake.centroid) \
                or any(w.intersects(c) for w in detailed_water):
            continue
        inner = [i for i in islands if lake.contains(i.representative_point())]
        g = lake.difference(unary_union(inner)) if inner else lake
        g = gc.clean_polygonal(snap(g.intersection(EXT)), min_area=1e-6)
        if g is None:
            continue
        named = [(fid, nm) for fid, nm, pt in LAKES if lake.contains(Point(pt))]
        if named:
            fid, nm = named[0]
            props = {"id": "context-" + fid, "name": nm, "names": {"en": nm}}
        else:
            n += 1
            props = {"id": "context-lake-%02d" % n, "name": "Lake", "names": {"en": "Lake"}, "label": False}
        props.update({"alt_names": [], "context": True, "water_kind": "lake",
                      "source": "GSHHG 2.3.7 intermediate lake shore (level 2), islands cut out"})
        feats.append(gc.feature(props, g))
    feats.extend(far_water())
    gc.write_collection("context-water.geojson", {
        "title": "Surroundings: seas and lakes", "kind": "water", "order": 29, "credit": GSHHG_CREDIT,
        "source": GSHHG_SRC, "note": "Seas and lakes beyond the detailed box (the Caspian is in water.geojson)."}, feats)


FAR_LAKE_MIN_DEG2 = 0.5


def far_water():
    """The oceans and the largest lakes of the rest of the world, from GSHHG crude, beyond the extent."""
    levels = gshhg_levels(os.path.join(gc.WORK, "context_shore_c.txt"))
    land = unary_union([clip_to(shape(f["geometry"]), WORLD) for f in read_ne("ne_land_110m.json")["features"]])
    coast = [l for s in levels.get(1, []) for l in gc.lines_of(s.intersection(WORLD))]
    ocean = unary_union([f for f in polygonize(unary_union(coast + [WORLD.exterior]))
                         if f.intersection(land).area < 0.5 * f.area]).difference(EXT.buffer(-UNDERLAP, join_style=2))
    feats = [gc.feature({"id": "context-ocean", "name": "Ocean (beyond the surroundings)", "names": {"en": "Ocean"},
                         "alt_names": [], "context": True, "water_kind": "sea", "label": False,
                         "source": "GSHHG 2.3.7 crude shoreline: the world minus its land, beyond 20–70E 20–55N"},
                        gc.clean_polygonal(snap(ocean), min_area=1e-4))]
    lakes = [l for l in polygonize(unary_union(levels.get(2, [])))
             if l.area >= FAR_LAKE_MIN_DEG2 and not EXT.contains(l.centroid)]
    g = gc.clean_polygonal(snap(unary_union(lakes).difference(EXT)), min_area=1e-4)
    if g is not None:
        feats.append(gc.feature({"id": "context-lakes-far", "name": "Lakes (beyond the surroundings)",
                                 "names": {"en": "Lakes"}, "alt_names": [], "context": True, "water_kind": "lake",
                                 "label": False, "source": "GSHHG 2.3.7 crude lake shores (level 2)"}, g))
    return feats


def rivers(boxed):
    lines = []
    for c in (1, 2):
        for _, s in wdbii.read_gmt_segments(os.path.join(gc.WORK, "context_rivers_I%d.txt" % c)):
            line = LineString(s).intersection(EXT)
            lines.extend(gc.lines_of(line.difference(gc.BOX)))
            for key in sorted(boxed):  # and in the part of the box the detailed layers leave to another country
                lines.extend(gc.lines_of(line.intersection(boxed[key])))
    g = gc.clean_lines(snap(linemerge(lines)), min_length=0.02)
    gc.write_collection("context-rivers.geojson", {
        "title": "Surroundings: rivers", "kind": "river", "order": 39, "credit": GSHHG_CREDIT,
        "source": dict(GSHHG_SRC, data="WDBII rivers, classes 1-2"),
        "note": "Major rivers beyond the detailed box, unnamed in the source."},
        [gc.feature({"id": "context-rivers", "name": "Rivers (WDBII classes 1–2)", "names": {"en": "Rivers"},
                     "alt_names": [], "context": True, "label": False,
                     "source": "GSHHG 2.3.7 WDBII rivers, intermediate resolution, outside the detailed box"}, g)])


def build():
    D = detailed_union()
    shapes, boxed = countries(D)
    borders(shapes, boxed)
    water(gshhg_levels(os.path.join(gc.WORK, "context_shore_i.txt")))
    rivers(boxed)


if __name__ == "__main__":
    build()
