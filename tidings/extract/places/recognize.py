"""Finding place mentions: spaCy's entities where a parse exists, plus a
gazetteer scan over capitalised words for what the model misses and for text
that was never parsed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tidings.extract.coding.triggers import CROWD_WEAPONS, FIRE_OBJECTS
from tidings.extract.places.mention import Mention
from tidings.resources.gazetteer import POST_TOWN, KIND_ALIAS, KIND_ALT, KIND_DEMONYM, KIND_NAME, Gazetteer, GeoEntry, NameMatch, name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Hyphens split words: "Nur-Sultan" is found as two words joined again, and
# "Russian-led" yields "Russian".
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’.\u00C0-\u024F]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_CONNECTORS = {"of", "de", "del", "la", "le", "el", "al", "and", "the", "upon", "on", "da", "do", "du", "des", "am"}
_LOCATIVE = {
    "in", "at", "near", "from", "to", "outside", "into", "across", "throughout", "of", "around", "toward", "towards",
    "on",  # "a cylinder dropped on Saraqeb"; days and months are common words, never scanned
}
_TITLES = {
    "mr", "mrs", "ms", "dr", "president", "gov", "governor", "sen", "senator", "rep", "judge", "officer",
    "sgt", "lt", "capt", "chief", "pastor", "rev", "coach", "mayor", "minister", "general", "gen", "prince",
    "king", "queen", "lord", "sir", "saint", "st", "professor", "prof", "det", "deputy", "trooper", "agent",
}
# Capitalised words that open sentences or name things far more often than the
# town that shares their spelling.
_COMMON = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "police", "president", "government", "city", "state", "county", "university", "school", "church",
    "union", "republic", "party", "court", "news", "mobile", "energy", "independence", "liberty", "victoria",
    "hope", "faith", "unity", "justice", "reading", "bath", "split", "nice", "orange", "globe", "sale",
    "federal", "national", "central", "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "new", "old", "great", "media", "page", "street", "road", "avenue", "park", "square",
    "said", "also", "after", "before", "during", "since", "many", "most", "some", "other", "christmas",
    "easter", "post", "times", "herald", "tribune", "journal", "press", "gazette", "star", "sun", "mail",
    "amazon", "apple", "google", "twitter", "facebook", "olympic", "democrat", "democrats", "republican",
    "northwest", "northeast", "southwest", "southeast", "midwest", "gulf", "center", "centre", "council",
    "metro", "god", "jesus", "christian", "man", "more", "bush",
    # feasts, and words that head a numbered thing ("Lot 12", "Region 1", "Section 2AA")
    "passover", "hanukkah", "thanksgiving", "halloween", "ramadan", "lot", "region", "section",
    # legislatures and offices: "At the gates of Congress" is Lima's, not Congress, Arizona
    "congress", "parliament", "senate", "assembly", "cabinet", "ministry",
}
# What the event coder reads as a weapon is no place on its own either, even
# capitalised at the head of a story: "Grenade blast outside Imphal shop"
# (Grenade is a French village). Inside a longer name it may be one ("Cannon County").
_NOT_PLACES = _COMMON | FIRE_OBJECTS | CROWD_WEAPONS
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
# A hyphen inside a name ("PORT-AU-PRINCE", "WINSTON-SALEM") ends no dateline.
_DATELINE = re.compile(r"([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:,|\(|-(?![A-Za-z])|—|–)")
# "WASHINGTON Christopher Steele, who ...": some feeds drop the dash; a word
# of four or more capitals and then a sentence in ordinary case is a dateline too.
_BARE_DATELINE = re.compile(r"([A-Z][A-Z.'\-]{3,}(?: [A-Z][A-Z.'\-]+){0,3})\s+(?=[A-Z][a-z])")
# The end of a headline, then a dateline in capitals: "... in April. LAWRENCEBURG —".
_HEADLINE_END = re.compile(r"[.!?]\s+(?=[A-Z][A-Z.'\- ]{2,40}?\s*(?:—|–|-|,))")
_MAX_WORDS = 5
_INSTITUTIONS = {
    "fire", "police", "mayor", "library", "public", "county", "city", "recreation", "chamber", "school",
    "board", "department", "charter", "high", "hospital", "council", "sheriff", "university", "college",
    "airport", "station", "district", "township", "church", "museum", "park", "center", "centre", "club",
    "court", "commission", "authority", "army", "government", "ministry", "minister", "times", "herald",
}
# Words after a town's name that make a bigger place name, not a company's.
_GEO_WORDS = {
    "lake", "river", "valley", "county", "parish", "bank", "mountain", "mountains", "creek", "bay", "island",
    "islands", "beach", "hill", "hills", "ridge", "falls", "springs", "abbey", "road", "street", "avenue",
    "borough", "heights", "forest", "run", "canyon", "harbor", "harbour", "point", "grove", "meadow", "square",
}
# Where a person's name sits in a clause and a town's seldom does: "Steele grew
# frustrated", "Burton's the coach", "Jerome, Treva Battle".
_PERSON_ROLES = {"nsubj", "nsubjpass", "poss", "appos", "compound", "dative", "vocative", "npadvmod"}
# Verbs whose object is ground, not a person: "invaded Geidam", "shelled Tafas".
_SEIZING = {
    "invade", "seize", "capture", "recapture", "retake", "shell", "bomb", "bombard", "storm", "overrun",
    "raid", "besiege", "liberate", "occupy", "encircle", "surround", "evacuate", "enter", "pound",
    "hit", "strike", "target", "attack",
}
# Their written forms, for the scan that has no parse ("Russian artillery
# pounds Avdiivka"), less those as often said of people ("hit Trooper Drew").
_SEIZING_FORMS = {
    form
    for verb in _SEIZING - {"hit", "strike", "target", "attack", "enter", "raid", "evacuate", "surround"}
    for form in (verb, verb + "s", verb + "es", verb + "ed", verb + "d")
} | {"overran", "overruns", "retook"}
_SPEECH = {"said", "says", "told", "added", "explained", "noted", "wrote", "asked", "replied"}


@dataclass
class ParseHints:
    """What the parse tells the gazetteer scan about words it must not take for places."""

    people: list[tuple[int, int]] = field(default_factory=list)  # spans of PERSON entities
    surnames: set[str] = field(default_factory=set)  # every word of them: "Ripley" after "Mike Ripley", "Kasim"
    common_at: set[int] = field(default_factory=set)  # offsets of capitalised words that are not proper nouns
    guesses: list[Mention] = field(default_factory=list)  # person names that also name small places
    name_words: set[str] = field(default_factory=set)  # words of PERSON entities of two or more words
    full_name_words: set[str] = field(default_factory=set)  # the same, even where the whole is a place name
    given_names: set[str] = field(default_factory=set)  # first words of those full names
    makers: set[str] = field(default_factory=set)  # organisations named before a product: "Toyota Corolla"
    seized: set[int] = field(default_factory=set)  # offsets of guesses that are what a force took or shelled


def spacy_mentions(docs: Iterable[tuple[int, "Doc"]], text: str, gaz: Gazetteer) -> tuple[list[Mention], ParseHints]:
    """Place and nationality entities, and hints for the scan."""
    mentions: list[Mention] = []
    hints = ParseHints()
    people = hints.people
    given: list[tuple[str, str]] = []  # (first word, whole) of full names tagged a person
    last: list[tuple[str, str]] = []  # (last word, whole) of the same
    place_names: set[str] = set()  # texts the parser tags a place somewhere
    person_starts: set[int] = set()  # where the parser tags a person, whatever the scan makes of it
    lowercase = _lowercase_words(text)
    for offset, doc in docs:
        for token in doc:
            if token.is_title and token.pos_ not in ("PROPN", "X"):
                hints.common_at.add(offset + token.idx)
        for ent, after in zip(doc.ents, (*doc.ents[1:], None)):
            start, end = offset + ent.start_char, offset + ent.end_char
            if ent.label_ in PLACE_LABELS:
                place_names.add(ent.text)
            if ent.label_ == "PERSON":
                person_starts.add(start)
            if ent.label_ == "ORG" and after is not None and after.label_ == "PRODUCT" and after.start == ent.end:
                hints.makers.add(name_key(ent.text))
            if ent.label_ in PLACE_LABELS or ent.label_ == "NORP":
                for part_start, part_end in _dash_parts(text, start, end):
                    mention = _entity_mention(text, part_start, part_end, ent.label_, gaz)
                    if mention is not None and mention.matches and not _unplaced_post_town(text, mention):
                        # "South East Asian" takes in the "South East" tagged before it.
                        mentions = [m for m in mentions if not (mention.start <= m.start and m.end <= mention.end)]
                        mentions.append(mention)
            if ent.label_ in ("ORG", "FAC", "EVENT") and not any(m.start == start for m in mentions):
                town = _town_of_institution(text, start, end, gaz)
                if town is not None:
                    mentions.append(town)
                    continue
            if ent.label_ == "PERSON" and _area_abbreviation(text, start, end, gaz):
                continue  # "Gatineau, Que.": the scan takes the area
            if ent.label_ in ("PERSON", "ORG") and _nationality_before_noun(ent):
                mention = _entity_mention(text, start, end, "NORP", gaz)
                if mention is not None:
                    mentions.append(mention)
                    continue
            if ent.label_ in ("PERSON", "ORG"):
                start = _past_lowercase(text, start, end)
                mention = _place_guess(text, start, end, ent.label_, gaz)
                if mention is not None and ent.label_ == "ORG" and _landmark_speaking(text, mention):
                    people.append((mention.start, mention.end))  # nor may the scan take it
                    continue
                if mention is not None and any(_prominent(m.entry) for m in mention.matches):
                    mentions.append(mention)
                    continue
                seized = mention is not None and _after_seizing(text, mention.start)
                if mention is not None and (
                    _could_be_ground(ent)
                    or seized
                    or _holds_the_name_before(text, start, end)
                    or _HOLDER_AFTER.match(text, mention.end)
                    or _inhabitants_after(text, mention.end)
                    or _CAMP_AFTER.match(text, mention.end)
                    or _names_an_incident(text, mention.start, mention.end)
                ):
                    hints.guesses.append(mention)
                    if seized or ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in _SEIZING:
                        hints.seized.add(mention.start)
                if ent.label_ == "PERSON" and not _names_institution(text[start:end]) and not _town_before_noun(
                    text[start:end], lowercase, gaz
                ):
                    ent = _person_before_place(ent)
                    people.append((start, offset + ent.end_char))
                    words = {name_key(t.text) for t in ent if t.is_alpha and t.text[:1].isupper()}
                    hints.surnames.update(words)
                    if len(words) > 1:
                        hints.full_name_words.update(words)
                        given.append((name_key(ent[0].text), ent.text))
                        last.append((name_key(_POSSESSIVE.sub("", ent[-1].text)), ent.text))
                        if mention is None:
                            hints.name_words.update(words)
    initialled = initialled_surnames(text)
    hints.surnames |= initialled
    hints.name_words |= initialled
    # "Jones Middle School" after "Superintendent Ann Jones": a person's name, not a town's.
    mentions = [m for m in mentions if m.source != "INST" or name_key(m.text) not in hints.full_name_words]
    mentions = [m for m in mentions if not _part_of_a_name(m, hints)]
    # "Wichita Drive" tagged a person here and a place there is no person.
    hints.given_names = {first for first, whole in given if whole not in place_names}
    family = {word for word, whole in last if whole not in place_names}
    mentions = _drop_unplaced(mentions, hints.given_names | hints.makers | family, hints, text, person_starts)
    mentions = _drop_agencies(mentions, hints, text, gaz)
    listed = county_list_mentions(text, gaz)
    listed += counties_named_elsewhere(text, gaz, mentions + listed, hints)
    if listed:
        spans = [(m.start, m.end) for m in listed]
        mentions = [m for m in mentions if not _overlaps(spans, m.start, m.end)] + listed
        hints.people = [(s, e) for s, e in hints.people if not _overlaps(spans, s, e)]
        hints.guesses = [g for g in hints.guesses if not _overlaps(spans, g.start, g.end)]
    return mentions, hints


# "a 5-year-old Latina,", "a 37-year-old Latino male": after an age comes
# what the person is, not where (Latina is also a district of Madrid); but
# "a 3-year-old Denver boy" and "a 25-year-old Paris, Missouri, man" come from there.
_AGE_BEFORE = re.compile(r"\b(?:\d+|[a-z]+)-year-old\s+$", re.IGNORECASE)
_DESCRIPTION_END = re.compile(r"\s*(?:,(?!\s*[A-Z])|[.;)]|(?:male|female)\b)")


def described_people(mentions: list[Mention], text: str) -> list[Mention]:
    """`mentions` less the words that describe a person after an age, and
    the names given an age ("Mendoza, 22, was standing outside"), there and
    wherever the text does not put them after a locative word; a
    nationality ("a 35-year-old Syrian") stays a nationality."""
    aged = {m.text for m in mentions if not m.is_demonym and _AGE_AFTER.match(text, m.end)}
    people = {name for name in aged if not _ever_placed(text, name, set())}

    def describes_someone(m: Mention) -> bool:
        return bool(_AGE_BEFORE.search(text, max(0, m.start - 20), m.start)) and bool(_DESCRIPTION_END.match(text, m.end))

    def given_an_age(m: Mention) -> bool:
        return m.text in people or (bool(_AGE_AFTER.match(text, m.end)) and not _after_locative(text, m.start))

    return [m for m in mentions if m.is_demonym or not (describes_someone(m) or given_an_age(m))]


# "Mendoza, 22, was standing": a name with an age after it is a person's.
_AGE_AFTER = re.compile(r",\s*\d{1,3}\s*,")


# "Far North Queensland", "Upper West Side": words of direction that are
# also an area's whole name (Cameroon's Far North) describe the place after them.
_DIRECTION_WORDS = _COMPASS | {"far", "upper", "lower", "central", "northern", "southern", "eastern", "western", "mid"}


def directions_before_places(mentions: list[Mention], text: str) -> list[Mention]:
    """`mentions` less those made only of words of direction and followed at
    once by another place name."""
    starts = {m.start for m in mentions}

    def describes_the_next(m: Mention) -> bool:
        gap = re.match(r"[ \t]+", text[m.end : m.end + 4])
        return gap is not None and m.end + gap.end() in starts

    return [
        m for m in mentions
        if not (all(word in _DIRECTION_WORDS for word in name_key(m.text).split()) and describes_the_next(m))
    ]


# " and Kashmir", " of Spain", " of the Congo": what may run a place's name on.
_NAME_RUNS_ON = re.compile(r"\s+(?:and|of|of\s+the)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")


def names_run_on(mentions: list[Mention], text: str, gaz: Gazetteer) -> list[Mention]:
    """"Jammu and Kashmir", "Port of Spain", "Trinidad and Tobago": a name the
    parser cut at "and" or "of" that the gazetteer knows whole is that one
    place, not two."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if out and m.start < out[-1].end:
            continue  # inside the name just made whole
        whole = _whole_name(m, text, gaz)
        out.append(whole or m)
    return out


