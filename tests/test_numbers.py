import pytest

from tidings.extract.numbers import parse_amount, parse_number


@pytest.mark.parametrize(
    "text, value",
    [
        ("164", 164),
        ("1,200", 1200),
        ("1.200", 1200),  # European thousands separator
        ("10 000", 10000),
        ("12.345.678", 12345678),
        ("two hundred", 200),
        ("two hundred and fifty", 250),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("1.6 thousand", 1600),
        ("3 million", 3_000_000),
        ("2.5 million", 2_500_000),
        ("a thousand", 1000),
        ("eleven", 11),
    ],
)
def test_exact_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text, low, best",
    [
        ("dozens", 24, 36),
        ("hundreds", 200, 300),
        ("thousands", 2000, 3000),
        ("tens of thousands", 20000, 30000),
        ("several dozen", 24, 36),
        ("a few hundred", 200, 300),
    ],
)
def test_vague_amounts_carry_a_floor_and_a_guess(text, low, best):
    amount = parse_amount(text)
    assert amount is not None and amount.vague
    assert (amount.low, amount.best) == (low, best)


@pytest.mark.parametrize("text", ["", "a", "the police", "many", "Tuesday"])
def test_non_numbers_are_none(text):
    assert parse_number(text) is None


def test_exact_amount_is_not_vague():
    amount = parse_amount("1,000")
    assert amount is not None and not amount.vague and amount.low == amount.best == 1000
