"""Coverage-guided fuzz targets (atheris) for ``clean``, ``normalize`` and the JSONL reader.

Run them with ``fuzz/run SECONDS``; see ``fuzz/README.md``.
"""