def _whole_name(m: Mention, text: str, gaz: Gazetteer) -> Mention | None:
    tail = _NAME_RUNS_ON.match(text, m.end)
    if tail is None or m.is_demonym:
        return None
    known = _longest_known(text, m.start, tail, gaz)
    return Mention(m.start, known[0], text[m.start : known[0]], known[1], m.source) if known else None


_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]*")


def _longest_known(
    text: str, start: int, tail: re.Match, gaz: Gazetteer, demonyms: bool = True
) -> tuple[int, tuple[NameMatch, ...]] | None:
    """(end, readings) of the longest name the gazetteer knows that runs from
    `start` to one of the capitalised words of `tail` (without demonym
    readings unless `demonyms`)."""
    for word in reversed(list(_CAPITALISED_WORD.finditer(text, tail.start(), tail.end()))):
        matches = tuple(n for n in gaz.lookup(text[start : word.end()]) if demonyms or n.kind != KIND_DEMONYM)
        if matches:
            return word.end(), matches
    return None


# "Tyrise M. Bell": a given name, a middle initial, then the surname.
_INITIALLED_NAME = re.compile(r"\b[A-Z][a-z]+\s+[A-Z]\.\s+([A-Z][a-z][\w'’-]*)")


def initialled_surnames(text: str) -> set[str]:
    """Surnames the text writes after a middle initial: a person's, whatever
    the parser tagged the whole ("Tyrise M. Bell" as an organisation), so
    "Bell" alone later in the story is that person, not Bell, California."""
    return {name_key(_POSSESSIVE.sub("", m.group(1))) for m in _INITIALLED_NAME.finditer(text)}


_PLACE_PREPOSITIONS = {"in", "of", "at", "from", "near"}
# Titles held "of" a place: "the Prince of Wales" is a person, not Wales.
_STYLED = _TITLES | {"duke", "duchess", "earl", "countess", "baron", "baroness", "bishop", "archbishop", "princess"}


def _person_before_place(ent: "Span") -> "Span":
    """"Leonard of Ada, Oklahoma", "Harold of Enid": obituaries run a given
    name and the town after "of" or "in" into one name; the person ends
    before the preposition, and the town is left to the scan."""
    for k, token in enumerate(ent[1:-1], start=1):
        if token.text in _PLACE_PREPOSITIONS and ent[k + 1].text[:1].isupper():
            if any(t.text.lower().rstrip(".") in _STYLED for t in ent[:k]):
                return ent
            return ent[:k]
    return ent


def _landmark_speaking(text: str, mention: Mention) -> bool:
    """"The White House said", "a Kremlin spokesman": a seat of government the
    parser tags as an organisation and the alias table reads as its city is
    that government, not a place, unless a locative word stands before it
    ("a rally outside the White House", "drones over the Kremlin"). A place
    that is prominent by its own name keeps its reading ("Moscow said")."""
    if not any(m.kind == KIND_ALIAS and _not_a_spelling_of(mention.text, m.entry) for m in mention.matches):
        return False
    if any(m.kind == KIND_NAME and _prominent(m.entry) for m in mention.matches):
        return False  # a place by its own name: "Moscow said"
    if _SETTLEMENT_AFTER.match(text, mention.end):
        return False  # "the Nursultan capital": a town by another name
    if _holds_the_name_before(text, mention.start, mention.end):
        return False  # "Djibasso (Kossi, Boucle du Mouhoun)": an area filed after a place
    return not (_after_locative(text, mention.start) or _OVER_BEFORE.search(text, max(0, mention.start - 20), mention.start))


def _not_a_spelling_of(surface: str, entry: GeoEntry) -> bool:
    """A building's name ("Kremlin", "White House") is no spelling of its
    city's; a town's own name in another script ("Tajoura" for Tājūrā')
    starts as the city's does, and a town that speaks stays a town."""
    return name_key(surface)[:3] != name_key(entry.name)[:3]


# "drones over the Kremlin", "inside the White House": the building itself.
_OVER_BEFORE = re.compile(r"\b(?:over|inside|above|behind|beside)\s+(?:the\s+)?$", re.I)


def _nationality_before_noun(ent: "Span") -> bool:
    """"Sri Lankan interests", "against Sri Lankan political figures": the
    small model tags a two-word nationality before its noun as a person.
    Before a noun it is the adjective; a subject or object is left to the
    person reading ("English said")."""
    return ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.i > ent.root.i


# "Cooke, Grayson and Love counties", "Barrow and Jackson counties": names in
# a list that ends in the plural area word.
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
_COUNTY_LIST = re.compile(
    _NAME + r"(?:\s*(?:,|and|&)\s*(?:and\s+)?" + _NAME + r")+\s*,?\s+(?i:counties|parishes)\b"
)
_LISTED_NAME = re.compile(_NAME)


def county_list_mentions(text: str, gaz: Gazetteer) -> list[Mention]:
    """Each name of a list of counties, whatever the parser made of it (it
    calls "Grayson" a person and "Love" a work of art). A name the gazetteer
    knows as a county there; a first word that is none ("In Walton") is left out."""
    found = []
    for listing in _COUNTY_LIST.finditer(text):
        for name in _LISTED_NAME.finditer(text, listing.start(), listing.end()):
            words = [w for w in re.finditer(r"\S+", name.group(0))]
            for word in words:
                start = name.start() + word.start()
                surface = text[start : name.end()]
                if name_key(surface) in ("counties", "parishes"):
                    break
                matches = _county_readings(surface, gaz)
                if matches:
                    found.append(Mention(start, name.end(), surface, gaz.lookup(surface) + matches, "GAZ"))
                    break
    return found


