"""Near-duplicate articles: syndicated wire copy, updated versions.

Articles are MinHash-signed over 4-word shingles of their text (the
datasketch 2.0 scheme, computed here with numpy).
The signature is cut into bands; articles sharing any band are candidates,
and a candidate pair is a near-duplicate when the estimated Jaccard of their
shingle sets reaches `THRESHOLD`. Every near-duplicate links to one original:
the earliest published article of its group, then the lowest id. Band keys
are plain strings so the store can index them and find candidates for a new
batch without rereading old articles.
"""

from __future__ import annotations

import functools
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from tidings.merge.disjoint import DisjointSets
from tidings.merge.text import words

NUM_PERM = 128
# 20 bands of 6 rows (120 of the 128 values): a pair at Jaccard 0.7 becomes a
# candidate 92% of the time, at 0.8 99.8%; fewer bands mean fewer index rows
BANDS = 20
ROWS = 6
THRESHOLD = 0.7
SHINGLE = 4


@dataclass
class Signed:
    """An article reduced to what near-duplicate detection needs."""

    id: str
    published: date | None
    signature: np.ndarray  # NUM_PERM uint64 values

    @property
    def order_key(self) -> tuple[str, str]:
        # undated articles sort after dated ones
        return (self.published.isoformat() if self.published else "9999", self.id)


def shingles(text: str) -> set[bytes]:
    tokens = words(text)
    if len(tokens) < SHINGLE:
        return {" ".join(tokens).encode()} if tokens else set()
    return {" ".join(tokens[i : i + SHINGLE]).encode() for i in range(len(tokens) - SHINGLE + 1)}


# MinHash as datasketch 2.0 computes it (scheme "affine32", seed 1), written
# out so signing imports neither datasketch nor the scipy it pulls in (about
# a second per process) and hashes an article's shingles in one numpy pass.
# Stored signatures stay valid: the values are the same, bit for bit.
SEED = 1
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)  # MurmurHash3's 32-bit finalizer
_EMPTY = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint64)


@functools.lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine maps h -> a*h + b (mod 2^32), one per value; `a` is odd so
    each map is a bijection. numpy's legacy RandomState stream is frozen, so
    every process and run draws the same maps."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _hash32(items: Iterable[bytes]) -> np.ndarray:
    """The first four bytes of each item's SHA-1, read little-endian, then mixed."""
    h = np.frombuffer(b"".join([hashlib.sha1(x).digest()[:4] for x in items]), dtype="<u4").astype(np.uint32)
    s1, m1, s2, m2, s3 = _FMIX32
    h = h ^ (h >> np.uint32(s1))
    h = h * np.uint32(m1)
    h = h ^ (h >> np.uint32(s2))
    h = h * np.uint32(m2)
    return h ^ (h >> np.uint32(s3))


def signature(text: str) -> np.ndarray:
    """NUM_PERM minimum hash values (uint64, as the store keeps them)."""
    items = shingles(text)
    if not items:
        return _EMPTY.copy()
    a, b = _permutations()
    permuted = _hash32(items)[:, None] * a + b  # wraps modulo 2^32, as it should
    return permuted.min(axis=0).astype(np.uint64)


def band_keys(sig: np.ndarray) -> list[str]:
    rows = ROWS
    keys = []
    for b in range(BANDS):
        digest = hashlib.blake2b(sig[b * rows : (b + 1) * rows].tobytes(), digest_size=8)
        keys.append(f"{b}:{digest.hexdigest()}")
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


def sign(article_id: str, text: str, published: date | None) -> Signed:
    return Signed(article_id, published, signature(text))


def find_originals(articles: Sequence[Signed], threshold: float = THRESHOLD) -> dict[str, str]:
    """Near-duplicate article id -> its original's id (originals are not keys)."""
    by_band: dict[str, list[int]] = defaultdict(list)
    for i, art in enumerate(articles):
        for key in band_keys(art.signature):
            by_band[key].append(i)
    sets = DisjointSets(len(articles))
    find = sets.find

    for i, j in _band_pairs(by_band.values()):
        if similarity(articles[i].signature, articles[j].signature) >= threshold:
            sets.attach(find(i), find(j))
    groups = sets.groups()
    links: dict[str, str] = {}
    for members in groups.values():
        first = min(members, key=lambda k: articles[k].order_key)
        links.update({articles[k].id: articles[first].id for k in members if k != first})
    return links


def _band_pairs(buckets: Iterable[list[int]]) -> set[tuple[int, int]]:
    pairs = set()
    for bucket in buckets:
        for x in range(len(bucket)):
            for y in range(x + 1, len(bucket)):
                pairs.add((bucket[x], bucket[y]))
    return pairs
