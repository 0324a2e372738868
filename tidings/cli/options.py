"""Option parsing shared by several commands."""

from __future__ import annotations

from datetime import date

import click

DEFAULT_DB = "tidings.db"

db_option = click.option(
    "--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
    help="SQLite store file.",
)


by_outlet_option = click.option(
    "--by-outlet",
    is_flag=True,
    help="Read the input whole first and learn each outlet's home area (articles' \"source\") from its "
    "articles, so a local paper's bare place names are read at home.",
)


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None
