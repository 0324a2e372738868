"""Cross-document event coreference on ECB+ (topics 1-20): how well does the
merge stage's pair decision and clustering group event mentions?

    python scripts/eval_ecb.py --data ../shared/data/ecbplus
    python scripts/eval_ecb.py --demo            # the demo corpus, once it exists
    python scripts/eval_ecb.py --corpus corpus/merge_check
                      # any folder laid out like the demo: corpus/ and gold/events.jsonl
    python scripts/eval_ecb.py --data ../shared/data/ecbplus --stories
                      # how well article keys alone tell the two sub-topics apart
    python scripts/eval_ecb.py --gvdb ../shared/data/gvdb/dev.tsv
                      # precision probe: local shootings that must stay apart

How gold mentions become merge inputs (the decision and clustering are the
production code; only the inputs are built here):

* every ACTION_* / NEG_ACTION_* markable with tokens is one event record; its
  trigger is the markable's lemma (spaCy) and its evidence sentence is the
  sentence it sits in;
* HUMAN_PART_* markables in that sentence become actors (names only, no
  codes), the first LOC_* markable becomes the place (a name, no coordinates);
* ECB+ has no event categories, dates or countries: the trigger lemma is the
  category (all in one family, so a different lemma is evidence against, not
  a block boundary), dates are unknown, and the topic number stands in for the country,
  so blocking works within a topic (the usual "gold topic" setting). The two
  sub-topics of a topic (two similar real events) are NOT given: telling
  them apart is part of the test;
* gold clusters come from CROSS_DOC_COREF (the target's instance id) and
  INTRA_DOC_COREF (document-local); an unlinked mention is a singleton;
* events of one document may corefer in ECB+, so `same_doc=True` here.

Prints B-cubed and pairwise P/R/F1, with two baselines for scale: every
mention alone, and "same trigger lemma within a topic".
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from tidings.merge.cluster import cluster
from tidings.merge.decision import DEFAULT, MergeConfig
from tidings.merge.profile import profile
from tidings.records import Actor, Event, Place, TextInfo

EVENT_TAGS = ("ACTION_", "NEG_ACTION_")


@dataclass
class GoldMention:
    key: str  # doc:m_id
    topic: str
    doc: str
    sentence: str
    sent: int  # sentence number in the document
    trigger: str
    actors: list[str]
    place: str
    gold: str  # gold cluster id
    article: str = ""  # the whole document, sentences one a line


def read_document(path: Path) -> list[GoldMention]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise SystemExit(f"{path}: not readable XML ({exc})") from None
    tokens = {t.get("t_id"): (int(t.get("sentence")), t.text or "") for t in root.iter("token")}
    sentences: dict[int, list[str]] = defaultdict(list)
    for sent, word in tokens.values():
        sentences[sent].append(word)
    spans, tags, instances = {}, {}, {}
    for m in root.find("Markables") or []:
        anchors = [a.get("t_id") for a in m.findall("token_anchor")]
        if anchors:
            spans[m.get("m_id")] = anchors
            tags[m.get("m_id")] = m.tag
        else:
            instances[m.get("m_id")] = m.get("instance_id") or f"{path.name}:{m.get('m_id')}"
    gold = _gold_links(root, path.name, instances)
    topic = path.name.split("_")[0]
    by_sentence = _by_sentence(spans, tags, tokens)
    article = "\n".join(" ".join(sentences[n]) for n in sorted(sentences))
    out = []
    for mid, anchors in spans.items():
        if not tags[mid].startswith(EVENT_TAGS):
            continue
        sent = tokens[anchors[0]][0]
        others = by_sentence.get(sent, {})
        out.append(GoldMention(
            key=f"{path.name}:{mid}", topic=topic, doc=path.name,
            sentence=" ".join(sentences[sent]), sent=sent,
            trigger=" ".join(tokens[a][1] for a in anchors),
            actors=others.get("HUMAN", []), place=(others.get("LOC") or [""])[0],
            gold=gold.get(mid, f"{path.name}:{mid}:alone"), article=article,
        ))
    return out


def _gold_links(root: ET.Element, doc: str, instances: dict[str, str]) -> dict[str, str]:
    gold = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        if rel.tag not in ("CROSS_DOC_COREF", "INTRA_DOC_COREF"):
            continue
        target = rel.find("target").get("m_id")
        cid = instances.get(target, f"{doc}:{target}")
        if rel.tag == "INTRA_DOC_COREF":
            cid = f"{doc}:{target}"
        for src in rel.findall("source"):
            gold[src.get("m_id")] = cid
    return gold


def _by_sentence(spans, tags, tokens) -> dict[int, dict[str, list[str]]]:
    out: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for mid, anchors in spans.items():
        kind = "HUMAN" if tags[mid].startswith("HUMAN") else "LOC" if tags[mid].startswith("LOC") else ""
        if kind:
            out[tokens[anchors[0]][0]][kind].append(" ".join(tokens[a][1] for a in anchors))
    return out


def lemmatise(mentions: list[GoldMention]) -> None:
    """Trigger lemmas from spaCy, reading each trigger inside its sentence."""
    from tidings.extract.nlp import load_nlp

    nlp = load_nlp()
    unique = sorted({m.sentence for m in mentions})
    parsed = dict(zip(unique, nlp.pipe(unique, batch_size=256)))
    for m in mentions:
        doc = parsed[m.sentence]
        words = m.trigger.split()
        lemmas = [t.lemma_.lower() for t in doc if t.text in words]
        m.trigger = " ".join(lemmas[: len(words)]) or m.trigger.lower()


def to_event(m: GoldMention) -> tuple[Event, str, str]:
    place = Place(m.place or f"topic {m.topic}", country_code=f"T{m.topic}",
                  resolution="admin2" if m.place else "country")
    event = Event(
        id=f"{m.key}", doc_id=m.doc, event=[m.trigger], text_info=TextInfo(m.sent, 0, len(m.sentence)),
        actor=[Actor(a) for a in m.actors[:3]], event_loc=place, event_text=m.trigger,
        confidence=0.5,
    )
    return event, m.sentence, m.article


def predict(mentions: list[GoldMention], config: MergeConfig) -> dict[str, str]:
    by_topic: dict[str, list[GoldMention]] = defaultdict(list)
    for m in mentions:
        by_topic[m.topic].append(m)
    predicted = {}
    for topic, group in sorted(by_topic.items()):
        profiles = topic_profiles(group)
        for members in cluster(profiles, config):
            label = profiles[members[0]].event_id
            predicted.update({profiles[i].event_id: label for i in members})
    return predicted


def topic_profiles(group: list[GoldMention]) -> list:
    """Merge profiles of one topic's mentions. The lemma is the category;
    every mention shares one family so that blocking does not decide by
    lemma alone."""
    return [
        replace(profile(e, sentence_text=s, article_text=a), family="ecb")
        for e, s, a in (to_event(m) for m in group)
    ]


def print_causes(mentions: list[GoldMention], pred: dict[str, str], config: MergeConfig) -> None:
    """Error pairs by cause: pairs of one gold event kept apart (a hard
    conflict; a score over the threshold that the cluster linkage refused;
    else the parts of the score that were negative, or 'weak' when none was)
    and pairs of two gold events merged (same lemma or not), each split by
    whether the two mentions share a document."""
    from collections import Counter

    from tidings.merge import decision

    by_topic: dict[str, list[GoldMention]] = defaultdict(list)
    for m in mentions:
        by_topic[m.topic].append(m)
    missed, wrong = Counter(), Counter()
    for _, group in sorted(by_topic.items()):
        profiles = topic_profiles(group)
        for i, a in enumerate(group):
            for j in range(i + 1, len(group)):
                b = group[j]
                same, joined = a.gold == b.gold, pred[a.key] == pred[b.key]
                if same == joined:
                    continue
                where = "same document" if a.doc == b.doc else "two documents"
                if joined:
                    lemma = "same lemma" if a.trigger == b.trigger else "different lemmas"
                    wrong[(where, lemma)] += 1
                else:
                    missed[(where, _cause(profiles[i], profiles[j], config, decision))] += 1
    for title, counts in (("kept apart (pairs of one gold event)", missed),
                          ("merged (pairs of two gold events)", wrong)):
        print(f"{title}: {sum(counts.values())}")
        for (where, cause), n in counts.most_common():
            print(f"  {n:>6}  {where:<14} {cause}")


def _cause(a, b, config: MergeConfig, decision) -> str:
    from tidings.merge.text import jaccard

    total = decision.score(a, b, config)
    if total is None:
        return "hard conflict"
    if total >= config.threshold:
        return "linkage refused"
    parts = {
        "category": decision._category(a, b, config), "text": config.text * jaccard(a.terms, b.terms),
        "place": decision._place(a, b, config), "parties": decision._parties(a, b, config),
        "story": decision._topic(a, b, config),
    }
    against = [name for name, value in parts.items() if value < 0]
    return "against: " + "+".join(against) if against else "weak"


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    g, p = _groups(gold), _groups(pred)
    prec = sum(len(p[pred[k]] & g[gold[k]]) / len(p[pred[k]]) for k in gold) / len(gold)
    rec = sum(len(p[pred[k]] & g[gold[k]]) / len(g[gold[k]]) for k in gold) / len(gold)
    return prec, rec, _f1(prec, rec)


def pairwise(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    gp, pp = _pairs(gold), _pairs(pred)
    prec = len(gp & pp) / len(pp) if pp else 1.0
    rec = len(gp & pp) / len(gp) if gp else 1.0
    return prec, rec, _f1(prec, rec)


def _groups(labels: dict[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for k, v in labels.items():
        out[v].add(k)
    return out


def _pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
    pairs = set()
    for members in _groups(labels).values():
        ordered = sorted(members)
        pairs.update((a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return pairs


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(name: str, gold: dict[str, str], pred: dict[str, str]) -> None:
    b, pw = bcubed(gold, pred), pairwise(gold, pred)
    print(f"{name:<22} B3 P {b[0]:.3f} R {b[1]:.3f} F1 {b[2]:.3f}   "
          f"pairwise P {pw[0]:.3f} R {pw[1]:.3f} F1 {pw[2]:.3f}   clusters {len(set(pred.values()))}")


def run_ecb(data: Path, topics: range, lemmas: bool, configs: list[MergeConfig], causes: bool = False) -> None:
    if not data.is_dir():
        raise SystemExit(f"{data}: no such directory (pass --data PATH to the ECB+ folder)")
    mentions = []
    for topic in topics:
        for path in sorted((data / str(topic)).glob("*.xml")):
            mentions.extend(read_document(path))
    if lemmas:
        lemmatise(mentions)
    gold = {m.key: m.gold for m in mentions}
    print(f"ECB+ topics {topics.start}-{topics.stop - 1}: {len({m.doc for m in mentions})} documents, "
          f"{len(mentions)} event mentions, {len(set(gold.values()))} gold clusters")
    report("singletons", gold, {k: k for k in gold})
    report("same lemma per topic", gold, {m.key: f"{m.topic}:{m.trigger}" for m in mentions})
    for config in configs:
        name = "tidings merge" if len(configs) == 1 else f"tidings merge t={config.threshold:g}"
        pred = predict(mentions, config)
        report(name, gold, pred)
        if causes:
            print_causes(mentions, pred, config)


def run_stories(data: Path, topics: range) -> None:
    """Article similarity alone (merge.topic): for two documents of one topic,
    does the overlap of their keys tell whether they report the same real
    event? ECB+ names a document's sub-topic in its file name ('1_4ecb' v.
    '1_4ecbplus'); only this diagnostic reads it."""
    from itertools import combinations

    from tidings.merge.topic import overlap, topic_keys

    if not data.is_dir():
        raise SystemExit(f"{data}: no such directory (pass --data PATH to the ECB+ folder)")
    same, apart = [], []
    for topic in topics:
        docs = []
        for path in sorted((data / str(topic)).glob("*.xml")):
            mentions = read_document(path)
            if mentions:
                docs.append((path.stem.endswith("plus"), topic_keys(mentions[0].article)))
        for (sub_a, keys_a), (sub_b, keys_b) in combinations(docs, 2):
            (same if sub_a == sub_b else apart).append(overlap(keys_a, keys_b))
    print(f"document pairs within a topic: {len(same)} same sub-topic, {len(apart)} different; "
          f"AUC {_auc(same, apart):.3f}")
    for bar in (0.1, 0.2, 0.3):
        print(f"  key overlap under {bar:.1f}: same event {_share_below(same, bar):.3f}, "
              f"different events {_share_below(apart, bar):.3f}")


def _auc(positive: list[float], negative: list[float]) -> float:
    """Chance that a random positive scores above a random negative (ties half)."""
    from bisect import bisect_left, bisect_right

    ordered = sorted(negative)
    wins = sum(bisect_left(ordered, x) + (bisect_right(ordered, x) - bisect_left(ordered, x)) / 2 for x in positive)
    return wins / (len(positive) * len(ordered)) if positive and ordered else 0.0


def _share_below(values: list[float], bar: float) -> float:
    return sum(v < bar for v in values) / len(values) if values else 0.0


def run_demo(corpus: Path, gold_path: Path, config: MergeConfig, missed: bool = False,
             name: str = "demo corpus") -> None:
    """A multi-outlet corpus laid out like the demo: ingest it (extraction and
    merging as in production), then score merging twice: on the extracted
    events that match a gold event of their article, and on events built from
    the gold fields themselves (what merging does given perfect extraction).
    A copy of a stored text from another outlet is kept as a sighting, not
    extracted again; its gold events are matched to its original's events and
    scored as further mentions of them."""
    import json
    import tempfile

    from tidings.batch import run_batch
    from tidings.ingest import read_paths
    from tidings.store import Store

    if not gold_path.is_file():
        raise SystemExit(f"{gold_path}: gold file not found")
    if not corpus.is_dir():
        raise SystemExit(f"{corpus}: corpus folder not found")
    gold = {g["id"]: g for g in (json.loads(line) for line in gold_path.open(encoding="utf-8"))}
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "demo.db") as store:
        run_batch(read_paths([str(corpus)]), store)
        articles, copy_of = _ingested(store)
        gold_of, pred_of = _extracted_clusters(store, gold, articles, copy_of)
        profiles = _stored_profiles(store, articles, gold_of) if missed else {}
        if missed:
            print_missed(profiles, gold_of, pred_of, config)
    clusters = {e["cluster"] for g in gold.values() for e in g["events"]}
    _check_ids(gold, articles, gold_path)
    print(f"{name}: {len(articles)} articles, {sum(len(g['events']) for g in gold.values())} "
          f"gold events in {len(clusters)} clusters; {len(gold_of)} extracted events matched "
          "a gold event of their article")
    report("extracted, matched", gold_of, pred_of)
    truth, linked, gold_profiles = _gold_field_clusters(gold, articles, config)
    report("gold fields", truth, linked)
    if missed:
        print_wrong_merges("extracted, matched", gold_of, pred_of, profiles, config)
        print_wrong_merges("gold fields", truth, linked, gold_profiles, config)


def print_wrong_merges(name: str, gold: dict[str, str], pred: dict[str, str],
                       profiles: dict | None = None, config: MergeConfig = DEFAULT) -> None:
    """Merged events that hold more than one gold event: the precision side
    of --missed, and where a merge across two distinct attacks would show.
    With profiles, each pair across two gold events is listed with its score."""
    members: dict[str, list[str]] = defaultdict(list)
    for key, label in sorted(pred.items()):
        members[label].append(key)
    for label, keys in sorted(members.items()):
        found = [gold[k] for k in keys]
        if len(set(found)) == 1:
            continue
        counts = ", ".join(f"{cid} x{found.count(cid)}" for cid in sorted(set(found)))
        print(f"++ {name}: one merged event holds {counts}")
        if profiles is None:
            continue
        for n, a in enumerate(keys):
            for b in keys[n + 1:]:
                if gold[a] != gold[b] and profiles[a].doc_id != profiles[b].doc_id:
                    print(f"   wrong pair ({gold[a]} / {gold[b]})")
                    print_pair(profiles[a], profiles[b], config)


def print_missed(profiles: dict, gold_of: dict[str, str], pred_of: dict[str, str],
                 config: MergeConfig) -> None:
    """Pairs of one gold cluster that merging kept apart, with what each side
    carried and the pair score's parts (None: a hard conflict)."""
    ids = sorted(gold_of)
    for cid in sorted(set(gold_of.values())):
        parts: dict[str, list[str]] = defaultdict(list)
        for eid in ids:
            if gold_of[eid] == cid:
                parts[pred_of[eid]].append(eid[:12])
        if len(parts) > 1:
            print(f"== {cid}: kept in {len(parts)} merged events: {sorted(parts.values())}")
    for n, a in enumerate(ids):
        for b in ids[n + 1:]:
            if gold_of[a] != gold_of[b] or pred_of[a] == pred_of[b]:
                continue
            if profiles[a].doc_id == profiles[b].doc_id:
                continue
            print(f"-- missed ({gold_of[a]})")
            print_pair(profiles[a], profiles[b], config)


