"""Article-level evidence: whole reports that tell different stories keep
their events apart even when the event sentences read alike."""

from __future__ import annotations

from dataclasses import replace

from test_merge_fixtures import article, event

from tidings.merge import merge
from tidings.merge.decision import DEFAULT, _topic, score
from tidings.merge.engine import profile_of
from tidings.merge.topic import topic_keys
from tidings.store.merged import profile_from_json, profile_to_json

BLAST = "A bomb exploded at a crowded market in Kabul, killing several shoppers."
BLAST_AGAIN = "A bomb exploded in a busy Kabul market, killing shoppers."
OTHER_BLAST = "A bomb ripped through a crowded market in Kabul, killing shoppers and traders."

# two blasts at Kabul markets in one month, told by outlets that only give the month
FIRST = (
    BLAST + " Interior ministry spokesman Tariq Arian said 7 people died at the Mandawi "
    "bazaar and 21 were taken to Emergency Hospital. The Islamic State Khorasan group claimed it "
    "through its Amaq outlet."
)
FIRST_AGAIN = (
    "Officials in the Afghan capital said 7 people were killed and 21 wounded at the Mandawi "
    "bazaar. " + BLAST_AGAIN + " Spokesman Tariq Arian blamed Islamic State Khorasan, which later "
    "claimed the attack on Amaq."
)
SECOND = (
    OTHER_BLAST + " Police chief Khalid Zadran said the device was hidden in a cart near the Shor "
    "Bazaar mosque; 3 died and 11 were hurt. No group has said it carried out the blast, and "
    "the Taliban denied involvement, Zabihullah Mujahid said."
)


def _blast(art, n=0):
    sentence = next(s for s in (BLAST, BLAST_AGAIN, OTHER_BLAST) if s in art.text)
    return event(art, n, sentence, "ASSAULT", when="2022-05", precision="month", city="Kabul", trigger="exploded")


def test_keys_are_names_and_figures_not_sentence_openers_or_weekdays():
    keys = topic_keys(
        "Rebels attacked Kandahar on Monday. The governor, Ahmad Noori, said 1,200 families fled. "
        "Noori's office asked the Red Crescent for tents."
    )
    assert {"kandahar", "ahmad", "noori", "#1200", "red", "crescent"} <= set(keys)
    assert not {"rebel", "rebels", "monday", "the", "governor"} & set(keys)


def test_keys_leave_out_the_wire_agency_that_wrote_it():
    keys = set(topic_keys("KABUL (Reuters) - Taliban fighters took Kunduz, an official told AFP."))
    assert {"kabul", "taliban", "kunduz"} <= keys
    assert not {"reut", "reuters", "afp"} & keys


def test_articles_about_different_blasts_keep_their_events_apart():
    a = article("a", FIRST, "2022-05-31", "Outlet A")
    b = article("b", FIRST_AGAIN, "2022-05-31", "Outlet B")
    c = article("c", SECOND, "2022-05-31", "Outlet C")
    result = merge([_blast(a), _blast(b, 1), _blast(c)], [a, b, c])
    groups = sorted(sorted(m.article_id for m in me.mentions) for me in result.merged)
    assert groups == [["a", "b"], ["c"]]


def test_without_the_rest_of_the_articles_the_sentences_alone_merge():
    # the same three event sentences with nothing around them: no story to tell apart
    arts = [article(k, text, "2022-05-31", k) for k, text in zip("abc", (BLAST, BLAST_AGAIN, OTHER_BLAST))]
    result = merge([_blast(x) for x in arts], arts)
    assert len(result.merged) == 1


def test_different_stories_lower_the_pair_score_and_one_story_does_not_raise_it():
    a = article("a", FIRST, "2022-05-31", "Outlet A")
    b = article("b", FIRST_AGAIN, "2022-05-31", "Outlet B")
    c = article("c", SECOND, "2022-05-31", "Outlet C")
    pa, pb, pc = (profile_of(_blast(x), x) for x in (a, b, c))
    na, nb, nc = (replace(p, topic=()) for p in (pa, pb, pc))
    assert score(pa, pc, DEFAULT) < score(na, nc, DEFAULT)
    assert score(pa, pb, DEFAULT) == score(na, nb, DEFAULT)


def test_an_event_told_in_passing_still_meets_the_report_of_its_own_story():
    aside = "The talks followed weeks of violence, including the blast that killed 7 at the Mandawi bazaar."
    talks = article("d", (
        "Qatari mediators hosted Taliban envoy Amir Khan Muttaqi and US envoy Zalmay Khalilzad in Doha "
        "for a third round of talks, the Qatari Foreign Ministry said. " + aside + " Diplomats from "
        "Norway, Germany and Pakistan attended, and a fourth round is planned for 18 June."
    ), "2022-05-31", "Outlet D")
    a = article("a", FIRST, "2022-05-31", "Outlet A")
    first = profile_of(_blast(a), a)
    passing = profile_of(event(talks, 1, aside, "ASSAULT", when="2022-05", precision="month", city="Kabul",
                               trigger="blast"), talks)
    assert _topic(passing, first, DEFAULT) == 0.0
    # the articles alone tell different stories: without its sentence's own names it would count against
    assert _topic(replace(passing, told=()), first, DEFAULT) < 0


def test_topic_survives_the_stores_profile_round_trip():
    a = article("a", FIRST, "2022-05-31", "Outlet A")
    p = profile_of(_blast(a), a)
    back = profile_from_json(profile_to_json(p))
    assert back.topic == p.topic and back.topic
    assert back.told == p.told and back.told
