"""Finding time expressions in text and resolving them against a base date.

Pure regular expressions and date arithmetic: no spaCy, no dateparser. The
rules that say which expression dates which event live in `assign.py`.

A `TimeExpr` is either resolved on its own (an explicit date, or a relative
one given the base date) or *anchored*: "three days after X" and "a week
later" only mean something once we know the date of X or of the narrative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tidings.extract.casefree import CaseFree
from tidings.extract.numbers import parse_number
from tidings.records import EventDate, Precision

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2,
    "wed": 2, "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}

# Month names are matched case-sensitively (capitalised) so that "may" the verb
# and "march" the protest never read as months.
_MON = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_WD = (
    r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday"
    r"|Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night|overnight|noon|midday))?"
# Event nouns a bare "weekend" may qualify ("weekend shooting"): a weekend gone by.
_INCIDENT_NOUNS = (
    r"shootings?|violence|attacks?|homicides?|killings?|stabbings?|crash|fire|rampage|clash(?:es)?"
    r"|raids?|protests?|rall(?:y|ies)|riots?|robber(?:y|ies)|murders?|gunfire|standoff"
)
# Fixed-date holidays news dates things by, and the US ones that float.
HOLIDAYS = {
    "christmas": (12, 25), "new year's": (1, 1), "new year": (1, 1), "halloween": (10, 31),
    "valentine's": (2, 14), "independence": (7, 4), "fourth of july": (7, 4), "july fourth": (7, 4),
    "thanksgiving": None, "memorial": None, "labor": None,
}
_HOLIDAY = (
    r"Christmas|New\s+Year['’]s|New\s+Year(?=\s+[Ee]ve)|Halloween|Valentine['’]s(?=\s+[Dd]ay)"
    r"|Independence(?=\s+[Dd]ay)|Fourth\s+of\s+July|July\s+(?:Fourth|4th)|Thanksgiving"
    r"|Memorial(?=\s+[Dd]ay)|Labor(?=\s+[Dd]ay)"
)
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|couple\s+of)"
_UNIT = r"(?:days?|weeks?|fortnights?|months?|years?)"

_PATTERNS: list[tuple[str, str]] = [
    ("range_dm", rf"\b(?:from\s+|between\s+)?(?P<d1>{_DAY})\s*(?:-|–|to|and|until|till)\s*(?P<d2>{_DAY})(?:\s+of)?\s+(?P<mon>{_MON})(?:,?\s+(?P<year>{_YEAR}))?\b"),
    ("range_md", rf"\b(?:from\s+|between\s+)?(?P<mon>{_MON})\s+(?P<d1>{_DAY})\s*(?:-|–|to|and|until|till|through)\s*(?P<d2>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?\b"),
    ("iso", r"\b(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"),
    ("d_mon_y", rf"\b(?P<day>[12]\d|3[01]|0?[1-9])-(?P<mon>{_MON})-(?P<year>\d\d(?:\d\d)?)\b"),
    ("numeric", r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)?\d\d)(?![\d./]*\d)"),
    ("dmy", rf"(?:\b(?P<wd>{_WD}),?\s+)?\b(?:the\s+)?(?P<day>{_DAY})(?:\s+of)?\s+(?P<mon>{_MON})(?:,?\s+(?P<year>{_YEAR}))?\b"),
    ("mdy", rf"(?:\b(?P<wd>{_WD}),?\s+)?\b(?P<mon>{_MON})\s+(?P<day>{_DAY})\b(?!\s*(?:-|–|to|through)\s*\d)(?:,?\s+(?P<year>{_YEAR})\b)?"),
    ("day_of_month", rf"\b(?:on\s+)?the\s+(?P<day>{_DAY})(?:\s+of\s+(?:this|the)\s+month|\s+of\s+last\s+month(?P<last>))?\b"),
    # A day after the month makes it a full date ("the morning of Dec. 26"), which mdy reads.
    ("month_year", rf"\b(?:(?i:in|since|during|by|until|of)\s+)?(?:(?P<last>(?i:last|this\s+past))\s+)?(?:(?i:early|mid|late)[-\s]+)?(?P<mon>{_MON})(?!\.?\s*{_DAY}\b)(?:,?\s+(?P<year>{_YEAR}))?\b"),
    ("ago", rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+ago\b"),
    ("anchored", rf"\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>later|after|before|earlier|afterwards|prior\s+to|since)\b"),
    ("next_day", r"\b(?:the\s+)?(?P<which>next|following|previous|preceding)\s+(?P<unit>day|morning|afternoon|evening|night|week|month)\b"),
    # "within a day" counts on from the day just told, as "the day after" does
    ("day_rel", r"\b(?:the\s+)?day\s+(?P<dir>before|after)(?!\s+(?:yesterday|tomorrow))\b|\bwithin\s+(?:a|one)\s+day\b"),
    ("same_day", r"\b(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night)\b|\bthe\s+same\s+day\b|\bthat\s+(?:day|morning|afternoon|evening|night)\b"),
    ("holiday", rf"\b(?:(?:[Tt]he\s+)?(?P<part>day|morning|afternoon|evening|night)\s+(?P<dir>after|before)\s+)?(?P<name>{_HOLIDAY})(?P<tail>\s+(?:[Dd]ay|[Ee]ve))?\b"),
    ("weekday", rf"\b(?:(?P<rel>(?i:last|this|next|this\s+coming|coming|on|past|late|early))\s+)?(?P<wd>{_WD})(?!\s*,?\s*(?:{_MON}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}))(?P<part>{_PART})\b"),
    ("rel_day", r"\b(?P<w>the\s+day\s+before\s+yesterday|day\s+before\s+yesterday|yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night|overnight|earlier\s+today|today|tonight|this\s+(?:morning|afternoon|evening)|tomorrow|the\s+day\s+after\s+tomorrow)\b"),
    ("rel_week", r"\b(?P<w>earlier\s+(?:this|in\s+the)\s+week|this\s+week|last\s+week|past\s+week|next\s+week|later\s+this\s+week|this\s+weekend|last\s+weekend|(?:this\s+)?past\s+weekend|next\s+weekend"
     rf"|(?:over|during|on|at|across|throughout)\s+the\s+weekend|weekend(?=\s+(?:{_INCIDENT_NOUNS})\b))\b"),
    ("rel_month", r"\b(?P<w>earlier\s+this\s+month|this\s+month|last\s+month|past\s+month|next\s+month|later\s+this\s+month)\b"),
    ("rel_year", r"\b(?P<w>earlier\s+this\s+year|this\s+year|last\s+year|past\s+year|next\s+year)\b"),
    ("year", rf"\b(?:in|since|during|by|of|until)\s+(?P<year>{_YEAR})\b"),
]
_CASELESS = {
    "ago", "anchored", "next_day", "day_rel", "same_day", "rel_day", "rel_week",
    "rel_month", "rel_year", "day_of_month", "year",
}
_COMPILED = [
    (name, re.compile(rx, re.IGNORECASE if name in _CASELESS else 0)) for name, rx in _PATTERNS
]
_SCANS = [(name, CaseFree(rx)) for name, rx in _COMPILED]  # every sentence is scanned: see casefree


@dataclass
class TimeExpr:
    """One time expression; `start`/`end` index the article text."""

    kind: str
    start: int
    end: int
    text: str
    fields: dict[str, str | None]
    bound: str = ""  # "until" or "since" when the expression only limits a span ("stay until Friday")

    @property
    def anchored(self) -> bool:
        return self.kind in ("anchored", "next_day", "day_rel", "same_day")

    def shift_days(self) -> int | None:
        """Signed offset from the anchor for anchored expressions."""
        f = self.fields
        if self.kind == "same_day":
            return 0
        if self.kind == "day_rel":
            return -1 if (f.get("dir") or "").lower() == "before" else 1
        if self.kind == "next_day":
            step = 7 if (f.get("unit") or "").lower() == "week" else 30 if (f.get("unit") or "").lower() == "month" else 1
            return step if (f.get("which") or "").lower() in ("next", "following") else -step
        if self.kind == "anchored":
            days = _unit_days(f)
            if days is None:
                return None
            back = (f.get("dir") or "").lower() in ("before", "earlier") or (f.get("dir") or "").lower().startswith("prior")
            return -days if back else days
        return None

    def shift_unit(self) -> str:
        unit = (self.fields.get("unit") or "day").lower().rstrip("s")
        return unit


# Cheap checks that rule a pattern out before its regex runs (most sentences
# hold no date at all, and this runs on every sentence of every article).
_MONTH_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_WORD_HINTS: dict[str, tuple[str, ...]] = {
    "ago": ("ago",),
    "anchored": ("later", "after", "before", "earlier", "prior", "since"),
    "next_day": ("next", "following", "previous", "preceding"),
    "day_rel": ("day ", "within"),
    "same_day": ("that ", "same day"),
    "weekday": ("day", "mon", "tue", "wed", "thu", "fri", "sat", "sun"),
    "holiday": ("christmas", "new year", "halloween", "valentine", "independence", "july", "thanksgiving", "memorial", "labor"),
    "rel_day": ("yesterday", "night", "today", "tonight", "this ", "tomorrow"),
    "rel_week": ("week",),
    "rel_month": ("month",),
    "rel_year": ("year",),
}
_ALL_HINTS = frozenset(h for hints in _WORD_HINTS.values() for h in hints)
_DIGIT = re.compile(r"\d")
_NEEDS_DIGIT = {"range_dm", "range_md", "iso", "d_mon_y", "numeric", "dmy", "mdy", "day_of_month", "year"}


def _gate(name: str) -> tuple[bool, bool, frozenset[str] | None]:
    """What a text needs before the pattern is worth running: a digit, a month name, one of its words."""
    if name in _NEEDS_DIGIT:
        return True, name not in ("iso", "numeric", "day_of_month", "year"), None
    if name == "month_year":
        return False, True, None
    hints = _WORD_HINTS.get(name)
    return False, False, frozenset(hints) if hints else None


_GATED = [(name, scan, *_gate(name)) for name, scan in _SCANS]  # decided once, not per sentence


def find_expressions(text: str, offset: int = 0) -> list[TimeExpr]:
    """Non-overlapping time expressions in `text`, leftmost-longest, in order."""
    found: list[TimeExpr] = []
    lower = text.lower()
    present = {hint for hint in _ALL_HINTS if hint in lower}  # each hint looked up once per text
    digit = _DIGIT.search(text) is not None
    month = bool(_MONTH_HINT.search(text))
    if not (present or digit or month):
        return found  # most sentences name no time at all
    for name, rx, needs_digit, needs_month, hints in _GATED:
        if (needs_digit and not digit) or (needs_month and not month) or (hints is not None and present.isdisjoint(hints)):
            continue
        for m in rx.finditer(text):
            if _rejected(name, m, text):
                continue
            found.append(TimeExpr(name, offset + m.start(), offset + m.end(), m.group(0), m.groupdict()))
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    kept: list[TimeExpr] = []
    for expr in found:
        if kept and expr.start < kept[-1].end:
            continue
        kept.append(expr)
    merged = _merge_weekday_dates(kept, text, offset)
    for expr in merged:
        if not expr.anchored:
            expr.bound = _bound(text, expr.start - offset, expr.text)
    return merged


# A limit is no date of the event: "vowed to stay until Friday", "must resign
# by Tuesday" (a deadline reads as an end), "the worst clashes since Monday".
_LIMIT_BEFORE = re.compile(r"\b(until|till|through|by|since)\s+(?:the\s+)?$", re.IGNORECASE)
_LIMIT_INSIDE = re.compile(r"(until|by|since)\s", re.IGNORECASE)  # "since March", "by 2020" carry their word
_LIMITS = {"until": "until", "till": "until", "through": "until", "by": "until", "since": "since"}


def _bound(text: str, start: int, expr_text: str) -> str:
    m = _LIMIT_INSIDE.match(expr_text) or _LIMIT_BEFORE.search(text, max(0, start - 12), start)
    return _LIMITS[m.group(1).lower()] if m else ""


_EXPLICIT = ("dmy", "mdy", "iso", "numeric", "d_mon_y")


def _merge_weekday_dates(exprs: list[TimeExpr], text: str, offset: int) -> list[TimeExpr]:
    """'Saturday evening, December 12th' is one date; the weekday checks the year."""
    out: list[TimeExpr] = []
    for expr in exprs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "weekday"
            and expr.kind in _EXPLICIT
            and not text[prev.end - offset : expr.start - offset].strip(" ,")
        ):
            fields = dict(expr.fields, wd=prev.fields.get("wd"))
            out[-1] = TimeExpr(expr.kind, prev.start, expr.end, text[prev.start - offset : expr.end - offset], fields)
            continue
        out.append(expr)
    return out


_BEFORE_BARE_HOLIDAY = re.compile(r"\b(?:on|over|after|before|since|until|during|at|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _rejected(name: str, m: re.Match, text: str) -> bool:
    if name == "holiday" and not m.group("tail") and not m.group("part"):
        # "Christmas shopping" and "a New Year's party" are no dates; "on Christmas" is.
        return not _BEFORE_BARE_HOLIDAY.search(text, max(0, m.start() - 20), m.start())
    if name == "month_year":
        # A bare month name needs a preposition or a year to be a date ("May" is a name too).
        whole = m.group(0)
        return m.group("year") is None and m.group("last") is None and whole.split()[0].lower() not in ("in", "since", "during", "by", "until", "of", "early", "mid", "late") and not whole.lower().startswith(("early", "mid", "late"))
    if name == "day_of_month":
        # "the 5th" alone is often a floor or a battalion; "on the 5th" is a date.
        whole = m.group(0).lower()
        return "month" not in whole and not (whole.startswith("on") and whole.endswith(("st", "nd", "rd", "th")))
    if name == "weekday":
        wd = m.group("wd")
        # Short forms and lower-case full names are too often words ("sat", "wed").
        if len(wd.rstrip(".")) <= 4 and not wd[0].isupper():
            return True
        if wd.rstrip(".").lower() in ("sun", "sat", "wed", "mon") and not wd.endswith("."):
            return True
    return False


def looks_us(text: str) -> bool:
    """Month-first numeric dates only when the text itself writes dates US-style."""
    mdy = len(re.findall(rf"\b{_MON}\s+{_DAY},?\s+{_YEAR}\b", text))
    dmy = len(re.findall(rf"\b{_DAY}\s+{_MON}\s+{_YEAR}\b", text))
    if mdy != dmy:
        return mdy > dmy
    nums = re.findall(r"(?<![\d./])(\d{1,2})/(\d{1,2})/(?:\d{2}|\d{4})\b", text)
    if any(int(b) > 12 >= int(a) for a, b in nums):
        return True
    us_words = re.search(r"\b(?:Calif|Fla|Ill|Mich|Tenn|Ariz|Colo|Conn|Ga|Wash|Texas|police said|sheriff|a\.m\.|p\.m\.)\b", text)
    return bool(us_words) and not any(int(a) > 12 for a, _ in nums)


# --- resolution -------------------------------------------------------------


@dataclass(frozen=True)
class Frame:
    """What relative expressions are resolved against."""

    base: date | None  # publication date, or a date the text states
    us: bool = False
    future: bool = False  # the event is planned (will, next, scheduled)


def resolve(expr: TimeExpr, frame: Frame) -> EventDate | None:
    """An absolute or base-relative expression as an EventDate; None if it cannot be."""
    handler = _RESOLVERS.get(expr.kind)
    if handler is None:
        return None
    try:
        return handler(expr, frame)
    except ValueError:  # 31 February and friends: not a date
        return None


def shifted(anchor: EventDate, days: int, unit: str, expr: TimeExpr) -> EventDate | None:
    """The anchor moved by `days`; months and years keep their own precision."""
    if anchor.date is None:
        return None
    if unit in ("month", "year"):
        return _shift_coarse(anchor, days, unit, expr)
    if anchor.precision != "day":
        return make(anchor.date, anchor.precision, expr)
    day = date.fromisoformat(anchor.date) + timedelta(days=days)
    return make(day.isoformat(), "day", expr)


def _shift_coarse(anchor: EventDate, days: int, unit: str, expr: TimeExpr) -> EventDate:
    year, month = int(anchor.date[:4]), int(anchor.date[5:7] or 1) if len(anchor.date) >= 7 else 1
    n = round(days / 30) if unit == "month" else round(days / 365)
    if unit == "year":
        return make(f"{year + n:04d}", "year", expr)
    index = year * 12 + (month - 1) + n
    return make(f"{index // 12:04d}-{index % 12 + 1:02d}", "month", expr)


def make(value: str, precision: Precision, expr: TimeExpr, end: str | None = None) -> EventDate:
    return EventDate(value, end, precision, expr.text, expr.start, expr.end)


def _unit_days(f: dict[str, str | None]) -> int | None:
    word = (f.get("n") or "").lower()
    n = 1 if word in ("a", "an") else parse_number(word)
    if n is None:
        text = (f.get("n") or "").lower()
        n = 2 if text.startswith("couple") else 3 if text in ("several", "a few") else None
    if n is None:
        return None
    unit = (f.get("unit") or "day").lower().rstrip("s")
    if unit == "month":
        return n * 30
    if unit == "year":
        return n * 365
    return n * UNIT_DAYS.get(unit, 1)


def _month(name: str | None) -> int:
    return MONTHS[(name or "").rstrip(".").lower()]


def _day(text: str | None) -> int:
    return int(re.sub(r"\D", "", text or ""))


def _infer_year(month: int, day: int, frame: Frame) -> int | None:
    """A year-less date is the nearest such day at or before the base (or after, if planned)."""
    if frame.base is None:
        return None
    year = frame.base.year
    candidate = date(year, month, min(day, 28)) if day > 28 else date(year, month, day)
    if frame.future:
        return year if candidate >= frame.base - timedelta(days=7) else year + 1
    # A few days of slack: reports sometimes cite a date set for tomorrow.
    return year if candidate <= frame.base + timedelta(days=7) else year - 1


def _year_from_weekday(month: int, day: int, weekday: str | None, year: int | None) -> int | None:
    """'Tuesday, Jan. 27' names its year: the nearest year (around the guess) where it fits."""
    if not weekday:
        return year
    target = WEEKDAYS.get(weekday.rstrip(".").lower())
    guesses = [year, year - 1, year + 1] if year is not None else []
    for guess in guesses:
        try:
            if date(guess, month, day).weekday() == target:
                return guess
        except ValueError:
            continue
    return year


def _full_year(text: str) -> int:
    year = int(text)
    return year + (2000 if year < 70 else 1900) if year < 100 else year


def _explicit(expr: TimeExpr, frame: Frame) -> EventDate | None:
    f = expr.fields
    month, day = _month(f["mon"]), _day(f["day"])
    year = int(f["year"]) if f.get("year") else _infer_year(month, day, frame)
    if not f.get("year"):
        year = _year_from_weekday(month, day, f.get("wd"), year)
    if year is None:
        return EventDate(None, None, "unknown", expr.text, expr.start, expr.end)
    return make(date(year, month, day).isoformat(), "day", expr)


def _iso(expr: TimeExpr, frame: Frame) -> EventDate:
    f = expr.fields
    return make(date(int(f["year"]), int(f["month"]), int(f["day"])).isoformat(), "day", expr)


def _d_mon_y(expr: TimeExpr, frame: Frame) -> EventDate:
    f = expr.fields
    return make(date(_full_year(f["year"]), _month(f["mon"]), int(f["day"])).isoformat(), "day", expr)


def _numeric(expr: TimeExpr, frame: Frame) -> EventDate | None:
    f = expr.fields
    a, b, year = int(f["a"]), int(f["b"]), _full_year(f["year"])
    if f["sep"] == "/" and frame.us and a <= 12:
        month, day = a, b
    elif a > 12 or not (b > 12):
        day, month = a, b
    else:
        month, day = a, b  # 5.13.2022 cannot be day-first
    return make(date(year, month, day).isoformat(), "day", expr)


def _range(expr: TimeExpr, frame: Frame) -> EventDate | None:
    f = expr.fields
    month = _month(f["mon"])
    d1, d2 = _day(f["d1"]), _day(f["d2"])
    if d2 < d1:
        return None
    year = int(f["year"]) if f.get("year") else _infer_year(month, d1, frame)
    if year is None:
        return EventDate(None, None, "unknown", expr.text, expr.start, expr.end)
    return make(date(year, month, d1).isoformat(), "day", expr, date(year, month, d2).isoformat())


def _day_of_month(expr: TimeExpr, frame: Frame) -> EventDate | None:
    if frame.base is None:
        return None
    base = frame.base
    year, month = base.year, base.month
    if expr.fields.get("last") is not None:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return make(date(year, month, _day(expr.fields["day"])).isoformat(), "day", expr)


def _month_year(expr: TimeExpr, frame: Frame) -> EventDate | None:
    f = expr.fields
    month = _month(f["mon"])
    if f.get("year"):
        year = int(f["year"])
    elif f.get("last") is not None:
        # "last January": the latest January before the base's month, never the current one
        if frame.base is None:
            return None
        year = frame.base.year if month < frame.base.month else frame.base.year - 1
    else:
        year = _infer_year(month, 1, frame)
        if year is None:
            return None
    return make(f"{year:04d}-{month:02d}", "month", expr)


def _year(expr: TimeExpr, frame: Frame) -> EventDate:
    return make(expr.fields["year"], "year", expr)


def _ago(expr: TimeExpr, frame: Frame) -> EventDate | None:
    if frame.base is None:
        return None
    f = expr.fields
    unit = (f.get("unit") or "").lower().rstrip("s")
    word = (f.get("n") or "").lower()
    n = 1 if word in ("a", "an") else parse_number(word) or 0
    anchor = EventDate(frame.base.isoformat(), None, "day")
    if unit in ("month", "year"):
        return _shift_coarse(anchor, -(n * (30 if unit == "month" else 365)), unit, expr)
    days = _unit_days(f)
    if days is None:
        return None
    precision: Precision = "day" if unit == "day" else "week"
    return make((frame.base - timedelta(days=days)).isoformat(), precision, expr)


def _holiday(expr: TimeExpr, frame: Frame) -> EventDate | None:
    """'Christmas Day', 'New Year's Eve', 'the morning after Christmas', 'Thanksgiving':
    the nearest such day at or before the base (after it for planned events)."""
    if frame.base is None:
        return EventDate(None, None, "unknown", expr.text, expr.start, expr.end)
    f = expr.fields
    name = re.sub(r"\s+", " ", (f.get("name") or "").lower().replace("’", "'"))
    shift = -1 if (f.get("tail") or "").strip().lower() == "eve" else 0
    shift += {"after": 1, "before": -1}.get((f.get("dir") or "").lower(), 0)
    years = range(frame.base.year + 1, frame.base.year - 2, -1)
    days = [d + timedelta(days=shift) for d in (_holiday_in(name, y) for y in years) if d is not None]
    if frame.future:
        ahead = [d for d in days if d >= frame.base - timedelta(days=7)]
        day = min(ahead) if ahead else None
    else:
        # A few days of slack, as for year-less dates.
        behind = [d for d in days if d <= frame.base + timedelta(days=7)]
        day = max(behind) if behind else None
    return make(day.isoformat(), "day", expr) if day is not None else None


def _holiday_in(name: str, year: int) -> date | None:
    fixed = HOLIDAYS.get(name)
    if fixed is not None:
        return date(year, *fixed)
    if name == "thanksgiving":  # fourth Thursday of November
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name == "memorial":  # last Monday of May
        last = date(year, 5, 31)
        return last - timedelta(days=last.weekday())
    if name == "labor":  # first Monday of September
        first = date(year, 9, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7)
    return None


def _weekday(expr: TimeExpr, frame: Frame) -> EventDate | None:
    if frame.base is None:
        return None
    target = WEEKDAYS[expr.fields["wd"].rstrip(".").lower()]
    rel = re.sub(r"\s+", " ", (expr.fields.get("rel") or "").lower())
    base = frame.base
    back = (base.weekday() - target) % 7
    ahead = (target - base.weekday()) % 7
    if rel in ("next", "this coming", "coming"):
        day = base + timedelta(days=ahead or 7)
    elif rel in ("last", "past"):
        day = base - timedelta(days=back or 7)
    elif frame.future:
        day = base + timedelta(days=ahead)
    else:
        day = base - timedelta(days=back)
    return make(day.isoformat(), "day", expr)


def _rel_day(expr: TimeExpr, frame: Frame) -> EventDate | None:
    if frame.base is None:
        return None
    w = re.sub(r"\s+", " ", expr.fields["w"].lower())
    if "before yesterday" in w:
        delta = -2
    elif w.startswith(("yesterday", "last night")):
        delta = -1
    elif "after tomorrow" in w:
        delta = 2
    elif w == "tomorrow":
        delta = 1
    else:  # today, tonight, this morning, overnight, earlier today
        delta = 0
    return make((frame.base + timedelta(days=delta)).isoformat(), "day", expr)


def _rel_week(expr: TimeExpr, frame: Frame) -> EventDate | None:
    if frame.base is None:
        return None
    w = re.sub(r"\s+", " ", expr.fields["w"].lower())
    base = frame.base
    monday = base - timedelta(days=base.weekday())
    if not w.startswith(("this", "last", "past", "next")) and "weekend" in w:
        return _weekend_gone(base, expr)
    if w.startswith(("last", "past", "this past")):
        if w.endswith("weekend"):
            sat = monday - timedelta(days=2)
            return make(sat.isoformat(), "week", expr, (sat + timedelta(days=1)).isoformat())
        start = monday - timedelta(days=7) if w.startswith("last") else base - timedelta(days=7)
        return make(start.isoformat(), "week", expr, (start + timedelta(days=6)).isoformat())
    if w.startswith("next"):
        start = monday + timedelta(days=7)
        return make(start.isoformat(), "week", expr, (start + timedelta(days=6)).isoformat())
    if w.endswith("weekend"):
        sat = monday + timedelta(days=5)
        return make(sat.isoformat(), "week", expr, (sat + timedelta(days=1)).isoformat())
    if w.startswith("earlier"):
        end = max(monday, base - timedelta(days=1))
        return make(monday.isoformat(), "week", expr, end.isoformat())
    if w.startswith("later"):
        return make(base.isoformat(), "week", expr, (monday + timedelta(days=6)).isoformat())
    return make(monday.isoformat(), "week", expr, (monday + timedelta(days=6)).isoformat())


def _weekend_gone(base: date, expr: TimeExpr) -> EventDate:
    """'over the weekend', 'a weekend shooting': the latest weekend begun by the base."""
    sat = base - timedelta(days=(base.weekday() - 5) % 7)
    return make(sat.isoformat(), "week", expr, (sat + timedelta(days=1)).isoformat())


def _rel_month(expr: TimeExpr, frame: Frame) -> EventDate | None:
    if frame.base is None:
        return None
    w = expr.fields["w"].lower()
    year, month = frame.base.year, frame.base.month
    if w.startswith(("last", "past")):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    elif w.startswith("next"):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return make(f"{year:04d}-{month:02d}", "month", expr)


def _rel_year(expr: TimeExpr, frame: Frame) -> EventDate | None:
    if frame.base is None:
        return None
    w = expr.fields["w"].lower()
    year = frame.base.year + (-1 if w.startswith(("last", "past")) else 1 if w.startswith("next") else 0)
    return make(f"{year:04d}", "year", expr)


_RESOLVERS = {
    "range_dm": _range, "range_md": _range, "iso": _iso, "d_mon_y": _d_mon_y,
    "numeric": _numeric, "dmy": _explicit, "mdy": _explicit,
    "day_of_month": _day_of_month, "month_year": _month_year, "year": _year,
    "ago": _ago, "holiday": _holiday, "weekday": _weekday, "rel_day": _rel_day, "rel_week": _rel_week,
    "rel_month": _rel_month, "rel_year": _rel_year,
}