_FULL_COUNTY = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+(?:County|Parish)\b")
_AREA_WORD_AFTER = re.compile(r"\s+(?i:county|parish|counties|parishes)\b")


def counties_named_elsewhere(
    text: str, gaz: Gazetteer, found: list[Mention], hints: ParseHints
) -> list[Mention]:
    """"Henrico police" in a story that says "Henrico County": the bare name
    is the county the article names in full, even where the parser calls
    it a person, unless it is a word of a person's full name there."""
    bare: dict[str, tuple[NameMatch, ...]] = {}
    for full in _FULL_COUNTY.finditer(text):
        name = full.group(1)
        if name not in bare and name_key(name) not in _NOT_PLACES:
            bare[name] = _county_readings(name, gaz)
    spans = [(m.start, m.end) for m in found]
    out = []
    for name, counties in bare.items():
        if not counties or name_key(name) in hints.full_name_words:
            continue
        for hit in re.finditer(r"(?<![\w'’.-])" + re.escape(name) + r"(?![\w'’-])", text):
            if (
                _AREA_WORD_AFTER.match(text, hit.end())
                or _NAME_BEFORE.search(text, max(0, hit.start() - 30), hit.start())
                or _overlaps(spans, hit.start(), hit.end())
            ):
                continue  # "Henrico County" itself, or "Platte" of "North Platte"
            # The towns of that name first, as the scan would give them: the
            # resolver adds the counties (see counties.add_county_readings).
            out.append(Mention(hit.start(), hit.end(), name, gaz.lookup(name) or counties, "GAZ"))
    return out


_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s$")


def _county_readings(name: str, gaz: Gazetteer) -> tuple[NameMatch, ...]:
    return tuple(
        m for area in ("County", "Parish") for m in gaz.lookup(f"{name} {area}") if m.entry.feature_code == "ADM2"
    )


_LOWER_WORD = re.compile(r"[a-z][\w'’-]*\s+")


def _past_lowercase(text: str, start: int, end: int) -> int:
    """Where a name tagged with a lower-case word before it begins: the
    parser reads "pounds Avdiivka" in a headline as one person."""
    while (word := _LOWER_WORD.match(text, start, end)) and word.end() < end:
        start = word.end()
    return start


_WORD_BEFORE = re.compile(r"([a-z]+) $")


# "took control of Macomia", "have taken over Malam Fatori": taking ground in two or three words.
_TAKEN_OVER = re.compile(
    r"\b(?:took|taken|take|takes|taking|gained|regained|wrested)\s+(?:full\s+)?(?:control\s+of|over)\s+$"
)


def _after_seizing(text: str, start: int) -> bool:
    """Right after a lower-case verb of taking or shelling ("pounds Avdiivka",
    "took control of Macomia"), whatever the parse made of it."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1) in _SEIZING_FORMS:
        return True
    return _control_taken(text, start)


def _control_taken(text: str, start: int) -> bool:
    """Right after a phrase of taking ground: "took control of", "have taken over"."""
    return bool(_TAKEN_OVER.search(text, max(0, start - 40), start))


# Words after a town's name that make a local body, a building or an event
# of it: "Wamego Seniors Center", "Branchville Correctional Facility", "the
# Venice International Film Festival", "the Cannes Grand Prix".
# Not "Center", "School" or "Library": "the Webb Center", "Lee Academy" and
# "Carnegie Library" carry a person's name as often.
_LOCAL_BODIES = {
    "council", "community", "senior", "seniors", "correctional", "general", "education", "state",
    "regional", "medical", "police", "fire", "sheriff", "board", "department", "chamber", "district",
    "city", "town", "township", "public", "high", "recreation", "parks", "courthouse", "jail",
    "film", "festival", "arts", "jazz", "music", "marathon", "grand",
}
_BODY_NAME = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w'’.-]*\s+){1,3}?)(?:International\s+)?([A-Za-z]+)\b")


def _town_of_institution(text: str, start: int, end: int, gaz: Gazetteer) -> Mention | None:
    """The town at the head of a local body's or building's name: "the
    Meredith Community Center" lies in Meredith, whose name it carries."""
    head = _BODY_NAME.match(text, start, end)
    if head is None or head.group(2).lower() not in _LOCAL_BODIES:
        return None
    surface = head.group(1).rstrip()
    if name_key(surface) in _NOT_PLACES:
        return None
    matches = gaz.lookup(surface)
    if not matches or any(m.kind == KIND_DEMONYM for m in matches) or _post_towns_only(matches):
        return None  # "American Legion": a nationality, not a town
    if any(m.entry.is_country or m.entry.feature_code == "ADM1" for m in matches):
        return None  # the scan finds "Kentucky" of "Kentucky Department of Education" as it is
    return Mention(head.start(1), head.start(1) + len(surface), surface, matches, "INST")


def _could_be_ground(ent: "Span") -> bool:
    """A person- or organisation-tagged name that may still be a place: one
    in no role a person's name takes, or the name of an area word ("Murghab
    district", "Kani township"); `confirm_guesses` decides."""
    if ent.label_ == "PERSON" and ent.root.dep_ not in _PERSON_ROLES:
        return True
    if ent.label_ == "ORG" and ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in _SEIZING:
        return True  # "seized back Saraqeb"
    return ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in AREA_NOUNS


def _part_of_a_name(mention: Mention, hints: ParseHints) -> bool:
    """"Kasim" after "Kasim-Jomart Tokayev": a word of a person's full name in
    the same article is that person, unless it names a well-known place. A
    lone word tagged as a person ("said Monroe Mayor ...") is the parser
    torn between two readings of the same name, no sign of a person."""
    if mention.is_demonym or name_key(mention.text) not in hints.full_name_words:
        return False
    if mention.source in PLACE_LABELS:
        return not any(_prominent(m.entry) for m in mention.matches)
    return mention.source in ("PERSON", "ORG") and _small_area_only(mention.matches)


def _drop_unplaced(
    mentions: list[Mention], keys: set[str], hints: ParseHints, text: str, person_starts: set[int]
) -> list[Mention]:
    """"Nine-year-old Georgia Stevens ... Georgia began skating", "producer
    Andrew Trapani ... Trapani said", "a 1992 Toyota Corolla ... the Toyota
    failed to yield": a name that opens or ends a person's full name or names
    a product's maker, and that the article never
    puts after "in", "from" or another locative word, is that person or maker
    wherever it stands, even where it reads as a country or a city. A
    locative word before a name the parser tags a person there ("the idea
    came to Trapani after ...") places nothing."""
    surfaces = {m.text for m in mentions if name_key(m.text) in keys}
    people = {name_key(s) for s in surfaces if not _ever_placed(text, s, person_starts)}
    hints.people.extend((m.start, m.end) for m in mentions if name_key(m.text) in people)  # nor may the scan take them
    return [m for m in mentions if name_key(m.text) not in people]


# "the Xinhua news agency", "Anadolu Agency": a news agency's name.
_AGENCY = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:(?:[Nn]ews|[Pp]ress)\s+)?[Aa]gency\b")


def _drop_agencies(mentions: list[Mention], hints: ParseHints, text: str, gaz: Gazetteer) -> list[Mention]:
    """A name the text gives to a news agency is the agency wherever it
    stands ("according to Xinhua", "Xinhua reported"), though GeoNames has a
    village of that name; nor may the scan take it. A nationality or a
    well-known place by its own name ("Abkhaz news agency", an "Atlanta
    agency") stays what it is."""
    names = {m.group(1) for m in _AGENCY.finditer(text)}
    names = {n for n in names if name_key(n) not in _NOT_PLACES and not prominent_reading(_own_names(gaz.lookup(n)))}
    if not names:
        return mentions
    agencies = {name_key(n) for n in names}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    hints.people.extend(found.span() for found in pattern.finditer(text) if name_key(found.group(0)) in agencies)
    return [m for m in mentions if name_key(m.text) not in agencies]


def _ever_placed(text: str, name: str, person_starts: set[int]) -> bool:
    """Whether the text puts `name` after a locative word ("in Georgia"),
    not counting a possessive ("to Georgia's credit") or a spot where the
    parser tags a person (`person_starts`)."""
    for found in re.finditer(r"\b" + re.escape(name) + r"\b", text):
        if found.start() in person_starts:
            continue
        if _after_locative(text, found.start()) and not _POSSESSIVE_AFTER.match(text, found.end()):
            return True
    return False


_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")  # "to Georgia's credit": the person's, not a place
_LOCATIVE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_LOCATIVE)) + r")\s+(?:the\s+)?$", re.I)


def _after_locative(text: str, start: int) -> bool:
    return bool(_LOCATIVE_BEFORE.search(text, max(0, start - 20), start))


def _small_area_only(matches: tuple[NameMatch, ...]) -> bool:
    """Whether a name is prominent only as a small first-level area
    ("Flores", a Uruguayan department of some 25,000 people, the surname of
    "Matthew D. Flores"): too weak a reading to outweigh a full name. A
    named region ("the North Caucasus", "the Sahel") counts no people but
    is no small area."""
    return not any(
        m.kind == KIND_DEMONYM
        or (m.kind != KIND_ALT and (m.entry.is_country or m.entry.is_region or m.entry.population >= 100_000))
        for m in matches
    )


