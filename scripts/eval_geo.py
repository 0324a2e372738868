"""Score the geoparser on a GeoNames-tagged news corpus (LGL / TR-News XML).

    python scripts/eval_geo.py --data ../shared/data/geo/lgl.xml [--limit N] [--errors 30] [--causes]
    python scripts/eval_geo.py --data ../shared/data/geo/lgl.xml --listing /tmp/lgl_errors.tsv
    python scripts/eval_geo.py --events ../shared/data/gvdb/dev.tsv [--limit N]
    python scripts/eval_geo.py --acled corpus/acled_descriptions [--split train|test] [--errors 30]

Prints toponym recall (gold spans overlapped by a prediction), precision
(predictions overlapping a gold span), accuracy within 161 km over all gold
toponyms with coordinates (unrecognised ones count as misses) and over the
recognised ones, and mean error distance. --listing writes one row per
resolution beyond 161 km: the cause group, the distance, the gold place, our
pick (country, first-level area, feature code, population), the first of the
mention's candidates that lies within 161 km of the gold point (with its rank),
and the text around the name; and one row per unrecognised gold toponym with
coordinates (no distance or pick; the candidates are the gazetteer's readings
of the gold phrase).

With --events it runs the whole extractor on Gun Violence Database reports
and checks the most salient event's location against the annotated state
and city: state right, and within 25 km of the annotated city (looked up in
the gazetteer within that state) where a city is given.

With --acled it runs the extractor on the project's ACLED-style corpus (the
training split; --held-out scores the test split, to be reported once) and
checks the first event's location: country right, and within 25 km of the
gold `location` as the gazetteer reads it inside the gold country. Two more
lines split both figures by whether the item's text names its gold
`location` at all (many corpus items are translated snippets or local-paper
fragments that never do; real ACLED-style reports nearly always do).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "geo" / "lgl.xml"
KM_161 = 161.0


@dataclass
class Gold:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None
    fcode: str
    country: str = ""  # GeoNames' country name, as the gold set gives it
    admin1: str = ""


@dataclass
class Doc:
    id: str
    text: str
    gold: list[Gold]
    source: str = ""  # the outlet's domain, where the corpus gives it


def read_corpus(path: Path) -> list[Doc]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise SystemExit(f"{path}: not readable XML ({exc})")
    docs = []
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for top in article.iter("toponym"):
            tag = top.find("gaztag")
            lat = tag.findtext("lat") if tag is not None else None
            lon = tag.findtext("lon") if tag is not None else None
            gold.append(
                Gold(
                    int(top.findtext("start")),
                    int(top.findtext("end")),
                    top.findtext("phrase") or "",
                    float(lat) if lat else None,
                    float(lon) if lon else None,
                    (tag.findtext("fcode") or "") if tag is not None else "",
                    (tag.findtext("country") or "") if tag is not None else "",
                    (tag.findtext("admin1") or "") if tag is not None else "",
                )
            )
        gold = [_realign(text, g) for g in gold]
        docs.append(Doc(article.get("docid", str(len(docs))), text, gold, article.findtext("domain") or ""))
    return docs


def _realign(text: str, gold: Gold, window: int = 60) -> Gold:
    """TR-News offsets drift by a few characters in some articles: move the
    span to the nearest place where its phrase really stands."""
    if text[gold.start : gold.end] == gold.phrase or not gold.phrase:
        return gold
    best = None
    pos = text.find(gold.phrase, max(0, gold.start - window))
    while pos != -1 and pos <= gold.start + window:
        if best is None or abs(pos - gold.start) < abs(best - gold.start):
            best = pos
        pos = text.find(gold.phrase, pos + 1)
    if best is None:
        return gold
    return Gold(best, best + len(gold.phrase), gold.phrase, gold.lat, gold.lon, gold.fcode, gold.country, gold.admin1)


def _country_code(name: str) -> str:
    from tidings.resources.gazetteer import load_gazetteer

    return next((m.entry.country_code for m in load_gazetteer().lookup(name) if m.entry.is_country), "")


def miss_cause(g: Gold) -> str:
    from tidings.resources.gazetteer import load_gazetteer

    kind = "town" if g.fcode.startswith("PPL") else "area" if g.fcode.startswith(("ADM", "PCL")) else "other"
    known = bool(load_gazetteer().lookup(g.phrase))
    return f"miss: {kind} ({g.fcode or 'no code'}), {'in' if known else 'not in'} the gazetteer"


def far_cause(g: Gold, hit, predicted: list) -> str:
    """Why a resolution is far: wrong country or area, and whether the rest of the article named the right one."""
    from tidings.resources.gazetteer import REGION_CODES

    cc = _country_code(g.country)
    others = [p for p in predicted if p is not hit]
    if hit.country_code != cc:
        said = any(p.country_code == cc for p in others)
        return f"far: wrong country ({'gold country named elsewhere' if said else 'no other mention of it'})"
    if g.admin1 and hit.admin1 and g.admin1 != hit.admin1:
        said = any(p.admin1 == g.admin1 for p in others)
        return f"far: right country, wrong admin1 ({'gold admin1 named elsewhere' if said else 'not named elsewhere'})"
    if hit.feature_code in ("PCLI", "ADM1", "ADM2", *REGION_CODES) or g.fcode.startswith(("PCL", "ADM")):
        return f"far: area point convention (gold {g.fcode}, predicted {hit.feature_code})"
    return "far: same area, other place"


def _describe(entry) -> str:
    return f"{entry.name} {entry.country_code}/{entry.admin1 or '-'} {entry.feature_code} pop={entry.population}"


def error_line(doc: Doc, g: Gold, mention, dist: float, cause: str) -> str:
    """One far resolution as a TSV row: what we picked, and which of the
    mention's candidates (by rank) lies within 161 km of the gold point, if any."""
    entries = [m.entry for m in mention.matches]
    right = next(
        (f"#{rank} {_describe(e)}" for rank, e in enumerate(entries) if km(g.lat, g.lon, e.lat, e.lon) <= KM_161),
        "none among candidates",
    )
    context = doc.text[max(0, g.start - 80) : g.end + 80].replace("\n", " ").replace("\t", " ")
    gold = f"{g.country}/{g.admin1 or '-'} {g.fcode}"
    return "\t".join(
        (doc.id, cause, f"{dist:.0f}", g.phrase, gold, _describe(mention.entry), right, str(len(entries)), context)
    )


