"""Which violent incident an article is about (tidings.extract.magnitudes.harm)
and the first record it makes (tidings.extract.pipeline.rank_key)."""

from datetime import date

from tidings.extract.context import ArticleContext, CodedEvent
from tidings.extract.magnitudes.harm import is_incident, tells_gunfire, tells_harm
from tidings.extract.nlp import load_nlp
from tidings.extract.pipeline import extract
from tidings.records import Article, Span
from tidings.extract.sentences import split


def coded(text: str, category: str, word: str, mentions: tuple[str, ...] = ()) -> CodedEvent:
    ctx = ArticleContext(Article(id="t", text=text, published=date(2021, 3, 9)), split(text))
    nlp = load_nlp()
    for sentence in ctx.sentences:
        sentence.doc = nlp(sentence.text)
    start = text.index(word)
    spans = [Span(text.index(m), text.index(m) + len(m), m) for m in mentions]
    return CodedEvent(ctx.sentence_at(start), category, Span(start, start + len(word), word),
                      extra={"mentions": spans})


def test_harm_words_with_and_without_a_count():
    assert tells_harm("A cashier was shot in the arm.")
    assert tells_harm("Two guards died at the scene.")
    assert not tells_harm("Officers searched the warehouse and seized two rifles.")


def test_an_assault_told_in_its_own_clause_is_the_incident():
    assert is_incident(coded("A 40-year-old driver was shot near the depot on Tuesday.", "ASSAULT", "shot"))


def test_a_killing_only_named_inside_an_arrest_is_background():
    text = "Police arrested three men suspected of taking part in the killing of a shopkeeper."
    assert not is_incident(coded(text, "ASSAULT", "killing"))


def test_a_named_incident_the_article_comes_back_to_counts():
    text = (
        "Teen arrested after shooting at a bus stop.\n"
        "A 19-year-old man was shot twice while waiting for the bus."
    )
    assert is_incident(coded(text, "ASSAULT", "shooting", mentions=("shot",)))


def test_not_an_assault_or_no_one_hurt_is_no_incident():
    assert not is_incident(coded("Two men were shot outside the bar.", "COERCE", "shot"))
    assert not is_incident(coded("Rebels attacked the checkpoint at dawn.", "ASSAULT", "attacked"))


def test_first_record_is_the_shooting_not_the_charge_that_followed():
    title = "Man charged in death of neighbor"
    text = (
        f"{title}\n"
        "A Lakeside man has been charged with murder in the death of his neighbor, prosecutors said Friday.\n"
        "Ruben Castell, 52, was shot and killed on his porch Tuesday night after an argument over a fence."
    )
    events = extract(Article(id="n1", text=text, title=title, published=date(2021, 3, 12)))
    first = events[0]
    assert first.event == ["ASSAULT"]
    assert first.size.get("dead") == 1
    assert first.date == "2021-03-09"


def test_orders_and_threats_to_kill_hurt_nobody():
    assert not tells_harm("The president ordered troops to shoot to kill.")
    assert not tells_harm("He threatened to shoot his neighbor.")
    assert tells_harm("He was shot to death in his car.")


def test_gunfire_with_no_one_hit():
    assert tells_gunfire("Deputies say shots were fired into a parked van overnight.")
    assert tells_gunfire("A stray bullet cracked the window of a daycare.")
    assert tells_gunfire("The two drivers fired at least nine rounds at each other.")
    assert tells_gunfire("Freeway gun battle closes the interchange")
    assert not tells_gunfire("Riot police fired tear gas at the marchers.")
    assert not tells_gunfire("The company fired its chief executive on Monday.")
