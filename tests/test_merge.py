"""Merging reports of one event from many outlets into one merged event."""

from __future__ import annotations

import random

from test_merge_fixtures import article, event

from tidings.merge import merge
from tidings.merge.neardup import find_originals, sign

WIRE = (
    "Police fired tear gas at thousands of protesters in the main square of Almaty on Wednesday "
    "as anger over a sharp rise in fuel prices spread across the country. Witnesses said "
    "crowds set fire to several police cars near the city administration building, and the "
    "interior ministry said dozens of officers were hurt in the clashes that lasted into the night."
)
PARTNER = "ALMATY (Agencies) - " + WIRE + " The president is expected to address the nation."
UNRELATED = (
    "The central bank left its main interest rate unchanged on Friday, saying inflation had "
    "eased for a third month in a row and that the currency had stabilised after a volatile "
    "autumn. Analysts had expected the decision and said a cut could come early next year."
)


def test_syndicated_copy_links_to_earliest_original_and_unrelated_does_not():
    signed = [
        sign("copy", PARTNER, article("copy", PARTNER, "2022-01-06", "b").published),
        sign("wire", WIRE, article("wire", WIRE, "2022-01-05", "a").published),
        sign("bank", UNRELATED, article("bank", UNRELATED, "2022-01-05", "c").published),
    ]
    assert find_originals(signed) == {"copy": "wire"}


def test_copy_adds_a_mention_not_an_event():
    wire = article("wire", WIRE, "2022-01-05", "Wire")
    copy = article("copy", PARTNER, "2022-01-06", "Partner")
    sentence = WIRE.split(". ")[0]
    # the copy, published a day later, resolves "Wednesday" to the wrong day;
    # being a copy it still joins the original's event
    result = merge(
        [
            event(wire, 0, sentence, "PROTEST", when="2022-01-05", city="Almaty"),
            event(copy, 0, sentence, "PROTEST", when="2022-01-06", city="Almaty"),
        ],
        [wire, copy],
    )
    assert len(result.merged) == 1
    only = result.merged[0]
    assert (only.num_mentions, only.num_articles, only.num_sources) == (2, 2, 2)
    assert {m.duplicate_of for m in only.mentions} == {"", "wire"}


def _two_outlets():
    a = article(
        "a1",
        "Gunmen stormed a wedding hall in Herat on Saturday, killing 12 guests, police said. "
        "The attackers fled before security forces arrived.",
        "2021-06-13",
        "Kabul Daily",
    )
    b = article(
        "b1",
        "At least 14 people were killed when armed men attacked a wedding celebration in the "
        "western city of Herat on Saturday evening, a provincial spokesman said.",
        "2021-06-13",
        "Frontier Post",
    )
    c = article(
        "c1",
        "A suicide bomber killed 9 people at a mosque in Kabul on Friday, the interior ministry said.",
        "2021-06-13",
        "Kabul Daily",
    )
    events = [
        event(a, 0, a.text.split(". ")[0], "ASSAULT", when="2021-06-12", city="Herat",
              actors=[("Gunmen", "", "REB")], sizes={"killed": 12}, trigger="stormed"),
        event(b, 0, b.text.split(", a provincial")[0], "ASSAULT", when="2021-06-12", city="Herat",
              actors=[("armed men", "", "REB")], sizes={"killed": 14}, trigger="attacked"),
        event(c, 0, c.text, "ASSAULT", when="2021-06-11", city="Kabul",
              actors=[("suicide bomber", "", "REB")], sizes={"killed": 9}, trigger="killed"),
    ]
    return events, [a, b, c]


def test_two_outlets_reports_of_one_attack_merge_and_another_attack_stays_apart():
    events, articles = _two_outlets()
    result = merge(events, articles)
    groups = sorted(sorted(m.event_ids) for m in result.merged)
    assert groups == [["a1-000", "b1-000"], ["c1-000"]]


def test_same_city_attacks_on_different_days_never_merge():
    text_a = "A car bomb exploded near the market in Kabul on Monday, killing 8 people."
    text_b = "A car bomb exploded near the market in Kabul on Tuesday, killing 8 people."
    a = article("x1", text_a, "2021-05-04", "One")
    b = article("x2", text_b, "2021-05-04", "Two")
    same = dict(city="Kabul", actors=[("militants", "AFG", "REB")], sizes={"killed": 8}, trigger="exploded")
    result = merge(
        [event(a, 0, text_a, "ASSAULT", when="2021-05-03", **same),
         event(b, 0, text_b, "ASSAULT", when="2021-05-04", **same)],
        [a, b],
    )
    assert len(result.merged) == 2


