#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Araxes and QGIS 3.22 side by side on the same synthetic incident GeoJSON files (issue 22; see
# README.md here and docs/performance.md): for each COUNT, the file is made if missing (seed 42,
# every incident with a point, in target/bench-data, never committed), then ROUNDS rounds, each
# running both sides once in a fresh process, the order swapped every round: Araxes
# (org.araxes.cli.QgisComparison) and QGIS (qgis_side.py): load, one-year query, 1920x1080 PNG
# of that year, resident memory. Every JSON line, with the round, the load average before the
# process and GNU time's whole-process figures, goes to target/qgis-side/RUN.jsonl; the Markdown
# table (table.py) to target/qgis-side/RUN.md and standard output. Not part of .ci/run.
#   src/bench/qgis/side-by-side.sh COUNT...      e.g. 10000 100000 1000000 10000000
# Environment: ROUNDS (default 2), YEAR (2020), TIMEOUT per process in seconds (7200),
# SKIP_BUILD=1 to use the classes already built. Needs: apt-get install -y qgis python3-qgis.
set -e
cd "$(dirname "$0")/../../.."
[ $# -gt 0 ] || { echo "usage: $0 COUNT..." >&2; exit 2; }
ROUNDS=${ROUNDS:-2}
YEAR=${YEAR:-2020}
TIMEOUT=${TIMEOUT:-7200}
PYTHON=/usr/bin/python3   # Debian's, which has python3-qgis (not a pyenv one)
HERE=src/bench/qgis
OUT=target/qgis-side
CP=target/test-classes:target/araxes.jar
mkdir -p "$OUT"
RUN=$OUT/run-$(date -u +%Y%m%dT%H%M%SZ)
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -B -q -o -Pbench -DskipTests package
QT_QPA_PLATFORM=offscreen $PYTHON -c 'from qgis.core import Qgis; print("QGIS", Qgis.QGIS_VERSION)' 2>/dev/null | tee "$RUN.versions"
java -version 2>&1 | head -1 | tee -a "$RUN.versions"
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB memory; $(uname -r)" | tee -a "$RUN.versions"

# one side on one file in a fresh process: its JSON lines, then one line of the whole process
side() {
  name=$1 count=$2 round=$3 file=$4
  shift 4
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "round $round, $count incidents, $name (load $load)" >&2
  set +e
  /usr/bin/time -o "$RUN.time" -f '%e %U %S %M %x' timeout "$TIMEOUT" "$@" >"$RUN.out" 2>"$RUN.err"
  set -e
  # GNU time's last line (a line before it says when the command failed or was killed)
  read -r elapsed user system maxrss code <<EOF
$(tail -n 1 "$RUN.time")
EOF
  sed "s/^{/{\"round\": $round, \"count\": $count, /" "$RUN.out" >>"$RUN.jsonl"
  printf '{"round": %s, "count": %s, "side": "%s", "file": "%s", "measure": "process", "loadBefore": "%s", "loadAfter": "%s", "seconds": %s, "cpuSeconds": %s, "maxRssKB": %s, "exit": %s, "lastError": %s}\n' \
    "$round" "$count" "$name" "$file" "$load" "$(cut -d' ' -f1-3 /proc/loadavg)" "${elapsed:-null}" \
    "$(echo "${user:-0} + ${system:-0}" | bc)" "${maxrss:-null}" "${code:-null}" \
    "$($PYTHON -c 'import json,sys; lines=[l for l in open(sys.argv[1]) if l.strip()]; print(json.dumps(lines[-1].strip() if lines else ""))' "$RUN.err")" >>"$RUN.jsonl"
}

araxes() {
  side araxes "$1" "$2" "$3" java -cp $CP org.araxes.cli.QgisComparison "$3" "$YEAR" "$OUT/araxes-$1.png"
  # the box Araxes's picture shows, which QGIS draws too
  BBOX=$(sed -n 's/.*"measure": "picture".*"bbox": "\([^"]*\)".*/\1/p' "$RUN.out")
}

qgis() {
  side qgis "$1" "$2" "$3" env QT_QPA_PLATFORM=offscreen $PYTHON $HERE/qgis_side.py "$3" "$YEAR" "$OUT/qgis-$1.png" ${BBOX:-}
}

BBOX=
for count in "$@"; do
  echo "making the file of $count incidents (if missing), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  file=$(java -cp $CP org.araxes.bench.FirstRead write "$count")
  echo "$file: $(du -h "$file" | cut -f1)" >&2
  round=1
  while [ $round -le "$ROUNDS" ]; do
    if [ $((round % 2)) = 1 ] || [ -z "$BBOX" ]; then
      araxes "$count" "$round" "$file"
      qgis "$count" "$round" "$file"
    else
      qgis "$count" "$round" "$file"
      araxes "$count" "$round" "$file"
    fi
    round=$((round + 1))
  done
done
rm -f "$RUN.out" "$RUN.err" "$RUN.time"
$PYTHON $HERE/table.py "$RUN.jsonl" "$RUN.versions" | tee "$RUN.md"
echo "lines: $RUN.jsonl; table: $RUN.md" >&2
