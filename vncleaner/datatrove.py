"""A datatrove pipeline step that cleans every document with vncleaner.

Install with ``pip install "vncleaner[datatrove]"``; nothing else in vncleaner
imports this module, so datatrove is needed only by those who use it::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from vncleaner.datatrove import VnCleanerStep

    LocalPipelineExecutor(
        pipeline=[JsonlReader("pages/"), VnCleanerStep(), JsonlWriter("clean/")],
        tasks=4,
    ).run()

The step replaces ``doc.text`` with the cleaned body, stores the page's title,
date, authors and source in ``doc.metadata``, drops documents whose body is
empty, and counts what it did in the step's stats: documents kept and dropped,
and removed lines by label (``removed_nav``, ``removed_related``, ...).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

try:
    from datatrove.pipeline.base import PipelineStep
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        'vncleaner.datatrove needs datatrove: pip install "vncleaner[datatrove]"'
    ) from error

from vncleaner.document import Document
from vncleaner.normalize import ToneStyle
from vncleaner.pipeline import clean
from vncleaner.profile import Profile

# The stat counted for a document dropped because nothing of it is article body.
DROPPED_EMPTY = "dropped_empty_body"


def page_metadata(doc: Document) -> dict[str, Any]:
    """What the step adds to ``doc.metadata``: JSON-ready title, published, authors, source.

    >>> from vncleaner import clean
    >>> page_metadata(clean("Tin tức 27/01/2026 14:50\\n\\nTheo TTXVN"))
    {'title': None, 'published': '2026-01-27T14:50:00+07:00', 'authors': [], 'source': 'TTXVN'}
    """
    return {
        "title": doc.title,
        "published": doc.published.isoformat() if doc.published else None,
        "authors": list(doc.authors),
        "source": doc.source,
    }


class VnCleanerStep(PipelineStep):  # type: ignore[misc]  # datatrove ships no type hints
    """Clean Vietnamese news pages: body into ``text``, title/date/authors/source into metadata.

    ``profile`` is a learned site template (a :class:`~vncleaner.profile.Profile`
    or the path of its JSON file), for crawls of one site; ``tone`` is passed to
    :func:`vncleaner.clean`.
    """

    name = "vncleaner"
    type = "✂️ - FORMAT"

    def __init__(
        self, *, profile: Profile | str | Path | None = None, tone: ToneStyle = "keep"
    ) -> None:
        super().__init__()
        # Loaded here, in the launching process, so that a bad path fails before any task runs.
        self.profile = Profile.load(profile) if isinstance(profile, str | Path) else profile
        self.tone: ToneStyle = tone

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        """Clean each document; yield those with a body, in order."""
        for page in data or ():
            self.stat_update("total")
            with self.track_time():
                cleaned = clean(page.text, profile=self.profile, tone=self.tone)
            self._count_removed(cleaned)
            if not cleaned.paragraphs:
                self.stat_update("dropped", DROPPED_EMPTY)
                continue
            page.text = cleaned.text
            page.metadata.update(page_metadata(cleaned))
            self.stat_update("forwarded")
            self.update_doc_stats(page)
            yield page

    def _count_removed(self, cleaned: Document) -> None:
        for label, count in Counter(line.label for line in cleaned.removed).items():
            self.stat_update(f"removed_{label}", value=count)