def confirm_guesses(hints: ParseHints, sure: list[Mention], text: str) -> list[Mention]:
    """"Syrian forces recaptured Palmyra": the small model calls many a town a
    person. Such a name is a place when it names a town or area in a country
    the article names outright (a country, a demonym, a first-level area),
    is not a clause's subject or owner, and is no word of a full name the
    article gives; only the readings in those countries are kept. Without
    such a country, a place preposition before it vouches for every reading
    ("a bar in Gitega", "the outskirts of Mamfe"), and so do a verb of
    taking or shelling ground ("invaded Geidam") and a list of places it
    stands in ("Newark, Heath and Pataskala"). Confirmed names stop
    blocking the scan."""
    countries = {
        m.matches[0].entry.country_code
        for m in sure
        if m.matches and not m.is_demonym and (m.matches[0].entry.is_country or m.matches[0].entry.feature_code == "ADM1")
    }
    # A nationality's country is its demonym reading's ("Malian" is also a town in China).
    countries |= {n.entry.country_code for m in sure if m.is_demonym for n in m.matches if n.kind == KIND_DEMONYM}
    confirmed = []
    # A guess the article names as a place elsewhere stands for one in a
    # list too: "damage Bicester and Kidlington", "Bicester" found in full later.
    named = {name_key(m.text) for m in sure if m.matches and not m.is_demonym}
    sure_spans = [(m.start, m.end) for m in sure] + [
        (g.start, g.end) for g in hints.guesses if name_key(g.text) in named
    ]
    for guess in hints.guesses:
        if any(word in hints.name_words for word in name_key(guess.text).split()):
            continue  # "Steele" after "Christopher Steele"
        if _unplaced_post_town(text, guess):
            continue
        inside = tuple(m for m in guess.matches if m.entry.country_code in countries and m.kind != KIND_DEMONYM)
        if not inside and (
            _place_cue(text, guess.start, guess.end)
            or guess.start in hints.seized
            or _listed_with_places(text, guess.start, guess.end, sure_spans)
            or _end_of_a_route(guess, text, sure_spans)
            or _home_of_a_person(text, guess.start, hints.people)
        ):
            inside = tuple(m for m in guess.matches if m.kind != KIND_DEMONYM)
        if not inside:
            continue
        confirmed.append(Mention(guess.start, guess.end, guess.text, inside, "GUESS"))
        hints.people = [(s, e) for s, e in hints.people if not (s == guess.start and e == guess.end)]
        if " " not in guess.text:
            hints.surnames.discard(name_key(guess.text))
    return confirmed


# "Jane Roe of Jeannette", "John Doe, 45, of Canaan": a person's name, the age perhaps, then "of".
_PERSON_OF = re.compile(r",?\s+(?:\d{1,3},\s+)?of\s+")


def _home_of_a_person(text: str, start: int, people: list[tuple[int, int]]) -> bool:
    """The name after "of" right after a person's name is where the person lives."""
    return any(e < start and _PERSON_OF.fullmatch(text, e, start) for s, e in people)


# "in X", "at X", "near X", and "of X" after a word for a settlement or its parts.
_PLACE_CUE = re.compile(
    r"(?:\b(?:in|at|near|outside|around)|\b(?:town|city|village|villages|outskirts|district|province|region|"
    r"area|capital|suburbs|streets?|centre|center|market|markets|mountains|outskirts)\s+of|\broad\s+to)\s+$",
    re.I,
)


# "Murghab district", "Kani township": nouns after a name that make it an area.
AREA_NOUNS = {
    "district", "township", "county", "province", "region", "governorate", "prefecture", "municipality",
    "commune", "subdistrict", "department", "locality", "village", "town",
}
# The same nouns as one alternation, for the patterns here and in `resolve`.
AREA_NOUN = "(?:" + "|".join(sorted(AREA_NOUNS)) + ")"
_AREA_AFTER = re.compile(r"\s+" + AREA_NOUN + r"\b")
# "the Nursultan capital", "Kremlin city": a noun for a settlement or area after a name.
_SETTLEMENT_AFTER = re.compile(r"\s+(?:capital|city|" + "|".join(sorted(AREA_NOUNS)) + r")\b")
# A word for an area, or for a site named after its town ("the Tessit camp").
_SITE_OR_AREA_NOUN = "(?:camp|base|forest|area|" + "|".join(sorted(AREA_NOUNS)) + ")"
# "withdrew from Tessalit camp": a town before a word for a military site may
# be ground the parser called a person (confirm_guesses decides).
_CAMP_AFTER = re.compile(r"\s+(?:camp|base|barracks|garrison)\b")
# "Djibo (Soum)", "the Tessit camp (Ansongo, Gao)", "(Kulgam, Jammu and Kashmir)":
# ACLED's town, maybe a word for the site there, and the areas that hold it.
_HOLDER_AFTER = re.compile(
    r"(?:\s+" + _SITE_OR_AREA_NOUN + r")?"
    r"\s*\([A-Z][a-z][\w'’.-]*(?:(?:[ ,-]+|\s+and\s+)[A-Z][\w'’.-]*)*\)"
)


def _place_cue(text: str, start: int, end: int | None = None) -> bool:
    """A word before the name, or an area noun or a bracketed area after it, that makes it a place."""
    if _PLACE_CUE.search(text[max(0, start - 40) : start]):
        return True
    if end is not None and _holds_the_name_before(text, start, end):
        return True
    return end is not None and bool(
        _AREA_AFTER.match(text, end)
        or _HOLDER_AFTER.match(text, end)
        or _inhabitants_after(text, end)
        or _names_an_incident(text, start, end)
    )


# "the Beledweyne bombings", "the Srebrenica massacre": an incident named
# after where it happened. A person's name takes other nouns ("the Kennedy
# assassination", "the Smith trial"), and "attack" or "offensive" as often
# in their figurative sense ("the Smith attack on the budget").
_INCIDENT_AFTER = re.compile(
    r"\s+(?:bombings?|massacres?|siege|blasts?|explosions?|ambush|clashes|shelling|"
    r"airstrikes?|air\s+strikes?|floods?|flooding|earthquake|landslides?)\b"
)


def _names_an_incident(text: str, start: int, end: int) -> bool:
    return bool(_ARTICLE_BEFORE.search(text, max(0, start - 5), start)) and _INCIDENT_AFTER.match(text, end) is not None


# "Chicopee residents", "a Hounslow resident", "Preble voters": the people of a place.
_INHABITANTS_AFTER = re.compile(r"\s+(?:residents?|voters|natives?|homeowners|taxpayers|townspeople|villagers)\b")


def _inhabitants_after(text: str, end: int) -> bool:
    return _INHABITANTS_AFTER.match(text, end) is not None


# "a village near Bambo (Rutshuru)": ACLED's place, then the area that holds it in brackets.
# "villages in Kani township (Sagaing)": an area noun may stand between them;
# "Mantumbi (Beni, North Kivu)": the bracket may list the district, then the region.
_NAME_THEN_BRACKET = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+" + _SITE_OR_AREA_NOUN + r")?"
    r"\s*\((?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*,\s*)?$"
)
_BRACKET_GOES_ON = re.compile(r"\s*(?:\)|,\s*[A-Z])")


def _holds_the_name_before(text: str, start: int, end: int) -> bool:
    """The name stands in brackets right after another capitalised name,
    alone or as one of the areas listed there."""
    return bool(_NAME_THEN_BRACKET.search(text, max(0, start - 60), start)) and bool(
        _BRACKET_GOES_ON.match(text, end)
    )


def _place_guess(text: str, start: int, end: int, label: str, gaz: Gazetteer) -> Mention | None:
    """The small model calls "Edmonton" a person and "Moscow" an organisation.

    A short PERSON or ORG entity may be a place when the whole of it is a
    gazetteer name and no title or speech verb marks it as someone; the
    caller takes it outright when it names a country, a first-level area or
    a big city (see `_prominent`), and otherwise only in a country the
    article names (see `confirm_guesses`).
    """
    start, end = _trim(text, start, end)
    end = _hyphenated_end(text, end, gaz, text[start:end])  # "Rostov-on-Don" tagged as a person "Rostov"
    start = _whole_name_start(text, start, end, gaz)
    surface = text[start:end]
    if not surface[:1].isupper() or surface.count(" ") > 2:
        return None
    if name_key(surface) in _NOT_PLACES:
        return None
    matches = gaz.lookup(surface) or _with_final_h(gaz, surface)
    if not matches or any(m.kind == KIND_DEMONYM for m in matches):
        return None
    before = text[max(0, start - 12) : start].rstrip().rsplit(" ", 1)[-1].rstrip(".").lower()
    if before in _TITLES:
        return None
    if label == "PERSON" and not _office_of(text, start) and not _capital(matches):
        # "Tbilisi says": a capital speaking is its government, still a place name.
        after = text[end : end + 12].lstrip().split(" ", 1)[0].lower()
        if after in _SPEECH:
            return None
    return Mention(start, end, surface, matches, label)


def _capital(matches: tuple[NameMatch, ...]) -> bool:
    return any(m.entry.feature_code == "PPLC" and m.kind in (KIND_NAME, KIND_ALIAS) for m in matches)


# "The police of Malmo says": the office speaks, the name after "of" is its town.
_OFFICE_OF = re.compile(
    r"\b(?:police|mayor|governor|governorate|prefecture|municipality|council|authorities|army|people|residents|"
    r"hospital|court|prosecutor|prosecutors|gendarmerie)\s+of\s+(?:the\s+)?$",
    re.I,
)


def _office_of(text: str, start: int) -> bool:
    return bool(_OFFICE_OF.search(text, max(0, start - 40), start))


def _names_institution(span: str) -> bool:
    """"Huntsville Fire Chief", "Dublin Recreation Services": a place's office, not a person."""
    return any(word.lower().strip(".,'’") in _INSTITUTIONS for word in span.split())


def _town_before_noun(span: str, lowercase: set[str], gaz: Gazetteer) -> bool:
    """"Flemington Elks plan a show", "Lexington 4's budget", "Readington
    Superintendent decides": a town's name before a number or a word the
    text also writes in lower case (a common noun, not a surname) is that
    town's school district, club or office, which the parser tags a person.
    Taking it for one would make the town a given name everywhere else."""
    head, _, tail = span.rpartition(" ")
    tail = _POSSESSIVE.sub("", tail)
    if not head or not (tail.isdigit() or tail.lower() in lowercase):
        return False
    return name_key(head) not in _NOT_PLACES and bool(gaz.lookup(head))


def _lowercase_words(text: str) -> set[str]:
    """The words a text writes in lower case somewhere: its common nouns, not its names."""
    return {text[s:e].rstrip(".") for s, e in _words(text) if text[s].islower()}


def _prominent(entry: GeoEntry) -> bool:
    return entry.is_country or entry.feature_code == "ADM1" or entry.population >= 100_000


