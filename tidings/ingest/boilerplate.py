"""Cleaning article text: Unicode, whitespace and site furniture, in one place.

`clean_text` is the only way text enters an `Article`, so every offset the
later stages record points into its output. It

1. normalises Unicode to NFC and repairs the commonest mojibake (UTF-8 bytes
   that were decoded as cp1252, such as "â€™" for "’");
2. turns exotic spaces into plain ones, collapses runs of spaces and tabs, and
   strips each line;
3. drops lines that are site furniture (`LINE_RULES`) and, near the end of the
   text, whole trailing blocks that are (`TRAILING_RULES`);
4. re-joins what is left as paragraphs separated by exactly one blank line.

Rules are matched against one stripped line at a time and are anchored, so a
real sentence that merely contains "share" or "follow" never matches: "Share
this article" goes, "Shares in the bank fell" stays.

Line rules (the whole line is furniture and is dropped):

| name         | drops lines such as                                               |
|--------------|-------------------------------------------------------------------|
| share        | "Share this article", "Share on Facebook", "Share via Email"       |
| networks     | "Facebook Twitter WhatsApp Email" (a row of share buttons)        |
| navigation   | "Home | World | Business | Sport", "Menu", "Search" (menu bars)     |
| follow       | "Follow us on Twitter and Facebook", "Follow us", "Follow @ledger" |
| subscribe    | "Click here to subscribe ...", "Sign up for our newsletter"       |
| read_more    | "Read more: ...", "Also read: ...", "Related: ...", "Learn more"  |
| cookies      | "We use cookies to ...", "Accept all cookies", "Cookie policy"   |
| advert       | "Advertisement", "Sponsored content", "Story continues below"     |
| rights       | any short line containing "All rights reserved"                   |
| copyright    | "© 2023 The Ledger", "Copyright 2022 ...", "(c) Agency 2021"      |
| press_release| "PRESS RELEASE - For immediate release"                           |
| byline       | "By Mira Oduya", "By Newsline" (capitalised names only)           |
| credits      | "(Reporting by ...; Editing by ...)"                              |

Trailing rules (the line and everything after it is dropped, but only when
it starts one of the last `TRAILING_WINDOW` paragraphs, so an editor's note
in the middle of a story is never cut along with the story):

| name         | starts a block such as                                            |
|--------------|-------------------------------------------------------------------|
| disclaimer   | "Disclaimer: If you need to update/edit/remove this news ..."     |
| related      | "Related articles", "More from The Ledger", "Recommended stories" |
| tags         | "Tags: protest, Kazakhstan", "Topics: ..."                        |
| end_mark     | "###", "-30-", "- ends -" (press-release end marks)               |
| contact      | "Press contact: ...", "For more information, contact ..."         |
| about        | "About ReliefBridge: ReliefBridge is ..." (an organisation's blurb) |
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Share/follow targets; a row made only of these is a button bar.
_NETWORKS = (
    r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|vk|"
    r"instagram|youtube|tiktok|threads|bluesky|mastodon|e-?mail|print|copy link|messenger)"
)
_NETWORK_LIST = rf"{_NETWORKS}(?:\s*(?:,|/|\||and|or|&)?\s*{_NETWORKS})*"


# Section names that make up a site's menu bar.
_SECTION = (
    r"(?:home|news|latest|world|politics|business|economy|markets|sports?|culture|opinion|"
    r"videos?|photos|podcasts?|menu|search|log ?in|sign ?in|register|contact(?: us)?|"
    r"about(?: us)?|weather|live|tech(?:nology)?|science|health|entertainment|lifestyle|"
    r"travel|local|national|international|europe|asia|africa|americas|middle east|more)"
)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    max_len: int = 300  # furniture is short; a long line is prose whatever it contains


def _rule(name: str, regex: str, max_len: int = 300) -> Rule:
    return Rule(name, re.compile(regex, re.IGNORECASE), max_len)


LINE_RULES: tuple[Rule, ...] = (
    _rule(
        "share",
        rf"^share(?: this)?(?: (?:article|story|post|page|video))?"
        rf"(?:\s*(?:on|via|with|in)?\s*:?\s*{_NETWORK_LIST})?\s*[:.!]?$",
    ),
    _rule("networks", rf"^{_NETWORK_LIST}$"),
    _rule("navigation", rf"^{_SECTION}(?:\s*[|/•·>»]?\s*{_SECTION}){{0,12}}$"),
    _rule(
        "follow",
        rf"^follow (?:us|@\w+)(?:\s+(?:on|via)\s+(?:{_NETWORK_LIST}|social media)"
        rf"(?: for [^.]{{0,60}})?)?\s*[.!]?$",
    ),
    _rule(
        "subscribe",
        r"^(?:(?:click|tap) here to (?:subscribe|sign up|register|read more|download)\b.*"
        r"|(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|our|channel|alerts|updates)\b.{0,60})$",
        max_len=200,
    ),
    _rule(
        "read_more",
        r"^(?:(?:read|read more|see|see also|also read|read also|also see|related|related articles?|related stories|"
        r"more on this story|recommended|watch|listen)\s*[:»›|]\s*.*|read more|learn more)$",
        max_len=200,
    ),
    _rule(
        "cookies",
        r"^.{0,120}\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|"
        r"accept (?:all )?cookies|cookie (?:policy|settings|preferences))\b.*$",
    ),
    _rule(
        "advert",
        r"^(?:advertisement|advertising|sponsored(?: content)?|"
        r"(?:the )?story continues below(?: (?:this )?advertisement)?|"
        r"continue reading (?:below|the main story))\s*[.:]?$",
    ),
    _rule("rights", r"^.*\ball rights reserved\b.*$", max_len=200),
    _rule(
        "copyright",
        r"^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))\s*.*$",
        max_len=200,
    ),
    _rule("press_release", r"^(?:press release|news release|for immediate release)\b[\s\w:/-]{0,40}$"),
    Rule("byline", re.compile(r"^By [A-Z][\w.'’-]*(?:,? (?:[A-Z][\w.'’-]*|and|de|van|von|al-\w+)){0,6}$"), 80),
    _rule(
        "credits",
        r"^\((?:reporting|writing|editing|additional reporting) by [^()]*\)\.?$"
        r"|^(?:reporting|writing) by [^.;]*;\s*editing by [^.;]*\.?$",
    ),
)

TRAILING_RULES: tuple[Rule, ...] = (
    _rule("disclaimer", r"^disclaimer\s*:.*$", max_len=600),
    _rule(
        "related",
        r"^(?:related (?:articles|stories|news|content)|more from [\w .&'-]{1,40}|"
        r"recommended(?: (?:stories|articles|for you))?|you may also like|read next|"
        r"most read|trending now)\s*:?$",
    ),
    _rule("tags", r"^(?:tags|topics|keywords)\s*:.*$", max_len=300),
    _rule("end_mark", r"^(?:#{3}|-30-|- ?ends? ?-|\*{3})$"),
    _rule(
        "contact",
        r"^(?:(?:press|media) (?:contacts?|enquiries|inquiries)|for (?:more|further) information"
        r"|contact)\s*[:,].*$",
    ),
    _rule("about", r"^about [A-Z\w][\w .&'-]{0,60}\s*:.*$", max_len=600),
)

# A trailing rule only fires within the last few paragraphs of the text.
TRAILING_WINDOW = 3


def clean_text(text: str) -> str:
    """The cleaned article text: NFC, tidy whitespace, no site furniture."""
    text = unicodedata.normalize("NFC", fix_mojibake(text))
    paragraphs = [p for p in _paragraphs(text) if not _is_furniture(p)]
    paragraphs = _drop_trailing_block(paragraphs)
    return "\n\n".join(paragraphs)


def furniture_rule(line: str) -> str | None:
    """Name of the line rule that marks `line` as furniture, if any (for tests and debugging)."""
    line = _tidy_line(line)
    for rule in LINE_RULES:
        if _matches(rule, line):
            return rule.name
    return None


def trailing_rule(line: str) -> str | None:
    """Name of the trailing rule that `line` would start a dropped block with, if any."""
    line = _tidy_line(line)
    for rule in TRAILING_RULES:
        if _matches(rule, line):
            return rule.name
    return None


def _matches(rule: Rule, line: str) -> bool:
    return len(line) <= rule.max_len and rule.pattern.match(line) is not None


def _is_furniture(paragraph: str) -> bool:
    return furniture_rule(paragraph) is not None


def _drop_trailing_block(paragraphs: list[str]) -> list[str]:
    # Repeat until nothing changes, so that cleaning clean text is a no-op:
    # a cut can bring an earlier "Tags:" line into the window.
    while True:
        first_allowed = max(0, len(paragraphs) - TRAILING_WINDOW)
        cut = next(
            (i for i in range(first_allowed, len(paragraphs)) if trailing_rule(paragraphs[i]) is not None),
            None,
        )
        if cut is None:
            return paragraphs
        paragraphs = paragraphs[:cut]


# Unicode spaces that should read as a plain space (NBSP, thin, em, ideographic...).
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# Zero-width characters and soft hyphens carry nothing a reader sees.
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_LINE_BREAKS = re.compile(r"\r\n|\r|[\u2028\u2029\x0b\x0c\x85]")


def _tidy_line(line: str) -> str:
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def _paragraphs(text: str) -> list[str]:
    """Paragraphs of tidy text, one per non-empty line, except hard-wrapped blocks.

    Feeds and extractors put one paragraph per line; hand-written text often
    puts a blank line between paragraphs and may wrap long ones at a fixed
    width. A block whose lines all look wrapped is joined back into one.
    """
    text = _LINE_BREAKS.sub("\n", text)
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [t for t in (_tidy_line(line) for line in block.split("\n")) if t]
        if _looks_wrapped(lines):
            paragraphs.append(" ".join(lines))
        else:
            paragraphs.extend(lines)
    return paragraphs


def _looks_wrapped(lines: list[str]) -> bool:
    # Wrapped text: every line but the last is of similar, typewriter width and
    # does not end a sentence; a title over a body, or a list, fails this.
    if len(lines) < 2:
        return False
    body = lines[:-1]
    widths = [len(line) for line in body]
    return (
        min(widths) >= 50
        and max(widths) <= 100
        and max(widths) - min(widths) <= 25
        and not all(line.endswith((".", "!", "?", '"', "”")) for line in body)
        and (len(lines) > 2 or _continues(lines[0], lines[1]))
    )


def _continues(first: str, second: str) -> bool:
    # Two lines give no width pattern to go on: a long headline over a
    # one-line lead looks like one wrapped line, so the second line must
    # read as the rest of the first sentence.
    return second[:1].islower() or first.endswith((",", ";", "-", "–"))


# Mojibake: a UTF-8 lead byte then continuation bytes, all shown as cp1252
# text. The five bytes cp1252 leaves undefined usually surface as the Latin-1
# control character of the same value, so those count too.
_UNDEFINED_IN_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def _as_cp1252_char(byte: int) -> str:
    return chr(byte) if byte in _UNDEFINED_IN_CP1252 else bytes([byte]).decode("cp1252")


_CONTINUATION = "".join(_as_cp1252_char(b) for b in range(0x80, 0xC0))
_C = f"[{re.escape(_CONTINUATION)}]"
# Lead bytes C2-DF take one continuation byte, E0-EF two, F0-F4 three.
_MOJIBAKE = re.compile(rf"[\u00c2-\u00df]{_C}|[\u00e0-\u00ef]{_C}{{2}}|[\u00f0-\u00f4]{_C}{{3}}")
_TO_BYTE = {_as_cp1252_char(b): b for b in range(0x80, 0x100)}


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 text that went through a cp1252 decoder ("â€œ" -> "“").

    Each suspicious run is turned back into bytes and decoded on its own, and
    kept only if that is valid UTF-8, so text that merely contains "Ã" is
    left alone.
    """
    if not _MOJIBAKE.search(text):
        return text

    def repair(match: re.Match[str]) -> str:
        try:
            return bytes(_TO_BYTE[ch] for ch in match.group()).decode("utf-8")
        except UnicodeDecodeError:
            return match.group()

    return _MOJIBAKE.sub(repair, text)
