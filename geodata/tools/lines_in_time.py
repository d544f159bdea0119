# SPDX-License-Identifier: GPL-3.0-or-later
"""lines-of-contact.geojson and corridor-status.geojson: lines and statuses that held for a time.

Hand-authored from lines_in_time.src.json: each feature names its sources (the trilateral statement
of 10 November 2020 with its articles, the 1994 ceasefire, published maps, the ICJ's order, the
statements of April 2023) and carries valid_from/valid_until (ISO dates, to the year, month or day,
both ends included), which the app uses to draw it only for the days it held. The lines are
schematic: they join the named waypoints in order and are meant to show where a line ran, not to be
measured; every feature says so and is marked approximate.
"""
import json
import os

from shapely.geometry import LineString, Point

import geo_common as gc

CREDIT = "Hand-authored for Araxes from cited sources"


def card(entry, sources, built_from):
    return {"id": entry["id"], "name": entry["names"]["en"], "names": entry["names"],
            "alt_names": entry["alt_names"], "status": entry["status"], "approximate": True,
            "valid_from": entry["valid_from"], **({"valid_until": entry["valid_until"]} if "valid_until" in entry else {}),
            "sources": [sources[k] for k in entry["sources"]],
            "note": "Approximate, hand-authored: " + built_from + ". Shown only for the days it held.",
            "source": "hand-authored (geodata/tools/lines_in_time.src.json)"}


def build():
    with open(os.path.join(gc.HERE, "lines_in_time.src.json"), encoding="utf-8") as fh:
        src = json.load(fh)
    sources = src["sources"]

    lines = []
    for e in src["lines"]:
        line = LineString([(w[0], w[1]) for w in e["waypoints"]])
        assert line.is_valid and gc.BOX.contains(line), e["id"]
        props = card(e, sources, "a schematic line through " + "; ".join(w[2] for w in e["waypoints"]))
        props["border_type"] = e["border_type"]
        lines.append(gc.feature(props, gc.clean_lines(line, merge=False)))
    gc.write_collection("lines-of-contact.geojson", {
        "title": "Lines of contact in Karabakh", "kind": "border", "order": 36,
        # one short credit for both files (a small picture's frame has room for few): the card names the sources
        "credit": CREDIT,
        "source": {"package": "hand-authored (geodata/tools/lines_in_time.src.json)", "version": "1", "licence": "CC0-1.0"},
        "note": "Schematic lines, each shown only for the days it held (valid_from/valid_until)."}, lines)

    statuses = []
    for e in src["corridor_status"]:
        point = Point(e["point"])
        built_from = e["marker"]
        props = card(e, sources, built_from)
        props["stage"] = e["stage"]
        statuses.append(gc.feature(props, Point(gc.rnd(point.x), gc.rnd(point.y))))
    gc.write_collection("corridor-status.geojson", {
        "title": "Corridors by date", "kind": "corridor", "order": 61,
        "credit": CREDIT,
        "source": {"package": "hand-authored (geodata/tools/lines_in_time.src.json)", "version": "1", "licence": "CC0-1.0"},
        "note": "The Lachin corridor's status and its checkpoint, each shown only for the days it held (valid_from/valid_until)."},
        statuses)


if __name__ == "__main__":
    build()
