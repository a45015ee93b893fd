"""Hand-written sources of the geostrike event corpus (see ../README.md)."""
