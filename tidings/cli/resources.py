"""`tidings build-resources`: build the data files the extractor loads.

Each resource is a `Builder` in BUILDERS; another component adds its own by
appending one, and the command builds them all (or those named with --only).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import click


@dataclass(frozen=True)
class Options:
    """What the command line asks of the builders."""

    force: bool = False
    villages: bool | None = None  # gazetteer: places of 500-999 people and US post towns; None keeps the default


@dataclass(frozen=True)
class Builder:
    name: str
    build: Callable[[Options], Path]  # -> path of what it wrote (or found)
    describe: Callable[[Path], str] = lambda path: ""


def _build_gazetteer(options: Options) -> Path:
    from tidings.resources.gazetteer import GAZETTEER_PATH, Gazetteer, GazetteerError
    from tidings.resources.geo_build import VILLAGES, build_gazetteer

    villages = VILLAGES if options.villages is None else options.villages
    force = options.force
    if options.villages is not None and GAZETTEER_PATH.exists():
        # Asking for the other size rebuilds even without --force.
        try:
            built = Gazetteer(GAZETTEER_PATH).stats().get("cities")
        except GazetteerError:
            built = None
        force = force or built != ("500+" if villages else "1000+")
    return build_gazetteer(GAZETTEER_PATH, force=force, villages=villages)


def _describe_gazetteer(path: Path) -> str:
    from tidings.resources.gazetteer import Gazetteer

    stats = Gazetteer(path).stats()
    return f"{stats['places']:,} places, {stats['names']:,} names, cities of {stats['cities']} people"


def _build_actor_countries(options: Options) -> Path:
    """The versioned country table of the actor knowledge base (same bytes on the same package versions)."""
    from tidings.extract.actors.build import COUNTRY_FILE, NAMES_FILE, RESOURCE_DIR, build_rows, read_hand_names, write_rows

    path = RESOURCE_DIR / COUNTRY_FILE
    write_rows(build_rows(read_hand_names(RESOURCE_DIR / NAMES_FILE)), path)
    return path


BUILDERS: list[Builder] = [
    Builder("gazetteer", _build_gazetteer, _describe_gazetteer),
    Builder("actor-countries", _build_actor_countries),
]


@click.command("build-resources")
@click.option("--force", is_flag=True, help="Rebuild even when a built file exists.")
@click.option("--only", multiple=True, help="Build only the named resources (repeatable).")
@click.option("--villages/--no-villages", default=None,
              help="Gazetteer: with or without places of 500-999 people and the US post towns too small for "
                   "GeoNames (default: with); rebuilds if the file differs.")
def build_resources(force: bool, only: tuple[str, ...], villages: bool | None) -> None:
    """Build the gazetteer and other resources under tidings/resources/built/."""
    known = {b.name for b in BUILDERS}
    unknown = set(only) - known
    if unknown:
        raise click.BadParameter(f"unknown resource(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
    for builder in BUILDERS:
        if only and builder.name not in only:
            continue
        path = builder.build(Options(force=force, villages=villages))
        size = path.stat().st_size / 1_000_000
        detail = builder.describe(path)
        click.echo(f"{builder.name}: {path} ({size:.1f} MB{'; ' + detail if detail else ''})")
