"""Event coding: which sentences may report events, what each reports (PLOVER
category, mode, modality, actors, ACLED type), and the document-level pass that
keeps one record per real event.

    is_candidate(text) -> bool                      cheap first pass, no spaCy
    code_sentence(sentence, ctx) -> [CodedEvent]    one parsed sentence
    resolve_document(coded, ctx) -> [CodedEvent]    one article
"""

from tidings.extract.coding.candidate import is_candidate
from tidings.extract.coding.document import resolve_document
from tidings.extract.coding.sentence import code_sentence


def warm_up() -> None:
    """Load the actor knowledge base, the town index and the ACLED classifier
    now rather than on the first article (for benchmarks and servers)."""
    from tidings.extract.actors.document import _town_countries
    from tidings.extract.actors.kb import load_kb
    from tidings.extract.coding.acled import _classifier

    load_kb()
    _town_countries()
    _classifier()


__all__ = ["code_sentence", "is_candidate", "resolve_document", "warm_up"]
