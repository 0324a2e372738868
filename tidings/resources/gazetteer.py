"""The offline gazetteer: place names to GeoNames-style entries.

The data lives in one SQLite file under `tidings/resources/built/`, made by
`tidings build-resources` (or on first use) from PyPI-shipped data; see
`geo_build.py`. Opening it costs milliseconds and lookups hit an index, so
the whole of GeoNames' cities never has to sit in Python objects.

Entry ids are GeoNames ids where the source has one. Areas the sources do not
give an id for (most first- and second-level divisions outside the US) get
ids from `SYNTHETIC_ID_BASE` up, stable for one build only.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path

def _built_dir() -> Path:
    """Where built resources live: $TIDINGS_HOME, else beside the package when
    it is writable (a checkout, a venv), else the user's cache folder (a
    system-wide install)."""
    if os.environ.get("TIDINGS_HOME"):
        return Path(os.environ["TIDINGS_HOME"])
    beside = Path(__file__).parent / "built"
    if os.access(beside if beside.exists() else beside.parent, os.W_OK):
        return beside
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "tidings"


BUILT_DIR = _built_dir()
GAZETTEER_PATH = BUILT_DIR / "gazetteer.sqlite"
SCHEMA_VERSION = "6"
# The project's own inputs to the build: editing any of them makes a built
# file stale, so an upgraded install does not keep answering from old tables.
OWN_SOURCES = tuple(Path(__file__).parent / name for name in ("place_aliases.tsv", "geo_centroids.py", "geo_build.py", "geo_districts.py"))
SYNTHETIC_ID_BASE = 1_000_000_000

# How a name reached an entry; lower is more trustworthy.
KIND_NAME, KIND_ALIAS, KIND_ALT, KIND_DEMONYM = 0, 1, 2, 3
# A town that bears its first-level area's name is the area's seat unless
# the area's biggest town has more than this many times its people.
SEAT_NAMESAKE_RATIO = 10

COUNTRY_CODES = frozenset({"PCLI", "PCLS", "PCLD", "PCLIX", "PCL"})
# The project's own regions (geo_build._region): named regions the city
# lists lack, and the seas, straits, lakes, rivers, ranges, deserts,
# peninsulas and islands news names, each under GeoNames' feature code.
REGION_CODES = frozenset({"RGN", "OCN", "SEA", "GULF", "BAY", "STRT", "CNL", "LK", "STM", "MTS", "MT", "DSRT", "PEN", "ISLS", "SHOL"})
# US towns known only from their post offices (see geo_build._post_towns).
POST_TOWN = "PPLL"


@dataclass(frozen=True)
class GeoEntry:
    id: int
    name: str
    lat: float
    lon: float
    country_code: str
    admin1_key: str  # "CC.code" of the first-level area that holds it ("" for countries)
    admin1: str  # that area's name
    admin2: str
    feature_code: str  # PCLI, ADM1, ADM2, PPL, PPLC, CONT; RGN, SEA, STRT, MTS... (REGION_CODES)
    population: int
    # The point is its first-level area's: a district that holds no town
    # GeoNames lists (see geo_districts.py) has no point of its own.
    area_point: bool = False

    @property
    def is_country(self) -> bool:
        return self.feature_code in COUNTRY_CODES

    @property
    def is_admin(self) -> bool:
        return self.feature_code.startswith("ADM")

    @property
    def is_city(self) -> bool:
        return self.feature_code.startswith("PPL")

    @property
    def is_region(self) -> bool:
        return self.feature_code in REGION_CODES


@dataclass(frozen=True)
class NameMatch:
    entry: GeoEntry
    kind: int  # KIND_NAME ... KIND_DEMONYM


_PUNCT = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "–": "-", "—": "-"})
_SPACES = re.compile(r"[\s\-]+")


# Abbreviations before another word of a name: "Mt. Pleasant", "Ft. Worth",
# "Sault Ste. Marie". GeoNames spells some names out and others not, and
# gives the other form as an alternate only now and then, so both forms
# must share one key. A last word is left alone ("Main St." is a street),
# and so is a leading "St.": "St. Patrick" and "St. Mary" are saints far
# more often than the Caribbean parishes spelt "Saint ...", and GeoNames
# already gives the towns people write "St. Louis" in that form.
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}
_ABBREVIATED = re.compile(r"\b(mt|ft)\.? (?=\S)|(?<=\S )(st|ste)\.? (?=\S)")


@functools.lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """The lookup form of a name: no accents, case-folded, hyphens as spaces,
    "Mt."/"Ft." and an inner "St." before another word spelt out.
    Cached: the resolver asks for every mention's key on each revision.
    The built file stores these keys: a change here needs a new SCHEMA_VERSION."""
    key = _SPACES.sub(" ", without_accents(name.translate(_PUNCT)).casefold()).strip()
    return _ABBREVIATED.sub(lambda m: _ABBREVIATIONS[m.group(1) or m.group(2)] + " ", key)


def without_accents(text: str) -> str:
    """"Rājauri" -> "Rajauri", "İlçesi" -> "Ilcesi"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


class GazetteerError(RuntimeError):
    pass


