"""The furniture rules, each with a line it must drop and a sentence it must keep."""

from __future__ import annotations

import pytest

from tidings.ingest.boilerplate import (
    LINE_RULES,
    TRAILING_RULES,
    clean_text,
    fix_mojibake,
    furniture_rule,
    trailing_rule,
)

STORY = "Police dispersed a march of about 500 students in the capital on Monday, witnesses said."

# (rule, furniture line, real sentence that looks a bit like it)
LINE_CASES = [
    ("share", "Share this article", "Shares in the state railway fell 8% after the strike was announced."),
    ("share", "Share on Facebook", "Share prices on the Valen exchange slid on Monday."),
    ("share", "Share via Email", "Protesters said they would share the list of detainees with lawyers."),
    ("networks", "Facebook Twitter WhatsApp Email", "Facebook and Twitter were blocked across the country on Friday."),
    ("navigation", "Home | World | Business | Sport", "Home owners in Belsk were evacuated as the river rose."),
    ("navigation", "Menu", "Menu prices at the canteen doubled, workers said."),
    ("share", "Share in: Facebook | Twitter | WhatsApp", "Share of the vote fell to 31% in the capital."),
    ("press_release", "PRESS RELEASE - For immediate release", "Press releases from the ministry were withheld on Monday."),
    ("byline", "By Mira Oduya", "By Monday the death toll had risen to 14."),
    ("byline", "By Newsline", "By nightfall, troops controlled the airport."),
    ("follow", "Follow us on Twitter and Facebook", "Follow-up talks are planned for next week in Geneva."),
    ("follow", "Follow us", "Follow the money, the prosecutor told the court."),
    ("follow", "Follow @coastal_ledger", "Other cities are expected to follow us, a union leader said."),
    ("subscribe", "Click here to subscribe to our morning newsletter", "Click, a local rights group, counted 40 arrests."),
    ("subscribe", "Sign up for our daily newsletter", "Sign up sheets were handed to volunteers at the shelter."),
    ("read_more", "Read more: Port Valen wage talks stall", "Read more than 300 pages of testimony, the judge said."),
    ("read_more", "Learn more", "Learn more about the victims, the families urged reporters."),
    ("read_more", "Related: Curfew imposed in three provinces", "Related clashes were reported in two northern towns."),
    ("cookies", "We use cookies to improve your experience.", "Regulators fined the firm for tracking users with cookies."),
    ("cookies", "Accept all cookies", "Bakers handed out cookies to soldiers at the checkpoint."),
    ("advert", "Advertisement", "Advertisement revenue at state media fell by a third."),
    ("advert", "Story continues below advertisement", "The story continues to unfold, officials said."),
    ("rights", "The Coastal Ledger. All rights reserved.", "Activists said all rights reserved to citizens by the constitution were suspended under the emergency decree, and that the new law would allow detention without charge for up to ninety days in any province where the interior ministry declares a threat to public order, a power used twice last year against striking miners and their families."),
    ("copyright", "© 2023 The Coastal Ledger", "Copyright lawyers argued the case before the supreme court."),
    ("copyright", "Copyright 2022 Eastern Wire", "Copyright disputes rose sharply in 2022, the court said."),
    ("credits", "(Reporting by Ana Diaz; Editing by Tom Hale)", "Reporting by state media could not be verified."),
]


@pytest.mark.parametrize("rule, furniture, sentence", LINE_CASES)
def test_line_rule_drops_furniture_and_keeps_prose(rule, furniture, sentence):
    assert furniture_rule(furniture) == rule
    assert furniture_rule(sentence) is None
    cleaned = clean_text(f"{STORY}\n\n{furniture}\n\n{sentence}")
    assert furniture not in cleaned.split("\n\n")
    assert sentence in cleaned
    assert STORY in cleaned


def test_every_line_rule_has_a_case():
    assert {r.name for r in LINE_RULES} <= {case[0] for case in LINE_CASES}


TRAILING_CASES = [
    (
        "disclaimer",
        "Disclaimer: If you need to update/edit/remove this news or article then please contact our support team Learn more",
        "The disclaimer read out in court said the company accepted no blame.",
    ),
    ("related", "Related articles", "Related groups staged sit-ins in two other cities."),
    ("related", "More from The Ledger", "More from the ministry is expected on Friday, aides said."),
    ("tags", "Tags: protest, strike, Valen", "Tags on the seized crates showed they came from the port."),
    ("end_mark", "###", "### were scrawled on the wall, a witness said."),
    ("contact", "Press contact: press office, tel. +32 2 000 00 00", "Contact between the two delegations resumed on Friday."),
    ("about", "About ReliefBridge: ReliefBridge is an aid group working in 14 countries.", "About 200 people fled the village, ReliefBridge said."),
]


