"""Load geostrike exports in headless QGIS and render them (run with /usr/bin/python3).

Usage: ``QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/support/qgis_check.py EVENTS.geojson EVENTS.gpkg OUT.png [STYLE.qml]``
or ``… qgis_check.py --layers URI…`` (only :func:`describe` of each OGR layer URI, by URI).

Prints one JSON object: ``gdal`` (GDAL's version), ``layers`` (``geojson``, ``gpkg_events``,
``gpkg_places``, and ``vrt`` when an ``.vrt`` of the same name lies beside EVENTS.geojson:
valid, crs, featureCount, fields {name: typeName}, and the renderer QGIS gave the layer on
loading it; the ``vrt`` also its ``values`` {name: [value of each feature]}), ``styled`` (the
GeoJSON layer's renderer after loading ``STYLE.qml``, its fields then, and the non-white
pixels of its render) and ``render`` (png, size, nonwhite and red pixel counts, how many
distinct event points have a red pixel at their centre, and the non-white count of a render
without layers). It uses only QGIS's (and GDAL's) own Python bindings, not geostrike, so
that it runs outside geostrike's interpreter.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
    NULL,
)
from osgeo import gdal  # noqa: E402  (python3-gdal: a dependency of python3-qgis)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor, QImage  # noqa: E402

SIZE = (800, 600)


def renderer(layer: QgsVectorLayer) -> dict:
    """The layer's renderer: type, and for a categorised one its field, categories, and each
    category's marker shape and data-defined size expression."""
    r = layer.renderer()
    out = {"type": r.type() if r else None}
    if r is not None and r.type() == "categorizedSymbol":
        categories = r.categories()  # keep the list: the symbols belong to it
        out["attr"] = r.classAttribute()
        out["categories"] = [c.value() for c in categories]
        symbols = [c.symbol().symbolLayer(0) for c in categories]
        out["shapes"] = [int(s.shape()) for s in symbols]
        props = [s.dataDefinedProperties().property(QgsSymbolLayer.PropertySize) for s in symbols]
        out["size"] = [p.expressionString() if p.isActive() else None for p in props]
    return out


def describe(layer: QgsVectorLayer) -> dict:
    """Validity, CRS, feature count, field types and renderer of ``layer``."""
    return {"valid": layer.isValid(), "crs": layer.crs().authid(), "featureCount": layer.featureCount(),
            "fields": {f.name(): f.typeName() for f in layer.fields()}, "renderer": renderer(layer)}


def values(layer: QgsVectorLayer) -> dict:
    """Every feature's value of every field, by field name (null as None, else as JSON)."""
    names = [f.name() for f in layer.fields()]
    out: dict = {n: [] for n in names}
    for feature in layer.getFeatures():
        for n in names:
            v = feature[n]
            out[n].append(None if v == NULL else v if isinstance(v, (bool, int, float, str)) else str(v))
    return out


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


def main(geojson: str, gpkg: str, png: str, qml: str | None = None) -> dict:
    events_json = QgsVectorLayer(geojson, "events", "ogr")
    events = QgsVectorLayer(f"{gpkg}|layername=events", "events", "ogr")
    places = QgsVectorLayer(f"{gpkg}|layername=places", "places", "ogr")
    out: dict = {"gdal": gdal.__version__, "layers": {"geojson": describe(events_json), "gpkg_events": describe(events),
                                                     "gpkg_places": describe(places)}}
    vrt = Path(geojson).with_suffix(".vrt")
    if vrt.exists():  # loaded as a user would: the .qml of the same name beside it is its default style
        layer = QgsVectorLayer(str(vrt), "events", "ogr")
        out["layers"]["vrt"] = {**describe(layer), "values": values(layer)}
    if not events.isValid():
        return out
    if qml:
        message, ok = events_json.loadNamedStyle(qml)
        extent = events_json.extent().buffered(1.0)
        image, _ = render([events_json], extent, png.replace(".png", "-styled.png"))
        out["styled"] = {"ok": ok, "message": message, "renderer": renderer(events_json),
                         "fields": {f.name(): f.typeName() for f in events_json.fields()},
                         "nonwhite": pixels(image)[0]}
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
    if len(sys.argv) not in (4, 5) and sys.argv[1:2] != ["--layers"]:
        sys.exit(__doc__)
    app = QgsApplication([], False)
    app.setPrefixPath("/usr", True)
    app.initQgis()
    if sys.argv[1] == "--layers":
        result = {"gdal": gdal.__version__,
                  "layers": {uri: describe(QgsVectorLayer(uri, "layer", "ogr")) for uri in sys.argv[2:]}}
    else:
        result = main(*sys.argv[1:])
    print(json.dumps(result, sort_keys=True), flush=True)
    app.exitQgis()
