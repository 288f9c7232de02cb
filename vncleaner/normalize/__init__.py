"""Stage 2: Unicode and whitespace normalisation.

Every function here maps a text to a text with exactly the same number of lines
(``"\\n"`` characters): the later stages number lines as they stood in the input.
"""

from __future__ import annotations

from vncleaner.normalize.core import Repair, normalize, normalize_report

__all__ = ["Repair", "normalize", "normalize_report"]
