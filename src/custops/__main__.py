"""``python -m custops`` runs the ``custops`` command."""

from __future__ import annotations

import sys

from custops.cli import main

if __name__ == "__main__":
    sys.exit(main())