def miss_line(doc: Doc, g: Gold, cause: str) -> str:
    """One unrecognised gold toponym with coordinates as a TSV row, in the listing's columns."""
    from tidings.resources.gazetteer import load_gazetteer

    entries = [m.entry for m in load_gazetteer().lookup(g.phrase)]
    right = next(
        (f"#{rank} {_describe(e)}" for rank, e in enumerate(entries) if km(g.lat, g.lon, e.lat, e.lon) <= KM_161),
        "none among candidates",
    )
    context = doc.text[max(0, g.start - 80) : g.end + 80].replace("\n", " ").replace("\t", " ")
    gold = f"{g.country}/{g.admin1 or '-'} {g.fcode}"
    return "\t".join((doc.id, cause, "", g.phrase, gold, "", right, str(len(entries)), context))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument("--errors", type=int, default=0, help="print the N worst resolution errors")
    parser.add_argument("--misses", type=int, default=0, help="print N unrecognised gold toponyms")
    parser.add_argument("--causes", action="store_true", help="group misses and far resolutions by cause")
    parser.add_argument("--listing", type=Path,
                        help="write every resolution beyond 161 km, with context, our pick and the right candidate, to this TSV")
    parser.add_argument("--events", type=Path, help="GVDB dev.tsv: score event locations instead")
    parser.add_argument("--acled", type=Path, help="ACLED-style corpus folder: score event locations")
    parser.add_argument("--split", choices=("train", "test"), default="train",
                        help="with --acled: which part of scripts/train_acled.py's split (test: report once)")
    parser.add_argument("--held-out", action="store_true", help="with --acled: same as --split test")
    parser.add_argument("--per-story", action="store_true",
                        help="read each article alone, without its outlet's home area (see places/home.py)")
    parser.add_argument("--named-only", action="store_true",
                        help="with --acled --errors: list only items whose text names the gold place")
    args = parser.parse_args(argv)
    if args.acled:
        return score_acled(args.acled, args.limit, args.held_out or args.split == "test", args.errors,
                           args.named_only)
    if args.events:
        return score_events(args.events, args.limit, args.per_story)
    if not args.data.exists():
        raise SystemExit(f"{args.data}: no such file")

    from tidings.extract.nlp import load_nlp
    from tidings.extract.places.mention import to_toponym

    docs = read_corpus(args.data)
    if args.limit:
        docs = docs[: args.limit]
    nlp = load_nlp()
    began = time.perf_counter()
    gold_n = found_n = pred_n = pred_hit = 0
    with_coords = within = within_found = found_coords = 0
    errors: list[float] = []
    worst: list[tuple[float, str, str, str]] = []
    missed: Counter = Counter()
    causes: Counter = Counter()
    listing: list[str] = []
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=16))
    for doc, found in zip(docs, resolve_corpus(docs, parsed, args.per_story)):
        mentions = [m for m in found if m.entry is not None]
        predicted = [to_toponym(m) for m in mentions]
        pred_n += len(predicted)
        pred_hit += sum(any(g.start < p.end and p.start < g.end for g in doc.gold) for p in predicted)
        for g in doc.gold:
            gold_n += 1
            hit = next((p for p in predicted if g.start < p.end and p.start < g.end), None)
            found_n += hit is not None
            if hit is None:
                missed[g.phrase] += 1
                if args.causes or args.listing:
                    cause = miss_cause(g)
                    causes[cause] += 1
                    if args.listing and g.lat is not None:
                        listing.append(miss_line(doc, g, cause))
            if g.lat is None:
                continue
            with_coords += 1
            if hit is None:
                continue
            found_coords += 1
            dist = km(g.lat, g.lon, hit.lat, hit.lon)
            errors.append(dist)
            if dist <= KM_161:
                within += 1
                within_found += 1
            else:
                worst.append((dist, g.phrase, f"{g.fcode}", f"{hit.name} {hit.country_code} {hit.feature_code} {hit.admin1}"))
                if args.causes or args.listing:
                    cause = far_cause(g, hit, predicted)
                    causes[cause] += 1
                    mention = mentions[predicted.index(hit)]
                    listing.append(error_line(doc, g, mention, dist, cause))
    seconds = time.perf_counter() - began
    print(f"data: {args.data} ({len(docs)} articles, {gold_n} gold toponyms, {with_coords} with coordinates)")
    print(f"recall:    {found_n / max(gold_n, 1):.1%} ({found_n}/{gold_n})")
    print(f"precision: {pred_hit / max(pred_n, 1):.1%} ({pred_hit}/{pred_n})")
    print(f"acc@161km: {within / max(with_coords, 1):.1%} of gold toponyms with coordinates ({within}/{with_coords})")
    print(f"acc@161km: {within_found / max(found_coords, 1):.1%} of recognised ones ({within_found}/{found_coords})")
    if errors:
        print(f"mean error: {sum(errors) / len(errors):.0f} km; median {sorted(errors)[len(errors) // 2]:.0f} km")
    print(f"time: {seconds:.1f} s")
    if causes:
        print("\ncauses (misses, and resolutions beyond 161 km):")
        for cause, n in causes.most_common():
            print(f"  {n:5d}  {cause}")
    if args.listing:
        header = "doc\tcause\tkm\tphrase\tgold\tpicked\tright_candidate\tcandidates\tcontext\n"
        args.listing.write_text(header + "\n".join(listing) + "\n", encoding="utf-8")
        print(f"\n{len(listing)} resolutions beyond 161 km and unrecognised toponyms with coordinates listed in {args.listing}")
    if args.errors:
        print("\nworst resolutions (km, gold phrase, gold fcode, predicted):")
        tally = Counter((p, f, w) for _, p, f, w in worst)
        for (phrase, fcode, pred), n in tally.most_common(args.errors):
            print(f"  {n:3d} x {phrase!r} [{fcode}] -> {pred}")
    if args.misses:
        print("\nunrecognised gold toponyms:")
        for phrase, n in missed.most_common(args.misses):
            print(f"  {n:3d} x {phrase!r}")


