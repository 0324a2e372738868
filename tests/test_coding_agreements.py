"""Signing and agreeing, on texts written for these tests. The PLOVER manual
puts signing or ratifying an agreement under SUPPORT and a promise to sign
under AGREE; ACLED files both as an Agreement."""

from coding_helpers import code_article


def test_signed_agreement_is_support_and_an_acled_agreement():
    event = code_article("Ghana and Togo signed a border security agreement in Lome on Wednesday.")[0]
    assert event.event == "SUPPORT"
    assert event.acled_sub_event_type == "Agreement"


def test_promise_to_sign_is_agree():
    event = code_article("Ghana and Togo will sign a border security agreement next month.")[0]
    assert (event.event, event.modality) == ("AGREE", "future")


def test_agreeing_to_act_is_agree():
    event = code_article("Ghana and Togo agreed to hold joint patrols along their border.")[0]
    assert event.event == "AGREE"


def test_joint_patrols_are_cooperation_and_patrols_alone_a_mobilisation():
    joint = code_article("The navy and the coast guard began joint patrols in the strait on Monday.")
    assert joint[0].event == "COOPERATE"
    alone = code_article("Police patrolled the streets of the capital on Monday night.")
    assert (alone[0].event, alone[0].mode) == ("MOBILIZE", "police")
