"""The pair decision's reading of dates and parties as outlets word them."""

from __future__ import annotations

from datetime import date

from test_merge_fixtures import article, event

from tidings.merge import merge
from tidings.merge.decision import DEFAULT, _date, _parties, _place, conflict, score
from tidings.merge.engine import profile_of

BEACH_WIRE = (
    "Gunmen who came by boat killed five fish traders on the beach below the port on Friday "
    "morning, police said."
)
BEACH_PAPER = (
    "The attackers arrived by sea in two boats and shot at the fishermen and the women selling "
    "fish on the beach below the port, the district police commander told our reporter."
)


def _beach(paper_published: str, paper_date: str, **place):
    wire = article("bw", BEACH_WIRE, "2024-09-13", "Coast Wire")
    paper = article("bp", BEACH_PAPER, paper_published, "Northern Daily")
    common = dict(actors=[("gunmen", "MOZ", "UAF")], recipients=[("traders", "MOZ", "CVL")], **place)
    a = event(wire, 0, BEACH_WIRE, "ASSAULT", when="2024-09-13", trigger="killed", **common)
    b = event(paper, 0, BEACH_PAPER, "ASSAULT", when=paper_date, trigger="shot", **common)
    return (a, b), (wire, paper)


def test_a_next_day_paper_dating_the_attack_on_its_own_day_still_meets_the_wire():
    # the paper's "this Friday" was read as its own day, the Saturday
    (a, b), (wire, paper) = _beach("2024-09-14", "2024-09-14", country="MZ")
    pa, pb = profile_of(a, wire), profile_of(b, paper)
    assert _date(pa, pb, DEFAULT) == DEFAULT.day_apart_report
    assert len(merge([a, b], [wire, paper]).merged) == 1


def test_a_day_apart_not_on_the_reports_own_day_counts_in_full():
    (a, b), (wire, paper) = _beach("2024-09-16", "2024-09-14", country="MZ")
    pa, pb = profile_of(a, wire), profile_of(b, paper)
    assert _date(pa, pb, DEFAULT) == DEFAULT.day_apart


def test_a_sentence_that_names_its_day_is_taken_at_its_word():
    wire = article("bw", BEACH_WIRE, "2024-09-13", "Coast Wire")
    text = "Gunmen in boats attacked the fish landing beach below the port on Saturday, police said."
    paper = article("bs", text, "2024-09-14", "Northern Daily")
    a = event(wire, 0, BEACH_WIRE, "ASSAULT", when="2024-09-13", country="MZ")
    b = event(paper, 0, text, "ASSAULT", when="2024-09-14", country="MZ")
    assert _date(profile_of(a, wire), profile_of(b, paper), DEFAULT) == DEFAULT.day_apart


def test_a_report_dated_on_its_own_day_is_still_another_day_in_the_same_city():
    (a, b), (wire, paper) = _beach("2024-09-14", "2024-09-14", city="Herat")
    assert conflict(profile_of(a, wire), profile_of(b, paper), DEFAULT)
    assert len(merge([a, b], [wire, paper]).merged) == 2


def _attacker(aid: str, party: tuple[str, str, str]):
    text = "Armed men attacked a bus on the Kaya road, seizing nine passengers."
    art = article(aid, text, "2024-09-16", aid)
    return profile_of(event(art, 0, text, "ASSAULT", when="2024-09-16", country="BF",
                            actors=[party]), art)


def test_unidentified_gunmen_may_be_the_insurgents_another_outlet_names():
    gunmen = _attacker("u1", ("gunmen", "BFA", "UAF"))
    fighters = _attacker("u2", ("fighters", "BFA", "REB"))
    police = _attacker("u3", ("police", "BFA", "COP"))
    assert _parties(gunmen, fighters, DEFAULT) == 0.0
    assert _parties(fighters, gunmen, DEFAULT) == 0.0
    # state forces are named as such by nearly every outlet
    assert _parties(gunmen, police, DEFAULT) == DEFAULT.actor_disjoint
    assert _parties(fighters, police, DEFAULT) == DEFAULT.actor_disjoint


def _tear_gas(wire_text: str, category: str):
    local_text = "Police in Herat fired tear gas on Saturday to clear farmers blocking the ring road."
    wire = article("tw", wire_text, "2021-06-12", "Capital Wire")
    local = article("tl", local_text, "2021-06-13", "Herat Times")
    common = dict(when="2021-06-12", actors=[("police", "AFG", "COP")], recipients=[("farmers", "AFG", "CVL")])
    # the extractor pinned the wire's event on Kabul, where the reporter files from
    a = event(wire, 0, wire_text, category, city="Kabul", trigger="fired", **common)
    b = event(local, 0, local_text, category, city="Herat", trigger="fired", **common)
    return [a, b], [wire, local]


def test_a_dateline_city_is_no_evidence_against_the_place_its_sentence_names():
    events, articles = _tear_gas(
        "KABUL, June 12 (Capital Wire) - Farmers marched through central Kabul on Saturday, "
        "while in Herat police fired tear gas to clear a blockade of the ring road.", "ASSAULT")
    wire, local = (profile_of(e, a) for e, a in zip(events, articles))
    assert wire.pinned and not local.pinned
    assert _place(wire, local, DEFAULT) == 0.0
    assert len(merge(events, articles).merged) == 1