@pytest.mark.parametrize("rule, start, sentence", TRAILING_CASES)
def test_trailing_rule_cuts_the_tail_and_keeps_prose(rule, start, sentence):
    assert trailing_rule(start) == rule
    assert trailing_rule(sentence) is None
    cleaned = clean_text(f"{STORY}\n\n{sentence}\n\n{start}\n\nDorvik rally draws thousands")
    assert cleaned == f"{STORY}\n\n{sentence}"


def test_every_trailing_rule_has_a_case():
    assert {r.name for r in TRAILING_RULES} <= {case[0] for case in TRAILING_CASES}


def test_trailing_rule_ignores_a_line_far_from_the_end():
    # An editor's note early in a story must not take the story with it.
    body = [f"Paragraph {i} of the report on the border clashes." for i in range(6)]
    text = "\n\n".join(["Tags: border, army", *body])
    assert clean_text(text) == text


def test_seed_style_disclaimer_glued_to_end_of_file():
    text = f"{STORY}\n\nDisclaimer: If you need to update/edit/remove this news or article then please contact our support team Learn more"
    assert clean_text(text) == STORY


def test_spaces_collapse_and_paragraphs_become_single_blank_lines():
    text = "  First   paragraph\u00a0here.  \r\n\r\n\r\n\tSecond\u2009one.\nThird line.  "
    assert clean_text(text) == "First paragraph here.\n\nSecond one.\n\nThird line."


def test_hard_wrapped_paragraph_is_joined():
    text = (
        "Security forces opened fire on demonstrators outside the regional\n"
        "governor's office late on Wednesday, killing at least four people\n"
        "and wounding dozens, hospital staff said."
    )
    assert clean_text(text) == " ".join(text.split("\n"))


def test_title_over_body_is_not_joined():
    text = "Troops deployed in Dorvik\nSoldiers took up positions around the parliament building early on Sunday morning."
    assert clean_text(text).split("\n\n") == text.split("\n")


def test_unicode_is_nfc():
    decomposed = "Cafe\u0301 owners protested in Sa\u0303o Paulo."
    assert clean_text(decomposed) == "Café owners protested in São Paulo."


def test_mojibake_is_repaired():
    assert fix_mojibake("the ministryâ€™s statement â€œanti-terroristâ€\x9d") == "the ministry’s statement “anti-terrorist”"
    assert clean_text("Protesters in MalmÃ¶ marched.") == "Protesters in Malmö marched."


def test_text_that_only_resembles_mojibake_is_untouched():
    assert fix_mojibake("The Ã rating and the Â symbol stay.") == "The Ã rating and the Â symbol stay."


def test_invisible_characters_are_removed():
    assert clean_text("Tokayev\u200b said\u00ad so.") == "Tokayev said so."


def test_only_furniture_cleans_to_empty():
    assert clean_text("Share this article\n\nAdvertisement\n\n© 2023 The Ledger") == ""


def test_cleaning_is_idempotent():
    from pathlib import Path

    # Tags sit above a related-stories list; cutting the list brings them into the window.
    second = STORY.replace("500", "600")
    layered = "\n\n".join([STORY, second, "Tags: border, army", "Related articles", "Curfew in Sarny", "Talks in Kessa"])
    wrapped = (
        "Security forces opened fire on demonstrators outside the regional\n"
        "governor's office late on Wednesday, killing at least four people\nand wounding dozens."
    )
    samples = [layered, wrapped, "MalmÃ¶  protest\u00a0\n\nShare this article"]
    samples += [p.read_text(encoding="utf-8") for p in (Path(__file__).parent / "fixtures" / "ingest").glob("*.txt")]
    for sample in samples:
        once = clean_text(sample)
        assert clean_text(once) == once
    assert clean_text(layered) == f"{STORY}\n\n{second}"


def test_long_headline_over_a_one_line_lead_stays_apart():
    headline = "Two men wounded in overnight shooting outside Marlow Street bar | Harbor Daily"
    lead = "Two men were shot outside a bar on Marlow Street early on Sunday, police said."
    assert clean_text(f"{headline}\n{lead}").split("\n\n") == [headline, lead]


def test_two_line_wrap_is_joined_when_the_second_line_continues_the_sentence():
    first = "Police said the two men were taken to Mercy Hospital with wounds that"
    second = "were not thought to be life-threatening."
    assert clean_text(f"{first}\n{second}") == f"{first} {second}"
