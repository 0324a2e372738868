"""Bytes to text, refusing to guess.

Only UTF-8 (with or without a byte-order mark) and cp1252 are tried; cp1252
only when it decodes without undefined bytes or control characters, which is
what text that is not cp1252 almost always produces. Anything else fails with
a reason rather than turning into garbage that would then be hashed, stored
and coded.
"""

from __future__ import annotations

import codecs
import re

from tidings.ingest.errors import IngestError

# C0 controls other than tab, newline, carriage return and form feed; a NUL in
# "text" means a binary or UTF-16 file.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data` as declared (if that codec exists), else UTF-8, else clean cp1252."""
    for encoding in _candidates(declared):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not _CONTROL.search(text):
            return text
    raise IngestError("undecodable bytes: not UTF-8, and not clean cp1252 either")


def _candidates(declared: str | None) -> list[str]:
    names = ["utf-8-sig", "cp1252"]
    if declared:
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            return names
        # utf-8 and its look-alikes are already first; a page labelled
        # iso-8859-1 is in practice cp1252, which is tried anyway.
        if name not in ("utf-8", "latin-1", "iso8859-1", "cp1252", "ascii"):
            names.insert(0, name)
    return names
