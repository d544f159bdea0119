// SPDX-License-Identifier: GPL-3.0-or-later
// Natural Earth countries (npm world-atlas 2.0.2) to GeoJSON with topojson-client: the country
// polygons, the land, and the shared borders (mesh: each border once, exactly where both countries meet).
const fs = require("fs");
const path = require("path");
const topojson = require("topojson-client");
const [nodeModules, outDir, scale] = process.argv.slice(2);
const read = (name) => JSON.parse(fs.readFileSync(path.join(nodeModules, "world-atlas", name), "utf8"));
const countries = read("countries-" + scale + ".json");
fs.writeFileSync(path.join(outDir, "ne_countries_" + scale + ".json"),
  JSON.stringify(topojson.feature(countries, countries.objects.countries)));
fs.writeFileSync(path.join(outDir, "ne_borders_" + scale + ".json"),
  JSON.stringify(topojson.mesh(countries, countries.objects.countries, (a, b) => a !== b)));
const land = read("land-" + scale + ".json");
fs.writeFileSync(path.join(outDir, "ne_land_" + scale + ".json"),
  JSON.stringify(topojson.feature(land, land.objects.land)));
