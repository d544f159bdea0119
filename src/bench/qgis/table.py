#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Markdown table of a side-by-side run (side-by-side.sh): for each file and side, every round's
figures in the order run, "wall s (processor s)", and QGIS's time over Araxes's of the same round
(a processor time below the clock's 10 ms tick reads 0 and gives no ratio).

  table.py RUN.jsonl [RUN.versions]
"""
import json
import sys
from collections import defaultdict


def main(args):
    lines = [json.loads(l) for l in open(args[0]) if l.strip().startswith("{")]
    if len(args) > 1:
        for version in open(args[1]):
            print("- " + version.strip())
        print()
    by = defaultdict(lambda: defaultdict(dict))  # (count, side) -> round -> measure(+when) -> line
    for line in lines:
        key = line["measure"] + ("/" + line["when"] if "when" in line else "")
        by[(line["count"], line["side"])][line["round"]][key] = line
    counts = sorted({count for count, _ in by})
    print("| Incidents | Side | Load | One-year query (incidents) | 1920×1080 picture | Resident after load | "
          "Peak resident (VmHWM) | Whole process | Load average before |")
    print("|---:|---|---|---|---|---|---|---|---|")
    for count in counts:
        for side in ("araxes", "qgis"):
            rounds = by.get((count, side))
            if not rounds:
                continue
            cells = [[] for _ in range(7)]
            for number in sorted(rounds):
                r = rounds[number]
                process = r.get("process", {})
                if process.get("exit") not in (0, None):
                    failure = "failed (exit %s after %s s, peak %s: %s)" % (
                        process.get("exit"), process.get("seconds"), mb(process.get("maxRssKB")), process.get("lastError", ""))
                else:
                    failure = None
                load = r.get("load")
                short = load is not None and load.get("incidents") != count
                cells[0].append(timed(load, failure) + (" **only %s loaded**%s" % (
                    f"{load['incidents']:,}", ": " + load["firstProblem"] if "firstProblem" in load else "") if short else ""))
                query = r.get("query")
                cells[1].append(timed(query, failure) + (" (%s)" % f"{query['inYear']:,}" if query else ""))
                cells[2].append(timed(r.get("picture"), failure))
                cells[3].append(mb(r["memory/after load"]["vmRssKB"]) if "memory/after load" in r else "–")
                cells[4].append(mb(process.get("maxRssKB")))
                cells[5].append("%.1f s (%.1f s)" % (process["seconds"], process["cpuSeconds"]) if process.get("seconds") else "–")
                cells[6].append(process.get("loadBefore", "–").split(" ")[0])
            print("| %s | %s | %s |" % (f"{count:,}", "Araxes" if side == "araxes" else "QGIS 3.22",
                                        " | ".join(" / ".join(c) for c in cells)))
    print()
    print("QGIS's time over Araxes's in the same round, wall clock (processor time); above 1: Araxes is faster:")
    print()
    print("| Incidents | Load | One-year query | Picture |")
    print("|---:|---|---|---|")
    for count in counts:
        araxes, qgis = by.get((count, "araxes"), {}), by.get((count, "qgis"), {})
        row = []
        for measure in ("load", "query", "picture"):
            ratios = []
            for number in sorted(set(araxes) & set(qgis)):
                a, q = araxes[number].get(measure), qgis[number].get(measure)
                ratios.append(ratio(a, q, "seconds") + " (" + ratio(a, q, "cpuSeconds") + ")")
            row.append(" / ".join(ratios) or "–")
        print("| %s | %s |" % (f"{count:,}", " | ".join(row)))


def ratio(araxes, qgis, key):
    if not araxes or not qgis or araxes[key] <= 0:
        return "–"
    value = qgis[key] / araxes[key]
    return "%.0f×" % value if value >= 100 else "%.1f×" % value


def timed(line, failure):
    if line is None:
        return failure or "–"
    return "%s s (%s s)" % (seconds(line["seconds"]), seconds(line["cpuSeconds"]))


def seconds(value):
    return "%.3f" % value if value < 1 else "%.2f" % value if value < 10 else "%.1f" % value


def mb(kilobytes):
    return "–" if kilobytes in (None, "null") else "%d MB" % round(int(kilobytes) / 1024)


if __name__ == "__main__":
    main(sys.argv[1:])
