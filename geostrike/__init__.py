"""geostrike: map military strikes reported in news articles.

Data flows one way through one module per stage::

    read.py        articles from .txt/.md/.html files, folders and .jsonl
    recognize.py   spaCy model + gazetteer component → PlaceMention
    resolve.py     candidates from gazetteer.py, ranked in context → ResolvedPlace
    events.py      strike triggers linked to target places (dates.py, lexicon.py) → StrikeEvent
    export.py      RFC 7946 GeoJSON
    render.py      layered folium/Leaflet map (clusters, heat map, time control, offline mode)

``models.py`` holds the frozen records, ``exceptions.py`` every error, ``pipeline.py``
composes the stages and ``cli.py`` is the thin command line at the edge.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
