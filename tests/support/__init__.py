"""Helpers of the tests that are not tests: ``browser`` (headless Chromium for the map),
``synthetic`` (made-up events for the map at scale) and ``qgis_check`` (a script run with
the system's ``/usr/bin/python3``, where QGIS lives)."""
