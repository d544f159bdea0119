#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Loading incidents as the first read in a fresh JVM (FirstRead: the app's reader, through the
# progress stream the app wraps a file in) against GDAL's ogr2ogr to a GeoPackage of the same file,
# in the same run, alternating, ROUNDS times, for two files of the same COUNT synthetic incidents
# with points (seed 42): the benchmark's GeoJSON and an ACLED export's CSV. Each side: wall-clock
# seconds of the whole process (JVM start included), its processor time (user + system), and the
# 1-minute load average before it. Not part of .ci/run.
#   src/bench/load-vs-gdal.sh [COUNT] [ROUNDS]     (default 1000000 incidents, 3 rounds; needs gdal-bin)
# Set SKIP_BUILD=1 to use the classes already built (target/araxes.jar and target/test-classes).
set -e
cd "$(dirname "$0")/../.."
COUNT=${1:-1000000}
ROUNDS=${2:-3}
[ -n "$SKIP_BUILD" ] || mvn -B -q -o -Pbench -DskipTests package
CP=target/test-classes:target/araxes.jar
GEOJSON=$(java -cp $CP org.araxes.bench.FirstRead write "$COUNT")
ACLED=$(java -cp $CP org.araxes.bench.FirstRead write-acled "$COUNT")
OUT=$(mktemp -d)
# one timed process: prints "<label>: <wall> s wall, <cpu> s processor (load <1-minute load>)"
timed() {
  label=$1
  shift
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S" -o "$OUT/time" "$@" > "$OUT/stdout" 2> "$OUT/stderr" || { cat "$OUT/stderr"; exit 1; }
  grep -v '^Warning' "$OUT/stdout" || true
  read -r wall user sys < "$OUT/time"
  echo "$label: $wall s wall, $(echo "$user + $sys" | bc) s processor (load $load)"
}
for FILE in "$GEOJSON" "$ACLED"; do
  echo "file: $FILE ($(du -h "$FILE" | cut -f1))"
  i=0
  while [ $i -lt "$ROUNDS" ]; do
    i=$((i + 1))
    timed "araxes round $i" java -cp $CP org.araxes.bench.FirstRead "$FILE"
    rm -f "$OUT/out.gpkg"
    case "$FILE" in
      *.csv) # GDAL's CSV driver told which columns hold the point, as for a GeoJSON it knows
        timed "ogr2ogr round $i" ogr2ogr -f GPKG -oo X_POSSIBLE_NAMES=longitude -oo Y_POSSIBLE_NAMES=latitude \
          -oo KEEP_GEOM_COLUMNS=NO "$OUT/out.gpkg" "$FILE" ;;
      *) timed "ogr2ogr round $i" ogr2ogr -f GPKG "$OUT/out.gpkg" "$FILE" ;;
    esac
  done
done
rm -rf "$OUT"
