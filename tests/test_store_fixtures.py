"""Small articles and events, written for these tests, shared by the store, query and export tests."""

from __future__ import annotations

from datetime import date

from tidings.records import Acled, Actor, Article, Event, Figure, Place, Span, TextInfo

ALMATY_TEXT = (
    "Riot police detained 12 demonstrators in Almaty on Tuesday. "
    "Three protesters were killed when security forces opened fire on the crowd."
)
GOMA_TEXT = (
    "Army units clashed with rebel fighters near Goma on 3 March 2023. "
    "Seven fighters died in the exchange, a local official said."
)


def span(text: str, needle: str, base: int = 0) -> Span:
    start = text.index(needle, base)
    return Span(start, start + len(needle), needle)


def almaty_article() -> Article:
    return Article(
        id="art-almaty", text=ALMATY_TEXT, title="Deadly crackdown in Almaty",
        published=date(2022, 1, 6), url="https://example.org/almaty", source="Steppe Courier",
        origin="fixtures/almaty.txt", external_id="almaty-1",
    )


def goma_article() -> Article:
    return Article(
        id="art-goma", text=GOMA_TEXT, title="Clashes near Goma",
        published=date(2023, 3, 4), url="https://example.org/goma", source="Lakes Herald",
        origin="fixtures/goma.txt",
    )


def almaty_place() -> Place:
    return Place(
        extracted_place="Almaty", resolved_place="Almaty", geonameid=1526384,
        lat=43.25, lon=76.91667, country_code="KZ", admin1="02", resolution="city",
        start=ALMATY_TEXT.index("Almaty"), end=ALMATY_TEXT.index("Almaty") + 6,
    )


def almaty_events() -> list[Event]:
    t = ALMATY_TEXT
    first_end = t.index(".") + 1
    second_start = first_end + 1
    arrest = Event(
        id="ev-almaty-arrest", doc_id="art-almaty", event=["COERCE"], mode=["arrest"],
        text_info=TextInfo(0, 0, first_end), quad_code=4, cameo_root="17",
        date="2022-01-04", date_precision="day",
        actor=[Actor("Riot police", code="KAZ", sector="COP", acled_inter=1, start=0, end=11)],
        recipient=[Actor("demonstrators", code="KAZ", sector="CVL", acled_inter=6)],
        event_loc=almaty_place(),
        size={"arrested": 12},
        size_detail={"arrested": Figure("arrested", best=12, text="12 demonstrators")},
        acled=Acled("Protests", "Protest with intervention", 1, 6),
        event_text="detained",
        evidence={
            "actor": [span(t, "Riot police")], "trigger": [span(t, "detained")],
            "event_loc": [span(t, "Almaty")], "date": [span(t, "Tuesday")],
            "arrested": [span(t, "12 demonstrators")],
        },
        confidence=0.8,
    )
    shooting = Event(
        id="ev-almaty-shooting", doc_id="art-almaty", event=["ASSAULT"], mode=["firearms"],
        text_info=TextInfo(1, second_start, len(t)), quad_code=4, cameo_root="18",
        date="2022-01-04", date_precision="day",
        actor=[Actor("security forces", code="KAZ", sector="MIL", acled_inter=1)],
        recipient=[Actor("protesters", code="KAZ", sector="CVL", acled_inter=7)],
        event_loc=almaty_place(),
        size={"dead": 3},
        acled=Acled("Violence against civilians", "Attack", 1, 7),
        event_text="opened fire",
        evidence={"trigger": [span(t, "opened fire")], "dead": [span(t, "Three protesters")]},
        confidence=0.7,
    )
    return [arrest, shooting]


def goma_events() -> list[Event]:
    t = GOMA_TEXT
    fight = Event(
        id="ev-goma-fight", doc_id="art-goma", event=["ASSAULT"], mode=["armed clash"],
        text_info=TextInfo(0, 0, t.index(".") + 1), quad_code=4, cameo_root="19",
        date="2023-03", date_precision="month",
        actor=[Actor("Army units", code="COD", sector="MIL", acled_inter=1)],
        recipient=[Actor("rebel fighters", code="COD", sector="REB", acled_inter=2)],
        event_loc=Place(
            extracted_place="Goma", resolved_place="Goma", geonameid=214974, lat=-1.67409,
            lon=29.22845, country_code="CD", admin1="North Kivu", resolution="city",
        ),
        size={"dead": 7},
        acled=Acled("Battles", "Armed clash", 1, 2),
        event_text="clashed",
        evidence={"trigger": [span(t, "clashed")]},
        confidence=0.9,
    )
    statement = Event(
        id="ev-goma-statement", doc_id="art-goma", event=["ACCUSE"],
        text_info=TextInfo(1, t.index(".") + 2, len(t)), quad_code=3,
        actor=[Actor("a local official", code="COD", sector="GOV")],
        event_text="said", modality="asserted", confidence=0.3,
    )
    return [fight, statement]

