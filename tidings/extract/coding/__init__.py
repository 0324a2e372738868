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

__all__ = ["code_sentence", "is_candidate", "resolve_document"]
