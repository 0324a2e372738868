"""Which expression dates which event (tidings.extract.dates.date_events)."""

from datetime import date

from tidings.extract.context import ArticleContext, CodedEvent
from tidings.extract.dates import FALLBACK_TEXT, date_events
from tidings.extract.nlp import load_nlp
from tidings.extract.sentences import split
from tidings.records import Article, Span

THURSDAY = date(2022, 1, 13)


def article(text: str, published: date | None = THURSDAY, title: str = "") -> ArticleContext:
    ctx = ArticleContext(Article(id="t", text=text, title=title, published=published), split(text))
    nlp = load_nlp()
    for sentence in ctx.sentences:
        sentence.doc = nlp(sentence.text)
    return ctx


def event(ctx: ArticleContext, category: str, word: str, nth: int = 0, **extra) -> CodedEvent:
    start = -1
    for _ in range(nth + 1):
        start = ctx.text.index(word, start + 1)
    sentence = ctx.sentence_at(start)
    return CodedEvent(sentence, category, Span(start, start + len(word), word), **extra)


def dates_of(ctx: ArticleContext, *events: CodedEvent):
    return date_events(list(events), ctx)


def test_anchored_on_the_other_event_of_the_sentence():
    ctx = article(
        "On the 5th of this month, the president asked the alliance for help, "
        "three days after the start of the protests in the west."
    )
    request, protest = event(ctx, "REQUEST", "asked"), event(ctx, "PROTEST", "protests")
    got_request, got_protest = dates_of(ctx, request, protest)
    assert (got_request.date, got_request.precision) == ("2022-01-05", "day")
    assert got_request.text == "On the 5th of this month"
    assert (got_protest.date, got_protest.precision) == ("2022-01-02", "day")
    assert ctx.text[got_protest.start : got_protest.end] == "three days after"


def test_a_week_later_shifts_the_narrative_time():
    ctx = article("Rebels seized the town on 3 March 2021. A week later, the army recaptured it.")
    seize, retake = event(ctx, "ASSAULT", "seized"), event(ctx, "ASSAULT", "recaptured")
    got = dates_of(ctx, seize, retake)
    assert [d.date for d in got] == ["2021-03-03", "2021-03-10"]


def test_weekday_of_publication_is_the_publication_day():
    ctx = article("Foreign troops began their withdrawal on Thursday, officials said.")
    (got,) = dates_of(ctx, event(ctx, "RETREAT", "withdrawal"))
    assert (got.date, got.precision, got.text) == ("2022-01-13", "day", "on Thursday")


def test_planned_event_takes_the_coming_weekday():
    ctx = article("The union will strike on Monday, its leader announced.")
    (got,) = dates_of(ctx, event(ctx, "PROTEST", "strike", modality="future"))
    assert got.date == "2022-01-17"


def test_date_attached_to_the_trigger_beats_the_report_date():
    ctx = article("Police said on Tuesday that protesters had blocked the road on Sunday.")
    block, said = event(ctx, "PROTEST", "blocked"), event(ctx, "ACCUSE", "said")
    got_block, got_said = dates_of(ctx, block, said)
    assert got_block.date == "2022-01-09"
    assert got_said.date == "2022-01-11"


def test_results_follow_the_order_of_the_input():
    ctx = article("Rebels seized the town on 3 March 2021. A week later, the army recaptured it.")
    seize, retake = event(ctx, "ASSAULT", "seized"), event(ctx, "ASSAULT", "recaptured")
    got = dates_of(ctx, retake, seize)
    assert [d.date for d in got] == ["2021-03-10", "2021-03-03"]


def test_range_gives_start_and_end():
    ctx = article("Protests took place in the capital from 2 to 6 January.")
    (got,) = dates_of(ctx, event(ctx, "PROTEST", "Protests"))
    assert (got.date, got.enddate) == ("2022-01-02", "2022-01-06")


def test_continuity_with_a_connective_keeps_the_day():
    ctx = article("Police fired tear gas at students on 4 May 2021. Then officers arrested dozens of them.")
    fire, arrest = event(ctx, "ASSAULT", "fired"), event(ctx, "COERCE", "arrested")
    assert dates_of(ctx, fire, arrest)[1].date == "2021-05-04"


def test_continuity_without_a_connective_claims_only_the_month():
    ctx = article("Police fired tear gas at students on 4 May 2021. Officers arrested dozens of them.")
    fire, arrest = event(ctx, "ASSAULT", "fired"), event(ctx, "COERCE", "arrested")
    got = dates_of(ctx, fire, arrest)[1]
    assert (got.date, got.precision) == ("2021-05", "month")
    assert "narrative continuity" in got.text


