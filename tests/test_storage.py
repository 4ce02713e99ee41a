"""The store: migrations bring an older database forward without losing what it holds; WAL
lets a reader read while a writer writes."""

from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine, insert, select

from conftest import EXAMPLES
from marsad.api import ingest
from marsad.storage import open_store, schema
from marsad.storage.migrations import MIGRATIONS, migrate


def test_an_older_database_is_migrated_forward(tmp_path, monkeypatch):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    import marsad.storage.migrations as migrations

    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS[:2])  # as marsad 0.1 shipped it
    with engine.begin() as connection:
        migrate(connection)
        connection.execute(insert(schema.runs).values(started_at="2025-01-01T00:00:00"))
    monkeypatch.setattr(migrations, "MIGRATIONS", MIGRATIONS)
    store = open_store(path)
    with store.engine.connect() as connection:
        versions = list(connection.execute(select(schema.migrations_table.c.version)).scalars())
        runs = connection.execute(select(schema.runs)).all()
    assert versions == [m[0] for m in MIGRATIONS]
    assert len(runs) == 1  # what was there is still there
    report = ingest([EXAMPLES], store)
    assert report.added == 5 and store.stats()["mentions"] > 0


def test_wal_lets_a_reader_read_during_a_write(tmp_path):
    path = tmp_path / "wal.db"
    store = open_store(path)
    ingest([EXAMPLES], store)
    writer = sqlite3.connect(path)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM sentences")  # uncommitted
    reader = sqlite3.connect(path)
    assert reader.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    assert reader.execute("SELECT count(*) FROM sentences").fetchone()[0] > 0
    writer.rollback()