def resolve_corpus(docs: list[Doc], parsed: list, per_story: bool) -> list[list]:
    """Each article's resolved mentions: read alone with `per_story`, else
    together with the other articles of its outlet (see places/home.py)."""
    from tidings.extract.places.geoparse import resolve_by_outlet

    return resolve_by_outlet([(d.text, p, "" if per_story else d.source) for d, p in zip(docs, parsed)])


def score_events(path: Path, limit: int, per_story: bool = False) -> None:
    import csv
    import json
    from urllib.parse import urlparse

    from tidings.extract.places.outlets import outlet_homes
    from tidings.extract.pipeline import extract_many
    from tidings.records import Article
    from tidings.resources.gazetteer import load_gazetteer

    if not path.exists():
        raise SystemExit(f"{path}: no such file")
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if limit:
        rows = rows[:limit]
    gold: dict[str, tuple[str, str]] = {}
    articles = []
    for n, row in enumerate(rows, start=2):
        try:
            when = json.loads(row["Json"])["date-and-time"]
        except (KeyError, json.JSONDecodeError) as exc:
            raise SystemExit(f"{path}:{n}: unreadable annotation ({exc})")
        state = (when.get("state") or "").split(" - ")[-1].strip()
        state = "" if state.lower() == "unclear" else _state_name(state)
        city = (when.get("city") or {}).get("value", "").strip()
        key = f"{n}"
        gold[key] = (state, city)
        outlet = urlparse(row.get("Article url") or "").netloc.removeprefix("www.")
        articles.append(Article(id=key, text=row["Full text"], title=row["Article title"], external_id=key, source=outlet))
    gaz = load_gazetteer()
    homes = {} if per_story else outlet_homes(articles)
    with_state = state_right = with_city = city_near = located = 0
    for article, events in extract_many(articles, homes=homes):
        state, city = gold[article.id]
        place = next((e.event_loc for e in events if e.event_loc is not None), None)
        located += place is not None
        if state:
            with_state += 1
            state_right += place is not None and place.admin1 == state
        if city and state:
            with_city += 1
            target = next((m.entry for m in gaz.lookup(city) if m.entry.is_city and m.entry.admin1 == state), None)
            if target is not None and place is not None and place.lat is not None:
                city_near += km(target.lat, target.lon, place.lat, place.lon) <= 25
    print(f"data: {path} ({len(articles)} reports, {located} with an event location)")
    print(f"state right: {state_right / max(with_state, 1):.1%} ({state_right}/{with_state})")
    print(f"within 25 km of the annotated city: {city_near / max(with_city, 1):.1%} ({city_near}/{with_city})")


