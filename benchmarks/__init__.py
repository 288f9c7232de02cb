"""Benchmarks and the same-labels check; run as ``python -m benchmarks.<module>``."""
