"""Choosing among namesakes: what the text says outright against what its
other ambiguous names suggest. Texts are news-like sentences written for
these tests."""

from __future__ import annotations

from collections import Counter

from tidings.extract.places import resolve as resolve_module
from tidings.extract.places.mention import Mention
from tidings.extract.places.resolve import _tally, _Votes, _vouched_areas, resolve
from tidings.resources.gazetteer import POST_TOWN, load_gazetteer

# Hamilton, Marion and Montgomery County are each bigger in Ohio than in
# Indiana, and together they would carry one another there.
JOBLESS = (
    "Indiana jobless figures rose in March. Hamilton had the lowest rate, Marion was close behind and "
    "Montgomery County came next. Indiana officials said Ohio did worse."
)
JOBLESS_NAMES = ["Indiana", "Hamilton", "Marion", "Montgomery County", "Indiana", "Ohio"]


def _resolved(text: str, names: list[str]) -> list[Mention]:
    gaz = load_gazetteer()
    mentions, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        pos = start + len(name)
        mentions.append(Mention(start, pos, name, gaz.lookup(name), "GPE"))
    resolve(mentions, text)
    return mentions


def _areas(mentions: list[Mention], name: str) -> set[str]:
    return {m.entry.admin1 for m in mentions if m.text == name and m.entry is not None}


def test_the_state_named_most_outweighs_a_cluster_of_namesakes_elsewhere():
    found = _resolved(JOBLESS, JOBLESS_NAMES)
    assert _areas(found, "Marion") == {"Indiana"}
    assert _areas(found, "Montgomery County") == {"Indiana"}
    assert _areas(found, "Ohio") == {"Ohio"}


def test_without_the_named_state_the_cluster_wins(monkeypatch):
    # What the rule above fixes: the bigger Ohio readings support each other.
    monkeypatch.setattr(resolve_module, "NAMED_AREA_BONUS", 0.0)
    found = _resolved(JOBLESS, JOBLESS_NAMES)
    assert _areas(found, "Marion") == {"Ohio"}


def test_a_named_state_does_not_lift_a_dwarfed_namesake():
    gaz = load_gazetteer()
    # Columbia, North Carolina is a village; Columbia, South Carolina a capital.
    assert _vouched_areas(gaz.lookup("Columbia"), frozenset({"US.NC"})) == set()
    # Lewisburg, West Virginia is a few times smaller than its Tennessee namesake: close enough.
    assert _vouched_areas(gaz.lookup("Lewisburg"), frozenset({"US.WV"})) == {"US.WV"}


def test_the_most_named_areas_leave_out_the_name_itself():
    votes = _Votes(
        Counter(),
        Counter(),
        {},
        [],
        {"indiana": Counter({"US.IN": 2}), "ohio": Counter({"US.OH": 1}), "kentucky": Counter({"US.KY": 2})},
    )
    assert votes.most_named("ohio") == {"US.IN", "US.KY"}
    assert votes.most_named("indiana") == {"US.KY"}
    assert _Votes(Counter(), Counter(), {}, []).most_named("ohio") == frozenset()


def test_a_country_is_not_read_as_a_small_town_of_that_name():
    # Waxahachie and Ennis vouch for Texas, where a town of 1,900 is called Italy.
    text = "Growers around Waxahachie and Ennis said a cheaper crop from Italy had cut their prices."
    *_, italy = _resolved(text, ["Waxahachie", "Ennis", "Italy"])
    assert italy.entry is not None and italy.entry.is_country and italy.entry.country_code == "IT"


def test_without_the_town_rule_the_small_namesake_wins(monkeypatch):
    monkeypatch.setattr(resolve_module, "AREA_NAMESAKE_TOWN", 1_000)
    text = "Growers around Waxahachie and Ennis said a cheaper crop from Italy had cut their prices."
    *_, italy = _resolved(text, ["Waxahachie", "Ennis", "Italy"])
    assert italy.entry is not None and italy.entry.admin1 == "Texas"


