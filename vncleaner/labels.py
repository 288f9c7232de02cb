"""The labels of ANNOTATION.md: what a line of a page is."""

from __future__ import annotations

from typing import Literal, get_args

Label = Literal["body", "title", "dateline", "byline", "nav", "related", "caption", "image", "slug"]
LABELS: tuple[Label, ...] = get_args(Label)
BOILERPLATE: frozenset[Label] = frozenset(LABELS) - {"body"}