def _entity_mention(text: str, start: int, end: int, label: str, gaz: Gazetteer) -> Mention | None:
    start, end = _trim(text, start, end)
    end = _hyphenated_end(text, end, gaz, text[start:end])
    if end <= start or not text[start].isupper():
        return None
    if label == "NORP":
        start = _region_adjective_start(text, start, end, gaz)
        whole = _place_named_by_nationality(text, start, end, gaz)
        if whole is not None:
            return whole
    surface = text[start:end]
    if name_key(surface) in _COMPASS or _inside_a_water_name(text, start):
        return None  # "207 South Main St." tagged LOC: a compass word, not South Africa
    matches = lookup_loose(gaz, surface)
    if _saints_house(text, start, end) and not prominent_reading(matches):
        return None
    if label == "NORP":
        # Only nationality adjectives are places; parties and religions are not.
        if not any(m.kind == KIND_DEMONYM for m in matches) or _names_a_style(text, end):
            return None
    return Mention(start, end, surface, matches, label)


_COMPASS_BEFORE = re.compile(r"(?:(?:North|South|East|West|Central)[\s-]+){1,2}$")


def _region_adjective_start(text: str, start: int, end: int, gaz: Gazetteer) -> int:
    """"the South East Asian city-state": the parser tags "the South East" a
    place and "Asian" a nationality; the adjective of the region is the
    three words together, when the gazetteer knows them."""
    before = _COMPASS_BEFORE.search(text, max(0, start - 20), start)
    if before is None:
        return start
    for word in re.finditer(r"[A-Z]", text[before.start() : start]):
        whole = before.start() + word.start()
        if any(m.kind == KIND_DEMONYM for m in gaz.lookup(text[whole:end])):
            return whole
    return start


_NAME_WORDS_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){1,2}")


def _place_named_by_nationality(text: str, start: int, end: int, gaz: Gazetteer) -> Mention | None:
    """"the English Channel", "the Indian Ocean": the parser tags the
    nationality alone; the name runs on into a place the gazetteer knows."""
    after = _NAME_WORDS_AFTER.match(text, end)
    known = _longest_known(text, start, after, gaz, demonyms=False) if after else None
    return Mention(start, known[0], text[start : known[0]], known[1], "LOC") if known else None


# "an Irish pub", "the Mexican restaurant", "Irish songs": a nationality
# before a word for food, drink, a place to eat or music names a style, and
# says nothing of where the story is (a local story with an Irish pub is no
# Irish story).
_STYLE_NOUN = re.compile(
    r"\s+(?:restaurants?|pubs?|food|foods|cuisine|dishes|cooking|fare|beers?|wines?|bakery|bakeries|"
    r"deli|buffet|steakhouse|grill|cafe|café|eatery|takeout|songs|music|rock|folk|dances|dancers|dancing)\b"
)


# "the Spanish Oaks Apartments", "Irish Hills Golf Course": a nationality
# that opens the proper name of a building or an estate is part of the name,
# and says as little of where the story is: the Spanish vote had made a Texas
# paper's Paris the French capital.
_PROPERTY_NAME = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){1,2}\s+(?:Apartments|Condominiums|Condos|Townhomes|Estates|Inn|Motel|Hotel|Restaurant|"
    r"Grill|Cafe|Café|Pub|Bakery|Golf\s+Course|Country\s+Club|Mall|Plaza|Shopping\s+Center)\b"
)


def _names_a_style(text: str, end: int) -> bool:
    """Whether the nationality ending at `end` names a style or opens a building's name."""
    return _STYLE_NOUN.match(text, end) is not None or _PROPERTY_NAME.match(text, end) is not None


_HYPHEN_TAIL = re.compile(r"(?:-[a-z]{1,3})*-[A-Z][\w'’]*")


def _hyphenated_end(text: str, end: int, gaz: Gazetteer, surface: str) -> int:
    """The tokenizer cuts "Mazar-i-Sharif" after "Mazar": take the whole
    hyphenated name when the gazetteer knows it or particles join it (then
    an unknown name is better than a namesake of its first part)."""
    tail = _HYPHEN_TAIL.match(text, end)
    if tail is None:
        return _particle_end(text, end, gaz, surface)
    if _HYPHEN_PARTICLE.match(text, end) or gaz.lookup(surface + tail.group(0)):
        return tail.end()
    return end


# " do Sul", " del Norte": a particle and a capitalised word that may end a longer name.
_PARTICLE_TAIL = re.compile(r"(?:\s+(?:de|del|do|da|dos|das|du|des))+\s+[A-Z][\w'’-]*")


def _particle_end(text: str, end: int, gaz: Gazetteer, surface: str) -> int:
    """The parser stops "Rio Grande do Sul" at "Rio Grande", a partial name
    with namesakes on three continents, and "Fort St. John" at "Fort St.":
    take the whole when the gazetteer knows it."""
    tail = _PARTICLE_TAIL.match(text, end)
    if tail is None and _ENDS_IN_ABBREVIATION.search(surface):
        tail = _WORD_AFTER.match(text, end)
    if tail is not None and gaz.lookup(surface + tail.group(0)):
        return tail.end()
    return end


_WORD_BEFORE_NAME = re.compile(r"([A-Z][\w'’]*)\s+$")


def _whole_name_start(text: str, start: int, end: int, gaz: Gazetteer) -> int:
    """The parser tags "Markos" alone in "near Debre Markos", a name with a
    namesake in Poland: take the capitalised word before it when the
    gazetteer knows the two together."""
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 30), start)
    if before is not None and gaz.lookup(text[before.start(1) : end]):
        return before.start(1)
    return start


_ENDS_IN_ABBREVIATION = re.compile(r"\b(?:St|Ste|Mt|Ft)\.$")
_WORD_AFTER = re.compile(r"\s+[A-Z][\w'’]*")


# Arabic names in -iya are written with and without a final h.
_YA_END = re.compile(r"iy?a$")


def _with_final_h(gaz: Gazetteer, surface: str) -> tuple[NameMatch, ...]:
    """"Kabkabiya" is GeoNames' Kabkābīyah."""
    return gaz.lookup(surface + "h") if _YA_END.search(surface) else ()


def lookup_loose(gaz: Gazetteer, surface: str) -> tuple[NameMatch, ...]:
    """The name as written, else without a final full stop, or with the final
    h of an Arabic "-iyah" that some writers drop; and with a trailing "City"
    ("York City, Pa." is York)."""
    matches = gaz.lookup(surface)
    if not matches and surface.endswith("."):
        matches = gaz.lookup(surface[:-1])
    if not matches:
        matches = _with_final_h(gaz, surface)
    if surface.lower().endswith(" city") and len(surface) > 8:
        # "Dublin City Council": the Irish capital by its formal name, or
        # any town called Dublin; the text decides.
        known = {m.entry.id for m in matches}
        matches += tuple(m for m in gaz.lookup(surface[:-5]) if m.entry.is_city and m.entry.id not in known)
    return matches


# "Kinshasa - Gombe", "Port-au-Prince - Delmas": ACLED's city, a spaced dash, its quarter.
SPACED_DASH = re.compile(r"\s+[-–]\s+")


def _dash_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """"Port-au-Prince - Delmas", tagged as one place: ACLED's city and
    quarter, two names."""
    parts, at = [], start
    for dash in SPACED_DASH.finditer(text, start, end):
        parts.append((at, dash.start()))
        at = dash.end()
    return parts + [(at, end)]


# "the Ontario city", "the Texas town": after "the", a name and a lower-case
# word for a town is the area the town lies in, not a town of that name.
_AREA_THEN_TOWN = re.compile(r"\s+(?:city|town|village)$")
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    span = text[start:end]
    for article in ("the ", "The "):
        if span.startswith(article):
            start += len(article)
            span = span[len(article):]
    possessive = _POSSESSIVE.search(span)
    if possessive and len(span) > 3:
        end -= len(possessive.group(0))
    town_word = _AREA_THEN_TOWN.search(text, start, end)
    if town_word is not None and town_word.start() > start and _ARTICLE_BEFORE.search(text, max(0, start - 5), start):
        end = town_word.start()
    return start, end


# SURE: a locative preposition or a "Town, State" pair vouches for the word.
SURE, ACCEPT, DOUBT, REJECT = "sure", "accept", "doubt", "reject"


def scan_mentions(
    text: str, gaz: Gazetteer, taken: list[tuple[int, int]], hints: ParseHints | None = None
) -> tuple[list[Mention], list[Mention]]:
    """Gazetteer names among capitalised words that no entity already covers.

    Returns (accepted, doubtful): a doubtful one is a lone word naming only
    small towns, kept only if the article places other names in the same area.
    """
    hints = hints or ParseHints()
    words = _words(text)
    lowercase = _lowercase_words(text)
    accepted: list[Mention] = []
    doubtful: list[Mention] = []
    for i, j, start, end, matches in _gazetteer_runs(text, words, gaz):
        if not _overlaps(taken, start, end) and not _person_across(hints.people, i, j, start, end):
            verdict = _verdict(text, words, i, j, matches)
            if verdict in (ACCEPT, DOUBT) and _listed_with_places(text, start, end, taken):
                verdict = SURE
            if verdict != REJECT and j - i == 1 and _word_of_a_full_name(text[start:end], matches, hints):
                verdict = REJECT
            if verdict in (ACCEPT, DOUBT) and j - i == 1 and _small_area_only(_own_names(matches)):
                verdict = _second_look(text, words, i, j, hints, lowercase, verdict)
            if verdict != REJECT and not prominent_reading(matches) and (
                _name_runs_on(text, words, j)
                or _tail_of_name(text, words, i)
                or _before_a_person(text, words, i, j, hints)
                or _in_a_firm(text, start, end)
                or _saints_house(text, start, end)
                or _field_of_an_office(text, start)
            ):
                verdict = REJECT
            if verdict != REJECT and j - i == 1 and _first_name_of_a_surname(text, words, j, matches, hints):
                verdict = REJECT
            if verdict != REJECT and _post_towns_only(matches):
                verdict = SURE if _post_town_placed(text, start, end) else REJECT
            if verdict != REJECT:
                mention = Mention(start, end, text[start:end], matches, "GAZ")
                (doubtful if verdict == DOUBT else accepted).append(mention)
    accepted += unknown_settlements(text, gaz, taken + [(m.start, m.end) for m in accepted + doubtful])
    return accepted, doubtful


