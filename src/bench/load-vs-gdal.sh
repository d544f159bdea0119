#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Loading an incident GeoJSON as the first read in a fresh JVM (FirstRead) against GDAL's
# ogr2ogr to a GeoPackage of the same file, in the same run, alternating, ROUNDS times; wall-clock
# seconds of each whole process (JVM start included) and the load average. Not part of .ci/run.
#   src/bench/load-vs-gdal.sh [COUNT] [ROUNDS]     (default 1000000 incidents, 3 rounds; needs gdal-bin)
set -e
cd "$(dirname "$0")/../.."
COUNT=${1:-1000000}
ROUNDS=${2:-3}
mvn -B -q -o -Pbench -DskipTests package
CP=target/test-classes:target/araxes.jar
FILE=$(java -cp $CP org.araxes.bench.FirstRead write "$COUNT")
echo "file: $FILE ($(du -h "$FILE" | cut -f1))"
OUT=$(mktemp -d)
i=0
while [ $i -lt "$ROUNDS" ]; do
  i=$((i + 1))
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  start=$(date +%s.%N)
  java -cp $CP org.araxes.bench.FirstRead "$FILE"
  echo "araxes round $i: $(echo "$(date +%s.%N) - $start" | bc) s (process)"
  rm -f "$OUT/out.gpkg"
  start=$(date +%s.%N)
  ogr2ogr -f GPKG "$OUT/out.gpkg" "$FILE"
  echo "ogr2ogr round $i: $(echo "$(date +%s.%N) - $start" | bc) s (process)"
done
rm -rf "$OUT"
