"""``python -m geostrike`` runs the command line interface."""

from .cli import main

main()