def print_pair(pa, pb, config: MergeConfig) -> None:
    """Both sides of a pair as merging saw them, and the parts of its score."""
    from tidings.merge import decision
    from tidings.merge.text import jaccard

    print(f"   score {decision.score(pa, pb, config)}")
    for p in (pa, pb):
        print(f"   {p.event_id[:12]} {p.category:<9} {p.date}/{p.precision} {p.country} "
              f"{p.place!r}(r{p.place_rank}) actors={p.actor_keys} rec={p.recipient_keys} "
              f"fig={[f[:2] for f in p.figures]} trig={p.trigger}")
    if not decision.conflict(pa, pb, config):
        figures = decision._figures(pa, pb, config) if pa.figures and pb.figures else 0
        print(f"   parts: cat {decision._category(pa, pb, config):+.1f} text "
              f"{config.text * jaccard(pa.terms, pb.terms):+.2f} date {decision._date(pa, pb, config):+.1f} "
              f"place {decision._place(pa, pb, config):+.1f} parties {decision._parties(pa, pb, config):+.1f} "
              f"figs {figures:+.1f} story {decision._topic(pa, pb, config):+.1f}")


def _stored_profiles(store, articles: dict, keys) -> dict:
    """Merge profiles of the given stored events, read with every event of
    their articles as the store's merge reads them; a copy's key gets its
    original's profile under the copy's article id."""
    from tidings.merge.engine import profiles_of

    by_id = {a.id: a for a in articles.values()}
    docs = {store.get_event(_record_id(k)).doc_id for k in keys}
    events = [store.get_event(r[0]) for doc in sorted(docs)
              for r in store.conn.execute("SELECT id FROM events WHERE doc_id = ?", (doc,))]
    found = {p.event_id: p for p in profiles_of(events, by_id)}
    for key in keys:
        if key not in found:
            record, _, copy = key.partition(COPY_MARK)
            found[key] = replace(found[record], doc_id=copy)
    return found


