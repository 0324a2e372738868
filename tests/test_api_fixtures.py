"""A small demo-like store for the API and dashboard tests, built from records.

The articles are short news-like texts written for these tests. Each event
carries evidence spans found in its own sentence, so the dashboard has
something to highlight. Imported by test_api*.py and test_dashboard*.py;
it holds no tests itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tidings.records import Acled, Actor, Article, Event, Figure, Place, Span, TextInfo
from tidings.store import Store
from tidings.store import merged as store_merged

ALMATY = (43.25, 76.92, 1526384, "KZ")
ASTANA = (51.17, 71.43, 1526273, "KZ")
GUSAU = (12.16, 6.66, 2340091, "NG")
SANTIAGO = (-33.46, -70.65, 3871336, "CL")

KZ_ONE = (
    "Protesters gathered in Almaty on January 5 against the fuel price rise. "
    "Security forces killed 12 demonstrators in Almaty on January 5, officials said."
)
KZ_TWO = (
    "Officials said on Thursday that security forces killed 12 protesters in Almaty on January 5. "
    "Police detained 300 people in Astana on January 6."
)
NG_ONE = "Gunmen abducted 40 villagers near Gusau on March 2, residents said."
CL_ONE = "Teachers marched in Santiago on May 10 to demand higher pay."
SCRIPTED = "Students rallied in Santiago on May 11 <script>alert('x')</script> over fees."


@dataclass
class Spec:
    """One event to build: the sentence, and the evidence words inside it."""

    sentence: str
    category: str
    when: str
    place: tuple[float, float, int, str]
    place_name: str
    actor: tuple[str, str, str]
    recipient: tuple[str, str, str] | None = None
    trigger: str = ""
    figures: dict[str, tuple[int, str]] | None = None  # kind -> (value, words)
    acled: tuple[str, str] = ("", "")
    when_words: str = ""  # the date expression in the sentence, if it has one


def article(aid: str, text: str, published: str, source: str, title: str) -> Article:
    return Article(id=aid, text=text, title=title, published=date.fromisoformat(published), source=source,
                   url=f"https://news.example.org/{aid}")


def span(text: str, words: str, within: int) -> Span:
    start = text.index(words, within)
    return Span(start, start + len(words), words)


def event(art: Article, n: int, spec: Spec) -> Event:
    text = art.text
    start = text.index(spec.sentence)
    lat, lon, gid, cc = spec.place
    figures = spec.figures or {}
    evidence = {
        "actor": [span(text, spec.actor[0], start)],
        "trigger": [span(text, spec.trigger, start)],
        "event_loc": [span(text, spec.place_name, start)],
        "date": [span(text, spec.when_words, start)] if spec.when_words else [],
    }
    if spec.recipient:
        evidence["recipient"] = [span(text, spec.recipient[0], start)]
    for kind, (_, words) in figures.items():
        evidence[kind] = [span(text, words, start)]
    evidence = {k: v for k, v in evidence.items() if v}
    return Event(
        id=f"{art.id}-{n}",
        doc_id=art.id,
        event=[spec.category],
        text_info=TextInfo(n, start, start + len(spec.sentence)),
        date=spec.when,
        date_precision="day",
        actor=[Actor(*spec.actor)],
        recipient=[Actor(*spec.recipient)] if spec.recipient else [],
        event_loc=Place(spec.place_name, spec.place_name, gid, lat, lon, cc, resolution="city"),
        size={k: v for k, (v, _) in figures.items()},
        size_detail={k: Figure(k, v, text=w) for k, (v, w) in figures.items()},
        acled=Acled(*spec.acled),
        event_text=spec.trigger,
        evidence=evidence,
        confidence=0.8,
    )


def articles_and_events() -> list[tuple[Article, list[Event]]]:
    kz1 = article("kz1", KZ_ONE, "2022-01-06", "Steppe Wire", "Fuel protests spread in Almaty")
    kz2 = article("kz2", KZ_TWO, "2022-01-13", "Capital Daily", "Deaths in Almaty confirmed")
    ng1 = article("ng1", NG_ONE, "2022-03-03", "Sahel Post", "Villagers abducted near Gusau")
    cl1 = article("cl1", CL_ONE, "2022-05-10", "Andes Herald", "Teachers march for pay")
    cl2 = article("cl2", SCRIPTED, "2022-05-12", "Andes Herald", "Students rally <b>over fees</b>")
    shooting = dict(category="ASSAULT", when="2022-01-05", place=ALMATY, place_name="Almaty",
                    trigger="killed", when_words="January 5",
                    acled=("Violence against civilians", "Attack"))
    return [
        (kz1, [
            event(kz1, 0, Spec(KZ_ONE.split(". ")[0] + ".", "PROTEST", "2022-01-05", ALMATY, "Almaty",
                               ("Protesters", "KAZ", "CVL"), trigger="gathered", when_words="January 5", acled=("Protests", "Peaceful protest"))),
            event(kz1, 1, Spec(KZ_ONE.split(". ")[1], actor=("Security forces", "KAZ", "MIL"), recipient=("demonstrators", "KAZ", "CVL"),
                               figures={"dead": (12, "12")}, **shooting)),
        ]),
        (kz2, [
            event(kz2, 0, Spec(KZ_TWO.split(". ")[0] + ".", actor=("security forces", "KAZ", "MIL"), recipient=("protesters", "KAZ", "CVL"),
                               figures={"dead": (12, "12")}, **shooting)),
            event(kz2, 1, Spec(KZ_TWO.split(". ")[1], "COERCE", "2022-01-06", ASTANA, "Astana",
                               ("Police", "KAZ", "COP"), recipient=("people", "KAZ", "CVL"), trigger="detained", when_words="January 6",
                               figures={"arrested": (300, "300")}, acled=("Protests", "Protest with intervention"))),
        ]),
        (ng1, [
            event(ng1, 0, Spec(NG_ONE, "ASSAULT", "2022-03-02", GUSAU, "Gusau", ("Gunmen", "NGA", "REB"),
                               recipient=("villagers", "NGA", "CVL"), trigger="abducted", when_words="March 2",
                               figures={"kidnapped": (40, "40")}, acled=("Violence against civilians", "Abduction/forced disappearance"))),
        ]),
        (cl1, [
            event(cl1, 0, Spec(CL_ONE, "PROTEST", "2022-05-10", SANTIAGO, "Santiago", ("Teachers", "CHL", "EDU"),
                               trigger="marched", when_words="May 10", acled=("Protests", "Peaceful protest"))),
        ]),
        (cl2, [
            event(cl2, 0, Spec(SCRIPTED, "PROTEST", "2022-05-11", SANTIAGO, "Santiago", ("Students", "CHL", "EDU"),
                               trigger="rallied", when_words="May 11", acled=("Protests", "Peaceful protest"))),
        ]),
    ]


def build_store(path: Path) -> Path:
    """Write the demo-like store to `path` (articles, events, merged events, stories)."""
    with Store.open(path) as store:
        ids = []
        for art, events in articles_and_events():
            store.add_article(art, events)
            ids += [e.id for e in events]
        store_merged.update(store, ids)
    return path
