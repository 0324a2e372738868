"""Event coding on short news-like texts written for these tests."""

import pytest
from coding_helpers import code_article

from tidings.extract import coding
from tidings.extract.context import ArticleContext
from tidings.extract.nlp import load_nlp
from tidings.extract.sentences import split
from tidings.records import Article




def code_one(text: str) -> list:
    ctx = ArticleContext(Article(id="t", text=text), split(text))
    sentence = ctx.sentences[0]
    sentence.doc = load_nlp()(sentence.text)
    return coding.code_sentence(sentence, ctx)


@pytest.mark.parametrize(
    "text, category, mode",
    [
        ("Police arrested twelve students outside the university in Lagos on Monday.", "COERCE", "arrest"),
        ("Thousands of teachers marched through Nairobi to demand higher pay.", "PROTEST", "demo"),
        ("The foreign ministers of Chile and Peru met in Lima on Friday.", "CONSULT", ""),
        ("The government of Malawi asked the United Nations for food aid.", "REQUEST", "assist"),
        ("The Nigerian army withdrew its troops from the northern town.", "RETREAT", "withdraw"),
        ("The minister threatened to cut all aid to the rebel region.", "THREATEN", "relations"),
        ("The opposition in Zambia rejected the new electoral law.", "REJECT", ""),
        ("France imposed sanctions on the junta in Niger.", "SANCTION", "discontinue"),
        ("Gunmen kidnapped six aid workers in northern Mali.", "ASSAULT", "abduct"),
        ("Amnesty International condemned the bombing of the market.", "ACCUSE", "disapprove"),
        ("Japan gave Sri Lanka ten million dollars in emergency aid.", "AID", ""),
        ("Egypt must open the crossing at once, the UN envoy said.", "REQUEST", "yield"),
        ("Rwanda is ready to host the peace talks, its president said.", "AGREE", ""),
        ("Russian forces pounded the eastern city of Kramatorsk with missiles overnight.", "ASSAULT", "heavy-weapons"),
    ],
)
def test_category_per_trigger_pattern(text, category, mode):
    events = code_one(text)
    assert [e.event for e in events][:1] == [category]
    assert events[0].mode == mode


def test_governed_trigger_is_one_event_not_two():
    events = code_one("Amnesty International condemned the bombing of the market.")
    assert [e.event for e in events] == ["ACCUSE"]


def test_compound_sentence_gives_two_events():
    events = code_one("Protesters blocked the main highway in Kampala and police fired tear gas at them.")
    assert sorted(e.event for e in events) == ["ASSAULT", "PROTEST"]


def test_participle_clause_is_the_same_attack():
    events = code_one("Rebels attacked an army post near Beni, killing four soldiers.")
    assert [e.event for e in events] == ["ASSAULT"]


def test_actor_and_recipient_from_subject_and_object():
    event = code_one("Chinese police detained two Canadian journalists in Shanghai.")[0]
    assert (event.actor[0].code, event.actor[0].sector) == ("CHN", "COP")
    assert event.recipient[0].code == "CAN"
    assert event.actor[0].start is not None
    assert event.actor[0].entity_text == "Chinese police"


def test_passive_agent_is_the_actor():
    event = code_one("Two villagers were killed by Burkinabe soldiers near Djibo.")[0]
    assert event.event == "ASSAULT"
    assert (event.actor[0].code, event.actor[0].sector) == ("BFA", "MIL")


def test_coordinated_actors_are_all_kept():
    event = code_one("The United States and the European Union criticised the verdict.")[0]
    assert {a.code for a in event.actor} == {"USA", "EUR"}


def test_denied_firing_is_negated():
    events = code_one("The Ethiopian army denied firing on protesters in Gondar.")
    assert [(e.event, e.modality) for e in events] == [("ASSAULT", "negated")]


def test_negated_attack_stays_an_attack():
    events = code_one("Rebels did not attack the town of Goma on Sunday.")
    assert events[0].event == "ASSAULT" and events[0].modality == "negated"


def test_will_begin_withdrawing_is_future():
    events = code_one("Turkish troops will begin withdrawing from the area next week.")
    assert events[0].modality == "future"
    assert events[0].event == "AGREE"  # an announced retreat is a promise


def test_scheduled_talks_are_future():
    events = code_one("Talks between Serbia and Kosovo are scheduled for Monday.")
    assert events[0].modality == "future"


def test_conditional_is_hypothetical():
    events = code_one("If the army attacks the city, the rebels could retaliate, a commander said.")
    assert "hypothetical" in {e.modality for e in events}


def test_refused_cooperation_is_reject():
    events = code_one("Syria will not accept any more refugees, the minister said.")
    assert events[0].event == "REJECT"


def test_candidate_filter_skips_sentences_without_trigger_words():
    assert coding.is_candidate("Police arrested 12 people in Kano.")
    assert coding.is_candidate("Soldiers fought rebels near the border.")  # irregular past
    assert not coding.is_candidate("The weather in Oslo was mild and sunny all week.")
    assert not coding.is_candidate("By John Smith")
    assert not coding.is_candidate("It was the first firm in town to open on March 3.")  # no stems
    assert coding.is_candidate("Troops fired on the crowd.")


HEADLINE_STORY = """Ugandan troops begin withdrawal from Congo

Ugandan troops began their withdrawal from eastern Congo on Tuesday, the army said.

"Our soldiers have begun their withdrawal," a spokesman said.

Protests over fuel prices had spread to Kampala last month, and police arrested dozens."""


def test_headline_and_lead_are_one_event_and_come_first():
    events = code_article(HEADLINE_STORY)
    retreats = [e for e in events if e.event == "RETREAT"]
    assert len(retreats) == 1
    assert events[0].event == "RETREAT"
    assert retreats[0].actor[0].code == "UGA"


def test_protests_get_generic_actors_and_economic_context():
    events = code_article(HEADLINE_STORY)
    protest = next(e for e in events if e.event == "PROTEST")
    assert protest.actor[0].sector == "CVL"
    assert protest.recipient[0].sector == "GOV"
    assert "economic" in protest.context


def test_acled_types_for_clear_cases():
    strike = code_one("An air strike by Nigerian warplanes hit a market in Borno.")[0]
    assert (strike.acled_event_type, strike.acled_sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    arrest = code_one("Police arrested twelve students outside the university in Lagos.")[0]
    assert arrest.acled_sub_event_type == "Arrests"
    rally = code_one("Thousands of teachers marched peacefully through Nairobi.")[0]
    assert (rally.acled_event_type, rally.acled_sub_event_type) == ("Protests", "Peaceful protest")


def test_promise_is_made_to_whom_the_promised_act_is_for():
    event = code_one("Libya offered to hand over two suspects to Britain.")[0]
    assert event.event == "AGREE"
    assert event.recipient[0].code == "GBR"


def test_country_an_act_is_done_in_is_the_recipient():
    event = code_one("Serbia lifted the night curfew in Montenegro on Tuesday.")[0]
    assert event.event == "CONCEDE"
    assert (event.actor[0].code, event.recipient[0].code) == ("SRB", "MNE")
