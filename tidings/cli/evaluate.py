"""`tidings eval`: score extraction against gold files."""

from __future__ import annotations

import sys

import click


@click.command("eval")
@click.option("--plover", "plover_path", type=click.Path(dir_okay=False), help="PLOVER gold JSON (list of records).")
@click.option("--acled", "acled_path", type=click.Path(dir_okay=False), help="ACLED-format CSV; `notes` is the text.")
@click.option("--seed", "seed_dir", type=click.Path(file_okay=False), help="Folder with article.txt and gold.json.")
@click.option("--limit", type=int, default=0, help="Score only the first N gold records.")
@click.option("--misses", type=int, default=0, help="List the first N wrongly coded records.")
@click.option("--matrix/--no-matrix", default=True, help="Print confusion matrices.")
@click.option("--coding-only", is_flag=True, help="Run event coding alone, without dates, places and figures.")
@click.option("--timing", is_flag=True, help="With --coding-only: print parse and coding times (a benchmark).")
def evaluate(
    plover_path: str | None,
    acled_path: str | None,
    seed_dir: str | None,
    limit: int,
    misses: int,
    matrix: bool,
    coding_only: bool,
    timing: bool,
) -> None:
    """Score extraction against gold files and print per-field figures."""
    from tidings.evaluate import load_acled_csv, load_plover_gold, score_acled, score_plover
    from tidings.evaluate.gold import GoldError
    from tidings.evaluate.report import acled_text, plover_text
    from tidings.evaluate.run import Timings, coding_extract, pipeline_extract
    from tidings.evaluate.seed import check_seed, seed_text

    if not (plover_path or acled_path or seed_dir):
        raise click.UsageError("give at least one of --plover, --acled, --seed")
    timings = Timings()
    extract = (lambda articles: coding_extract(articles, timings)) if coding_only else pipeline_extract
    try:
        if plover_path:
            golds = load_plover_gold(plover_path)
            golds = golds[:limit] if limit else golds
            click.echo(plover_text(score_plover(golds, extract), matrix=matrix, misses=misses))
        if acled_path:
            rows = load_acled_csv(acled_path)
            rows = rows[:limit] if limit else rows
            click.echo(acled_text(score_acled(rows, extract), matrix=matrix))
        if seed_dir:
            checks, events = check_seed(seed_dir, extract)
            click.echo(seed_text(checks, events))
        if timing and coding_only:
            click.echo(timings.text())
    except GoldError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
