"""A dateline stamps the report; the place in it is nobody's actor."""

import pytest

from tidings.extract.coding.roles import dateline_end
from tidings.extract.pipeline import extract
from tidings.records import Article


@pytest.mark.parametrize(
    "text, first_word",
    [
        ("KIRKUK, Iraq, Sept 16 (Horizon) - A car bomb exploded near a market.", "A car"),
        ("COLOMBO - Police fired tear gas at striking dock workers.", "Police"),
        ("MOCÍMBOA DA PRAIA, Mozambique, Sept 10 (Coast Wire) — Insurgents raided a district.", "Insurgents"),
        ("Pemba, 14 Sep (NN) - Six persons lost the life in the attack.", "Six"),
        ("WASHINGTON (AP) — The Senate voted on Friday.", "The Senate"),
        ("ST. LOUIS COUNTY, Mo., Jan. 6, 2015 - Officers shot a man.", "Officers"),
    ],
)
def test_dateline_ends_after_its_dash(text, first_word):
    end = dateline_end(text)
    assert text[end:].startswith(first_word)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab fighters attacked a base near Mogadishu on Monday.",
        "Protesters in Lima - about 300 of them - marched on Congress.",
        "UN - backed talks resumed in Geneva on Friday.",
        "Police said the attack - the third this month - killed four.",
        "ECOWAS, the regional bloc, said it would send troops - a first since 2017.",
        "NATO, whose planes bombed the depot - twice in a week - denied it.",
    ],
)
def test_running_text_has_no_dateline(text):
    assert dateline_end(text) == 0


def _first(text: str):
    events = extract(Article(id="dateline-test", text=text))
    assert events, text
    return events[0]


def test_dateline_place_is_not_the_bombers():
    event = _first(
        "KIRKUK, Iraq, Sept 16 (Horizon) - A car bomb exploded near a busy market on Monday, "
        "killing nine people and wounding 23, police said."
    )
    texts = [a.entity_text for a in event.actor + event.recipient]
    assert not any("KIRKUK" in t for t in texts)
    assert not any(a.sector == "GOV" for a in event.actor)


def test_dateline_is_cut_from_the_actor_phrase():
    event = _first("COLOMBO - Police fired tear gas at striking dock workers on Tuesday, a union official said.")
    assert [(a.entity_text, a.code, a.sector) for a in event.actor] == [("Police", "LKA", "COP")]


def test_capital_in_dateline_is_no_government():
    event = _first(
        "MAPUTO, Mozambique, May 3 (Coast Wire) - Gunmen attacked a village in Cabo Delgado province, "
        "killing five civilians, residents said."
    )
    assert [a.sector for a in event.actor] == ["UAF"]
