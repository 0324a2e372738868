"""The embedded SQLite store (see `tidings.store.sqlite` and, for the schema rules, `tidings.store.schema`)."""

from tidings.store.filters import EventFilter
from tidings.store.schema import MIGRATIONS, Migration, register_migration
from tidings.store.sqlite import RecordedFailure, Store

__all__ = ["EventFilter", "MIGRATIONS", "Migration", "RecordedFailure", "Store", "register_migration"]
