"""The one exception readers raise for a whole input that cannot be read."""

from __future__ import annotations


class IngestError(Exception):
    """A file (or stream) that yields no articles at all; becomes an IngestFailure."""