def _state_name(written: str) -> str:
    """A US state as GeoNames names it: annotators also wrote "Wis.",
    "Calif", "SC" or "La." (without this, right answers counted wrong)."""
    from tidings.resources.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    bare = written.rstrip(".")
    state = gaz.admin1(f"US.{bare.upper()}") if len(bare) == 2 else None  # a postal code
    if state is not None:
        return state.name
    for form in (written, bare + "."):
        states = {m.entry.name for m in gaz.lookup(form) if m.entry.country_code == "US" and m.entry.feature_code == "ADM1"}
        if len(states) == 1:
            return states.pop()
    return written


def score_acled(directory: Path, limit: int, held_out: bool, show: int, named_only: bool = False) -> None:
    """Event location on the project's ACLED-style corpus (`location`, `country` per item).

    The gold point is the gazetteer's best reading of the gold `location` name
    inside the gold country; items whose name the gazetteer lacks count for
    the country figure only.
    """
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from train_acled import load_corpus, split

    from tidings.extract.pipeline import extract_many
    from tidings.records import Article

    train, test = split(load_corpus(directory))
    items = test if held_out else train
    if limit:
        items = items[:limit]
    articles = [Article(id=e.id, text=e.text, title="", external_id=e.id) for e in items]
    by_id = {e.id: e for e in items}
    tally: Counter = Counter()
    misses: list[str] = []
    for article, events in extract_many(articles):
        gold = by_id[article.id]
        place = next((e.event_loc for e in events if e.event_loc is not None), None)
        target = gold_point(gold.location, gold.country)
        group = "named" if names_place(gold.text, gold.location) else "unnamed"
        right = place is not None and place.country_code == gold.country
        tally["items"] += 1
        tally["evented"] += bool(events)
        tally["located"] += place is not None
        tally["country"] += right
        for key in (group, gold.style):
            tally[key, "items"] += 1
            tally[key, "country"] += right
        near = target is not None and place is not None and place.lat is not None and km(target.lat, target.lon, place.lat, place.lon) <= 25
        if (not right or (target is not None and not near)) and (not named_only or group == "named"):
            misses.append(_miss_line(gold, place, whole=named_only))
        if target is None:
            continue
        tally["with_point"] += 1
        tally["near"] += near
        for key in (group, gold.style):
            tally[key, "with_point"] += 1
            tally[key, "near"] += near
        tally["point_evented"] += bool(events)
        tally["near_evented"] += near and bool(events)
    n = max(tally["items"], 1)
    print(f"data: {directory} ({'held-out' if held_out else 'train'} split, {tally['items']} items, "
          f"{tally['evented']} with an event, {tally['located']} located)")
    print(f"country right: {tally['country'] / n:.1%} ({tally['country']}/{tally['items']})")
    print(f"within 25 km: {tally['near'] / max(tally['with_point'], 1):.1%} ({tally['near']}/{tally['with_point']} items whose gold place the gazetteer knows)")
    print(f"within 25 km, items with an event: {tally['near_evented'] / max(tally['point_evented'], 1):.1%} "
          f"({tally['near_evented']}/{tally['point_evented']})")
    for group, words in (("named", "text names the gold place"), ("unnamed", "text never names it")):
        print(f"  {words}: country right {_share(tally, group, 'country', 'items')}, "
              f"within 25 km {_share(tally, group, 'near', 'with_point')}")
    # Real ACLED notes name their place, often with its areas in brackets;
    # the corpus's other styles show how far wire and translated copy fall short.
    for style in sorted({e.style for e in items}):
        print(f"  style {style}: country right {_share(tally, style, 'country', 'items')}, "
              f"within 25 km {_share(tally, style, 'near', 'with_point')}")
    for line in misses[:show]:
        print("  ", line)


