"""How merging scales: N generated event records, planted duplicates.

    python benchmarks/merge_scale.py --n 10000 100000 1000000

Each N runs in its own process (so peak memory is its own) and prints wall
time per phase: generating the synthetic reports (not part of merging, so
not in the total), building merge profiles, merging (over `--workers`
forked processes); the CPU time of the process and its workers (steadier
than wall time on a shared machine); peak RSS of the process and of the
largest worker (a worker's RSS counts the pages it shares with the parent,
so the two overlap); and B-cubed F1 against the planted real events.
The records are synthetic but shaped like news: a few countries hold most
events, categories are skewed towards protests and attacks, most real events
are reported once and a few dozens of times, and reports of one event differ
in wording, figures, date precision and place resolution.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

from tidings.records import Actor, Event, Figure, Place, TextInfo

CATEGORIES = [
    ("PROTEST", 25), ("ASSAULT", 20), ("ACCUSE", 9), ("CONSULT", 9), ("COERCE", 8),
    ("SUPPORT", 6), ("REQUEST", 5), ("THREATEN", 4), ("MOBILIZE", 3), ("AGREE", 3),
    ("AID", 2), ("SANCTION", 2), ("REJECT", 2), ("COOPERATE", 1), ("RETREAT", 1),
]
SECTORS = ["GOV", "MIL", "COP", "CVL", "OPP", "REB", "JUD", "MED"]
START = date(2022, 1, 1).toordinal()
DAYS = 730


class World:
    """Countries, cities, actors and words the generated reports draw from."""

    def __init__(self, rng: random.Random) -> None:
        self.countries = [f"{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(80)]
        self.country_weights = [1 / (r + 1) ** 1.1 for r in range(len(self.countries))]
        self.cities = {
            c: [(f"{c}city{k}", 9_000_000 + i * 100 + k, rng.uniform(-50, 60), rng.uniform(-120, 140))
                for k in range(40)]
            for i, c in enumerate(self.countries)
        }
        # capitalised, as news writes names (merge reads only capitalised words as names)
        self.names = {c: [f"{c.title()}name{k}" for k in range(300)] for c in self.countries}
        self.vocab = [f"w{k}" for k in range(8000)]
        self.outlets = [f"Outlet {k}" for k in range(400)]


def real_events(world: World, rng: random.Random, n_reports: int):
    """Yield (real id, list of report Events) until about n_reports reports."""
    made, real = 0, 0
    cats = [c for c, _ in CATEGORIES]
    cat_w = [w for _, w in CATEGORIES]
    while made < n_reports:
        k = _reports_per_event(rng)
        country = rng.choices(world.countries, world.country_weights)[0]
        truth = dict(
            category=rng.choices(cats, cat_w)[0],
            country=country,
            day=START + rng.randrange(DAYS),
            city=rng.choice(world.cities[country]) if rng.random() < 0.7 else None,
            actor=(rng.choice(world.names[country]), country + "X", rng.choice(SECTORS)),
            words=rng.sample(world.vocab, 8),
            killed=rng.choice([None, None, rng.randint(1, 300)]),
        )
        reports = [_report(world, rng, truth, real, j) for j in range(min(k, n_reports - made))]
        made += len(reports)
        yield real, reports
        real += 1


def _reports_per_event(rng: random.Random) -> int:
    if rng.random() < 0.6:
        return 1
    return min(40, int(rng.paretovariate(1.3)) + 1)


def _report(world: World, rng: random.Random, t: dict, real: int, j: int):
    day = t["day"]
    precision = "day"
    roll = rng.random()
    if roll < 0.08:
        day += rng.choice([-1, 1])  # an outlet resolved "yesterday" differently
    elif roll < 0.15:
        precision = "month"
    elif roll < 0.2:
        precision = "unknown"
    when = date.fromordinal(day)
    date_text = {"day": when.isoformat(), "month": when.isoformat()[:7], "unknown": None}[precision]
    city = t["city"] if rng.random() < 0.85 else None
    place = (Place(city[0], city[0], city[1], city[2], city[3], t["country"], resolution="city")
             if city else Place(t["country"], country_code=t["country"], resolution="country"))
    words = [w for w in t["words"] if rng.random() < 0.7] + rng.sample(world.vocab, 4)
    # real sentences name the place and the actor, whatever else they say
    where = city[0] if city else t["country"]
    sentence = " ".join(words + [t["actor"][0], t["category"].lower(), where])
    size, detail = {}, {}
    if t["killed"] and rng.random() < 0.8:
        value = max(1, int(t["killed"] * rng.uniform(0.8, 1.2)))
        size["killed"], detail["killed"] = value, Figure("killed", value)
    doc = f"d{real}-{j}"
    event = Event(
        id=f"{doc}-000", doc_id=doc, event=[t["category"]], text_info=TextInfo(0, 0, len(sentence)),
        date=date_text, date_precision=precision if date_text else "unknown",  # type: ignore[arg-type]
        actor=[Actor(t["actor"][0], t["actor"][1], t["actor"][2])], event_loc=place,
        size=size, size_detail=detail, event_text=t["category"].lower(),
        confidence=round(rng.uniform(0.4, 0.95), 2),
    )
    published = date.fromordinal(t["day"] + rng.randint(0, 3))
    return event, sentence, published, rng.choice(world.outlets)


def run_one(n: int, seed: int, workers: int) -> dict:
    from tidings.merge.consensus import settle_countries
    from tidings.merge.engine import merge_profiles, paused_gc
    from tidings.merge.profile import profile

    rng = random.Random(seed)
    profiles, truth = [], {}
    generate_s = profile_s = 0.0
    # generating the synthetic reports is not merging: timed apart, interleaved
    # with profiling so a million full Events never sit in memory at once
    with paused_gc():  # as tidings.merge.merge does while it builds profiles
        reports = real_events(World(rng), rng, n)
        while True:
            t0 = time.perf_counter()
            batch = next(reports, None)
            t1 = time.perf_counter()
            if batch is None:
                break
            real, events = batch
            for event, sentence, published, outlet in events:
                profiles.append(profile(event, published=published, source=outlet, sentence_text=sentence))
                truth[event.id] = real
            generate_s += t1 - t0
            profile_s += time.perf_counter() - t1
        t1 = time.perf_counter()
        profiles = settle_countries(profiles)  # as engine.profiles_of does for a batch
        profile_s += time.perf_counter() - t1
    t2 = time.perf_counter()
    result = merge_profiles(profiles, workers=workers)
    t3 = time.perf_counter()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    pool = resource.getrusage(resource.RUSAGE_CHILDREN)
    predicted = {m.event_id: me.id for me in result.merged for m in me.mentions}
    return {
        "n": len(profiles),
        "real_events": len(set(truth.values())),
        "merged_events": len(result.merged),
        "stories": len(result.stories),
        "generate_s": round(generate_s, 1),
        "profile_s": round(profile_s, 1),
        "merge_s": round(t3 - t2, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime + pool.ru_utime + pool.ru_stime, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "worker_rss_mb": round(pool.ru_maxrss / 1024),
        "bcubed_f1": round(_bcubed_f1(truth, predicted), 3),
    }


def run_incremental(n: int, batch: int, seed: int) -> None:
    """Ingest N generated reports into a SQLite store batch by batch, merging
    after each batch as ingest does; print the merge time of batches as the
    store grows (flat means old events are not reprocessed)."""
    import tempfile
    from pathlib import Path

    from tidings.records import Article
    from tidings.store import Store
    from tidings.store import merged

    rng = random.Random(seed)
    reports = [r for _, reps in real_events(World(rng), rng, n) for r in reps]
    reports.sort(key=lambda r: (r[2], r[0].id))  # arrival roughly in publication order
    print(f"{'stored':>8} {'batch':>6} {'merge s':>8} {'ms/event':>9} {'candidates':>11}")
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        for start in range(0, len(reports), batch):
            chunk = reports[start : start + batch]
            for event, sentence, published, outlet in chunk:
                store.add_article(Article(event.doc_id, sentence, published=published, source=outlet), [event])
            t0 = time.perf_counter()
            summary = merged.update(store, [r[0].id for r in chunk])
            took = time.perf_counter() - t0
            done = start + len(chunk)
            if done == len(chunk) or done % (len(reports) // 5 // batch * batch or batch) == 0 or done == len(reports):
                print(f"{done:>8} {len(chunk):>6} {took:>8.2f} {took / len(chunk) * 1000:>9.2f} {summary.candidates:>11}")


def _bcubed_f1(gold: dict[str, int], pred: dict[str, str]) -> float:
    g, p = defaultdict(set), defaultdict(set)
    for k in gold:
        g[gold[k]].add(k)
        p[pred[k]].add(k)
    prec = sum(len(p[pred[k]] & g[gold[k]]) / len(p[pred[k]]) for k in gold) / len(gold)
    rec = sum(len(p[pred[k]] & g[gold[k]]) / len(g[gold[k]]) for k in gold) / len(gold)
    return 2 * prec * rec / (prec + rec)


def _run_child(n: int, seed: int, workers: int) -> tuple[dict, float]:
    """Run one N in a child process; its figures and the peak memory of it and
    its workers together (PSS: a page shared by several counts once in all)."""
    cmd = [sys.executable, __file__, "--one", str(n), "--seed", str(seed), "--workers", str(workers)]
    peak = 0.0
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as child:
        while child.poll() is None:
            peak = max(peak, _tree_pss_mb(child.pid))
            time.sleep(0.5)
        out, err = child.communicate()
    if child.returncode != 0:
        sys.exit(f"N={n} failed:\n{err}")
    return json.loads(out), peak


def _tree_pss_mb(root: int) -> float:
    """Proportional set size of a process and its descendants, from /proc (0 elsewhere)."""
    children: dict[int, list[int]] = defaultdict(list)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
        children[ppid].append(int(stat.parent.name))
    total_kb, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        total_kb += next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)
    return total_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, default=2, help="merge processes (1 = in process)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process mode
    parser.add_argument("--incremental", type=int, metavar="N",
                        help="Instead: merge N reports into a SQLite store batch by batch.")
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    if args.incremental:
        run_incremental(args.incremental, args.batch, args.seed)
        return
    if args.one:
        print(json.dumps(run_one(args.one, args.seed, args.workers)))
        return
    print(f"workers {args.workers}; load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"{'records':>9} {'real':>8} {'merged':>8} {'stories':>7} {'gen s':>6} {'profile s':>9} "
          f"{'merge s':>8} {'total s':>8} {'cpu s':>7} {'us/rec':>7} {'peak MB':>8} {'worker MB':>9} {'all MB':>8} {'B3 F1':>6}")
    for n in args.n:
        r, pss = _run_child(n, args.seed, args.workers)
        total = r["profile_s"] + r["merge_s"]
        print(f"{r['n']:>9} {r['real_events']:>8} {r['merged_events']:>8} {r['stories']:>7} {r['generate_s']:>6} "
              f"{r['profile_s']:>9} {r['merge_s']:>8} {total:>8.1f} {r['cpu_s']:>7} {total / r['n'] * 1e6:>7.0f} "
              f"{r['peak_rss_mb']:>8} {r['worker_rss_mb']:>9} {pss:>8.0f} {r['bcubed_f1']:>6}")

if __name__ == "__main__":
    main()