def test_a_town_that_once_bore_a_country_name_pays_at_any_size():
    from tidings.extract.places.resolve import AREA_NAMESAKE_TOWN, _area_namesake
    from tidings.resources.gazetteer import KIND_ALT, KIND_NAME

    matches = load_gazetteer().lookup("Egypt")
    older = [m for m in matches if m.kind == KIND_ALT and m.entry.is_city]
    assert older and any(m.entry.population >= AREA_NAMESAKE_TOWN for m in older)
    assert all(_area_namesake(m, matches) > 0 for m in older)
    # A town of some size by its own name is left to the context.
    jordan = load_gazetteer().lookup("Jordan")
    towns = [m for m in jordan if m.kind == KIND_NAME and m.entry.is_city and m.entry.population >= AREA_NAMESAKE_TOWN]
    assert towns and all(_area_namesake(m, jordan) == 0 for m in towns)


# Shiloh and Belleville are towns of Illinois, which has a village called Kansas.
MOVED = (
    "Shiloh police said the driver, who had moved from Kansas in May, was taken to a hospital in Belleville. "
    "Illinois State Police are investigating."
)
MOVED_NAMES = ["Shiloh", "Kansas", "Belleville", "Illinois"]


def test_a_big_state_is_not_read_as_a_village_of_its_name():
    _, kansas, *_ = _resolved(MOVED, MOVED_NAMES)
    assert kansas.entry is not None and kansas.entry.feature_code == "ADM1" and kansas.entry.admin1 == "Kansas"


def test_without_the_big_area_rule_the_village_wins(monkeypatch):
    monkeypatch.setattr(resolve_module, "BIG_AREA", 10**12)
    _, kansas, *_ = _resolved(MOVED, MOVED_NAMES)
    assert kansas.entry is not None and kansas.entry.admin1 == "Illinois"


def test_a_small_first_level_area_leaves_its_town_namesakes_to_the_context():
    from tidings.extract.places.resolve import BIG_AREA, _area_namesake

    matches = load_gazetteer().lookup("Nelson")
    small_areas = [m for m in matches if m.entry.feature_code == "ADM1" and m.entry.population < BIG_AREA]
    towns = [m for m in matches if m.entry.is_city and m.entry.country_code == "US"]
    assert small_areas and towns
    assert all(_area_namesake(m, matches) == 0 for m in towns)


def test_a_sum_in_pounds_makes_namesakes_english():
    text = "Residents of Kew and Richmond paid £40 a month more for parking this year, the council said."
    kew, richmond = _resolved(text, ["Kew", "Richmond"])
    assert (kew.entry.country_code, richmond.entry.country_code) == ("GB", "GB")
    # The same sentence in dollars leaves the two suburbs where they cluster.
    kew, richmond = _resolved(text.replace("£", "$"), ["Kew", "Richmond"])
    assert (kew.entry.country_code, richmond.entry.country_code) == ("AU", "AU")


def test_money_votes_only_for_amounts_in_one_country_money():
    from tidings.extract.places.resolve import MONEY_WEIGHT, _with_money

    assert _with_money({}, "The fine was £300.") == {"GB": MONEY_WEIGHT}
    assert _with_money({"NG": 0.5}, "Farmers lost 2 million naira in the raid.") == {"NG": 0.5 + MONEY_WEIGHT}
    # A yen for travel is no sum of money, and the Egyptian pound is no British one.
    assert _with_money({}, "She had a yen for travel and paid E£50 for the ticket.") == {}


def test_a_sum_in_dollars_takes_a_local_namesake_out_of_england():
    text = "Mansfield council members agreed on Tuesday to borrow $4.5 million for new fire trucks."
    (town,) = _resolved(text, ["Mansfield"])
    assert town.entry.country_code == "US"
    # The same sentence in pounds keeps the English town.
    (town,) = _resolved(text.replace("$", "£"), ["Mansfield"])
    assert town.entry.country_code == "GB"


def test_dollars_vote_for_the_dollar_countries_together_and_a_prefixed_sum_for_none():
    from tidings.extract.places.resolve import DOLLAR_COUNTRIES, MONEY_WEIGHT, _with_money

    votes = _with_money({}, "The repairs cost $300,000.")
    assert set(votes) == set(DOLLAR_COUNTRIES)
    assert abs(sum(votes.values()) - MONEY_WEIGHT) < 1e-9
    # A sum quoted abroad ("US$", "HK$") says nothing of where the paper is.
    assert _with_money({}, "The aid package is worth US$20 million and HK$5 million.") == {}