def _miss_line(gold, place, whole: bool) -> str:
    """Gold country and place, our pick, and the text: whole for the
    named-only listing, as the cause is often a later sentence or a
    bracketed area that the first 110 characters cut off."""
    got = f"{place.extracted_place!r} -> {place.resolved_place} {place.country_code} {place.feature_code}" if place else "nothing"
    return f"{gold.country} {gold.location!r}: {got} | {gold.text if whole else gold.text[:110]}"


def _share(tally: Counter, group: str, hits: str, of: str) -> str:
    return f"{tally[group, hits] / max(tally[group, of], 1):.1%} ({tally[group, hits]}/{tally[group, of]})"


def names_place(text: str, name: str) -> bool:
    """Whether the text names the place as a whole word, ignoring case and
    accents: no geoparser can find a place the text never names ("Gazans"
    does not name Gaza, "Tunisian" not Tunis)."""
    from tidings.resources.gazetteer import name_key

    key = name_key(name)
    return bool(key) and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", name_key(text)) is not None


def gold_point(name: str, country: str):
    """The gazetteer's reading of a gold place name within its country.

    ACLED's `location` names a populated place where one is known, so a town
    of that name wins over the area that shares it ("Kidal", "Mykolaiv"),
    unless it is a hamlet beside a first-level area of millions: "Jalisco"
    and "Tamaulipas" are the states, not villages of a thousand people far
    from them, and "Para" is the state, not Belem, which has it among its
    other names. An area's point is its seat, as event places give it.
    """
    from tidings.extract.places.resolve import prior
    from tidings.resources.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    matches = [m for m in gaz.lookup(name) if m.entry.country_code == country]
    if not matches:
        return None
    best = max(matches, key=lambda m: (_stands_for(m, matches), m.entry.is_city, m.kind < 2, prior(m))).entry
    return (gaz.seat(best) if best.feature_code == "ADM1" else None) or best


# A town under this share of a same-named area's people is not what a
# bare area name means (the resolver's namesake rule uses the same share).
TOWN_SHARE = 0.05
# A hamlet by its own name a hundred times smaller than a city that bears
# the name as another spelling is not what the name means: "Zaporizhzhia"
# is the city of 710,000 (GeoNames spells it Zaporizhzhya), not a village
# of 656 (the resolver's small-town rule uses the same hundredfold).
HAMLET_SHARE = 0.01


def _stands_for(match, matches) -> int:
    """2 for a town by its own name that no same-named first-level area
    dwarfs, nor a city by another spelling a hundredfold, and for that city;
    1 for a first-level area by its own name; 0 otherwise."""
    entry = match.entry
    own = match.kind < 2
    areas = [m.entry for m in matches if m.entry.feature_code == "ADM1" and m.kind < 2]
    biggest = max((m.entry.population for m in matches if m.entry.is_city), default=0)
    hamlets = [m.entry for m in matches if m.entry.is_city and m.kind < 2 and m.entry.population < HAMLET_SHARE * biggest]
    if entry.is_city and (own or (hamlets and entry.population == biggest)):
        if own and entry in hamlets:
            return 0
        return 2 if all(entry.population >= TOWN_SHARE * area.population for area in areas) else 0
    return 1 if entry.feature_code == "ADM1" and own else 0


if __name__ == "__main__":
    sys.exit(main())
