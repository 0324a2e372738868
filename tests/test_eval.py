"""The scorers, on tiny gold files written here and a stand-in extractor
whose answers are fixed, so every figure can be checked by hand."""

import json

import pytest

from tidings.evaluate import load_acled_csv, load_plover_gold, score_acled, score_plover
from tidings.evaluate.gold import GoldError
from tidings.evaluate.metrics import Confusion
from tidings.evaluate.report import acled_text, plover_text
from tidings.records import Acled, Actor, Event, TextInfo

PLOVER_GOLD = [
    {"id": "doc", "event": "DOCUMENT", "comment": "no text: skipped"},
    {"id": "a", "text": "Kenya and Uganda agreed to reopen the border.", "event": "AGREE",
     "source": [{"code": "KEN"}, {"code": "UGA"}], "target": ""},
    {"id": "b", "text": "Police in Accra arrested forty traders.", "event": "COERCE",
     "source": [{"code": "GHA", "sector": "COP"}], "target": [{"code": "GHA"}]},
    {"id": "c", "text": "The union demanded higher wages.", "event": "DEMAND",
     "source": {"code": "ZAF"}, "target": None},
    {"id": "d", "text": "Nothing much happened in the capital.", "event": "PROTEST",
     "source": [{"code": "FRA"}], "target": "diplomatic"},
]


def event(category: str, actors: list[str], recipients: list[str] = (), acled=None) -> Event:
    return Event(
        id="e", doc_id="d", event=[category], text_info=TextInfo(0, 0, 1),
        actor=[Actor(c, code=c) for c in actors],
        recipient=[Actor(c, code=c) for c in recipients],
        acled=acled or Acled(),
    )


def fixed(answers: dict[str, list[Event]]):
    """An extractor that answers by the start of the text."""

    def extract(articles):
        return [answers.get(a.text.split()[0], []) for a in articles]

    return extract


@pytest.fixture
def plover_file(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(PLOVER_GOLD), encoding="utf-8")
    return path


def test_plover_loader_skips_documentation_and_normalises_names(plover_file):
    warnings = []
    golds = load_plover_gold(plover_file, warn=warnings.append)
    assert [g.id for g in golds] == ["a", "b", "c", "d"]
    assert golds[2].event == "REQUEST"  # DEMAND is the old name
    assert golds[2].actor_codes == ["ZAF"]
    assert len(warnings) == 1 and "record 4" in warnings[0] and "'diplomatic'" in warnings[0]


def test_plover_scores_first_record_and_actor_codes(plover_file):
    golds = load_plover_gold(plover_file, warn=lambda m: None)
    extract = fixed({
        "Kenya": [event("AGREE", ["KEN", "UGA"])],
        "Police": [event("ASSAULT", ["GHA"]), event("COERCE", ["GHA"], ["GHA"])],
        "The": [event("REQUEST", ["USA"])],
    })
    report = score_plover(golds, extract)
    assert report.documents == 4
    assert report.category.accuracy == pytest.approx(2 / 4)
    assert report.any_record.accuracy == pytest.approx(3 / 4)
    assert report.no_event == 1
    assert (report.actor_exact.right, report.actor_exact.total) == (2, 4)
    assert (report.recipient_exact.right, report.recipient_exact.total) == (0, 1)
    text = plover_text(report, misses=5)
    assert "MISS b: gold COERCE got ASSAULT" in text
    assert "MISS d: gold PROTEST got -" in text


