"""ACLED actor types (inter1/inter2) as settled when a record is built, on
texts and actors written for these tests."""

import pytest

from tidings.extract.actors import resolve_phrase
from tidings.extract.actors.inter import acled_inters, by_sub_type, unidentified_type
from tidings.extract.context import CodedEvent, Sentence
from tidings.records import Actor, Place, Span


def coded(text: str, sub: str, event_type: str, actor=(), recipient=()) -> CodedEvent:
    sentence = Sentence(sequence=0, start=0, end=len(text), text=text)
    return CodedEvent(
        sentence=sentence, event="ASSAULT", trigger=Span(0, 1, text[:1]),
        actor=list(actor), recipient=list(recipient),
        acled_event_type=event_type, acled_sub_event_type=sub,
    )


def named(text: str, whole: str, code: str, sector: str, acled_inter: int | None) -> Actor:
    start = whole.index(text)
    return Actor(entity_text=text, code=code, sector=sector, start=start, end=start + len(text),
                 acled_inter=acled_inter)


def placed(alpha2: str) -> Place:
    return Place(extracted_place="somewhere", country_code=alpha2)


def test_a_broken_up_protest_is_the_protesters_event_against_the_state():
    text = "Police broke up a sit-in by nurses outside the health ministry in Lilongwe."
    event = coded(text, "Protest with intervention", "Protests",
                  actor=[Actor(entity_text="", code="MWI", sector="CVL", acled_inter=6)],
                  recipient=[Actor(entity_text="", code="MWI", sector="CVL", acled_inter=6)])
    assert acled_inters(event, placed("MW")) == (6, 1)


@pytest.mark.parametrize(
    "sub, event_type, coder, expected",
    [
        ("Peaceful protest", "Protests", (6, 1), (6, None)),
        ("Excessive force against protesters", "Protests", (6, 6), (1, 6)),
        ("Violent demonstration", "Riots", (5, 7), (5, 1)),
        ("Organized crime", "Other", (2, 1), (3, 7)),
        ("Diplomatic event", "Other", (1, 8), (1, 1)),
        ("Natural disaster", "Other", (1, 7), (None, None)),
        ("Change to group/activity", "Strategic developments", (2, 1), (2, None)),
        ("Attack", "Violence against civilians", (2, 1), (2, 7)),
    ],
)
def test_the_sub_type_fixes_what_acled_defines(sub, event_type, coder, expected):
    assert by_sub_type(sub, event_type, coder[0], coder[1], "some report") == expected


def test_a_lynching_has_civilian_victims_but_a_communal_fight_has_rioters_on_both_sides():
    lynching = "Villagers beat a suspected thief to death in Machakos."
    fight = "Youths from two rival communities fought with machetes near Kisii."
    assert by_sub_type("Mob violence", "Riots", 5, 1, lynching) == (5, 7)
    assert by_sub_type("Mob violence", "Riots", 5, 7, fight) == (5, 5)


def test_arrests_are_by_the_state_and_of_civilians_unless_armed_men_are_taken():
    assert by_sub_type("Arrests", "Strategic developments", 7, 6, "Police held an editor.") == (1, 7)
    assert by_sub_type("Arrests", "Strategic developments", 1, 2, "Troops held two rebels.") == (1, 2)


def test_intercepted_missiles_came_from_abroad_but_a_defused_bomb_from_rebels():
    shot = "Air defences shot down four drones over the port of Izmail overnight."
    defused = "Sappers defused a roadside bomb on the road to Gao."
    assert by_sub_type("Disrupted weapons use", "Strategic developments", 1, None, shot) == (1, 8)
    assert by_sub_type("Disrupted weapons use", "Strategic developments", 1, None, defused) == (1, 2)


def test_a_battle_is_never_with_the_dead_civilians():
    assert by_sub_type("Armed clash", "Battles", 2, 7, "Fighters clashed with the army.") == (2, 1)
    assert by_sub_type("Armed clash", "Battles", 1, None, "Troops fought all night.") == (1, 2)


@pytest.mark.parametrize(
    "phrase, sentence, expected",
    [
        ("gunmen", "Gunmen linked to a drug cartel shot four men at a car wash.", 3),
        ("armed men", "Armed men from a rival clan raided a village near Baidoa.", 4),
        ("assailants", "Farmers were killed by assailants believed to be ADF fighters.", 2),
        ("separatist gunmen", "Separatist gunmen torched a school.", 2),
        ("armed men", "Armed men in military uniforms shot nine herders near Djibo.", 1),
        ("unknown men", "A blogger was taken by unknown men in plain clothes in Minsk.", 1),
    ],
)
def test_unnamed_armed_men_are_typed_by_what_the_report_says(phrase, sentence, expected):
    assert unidentified_type(phrase, sentence) == expected


def test_unclaimed_gunmen_are_an_unidentified_armed_group_wherever_they_strike():
    # ACLED files unclaimed violence as an unidentified armed group (3), even in
    # a country at war with an insurgency; only what the report says changes it
    assert unidentified_type("gunmen", "Gunmen killed nine villagers in Tillaberi.") == 3
    assert unidentified_type("gunmen", "Gunmen robbed a bus near Nakuru.") == 3
    assert unidentified_type("gunmen", "Suspected jihadist gunmen killed nine villagers in Tillaberi.") == 2
    text = "Gunmen killed nine villagers in Tillaberi overnight."
    gunmen = named("Gunmen", text, "NER", "UAF", 3)
    event = coded(text, "Attack", "Violence against civilians", actor=[gunmen])
    assert acled_inters(event, placed("NE")) == (3, 7)


