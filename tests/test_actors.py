import pytest

from tidings.extract.actors import document_actors, link_text, load_kb, resolve_phrase
from tidings.extract.actors.kb import read_table
from tidings.extract.actors.link import fuzzy
from tidings.extract.actors.normalise import name_key, skeleton


def test_kb_is_loaded_once_per_process():
    assert load_kb() is load_kb()


def test_every_un_member_sized_set_of_countries_is_known():
    kb = load_kb()
    assert len(kb.countries) >= 190
    for code in ("KAZ", "RUS", "USA", "SOM", "COD", "PSE"):
        assert code in kb.countries


@pytest.mark.parametrize(
    "written", ["Kasim-Yomart Tokayev", "Tokaev", "President Tokayev", "Kassym-Jomart Tokayev"]
)
def test_transliterations_and_titles_reach_one_person(written):
    entry = link_text(written)
    assert entry is not None
    assert entry.name == "Kassym-Jomart Tokayev"
    assert (entry.code, entry.sector) == ("KAZ", "GOV")


def test_skeleton_ignores_vowel_and_doubling_noise():
    assert skeleton("Kasim-Yomart Tokayev") == skeleton("Kassym-Jomart Tokayev")
    assert name_key("the Kremlin's") == "kremlin"


def test_fuzzy_match_refuses_unrelated_names():
    assert fuzzy("Tobago Harbour") is None
    assert link_text("Mr Hendricks") is None


def test_capitals_and_buildings_stand_for_governments():
    assert (link_text("Moscow").code, link_text("Moscow").sector) == ("RUS", "GOV")
    assert link_text("the Kremlin").code == "RUS"
    assert link_text("Nairobi").code == "KEN"


def test_acronyms_match_only_in_upper_case():
    assert link_text("US").code == "USA"
    assert link_text("us") is None
    assert link_text("NATO").code == "IGO"


def test_translated_organisation_name_and_group_spellings():
    assert link_text("Organization of Turcophone States").name == "Organization of Turkic States"
    assert link_text("al-Shabab").name == "al-Shabaab"
    assert link_text("Daesh").name == "Islamic State"


def test_acronym_slip_resolved_from_the_article():
    text = (
        "Leaders of the Collective Security Treaty Organization (CSTO) met in Yerevan.\n"
        "The CTO said its units would stay."
    )
    doc = document_actors(text)
    assert doc.resolve_acronym("CTO").name == "Collective Security Treaty Organization"
    assert document_actors("The CTO said its units would stay.").resolve_acronym("CTO") is None


def test_acronym_defined_in_the_article_is_learned():
    text = "The Organization of Turkic States (TDS) issued a statement.\nThe TDS backed the plan."
    doc = document_actors(text)
    assert doc.resolve_acronym("TDS").name == "Organization of Turkic States"


def test_focus_country_counts_headline_mentions_more():
    text = "Kenyan police break up rally\nPolice in Nairobi used tear gas. A Ugandan visitor watched."
    assert document_actors(text).focus_country == "KEN"


@pytest.mark.parametrize(
    "phrase, code, sector, inter",
    [
        ("protesters", "KEN", "CVL", 6),
        ("the rioters", "KEN", "CVL", 5),
        ("security forces", "KEN", "COP", 1),
        ("the troops", "KEN", "MIL", 1),
        ("gunmen", "KEN", "UAF", 3),
        ("the ministry", "KEN", "GOV", 1),
        ("Ugandan soldiers", "UGA", "MIL", 8),
        ("Kenyan security forces", "KEN", "COP", 1),
    ],
)
def test_generic_agents_take_the_focus_country(phrase, code, sector, inter):
    doc = document_actors("Kenyan police break up rally\nPolice in Nairobi used tear gas.")
    actor = resolve_phrase(phrase, doc)
    assert (actor.code, actor.sector, actor.acled_inter) == (code, sector, inter)


def test_named_people_carry_identity_and_country():
    actor = resolve_phrase("The President of Kazakhstan, Kasim-Yomart Tokayev")
    assert actor.code == "KAZ" and actor.identifier_text == "Kassym-Jomart Tokayev"
    assert resolve_phrase("Vladimir Putin").identifier_id == "Q7747"


def test_led_forces_are_the_alliance_the_article_names():
    text = "Collective Security Treaty Organization (CSTO) troops arrive\nRussian-led forces landed."
    actor = resolve_phrase("Russian-led forces", document_actors(text))
    assert actor.code == "IGO" and actor.identifier_text == "Collective Security Treaty Organization"