def test_a_vague_report_does_not_chain_two_distinct_attacks():
    # the undated report matches both day-precise ones; they must stay apart
    texts = {
        "d1": "A roadside bomb hit a police convoy in Kabul on Monday, killing 4 officers.",
        "d2": "A roadside bomb hit a police convoy in Kabul on Wednesday, killing 4 officers.",
        "d3": "A roadside bomb hit a police convoy in Kabul this week, killing 4 officers.",
    }
    arts = {k: article(k, t, "2021-05-06", k) for k, t in texts.items()}
    common = dict(city="Kabul", sizes={"killed": 4}, trigger="hit", actors=[("bomb", "AFG", "REB")])
    events = [
        event(arts["d1"], 0, texts["d1"], "ASSAULT", when="2021-05-03", **common),
        event(arts["d2"], 0, texts["d2"], "ASSAULT", when="2021-05-05", **common),
        event(arts["d3"], 0, texts["d3"], "ASSAULT", **common),
    ]
    result = merge(events, arts.values())
    for me in result.merged:
        assert not {"d1-000", "d2-000"} <= set(me.event_ids)


def test_canonical_fields_follow_weighted_agreement():
    reports = [
        ("r1", "Protesters marched through Almaty on 5 January demanding lower gas prices.", "2022-01-05", "day", "PROTEST"),
        ("r2", "Thousands marched through Almaty on January 5 demanding lower gas prices.", "2022-01-05", "day", "PROTEST"),
        ("r3", "Crowds marched through Almaty in January demanding cheaper gas, and police responded.", "2022-01", "month", "COERCE"),
    ]
    arts, events = [], []
    for aid, text, when, precision, category in reports:
        art = article(aid, text, "2022-01-06", aid.upper())
        arts.append(art)
        events.append(event(art, 0, text, category, when=when, precision=precision, city="Almaty",
                            actors=[("protesters", "KAZ", "CVL")], trigger="marched"))
    result = merge(events, arts)
    assert len(result.merged) == 1
    me = result.merged[0]
    assert (me.event, me.date, me.date_precision, me.place) == ("PROTEST", "2022-01-05", "day", "Almaty")
    assert me.country == "KZ"
    assert [(a.code, a.sector) for a in me.actor] == [("KAZ", "CVL")]


def test_conflicting_tolls_are_kept_as_history_and_latest_wins():
    first = article("t1", "The unrest left at least 164 people dead, officials said on Sunday.", "2022-01-09", "Wire A")
    later = article("t2", "The death toll from the unrest rose to 225, officials said on Saturday.", "2022-01-15", "Wire B")
    common = dict(country="KZ", actors=[("security forces", "KAZ", "COP")], trigger="unrest")
    result = merge(
        [
            event(first, 0, first.text, "ASSAULT", when="2022-01", precision="month", sizes={"killed": 164}, **common),
            event(later, 0, later.text, "ASSAULT", when="2022-01", precision="month", sizes={"killed": 225},
                  cumulative=True, **common),
        ],
        [first, later],
    )
    assert len(result.merged) == 1
    me = result.merged[0]
    assert me.size["killed"] == 225
    history = [(r.value, r.reported, r.source) for r in me.figure_history["killed"]]
    assert history == [(164, "2022-01-09", "Wire A"), (225, "2022-01-15", "Wire B")]


def test_result_does_not_depend_on_input_order():
    events, articles = _two_outlets()
    base = merge(events, articles)
    shuffled = events[:]
    random.Random(7).shuffle(shuffled)
    again = merge(shuffled, list(reversed(articles)))
    assert [(m.id, m.event_ids, m.size) for m in again.merged] == [(m.id, m.event_ids, m.size) for m in base.merged]


def test_counts_per_event_record_cover_the_merged_event():
    events, articles = _two_outlets()
    counts = merge(events, articles).counts()
    assert counts["a1-000"] == counts["b1-000"]
    assert (counts["a1-000"].mentions, counts["a1-000"].sources, counts["a1-000"].articles) == (2, 2, 2)
    assert (counts["c1-000"].mentions, counts["c1-000"].articles) == (1, 1)


def _detentions(first_value: int, second_value: int):
    first = article("n1", f"More than {first_value} people have been detained across the country, the interior ministry said.", "2022-01-06", "Wire A")
    later = article("n2", f"The interior ministry said {second_value} people had been detained nationwide since the unrest began.", "2022-01-11", "Wire B")
    common = dict(country="KZ", actors=[("interior ministry", "KAZ", "COP")], trigger="detained")
    return [
        event(first, 0, first.text, "COERCE", when="2022-01-06", sizes={"arrested": first_value}, **common),
        event(later, 0, later.text, "COERCE", when="2022-01-11", sizes={"arrested": second_value}, **common),
    ], [first, later]


def test_a_growing_nationwide_total_is_one_event_with_its_history():
    result = merge(*_detentions(2000, 9900))
    assert len(result.merged) == 1
    me = result.merged[0]
    assert me.size["arrested"] == 9900
    assert [r.value for r in me.figure_history["arrested"]] == [2000, 9900]


