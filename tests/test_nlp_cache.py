"""The speed-ups around spaCy change no annotation and no extracted event."""

from __future__ import annotations

from datetime import date

import spacy

from tidings.extract import pipeline
from tidings.extract.context import ArticleContext
from tidings.extract.nlp import add_entities, has_entities, load_nlp, model_name, parse_syntax
from tidings.extract.sentences import split
from tidings.ingest import article_id
from tidings.records import Article

SENTENCES = [
    "Riot police arrested dozens of striking miners outside the smelter on Tuesday.",
    "The governors were meeting while protesters burned tyres and looted two banks.",
    "Soldiers fired on crowds, and at least 14 people died of their wounds overnight.",
    "She said the ministry had been negotiating with the unions' leaders for weeks.",
    "Unknown gunmen kidnapped three aid workers, whose whereabouts remain unclear.",
    # rules of the attribute ruler that span two tokens, or test spaces and dependencies
    "\"Let's go, y'all, we're gonna march whether they like it or not,\" a student shouted.",
    "There are  reports that the mayor ain't resigning; he got   re-elected and gets support.",
    "C'mon, there was no curfew gotta be obeyed,\n\nsaid one shopkeeper.",
    # single-word rules filed under their word, and pronoun rules that test the dependency
    "I told 'em the police weren't doin' nothin', ol' Sam said, and you know it; 'nuff said, it'll pass.",
]


def annotations(doc) -> list[tuple]:
    return [(t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_, str(t.morph)) for t in doc]


def test_fast_components_match_the_packaged_pipeline() -> None:
    plain = spacy.load(model_name())
    fast = load_nlp()
    assert "cached_lemmas" in fast.pipe_names and "lemmatizer" not in fast.pipe_names
    assert "indexed_rules" in fast.pipe_names and "attribute_ruler" not in fast.pipe_names
    # twice through the fast pipeline: once filling its cache, once reading it
    for _ in range(2):
        got = [annotations(d) for d in fast.pipe(SENTENCES)]
        assert got == [annotations(d) for d in plain.pipe(SENTENCES)]
    lemmas = {t.text: t.lemma_ for t in fast(SENTENCES[0])}
    assert lemmas["arrested"] == "arrest" and lemmas["miners"] == "miner"
    pos = {t.text: t.pos_ for t in fast(SENTENCES[0])}
    assert pos["arrested"] == "VERB" and pos["police"] == "NOUN"


def _article(text: str) -> Article:
    return Article(id=article_id(text), text=text, published=date(2023, 3, 7))


SHARED = "Police in Lagos arrested 12 protesters who blocked the airport road on Monday."


def test_a_repeated_sentence_is_cached_and_events_are_unchanged() -> None:
    first = _article(f"Transport strike spreads\n\n{SHARED}")
    second = _article(f"{SHARED}\n\nThe union said talks would resume on Friday.")
    results = list(pipeline.extract_many([first, second]))
    cache = pipeline._doc_cache()
    assert SHARED in cache
    # each article alone, with the cache emptied, gives the same events
    for article, events in results:
        cache.clear()
        alone = pipeline.extract(article)
        assert [e.to_dict() for e in events] == [e.to_dict() for e in alone]
        arrests = [e for e in events if e.event_text == "arrested"]
        assert arrests and arrests[0].size.get("arrested") == 12


def test_the_doc_cache_stays_bounded(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "DOC_CACHE_SIZE", 3)
    pipeline._doc_cache().clear()
    texts = [f"Troops shelled the village of Kema {n} times on Sunday." for n in range(5)]
    docs = pipeline._parsed(texts)
    assert list(docs) == texts and all(docs[t].text == t for t in texts)
    assert list(pipeline._doc_cache()) == texts[-3:]
    pipeline._parsed([texts[2]])  # a hit becomes the most recent entry
    assert list(pipeline._doc_cache()) == [texts[3], texts[4], texts[2]]


def test_entities_added_after_the_syntax_match_the_packaged_pipeline() -> None:
    plain = spacy.load(model_name())
    docs = list(parse_syntax(SENTENCES, batch_size=4))
    assert not any(has_entities(d) for d in docs)
    add_entities(docs, batch_size=4)
    assert [annotations(d) for d in docs] == [annotations(d) for d in plain.pipe(SENTENCES)]


