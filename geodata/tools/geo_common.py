# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared helpers for the Araxes geodata build: rounding, RFC 7946 winding,
validity repair and deterministic GeoJSON writing."""
import json
import math
import os

from shapely.geometry import (GeometryCollection, LineString, MultiLineString,
                              MultiPolygon, Point, Polygon, box, mapping, shape)
from shapely.geometry.polygon import orient
from shapely.ops import linemerge, unary_union
from shapely.validation import make_valid

BBOX = (43.0, 36.0, 51.0, 42.5)
BOX = box(*BBOX)
NDIGITS = 6

HERE = os.path.dirname(os.path.abspath(__file__))
GEODATA = os.path.dirname(HERE)
BUILD = os.path.join(GEODATA, ".build")
NODE_MODULES = os.path.join(BUILD, "node_modules")
WORK = os.path.join(BUILD, "work")


def rnd(v):
    r = round(v, NDIGITS)
    return 0.0 if r == 0 else r


def _round_coords(coords):
    out = []
    for c in coords:
        p = (rnd(c[0]), rnd(c[1]))
        if not out or out[-1] != p:
            out.append(p)
    return out


def polygons_of(g):
    if g.is_empty:
        return []
    if isinstance(g, Polygon):
        return [g]
    if isinstance(g, (MultiPolygon, GeometryCollection)):
        res = []
        for p in g.geoms:
            res.extend(polygons_of(p))
        return res
    return []


def lines_of(g):
    if g.is_empty:
        return []
    if isinstance(g, LineString):
        return [g]
    if isinstance(g, (MultiLineString, GeometryCollection)):
        res = []
        for p in g.geoms:
            res.extend(lines_of(p))
        return res
    return []


def _round_polygon(p):
    ext = _round_coords(p.exterior.coords)
    if len(ext) < 4:
        return None
    holes = [h for h in (_round_coords(i.coords) for i in p.interiors) if len(h) >= 4]
    q = Polygon(ext, holes)
    return q


def clean_polygonal(g, min_area=0.0):
    """Round to 6 decimals, repair, drop slivers, wind per RFC 7946. Returns
    a Polygon or MultiPolygon (or None when empty)."""
    for _ in range(5):
        parts = []
        for p in polygons_of(g):
            q = _round_polygon(p)
            if q is not None and not q.is_empty:
                parts.append(q)
        g2 = MultiPolygon(parts) if len(parts) != 1 else parts[0]
        if not parts:
            return None
        if g2.is_valid:
            g = g2
            break
        g = make_valid(g2)
        g = unary_union(polygons_of(g)) if polygons_of(g) else g
    else:
        raise RuntimeError("could not make polygon valid after rounding")
    parts = [orient(p, 1.0) for p in polygons_of(g) if p.area > min_area]
    parts.sort(key=lambda p: (-round(p.area, 9), rnd(p.representative_point().x)))
    if not parts:
        return None
    res = parts[0] if len(parts) == 1 else MultiPolygon(parts)
    assert res.is_valid, "invalid after cleaning"
    return res


def clean_lines(g, merge=True, min_length=0.0):
    ls = lines_of(g)
    if merge and ls:
        ls = lines_of(linemerge(ls))
    out = []
    for l in ls:
        c = _round_coords(l.coords)
        if len(c) >= 2 and LineString(c).length > min_length:
            out.append(LineString(c))
    out.sort(key=lambda l: (l.coords[0][0], l.coords[0][1], -l.length))
    if not out:
        return None
    return out[0] if len(out) == 1 else MultiLineString(out)


def clip_polygonal_part_by_part(g, region=BOX):
    """Clip each polygon part to the box (or another region) BEFORE repairing it: repairing a whole
    country first (Russia) never finishes."""
    parts = []
    for p in polygons_of(g):
        if not p.intersects(region):
            continue
        if not p.is_valid:
            p = make_valid(p)
        parts.extend(polygons_of(p.intersection(region)))
    return unary_union(parts) if parts else None


def geom_json(g):
    m = mapping(g)
    return _listify(m)


def _listify(o):
    if isinstance(o, dict):
        return {k: _listify(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        if o and isinstance(o[0], float) and len(o) == 2:
            return [rnd(o[0]), rnd(o[1])]
        return [_listify(x) for x in o]
    if isinstance(o, float):
        return rnd(o)
    return o


def feature(props, g):
    return {"type": "Feature", "properties": props, "geometry": geom_json(g)}


def natural_key(s):
    import re
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", s)]


def write_collection(filename, araxes, features):
    features = sorted(features, key=lambda f: natural_key(f["properties"]["id"]))
    ids = [f["properties"]["id"] for f in features]
    assert len(ids) == len(set(ids)), "duplicate ids in " + filename
    path = os.path.join(GEODATA, filename)
    dump = lambda o: json.dumps(o, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write('{"type":"FeatureCollection",\n"araxes":' + dump(araxes) + ',\n"features":[\n')
        fh.write(",\n".join(dump(f) for f in features))
        fh.write("\n]}\n")
    return path


def read_collection(filename):
    with open(os.path.join(GEODATA, filename), encoding="utf-8") as fh:
        return json.load(fh)


def load_names():
    with open(os.path.join(HERE, "names.json"), encoding="utf-8") as fh:
        return json.load(fh)


def named_props(names, key, **extra):
    """Build the common name properties from names.json entry `key`."""
    e = names[key]
    props = {"name": e["names"]["en"], "names": e["names"], "alt_names": e.get("alt_names", [])}
    props.update(extra)
    return props


# --- local azimuthal equidistant projection (metres), centred 47E 39.2N ---
def aeqd():
    from pyproj import Transformer
    return Transformer.from_crs(
        "EPSG:4326", "+proj=aeqd +lat_0=39.2 +lon_0=47 +datum=WGS84 +units=m", always_xy=True)


def to_metres(g, tr=None):
    from shapely.ops import transform
    tr = tr or aeqd()
    return transform(lambda x, y, z=None: tr.transform(x, y), g)