def test_a_shrinking_figure_days_apart_is_not_a_running_total():
    assert len(merge(*_detentions(9900, 2000)).merged) == 2


def _detention_reports(first: str, second: str) -> list:
    """Two outlets datelined in Almaty give the interior ministry's count on
    consecutive days; the extractor attached the dateline city to both."""
    arts = [article("n1", first, "2022-01-10", "One"), article("n2", second, "2022-01-11", "Two")]
    common = dict(city="Almaty", actors=[("police", "KAZ", "COP")], trigger="detained")
    events = [
        event(arts[0], 0, first, "COERCE", when="2022-01-10", sizes={"arrested": 7939}, **common),
        event(arts[1], 0, second, "COERCE", when="2022-01-11", sizes={"arrested": 9900}, **common),
    ]
    return merge(events, arts).merged


def test_a_nationwide_count_is_not_pinned_to_the_dateline_city():
    merged = _detention_reports(
        "ALMATY - Police have detained 7,939 people nationwide since the unrest began, the interior ministry said.",
        "ALMATY - Police have detained 9,900 people across the country since the unrest began, officials said.",
    )
    assert len(merged) == 1
    assert merged[0].place == ""  # the figure is for the country, not for Almaty


def test_city_counts_on_different_days_stay_apart():
    merged = _detention_reports(
        "ALMATY - Police have detained 7,939 people in the city since the unrest began, the interior ministry said.",
        "ALMATY - Police have detained 9,900 people in the city since the unrest began, officials said.",
    )
    assert len(merged) == 2


def test_kinds_of_people_are_wordings_while_two_proper_names_are_two_parties():
    from tidings.merge.decision import DEFAULT, _parties
    from tidings.merge.engine import profile_of

    a = article("w1", "Gunmen opened fire on a bus in Herat, killing 5.", "2021-06-13", "A")
    b = article("w2", "Armed men attacked a bus in Herat, leaving 5 dead.", "2021-06-13", "B")
    c = article("w3", "Taliban fighters attacked a bus in Herat, leaving 5 dead.", "2021-06-13", "C")
    d = article("w4", "Islamic State fighters attacked a bus in Herat, leaving 5 dead.", "2021-06-13", "D")

    def prof(art, actor):
        return profile_of(event(art, 0, art.text, "ASSAULT", when="2021-06-12", city="Herat",
                                actors=[(actor, "", "REB")]), art)

    gunmen, armed = prof(a, "Gunmen"), prof(b, "armed men")
    taliban, islamic_state = prof(c, "Taliban fighters"), prof(d, "Islamic State fighters")
    assert _parties(gunmen, armed, DEFAULT) == 0.0
    assert _parties(taliban, islamic_state, DEFAULT) == DEFAULT.actor_named_apart


def test_only_capitalised_words_of_an_actor_phrase_name_it():
    from tidings.merge.decision import DEFAULT, _parties
    from tidings.merge.engine import profile_of
    from tidings.merge.profile import name_words

    assert name_words("Australia's foreign minister") == ("australia",)
    assert name_words("a female suicide bomber seen on Monday") == ()
    a = article("n1", "A female suicide bomber blew herself up at a market in Kabul.", "2024-05-15", "A")
    b = article("n2", "A Taliban suicide bomber blew himself up at a market in Kabul.", "2024-05-15", "B")
    c = article("n3", "An Islamic State suicide bomber blew himself up at a market in Kabul.", "2024-05-15", "C")

    def prof(art, actor):
        return profile_of(event(art, 0, art.text, "ASSAULT", when="2024-05-14", city="Kabul",
                                actors=[(actor, "AFG", "UAF")]), art)

    described = prof(a, "A female suicide bomber")
    taliban, islamic_state = prof(b, "A Taliban suicide bomber"), prof(c, "An Islamic State suicide bomber")
    # a description and a name of one party: only the codes speak
    assert described.actor_keys == ("AFG/UAF",)
    assert _parties(described, taliban, DEFAULT) == DEFAULT.actor_code_shared
    assert _parties(taliban, islamic_state, DEFAULT) == DEFAULT.actor_named_apart


def test_events_without_evidence_text_are_not_alike_by_their_trigger_alone():
    from tidings.merge import merge_profiles
    from tidings.merge.engine import profile_of

    a = article("r1", "x", "2022-01-05", "A")
    b = article("r2", "y", "2022-01-05", "B")
    # no article text: only the fields speak (gold-field checks, stored records)
    requests = [
        profile_of(event(a, 0, "", "REQUEST", when="2022-01-05", city="Almaty", trigger="called for"), None),
        profile_of(event(b, 0, "", "REQUEST", when="2022-01-05", city="Aktobe", trigger="called for"), None),
    ]
    assert requests[0].terms == ()
    assert len(merge_profiles(requests).merged) == 2


