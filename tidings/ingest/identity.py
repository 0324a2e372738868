"""Article identity: the same story gets the same id wherever it came from.

The store decides whether a re-ingested article is new from this id alone, so
it ignores what files and extractors vary in (letter case, whitespace, curly
against straight quotes) and nothing else.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

ID_LENGTH = 32  # hex digits: 128 bits, plenty against accidental collisions

_SINGLE_QUOTES = re.compile(r"[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]")
_DOUBLE_QUOTES = re.compile(r"[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]")
_WHITESPACE = re.compile(r"\s+")


def normalise_for_id(text: str) -> str:
    """The form of `text` that is hashed."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _SINGLE_QUOTES.sub("'", text)
    text = _DOUBLE_QUOTES.sub('"', text)
    return _WHITESPACE.sub(" ", text).strip()


def article_id(text: str) -> str:
    """A 32-hex-digit content hash of the normalised text."""
    digest = hashlib.sha256(normalise_for_id(text).encode("utf-8"))
    return digest.hexdigest()[:ID_LENGTH]