# Hampton Park's only reading is a suburb of Melbourne, and South Australia
# has a hamlet of some 500 people called Charleston.
PARK = (
    "Charleston police closed the gates of Hampton Park after the concert, "
    "and Charleston officers stayed until midnight."
)
PARK_NAMES = ["Charleston", "Hampton Park", "Charleston"]


def test_one_foreign_name_does_not_make_a_city_a_hamlet_abroad():
    found = _resolved(PARK, PARK_NAMES)
    assert _areas(found, "Charleston") == {"South Carolina"}


def test_with_the_old_small_cost_the_hamlet_won(monkeypatch):
    monkeypatch.setattr(resolve_module, "SMALL_TOWN_PENALTY", 0.5)
    found = _resolved(PARK, PARK_NAMES)
    assert _areas(found, "Charleston") == {"South Australia"}


def _first(name: str):
    from tidings.extract.places.resolve import _base_scores

    scored = _base_scores(load_gazetteer().lookup(name))
    return max(scored, key=lambda pair: pair[0])[1].entry


def test_a_small_area_does_not_outrank_a_city_of_its_name():
    # Portland parish in Jamaica counts some 22,000 people; Portland, Oregon far more.
    portland = _first("Portland")
    assert portland.is_city and portland.admin1 == "Oregon"


def test_a_big_area_keeps_its_bonus_over_a_smaller_city():
    from tidings.extract.places.resolve import _undue_area_bonus

    victoria = load_gazetteer().lookup("Victoria")
    [state] = [m.entry for m in victoria if m.entry.feature_code == "ADM1" and m.entry.country_code == "AU"]
    towns = [m.entry.population for m in victoria if m.entry.is_city]
    assert towns and state.population > max(towns)
    assert _undue_area_bonus(state, max(towns)) == 0.0
    assert _undue_area_bonus(state, state.population + 1) > 0.0


def test_a_town_far_from_the_state_of_its_name_gets_no_namesake_bonus():
    # Delaware, Ohio is a tenth of the state of Delaware, but hundreds of kilometres away.
    delaware = _first("Delaware")
    assert delaware.feature_code == "ADM1" and delaware.admin1 == "Delaware"


def test_a_city_beside_the_region_of_its_name_still_beats_it():
    moscow = _first("Moscow")
    assert moscow.is_city and moscow.country_code == "RU"


# Gainesville and Hall County vote for Georgia, which has a Nashville of
# under 5,000 people far from both.
JAIL = (
    "Gainesville officials said a Nashville company will run the old Hall County jail, "
    "and Gainesville will collect the rent."
)
JAIL_NAMES = ["Gainesville", "Nashville", "Hall County", "Gainesville"]


def test_a_state_vote_alone_does_not_make_a_city_a_tiny_namesake():
    found = _resolved(JAIL, JAIL_NAMES)
    assert _areas(found, "Nashville") == {"Tennessee"}
    assert _areas(found, "Hall County") == {"Georgia"}


def test_without_the_dwarf_rule_the_state_vote_wins(monkeypatch):
    monkeypatch.setattr(resolve_module, "DWARF_RATIO", 10**9)
    found = _resolved(JAIL, JAIL_NAMES)
    assert _areas(found, "Nashville") == {"Georgia"}


# Hungerford's only reading is the English town; England has a Hartford too.
STREET = (
    "Hartford police said the stolen car was found on Hungerford St. late Sunday, "
    "two blocks from where Hartford officers had stopped it."
)
STREET_NAMES = ["Hartford", "Hungerford", "Hartford"]


def test_a_street_named_for_a_town_does_not_pull_the_story_there():
    found = _resolved(STREET, STREET_NAMES)
    assert _areas(found, "Hartford") == {"Connecticut"}


def test_without_the_street_rule_the_street_pulls(monkeypatch):
    monkeypatch.setattr(resolve_module, "_streets", lambda mentions, text: set())
    found = _resolved(STREET, STREET_NAMES)
    assert _areas(found, "Hartford") == {"England"}


def test_street_words_and_saints():
    from tidings.extract.places.resolve import _STREET_AFTER

    assert _STREET_AFTER.match(" St. late Sunday") and _STREET_AFTER.match(" Boulevard")
    assert not _STREET_AFTER.match(" St. John's") and not _STREET_AFTER.match(" Stanley")
    assert not _STREET_AFTER.match(" Dr. Lee said") and _STREET_AFTER.match(" Dr., near the school")


