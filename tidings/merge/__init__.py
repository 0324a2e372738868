"""Merging: many reports of one real-world event become one merged event,
and related merged events become stories.

    near-duplicate articles -> profiles -> blocking -> pair decision
        -> clustering -> canonical fields -> stories (with titles)

Everything here works on plain records (`tidings.records.Event`, `Article`)
and never touches the store; `tidings.store.merged` loads candidates and
persists results.
"""

from tidings.merge.decision import MergeConfig
from tidings.merge.engine import merge, merge_profiles, profile_of
from tidings.merge.model import Counts, MergedEvent, MergeResult, Mention, Story

__all__ = [
    "Counts", "MergeConfig", "MergeResult", "MergedEvent", "Mention", "Story",
    "merge", "merge_profiles", "profile_of",
]