def test_plover_loader_errors_name_the_file(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[{"id": "x", "text": "t",\n "event": }]', encoding="utf-8")
    with pytest.raises(GoldError, match=r"broken\.json:2"):
        load_plover_gold(path)
    path.write_text(json.dumps([{"id": "x", "text": "t", "event": "DANCE"}]), encoding="utf-8")
    with pytest.raises(GoldError, match=r"record 0 \(x\): unknown event category 'DANCE'"):
        load_plover_gold(path)


ACLED_CSV = """event_date,event_type,sub_event_type,inter1,inter2,country,location,fatalities,notes
05 January 2022,Protests,Peaceful protest,6,0,Kazakhstan,Almaty,0,"On 5 January 2022, residents rallied in Almaty."
2022-01-06,Battles,Armed clash,1,2,Somalia,Afgoye,3,"Soldiers clashed with al-Shabaab militants near Afgoye."
2022-01-07,Riots,Mob violence,5,7,Nigeria,Kano,1,"A mob beat a man to death in Kano."
"""


def test_acled_scores_fields_of_the_first_record(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text(ACLED_CSV, encoding="utf-8")
    rows = load_acled_csv(path)
    assert [r.line for r in rows] == [2, 3, 4]
    extract = fixed({
        "On": [event("PROTEST", ["KAZ"], acled=Acled("Protests", "Peaceful protest", 6, None))],
        "Soldiers": [event("ASSAULT", ["SOM"], acled=Acled("Battles", "Armed clash", 1, 3))],
        "A": [event("ASSAULT", ["NGA"], acled=Acled("Violence against civilians", "Attack", 5, 7))],
    })
    report = score_acled(rows, extract)
    assert report.event_type.accuracy == pytest.approx(2 / 3)
    assert report.sub_event_type.accuracy == pytest.approx(2 / 3)
    assert (report.inter1.right, report.inter1.total) == (3, 3)
    assert (report.inter2.right, report.inter2.total) == (2, 3)  # missing inter2 reads as 0
    assert report.event_date.total == 3 and report.event_date.right == 0  # the stand-in gives no dates
    assert "sub_event_type" in acled_text(report)


def test_acled_loader_errors_name_file_and_line(tmp_path):
    path = tmp_path / "acled.csv"
    path.write_text("event_type,notes\nBattles,x\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"acled\.csv:1: missing column\(s\): sub_event_type"):
        load_acled_csv(path)
    path.write_text(
        "event_type,sub_event_type,fatalities,notes\nBattles,Armed clash,three,Clash.\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldError, match=r"acled\.csv:2: not a number: 'three'"):
        load_acled_csv(path)


def test_confusion_per_class_and_weighted_f1():
    confusion = Confusion()
    for gold, predicted in [("A", "A"), ("A", "B"), ("B", "B"), ("B", "B"), ("C", None)]:
        confusion.add(gold, predicted)
    scores = {s.label: s for s in confusion.per_class()}
    assert scores["A"].precision == 1.0 and scores["A"].recall == 0.5
    assert scores["B"].precision == pytest.approx(2 / 3) and scores["B"].recall == 1.0
    assert scores["C"].f1 == 0.0
    expected = (2 * (2 / 3) * 1 + 2 * 0.8 + 0) / 5  # F1(A)=2/3, F1(B)=0.8
    assert confusion.weighted_f1() == pytest.approx(expected)
    rendered = confusion.render()
    assert "(none)" in rendered and rendered.splitlines()[2].startswith("A")


def test_seed_check_matches_category_and_actor_codes(tmp_path):
    from tidings.evaluate.seed import check_seed, seed_text

    (tmp_path / "article.txt").write_text("Ghana police arrest traders\n\nMore text.", encoding="utf-8")
    gold = {
        "document": {"published": "2023-03-01"},
        "events": [
            {"level": "must", "event": "COERCE", "actor": [{"code": "GHA"}], "recipient": []},
            {"level": "should", "event": "DEMAND", "actor": [{"code": "GHA"}]},
        ],
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    seen = []

    def extract(articles):
        seen.extend(articles)
        return [[event("COERCE", ["GHA"]), event("REQUEST", ["USA"])]]

    checks, events = check_seed(tmp_path, extract)
    assert str(seen[0].published) == "2023-03-01"
    assert [c.ok for c in checks] == [True, False]
    assert checks[1].near is not None  # right category, wrong actor
    assert "must: 1/1 right" in seed_text(checks, events)
    assert "should: 0/1 right" in seed_text(checks, events)
