"""Merging: many reports of one real-world event become one merged event,
and related merged events become stories.

    near-duplicate articles -> profiles -> blocking -> pair decision
        -> clustering -> canonical fields -> stories (with titles)

Everything here works on plain records (`tidings.records.Event`, `Article`)
and never touches the store; `tidings.store.merged` loads candidates and
persists results. One file per idea:

* `neardup`: MinHash/LSH over 4-word shingles; a copy links to the earliest
  published article of its group (then the lowest id); its events join the
  original's matching events (`engine.copy_pairs`) and add mentions;
* `profile`: the compact view of an event the other parts read;
  `engine.profiles_of` builds a batch's profiles (every event of an article
  together);
* `consensus`: an event whose place failed (a region or country abroad
  that none of its parties comes from, or none) takes the country its
  article's other events agree on;
* `topic`: what a whole article is about (its names and figures); two
  articles that tell different stories keep their events apart;
* `triggers`: trigger words reduced to one key per act (inflections and
  synonyms: "detained" is "arrested");
* `families`: which PLOVER categories may describe one event (blocking);
* `blocking`: (family, country, anchor) blocks in a sliding date window;
* `decision`: the pair score and the hard conflicts (`MergeConfig` holds
  every weight). It reads reports as outlets and extractors write them: a
  date one day off that is only the paper's own day, a dateline city pinned
  on an event its sentence places elsewhere, unnamed gunmen against a named
  armed group, and (in `profile.party_keys`) a round-up's unnamed parties
  coded with its first paragraph's country, are no evidence of two events.
  It also reads local news, where one town has many shootings and police
  appeals a month: a shared town counts for two side events only with
  something of their own in common (`decision._town_counts`), the town's
  police in both reports is not that, people's ages that disagree speak
  against one event (`decision._ages`), and a month the extractor took from
  the report is the report's week (`profile.month_of_report`);
* `cluster`: best-first agglomeration with guards against chaining;
* `canonical`: the merged event's fields by weighted agreement, figure
  histories, mention counts;
* `stories`, `titles`, `dates`: chaining merged events into timelines;
* `parts`, `pool`: a batch split into independent parts (countries, joined
  where a copy links two) and merged over a process pool
  (`merge_profiles(..., workers=2)`); the result is the same for any number
  of workers.

Hard rules: two events of one article never merge (the extractor already
resolved them), nor two events read from one sentence; two day-precise
events in the same city on different days never merge, directly or through a
chain of others; for attacks "the same city" also covers two city-level
places within `MergeConfig.town_km` (a town and the district or township
the other report resolved it to). A toll or detention count the evidence sentence states
nationwide has no city (`profile.NATIONWIDE`): it is a country's running
total, not an event in the dateline's city. The one exception is a near-duplicate copy: its events are
the same report again and always join the original's.

Order independence. Merging depends only on the set of events it is given:
pairs are scored symmetrically and joined best first, ties broken by event
id; merged events and stories are named after their smallest member id. The
documented ties, where the order of batches can show:

1. a block busier than `blocking.MAX_PER_ANCHOR` events per anchor within a
   date window compares each event with the newest ones only, and "newest"
   depends on which events are present;
2. an incremental update reclusters the new events' blocks and the whole
   merged events found there; a stored event outside them is not revisited
   even if its best partner would now be different;
3. ids change when a member with a smaller id joins a merged event or story.

Without these (blocks under the cap, as in the tests) batch A then B gives
exactly the result of A+B.
"""

from tidings.merge.decision import MergeConfig
from tidings.merge.engine import merge, merge_profiles, profile_of, profiles_of
from tidings.merge.model import Counts, MergedEvent, MergeResult, Mention, Story

__all__ = [
    "Counts", "MergeConfig", "MergeResult", "MergedEvent", "Mention", "Story",
    "merge", "merge_profiles", "profile_of", "profiles_of",
]