def _named_gain(name: str, area: str) -> dict[str, float]:
    """What naming `area` adds to each reading of `name`, by (admin1, kind)."""
    from tidings.extract.places.resolve import _base_scores, _scored

    mention = Mention(0, len(name), name, load_gazetteer().lookup(name), "GPE")
    bases = _base_scores(mention.matches)
    empty = (Counter(), Counter())
    plain = {m.entry.id: s for s, m in _scored(mention, name.lower(), bases, empty, [], None)}
    named = _scored(mention, name.lower(), bases, empty, [], None, frozenset({area}))
    return {(m.entry.admin1, m.entry.feature_code, m.kind): s - plain[m.entry.id] for s, m in named}


def test_a_named_state_lifts_its_towns_but_not_one_reached_by_another_spelling():
    from tidings.resources.gazetteer import KIND_ALT, KIND_NAME

    gains = _named_gain("Lewisburg", "US.WV")
    assert gains[("West Virginia", "PPL", KIND_NAME)] > 0
    # "Pittsburgh" is one of Pittsburg, California's other spellings.
    gains = _named_gain("Pittsburgh", "US.CA")
    assert gains[("California", "PPL", KIND_ALT)] == 0


# A London-area school story whose other names have US readings.
COOKERY = (
    "Pupils from Raynham Avenue and a team from Enterprise cooked for judges at Millfield on Saturday, "
    "and a school from Edmonton won."
)
COOKERY_NAMES = ["Raynham", "Enterprise", "Millfield", "Edmonton"]


def test_a_post_town_does_not_win_on_its_country_votes_alone():
    millfield = _resolved(COOKERY, COOKERY_NAMES)[2]
    assert millfield.entry is None or millfield.entry.feature_code != POST_TOWN


def test_without_the_post_town_cost_the_country_votes_win(monkeypatch):
    monkeypatch.setattr(resolve_module, "POST_TOWN_PENALTY", 0.0)
    millfield = _resolved(COOKERY, COOKERY_NAMES)[2]
    assert millfield.entry is not None and millfield.entry.feature_code == POST_TOWN


def test_a_post_town_beside_its_state_is_kept():
    millfield, _ = _resolved("The fire at Millfield, Ohio destroyed two barns, the sheriff said.", ["Millfield", "Ohio"])
    assert millfield.entry is not None and millfield.entry.feature_code == POST_TOWN
    assert millfield.entry.admin1 == "Ohio"


def test_a_post_town_casts_no_vote():
    gaz = load_gazetteer()
    post = next(m.entry for m in gaz.lookup("Millfield") if m.entry.feature_code == POST_TOWN)
    town = next(m.entry for m in gaz.lookup("Millfield") if m.entry.feature_code != POST_TOWN)
    mentions = [Mention(0, 9, "Millfield", gaz.lookup("Millfield"), "GPE", entry=entry) for entry in (post, town)]
    votes = _tally(mentions, {}, [1.0, 1.0], ["millfield", "millfield"])
    assert votes.country == Counter({town.country_code: 1.0})


def test_a_region_read_whole_is_not_a_village():
    text = "Hopes for peace spread across the Middle East after the US secretary of state left Washington."
    region, *_ = _resolved(text, ["Middle East", "US", "Washington"])
    assert region.entry is not None and region.entry.feature_code == "RGN"


def test_without_the_region_rule_the_village_wins(monkeypatch):
    monkeypatch.setattr(resolve_module, "keep_region_readings", lambda mentions, pinned: None)
    text = "Hopes for peace spread across the Middle East after the US secretary of state left Washington."
    region, *_ = _resolved(text, ["Middle East", "US", "Washington"])
    assert region.entry is not None and region.entry.is_city


def test_a_region_name_paired_with_a_state_is_the_village():
    village, _ = _resolved("The fire at Middle East, Md. destroyed two barns.", ["Middle East", "Md."])
    assert village.entry is not None and village.entry.is_city and village.entry.admin1 == "Maryland"


def test_a_village_by_its_own_name_beats_a_town_abroad_by_another_spelling():
    # The gazetteer knows a Nigerian village called Rann (no population given)
    # and a Slovenian town for which "Rann" is an old spelling.
    text = "Gunmen stormed Rann before dawn and burned the clinic, residents said."
    [rann] = _resolved(text, ["Rann"])
    assert rann.entry is not None and rann.entry.country_code == "NG"


