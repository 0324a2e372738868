"""The ACLED sub-type classifier: taxonomy, features, the shipped model, the split."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from tidings.extract import acled_classifier as ac
from script_loader import load_script

REPO = Path(__file__).resolve().parent.parent
needs_model = pytest.mark.skipif(not ac.available(), reason="no trained ACLED model in the package")


def _train_script():
    return load_script("train_acled")


# --- taxonomy ---------------------------------------------------------------


def test_taxonomy_has_25_acled_sub_types_and_5_out_of_scope():
    in_scope = [s for t, subs in ac.TAXONOMY.items() if t != "Other" for s in subs]
    assert len(in_scope) == 25
    assert len(ac.TAXONOMY["Other"]) == 5
    assert len(ac.LABELS) == len(set(ac.LABELS)) == 30


def test_split_label_handles_slashes_in_both_parts():
    label = ac.label_of("Air/drone strike")
    assert label == "Explosions/Remote violence/Air/drone strike"
    assert ac.split_label(label) == ("Explosions/Remote violence", "Air/drone strike")
    assert ac.split_label("Strategic developments/Other") == ("Strategic developments", "Other")
    assert ac.split_label("Other/Natural disaster") == ("Other", "Natural disaster")


def test_unknown_labels_are_rejected():
    with pytest.raises(ValueError):
        ac.label_of("Drone strike")
    with pytest.raises(ValueError):
        ac.split_label("Battles/Natural disaster")


# --- features -----------------------------------------------------------------


def test_features_ignore_place_brackets_months_and_exact_numbers():
    a = ac.features("On 3 March 2023, gunmen abducted two aid workers near Gao (Gao, Mali).")
    b = ac.features("On 19 July 2021, gunmen abducted two aid workers near Gao (Menaka, Niger).")
    assert a == b
    assert "w=menaka" not in b and "w=july" not in b


def test_cue_lexicon_links_unseen_synonyms():
    assert "cue=air" in ac.features("A warplane hit the market.")
    assert "cue=air" in ac.features("An unmanned aircraft struck the convoy.")
    assert "cue=air" not in ac.features("Mortars hit the market.")


def test_lead_actor_and_loser_tell_who_took_the_place():
    retaken = ac.features("Government troops retook the town from the rebels after a day of fighting.")
    seized = ac.features("Rebels seized the town from government troops after a day of fighting.")
    assert "lead=state" in retaken and "from=armed" in retaken
    assert "lead=armed" in seized and "from=state" in seized
    assert "lead=state&cue=retake" in retaken


def test_march_as_a_verb_is_kept_but_march_in_a_date_is_dropped():
    assert "w=march" in ac.features("Students march to parliament.")
    assert "w=march" not in ac.features("On 4 March 2024, students gathered.")


# --- the model ------------------------------------------------------------------


def _tiny_model() -> ac.Model:
    labels = (ac.label_of("Arrests"), ac.label_of("Natural disaster"))
    index = {"w=arrested": 0, "w=earthquake": 1}
    weights = np.array([[3.0, -3.0], [-3.0, 3.0]], dtype=np.float32)
    return ac.Model(labels, index, weights, np.zeros(2, dtype=np.float32))


def test_save_and_load_round_trip(tmp_path):
    model = _tiny_model()
    ac.save(model, tmp_path)
    loaded = ac.load(tmp_path)
    assert loaded.labels == model.labels
    text = "Police arrested two men."
    assert np.allclose(loaded.probabilities(text), model.probabilities(text), atol=1e-3)
    assert loaded.probabilities(text)[0] > 0.9


def test_load_rejects_weights_that_do_not_match_the_vocabulary(tmp_path):
    ac.save(_tiny_model(), tmp_path)
    meta = json.loads((tmp_path / ac.META_FILE).read_text())
    meta["features"].append("w=extra")
    (tmp_path / ac.META_FILE).write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="do not match"):
        ac.load(tmp_path)


@needs_model
def test_classify_returns_a_distribution_over_all_labels_best_first():
    ranked = ac.classify("Soldiers and rebels exchanged fire near the river crossing.")
    assert sorted(label for label, _ in ranked) == sorted(ac.LABELS)
    probs = [p for _, p in ranked]
    assert math.isclose(sum(probs), 1.0, abs_tol=1e-4)
    assert probs == sorted(probs, reverse=True)


def test_missing_model_gives_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(ac, "MODEL_DIR", tmp_path)
    ac._model.cache_clear()
    try:
        assert not ac.available()
        with pytest.raises(ac.ModelMissing, match="train_acled.py"):
            ac.classify("Troops clashed with rebels.")
    finally:
        ac._model.cache_clear()


@needs_model
def test_best_splits_the_top_label():
    text = "Police fired tear gas to break up the student march and detained ten."
    event_type, sub_event_type, prob = ac.best(text)
    assert (event_type, sub_event_type) == ("Protests", "Protest with intervention")
    assert prob == ac.classify(text)[0][1]


@needs_model
def test_empty_text_still_gets_a_distribution():
    probs = [p for _, p in ac.classify("")]
    assert math.isclose(sum(probs), 1.0, abs_tol=1e-4)


# Sentences written for this test only; none is in the corpus.
OBVIOUS = [
    ("Fighter jets bombed a rebel training camp outside the town before dawn, killing eleven fighters.",
     "Air/drone strike"),
    ("Hundreds of nurses marched peacefully to the health ministry on Tuesday to demand unpaid wages.",
     "Peaceful protest"),
    ("Gunmen kidnapped a village chief and his two sons from their home overnight; no ransom has been demanded yet.",
     "Abduction/forced disappearance"),
    ("A strong earthquake of magnitude 6.4 shook the mountain district, collapsing dozens of mud-brick homes.",
     "Natural disaster"),
    ("Police arrested four opposition activists at their homes on Monday on charges of inciting unrest.",
     "Arrests"),
]


@needs_model
@pytest.mark.parametrize("text,sub_event_type", OBVIOUS)
def test_obvious_unseen_sentences_get_the_right_class(text, sub_event_type):
    best = ac.classify(text)[0][0]
    assert ac.split_label(best)[1] == sub_event_type


# --- the training script's corpus handling -----------------------------------------


def _example(train, number: int, sub: str):
    return train.Example(
        id=f"t-{number:04d}", text=f"text {number}", event_type=ac.EVENT_TYPE_OF[sub],
        sub_event_type=sub, inter1=1, inter2=0, country="ML", location="Gao",
        date="2023-01-01", fatalities=0, style="acled_note",
    )


def test_split_is_deterministic_stratified_and_disjoint():
    train = _train_script()
    examples = [_example(train, n, sub) for n, sub in enumerate(["Arrests"] * 50 + ["Grenade"] * 30)]
    first = train.split(examples)
    second = train.split(list(reversed(examples)))
    assert {e.id for e in first[1]} == {e.id for e in second[1]}
    test_subs = [e.sub_event_type for e in first[1]]
    assert test_subs.count("Arrests") == 10 and test_subs.count("Grenade") == 6
    assert not {e.id for e in first[0]} & {e.id for e in first[1]}


def test_corpus_errors_name_file_and_line(tmp_path):
    train = _train_script()
    good = {"id": "x-1", "text": "Police arrested a man.", "event_type": "Strategic developments",
            "sub_event_type": "Arrests", "inter1": 1, "inter2": 7, "country": "KE",
            "location": "Nairobi", "date": "2023-01-01", "fatalities": 0, "style": "wire"}
    bad = dict(good, id="x-2", event_type="Battles")
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n")
    with pytest.raises(train.CorpusError, match=r"batch\.jsonl:2: event_type 'Battles'"):
        train.load_corpus(tmp_path)
    path.write_text(json.dumps(good) + "\n{not json\n")
    with pytest.raises(train.CorpusError, match=r"batch\.jsonl:2: not valid JSON"):
        train.load_corpus(tmp_path)
    path.write_text(json.dumps(good) + "\n" + json.dumps(good) + "\n")
    with pytest.raises(train.CorpusError, match="duplicate id"):
        train.load_corpus(tmp_path)


def test_shipped_corpus_split_holds_out_a_fifth_of_every_class():
    train = _train_script()
    corpus = REPO / "corpus" / "acled_descriptions"
    examples = train.load_corpus(corpus)
    train_part, test_part = train.split(examples)
    assert len({e.sub_event_type for e in examples}) == 30
    for sub in ac.EVENT_TYPE_OF:
        total = sum(e.sub_event_type == sub for e in examples)
        held = sum(e.sub_event_type == sub for e in test_part)
        assert total >= 30, sub
        assert held == round(total * 0.2), sub
