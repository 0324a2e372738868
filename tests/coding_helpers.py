"""Event coding alone (no dates, places or figures) for the coding tests."""

from __future__ import annotations

from tidings.extract import coding
from tidings.extract.context import ArticleContext
from tidings.extract.nlp import load_nlp
from tidings.extract.sentences import split
from tidings.records import Article


def code_article(text: str) -> list:
    ctx = ArticleContext(Article(id="t", text=text), split(text))
    nlp = load_nlp()
    coded = []
    for sentence in ctx.sentences:
        if coding.is_candidate(sentence.text):
            sentence.doc = nlp(sentence.text)
            coded.extend(coding.code_sentence(sentence, ctx))
    events = coding.resolve_document(coded, ctx)
    return sorted(events, key=lambda e: (e.modality != "asserted", -e.salience))
