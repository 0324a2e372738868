"""Publication dates stated in the text itself, for inputs with no metadata.

Plain-text files and pasted stories often carry a date stamp near the top:
"11/01/2022 - 14:32 | International", "Posted: March 10, 2024 | By ...",
"Brussels, 6 August 2024". Only such stand-alone lines among the first few
paragraphs count, and only full dates with a year: a date inside a sentence
is usually when something happened, not when it was published.

Numeric dates are read day first (11/01/2022 is 11 January), as international
news outlets write them.
"""

from __future__ import annotations

import re
from datetime import date

from tidings.ingest.dates import parse_published

SEARCHED_PARAGRAPHS = 3
MAX_DATELINE_CHARS = 120

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE = (
    rf"(?P<date>\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|{_WEEKDAY}{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|{_WEEKDAY}\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
)
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4}\b)?)?"
# Optional label or place before the date; after it, only a separator and more stamp.
_DATELINE = re.compile(
    rf"^(?:(?:posted|published|updated|last updated|date)(?: on)?\s*:?\s*"
    rf"|[A-Z][\w .'-]{{0,40}},\s*)?{_DATE}{_TIME}(?:\s*(?:[-|–—,•]|\(|$).*)?$",
    re.IGNORECASE,
)


def dateline_date(text: str) -> date | None:
    """The date of a date-stamp line near the top of cleaned text, if any."""
    for paragraph in text.split("\n\n")[:SEARCHED_PARAGRAPHS]:
        if len(paragraph) > MAX_DATELINE_CHARS or paragraph.endswith("."):
            continue
        match = _DATELINE.match(paragraph)
        if match:
            found = parse_published(re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", match["date"]))
            if found is not None:
                return found
    return None
