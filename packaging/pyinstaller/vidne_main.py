"""PyInstaller's entry script: the same ``main`` as the ``vidne`` console script."""

import sys

from vidne.ui.main import main

if __name__ == "__main__":
    sys.exit(main())
