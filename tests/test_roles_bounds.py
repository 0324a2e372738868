"""What belongs to an actor phrase: a date the parser hangs on it does not."""

from tidings.extract.pipeline import extract
from tidings.records import Article


def _actor_texts(text: str) -> list[str]:
    events = extract(Article(id="bounds-test", text=text))
    assert events, text
    return [a.entity_text for a in events[0].actor]


def test_day_and_month_before_the_doers_are_not_theirs():
    assert _actor_texts("On 10 September fighters raided a fishing village before dawn and killed 11 people.") == [
        "fighters"
    ]


def test_a_count_stays_with_the_doers():
    assert _actor_texts("Ten fighters raided a fishing village on Monday.") == ["Ten fighters"]
