"""Case-insensitive patterns, scanned cheaply.

Python's `re` checks every character both ways under IGNORECASE, and the
figure and date rules run their long case-insensitive patterns over every
sentence of every article, where most find nothing. `CaseFree` scans the
lower-cased text with a lower-cased, case-sensitive copy of the pattern
(about three times faster), and where that copy finds a start it lets the
original pattern match from there on the original text. The matches are
the original pattern's own, with the original text and offsets; the copy
only says where to look, so a start it finds that the original rejects
costs time, never a result.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# an escape or a named group's "(?P" (kept as written: \D is not \d), or a
# capital letter (lowered)
_PIECE = re.compile(r"\\.|\(\?P|[A-Z]")
# "(?i)", "(?-i:...)": inline flags could switch case back on for a part
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")




def _odd_letters() -> re.Pattern[str]:
    """Letters that IGNORECASE pairs with another whose lower case differs
    (dotless i and long s with ASCII i and s, and some Greek and Cyrillic
    forms): the scout would miss them, so texts holding one take the slow way."""
    letters = {"\u0131", "\u017f"}
    try:
        from re import _casefix  # the table re itself uses (Python 3.11+)

        letters |= {chr(code) for code in _casefix._EXTRA_CASES}
    except (ImportError, AttributeError):
        pass
    return re.compile("[" + "".join(sorted(letters)) + "]")


_ODD = _odd_letters()


# the last text lowered: one sentence meets many patterns in a row (a tuple,
# so a reader in another thread never sees one text with another's lower case)
_last: tuple[str, str | None] = ("", "")


def _scoutable(text: str) -> str | None:
    """The lower-cased text, or None where a scout cannot be used: an odd
    letter (see _odd_letters), or a letter whose lower case is longer, which
    would shift every offset after it."""
    global _last
    seen, lower = _last
    if seen is text:
        return lower
    if not text.isascii() and _ODD.search(text):
        lower = None
    else:
        lower = text.lower()
        lower = lower if len(lower) == len(text) else None
    _last = (text, lower)
    return lower


def _lowered(pattern: str) -> str:
    return _PIECE.sub(lambda m: m.group() if len(m.group()) > 1 else m.group().lower(), pattern)


class CaseFree:
    """An IGNORECASE pattern with the same `search` and `finditer` results."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scout: re.Pattern[str] | None = None
        if pattern.flags & re.IGNORECASE and not _INLINE_FLAGS.search(pattern.pattern):
            self.scout = re.compile(_lowered(pattern.pattern), pattern.flags & ~re.IGNORECASE)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        lower = self._lower(text)
        if lower is None:
            return self.pattern.search(text, pos)
        return self._next(text, lower, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lower = self._lower(text)
        if lower is None:
            yield from self.pattern.finditer(text)
            return
        pos = 0
        while True:
            m = self._next(text, lower, pos)
            if m is None:
                return
            if m.end() == m.start():  # empty matches: leave finditer's rules to re
                yield from self.pattern.finditer(text, m.start())
                return
            yield m
            pos = m.end()

    def _lower(self, text: str) -> str | None:
        if self.scout is None:
            return None
        return _scoutable(text)

    def _next(self, text: str, lower: str, pos: int) -> re.Match[str] | None:
        assert self.scout is not None
        hint = self.scout.search(lower, pos)
        if hint is None:
            return None
        return self.pattern.search(text, hint.start())