def test_report_times_do_not_carry_the_narrative():
    ctx = article(
        "Heavy rain fell across the region. The minister claimed on Monday that the talks had failed. "
        "Rebels attacked a convoy near the border."
    )
    attack = event(ctx, "ASSAULT", "attacked")
    (got,) = dates_of(ctx, attack)
    assert got.date is None and got.precision == "unknown"


def test_lead_event_without_a_date_falls_back_to_publication_and_says_so():
    ctx = article("Protesters blocked the main road into the capital.")
    (got,) = dates_of(ctx, event(ctx, "PROTEST", "blocked"))
    assert got.date == "2022-01-13"
    assert got.precision == "week"
    assert got.text == FALLBACK_TEXT
    assert got.start is None


def test_undated_later_event_is_unknown_not_publication_day():
    ctx = article(
        "Heavy rain fell across the region. Schools stayed closed for a second day. "
        "Elsewhere, rebels attacked a convoy near the border."
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "attacked"))
    assert (got.date, got.precision) == (None, "unknown")


def test_without_publication_date_weekdays_stay_unknown_and_explicit_dates_resolve():
    ctx = article(
        "Gunmen attacked a market on Friday. Officials said a curfew began on 9 March 2020.", published=None
    )
    attack, curfew = event(ctx, "ASSAULT", "attacked"), event(ctx, "COERCE", "curfew")
    got_attack, got_curfew = dates_of(ctx, attack, curfew)
    assert got_curfew.date == "2020-03-09"
    # The stated date stands in as the base, so "Friday" is the Friday before it.
    assert got_attack.date == "2020-03-06"


def test_headline_event_takes_the_lead_date():
    text = "Army withdraws from border town\nThe army withdrew from the town on Friday, a spokesman said."
    ctx = article(text, title="Army withdraws from border town")
    headline = event(ctx, "RETREAT", "withdraws")
    (got,) = dates_of(ctx, headline)
    assert got.date == "2022-01-07"


def test_described_event_in_a_pluperfect_clause_gets_only_the_month():
    ctx = article("The soldiers, who had been sent to the capital, began leaving on Thursday.")
    sent = event(ctx, "AID", "sent")
    (got,) = dates_of(ctx, sent)
    assert (got.date, got.precision) == ("2022-01", "month")


def test_definite_back_reference_takes_the_earlier_date():
    ctx = article(
        "On the 5th of this month, the president asked the alliance for help, "
        "three days after the start of the protests in the west.\n"
        "The protests left at least ten people dead."
    )
    protest = event(ctx, "PROTEST", "protests", nth=1)
    (got,) = dates_of(ctx, protest)
    assert got.date == "2022-01-02"


def test_merged_mentions_lend_their_date():
    ctx = article("Violence flared in the north.\nLater reports said gunmen attacked the village on 2 June 2021.")
    first = event(ctx, "ASSAULT", "Violence")
    second = event(ctx, "ASSAULT", "attacked")
    first.extra["mentions"] = [second.trigger]
    (got,) = dates_of(ctx, first)
    assert got.date == "2021-06-02"


def test_same_kind_of_event_in_the_next_sentence_keeps_the_day():
    ctx = article(
        "Gunmen attacked a checkpoint on 12 April 2021 outside the town. "
        "They also attacked a patrol sent to help."
    )
    first, second = event(ctx, "ASSAULT", "attacked"), event(ctx, "ASSAULT", "attacked", nth=1)
    assert dates_of(ctx, first, second)[1].date == "2021-04-12"


def test_plain_narration_sets_the_day_across_an_empty_sentence():
    ctx = article(
        "Heavy snow fell overnight in the valley. "
        "A farmer went out to feed his cattle on Friday morning. "
        "He heard voices near the barn. "
        "Someone fired at him from the trees."
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "fired"))
    assert got.date == "2022-01-07"


def test_lead_event_takes_a_detail_sentence_date_but_not_a_later_arrest():
    ctx = article(
        "A man was wounded in a shooting on the east side. "
        "The shooting happened around 10 p.m. Tuesday near a bus stop."
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "wounded"))
    assert got.date == "2022-01-11" and "detail sentence" in got.text

    ctx = article("A man was wounded in a shooting on the east side. Police arrested a suspect on Wednesday.")
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "wounded"))
    assert got.text == FALLBACK_TEXT


def test_passive_report_dates_the_event_itself():
    ctx = article(
        "Residents heard loud bangs near the river. "
        "Police said on Friday that the shooting was reported on Wednesday near the bridge."
    )
    (got,) = dates_of(ctx, event(ctx, "ASSAULT", "shooting"))
    assert got.date == "2022-01-12"