_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_SETTLEMENTS_IN = re.compile(
    r"\b(?:villages?|towns?|hamlets?|settlements?)\s+of\s+"
    r"(" + _NAME_WORDS + r"(?:\s*,\s*" + _NAME_WORDS + r")*(?:,?\s+and\s+" + _NAME_WORDS + r")?)"
    r"\s+in\s+(?:the\s+)?(" + _NAME_WORDS + r")"
)
_LISTED = re.compile(_NAME_WORDS)


def unknown_settlements(text: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """"the villages of Foua and Kfraya in Idlib", "the town of Qatraneh in the
    Karak district": settlements the gazetteer lacks, named as such inside a
    known area. Each takes the area's readings, the honest coarser answer
    (an unknown name without such a frame stays unknown)."""
    found = []
    for frame in _SETTLEMENTS_IN.finditer(text):
        areas = tuple(m for m in gaz.lookup(frame.group(2)) if m.entry.feature_code in ("ADM1", "ADM2"))
        if not areas:
            continue
        for name in _LISTED.finditer(text, frame.start(1), frame.end(1)):
            start, end = name.span()
            if not gaz.lookup(name.group(0)) and not _overlaps(taken, start, end):
                found.append(Mention(start, end, name.group(0), areas, "GAZ"))
    return found


def _person_across(people: list[tuple[int, int]], i: int, j: int, start: int, end: int) -> bool:
    """A person's name overlaps the run, unless the run is a longer name of
    several words that holds it whole: "Sault Ste. Marie" and "Lake Charles"
    are the towns, whatever the parser made of "Marie" or "Charles"."""
    return any(
        s < end and start < e and not (j - i > 1 and start <= s and e <= end and e - s < end - start) for s, e in people
    )


def _post_towns_only(matches: tuple[NameMatch, ...]) -> bool:
    return bool(matches) and all(m.entry.feature_code == POST_TOWN for m in matches)


_STATE_AFTER = re.compile(r",\s+[A-Z]")


def _unplaced_post_town(text: str, mention: Mention) -> bool:
    """A name that reaches only towns known from their post offices, with
    nothing around it that says a town is meant (see `_post_town_placed`)."""
    return _post_towns_only(mention.matches) and not _post_town_placed(text, mention.start, mention.end)


# Words before a post town's name that make it a town: "of" as in "John Doe of Lanexa".
_POST_TOWN_CUES = {"in", "near", "outside", "of", "from", "to"}
_NAME_GOES_ON = re.compile(r"\s[A-Z0-9]")


# "in the Tennessee Colony area", "Preble voters": a word after the name that makes it a place.
_PLACE_AFTER = re.compile(r"\s+(?:area|" + AREA_NOUN + r")\b")


def _post_town_placed(text: str, start: int, end: int) -> bool:
    """Such names spell common words, people's names and firms' ("Day",
    "Sarah", "United Way") more often than towns: one counts only after
    "in", "near", "of" or "from", before ", State", an area noun or a word
    for its people, and never in capitals ("PRIDE") or followed by another
    capitalised word ("Fithian House")."""
    surface = text[start:end]
    if surface.isupper() or _NAME_GOES_ON.match(text, end):
        return False
    if _STATE_AFTER.match(text, end) or _PLACE_AFTER.match(text, end) or _inhabitants_after(text, end):
        return True
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1) in _POST_TOWN_CUES


# What joins the names of a list: "Newark, Heath and Pataskala".
_LIST_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_GAP = re.compile(r"\s+to\s+")


def _listed_with_places(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """A name in a list beside a place the parser found ("the cities of
    Newark, Heath and Pataskala", "Litchfield, Winsted and Torrington") is
    one more place, whatever the parser made of the word itself."""
    return any(
        (e <= start and _LIST_GAP.fullmatch(text, e, start)) or (s >= end and _LIST_GAP.fullmatch(text, end, s))
        for s, e in taken
    )


# A town this big is what a route's end means ("from Paris to Smith" passes
# nothing to a county of Texas).
ROUTE_TOWN = 10_000


def _end_of_a_route(guess: Mention, text: str, taken: list[tuple[int, int]]) -> bool:
    """"Migrants crossed from Calais to Dover": a town at one end of a route
    whose other end is a place the parser found."""
    if not any(m.entry.is_city and m.entry.population >= ROUTE_TOWN for m in guess.matches):
        return False
    start, end = guess.start, guess.end
    return any(
        (s >= end and _TO_GAP.fullmatch(text, end, s) and _FROM_BEFORE.search(text, max(0, start - 8), start))
        or (e <= start and _TO_GAP.fullmatch(text, e, start) and _FROM_BEFORE.search(text, max(0, s - 8), s))
        for s, e in taken
    )


def _word_of_a_full_name(word: str, matches: tuple[NameMatch, ...], hints: ParseHints) -> bool:
    """A word of a full name the article gives, prominent only as a small area:
    the person's, where the scan would otherwise take it unasked."""
    own = _own_names(matches)
    return name_key(word) in hints.full_name_words and prominent_reading(own) and _small_area_only(own)


def _gazetteer_runs(
    text: str, words: list[tuple[int, int]], gaz: Gazetteer
) -> Iterator[tuple[int, int, int, int, tuple[NameMatch, ...]]]:
    """(first word, word after, start, end, readings) of each longest run of
    words that is a gazetteer name, left to right, the runs not overlapping."""
    i = 0
    while i < len(words):
        found = _longest_match(text, words, i, gaz)
        if found is None:
            i += 1
            continue
        yield (i, *found)
        i = found[0]


def names_in_gazetteer(text: str, gaz: Gazetteer) -> bool:
    """Whether some run of capitalised words in the text is a gazetteer name.

    Entities matter to places only where such a name is: a place entity
    needs a reading, and a person's name only stops the scan (here or, as a
    surname, elsewhere) from taking a word the gazetteer knows. So the
    pipeline names entities in a sentence near an event only when this holds.
    Names the scan turns away whatever the parse says (common words such as
    "Police" or "March", and two-letter words such as "We") do not count.
    """
    words = _words(text)
    return any(not _never_a_place(text, words[i:j]) for i, j, *_ in _gazetteer_runs(text, words, gaz))


def _never_a_place(text: str, words: list[tuple[int, int]]) -> bool:
    """A run of capitalised words that no reading of the parse makes a place:
    common words only, or one short word in title case ("We", "As", but not "US")."""
    if _common_words_only(text, words):
        return True
    word = text[words[0][0] : words[0][1]]
    return len(words) == 1 and len(name_key(word.rstrip("."))) < 3 and not word.isupper()


def _common_words_only(text: str, words: list[tuple[int, int]]) -> bool:
    """Common words only, after a leading article: "The City" opening a
    sentence is the town the story is about, not a town GeoNames also calls
    "The City" (Oakville, the City of London)."""
    keys = [name_key(text[s:e].rstrip(".")) for s, e in words]
    if len(keys) > 1 and keys[0] == "the":
        keys = keys[1:]
    return all(key in _COMMON for key in keys)


def _words(text: str) -> list[tuple[int, int]]:
    out = []
    for match in _WORD.finditer(text):
        start, end = match.start(), match.end()
        possessive = _POSSESSIVE.search(text[start:end])
        if possessive and end - start > 3:
            end -= len(possessive.group(0))
        out.append((start, end))
    return out


def _longest_match(
    text: str, words: list[tuple[int, int]], i: int, gaz: Gazetteer
) -> tuple[int, int, int, tuple[NameMatch, ...]] | None:
    if not text[words[i][0]].isupper():
        return None
    abbreviation = _dotless_abbreviation(text, words[i], gaz, i)
    if abbreviation is not None:
        return abbreviation
    last = min(len(words), i + _MAX_WORDS)
    run = i  # words i .. run-1 may all sit inside one name
    while run < last and _inside_name(text, words[run]):
        run += 1
    for j in range(run, i, -1):
        if not text[words[j - 1][0]].isupper():
            continue
        if _crosses_sentence(text, words[i][0], words[j - 1][1]):
            continue
        start, end = words[i][0], words[j - 1][1]
        if _institution_head(text, words[j - 1], end):
            continue
        for stop in (end, end - 1) if text[end - 1] == "." else (end,):
            matches = gaz.lookup(text[start:stop])
            if matches:
                return j, start, stop, matches
    return None


# "the University of Michigan Center for Computer Security": a centre named
# for what it studies is an institution, not the village of Michigan Center;
# the scan reads the state before it.
_CENTRE_OF = re.compile(r"\s+(?:for|of|on)\s")


def _institution_head(text: str, last_word: tuple[int, int], end: int) -> bool:
    return name_key(text[last_word[0] : last_word[1]]) in ("center", "centre") and bool(_CENTRE_OF.match(text, end))


def _dotless_abbreviation(
    text: str, word: tuple[int, int], gaz: Gazetteer, i: int
) -> tuple[int, int, int, tuple[NameMatch, ...]] | None:
    """"Edmonton, Ky", "LOUISVILLE, KY", "Bronx County, N.Y": after a town
    and a comma, an area's abbreviation that has lost its full stop (or is
    the postal code that spells it) still names the area, rather than a
    town spelled so (Pa, Burkina Faso). It must end the phrase: before
    another word it is a name's first word ("Still, Del Beccaro said") or a
    common one ("On Sunday, Mass was held")."""
    start, end = word
    if text[end - 1] == "." or len(text[start:end].replace(".", "")) > _ABBREVIATION_LETTERS:
        return None
    if not _after_a_town(text, start) or _ANY_WORD_AFTER.match(text, end):
        return None
    matches = gaz.lookup(text[start:end] + ".")
    return (i + 1, start, end, matches) if _areas_only(matches) else None


def _before_a_person(text: str, words: list[tuple[int, int]], i: int, j: int, hints: ParseHints) -> bool:
    """A lone word right before a person's name is a title or a first name:
    "condolences to Pope Tawadros" (Pope County lies in Minnesota)."""
    if j - i != 1 or j >= len(words) or text[words[i][1] : words[j][0]] != " ":
        return False
    return any(start == words[j][0] for start, _ in hints.people)


def _first_name_of_a_surname(
    text: str, words: list[tuple[int, int]], j: int, matches: tuple[NameMatch, ...], hints: ParseHints
) -> bool:
    """"Nadia Moayyad said", the parser calling the whole an organisation: a
    lone word right before a surname the article gives a person elsewhere
    ("Noorallah Moayyad") is a first name, even one a district bears. A
    country, a first-level area or a big city keeps its reading ("Texas
    Perry", "Richmond Winterfest"), and a full stop ends the name."""
    end = words[j - 1][1]
    if j >= len(words) or text[end - 1] == "." or text[end : words[j][0]] != " " or not text[words[j][0]].isupper():
        return False
    if any(_prominent(m.entry) and m.entry.feature_code != "ADM2" for m in _own_names(matches)):
        return False
    return name_key(text[words[j][0] : words[j][1]]) in hints.surnames


# "Stevens & Wilkinson", "Long & Foster": partners' names joined by an ampersand.
_AMPERSAND_AFTER = re.compile(r"\s+&\s+[A-Z]")
_AMPERSAND_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+&\s+$")


def _in_a_firm(text: str, start: int, end: int) -> bool:
    """A name on either side of a spaced "&" beside another capitalised name
    is a firm's partner; places are joined by "and" ("Texas A&M" has no spaces)."""
    return bool(_AMPERSAND_AFTER.match(text, end) or _AMPERSAND_BEFORE.search(text, max(0, start - 40), start))


# "Chamber of Commerce", "Department of Labor", "Secretary of Homeland
# Security": the name after an office and "of" is its field, not a town
# (unlike "University of Hartford" or "Bank of Princeton").
_OFFICE_OF_FIELD = re.compile(
    r"\b(?:Chamber|Department|Dept\.|Secretary|Ministry|Minister|Bureau|Division|Office|Commissioner)\s+of\s+$"
)


_SAINT = re.compile(r"(?:St|Ste|Saint)\.?\s")


# "King's College London", "Queen's University", "Guy's Hospital".
_FOUNDERS_HOUSE = re.compile(r"['’]s\s+(?:College|University|School|Hospital|Academy)\b")


def _saints_house(text: str, start: int, end: int) -> bool:
    """"St. Michael's Catholic School", "switch to St. Michael's": a saint's
    name in the possessive is a church, school or hospital named for the
    saint, and so is any name in the possessive before "College",
    "University" or "Hospital" ("King's College" is no King, Ontario).
    Callers keep a well-known town's possessive ("St. Petersburg's")."""
    if _FOUNDERS_HOUSE.match(text, end):
        return True
    return bool(_SAINT.match(text, start)) and text[end : end + 1] in ("'", "’")


def _field_of_an_office(text: str, start: int) -> bool:
    return bool(_OFFICE_OF_FIELD.search(text, max(0, start - 20), start))


def _inside_name(text: str, word: tuple[int, int]) -> bool:
    """A capitalised word, or a connector or particle that joins one name."""
    start, end = word
    return text[start].isupper() or text[start:end].lower() in _CONNECTORS or _hyphen_particle(text, word)


def _crosses_sentence(text: str, start: int, end: int) -> bool:
    inner = text[start:end]
    return bool(re.search(r"[!?;:\n]", inner) or re.search(r"[a-z]{3,}\.\s", inner))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 80) : start].rstrip()
    return not before or before[-1] in ".!?\"“”\n:|-–—"


