"""Trigger words of one act meet; words of different acts and two-sense words do not."""

from __future__ import annotations

from test_merge_fixtures import article, event

from tidings.merge.decision import DEFAULT, score
from tidings.merge.engine import profile_of
from tidings.merge.triggers import trigger_key


def test_inflections_and_synonyms_of_one_act_share_a_key():
    assert trigger_key("arrested") == trigger_key("detained") == trigger_key("rounded up")
    assert trigger_key("quake") == trigger_key("tremors") == trigger_key("earthquake")
    assert trigger_key("shootings") == trigger_key("killed") == trigger_key("died")
    assert trigger_key("stepped down") == trigger_key("resigns")
    assert trigger_key("freed") == trigger_key("released") == trigger_key("set free")
    assert trigger_key("truce") == trigger_key("ceasefire") == trigger_key("cease-fire")


def test_different_acts_and_two_sense_words_keep_their_own_key():
    assert trigger_key("arrested") != trigger_key("killed")
    assert trigger_key("protested") != trigger_key("attacked")
    assert trigger_key("fired") != trigger_key("blaze")  # shots or a fire
    assert trigger_key("strike") == "strike"  # a walkout or an air raid
    assert trigger_key("captured") != trigger_key("arrested")  # a town is captured too
    assert trigger_key("freed") != trigger_key("truce")


def test_two_coders_filing_one_act_apart_cost_less_than_two_acts():
    # one shooting: one report coded as a protest crackdown (COERCE), one as an ASSAULT
    a = article("a", "Police shot dead two men outside the court in Aktobe.", "2022-01-07", "A")
    b = article("b", "Two men were killed by police outside the Aktobe court.", "2022-01-07", "B")
    common = dict(when="2022-01-06", city="Aktobe")
    shot = profile_of(event(a, 0, a.text, "COERCE", trigger="shot", **common), a)
    killed = profile_of(event(b, 0, b.text, "ASSAULT", trigger="killed", **common), b)
    detained = profile_of(event(b, 0, b.text, "ASSAULT", trigger="detained", **common), b)
    assert score(shot, killed, DEFAULT) > score(shot, detained, DEFAULT)
