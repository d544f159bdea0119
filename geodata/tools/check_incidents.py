#!/usr/bin/env python3
"""Check geodata/incidents.geojson against the incident format (docs/incidents-format.md).

Usage (from anywhere; Python 3.6+, standard library only):

    python3 geodata/tools/check_incidents.py [SEEDS_DIR] [--file INCIDENTS_GEOJSON]

SEEDS_DIR defaults to ../shared/seeds relative to the repository root
(the root is two directories above this script). Prints one line per problem
and exits 1 if there is any problem, 0 otherwise.

Checks:
  * file-level "araxes" member (title/kind/order/version/credit);
  * every Feature: Point geometry [lon, lat] with at most 6 decimals, or null;
  * required properties and allowed values of every enum;
  * ids unique and of the form inc-<lowercase words/digits joined by '-'>;
  * dates: real ISO calendar dates, end >= start, month/year precision use
    whole months / whole years;
  * status 'corroborated' only with sources from >= 2 different seed files;
  * sources: seed file exists, 'published' is YYYY-MM or YYYY-MM-DD, and the
    quote is an exact (byte-for-byte) substring of the seed text with at most
    40 words.
"""
import datetime
import json
import os
import re
import sys

CATEGORIES = {"military_exercise", "diplomatic", "border_incident", "attack",
              "arrest_or_expulsion", "agreement", "statement", "war",
              "infrastructure", "other"}
STATUSES = {"reported", "corroborated", "disputed"}
ROLES = {"primary", "background"}
DATE_PRECISIONS = {"day", "month", "year", "approximate"}
DATE_BASES = {"stated", "inferred"}
LOC_PRECISIONS = {"site", "town", "region", "country", "none"}
PROPS = {"id", "title", "summary", "category", "actors", "status", "role",
         "date", "location", "sources"}
