"""The embedded SQLite store (see `tidings.store.sqlite` and, for the schema rules, `tidings.store.schema`)."""

from tidings.store.filters import BBox, EventFilter, QueryError
from tidings.store.pages import Page, Sort
from tidings.store.rows import EventRow
from tidings.store.schema import MIGRATIONS, Migration, register_migration
from tidings.store.sqlite import RecordedFailure, Store
from tidings.store.stats import Stats

__all__ = ["BBox", "EventFilter", "EventRow", "MIGRATIONS", "Migration", "Page", "QueryError", "RecordedFailure",
           "Sort", "Stats", "Store", "register_migration"]
