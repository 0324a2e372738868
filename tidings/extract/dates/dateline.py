"""Datelines: the date a story was filed, written before the first sentence.

"INDIANAPOLIS, Ind. (Dec. 10, 2015) – Police are investigating ..." and
"KYIV, March 3 (Reuters) - ..." stamp the report, not the event: the
shooting in that lead usually happened the night before. A dateline date is
therefore a report time, and, when it is a little later than the publication
date we were given (the story was updated), it is the better base for
"Friday" and "yesterday" in the text.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tidings.extract.context import ArticleContext

# After the date: an optional closing bracket, an optional agency in brackets,
# then the dash that ends every dateline.
_AFTER = re.compile(r"\s*\)?\s*(?:\([A-Za-z .&/-]{1,30}\)\s*)?(?:--|[-–—])")
_PREFIX_MAX = 60  # "WAUWATOSA, Wis. (" or "ST. LOUIS COUNTY, MO (KTVI)": a place, never a clause
UPDATE_SLACK_DAYS = 2
_PLACE_WORD = r"(?:[A-ZÀ-Þ][\w'’.-]*|d[aeo]s?|del|la|el|al|of|upon|on)"
_PLACE = re.compile(rf"{_PLACE_WORD}(?:[ ,]+{_PLACE_WORD}){{0,6}},")


def is_dateline(text: str, start: int, end: int, body_start: int = 0) -> bool:
    """True when text[start:end] is the date of a dateline (offsets index `text`).

    `body_start` is where the body begins after a headline the text was given
    glued to it ("... | Fox 59BEECH GROVE, Ind. (December 5, 2015) – "): a
    line starts there too.
    """
    if not _AFTER.match(text, end):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if line_start <= body_start <= start:
        line_start = body_start
    prefix = text[line_start:start]
    if len(prefix) > _PREFIX_MAX or re.search(r"[.!?]\s+[A-Z][a-z]+\s+[a-z]", prefix):
        return False  # a sentence ends before it: the date sits inside running text
    stripped = prefix.rstrip()
    if not stripped or re.search(r"[A-Z]{3,}|\($", stripped):
        return True
    # "Mocímboa da Praia, 14 Sep (NN) -": a place name opening the text, in title case
    return line_start in (0, body_start) and bool(_PLACE.fullmatch(stripped))


def base_from_dateline(published: date | None, stamped: date | None) -> date | None:
    """The date relative words refer to: a dateline a day or two after publication wins."""
    if published is None:
        return stamped
    if stamped is not None and 0 < (stamped - published).days <= UPDATE_SLACK_DAYS:
        return stamped
    return published


def body_start(ctx: "ArticleContext") -> int:
    """Where the body begins: after the headline when the text opens with it, else 0.

    Scraped text often glues the headline to the lead ("... | Fox 59BEECH
    GROVE, Ind. (...) –"), so that one sentence holds both.
    """
    title = ctx.article.title.strip()
    return len(title) if title and ctx.text.startswith(title) else 0
