"""Geoparsing a text: find place mentions, then resolve them together."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from tidings.extract.places.mention import Mention, Toponym, to_toponym
from tidings.extract.places.recognize import scan_mentions, spacy_mentions
from tidings.extract.places.resolve import resolve
from tidings.resources.gazetteer import Gazetteer, load_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc


def geoparse(text: str, doc: "Doc | None" = None) -> list[Toponym]:
    """Resolved place names in `text`, in text order.

    `doc` is a spaCy parse of the whole text, if the caller has one; without
    it the text is parsed here (see `tidings.extract.nlp.load_nlp`).
    """
    if doc is None:
        from tidings.extract.nlp import load_nlp

        doc = load_nlp()(text)
    mentions = find_mentions(text, [(0, doc)])
    resolve(mentions, text)
    return [to_toponym(m) for m in mentions if m.entry is not None]


def find_mentions(
    text: str, docs: Iterable[tuple[int, "Doc"]], gaz: Gazetteer | None = None
) -> list[Mention]:
    """Mentions from spaCy entities (docs at their offsets in `text`) and the gazetteer scan."""
    gaz = gaz or load_gazetteer()
    found, people = spacy_mentions(docs, text, gaz)
    taken = [(m.start, m.end) for m in found]
    found += scan_mentions(text, gaz, taken, people)
    found.sort(key=lambda m: m.start)
    return found