# A copy from another outlet (a sighting) carries its original's events; its
# gold events are scored as more mentions of them, under keys of their own.
COPY_MARK = "@"


def _record_id(key: str) -> str:
    return key.partition(COPY_MARK)[0]


def _ingested(store) -> tuple[dict, dict[str, str]]:
    """(gold id -> article, copy's article id -> original's) for every stored
    article and every sighting, a sighting as an article of its own."""
    originals = {a.id: a for a in (store.get_article(r[0]) for r in store.conn.execute("SELECT id FROM articles"))}
    articles = {_gold_id(a): a for a in originals.values()}
    copy_of = {}
    for seen in store.sightings():
        copy = seen.as_article(originals[seen.article_id])
        articles[_gold_id(copy)] = copy
        copy_of[copy.id] = seen.article_id
    return articles, copy_of


def _extracted_clusters(store, gold: dict, articles: dict,
                        copy_of: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """(key -> gold cluster, key -> merged id) for extracted events matching
    gold; the key is the event id, or for a copy the event id @ the copy's id."""
    from tidings.store import merged as store_merged

    gold_of, pred_of = {}, {}
    for gid, line in sorted(gold.items()):
        art = articles.get(gid)
        if art is None:
            continue
        doc = copy_of.get(art.id, art.id)
        ids = [r[0] for r in store.conn.execute("SELECT id FROM events WHERE doc_id = ?", (doc,))]
        links = store_merged.links(store, ids)
        for g, e in _align(line["events"], [store.get_event(i) for i in ids]):
            key = e.id if doc == art.id else f"{e.id}{COPY_MARK}{art.id}"
            gold_of[key], pred_of[key] = g["cluster"], links.get(e.id, e.id)
    return gold_of, pred_of


def _gold_field_clusters(gold: dict, articles: dict, config: MergeConfig) -> tuple[dict[str, str], dict[str, str], dict]:
    """(event id -> gold cluster, event id -> merged id, event id -> profile) for
    events built from the gold fields."""
    from tidings.merge import merge
    from tidings.merge.engine import profiles_of

    events, truth = [], {}
    for gid, line in sorted(gold.items()):
        for k, ev in enumerate(line["events"]):
            event = _gold_event(gid, k, ev)
            events.append(event)
            truth[event.id] = ev["cluster"]
    texts = [_renamed(articles[gid], gid, gold[gid]) for gid in gold if gid in articles]
    profiles = {p.event_id: p for p in profiles_of(events, {a.id: a for a in texts})}
    return truth, merge(events, texts, config).link_of(), profiles


def _gold_id(article) -> str:
    """The gold id: the JSONL `id`, or the origin below `corpus/` for other files.
    The last `/corpus/` counts: a check set may itself sit under a folder of
    that name (corpus/merge_check/corpus/...)."""
    origin = article.origin.replace("\\", "/")
    marker = "/corpus/"
    rest = origin.rsplit(marker, 1)[1] if marker in origin else origin
    return article.external_id if rest.startswith("articles.jsonl") else rest


def _check_ids(gold: dict, articles: dict, gold_path: Path) -> None:
    """Gold lines that join no ingested article drop out of the scores; say so
    rather than let the figures quietly cover less."""
    unmatched = sorted(set(gold) - set(articles))
    if unmatched:
        print(f"warning: {gold_path}: {len(unmatched)} gold ids match no ingested article, "
              f"left out of the scores: {', '.join(unmatched)}", file=sys.stderr)


def _align(gold_events: list[dict], extracted: list[Event]) -> list[tuple[dict, Event]]:
    """Greedy one-to-one pairs: same PLOVER category, then date and place agreement."""
    options = []
    for gi, g in enumerate(gold_events):
        for ei, e in enumerate(extracted):
            if not e.event or e.event[0] != g["event"]:
                continue
            fit = 1.0
            if e.date and g.get("date") and (e.date.startswith(g["date"]) or g["date"].startswith(e.date)):
                fit += 1.0
            loc = (e.event_loc.resolved_place or e.event_loc.extracted_place).lower() if e.event_loc else ""
            if loc and g.get("location", "").lower() in loc:
                fit += 0.5
            options.append((-fit, gi, ei))
    used_g, used_e, pairs = set(), set(), []
    for _, gi, ei in sorted(options):
        if gi not in used_g and ei not in used_e:
            used_g.add(gi), used_e.add(ei)
            pairs.append((gold_events[gi], extracted[ei]))
    return pairs


def _gold_event(gid: str, k: int, g: dict) -> Event:
    """An event record carrying exactly the gold fields (no evidence text)."""
    from tidings.records import Figure

    date_text = g.get("date")
    sizes = {kind: g[kind] for kind in ("dead", "injured", "arrested") if isinstance(g.get(kind), int)}
    from tidings.merge.titles import country_name

    location = g.get("location") or ""
    nationwide = not location or location.lower() == country_name(g.get("country", "")).lower()
    return Event(
        id=f"{gid}#{k}", doc_id=gid, event=[g["event"]], text_info=TextInfo(k, 0, 0),
        date=date_text, date_precision=("day" if date_text and len(date_text) == 10 else "month") if date_text else "unknown",
        actor=[Actor(g["actor"])] if g.get("actor") else [],
        recipient=[Actor(g["recipient"])] if g.get("recipient") else [],
        event_loc=Place(location, country_code=g.get("country", ""), resolution="country" if nationwide else "city"),
        size=sizes, size_detail={kind: Figure(kind, v) for kind, v in sizes.items()},
        event_text=g["event"].lower(), confidence=0.8,
    )


def _renamed(article, gid: str, line: dict):
    return replace(article, id=gid, source=line.get("source", article.source))


def run_gvdb(path: Path) -> None:
    """A precision probe for merging distinct local incidents. GVDB articles
    are US local news, nearly each about its own shooting, many in the same
    few cities; its annotators give each article the shooting's day and city.
    Ingest every article (published on its URL date where it has one, as
    scripts/eval_gvdb.py reads them), merge as in production, and count the
    pairs of articles that one merged event joins: a pair is of one incident
    when the annotated days are at most one day apart (or one is missing) and
    the cities agree (one names the other, or one is missing). Every other
    joined pair is a merge of two incidents. There is no recall figure:
    articles about one incident are too few to score."""
    import json
    import tempfile
    from itertools import combinations
    from urllib.parse import urlparse

    from tidings.batch import run_batch
    from tidings.records import Article
    from tidings.store import Store

    gvdb = _sibling("eval_gvdb")
    if not path.is_file():
        raise SystemExit(f"{path}: GVDB file not found")
    incidents, articles = {}, []
    for n, row in enumerate(gvdb.read_rows(path), start=2):
        aid = f"gvdb-{row.id}"
        incidents[aid] = (_iso_day(row.gold.day or ""), row.gold.city.lower())
        articles.append(Article(id=aid, text=row.full_text, title=row.title,
                                published=gvdb.url_date(row.url), url=row.url,
                                source=urlparse(row.url).netloc, origin=f"{path}:{n}"))
    counts: dict[tuple[str, bool], int] = defaultdict(int)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "gvdb.db") as store:
        run_batch(articles, store)
        dated = {r[0] for r in store.conn.execute("SELECT id FROM articles WHERE published IS NOT NULL")}
        for (record,) in store.conn.execute("SELECT record FROM merged_events"):
            docs = sorted({m["article_id"] for m in json.loads(record)["mentions"]})
            for a, b in combinations(docs, 2):
                both = "both dated" if a in dated and b in dated else "undated"
                counts[(both, _one_incident(incidents.get(a), incidents.get(b)))] += 1
    print(f"GVDB {path}: {len(articles)} articles; article pairs joined by a merged event")
    for both in ("both dated", "undated"):
        right, wrong = counts[(both, True)], counts[(both, False)]
        print(f"  {both:<11} one incident {right:>5}   two incidents {wrong:>5}")


