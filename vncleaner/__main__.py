"""``python -m vncleaner``: see :mod:`vncleaner.cli`."""

import sys

from vncleaner.cli import main

sys.exit(main())