def test_another_spelling_at_home_still_names_the_big_city():
    # "Zaporizhzhia" is the own name of a small Ukrainian village only; the
    # city of 700,000 has it as another spelling, in the same country.
    text = "Drones struck Zaporizhzhia overnight, damaging a power line, the governor said."
    [city] = _resolved(text, ["Zaporizhzhia"])
    assert city.entry is not None and city.entry.country_code == "UA"
    assert city.entry.population > 100_000


def test_a_dateline_capital_holds_against_another_country_named_below():
    gaz = load_gazetteer()
    text = (
        "WASHINGTON, May 3 - Britain will send more engineers to the flooded towns, officials in London said, "
        "after a week of storms across England and Britain's west coast."
    )
    mentions = [Mention(0, 10, "WASHINGTON", gaz.lookup("Washington"), "DATELINE")]
    pos = 10
    for name in ["Britain", "London", "England", "Britain"]:
        start = text.index(name, pos)
        pos = start + len(name)
        mentions.append(Mention(start, pos, name, gaz.lookup(name), "GPE"))
    resolve(mentions, text)
    assert mentions[0].entry is not None and mentions[0].entry.feature_code == "PPLC"
    assert mentions[0].entry.country_code == "US"
    assert mentions[2].entry is not None and mentions[2].entry.country_code == "GB"


def test_a_county_named_in_full_holds_the_town_of_that_name_inside_it():
    from tidings.extract.places.resolve import _base_scores, _scored

    gaz = load_gazetteer()
    matches = gaz.lookup("Richmond")
    mention = Mention(2, 10, "Richmond", matches, "GPE")
    bases = _base_scores(matches)
    no_votes = (Counter(), Counter())

    def best(counties: frozenset[str]) -> str:
        scored = _scored(mention, "richmond", bases, no_votes, [], None, frozenset(), counties)
        return max(scored, key=lambda pair: pair[0])[1].entry.admin1

    # Alone the big Richmond wins; beside "Madison County" the county's seat does.
    assert best(frozenset()) == "Virginia"
    assert best(frozenset({"madison county"})) == "Kentucky"


def test_a_county_holds_no_town_named_after_it_nor_one_by_another_spelling():
    from tidings.extract.places.resolve import _held_by_named_county

    gaz = load_gazetteer()
    counties = frozenset({"madison county"})
    seat = next(m.entry for m in gaz.lookup("Richmond") if m.entry.admin1 == "Kentucky")
    assert _held_by_named_county(seat, "richmond", counties)
    # "Madison" beside "Madison County" may be the county itself.
    assert not _held_by_named_county(seat, "madison", counties)
    assert not _held_by_named_county(seat, "richmond", frozenset({"clark county"}))


def test_a_towns_name_without_its_river_is_no_foreign_spelling():
    from tidings.extract.places.resolve import _short_forms

    matches = load_gazetteer().lookup("Newcastle")
    short = {m.entry.name for m in matches if m.entry.id in _short_forms(matches)}
    assert "Newcastle upon Tyne" in short
    text = "Doctors in Newcastle have developed the technique, the UK regulator said."
    newcastle, uk = _resolved(text, ["Newcastle", "UK"])
    assert (newcastle.entry.name, uk.entry.country_code) == ("Newcastle upon Tyne", "GB")
    # Any other tail makes another place: "Springfield Gardens" is no Springfield.
    springfield = load_gazetteer().lookup("Springfield")
    assert not any("Gardens" in m.entry.name for m in springfield if m.entry.id in _short_forms(springfield))


def _countries(mentions: list[Mention], name: str) -> set[str]:
    return {m.entry.country_code for m in mentions if m.text == name and m.entry is not None}


def test_a_city_in_the_named_country_beats_a_capital_whose_country_goes_unnamed():
    text = (
        "Organisers of a London rally for the people of Aleppo thanked Canada for its aid. "
        "The crowd chanted \"free Syria\". The imam of a London mosque said Canada should do more."
    )
    found = _resolved(text, ["London", "Aleppo", "Canada", "Syria", "London", "Canada"])
    assert _countries(found, "London") == {"CA"}

