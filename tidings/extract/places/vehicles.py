"""Car models named after places.

Crime news describes the car: "fled in a silver Chevrolet Malibu", "a stolen
Hyundai Santa Fe", "his Isuzu Denver Rodeo". A place name right after a
carmaker's name is the model, not a place, and would otherwise pull the
story's other names towards Malibu, Argentina's Santa Fe or Denver.
"""

from __future__ import annotations

import re

from tidings.extract.places.mention import Mention
from tidings.resources.gazetteer import KIND_NAME

# Makers whose models news names; the maker's name is fact, the list ours.
CAR_MAKERS = (
    "Acura", "Alfa Romeo", "Audi", "BMW", "Buick", "Cadillac", "Chevrolet", "Chevy", "Chrysler", "Citroen",
    "Dacia", "Daewoo", "Dodge", "Fiat", "Ford", "GMC", "Honda", "Hummer", "Hyundai", "Infiniti", "Isuzu",
    "Jaguar", "Jeep", "Kia", "Land Rover", "Lexus", "Lincoln", "Mazda", "Mercedes", "Mercedes-Benz",
    "Mercury", "Mitsubishi", "Nissan", "Oldsmobile", "Opel", "Peugeot", "Plymouth", "Pontiac", "Porsche",
    "Range Rover", "Renault", "Saab", "Saturn", "Scion", "Seat", "Skoda", "Subaru", "Suzuki", "Tesla",
    "Toyota", "Vauxhall", "Volkswagen", "VW", "Volvo",
)
_MAKER_BEFORE = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in CAR_MAKERS) + r")\s+$")


def without_car_models(mentions: list[Mention], text: str) -> list[Mention]:
    """`mentions` less the names that follow a carmaker's name at once. A
    country there is a market or a division ("Toyota Japan") and stays; so
    few models are named after one. (A state may be either: "Hyundai Santa
    Fe", a model, but "Toyota Kentucky", a plant; models are the likelier.)"""
    return [m for m in mentions if _names_a_country(m) or not _MAKER_BEFORE.search(text, max(0, m.start - 20), m.start)]


def _names_a_country(m: Mention) -> bool:
    return any(n.kind == KIND_NAME and n.entry.is_country for n in m.matches)
