"""`tidings stories`, `tidings story ID`, `tidings merge`: merged events and stories."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from tidings.cli.options import db_option


def _open(db_path: str):
    from tidings.cli.query import open_store

    return open_store(db_path)


@click.command()
@db_option
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="At most this many stories.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story.")
def stories(db_path: str, limit: int, as_json: bool) -> None:
    """List stories, most reported first."""
    from tidings.store import merged

    with _open(db_path) as store:
        found = merged.list_stories(store, limit)
        if not found:
            click.echo("no stories yet (run `tidings merge` after ingesting)", err=True)
        for s in found:
            if as_json:
                click.echo(json.dumps(asdict(s), ensure_ascii=False))
            else:
                click.echo(f"{s.id}  {len(s.event_ids):>3} events  {s.title}")


@click.command()
@db_option
@click.argument("story_id")
@click.option("--json", "as_json", is_flag=True, help="The story and its merged events as JSON.")
def story(db_path: str, story_id: str, as_json: bool) -> None:
    """Print a story's timeline: dates, events, figures and sources."""
    from tidings.store import merged

    with _open(db_path) as store:
        found = merged.get_story(store, story_id)
    if found is None:
        raise click.ClickException(f"{db_path}: no story {story_id!r} (see `tidings stories`)")
    head, events = found
    if as_json:
        click.echo(json.dumps({**asdict(head), "events": [asdict(e) for e in events]}, ensure_ascii=False))
        return
    click.echo(f"{head.title}\n{head.id}, {len(events)} events")
    for line in timeline_lines(events):
        click.echo(line)


def timeline_lines(events) -> list[str]:
    lines = []
    for me in events:
        actors = ", ".join(a.entity_text for a in me.actor)
        where = me.place or me.country
        lines.append(f"{me.date or '?':<10}  {me.event:<9} {where}" + (f"  ({actors})" if actors else ""))
        for kind, reports in me.figure_history.items():
            told = "; ".join(f"{r.value} ({r.source or r.article_id[:8]}, {r.reported or '?'})" for r in reports)
            lines.append(f"{'':<12}{kind}: {me.size.get(kind)}  [{told}]")
        sources = sorted({m.source or m.article_id[:8] for m in me.mentions})
        lines.append(f"{'':<12}{me.num_mentions} mentions, {me.num_articles} articles, "
                     f"{me.num_sources} sources: {', '.join(sources[:8])}"
                     + (" ..." if len(sources) > 8 else ""))
    return lines


@click.command()
@db_option
@click.option("--all", "everything", is_flag=True, help="Forget earlier results and merge the whole store again.")
def merge(db_path: str, everything: bool) -> None:
    """Merge stored events into real-world events and stories."""
    from tidings.store import merged

    with _open(db_path) as store:
        if everything:
            summary = merged.rebuild(store)
        else:
            todo = [r[0] for r in store.conn.execute(
                "SELECT id FROM events WHERE id NOT IN (SELECT event_id FROM merge_profiles)"
                " ORDER BY date_start IS NULL, date_start, doc_id, position")]
            summary = merged.update(store, todo, copies=merged.pending_copies(store))
            summary.merged_events = store.conn.execute("SELECT count(*) FROM merged_events").fetchone()[0]
            summary.stories = store.conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    click.echo(
        f"{summary.new_events} events merged ({summary.duplicates} near-duplicate articles, "
        f"{summary.copies} copies from other outlets); "
        f"{summary.merged_events} real-world events, {summary.stories} stories in the store"
    )