def _iso_day(text: str) -> int | None:
    from datetime import date

    try:
        year, month, day = (int(x) for x in text.strip().split("-"))
        return date(year, month, day).toordinal()
    except ValueError:
        return None


def _one_incident(a: tuple[int | None, str] | None, b: tuple[int | None, str] | None) -> bool:
    if a is None or b is None:
        return True
    (day_a, city_a), (day_b, city_b) = a, b
    if day_a is not None and day_b is not None and abs(day_a - day_b) > 1:
        return False
    return not (city_a and city_b and city_a not in city_b and city_b not in city_a)


def _sibling(name: str):
    """Another script of this folder, loaded as a module."""
    import importlib.util

    path = Path(__file__).resolve().parent / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[1] / "../shared/data/ecbplus")
    parser.add_argument("--topics", type=int, nargs=2, default=(1, 20), metavar=("FIRST", "LAST"))
    parser.add_argument("--no-lemma", action="store_true", help="Use trigger words as written (no spaCy).")
    parser.add_argument("--threshold", type=float, nargs="+", default=[DEFAULT.threshold],
                        help="One or more thresholds; each is reported.")
    parser.add_argument("--linkage", type=float, default=DEFAULT.linkage)
    parser.add_argument("--text", type=float, default=DEFAULT.text, help="Weight of sentence similarity.")
    parser.add_argument("--topic", type=float, default=DEFAULT.topic, help="Weight of article similarity.")
    parser.add_argument("--topic-base", type=float, default=DEFAULT.topic_base)
    parser.add_argument("--split-docs", action="store_true", help="Never merge two mentions of one document (the production setting).")
    parser.add_argument("--demo", action="store_true", help="Evaluate on the demo corpus instead.")
    parser.add_argument("--corpus", type=Path, metavar="DIR",
                        help="Evaluate on a folder laid out like the demo (DIR/corpus, DIR/gold/events.jsonl).")
    parser.add_argument("--missed", action="store_true",
                        help="With --demo or --corpus: list same-event pairs kept apart.")
    parser.add_argument("--causes", action="store_true",
                        help="With ECB+: count the error pairs by cause.")
    parser.add_argument("--gvdb", type=Path, metavar="TSV",
                        help="Precision probe on GVDB local shootings (e.g. ../shared/data/gvdb/dev.tsv).")
    parser.add_argument("--stories", action="store_true",
                        help="Only score article similarity alone on the ECB+ sub-topics.")
    args = parser.parse_args(argv)
    config = replace(DEFAULT, linkage=args.linkage, text=args.text, topic=args.topic,
                     topic_base=args.topic_base, same_doc=not args.split_docs)
    if args.demo or args.corpus:
        root = args.corpus or Path(__file__).resolve().parents[1] / "tidings/demo"
        run_demo(root / "corpus", root / "gold/events.jsonl", replace(config, same_doc=False), args.missed,
                 name=str(args.corpus) if args.corpus else "demo corpus")
        return
    if args.gvdb:
        run_gvdb(args.gvdb)
        return
    if args.stories:
        run_stories(args.data, range(args.topics[0], args.topics[1] + 1))
        return
    configs = [replace(config, threshold=t) for t in args.threshold]
    run_ecb(args.data, range(args.topics[0], args.topics[1] + 1), not args.no_lemma, configs, args.causes)


if __name__ == "__main__":
    sys.exit(main())