def _own_names(matches: tuple[NameMatch, ...]) -> tuple[NameMatch, ...]:
    """Readings by a place's own name: "Part" and "Soul" reach Perth and Seoul
    only as other spellings, and a big city by another spelling does not
    spare a common word the second look."""
    return tuple(m for m in matches if m.kind != KIND_ALT)


def prominent_reading(matches: tuple[NameMatch, ...]) -> bool:
    return any(m.kind == KIND_DEMONYM or _prominent(m.entry) for m in matches)


# "Mazar-i-Sharif", "Dasht-e-Barchi": particles that join a hyphenated name.
_HYPHEN_PARTICLE = re.compile(r"-(?:[a-z]{1,3})-[A-Z]")


def _name_runs_on(text: str, words: list[tuple[int, int]], j: int) -> bool:
    """The match is the head of a longer hyphenated name the gazetteer lacks:
    "Dasht" of "Dasht-e-Barchi". A town of that name would be a namesake
    elsewhere; better no reading than a wrong one. ("Bulo" of "Bulo Burte"
    is left to `resolve.drop_strays`: local news is full of "Henderson
    County Jail" and "Naugatuck River".)"""
    return bool(_HYPHEN_PARTICLE.match(text, words[j - 1][1]))


# Particles inside names ("Maguindanao del Sur", "Rio Grande do Sul"), not
# the "of"/"and" that join two names.
_NAME_PARTICLES = {"de", "del", "la", "le", "el", "al", "da", "do", "du", "des", "dos", "das"}


def _tail_of_name(text: str, words: list[tuple[int, int]], i: int) -> bool:
    """"Sur" of "Maguindanao del Sur": a capitalised word, a particle, then the match."""
    if i < 2:
        return False
    particle = text[words[i - 1][0] : words[i - 1][1]]
    return (
        particle in _NAME_PARTICLES
        and text[words[i - 2][0]].isupper()
        and text[words[i - 2][1] : words[i - 1][0]] in (" ", "-")
        and text[words[i - 1][1] : words[i][0]] in (" ", "-")
    )


def _hyphen_particle(text: str, word: tuple[int, int]) -> bool:
    """"-i-" of "Mazar-i-Sharif", "ez-" of "Deir ez-Zor", "al-" of "Ras al-Ain"."""
    start, end = word
    return end - start <= 3 and text[start - 1 : start] in ("-", " ") and text[end : end + 1] == "-"


# Offices of a town's government after its name: "Hopkinton Police",
# "Crestwood School Board", "Monroe Mayor", "Dublin City Council".
_LOCAL_OFFICE = re.compile(
    r"\s+(?:Police|Fire|Sheriff|City\s+(?:Council|Hall|Manager|Schools?)|Town\s+(?:Council|Hall|Manager)|"
    r"Township|Village\s+Board|School\s+(?:Board|District|Committee)|Board\s+of\s+(?:Education|Finance|Selectmen)|"
    r"Public\s+(?:Library|Schools)|Mayor|Selectmen|Chamber\s+of\s+Commerce)\b"
)