def test_a_sentence_naming_its_own_city_and_another_keeps_them_apart():
    # a round-up tells two cities' events in one sentence, each rightly placed
    events, articles = _tear_gas(
        "Afghanistan: farmers who marched in Kabul on Saturday were dispersed by police with tear "
        "gas at the ring road; a march in Herat passed off peacefully.", "ASSAULT")
    wire, local = (profile_of(e, a) for e, a in zip(events, articles))
    assert not wire.pinned
    assert _place(wire, local, DEFAULT) == DEFAULT.far


def _beach_party(aid: str, actor: tuple[str, str, str], recipient: tuple[str, str, str]):
    text = "Gunmen in boats killed six fishermen on the beach below the port."
    art = article(aid, text, "2024-09-20", aid)
    return profile_of(event(art, 0, text, "ASSAULT", when="2024-09-13", country="MZ",
                            actors=[actor], recipients=[recipient]), art)


def test_a_round_ups_unnamed_parties_keep_the_events_country_not_the_first_paragraphs():
    # the weekly opened on Burkina Faso; its Mozambican paragraph kept the code
    roundup = _beach_party("r1", ("gunmen", "BFA", "REB"), ("fishermen", "BFA", "CVL"))
    local = _beach_party("r2", ("the terrorists", "MOZ", "REB"), ("fishermen", "MOZ", "CVL"))
    assert roundup.actor_keys == ("MOZ/REB",) and roundup.recipient_keys == ("MOZ/CVL",)
    assert _parties(roundup, local, DEFAULT) == DEFAULT.actor_code_shared + DEFAULT.recipient_shared


def test_a_foreign_army_keeps_its_own_country():
    foreign = _beach_party("f1", ("Rwandan troops", "RWA", "MIL"), ("fishermen", "MOZ", "CVL"))
    local = _beach_party("f2", ("troops", "MOZ", "MIL"), ("fishermen", "MOZ", "CVL"))
    assert foreign.actor_keys == ("RWA/MIL",)
    assert _parties(foreign, local, DEFAULT) == DEFAULT.actor_disjoint + DEFAULT.recipient_shared


def _two_days(category: str):
    one = "Gunmen attacked a checkpoint in Herat on Monday, killing 3 guards."
    two = "Gunmen attacked a checkpoint in Jebrael on Tuesday, killing 3 guards."
    a, b = article("h1", one, "2021-05-03", "One"), article("h2", two, "2021-05-04", "Two")
    same = dict(actors=[("gunmen", "AFG", "UAF")], sizes={"killed": 3}, trigger="attacked")
    events = [event(a, 0, one, category, when="2021-05-03", city="Herat", **same),
              event(b, 0, two, category, when="2021-05-04", city="Jebrael", **same)]
    return events, [a, b]


def test_attacks_on_two_days_in_a_city_and_its_township_are_two_attacks():
    events, articles = _two_days("ASSAULT")
    pa, pb = (profile_of(e, a) for e, a in zip(events, articles))
    assert pa.city != pb.city and conflict(pa, pb, DEFAULT)
    assert len(merge(events, articles).merged) == 2


def test_a_protest_may_move_to_the_next_township_the_next_day():
    events, articles = _two_days("PROTEST")
    pa, pb = (profile_of(e, a) for e, a in zip(events, articles))
    assert not conflict(pa, pb, DEFAULT)


def test_only_a_dateline_pins_a_place_on_the_first_sentence():
    from tidings.merge.profile import pinned_place

    text = "KABUL, June 12 (Capital Wire) - Farmers marched on Saturday. Police in Herat fired tear gas."
    assert pinned_place("Kabul", text, 0)
    assert not pinned_place("Kabul", text, 60)  # a later sentence's place is its own business
    assert not pinned_place("Herat", text, 0)
    assert not pinned_place("Kabul", "Kabul police said on Saturday that farmers marched.", 0)


def test_a_gunman_is_not_taken_for_another_shootings_criminal_suspect():
    gunman = _attacker("c1", ("a gunman", "USA", "UAF"))
    suspect = _attacker("c2", ("the suspect", "USA", "CRM"))
    assert _parties(gunman, suspect, DEFAULT) == DEFAULT.actor_disjoint


APPEAL_ONE = "Detectives asked anyone who saw the car near the bakery to come forward."
APPEAL_TWO = "Officers urged witnesses of the market robbery to telephone the station."


def _appeals(category: str, second: str = APPEAL_TWO, parties=((), ()), targets=((), ())):
    one = article("ap1", APPEAL_ONE, "2024-03-05", "Herat Daily")
    two = article("ap2", second, "2024-03-06", "Western Voice")
    common = dict(when="2024-03", precision="month", city="Herat")
    events = [event(one, 0, APPEAL_ONE, category, trigger="asked", actors=list(parties[0]),
                    recipients=list(targets[0]), **common),
              event(two, 0, second, category, trigger="urged", actors=list(parties[1]),
                    recipients=list(targets[1]), **common)]
    return events, [one, two]


