"""Disjoint sets over the items 0..n-1 (union-find): which items a chain of
joins has put together. Clustering, stories, near-duplicate groups and the
split into independent parts all need it."""

from __future__ import annotations


class DisjointSets:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        """The root of i's set."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]  # path halving keeps later finds short
            i = parent[i]
        return i

    def attach(self, root: int, under: int) -> None:
        """Put the set whose root is `root` into the set whose root is `under`;
        the caller picks which root survives, since some keep state by root."""
        self.parent[root] = under

    def groups(self) -> dict[int, list[int]]:
        """Root -> members in increasing order, roots in order of first member."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out