def test_foreign_forces_are_external_where_they_strike_but_not_where_they_build_a_base():
    text = "Belarusian troops shelled a border village in Volyn overnight."
    troops = named("Belarusian troops", text, "BLR", "MIL", 1)
    strike = coded(text, "Shelling/artillery/missile attack", "Explosions/Remote violence", actor=[troops])
    assert acled_inters(strike, placed("UA"))[0] == 8
    base = coded(text, "Headquarters or base established", "Strategic developments", actor=[troops])
    assert acled_inters(base, placed("UA"))[0] == 1


def test_a_country_named_as_the_striker_is_its_armed_forces_abroad():
    text = "Ruritania fired cruise missiles at the capital of its neighbour."
    state = named("Ruritania", text, "BLR", "GOV", 1)
    event = coded(text, "Shelling/artillery/missile attack", "Explosions/Remote violence", actor=[state])
    assert acled_inters(event, placed("UA"))[0] == 8
    assert acled_inters(event, placed("BY"))[0] == 1


def test_the_police_quoted_as_a_source_did_not_throw_the_grenade():
    text = "Two customers were wounded when a grenade was thrown into a bar in Gitega, police said."
    police = named("police", text, "BDI", "COP", 1)
    event = coded(text, "Grenade", "Explosions/Remote violence", actor=[police])
    assert acled_inters(event, placed("BI"))[0] == 3  # an unidentified armed group threw it
    thrown_by = text.replace(", police said", " by police")
    police_did_it = coded(thrown_by, "Grenade", "Explosions/Remote violence",
                          actor=[named("police", thrown_by, "BDI", "COP", 1)])
    assert acled_inters(police_did_it, placed("BI"))[0] == 1


def test_herders_named_as_doers_of_destruction_are_armed_men():
    text = "Herders destroyed crops and yam barns in three villages of Agatu."
    herders = named("Herders", text, "NGA", "CVL", 7)
    event = coded(text, "Looting/property destruction", "Strategic developments", actor=[herders])
    assert acled_inters(event, placed("NG")) == (3, 7)


def test_a_development_with_no_one_named_gets_its_usual_doer():
    text = "The faction elected a new commander after its leader died."
    event = coded(text, "Change to group/activity", "Strategic developments")
    assert acled_inters(event, None) == (2, None)


@pytest.mark.parametrize(
    "phrase, sector, expected",
    [("a trade union leader", "LAB", 7), ("the occupiers", "MIL", 8), ("armed youths", "PRM", 4),
     ("community leaders", "CVL", 7), ("the warring parties", "MIL", 1), ("the Assam Rifles", "MIL", 1)],
)
def test_generic_agents_get_their_acled_type(phrase, sector, expected):
    actor = resolve_phrase(phrase, focus="SSD")
    assert actor is not None
    assert (actor.sector, actor.acled_inter) == (sector, expected)


def test_a_claim_with_no_doer_is_coded_to_the_group_named_but_a_blamer_keeps_it():
    text = "The market bombing was claimed by the Ruritanian Liberation Front, said the interior minister."
    front = named("the Ruritanian Liberation Front", text, "TUR", "REB", 2)
    claim = coded(text, "Attribution of responsibility", "Other", recipient=[front])
    assert acled_inters(claim, placed("TR")) == (2, None)
    blame = "The interior minister blamed the Ruritanian Liberation Front for the market bombing."
    minister = named("The interior minister", blame, "TUR", "GOV", 1)
    front = named("the Ruritanian Liberation Front", blame, "TUR", "REB", 2)
    blamed = coded(blame, "Attribution of responsibility", "Other", actor=[minister], recipient=[front])
    assert acled_inters(blamed, placed("TR")) == (1, None)


def test_soldiers_in_a_roadside_bombing_report_are_not_the_bombers():
    text = "Soldiers cordoned off the road after a roadside bomb wounded four traders near Mopti."
    soldiers = named("Soldiers", text, "MLI", "MIL", 1)
    event = coded(text, "Remote explosive/landmine/IED", "Explosions/Remote violence", actor=[soldiers])
    assert acled_inters(event, placed("ML"))[0] == 2


def test_a_deal_between_a_government_and_rebels_has_the_rebels_second():
    text = "The government and two rebel groups signed a ceasefire in the capital."
    government = named("The government", text, "TCD", "GOV", 1)
    rebels = named("two rebel groups", text, "TCD", "REB", 2)
    capital = named("the capital", text, "TCD", "GOV", 1)
    event = coded(text, "Agreement", "Strategic developments", actor=[government, rebels], recipient=[capital])
    assert acled_inters(event, placed("TD")) == (1, 2)


@pytest.mark.parametrize(
    "text, sub, expected",
    [
        ("Riot police fired tear gas to disperse teachers protesting unpaid wages outside parliament "
         "in Harare on Tuesday.", "Protest with intervention", (6, 1)),
        ("A mob in Eldoret beat to death a man accused of stealing a motorcycle, police said.",
         "Mob violence", (5, 7)),
        ("Police in Lagos arrested a journalist who had reported on a land dispute.", "Arrests", (1, 7)),
    ],
)
def test_records_built_by_the_pipeline_carry_the_settled_types(text, sub, expected):
    from tidings.extract.pipeline import extract
    from tidings.records import Article

    first = extract(Article(id=f"inter-{abs(hash(text))}", text=text))[0]
    assert first.acled.sub_event_type == sub
    assert (first.acled.inter1, first.acled.inter2) == expected
