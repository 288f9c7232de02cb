"""vncleaner: clean article text out of scraped Vietnamese news pages.

>>> from vncleaner import clean
>>> doc = clean("Chính trị\\n\\nHà Nội đón đoàn đại biểu cấp cao nước bạn\\n\\n"
...             "Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng.\\n\\nĐọc thêm")
>>> doc.title
'Hà Nội đón đoàn đại biểu cấp cao nước bạn'
>>> doc.paragraphs == ["Sáng nay, Hà Nội đã đón đoàn đại biểu cấp cao nước bạn tại sân bay quốc tế Nội Bài, mở đầu chuyến thăm chính thức kéo dài ba ngày với nhiều hoạt động quan trọng."]
True
>>> [(line.label, line.rule) for line in doc.removed]
[('nav', 'header'), ('title', 'headline'), ('nav', 'list-header')]
"""

from __future__ import annotations

from vncleaner.document import Document, Line
from vncleaner.labels import LABELS, Label
from vncleaner.normalize import Repair, normalize
from vncleaner.pipeline import clean, clean_text

__all__ = [
    "LABELS",
    "Document",
    "Label",
    "Line",
    "Repair",
    "clean",
    "clean_text",
    "normalize",
]
__version__ = "0.1.0"
