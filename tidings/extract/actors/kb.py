"""The actor knowledge base: countries, organisations, armed and political
groups, and leaders, read from `tidings/resources/actors/*.tsv` once per process."""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from tidings.extract.actors.normalise import acronym_key, name_key, skeleton

RESOURCE_DIR = Path(__file__).resolve().parents[2] / "resources" / "actors"

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&+\-]{1,7}$")


@dataclass(frozen=True)
class ActorEntry:
    """One thing the knowledge base knows how to name."""

    name: str  # canonical name
    code: str  # ISO alpha-3 or IGO / UNO / EUR / NGO / IMG
    sector: str  # PLOVER sector
    kind: str  # country | adjective | capital | metonym | org | group | person
    wikidata: str = ""
    role: str = ""
    inter: int | None = None  # ACLED actor type when the entry fixes it


@dataclass
class ActorKB:
    exact: dict[str, list[ActorEntry]] = field(default_factory=lambda: defaultdict(list))
    acronyms: dict[str, ActorEntry] = field(default_factory=dict)
    # every entry an acronym may stand for ("SNA": Somali or Syrian National Army)
    acronym_choices: dict[str, list[ActorEntry]] = field(default_factory=lambda: defaultdict(list))
    surnames: dict[str, list[ActorEntry]] = field(default_factory=lambda: defaultdict(list))
    skeletons: dict[str, list[tuple[str, ActorEntry]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    countries: dict[str, ActorEntry] = field(default_factory=dict)  # iso3 -> entry
    first_words: set[str] = field(default_factory=set)  # first word of every exact key

    def add(self, alias: str, entry: ActorEntry) -> None:
        alias = alias.strip()
        if not alias:
            return
        if _ACRONYM.match(alias) and not alias.isdigit():
            # Acronyms match only upper-case text: "IS" and "US" are also words.
            self.acronyms.setdefault(acronym_key(alias), entry)
            if entry not in self.acronym_choices[acronym_key(alias)]:
                self.acronym_choices[acronym_key(alias)].append(entry)
            return
        key = name_key(alias)
        if key and entry not in self.exact[key]:
            self.exact[key].append(entry)
            self.first_words.add(key.split()[0])
        if entry.kind in ("person", "org", "group") and len(key) >= 6:
            self.skeletons[skeleton(alias)].append((key, entry))

    def add_surname(self, alias: str, entry: ActorEntry) -> None:
        words = name_key(alias).split()
        if len(words) >= 2 and len(words[-1]) >= 3:
            if entry not in self.surnames[words[-1]]:
                self.surnames[words[-1]].append(entry)

    def lookup(self, text: str) -> list[ActorEntry]:
        return self.exact.get(name_key(text), [])


def read_table(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV with a header line; '#' lines are comments.

    A row with the wrong number of cells is an error naming file and line.
    """
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            if header is None:
                header = cells
                continue
            if len(cells) != len(header):
                raise ValueError(
                    f"{path}:{number}: expected {len(header)} tab-separated cells, got {len(cells)}"
                )
            rows.append(dict(zip(header, cells)))
    return rows


def _aliases(cell: str) -> list[str]:
    return [a.strip() for a in cell.split("|") if a.strip()]


def _inter(cell: str) -> int | None:
    return int(cell) if cell.strip().isdigit() else None


def build_kb(directory: Path = RESOURCE_DIR) -> ActorKB:
    kb = ActorKB()
    _add_countries(kb, directory / "countries.tsv")
    for row in read_table(directory / "metonyms.tsv"):
        kb.add(row["name"], ActorEntry(row["name"], row["code"], row["sector"], "metonym"))
    for row in read_table(directory / "organisations.tsv"):
        entry = ActorEntry(row["name"], row["code"], row["sector"], "org", row["wikidata"])
        for alias in [row["name"], *_aliases(row["aliases"])]:
            kb.add(alias, entry)
    for row in read_table(directory / "groups.tsv"):
        entry = ActorEntry(
            row["name"], row["code"], row["sector"], "group", row["wikidata"], "", _inter(row["inter"])
        )
        for alias in [row["name"], *_aliases(row["aliases"])]:
            kb.add(alias, entry)
    for row in read_table(directory / "people.tsv"):
        entry = ActorEntry(
            row["name"], row["code"], row["sector"], "person", row["wikidata"], row["role"]
        )
        for alias in [row["name"], *_aliases(row["aliases"])]:
            kb.add(alias, entry)
            kb.add_surname(alias, entry)
    return kb


def _add_countries(kb: ActorKB, path: Path) -> None:
    for row in read_table(path):
        country = ActorEntry(row["name"], row["iso3"], "GOV", "country")
        kb.countries[row["iso3"]] = country
        for alias in _aliases(row["names"]):
            kb.add(alias, country)
        adjective = ActorEntry(row["name"], row["iso3"], "", "adjective")
        for alias in _aliases(row["adjectives"]):
            kb.add(alias, adjective)
        if row["capital"]:
            kb.add(row["capital"], ActorEntry(row["name"], row["iso3"], "GOV", "capital"))


@functools.lru_cache(maxsize=1)
def load_kb() -> ActorKB:
    """The knowledge base of this installation, built once per process."""
    return build_kb()