def test_two_police_appeals_in_one_town_sharing_nothing_else_stay_apart():
    events, articles = _appeals("REQUEST")
    pa, pb = (profile_of(e, a) for e, a in zip(events, articles))
    assert _place(pa, pb, DEFAULT) == DEFAULT.near  # the town agrees ...
    assert score(pa, pb, DEFAULT) < DEFAULT.threshold  # ... and is not enough
    assert len(merge(events, articles).merged) == 2


def test_two_appeals_in_one_town_worded_alike_still_meet():
    events, articles = _appeals("REQUEST", second=APPEAL_ONE.replace("Detectives", "Police"))
    assert len(merge(events, articles).merged) == 1


def test_an_attacks_town_still_counts_when_the_reports_share_nothing_else():
    events, articles = _appeals("ASSAULT")
    pa, pb = (profile_of(e, a) for e, a in zip(events, articles))
    assert score(pa, pb, DEFAULT) >= DEFAULT.threshold


def test_the_towns_police_in_both_appeals_do_not_make_them_one():
    police = (("Detectives", "AFG", "COP"),), (("Officers", "AFG", "COP"),)
    events, articles = _appeals("REQUEST", parties=police)
    pa, pb = (profile_of(e, a) for e, a in zip(events, articles))
    assert _parties(pa, pb, DEFAULT) == DEFAULT.actor_code_shared  # the code agrees ...
    assert len(merge(events, articles).merged) == 2  # ... as it would for any appeal in Herat


def test_appeals_by_one_named_commander_in_one_town_meet():
    named = (("Commander Sayed Rahimi", "AFG", "COP"),), (("police chief Rahimi", "AFG", "COP"),)
    events, articles = _appeals("REQUEST", parties=named)
    assert len(merge(events, articles).merged) == 1


def test_a_curfew_and_a_dispersal_befalling_the_towns_residents_may_meet():
    # the police appear in one report only; both reports say whom it befell
    residents = (("residents", "AFG", "CVL"),), (("townspeople", "AFG", "CVL"),)
    events, articles = _appeals("COERCE", targets=residents)
    pa, pb = (profile_of(e, a) for e, a in zip(events, articles))
    assert score(pa, pb, DEFAULT) >= DEFAULT.threshold


SHOT_ONE = "A 28-year-old man was shot in the leg outside a tea house on Tuesday night, police said."
SHOT_TWO = "Police are looking for the gunman who wounded a {age}-year-old near the bus station late Tuesday."


def _two_shootings(age: int):
    second = SHOT_TWO.format(age=age)
    one = article("sh1", SHOT_ONE, "2024-05-08", "Herat Daily")
    two = article("sh2", second, "2024-05-08", "Western Voice")
    common = dict(when="2024-05-07", city="Herat", recipients=[("man", "AFG", "CVL")], sizes={"injured": 1})
    events = [event(one, 0, SHOT_ONE, "ASSAULT", trigger="shot", **common),
              event(two, 0, second, "ASSAULT", trigger="shot", **common)]
    return events, [one, two]


def test_shootings_of_a_28_and_a_22_year_old_in_one_town_are_two():
    events, articles = _two_shootings(22)
    pa, pb = (profile_of(e, a) for e, a in zip(events, articles))
    assert (pa.ages, pb.ages) == ((28,), (22,))
    assert len(merge(events, articles).merged) == 2


def test_an_age_a_year_out_is_the_same_man_a_birthday_later():
    events, articles = _two_shootings(29)
    assert len(merge(events, articles).merged) == 1


def _month_dated_appeals(second_published: str, second: str = APPEAL_ONE.replace("Detectives", "Police")):
    one = article("mo1", APPEAL_ONE, "2024-03-04", "Herat Daily")
    two = article("mo2", second, second_published, "Western Voice")
    common = dict(when="2024-03", precision="month", city="Herat")
    events = [event(one, 0, APPEAL_ONE, "REQUEST", trigger="asked", **common),
              event(two, 0, second, "REQUEST", trigger="asked", **common)]
    return events, [one, two]


def test_appeals_a_fortnight_apart_dated_only_by_their_reports_month_are_two():
    events, articles = _month_dated_appeals("2024-03-20")
    pa, pb = (profile_of(e, a) for e, a in zip(events, articles))
    assert pa.day_hi == articles[0].published.toordinal()  # the week before its report, not March
    assert conflict(pa, pb, DEFAULT)


def test_appeals_reported_two_days_apart_may_still_be_one():
    events, articles = _month_dated_appeals("2024-03-06")
    assert len(merge(events, articles).merged) == 1


def test_a_sentence_that_names_its_month_keeps_it():
    second = "Earlier this month detectives asked anyone who saw the car near the bakery to come forward."
    events, articles = _month_dated_appeals("2024-03-20", second)
    pa, pb = (profile_of(e, a) for e, a in zip(events, articles))
    assert (pb.day_lo, pb.day_hi) == (date(2024, 3, 1).toordinal(), date(2024, 3, 31).toordinal())
    assert not conflict(pa, pb, DEFAULT)