def test_a_coded_partys_country_words_are_left_to_its_code():
    from tidings.merge.decision import DEFAULT, _parties
    from tidings.merge.engine import profile_of

    a = article("d1", "The Australian foreign minister arrived in Jakarta for talks.", "2024-05-21", "A")
    b = article("d2", "Australia's foreign minister Jane Roe arrived in Jakarta for talks.", "2024-05-21", "B")
    c = article("d3", "Opposition leader John Doe arrived in Jakarta for talks.", "2024-05-21", "C")

    def prof(art, actor):
        return profile_of(event(art, 0, art.text, "CONSULT", when="2024-05-21", country="ID",
                                actors=[(actor, "AUS", "GOV")]), art)

    described = prof(a, "The Australian foreign minister")
    named, other = prof(b, "Australia's foreign minister Jane Roe"), prof(c, "Opposition leader John Doe")
    assert described.actor_keys == ("AUS/GOV",)
    assert named.actor_keys == ("AUS/GOV", "jane")
    assert _parties(described, named, DEFAULT) == DEFAULT.actor_code_shared
    assert _parties(named, other, DEFAULT) == DEFAULT.actor_named_apart


def test_a_month_is_compatible_with_each_of_its_days_but_weighs_less_than_one_day():
    from tidings.merge.decision import DEFAULT, _date, conflict
    from tidings.merge.engine import profile_of

    text = "Crowds marched through Almaty demanding cheaper gas."

    def prof(aid, when, precision="day"):
        art = article(aid, text, "2022-02-28", aid)
        return profile_of(event(art, 0, text, "PROTEST", when=when, precision=precision, city="Almaty"), art)

    month = prof("m", "2022-01", "month")
    early, late, again, february = prof("e", "2022-01-02"), prof("l", "2022-01-30"), prof("a", "2022-01-30"), prof("f", "2022-02-12")
    assert not conflict(month, early) and not conflict(month, late)
    assert _date(month, early, DEFAULT) == _date(month, late, DEFAULT) < _date(late, again, DEFAULT) == DEFAULT.day_same
    assert conflict(month, february)  # twelve days past the month's end


def test_a_region_is_compatible_with_a_town_inside_it_however_far_from_its_seat():
    from tidings.merge.decision import DEFAULT, _place
    from tidings.merge.engine import profile_of
    from tidings.records import Place

    text = "Farmers blocked the highway demanding water rights."

    def prof(aid, place):
        art = article(aid, text, "2024-05-16", aid)
        e = event(art, 0, text, "PROTEST", when="2024-05-16")
        e.event_loc = place
        return profile_of(e, art)

    # the region's point is its seat; the port town lies 100 km away, inside it
    region = prof("r", Place("Arequipa region", "Arequipa", 3947319, -16.40, -71.54, "PE", admin1="04", resolution="admin1"))
    inside = prof("i", Place("Mollendo", "Mollendo", 3935624, -17.02, -72.01, "PE", admin1="04", resolution="city"))
    elsewhere = prof("o", Place("Juliaca", "Juliaca", 3937513, -15.50, -70.13, "PE", admin1="21", resolution="city"))
    assert _place(region, inside, DEFAULT) == 0.0
    assert _place(inside, region, DEFAULT) == 0.0
    assert _place(region, elsewhere, DEFAULT) < 0


def test_a_member_left_out_of_the_linkage_sample_keeps_its_veto():
    # seven copies of one wire join as copies; the one that read its date a
    # month off sorts last, outside the members whose scores are averaged, and
    # must still stop a report it cannot be one event with from joining them
    sentence = WIRE.split(". ")[0]
    copies = [article(f"c{n}", f"(Outlet {n}) " + WIRE, "2022-01-05", f"Outlet {n}") for n in range(6)]
    copies.append(article("zz", "(Outlet Z) " + WIRE, "2022-01-05", "Outlet Z"))
    other = article("b1", sentence + ". " + UNRELATED, "2022-01-05", "Elsewhere")
    same = dict(actors=[("protesters", "", "CVL")], trigger="fired")
    events = [event(a, 0, sentence, "COERCE", when="2022-01-05", **same) for a in copies[:-1]]
    events.append(event(copies[-1], 0, sentence, "COERCE", when="2021-12-01", **same))
    events.append(event(other, 0, sentence, "COERCE", when="2022-01-05", **same))
    result = merge(events, [*copies, other])
    together = [me for me in result.merged if "zz-000" in me.event_ids]
    assert len(together) == 1 and len(together[0].event_ids) == 7
    assert "b1-000" not in together[0].event_ids
    # without the copy that vetoes it, the report joins the wire's event
    alone = merge(events[:-2] + events[-1:], [*copies[:-1], other])
    assert len(alone.merged) == 1
