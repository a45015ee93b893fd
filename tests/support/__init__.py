"""Helpers of the tests that are not tests: ``browser`` (headless Chromium for the map) and
``qgis_check`` (a script run with the system's ``/usr/bin/python3``, where QGIS lives)."""
