#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The QGIS side of the table beside Araxes (issue 22): QGIS 3.22 (Debian's qgis and python3-qgis)
through PyQGIS with no display, on one incident GeoJSON, in this one fresh process:

  load     QgsVectorLayer over the ogr provider (nested members flattened, so the dates are the
           Date fields date_start and date_end), then one pass over every feature with its
           geometry and attributes: what the first draw of the whole layer pulls from the provider
           before anything is shown, and what Araxes's reader reads;
  query    the incidents whose dates overlap one calendar year (date_start <= Dec 31 and
           date_end >= Jan 1, as Araxes's timeline window counts them): a QgsFeatureRequest with
           that filter expression, no geometry, no attributes, counted;
  picture  the layer filtered to that year (its subset string), drawn at 1920x1080 in Web Mercator
           over BBOX (lon/lat; the box Araxes's picture of the same run shows, which its
           QgisComparison prints; without it Araxes's home box 43.5,36.5,50.5,42.0, fitted) by
           QgsMapRendererParallelJob (what the map canvas uses), written as PNG;
  memory   VmRSS and VmHWM of /proc/self/status after the load and at the end.

Prints one JSON line per measurement: "seconds" is wall-clock, "cpuSeconds" the process's
processor time (every thread). Not part of CI; src/bench/qgis/side-by-side.sh runs it.

  QT_QPA_PLATFORM=offscreen /usr/bin/python3 src/bench/qgis/qgis_side.py FILE YEAR OUT.png [BBOX]
"""
import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# the region drawn without BBOX, in degrees: Araxes's MapState.HOME, what `araxes export` fits by default
REGION = "43.5,36.5,50.5,42.0"


class Measure:
    def __init__(self, file):
        self.file = file
        self.start()

    def start(self):
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def print(self, what, **fields):
        line = {"side": "qgis", "file": self.file, "measure": what,
                "seconds": round(time.perf_counter() - self.wall, 3),
                "cpuSeconds": round(time.process_time() - self.cpu, 3)}
        line.update(fields)
        print(json.dumps(line), flush=True)

    def memory(self, when):
        status = {}
        with open("/proc/self/status") as f:
            for row in f:
                key, _, value = row.partition(":")
                status[key] = value.strip()
        print(json.dumps({"side": "qgis", "file": self.file, "measure": "memory", "when": when,
                          "vmRssKB": int(status["VmRSS"].split()[0]),
                          "vmHwmKB": int(status["VmHWM"].split()[0])}), flush=True)


def main(args):
    if len(args) not in (3, 4):
        sys.exit("usage: qgis_side.py FILE YEAR OUT.png [minLon,minLat,maxLon,maxLat]")
    path, year, png = args[0], int(args[1]), args[2]
    box = [float(v) for v in (args[3] if len(args) == 4 else REGION).split(",")]
    measure = Measure(path)

    from qgis.core import (Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,
                           QgsFeatureRequest, QgsMapRendererParallelJob, QgsMapSettings, QgsMarkerSymbol,
                           QgsProject, QgsRectangle, QgsVectorLayer)
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor
    app = QgsApplication([], False)
    app.initQgis()
    measure.print("start", note="PyQGIS imported and QgsApplication initialised", version=Qgis.QGIS_VERSION)

    measure.start()
    layer = QgsVectorLayer(path + "|option:FLATTEN_NESTED_ATTRIBUTES=YES", "incidents", "ogr")
    if not layer.isValid():
        sys.exit("qgis_side.py: " + path + ": QGIS cannot open this file as a vector layer")
    features = 0
    for feature in layer.getFeatures():
        features += 1
    measure.print("load", incidents=features, fields=len(layer.fields()))
    measure.memory("after load")

    year_filter = "\"date_start\" <= '%d-12-31' AND \"date_end\" >= '%d-01-01'" % (year, year)
    measure.start()
    request = QgsFeatureRequest().setFilterExpression(year_filter)
    request.setFlags(QgsFeatureRequest.NoGeometry).setNoAttributes()
    count = sum(1 for _ in layer.getFeatures(request))
    measure.print("query", year=year, inYear=count)

    measure.start()
    layer.setSubsetString(year_filter)
    layer.setRenderer(layer.renderer().clone())
    layer.renderer().setSymbol(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "#d7301f", "outline_color": "#000000", "size": "2"}))
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    to_mercator = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), mercator, QgsProject.instance())
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(mercator)
    settings.setOutputSize(QSize(1920, 1080))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(to_mercator.transformBoundingBox(QgsRectangle(*box)))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    if not image.save(png, "PNG"):
        sys.exit("qgis_side.py: cannot write " + png)
    measure.print("picture", width=image.width(), height=image.height(), png=png,
                  pngBytes=os.path.getsize(png), errors=len(job.errors()), bbox=",".join(str(v) for v in box))
    measure.memory("at end")
    del job, layer  # before exitQgis, else PyQGIS crashes on the way out
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1:])