DATE_KEYS = {"start", "end", "precision", "basis", "note"}
LOC_KEYS = {"name", "precision", "note"}
SRC_KEYS = {"file", "publisher", "author", "title", "published", "quote"}
ID_RE = re.compile(r"^inc-[0-9a-z]+(-[0-9a-z]+)*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PUBLISHED_RE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
MAX_QUOTE_WORDS = 40


def repo_root():
    return os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def parse_date(s):
    if not isinstance(s, str) or not DATE_RE.match(s):
        return None
    try:
        return datetime.date(int(s[0:4]), int(s[5:7]), int(s[8:10]))
    except ValueError:
        return None


def decimals(x):
    r = repr(float(x))
    if "e" in r or "E" in r:
        return 99
    return len(r.split(".")[1].rstrip("0")) if "." in r else 0


def main(argv):
    root = repo_root()
    seeds_dir = os.path.join(root, "..", "shared", "seeds")
    path = os.path.join(root, "geodata", "incidents.geojson")
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--file" and args:
            path = args.pop(0)
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            seeds_dir = a
    seeds_dir = os.path.normpath(seeds_dir)

    problems = []

    def bad(where, msg):
        problems.append("%s: %s" % (where, msg))

    try:
        with open(path, encoding="utf-8") as fh:
            fc = json.load(fh)
    except (OSError, ValueError) as e:
        print("%s: cannot load: %s" % (path, e))
        return 1
    if not os.path.isdir(seeds_dir):
        print("%s: seeds directory not found" % seeds_dir)
        return 1

    seed_cache = {}

    def seed_text(name):
        if name not in seed_cache:
            p = os.path.join(seeds_dir, name)
            if os.path.basename(name) != name or not os.path.isfile(p):
                seed_cache[name] = None
            else:
                with open(p, encoding="utf-8") as fh:
                    seed_cache[name] = fh.read()
        return seed_cache[name]

    if fc.get("type") != "FeatureCollection":
        bad("file", "type must be FeatureCollection")
    meta = fc.get("araxes")
    expected_meta = {"title": "Incidents", "kind": "incidents", "order": 80}
    if not isinstance(meta, dict):
        bad("file", "missing 'araxes' member")
    else:
        for k, v in expected_meta.items():
            if meta.get(k) != v:
                bad("file", "araxes.%s should be %r, found %r" % (k, v, meta.get(k)))
        for k in ("version", "credit"):
            if not isinstance(meta.get(k), str) or not meta.get(k):
                bad("file", "araxes.%s missing" % k)
        if isinstance(meta.get("version"), str) and parse_date(meta["version"]) is None:
            bad("file", "araxes.version is not an ISO date")

    features = fc.get("features")
    if not isinstance(features, list):
        bad("file", "features must be an array")
        features = []

    seen = set()
    for n, f in enumerate(features):
        props = f.get("properties") if isinstance(f, dict) else None
        if not isinstance(props, dict):
            bad("feature[%d]" % n, "no properties")
            continue
        fid = props.get("id")
        where = "%s" % (fid if isinstance(fid, str) else "feature[%d]" % n)
        if f.get("type") != "Feature":
            bad(where, "type must be Feature")
        # id
        if not isinstance(fid, str) or not ID_RE.match(fid):
            bad(where, "id must match %s" % ID_RE.pattern)
        elif fid in seen:
            bad(where, "duplicate id")
        else:
            seen.add(fid)
        if "id" in f and f["id"] != fid:
            bad(where, "Feature.id %r differs from properties.id" % f["id"])
        # keys
        missing = PROPS - set(props)
        extra = set(props) - PROPS
        if missing:
            bad(where, "missing properties: %s" % ", ".join(sorted(missing)))
        if extra:
            bad(where, "unknown properties: %s" % ", ".join(sorted(extra)))
        # geometry
        g = f.get("geometry", "absent")
        if g == "absent":
            bad(where, "geometry member missing (use null when there is no place)")
        elif g is not None:
            c = g.get("coordinates") if isinstance(g, dict) else None
            if not isinstance(g, dict) or g.get("type") != "Point" or not isinstance(c, list) or len(c) != 2 \
                    or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in c):
                bad(where, "geometry must be a Point [lon, lat] or null")
            else:
                lon, lat = c
                if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                    bad(where, "coordinates out of range: %r" % (c,))
                if decimals(lon) > 6 or decimals(lat) > 6:
                    bad(where, "coordinates have more than 6 decimals: %r" % (c,))
        # text fields
        for k in ("title", "summary"):
            if not isinstance(props.get(k), str) or not props.get(k).strip():
                bad(where, "%s must be a non-empty string" % k)
        if props.get("category") not in CATEGORIES:
            bad(where, "category %r not allowed" % props.get("category"))
        if props.get("status") not in STATUSES:
            bad(where, "status %r not allowed" % props.get("status"))
        if props.get("role") not in ROLES:
            bad(where, "role %r not allowed" % props.get("role"))
        actors = props.get("actors")
        if not isinstance(actors, list) or not actors or \
                not all(isinstance(a, str) and a.strip() for a in actors):
            bad(where, "actors must be a non-empty array of strings")
        elif len(set(actors)) != len(actors):
            bad(where, "actors has duplicates")
        # date
        d = props.get("date")
        if not isinstance(d, dict):
            bad(where, "date must be an object")
        else:
            if set(d) - DATE_KEYS:
                bad(where, "unknown date keys: %s" % ", ".join(sorted(set(d) - DATE_KEYS)))
            start = parse_date(d.get("start"))
            if start is None:
                bad(where, "date.start %r is not a valid ISO date" % d.get("start"))
            end = None
            if "end" in d:
                end = parse_date(d.get("end"))
                if end is None:
                    bad(where, "date.end %r is not a valid ISO date" % d.get("end"))
                elif start is not None and end < start:
                    bad(where, "date.end is before date.start")
            prec = d.get("precision")
            if prec not in DATE_PRECISIONS:
                bad(where, "date.precision %r not allowed" % prec)
            if d.get("basis") not in DATE_BASES:
                bad(where, "date.basis %r not allowed" % d.get("basis"))
            if not isinstance(d.get("note"), str) or not d.get("note").strip():
                bad(where, "date.note must be a non-empty string")
            if start is not None:
                if prec == "month":
                    nxt = datetime.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
                    if start.day != 1:
                        bad(where, "month precision: start must be the 1st")
                    if end != nxt - datetime.timedelta(days=1):
                        bad(where, "month precision: end must be the last day of the start month")
                if prec == "year":
                    if (start.month, start.day) != (1, 1):
                        bad(where, "year precision: start must be Jan 1")
                    if end is None or (end.month, end.day) != (12, 31):
                        bad(where, "year precision: end must be Dec 31 (of the start year or a later year)")
        # location
        loc = props.get("location")
        if not isinstance(loc, dict):
            bad(where, "location must be an object")
        else:
            if set(loc) - LOC_KEYS:
                bad(where, "unknown location keys: %s" % ", ".join(sorted(set(loc) - LOC_KEYS)))
            if not isinstance(loc.get("name"), str) or not loc.get("name").strip():
                bad(where, "location.name must be a non-empty string")
            if loc.get("precision") not in LOC_PRECISIONS:
                bad(where, "location.precision %r not allowed" % loc.get("precision"))
            if "note" in loc and not isinstance(loc.get("note"), str):
                bad(where, "location.note must be a string")
            if loc.get("precision") in ("site", "town") and g is None:
                bad(where, "location precision %s but geometry is null" % loc.get("precision"))
        # sources
        srcs = props.get("sources")
        if not isinstance(srcs, list) or not srcs:
            bad(where, "sources must be a non-empty array")
            srcs = []
        files = set()
        for i, s in enumerate(srcs):
            sw = "%s sources[%d]" % (where, i)
            if not isinstance(s, dict):
                bad(sw, "must be an object")
                continue
            if SRC_KEYS - set(s):
                bad(sw, "missing keys: %s" % ", ".join(sorted(SRC_KEYS - set(s))))
            if set(s) - SRC_KEYS:
                bad(sw, "unknown keys: %s" % ", ".join(sorted(set(s) - SRC_KEYS)))
            for k in ("publisher", "author", "title"):
                if not isinstance(s.get(k), str) or not s.get(k).strip():
                    bad(sw, "%s must be a non-empty string (use 'unknown')" % k)
            pub = s.get("published")
            if not isinstance(pub, str) or not (pub == "unknown" or PUBLISHED_RE.match(pub)):
                bad(sw, "published %r must be YYYY-MM, YYYY-MM-DD or 'unknown'" % pub)
            elif pub != "unknown" and parse_date(pub if len(pub) == 10 else pub + "-01") is None:
                bad(sw, "published %r is not a valid date" % pub)
            fname = s.get("file")
            text = seed_text(fname) if isinstance(fname, str) else None
            if text is None:
                bad(sw, "seed file %r not found in %s" % (fname, seeds_dir))
                continue
            files.add(fname)
            q = s.get("quote")
            if not isinstance(q, str) or not q.strip():
                bad(sw, "quote must be a non-empty string")
                continue
            words = len(q.split())
            if words > MAX_QUOTE_WORDS:
                bad(sw, "quote has %d words (max %d)" % (words, MAX_QUOTE_WORDS))
            if q not in text:
                bad(sw, "quote is not an exact substring of %s: %r" % (fname, q[:80]))
        if props.get("status") == "corroborated" and len(files) < 2:
            bad(where, "status corroborated needs sources from >= 2 different seed files")

    for p in problems:
        print(p)
    if problems:
        print("%d problem(s) in %s" % (len(problems), path))
        return 1
    print("OK: %d incidents in %s; quotes checked against %s" % (len(features), path, seeds_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
