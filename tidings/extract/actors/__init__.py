"""Actors: who did what to whom.

The knowledge base (`tidings/resources/actors/*.tsv`) is loaded once per
process; `link_text` resolves a phrase to an entry; `DocumentActors` adds what
one article teaches (acronyms it defines, its focus country); `resolve_phrase`
turns a noun phrase into a `tidings.records.Actor`, generic agents included.
"""

from tidings.extract.actors.document import DocumentActors, document_actors
from tidings.extract.actors.kb import ActorEntry, ActorKB, load_kb
from tidings.extract.actors.link import link_text
from tidings.extract.actors.phrase import resolve_phrase, to_actor

__all__ = [
    "ActorEntry",
    "ActorKB",
    "DocumentActors",
    "document_actors",
    "link_text",
    "load_kb",
    "resolve_phrase",
    "to_actor",
]
