"""Geoparsing and event locations on short news-like texts written for these tests."""

from __future__ import annotations


from tidings.extract.context import ArticleContext, CodedEvent
from tidings.extract.nlp import load_nlp
from tidings.extract.places import geoparse, locate_events
from tidings.extract.sentences import split
from tidings.records import Actor, Article, Span


def _by_text(toponyms, text):
    return [t for t in toponyms if t.text == text]


def _context(text: str, parse: bool = True) -> ArticleContext:
    sentences = split(text)
    if parse:
        nlp = load_nlp()
        for s in sentences:
            s.doc = nlp(s.text)
    return ArticleContext(Article(id="t", text=text), sentences)


def _event(ctx: ArticleContext, trigger: str, actor: str | None = None) -> CodedEvent:
    start = ctx.text.index(trigger)
    actors = []
    if actor:
        a = ctx.text.index(actor)
        actors = [Actor(entity_text=actor, start=a, end=a + len(actor))]
    return CodedEvent(
        sentence=ctx.sentence_at(start),
        event="PROTEST",
        trigger=Span(start, start + len(trigger), trigger),
        actor=actors,
    )


def test_demonym_names_the_country_not_a_town():
    found = geoparse("Kazakh forces dispersed the crowd on Wednesday.")
    [kazakh] = _by_text(found, "Kazakh")
    assert kazakh.country_code == "KZ"
    assert kazakh.feature_code == "PCLI"


def test_renamed_capital_in_running_text():
    found = geoparse("The government could have lost control over Almaty and the Nursultan capital.")
    [capital] = _by_text(found, "Nursultan")
    assert capital.name == "Astana" and capital.country_code == "KZ"
    [almaty] = _by_text(found, "Almaty")
    assert almaty.country_code == "KZ" and almaty.feature_code.startswith("PPL")


def test_kiev_spelling_resolves_to_the_capital_city():
    found = geoparse("Crowds gathered in Kiev on Sunday.")
    [kiev] = _by_text(found, "Kiev")
    assert kiev.name == "Kyiv" and kiev.feature_code.startswith("PPL")


def test_focus_state_pulls_an_ambiguous_town_home():
    text = (
        "Storms flooded roads across Texas on Monday. Officials in Dallas and Tyler said "
        "the worst damage was in Paris, where a shelter opened at the high school."
    )
    [paris] = _by_text(geoparse(text), "Paris")
    assert paris.country_code == "US" and paris.admin1 == "Texas"


def test_paris_alone_is_the_french_capital():
    [paris] = _by_text(geoparse("Thousands marched in Paris against the pension law."), "Paris")
    assert paris.country_code == "FR"


def test_town_state_pair_fixes_the_state():
    found = geoparse("A woman from Alexandria, La., was charged with arson.")
    [town] = _by_text(found, "Alexandria")
    assert town.admin1 == "Louisiana"


def test_offsets_point_at_the_name():
    text = "Police in Almaty detained 40 people."
    for t in geoparse(text):
        assert text[t.start : t.end] == t.text


def test_event_in_sentence_with_two_places_takes_the_one_tied_to_the_trigger():
    ctx = _context("Troops flown from Astana clashed with protesters in Almaty on Thursday.")
    [place] = locate_events([_event(ctx, "clashed")], ctx)
    assert place.resolved_place == "Almaty"
    assert place.resolution == "city"
    assert ctx.text[place.start : place.end] == "Almaty"


def test_metonymic_capital_is_not_the_event_location():
    text = "Riots broke out in Aktobe last week.\nMoscow said it would send more troops to help the government."
    ctx = _context(text)
    [place] = locate_events([_event(ctx, "send")], ctx)
    assert place.resolved_place != "Moscow"
    assert place.country_code == "KZ"


def test_place_inside_the_actor_is_not_the_site():
    text = "Police arrested dozens of protesters in Aktobe.\nThe Almaty city council condemned the arrests."
    ctx = _context(text)
    [place] = locate_events([_event(ctx, "condemned", actor="The Almaty city council")], ctx)
    assert place.resolved_place == "Aktobe"


def test_fallback_to_the_focus_country_has_country_resolution():
    text = "Kazakhstan lifted the state of emergency.\nThe protesters were released overnight."
    ctx = _context(text)
    [place] = locate_events([_event(ctx, "released")], ctx)
    assert place.country_code == "KZ"
    assert place.resolution == "country"


def test_dateline_locates_events_without_places():
    text = "ALMATY, Jan 6 (Reuters) - Demonstrators stormed the mayor's office and set it alight."
    ctx = _context(text)
    [place] = locate_events([_event(ctx, "stormed")], ctx)
    assert place.resolved_place == "Almaty" and place.resolution == "city"


def test_unparsed_sentence_still_uses_prepositions():
    ctx = _context("Officials from Astana said protesters gathered near Aktobe.", parse=False)
    [place] = locate_events([_event(ctx, "gathered")], ctx)
    assert place.resolved_place == "Aktobe"


def test_article_without_places_gives_none():
    ctx = _context("The committee will meet again next week.")
    assert locate_events([_event(ctx, "meet")], ctx) == [None]


def test_no_events_no_work():
    ctx = _context("Nothing happened in Almaty.", parse=False)
    assert locate_events([], ctx) == []


def test_country_named_as_a_party_is_not_the_site():
    ctx = _context("The crackdown in Almaty drew criticism from the United States on Friday.")
    [place] = locate_events([_event(ctx, "criticism")], ctx)
    assert place.resolved_place == "Almaty"


def test_place_after_a_preposition_inside_the_actor_still_counts():
    text = "Peacekeepers deployed in Kazakhstan began to withdraw on Thursday."
    ctx = _context(text)
    [place] = locate_events([_event(ctx, "withdraw", actor="Peacekeepers deployed in Kazakhstan")], ctx)
    assert place.country_code == "KZ" and place.resolution == "country"
    assert ctx.text[place.start : place.end] == "Kazakhstan"


def test_actor_town_beats_the_focus_country_when_nothing_else_is_named():
    ctx = _context("Philadelphia police are investigating a double shooting.")
    [place] = locate_events([_event(ctx, "shooting", actor="Philadelphia police")], ctx)
    assert place.resolved_place == "Philadelphia" and place.admin1 == "Pennsylvania"
    assert place.score < 0.5  # weaker than a place the event sentence ties to the trigger


def test_postal_state_code_after_a_town_fixes_the_state():
    [town] = _by_text(geoparse("A man was found shot in Westwood (Cincinnati, OH) on Sunday."), "Cincinnati")
    assert town.admin1 == "Ohio"
    [town] = _by_text(geoparse("The plant in Columbus, GA, will close."), "Columbus")
    assert town.admin1 == "Georgia"