FAR = "Ellen Voss, who grew up in Dunmore, called the fair a success."
FILLER = ["The weather was mild all week.", "Traffic moved slowly downtown.", "Most shops had long queues."]


def _entity_view(article: Article) -> dict[str, bool]:
    """Which parsed sentences carry entities once the article is coded."""
    ctx = ArticleContext(article, split(article.text))
    pipeline._parse_candidates([ctx])
    pipeline._name_entities(pipeline._entity_sentences(ctx, pipeline._coded(ctx)))
    return {s.text: has_entities(s.doc) for s in ctx.sentences if s.doc is not None}


def test_only_sentences_near_an_event_get_entities() -> None:
    pipeline._doc_cache().clear()
    near = _entity_view(_article("\n\n".join([SHARED, FAR, *FILLER])))
    far = _entity_view(_article("\n\n".join([SHARED, *FILLER, FAR])))
    assert near == {SHARED: True, FAR: True}
    assert far == {SHARED: True, FAR: False}  # the cached Doc of FAR stayed without entities
    assert not has_entities(pipeline._doc_cache()[FAR])


def test_an_article_without_events_gets_no_entities() -> None:
    assert _entity_view(_article("\n\n".join([FAR, *FILLER]))) == {FAR: False}



PLAIN = "The press office had little more to say."  # a candidate ("press") with no event
HURT = "A guard at the depot later died of his wounds."  # harm to someone the parse names, no event
UNNAMED = "Two of the men were in hospital with gunshot wounds."  # harm, but no one the victims reader takes


def test_a_neighbour_gets_entities_only_where_they_are_read() -> None:
    pipeline._doc_cache().clear()
    view = _entity_view(_article("\n\n".join([SHARED, PLAIN, FAR, *FILLER, HURT])))
    # FAR names a gazetteer town (places read it); HURT lies beyond the figures' reach
    assert view == {SHARED: True, PLAIN: False, FAR: True, HURT: False}
    view = _entity_view(_article("\n\n".join([SHARED, PLAIN, HURT])))
    assert view == {SHARED: True, PLAIN: False, HURT: True}  # figures read a wounding


def test_a_word_of_harm_without_a_victim_gets_no_entities() -> None:
    # entities only strike out victims the parse offers; here it offers none
    pipeline._doc_cache().clear()
    view = _entity_view(_article("\n\n".join([SHARED, UNNAMED])))
    assert view == {SHARED: True, UNNAMED: False}


def test_without_the_check_every_neighbour_gets_entities(monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "_entities_read", lambda text: True)
    pipeline._doc_cache().clear()
    view = _entity_view(_article("\n\n".join([SHARED, PLAIN, FAR])))
    assert view == {SHARED: True, PLAIN: True, FAR: True}


STRIKE = "Teachers staged a strike over unpaid wages."  # an event, but no place name and no harm


def test_an_event_sentence_without_place_names_or_harm_gets_no_entities(monkeypatch) -> None:
    pipeline._doc_cache().clear()
    article = _article("\n\n".join([STRIKE, PLAIN]))
    assert [e.event for e in pipeline.extract(article)] == [["PROTEST"]]
    assert _entity_view(article) == {STRIKE: False, PLAIN: False}
    monkeypatch.setattr(pipeline, "_entities_read", lambda text: True)
    assert _entity_view(article) == {STRIKE: True, PLAIN: True}


def test_words_the_scan_always_turns_away_ask_for_no_entities() -> None:
    from tidings.extract.places.recognize import names_in_gazetteer
    from tidings.resources.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    assert not names_in_gazetteer("We asked the Police Council about it in March.", gaz)
    assert names_in_gazetteer("We drove to Dunmore in March.", gaz)
    assert names_in_gazetteer("US officials asked the Police Council about it.", gaz)  # a GPE to the tagger


COMMON_ONLY = "We asked the Police Council about the press office in March."


def test_a_neighbour_with_only_common_capitalised_words_gets_no_entities() -> None:
    pipeline._doc_cache().clear()
    view = _entity_view(_article("\n\n".join([SHARED, COMMON_ONLY, FAR])))
    assert view == {SHARED: True, COMMON_ONLY: False, FAR: True}
