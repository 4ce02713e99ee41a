"""Schema changes as an ordered list of migrations; each runs once, and all pending ones run
in one transaction, so a database is never left half-migrated.

Add a migration by appending a function; never edit one that has shipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection, insert, inspect, select, text

from marsad.errors import StorageError
from marsad.storage import schema

__all__ = ["MIGRATIONS", "migrate"]

Migration = Callable[[Connection], None]


def _v1_core_tables(connection: Connection) -> None:
    tables = [schema.runs, schema.documents, schema.articles, schema.sentences,
              schema.rejections]
    schema.metadata.create_all(connection, tables=tables)


def _v2_full_text_search(connection: Connection) -> None:
    """Full-text search over the normalised text, folded so Arabic and Persian spellings meet."""
    if connection.dialect.name == "sqlite":
        connection.execute(text(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "article_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"))
    elif connection.dialect.name == "postgresql":
        connection.execute(text(
            "ALTER TABLE articles ADD COLUMN search tsvector"))
        connection.execute(text(
            "CREATE INDEX articles_search ON articles USING GIN (search)"))
    else:
        raise StorageError(f"no full-text search for database {connection.dialect.name!r}")


def _v3_times(connection: Connection) -> None:
    """Temporal expressions per sentence (the time stage)."""
    schema.times.create(connection)


def _v4_mentions(connection: Connection) -> None:
    """Entity mentions per sentence (the entities stage)."""
    schema.mentions.create(connection)


def _v5_places(connection: Connection) -> None:
    """Resolved place mentions (the places stage), with coordinates and admin parents."""
    schema.places.create(connection)


def _v6_events(connection: Connection) -> None:
    """PLOVER events (the events stage): indexed columns plus the full JSON record."""
    schema.events.create(connection)


def _v7_event_stories(connection: Connection) -> None:
    """Events of different articles grouped into one story per happening."""
    schema.event_stories.create(connection)


MIGRATIONS: list[tuple[int, str, Migration]] = [
    (1, "core tables", _v1_core_tables),
    (2, "full-text search", _v2_full_text_search),
    (3, "temporal expressions", _v3_times),
    (4, "entity mentions", _v4_mentions),
    (5, "places", _v5_places),
    (6, "events", _v6_events),
    (7, "event stories", _v7_event_stories),
]


def migrate(connection: Connection) -> list[int]:
    """Apply the migrations this database lacks; return the versions applied."""
    schema.migrations_table.create(connection, checkfirst=True)
    done = set(connection.execute(select(schema.migrations_table.c.version)).scalars())
    latest = MIGRATIONS[-1][0]
    if done and max(done) > latest:
        raise StorageError(f"database schema version {max(done)} is newer than this marsad "
                           f"({latest}); upgrade marsad")
    applied = []
    for version, name, function in MIGRATIONS:
        if version in done:
            continue
        function(connection)
        connection.execute(insert(schema.migrations_table).values(
            version=version, name=name, applied_at=dt.datetime.now(dt.UTC).isoformat()))
        applied.append(version)
    if not inspect(connection).has_table("articles"):
        raise StorageError("migrations ran but the articles table is missing")
    return applied