def names_local_office(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by an office of its town's government."""
    return bool(_LOCAL_OFFICE.match(text, end))


def _second_look(
    text: str, words: list[tuple[int, int]], i: int, j: int, hints: ParseHints, lowercase: set[str], verdict: str
) -> str:
    """A lone word naming only small places is a place only if nothing says it is a common word or a name."""
    start, end = words[i]
    word = text[start:end].rstrip(".")
    if names_local_office(text, end):
        return verdict  # "the Hopkinton Police Department": a town's, whoever else bears the name
    if word.lower() in lowercase or start in hints.common_at or name_key(word) in hints.surnames:
        return REJECT
    if i > 0 and text[words[i - 1][1] : start] == " " and text[words[i - 1][0]].isupper():
        before = text[words[i - 1][0] : words[i - 1][1]]
        if not _starts_sentence(text, words[i - 1][0]) and name_key(before) not in _CONNECTORS:
            return REJECT  # "Southwest Side", "Eight Mile": the tail of a longer name
    if j < len(words) and text[end:words[j][0]] == " " and text[words[j][0]].isupper():
        following = text[words[j][0] : words[j][1]].lower().strip(".,")
        if following not in _INSTITUTIONS and following not in _GEO_WORDS:
            return REJECT  # "Bell Helicopter", "Paris Hilton": part of a longer name
    return verdict


def _verdict(text: str, words: list[tuple[int, int]], i: int, j: int, matches: tuple[NameMatch, ...]) -> str:
    first = text[words[i][0] : words[i][1]]
    prev = text[words[i - 1][0] : words[i - 1][1]].rstrip(".").lower() if i > 0 else ""
    if prev in _TITLES or _inside_a_water_name(text, words[i][0]):
        return REJECT
    if j - i > 1:
        return REJECT if _common_words_only(text, words[i:j]) else ACCEPT
    if _abbreviated_area(text, words, i, matches):
        return SURE
    key = name_key(first.rstrip("."))
    if _country_initials(text, words[i], matches):
        return ACCEPT
    if key in _NOT_PLACES or len(key) < 3:
        return REJECT
    if any(m.kind == KIND_DEMONYM for m in matches):
        return REJECT if _names_a_style(text, words[i][1]) else ACCEPT
    best = matches[0].entry
    if best.is_country or best.is_region or best.feature_code in ("ADM1", "CONT"):
        return ACCEPT
    if first.isupper() and len(first) <= 4:
        return REJECT  # acronyms in headlines
    if (
        (prev in _LOCATIVE and not _street_after_on(text, words, prev, j))
        or _followed_by_area(text, words, j)
        or _AREA_AFTER.match(text, words[j - 1][1])  # "Giza's Haram district": the noun vouches like "in"
        or _people_of_the_name(text, words, i, j)
    ):
        return SURE
    if (prev in _SEIZING_FORMS and _verb_right_before(text, words[i - 1], words[i][0])) or _control_taken(
        text, words[i][0]
    ):
        return SURE  # ground a force took or shelled
    if _holds_the_name_before(text, words[i][0], words[j - 1][1]) and any(
        m.entry.is_admin or m.entry.is_region for m in matches
    ):
        return SURE  # "Derna (Cyrenaica)": the area around the place before, not "Meaney (Green)"
    if max(m.entry.population for m in matches) >= 50_000:
        return ACCEPT
    return DOUBT


def _country_initials(text: str, word: tuple[int, int], matches: tuple[NameMatch, ...]) -> bool:
    """"US" or "UK" in capitals, as in "the US State Department" or "a UK
    charity": a country by its initials (no other two letters name one),
    though not before a currency sign ("US$20 million" is a sum)."""
    start, end = word
    initials = text[start:end]
    return len(initials) == 2 and initials.isupper() and text[end : end + 1] != "$" and any(
        m.entry.is_country for m in matches
    )


# "the Gulf of Mexico", "the Bay of Bengal", "the Strait of Hormuz": a water
# body named after the land beside it.
_WATER_OF = re.compile(r"\b(?:Gulf|Sea|Bay|Bight|Strait|Straits|Sound|Lake)\s+of\s+(?:the\s+)?$")


def _inside_a_water_name(text: str, start: int) -> bool:
    """The name ends a water body's name the gazetteer lacks (its whole name
    would have matched first): the sea, not the country, whose point lies
    hundreds of kilometres away; better no reading than that one."""
    return bool(_WATER_OF.search(text, max(0, start - 20), start))


def _people_of_the_name(text: str, words: list[tuple[int, int]], i: int, j: int) -> bool:
    """"Chicopee residents", "a Hounslow resident": a word for a place's people
    after the name, which neither opens a sentence ("Early voters said") nor
    ends a longer name ("National Front voters")."""
    if not _inhabitants_after(text, words[j - 1][1]) or _starts_sentence(text, words[i][0]):
        return False
    return not (i > 0 and text[words[i - 1][1] : words[i][0]] == " " and text[words[i - 1][0]].isupper())


def _abbreviated_area(text: str, words: list[tuple[int, int]], i: int, matches: tuple[NameMatch, ...]) -> bool:
    """"Churchill, Man.", "Gatineau, Que.": after a town and a comma, a word
    with a full stop that the gazetteer reads only as a first-level area is
    that area, not the common word it spells."""
    start, end = words[i]
    dotted = text[end - 1] == "." or _short_form(text[start:end], matches)
    return dotted and _after_a_town(text, start) and _areas_only(matches)


def _short_form(word: str, matches: tuple[NameMatch, ...]) -> bool:
    """A short word that is no area's own name: "Ky" for Kentucky, not "Ohio"."""
    short = len(word.replace(".", "")) <= _ABBREVIATION_LETTERS
    return short and all(name_key(m.entry.name) != name_key(word) for m in matches)


# An area's abbreviation without its full stop is this short: "Ky", "N.Y", "Tenn".
_ABBREVIATION_LETTERS = 4
_ANY_WORD_AFTER = re.compile(r"[ \t]+\w")


_TOWN_COMMA = re.compile(r"[A-Z][\w'’.-]*, $")


def _after_a_town(text: str, start: int) -> bool:
    return bool(_TOWN_COMMA.search(text, max(0, start - 40), start))


def _areas_only(matches: tuple[NameMatch, ...]) -> bool:
    return bool(matches) and all(m.entry.feature_code == "ADM1" for m in matches)


def _area_abbreviation(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """A person-tagged word after a town that is an area's abbreviation, with
    the full stop after it ("Barrie, Ont.") or without ("EDMONTON, Ky (WBKO)")."""
    if text[end : end + 1] != ".":
        return _dotless_abbreviation(text, (start, end), gaz, 0) is not None
    return _after_a_town(text, start) and _areas_only(gaz.lookup(text[start : end + 1]))


def _verb_right_before(text: str, verb: tuple[int, int], start: int) -> bool:
    """A lower-case word with one space before the name and no full stop: "pounds Avdiivka", not "attacks. One"."""
    return text[verb[0]].islower() and text[verb[1] : start] == " " and text[verb[1] - 1] != "."


def _street_after_on(text: str, words: list[tuple[int, int]], prev: str, j: int) -> bool:
    """"on College Street": after "on", a name followed by another capitalised word is a street's."""
    return prev == "on" and j < len(words) and text[words[j - 1][1] : words[j][0]] == " " and text[words[j][0]].isupper()


def _followed_by_area(text: str, words: list[tuple[int, int]], j: int) -> bool:
    """"Alexandria, La." - a town followed by its state or country."""
    if j >= len(words):
        return False
    between = text[words[j - 1][1] : words[j][0]]
    return between.strip() == "," and text[words[j][0]].isupper()


# "Sen. Tom Bakk, DFL-Cook,", "(R-Elbow Lake)": a legislator's party and home town.
_PARTY_HOME = re.compile(r"(?:,\s*|\()(?:R|D|I|DFL)-([A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)?\.?)")


# "a Kettering Republican", "a Manhattan Democrat": a politician's home before the party.
_CHAMBERS = {"house", "senate", "congress", "assembly", "tea party", "liberal", "conservative"}
_HOME_PARTY = re.compile(
    r"\ban? ((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+) (?:Republican|Democrat|Democratic-Farmer-Labor|Libertarian)s?\b"
)


def party_hometowns(text: str, gaz: Gazetteer) -> list[Mention]:
    """The town or county after a legislator's party letter ("R-Elbow Lake"),
    or before the party's name ("a Kettering Republican"), the longest name
    the gazetteer knows."""
    found = []
    for tag in _PARTY_HOME.finditer(text):
        found += _home_mention(text, tag, gaz, (KIND_DEMONYM,))
    for tag in _HOME_PARTY.finditer(text):
        # Before the party, a name by another spelling is a hero's ("a Reagan
        # Republican"), and so is one only a post office bears (Reagan, Texas);
        # a chamber's is no home ("a House Democrat").
        key = name_key(tag.group(1))
        if key not in _COMMON and key not in _CHAMBERS:
            homes = _home_mention(text, tag, gaz, (KIND_DEMONYM, KIND_ALT))
            found += [m for m in homes if not _post_towns_only(m.matches)]
    return found


def _home_mention(text: str, tag: re.Match, gaz: Gazetteer, skip: tuple[int, ...]) -> list[Mention]:
    start = tag.start(1)
    # "D-Pa." is Pennsylvania by its abbreviation; "R-Elbow Lake." ends a sentence.
    whole = tag.group(1)
    for surface in (whole, whole.rstrip("."), whole.split()[0].rstrip(".")):
        matches = tuple(m for m in gaz.lookup(surface) if m.kind not in skip)
        if matches:
            return [Mention(start, start + len(surface), surface, matches, "PARTY")]
    return []


# A byline's date, then a dateline in capitals and a dash: "... Advocate
# Reporter March 29, 2009 PATASKALA -- City officials ...".
_BYLINE_DATE = re.compile(r"\b(?:19|20)\d\d\.?\s+(?=[A-Z]{2}[A-Z.'\- ]*?\s*(?:—|–|-))")
# "... | ETX News Associated Press MEMPHIS, Tenn. (AP) -": a town in capitals
# before an agency's or a station's call sign in brackets is a dateline
# wherever a site's banner has pushed it, even run into the headline
# ("... on east sideDETROIT (WJBK) -").
_AGENCY_DATELINE = re.compile(
    r"(?<![A-Z0-9.'-])(?=([A-Z][A-Z.'\- ]{2,40}?(?:,\s*[A-Z][A-Za-z.]+)?\s*\((?:AP|Reuters|AFP|UPI|CNN|[A-Z][A-Z0-9]{2,}[\w./]*)\)\s*(?:—|–|-|:)))"
)


# "... | FOX6Now.comMILWAUKEE — A 42-year-old man ...": a scraped page runs
# its banner into the dateline ("WeatherSPOKANE, Wash. - ", "FOX43YORK, Pa- ",
# "Smithridge Dr.RENO, Nev. (KOLO) -").
_RUN_IN_DATELINE = re.compile(
    r"[a-z0-9.]([A-Z]{4,}(?:[ .'-][A-Z.'-]+){0,3}(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:—|–|--|-\s|\())"
)
# "Breaking News | WSTMSYRACUSE, N.Y. -- ": a dateline may open any field of
# the banner a page runs into the story.
_BANNER_BAR = re.compile(r"\|\s*(?=[A-Z]{4,})")
# A state's abbreviation after a dateline: ", N.Y.", ", Pa", ", MO".
_STATE_ABBREVIATION_AFTER = re.compile(r",\s*(?:[A-Z][a-z]{1,4}\.?|[A-Z]\.[A-Z]\.|[A-Z]{2})[\s\-(]")


def find_dateline(text: str, gaz: Gazetteer) -> Mention | None:
    """"ALMATY, Jan 6 (Reuters) -" at the start of the first lines, after a
    headline run into the text ("Council adopts budget. TORRINGTON — ..."),
    after a byline's date ("Reporter March 29, 2009 NEWARK -- ..."), or
    before a call sign anywhere near the start ("MEMPHIS, Tenn. (AP) -")."""
    starts = [0] + [m.end() for m in re.finditer(r"\n\s*", text[:400])][:2]
    # A call sign or a run-in banner is the surer sign: "comST. LOUIS, MO
    # (KTVI)-" is no headline ending at "ST." before a dateline "LOUIS".
    for pattern in (_AGENCY_DATELINE, _RUN_IN_DATELINE):
        found = pattern.search(text, 0, 400)
        if found:
            starts.append(found.start(1))
    starts += [bar.end() for bar in _BANNER_BAR.finditer(text, 0, 400)]
    headline_end = _HEADLINE_END.search(text, 0, 300)
    if headline_end:
        starts.append(headline_end.end())
    after_byline = _BYLINE_DATE.search(text, 0, 400)
    if after_byline:
        starts.append(after_byline.end())
    for line_start in starts:
        found = _DATELINE.match(text, line_start) or _BARE_DATELINE.match(text, line_start)
        if not found:
            continue
        word = found.group(1).strip()
        start = found.start(1)
        skip, matches = _dateline_readings(word, text[start + len(word) : start + len(word) + 40], gaz)
        if matches:
            return Mention(start + skip, start + len(word), word[skip:], matches, "DATELINE")
    return None


def _dateline_readings(word: str, after: str, gaz: Gazetteer) -> tuple[int, tuple[NameMatch, ...]]:
    """The dateline's readings, and how many letters of a station's call sign
    the scraped banner ran into it ("WCIVFLORENCE, S.C. (WCIV/WPDE)": a US
    call sign, three or four letters starting with K or W, that the bracket
    after the dateline repeats)."""
    for skip in (0, 4, 3):
        # The call sign may stand alone when a state's abbreviation follows
        # ("WSTMSYRACUSE, N.Y. --").
        signed = f"({word[:skip]}" in after or _STATE_ABBREVIATION_AFTER.match(after) is not None
        if skip and (word[:1] not in "KW" or len(word) < skip + 3 or not signed):
            continue
        matches = tuple(
            m
            for m in lookup_loose(gaz, word[skip:].title())
            if m.entry.feature_code != "CONT" and m.kind != KIND_DEMONYM
        )
        if matches:
            return skip, matches
    return 0, ()
