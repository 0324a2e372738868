"""Merged events and stories in the store, kept up to date batch by batch.

The merge logic (`tidings.merge`) is pure; this module is its edge with
SQLite. It keeps, beside the core tables:

* `merge_articles` / `merge_bands`: each article's MinHash signature and LSH
  band keys, and the original it copies (near-duplicates);
* `merge_profiles`: each event record's merge profile, indexed by (family,
  country, dates), with the merged event it belongs to;
* `merged_events`: one row per real-world event, with mention counts and
  its full record as JSON;
* `stories`: chains of merged events, with their title and span;
* `merge_sightings`: copies of a stored text from other outlets
  (`tidings.store.sightings`) already counted. A merged event holds one
  mention per copy of each of its articles, written with it, or added to it
  when the copy comes later (`update(..., copies=...)`); either way the same
  record results.

`update(store, new_event_ids)` merges a new batch by loading only the
candidates in the blocks the new events fall in (and the events already
merged with them), reclustering that neighbourhood and rewriting it.
Because clustering depends only on the set of events it sees (ties by id),
merging batch A then B gives what merging A+B gives, except where a block
holds more than `blocking.MAX_PER_ANCHOR` events per anchor in one window
(then which pairs get compared can differ).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date

import numpy as np

from tidings.merge.canonical import build
from tidings.merge.cluster import cluster
from tidings.merge.dates import day_of
from tidings.merge.decision import DEFAULT, MergeConfig, total_candidate
from tidings.merge.engine import copy_pairs, paused_gc, profiles_of
from tidings.merge.model import CanonicalActor, Counts, FigureReport, MergedEvent, Mention, Story
from tidings.merge.neardup import Signed, band_keys, find_originals, signature
from tidings.merge.profile import Profile
from tidings.merge.stories import SPAN, anchors, chain
from tidings.records import Article, Event
from tidings.store import sightings as sightings_table
from tidings.store.chunks import marks, select_in
from tidings.store.schema import register_migration

SCHEMA = """
CREATE TABLE IF NOT EXISTS merge_articles (
    article_id TEXT PRIMARY KEY,
    published TEXT,
    signature BLOB NOT NULL,
    original_id TEXT NOT NULL DEFAULT ''  -- '' for an original
);
CREATE TABLE IF NOT EXISTS merge_bands (
    band TEXT NOT NULL,
    article_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS merge_bands_band ON merge_bands(band);
CREATE TABLE IF NOT EXISTS merge_profiles (
    event_id TEXT PRIMARY KEY,
    family TEXT NOT NULL,
    country TEXT NOT NULL,
    day_lo INTEGER,
    day_hi INTEGER,
    merged_id TEXT NOT NULL DEFAULT '',
    profile TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS merge_profiles_block ON merge_profiles(family, country, day_lo);
CREATE INDEX IF NOT EXISTS merge_profiles_merged ON merge_profiles(merged_id);
CREATE TABLE IF NOT EXISTS merged_events (
    id TEXT PRIMARY KEY,
    event TEXT NOT NULL,
    date TEXT,
    country TEXT NOT NULL,
    day INTEGER,
    mentions INTEGER NOT NULL,
    sources INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    story_id TEXT NOT NULL DEFAULT '',
    record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS merged_events_country_day ON merged_events(country, day);
CREATE INDEX IF NOT EXISTS merged_events_story ON merged_events(story_id);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    country TEXT NOT NULL,
    start TEXT,
    end TEXT,
    size INTEGER NOT NULL,
    mentions INTEGER NOT NULL
);
"""

register_migration(100, "merged events, near-duplicates and stories", SCHEMA)

# Looking up a block by `day_lo <= ? AND day_hi >= ?` alone scans every older
# row of the block; bounding day_lo from below needs a cap on a range's
# width, so ranges wider than a month (year precision) are flagged and looked
# up on their own.
WIDE_DAYS = 31
WIDTH_SQL = f"""
ALTER TABLE merge_profiles ADD COLUMN wide INTEGER NOT NULL DEFAULT 0;
UPDATE merge_profiles SET wide = 1 WHERE day_hi - day_lo > {WIDE_DAYS};
CREATE INDEX IF NOT EXISTS merge_profiles_wide ON merge_profiles(family, country, wide);
CREATE INDEX IF NOT EXISTS merge_bands_article ON merge_bands(article_id);
CREATE INDEX IF NOT EXISTS merge_articles_original ON merge_articles(original_id);
"""
register_migration(101, "merge lookups that stay fast in a large store", WIDTH_SQL)

# Story anchors of each merged event (its articles, actor-name words, place),
# so rechaining after a batch loads only merged events that share one.
STORY_KEYS_SQL = """
CREATE TABLE IF NOT EXISTS merge_story_keys (
    key TEXT NOT NULL,
    merged_id TEXT NOT NULL,
    day INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS merge_story_keys_key ON merge_story_keys(key, day);
CREATE INDEX IF NOT EXISTS merge_story_keys_merged ON merge_story_keys(merged_id);
"""


def _backfill_story_keys(conn: sqlite3.Connection) -> None:
    for (record,) in conn.execute("SELECT record FROM merged_events").fetchall():
        _save_story_keys(conn, merged_from_json(record))


# Sightings (copies of a stored text from other outlets, `tidings.store.sightings`)
# whose mentions merged events already hold. A copy's mentions are written
# whenever its article's merged events are, from the sightings table; this
# table only says which copies came after and still have to be added.
COPIES_SQL = """
CREATE TABLE IF NOT EXISTS merge_sightings (
    sighting_id TEXT PRIMARY KEY
);
"""


@dataclass
class MergeSummary:
    """What one update did."""

    new_events: int = 0
    duplicates: int = 0  # new articles found to copy an earlier one
    candidates: int = 0  # stored events reconsidered with the batch
    merged_events: int = 0  # merged events written (new or rewritten)
    stories: int = 0  # stories written (new or rewritten)
    merged_ids: list[str] = field(default_factory=list)
    copies: int = 0  # copies from other outlets added as mentions


def ensure_schema(conn: sqlite3.Connection) -> None:
    """For a bare connection (tests, tools); `Store.open` applies migrations 100-103 itself."""
    conn.executescript(SCHEMA)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(merge_profiles)")}
    if "wide" not in columns:
        conn.executescript(WIDTH_SQL)
    conn.executescript(STORY_KEYS_SQL)
    conn.executescript(COPIES_SQL)


# -- writing ---------------------------------------------------------------


@dataclass
class Prepared:
    """What merging needs of one newly stored article that can be worked out
    without the store, so an extraction worker can do it (`prepare`) and the
    one process that writes the store only stores it."""

    signature: np.ndarray  # neardup.signature of the article's text
    profiles: list[Profile]  # of all its events, as profiles_of gives them


def prepare(article: Article, events: Sequence[Event]) -> Prepared:
    """The same signature and profiles the merge would make from the stored
    article and its events (read back from the store, they are equal)."""
    return Prepared(signature(article.text), profiles_of(events, {article.id: article}))


def update(store, new_event_ids: Sequence[str], config: MergeConfig = DEFAULT, copies: Sequence[str] = (),
           prepared: Mapping[str, Prepared] | None = None) -> MergeSummary:
    """Merge a batch of stored events into the merged events and stories, and
    add the given sightings (copies from other outlets) to theirs.

    `prepared` may hold, by article id, what `prepare` made of newly stored
    articles (the extraction workers hand it over); their events are then
    not read back, signed or profiled again here."""
    conn: sqlite3.Connection = store.conn
    summary = MergeSummary()
    prepared = prepared or {}
    given = {p.event_id: p for ready in prepared.values() for p in ready.profiles}
    ids = list(dict.fromkeys(new_event_ids))
    known = {r[0] for r in select_in(conn, "SELECT event_id FROM merge_profiles WHERE event_id IN", ids)}
    ids = [i for i in ids if i not in known]
    events = [e for e in (store.get_event(i) for i in ids if i not in given) if e is not None]
    docs = {e.doc_id for e in events} | {given[i].doc_id for i in ids if i in given}
    if not docs and not copies:
        return summary
    articles = {d: store.get_article(d) for d in sorted(docs)}
    # the merge makes many small objects and no cycles (see engine.paused_gc)
    with paused_gc():
        # whole articles: a failed place takes its article's country (consensus)
        profiles = {p.event_id: p for p in profiles_of(events, articles)} | given
        fresh = [profiles[i] for i in ids if i in profiles]
        signatures = {d: ready.signature for d, ready in prepared.items()}
        conn.execute("BEGIN IMMEDIATE")
        try:
            if fresh:
                _merge_events(conn, fresh, articles, config, summary, signatures)
            if copies:
                _add_copies(conn, copies, summary)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return summary


def _merge_events(conn: sqlite3.Connection, fresh: Sequence[Profile], articles: dict, config: MergeConfig,
                  summary: MergeSummary, signatures: Mapping[str, np.ndarray]) -> None:
    duplicates = _sign_articles(conn, [a for a in articles.values() if a is not None], signatures)
    summary.duplicates = sum(1 for d in articles if d in duplicates)
    _save_profiles(conn, fresh)
    profiles = _neighbourhood(conn, fresh, config)
    summary.new_events, summary.candidates = len(fresh), len(profiles) - len(fresh)
    merged, orphaned = _recluster(conn, profiles, duplicates | _originals_of(conn, profiles), config)
    summary.merged_events, summary.merged_ids = len(merged), [m.id for m in merged]
    summary.stories = _restory(conn, merged, orphaned)


def _add_copies(conn: sqlite3.Connection, sighting_ids: Sequence[str], summary: MergeSummary) -> None:
    """Rewrite the merged events of the sighted articles with every copy's
    mentions, as if the copies had been there when they were merged; nothing
    is reclustered (a copy adds mentions, never events)."""
    found = sightings_table.by_ids(conn, sighting_ids)
    docs = sorted({s.article_id for s in found})
    event_ids = [r[0] for r in select_in(conn, "SELECT id FROM events WHERE doc_id IN", docs)]
    merged_ids = sorted({r[0] for r in select_in(
        conn, "SELECT merged_id FROM merge_profiles WHERE merged_id != '' AND event_id IN", event_ids)})
    merged = _with_copies(conn, [merged_from_json(r[0]) for r in select_in(
        conn, "SELECT record FROM merged_events WHERE id IN", merged_ids)])
    conn.executemany(
        "UPDATE merged_events SET mentions = ?, sources = ?, articles = ?, record = ? WHERE id = ?",
        [(me.num_mentions, me.num_sources, me.num_articles, json.dumps(asdict(me), ensure_ascii=False), me.id)
         for me in merged])
    conn.executemany("INSERT OR IGNORE INTO merge_sightings(sighting_id) VALUES (?)", [(s.id,) for s in found])
    summary.copies += len(found)
    summary.merged_events += len(merged)
    summary.merged_ids = sorted({*summary.merged_ids, *(me.id for me in merged)})
    # story titles and totals weigh mentions
    summary.stories += _restory(conn, merged, set())


def _with_copies(conn: sqlite3.Connection, merged: Sequence[MergedEvent]) -> list[MergedEvent]:
    """Each merged event with one mention per sighting of each of its
    articles, in place of any it held before."""
    copies = sightings_table.of_articles(conn, {m.article_id for me in merged for m in me.mentions})
    out = []
    for me in merged:
        copy_ids = {s.id for m in me.mentions for s in copies.get(m.article_id, ())}
        own = [m for m in me.mentions if m.article_id not in copy_ids]
        seen = [_copy_mention(m, s) for m in own for s in copies.get(m.article_id, ())]
        out.append(replace(me, mentions=sorted(own + seen, key=_mention_order)))
    return out


def _copy_mention(m: Mention, s: sightings_table.Sighting) -> Mention:
    # the root original, as for a near-duplicate, so story anchors stay as they were
    return replace(m, article_id=s.id, source=s.source,
                   published=s.published.isoformat() if s.published else m.published,
                   duplicate_of=m.duplicate_of or m.article_id)


def _mention_order(m: Mention) -> tuple[str, str, str]:
    # as canonical.build orders them; a copy shares its original's event id
    return (m.published or "9999", m.event_id, m.article_id)


def pending_copies(store) -> list[str]:
    """Sightings not yet added to merged events (stored with merging off)."""
    return [r[0] for r in store.conn.execute(
        "SELECT id FROM sightings WHERE id NOT IN (SELECT sighting_id FROM merge_sightings) ORDER BY id")]


def _whole_articles(rows: Iterable[tuple[str, str]], size: int) -> Iterator[list[str]]:
    """Event ids in chunks of about `size` that never split an article: an
    event's profile reads its article's other events (profiles_of). Articles
    come in the order of their earliest event."""
    by_article: dict[str, list[str]] = {}
    for event_id, doc_id in rows:
        by_article.setdefault(doc_id, []).append(event_id)
    part: list[str] = []
    for ids in by_article.values():
        part.extend(ids)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part


def rebuild(store, config: MergeConfig = DEFAULT, chunk: int = 5000) -> MergeSummary:
    """Forget every merge result and merge the whole store again, in date order."""
    conn = store.conn
    conn.execute("BEGIN IMMEDIATE")
    for table in ("merge_articles", "merge_bands", "merge_profiles", "merged_events", "stories",
                  "merge_story_keys", "merge_sightings"):
        conn.execute(f"DELETE FROM {table}")  # fixed names
    conn.execute("COMMIT")
    rows = conn.execute(
        "SELECT id, doc_id FROM events ORDER BY date_start IS NULL, date_start, doc_id, position")
    total = MergeSummary()
    for part_ids in _whole_articles(rows, chunk):
        part = update(store, part_ids, config)
        total.new_events += part.new_events
        total.duplicates += part.duplicates
        total.candidates += part.candidates
    # every merged event was written with all of its articles' copies
    conn.execute("INSERT OR IGNORE INTO merge_sightings(sighting_id) SELECT id FROM sightings")
    total.copies = conn.execute("SELECT count(*) FROM merge_sightings").fetchone()[0]
    total.merged_events = conn.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    total.stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    return total


def _sign_articles(conn: sqlite3.Connection, articles: Sequence,
                   signatures: Mapping[str, np.ndarray]) -> dict[str, str]:
    """Store signatures of new articles; return copy -> original for their groups."""
    new = [a for a in articles if not conn.execute(
        "SELECT 1 FROM merge_articles WHERE article_id = ?", (a.id,)).fetchone()]
    if not new:
        return {}
    signed = [Signed(a.id, a.published, _signature_of(a, signatures)) for a in new]
    for s in signed:
        conn.execute(
            "INSERT INTO merge_articles(article_id, published, signature) VALUES (?, ?, ?)",
            (s.id, s.published.isoformat() if s.published else None, s.signature.tobytes()),
        )
        conn.executemany("INSERT INTO merge_bands(band, article_id) VALUES (?, ?)",
                         [(b, s.id) for b in band_keys(s.signature)])
    group = _article_group(conn, [s.id for s in signed])
    links = find_originals(group)
    for s in group:
        conn.execute("UPDATE merge_articles SET original_id = ? WHERE article_id = ?",
                     (links.get(s.id, ""), s.id))
    return links


def _signature_of(article, signatures: Mapping[str, np.ndarray]) -> np.ndarray:
    given = signatures.get(article.id)
    return given if given is not None else signature(article.text)


def _article_group(conn: sqlite3.Connection, ids: list[str]) -> list[Signed]:
    """New articles, every stored article sharing a band, and their copy groups."""
    near = {r[0] for r in select_in(conn, "SELECT DISTINCT b2.article_id FROM merge_bands b1 JOIN merge_bands b2"
                                    " ON b1.band = b2.band WHERE b1.article_id IN", ids)}
    near |= set(ids)
    roots = {r[0] or r[1] for r in select_in(conn, "SELECT original_id, article_id FROM merge_articles WHERE article_id IN", sorted(near))}
    near |= roots
    near |= {r[0] for r in select_in(conn, "SELECT article_id FROM merge_articles WHERE original_id IN", sorted(roots))}
    rows = select_in(conn, "SELECT article_id, published, signature FROM merge_articles WHERE article_id IN", sorted(near))
    return [
        Signed(aid, date.fromisoformat(pub) if pub else None, np.frombuffer(sig, dtype=np.uint64))
        for aid, pub, sig in rows
    ]


def _originals_of(conn: sqlite3.Connection, profiles: Sequence[Profile]) -> dict[str, str]:
    docs = sorted({p.doc_id for p in profiles})
    return {aid: orig for aid, orig in select_in(
        conn, "SELECT article_id, original_id FROM merge_articles WHERE original_id != '' AND article_id IN", docs)}


def _save_profiles(conn: sqlite3.Connection, profiles: Sequence[Profile]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO merge_profiles(event_id, family, country, day_lo, day_hi, wide, profile)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(p.event_id, p.family, p.country, p.day_lo, p.day_hi, _wide(p), profile_to_json(p))
         for p in profiles],
    )


def _windows(fresh: Sequence[Profile], config: MergeConfig) -> dict[tuple[str, str], list[tuple]]:
    """Per (family, country), the day windows the new profiles reach, overlapping
    ones joined, so a batch costs one query per block and stretch of days."""
    spans: dict[tuple[str, str], list[tuple]] = {}
    for p in fresh:
        slack = config.total_slack if total_candidate(p) else config.date_slack
        span = (None, None) if p.day_lo is None else (p.day_lo - slack, p.day_hi + slack)
        spans.setdefault((p.family, p.country), []).append(span)
    joined: dict[tuple[str, str], list[tuple]] = {}
    for block, items in spans.items():
        out: list[tuple] = [(None, None)] if (None, None) in items else []
        for first, last in sorted(s for s in items if s[0] is not None):
            if len(out) > (out[:1] == [(None, None)]) and out[-1][1] >= first:
                out[-1] = (out[-1][0], max(out[-1][1], last))
            else:
                out.append((first, last))
        joined[block] = out
    return joined


def _wide(p: Profile) -> int:
    return int(p.day_lo is not None and p.day_hi is not None and p.day_hi - p.day_lo > WIDE_DAYS)


def _neighbourhood(conn: sqlite3.Connection, fresh: Sequence[Profile], config: MergeConfig) -> list[Profile]:
    """The new profiles, every stored profile in their blocks, and whole clusters of those."""
    found: dict[str, str] = {}  # event_id -> profile JSON
    for (family, country), windows in _windows(fresh, config).items():
        for first, last in windows:
            if first is None:
                rows = conn.execute(
                    "SELECT event_id, profile FROM merge_profiles WHERE family = ? AND country = ?"
                    " AND day_lo IS NULL", (family, country))
            else:
                rows = conn.execute(
                    "SELECT event_id, profile FROM merge_profiles WHERE family = ? AND country = ?"
                    " AND day_lo BETWEEN ? AND ? AND day_hi >= ?"
                    " UNION ALL SELECT event_id, profile FROM merge_profiles WHERE family = ?"
                    " AND country = ? AND wide = 1 AND day_lo <= ? AND day_hi >= ?",
                    (family, country, first - WIDE_DAYS, last, first, family, country, last, first))
            found.update(rows)
    merged_ids = sorted({r[0] for r in select_in(conn, "SELECT merged_id FROM merge_profiles WHERE merged_id != '' AND event_id IN", sorted(found))})
    found.update(select_in(conn, "SELECT event_id, profile FROM merge_profiles WHERE merged_id IN", merged_ids))
    return [profile_from_json(found[k]) for k in sorted(found)]


def _recluster(conn: sqlite3.Connection, profiles: Sequence[Profile], duplicates: dict[str, str],
               config: MergeConfig) -> tuple[list[MergedEvent], set[str]]:
    """Recluster the neighbourhood; returns the merged events and the stories they left."""
    old = sorted({r[0] for r in select_in(conn, "SELECT merged_id FROM merge_profiles WHERE merged_id != '' AND event_id IN",
                                    [p.event_id for p in profiles])})
    clusters = cluster(profiles, config, copy_pairs(profiles, duplicates))
    merged = _with_copies(conn, [build([profiles[i] for i in members], duplicates) for members in clusters])
    stories_of_old = {r[0]: r[1] for r in select_in(conn, "SELECT id, story_id FROM merged_events WHERE id IN", old)}
    select_in(conn, "DELETE FROM merged_events WHERE id IN", old)
    select_in(conn, "DELETE FROM merge_story_keys WHERE merged_id IN", old)
    for me in merged:
        _save_story_keys(conn, me)
        conn.execute(
            "INSERT INTO merged_events(id, event, date, country, day, mentions, sources, articles,"
            " story_id, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (me.id, me.event, me.date, me.country, day_of(me), me.num_mentions, me.num_sources,
             me.num_articles, stories_of_old.get(me.id, ""), json.dumps(asdict(me), ensure_ascii=False)),
        )
        conn.executemany("UPDATE merge_profiles SET merged_id = ? WHERE event_id = ?",
                         [(me.id, m.event_id) for m in me.mentions])
    return merged, {s for s in stories_of_old.values() if s}


def _restory(conn: sqlite3.Connection, touched: Sequence[MergedEvent], orphaned: set[str]) -> int:
    """Rechain the stories around the touched merged events; returns stories written."""
    near: set[str] = set()
    for me in touched:
        day = day_of(me)
        if not me.country or day is None:
            continue
        for key in sorted(set().union(*anchors(me))):
            near.update(r[0] for r in conn.execute(
                "SELECT merged_id FROM merge_story_keys WHERE key = ? AND day BETWEEN ? AND ?",
                (key, day - SPAN, day + SPAN)))
    found: dict[str, str] = dict(select_in(conn, "SELECT id, record FROM merged_events WHERE id IN", sorted(near)))
    old = {r[0] for r in select_in(conn, "SELECT story_id FROM merged_events WHERE story_id != '' AND id IN", sorted(found))}
    old = sorted(old | orphaned)
    found.update(select_in(conn, "SELECT id, record FROM merged_events WHERE story_id IN", old))
    stories = chain([merged_from_json(found[k]) for k in sorted(found)])
    select_in(conn, "DELETE FROM stories WHERE id IN", old)
    select_in(conn, "UPDATE merged_events SET story_id = '' WHERE id IN", sorted(found))
    for s in stories:
        mentions = conn.execute(
            f"SELECT coalesce(sum(mentions), 0) FROM merged_events WHERE id IN ({marks(s.event_ids)})",
            s.event_ids).fetchone()[0]
        conn.execute(
            "INSERT OR REPLACE INTO stories(id, title, country, start, end, size, mentions)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (s.id, s.title, s.country, s.start, s.end, len(s.event_ids), mentions),
        )
        conn.executemany("UPDATE merged_events SET story_id = ? WHERE id = ?", [(s.id, i) for i in s.event_ids])
    return len(stories)


def _save_story_keys(conn: sqlite3.Connection, me: MergedEvent) -> None:
    day = day_of(me)
    if not me.country or day is None:
        return
    keys = sorted(set().union(*anchors(me)))
    conn.executemany("INSERT INTO merge_story_keys(key, merged_id, day) VALUES (?, ?, ?)",
                     [(k, me.id, day) for k in keys])


# -- reading ---------------------------------------------------------------


def counts(store, event_ids: Iterable[str]) -> dict[str, Counts]:
    """Event record id -> its merged event's totals (GDELT NumMentions/NumSources/NumArticles)."""
    rows = select_in(store.conn,
               "SELECT p.event_id, m.id, m.mentions, m.sources, m.articles FROM merge_profiles p"
               " JOIN merged_events m ON m.id = p.merged_id WHERE p.event_id IN", list(event_ids))
    return {eid: Counts(mid, n, s, a) for eid, mid, n, s, a in rows}


def links(store, event_ids: Iterable[str]) -> dict[str, str]:
    """Event record id -> merged event id (PLOVER `link`)."""
    return {k: c.merged_id for k, c in counts(store, event_ids).items()}


def first_reports(store, event_ids: Iterable[str]) -> set[str]:
    """The event ids that stand for their merged event in one-row-per-event exports
    (ACLED): the first mention, by publication date then id."""
    wanted = set(event_ids)
    keep = set()
    merged_ids = sorted({c.merged_id for c in counts(store, wanted).values()})
    for (record,) in select_in(store.conn, "SELECT record FROM merged_events WHERE id IN", merged_ids):
        mentions = json.loads(record)["mentions"]
        if mentions:
            keep.add(mentions[0]["event_id"])
    return keep & wanted


def get_merged(store, merged_id: str) -> MergedEvent | None:
    row = store.conn.execute("SELECT record FROM merged_events WHERE id = ?", (merged_id,)).fetchone()
    return merged_from_json(row[0]) if row else None


def list_stories(store, limit: int | None = None) -> list[Story]:
    rows = store.conn.execute(
        "SELECT id, title, country, start, end FROM stories ORDER BY mentions DESC, start, id LIMIT ?",
        (-1 if limit is None else limit,)).fetchall()
    return [Story(i, t, c, s, e, _story_members(store.conn, i)) for i, t, c, s, e in rows]


def get_story(store, story_id: str) -> tuple[Story, list[MergedEvent]] | None:
    row = store.conn.execute("SELECT id, title, country, start, end FROM stories WHERE id = ?",
                             (story_id,)).fetchone()
    if row is None:
        return None
    rows = store.conn.execute("SELECT record FROM merged_events WHERE story_id = ? ORDER BY day, id",
                              (story_id,)).fetchall()
    events = [merged_from_json(r[0]) for r in rows]
    return Story(*row, [e.id for e in events]), events


def _story_members(conn: sqlite3.Connection, story_id: str) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT id FROM merged_events WHERE story_id = ? ORDER BY day, id", (story_id,))]


# -- (de)serialising -------------------------------------------------------


def profile_to_json(p: Profile) -> str:
    data = {name: getattr(p, name) for name in Profile.__dataclass_fields__ if name not in _DERIVED}
    data["terms"] = list(p.terms)
    return json.dumps(data, ensure_ascii=False)


_DERIVED = ("actor_keys", "actor_names", "recipient_keys", "total", "ages")


def profile_from_json(text: str) -> Profile:
    data = json.loads(text)
    for key in ("terms", "topic", "told"):  # profiles stored before topic/told lack them
        data[key] = tuple(data.get(key, ()))
    for key in ("actors", "recipients", "figures"):
        data[key] = tuple(tuple(x) for x in data[key])
    return Profile(**data)


def merged_from_json(text: str) -> MergedEvent:
    data = json.loads(text)
    data["actor"] = [CanonicalActor(**a) for a in data["actor"]]
    data["recipient"] = [CanonicalActor(**a) for a in data["recipient"]]
    data["mentions"] = [Mention(**m) for m in data["mentions"]]
    data["figure_history"] = {k: [FigureReport(**r) for r in v] for k, v in data["figure_history"].items()}
    return MergedEvent(**data)


register_migration(102, "story anchors of merged events", STORY_KEYS_SQL, apply=_backfill_story_keys)
register_migration(103, "copies from other outlets that merged events count", COPIES_SQL)
