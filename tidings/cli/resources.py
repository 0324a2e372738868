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
class Builder:
    name: str
    build: Callable[[bool], Path]  # force -> path of what it wrote (or found)
    describe: Callable[[Path], str] = lambda path: ""


def _build_gazetteer(force: bool) -> Path:
    from tidings.resources.geo_build import build_gazetteer

    return build_gazetteer(force=force)


def _describe_gazetteer(path: Path) -> str:
    from tidings.resources.gazetteer import Gazetteer

    stats = Gazetteer(path).stats()
    return f"{stats['places']:,} places, {stats['names']:,} names"


def _build_actor_countries(force: bool) -> Path:
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
def build_resources(force: bool, only: tuple[str, ...]) -> None:
    """Build the gazetteer and other resources under tidings/resources/built/."""
    known = {b.name for b in BUILDERS}
    unknown = set(only) - known
    if unknown:
        raise click.BadParameter(f"unknown resource(s): {', '.join(sorted(unknown))}; known: {', '.join(sorted(known))}")
    for builder in BUILDERS:
        if only and builder.name not in only:
            continue
        path = builder.build(force)
        size = path.stat().st_size / 1_000_000
        detail = builder.describe(path)
        click.echo(f"{builder.name}: {path} ({size:.1f} MB{'; ' + detail if detail else ''})")
