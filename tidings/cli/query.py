"""`tidings events`, `tidings show ID`, `tidings failures`: read the store."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Callable, Iterator, TypeVar

import click

from tidings.cli.options import db_option, parse_date

F = TypeVar("F", bound=Callable)

# evidence key -> what it answers, for `tidings show`
EVIDENCE_LABELS = {
    "actor": "who", "recipient": "who (to whom)", "event": "what", "trigger": "what",
    "mode": "what", "event_loc": "where", "date": "when",
}
EVIDENCE_STYLES = {
    "who": "bold cyan", "who (to whom)": "bold magenta", "what": "bold yellow",
    "where": "bold green", "when": "bold blue", "how many": "bold red",
}


def filter_options(command: F) -> F:
    """The event filters `events` and `export` share."""
    options = [
        click.option("--since", callback=parse_date, help="Events on or after this day (YYYY-MM-DD)."),
        click.option("--until", callback=parse_date, help="Events on or before this day (YYYY-MM-DD)."),
        click.option("--country", help="Country of the event place: alpha-2, alpha-3 or name."),
        click.option("--type", "event_type", help="PLOVER category, e.g. PROTEST."),
        click.option("--acled-type", help="ACLED event type, e.g. Battles."),
        click.option("--actor", help="Text or code of an actor or recipient (substring)."),
        click.option("--text", help="Words that must all occur in the article."),
        click.option("--min-dead", type=click.IntRange(min=0), help="At least this many dead."),
        click.option("--limit", type=click.IntRange(min=0), help="At most this many events."),
        click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip this many events."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def make_filter(
    since: date | None = None, until: date | None = None, country: str | None = None,
    event_type: str | None = None, acled_type: str | None = None, actor: str | None = None,
    text: str | None = None, min_dead: int | None = None, limit: int | None = None,
    offset: int = 0,
):
    from tidings.store import EventFilter
    from tidings.store.countries import to_alpha2

    if country:
        try:
            to_alpha2(country)  # fail before any output is written
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--country") from None
    return EventFilter(
        since=since, until=until, country=country, event=event_type, acled_type=acled_type,
        actor=actor, text=text, min_dead=min_dead, limit=limit, offset=offset,
    )


def open_store(db_path: str):
    """Open an existing store; a missing file is an error, not a new empty store."""
    import sqlite3

    from tidings.store import Store

    if not Path(db_path).is_file():
        raise click.ClickException(f"{db_path}: no such store (build one with `tidings ingest`)")
    try:
        return Store.open(db_path)
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(f"{db_path}: not a tidings store ({exc})") from None


@click.command()
@db_option
@filter_options
@click.option("--json", "as_json", is_flag=True, help="Full records as JSON lines.")
def events(db_path: str, as_json: bool, **filters) -> None:
    """List stored events, filtered."""
    f = make_filter(**filters)
    with open_store(db_path) as store:
        found = store.iter_events(f)
        if as_json:
            for event in found:
                sys.stdout.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
            return
        _print_table(found)


def _print_table(found: Iterator) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(show_lines=False)
    for name in ("date", "category", "actor -> recipient", "place", "dead/inj/arr"):
        table.add_column(name, overflow="fold")
    table.add_column("event id", no_wrap=True)  # copied into `tidings show`, so never broken
    rows = 0
    for e in found:
        category = e.event[0] if e.event else ""
        if e.modality != "asserted":
            category += f" ({e.modality})"
        cells = [
            e.date or "?", category, _who(e), _where(e),
            "/".join(_number(e.size.get(k)) for k in ("dead", "injured", "arrested")), e.id,
        ]
        # Text cells: a "[...]" in news text must print as is, not as rich markup
        table.add_row(*(Text(c) for c in cells))
        rows += 1
    console = Console()
    console.print(table)
    console.print(f"{rows} event(s)")


def _who(e) -> str:
    actor = ", ".join(a.entity_text for a in e.actor) or "?"
    recipient = ", ".join(a.entity_text for a in e.recipient)
    return f"{actor} -> {recipient}" if recipient else actor


def _where(e) -> str:
    place = e.event_loc
    if place is None:
        return ""
    name = place.resolved_place or place.extracted_place
    return f"{name} ({place.country_code})" if place.country_code else name


def _number(value: int | None) -> str:
    return "-" if value is None else str(value)


@click.command()
@click.argument("event_id")
@db_option
def show(event_id: str, db_path: str) -> None:
    """One event: its fields, and its sentence with the evidence marked."""
    from rich.console import Console

    with open_store(db_path) as store:
        event = store.get_event(event_id)
        if event is None:
            raise click.ClickException(f"{db_path}: no event with id {event_id!r}")
        article = store.get_article(event.doc_id)
    console = Console()
    for line in describe(event, article):
        console.print(line)


def describe(event, article) -> list:
    """The lines `show` prints (rich Text and markup-free strings), kept apart for tests."""
    from rich.text import Text

    lines: list = [Text(f"event {event.id}", style="bold")]
    if article is not None:
        parts = [article.title or "(untitled)", article.source, article.url]
        lines.append(Text("article: " + " | ".join(p for p in parts if p)))
    fields = [
        ("category", ", ".join(event.event)), ("mode", ", ".join(event.mode)),
        ("date", f"{event.date or '?'} ({event.date_precision})"),
        ("actor", _who(event)), ("place", _where(event)),
        ("figures", ", ".join(f"{k}={v}" for k, v in event.size.items())),
        ("ACLED", " / ".join(x for x in (event.acled.event_type, event.acled.sub_event_type) if x)),
        ("quad / CAMEO", f"{event.quad_code or ''} / {event.cameo_root}"),
        ("modality", f"{event.modality}, confidence {event.confidence:.2f}"),
    ]
    lines += [Text(f"{name:>13}: {value}") for name, value in fields if value.strip(" /")]
    sentence, outside = highlighted_sentence(event, article)
    if sentence is not None:
        lines += [Text(""), sentence]
    lines += legend(event, outside if sentence is not None else [])
    return lines


def label_of(key: str) -> str:
    return EVIDENCE_LABELS.get(key, "how many")


def highlighted_sentence(event, article):
    """The evidence sentence with each span styled by its label; spans outside it listed apart."""
    from rich.text import Text

    info = event.text_info
    if article is None or not (0 <= info.start < info.end <= len(article.text)):
        return None, []
    sentence = Text(article.text[info.start:info.end])
    outside = []
    for key, spans in event.evidence.items():
        label = label_of(key)
        for span in spans:
            if info.start <= span.start and span.end <= info.end:
                sentence.stylize(
                    EVIDENCE_STYLES.get(label, "bold") + " underline",
                    span.start - info.start, span.end - info.start,
                )
            else:
                outside.append((label, span))
    return sentence, outside


def legend(event, outside: list) -> list:
    """One line per evidence span; those found elsewhere in the article say so."""
    from rich.text import Text

    elsewhere = {(span.start, span.end) for _, span in outside}
    lines = []
    for key, spans in event.evidence.items():
        label = label_of(key)
        for span in spans:
            line = Text("  ")
            line.append(f"[{label}: {key}]", style=EVIDENCE_STYLES.get(label, "bold"))
            line.append(f" {span.text!r} ({span.start}-{span.end})")
            if (span.start, span.end) in elsewhere:
                line.append(" outside the sentence", style="dim")
            lines.append(line)
    return lines


@click.command()
@db_option
def failures(db_path: str) -> None:
    """Inputs that could not become articles, and why."""
    with open_store(db_path) as store:
        recorded = store.recorded_failures()
    for r in recorded:
        click.echo(f"{r.at}\t{r.failure}")
    click.echo(f"{len(recorded)} failure(s)", err=True)
