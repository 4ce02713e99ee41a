"""Storage behind one interface: ``Store``. The embedded default is one SQLite file (WAL mode:
one writer, many readers); the same SQLAlchemy Core schema is meant for PostgreSQL."""

from marsad.storage.base import Store
from marsad.storage.sql import SqlStore, open_store

__all__ = ["Store", "SqlStore", "open_store"]