class Gazetteer:
    """Read-only access to a built gazetteer file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        if self._meta("version") != SCHEMA_VERSION:
            raise GazetteerError(f"{path}: built by another version; run `tidings build-resources --force`")
        self._lookup = functools.lru_cache(maxsize=200_000)(self._lookup_uncached)
        self._by_id = functools.lru_cache(maxsize=50_000)(self._get_uncached)

    @property
    def _db(self) -> sqlite3.Connection:
        # A connection may cross neither threads nor a fork: keep one per thread
        # and open a new one in a child process.
        conn = getattr(self._local, "conn", None)
        if conn is None or self._local.pid != os.getpid():
            conn = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True)
            self._local.conn, self._local.pid = conn, os.getpid()
        return conn

    def _meta(self, key: str) -> str | None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{self.path}: not a gazetteer ({exc})") from None
        return row[0] if row else None

    def lookup(self, name: str) -> tuple[NameMatch, ...]:
        """Every entry that `name` may refer to, best-known names first."""
        return self._lookup(name_key(name))

    def lookup_key(self, key: str) -> tuple[NameMatch, ...]:
        return self._lookup(key)

    def get(self, entry_id: int) -> GeoEntry | None:
        return self._by_id(entry_id)

    def country(self, code: str) -> GeoEntry | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM place WHERE cc = ? AND fcode = 'PCLI' LIMIT 1", (code.upper(),)
        ).fetchone()
        return _entry(row) if row else None

    def admin1(self, admin1_key: str) -> GeoEntry | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM place WHERE a1key = ? AND fcode = 'ADM1' LIMIT 1", (admin1_key,)
        ).fetchone()
        return _entry(row) if row else None

    @functools.cache
    def seat(self, area: GeoEntry) -> GeoEntry | None:
        """The town that stands for a country or first-level area: the
        capital of a country; for an area, the town inside it that bears its
        name, else its most populous town. The sources carry no
        provincial-capital codes; a region named after a town is named
        after its seat (Tillabéri, Şırnak), which is often not its biggest."""
        if area.is_country:
            sql = f"SELECT {_COLUMNS} FROM place WHERE cc = ? AND fcode = 'PPLC' LIMIT 1"
            key = area.country_code
        elif area.feature_code == "ADM1" and area.admin1_key:
            sql = (f"SELECT {_COLUMNS} FROM place WHERE a1key = ? AND fcode LIKE 'PPL%' "
                   "ORDER BY population DESC LIMIT 1")
            key = area.admin1_key
        else:
            return None
        row = self._db.execute(sql, (key,)).fetchone()
        biggest = _entry(row) if row else None
        if area.is_country or biggest is None:
            return biggest
        namesake = self._namesake_town(area)
        # A village that shares the region's name is no seat (Sinaloa de
        # Leyva beside Culiacán): the namesake must be a town of some size.
        if namesake is not None and namesake.population * SEAT_NAMESAKE_RATIO >= biggest.population:
            return namesake
        return biggest

    def _namesake_town(self, area: GeoEntry) -> GeoEntry | None:
        towns = [
            m.entry
            for m in self.lookup(area.name)
            if m.kind != KIND_DEMONYM and m.entry.is_city and m.entry.admin1_key == area.admin1_key
        ]
        return max(towns, key=lambda town: town.population, default=None)

    @functools.cache
    def neighbours(self, code: str) -> frozenset[str]:
        rows = self._db.execute("SELECT other FROM neighbour WHERE cc = ?", (code,)).fetchall()
        return frozenset(row[0] for row in rows)

    def _lookup_uncached(self, key: str) -> tuple[NameMatch, ...]:
        rows = self._db.execute(
            f"SELECT a.kind, {_COLUMNS_P} FROM alias a JOIN place p ON p.id = a.id "
            "WHERE a.key = ? ORDER BY a.kind, p.population DESC",
            (key,),
        ).fetchall()
        return tuple(NameMatch(_entry(row[1:]), row[0]) for row in rows)

    def _get_uncached(self, entry_id: int) -> GeoEntry | None:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM place WHERE id = ?", (entry_id,)).fetchone()
        return _entry(row) if row else None

    def stats(self) -> dict[str, int | str]:
        places = self._db.execute("SELECT COUNT(*) FROM place").fetchone()[0]
        names = self._db.execute("SELECT COUNT(*) FROM alias").fetchone()[0]
        cities = self._meta("cities") or "?"  # "500+" with villages, "1000+" without
        return {"places": places, "names": names, "bytes": self.path.stat().st_size, "cities": cities}


_FIELDS = ("id", "name", "lat", "lon", "cc", "a1key", "admin1", "admin2", "fcode", "population", "area_point")
_COLUMNS = ", ".join(_FIELDS)
_COLUMNS_P = ", ".join(f"p.{f}" for f in _FIELDS)


def _entry(row: tuple) -> GeoEntry:
    return GeoEntry(*row[:-1], area_point=bool(row[-1]))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built first if it is missing or stale."""
    path = GAZETTEER_PATH
    if not path.exists() or not _is_current(path):
        import sys

        from tidings.resources.geo_build import build_gazetteer

        print(f"building the gazetteer at {path} (once; about 30 s)", file=sys.stderr)
        build_gazetteer(path, force=True)
    return Gazetteer(path)


def _is_current(path: Path) -> bool:
    try:
        return Gazetteer(path)._meta("sources") == sources_fingerprint()
    except GazetteerError:
        return False


def sources_fingerprint() -> str:
    """A digest of the schema version and the project's own build inputs."""
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for source in OWN_SOURCES:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]