def test_bad_actor_table_names_file_and_line(tmp_path):
    path = tmp_path / "groups.tsv"
    path.write_text("name\taliases\tcode\nGood\tG\tSOM\nBroken row\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"groups\.tsv:3"):
        read_table(path)


def test_towns_place_the_story_and_make_forces_foreign():
    doc = document_actors("Russian forces shelled apartment blocks in Kramatorsk overnight.")
    assert doc.focus_country == "UKR"
    actor = resolve_phrase("Russian forces", doc)
    assert (actor.code, actor.sector, actor.acled_inter) == ("RUS", "MIL", 8)


@pytest.mark.parametrize(
    "phrase, code, sector",
    [
        ("the Amba boys", "CMR", "REB"),
        ("Anglophone separatist fighters", "CMR", "REB"),
        ("a helicopter of the FADM", "MOZ", "MIL"),
        ("a convoy of Jubbaland forces", "SOM", "MIL"),
        ("three CRPF jawans", "IND", "COP"),
        ("Baloch militants", "PAK", "REB"),
        ("the rebels of the CCMSR", "TCD", "REB"),
    ],
)
def test_national_forces_and_armed_groups_carry_their_country(phrase, code, sector):
    actor = resolve_phrase(phrase, focus="")
    assert (actor.code, actor.sector) == (code, sector)


def test_a_national_group_sets_the_focus_only_when_no_country_is_named():
    alone = document_actors("The Amba boys kidnapped a council delegate on the road at night.")
    assert alone.focus_country == "CMR"
    beside = document_actors("Wagner fighters and Malian soldiers raided a market near the river.")
    assert beside.focus_country == "MLI"


def test_a_named_state_is_not_a_town_abroad():
    doc = document_actors("Youths in Delta state burned tyres on the highway after a trader was killed.")
    assert doc.focus_country != "CAN"
    actor = resolve_phrase("Youths in Delta state", doc)
    assert actor.sector == "CVL" and actor.acled_inter == 7


def test_a_backer_does_not_name_the_party():
    assert resolve_phrase("Turkish-backed Syrian rebel factions", focus="").code == "SYR"
    assert resolve_phrase("government forces backed by Russian jets", focus="SYR").code == "SYR"
    assert resolve_phrase("Iranian-backed militias", focus="").code == "IRN"  # nothing else to go on
    assert resolve_phrase("Vietnamese-led forces", focus="KHM").code == "VNM"


def test_a_militia_joined_to_the_army_by_and_is_not_its_opponent():
    from tidings.extract.actors.inter import acled_inters
    from tidings.extract.context import CodedEvent, Sentence
    from tidings.records import Actor, Place, Span

    text = "The army and the Mobondo retook two villages held by the rebels on Sunday."

    def party(words: str, code: str, sector: str, kind: int) -> Actor:
        start = text.index(words)
        return Actor(entity_text=words, code=code, sector=sector, start=start,
                     end=start + len(words), acled_inter=kind)

    event = CodedEvent(
        sentence=Sentence(sequence=0, start=0, end=len(text), text=text), event="ASSAULT",
        trigger=Span(0, 1, "T"), actor=[party("The army", "COD", "MIL", 1)],
        recipient=[party("the Mobondo", "COD", "PRM", 4)],
        acled_event_type="Battles", acled_sub_event_type="Government regains territory",
    )
    assert acled_inters(event, Place(extracted_place="x", country_code="CD")) == (1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Police carried eight climate activists away from the road at Trafalgar Square.",
        "Displaced women in Fada N'Gourma said gunmen stopped their cart.",
    ],
)
def test_a_square_or_town_that_starts_like_a_town_abroad_sets_no_focus(text):
    assert document_actors(text).focus_country == ""


def test_a_shared_acronym_does_not_vote_before_the_article_decides_it():
    doc = document_actors("SNA troops and allied militias retook three villages from al-Shabaab.")
    assert doc.focus_country == "SOM"
    assert resolve_phrase("SNA troops", doc).code == "SOM"


def test_regional_and_ethnic_adjectives_name_their_country():
    assert resolve_phrase("Tigrayan fighters", focus="").code == "ETH"
    assert resolve_phrase("Kashmiri militants", focus="").code == "IND"


def test_an_acronym_shared_with_a_news_agency_is_not_a_party_on_its_own():
    assert resolve_phrase("PTI supporters", focus="").code == "PAK"
    assert link_text("PTI").name == "Press Trust of India"
