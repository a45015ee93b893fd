"""Load geostrike exports in headless QGIS and render them (run with /usr/bin/python3).

Usage: ``QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/qgis_check.py EVENTS.geojson EVENTS.gpkg OUT.png``

Prints one JSON object: ``layers`` (``geojson``, ``gpkg_events``, ``gpkg_places``: valid,
crs, featureCount, fields {name: typeName}) and ``render`` (png, size, nonwhite and red
pixel counts, how many distinct event points have a red pixel at their centre, and the
non-white count of a render without layers). It uses only QGIS's own Python bindings,
not geostrike, so that it runs outside geostrike's interpreter.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor, QImage  # noqa: E402

SIZE = (800, 600)


def describe(layer: QgsVectorLayer) -> dict:
    """Validity, CRS, feature count and field types of ``layer``."""
    return {"valid": layer.isValid(), "crs": layer.crs().authid(), "featureCount": layer.featureCount(),
            "fields": {f.name(): f.typeName() for f in layer.fields()}}


def render(layers: list[QgsVectorLayer], extent, path: str | None = None) -> tuple[QImage, QgsMapSettings]:
    """Render ``layers`` (first on top) over ``extent`` on white; save to ``path`` if given."""
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    settings.setOutputSize(QSize(*SIZE))
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(extent)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage().convertToFormat(QImage.Format_RGB32)
    if path:
        image.save(path, "PNG")
    return image, settings


def pixels(image: QImage) -> tuple[int, int]:
    """Counts of non-white and of red (marker) pixels."""
    nonwhite = red = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if (c.red(), c.green(), c.blue()) != (255, 255, 255):
                nonwhite += 1
                red += c.red() > 200 and c.green() < 80 and c.blue() < 80
    return nonwhite, red


def main(geojson: str, gpkg: str, png: str) -> dict:
    events_json = QgsVectorLayer(geojson, "events", "ogr")
    events = QgsVectorLayer(f"{gpkg}|layername=events", "events", "ogr")
    places = QgsVectorLayer(f"{gpkg}|layername=places", "places", "ogr")
    out: dict = {"layers": {"geojson": describe(events_json), "gpkg_events": describe(events),
                            "gpkg_places": describe(places)}}
    if not events.isValid():
        return out
    events.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": "255,0,0", "outline_color": "255,0,0", "size": "4"})))
    places.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "square", "color": "0,0,255", "outline_color": "0,0,255", "size": "6"})))
    extent = events.extent()
    extent = extent.buffered(max(extent.width(), extent.height(), 1.0) * 0.1)
    image, settings = render([events, places], extent, png)
    nonwhite, red = pixels(image)
    to_pixel = settings.mapToPixel()
    centres = set()
    for feature in events.getFeatures():
        p = to_pixel.transform(QgsPointXY(feature.geometry().asPoint()))
        centres.add((round(p.x()), round(p.y())))
    hits = sum(QColor(image.pixel(x, y)).red() > 200 and QColor(image.pixel(x, y)).green() < 80
               for x, y in centres if 0 <= x < SIZE[0] and 0 <= y < SIZE[1])
    out["render"] = {"png": png, "size": list(SIZE), "nonwhite": nonwhite, "red": red,
                     "points": len(centres), "points_hit": hits, "empty_nonwhite": pixels(render([], extent)[0])[0]}
    return out


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    app = QgsApplication([], False)
    app.setPrefixPath("/usr", True)
    app.initQgis()
    result = main(*sys.argv[1:])
    print(json.dumps(result, sort_keys=True), flush=True)
    app.exitQgis()
