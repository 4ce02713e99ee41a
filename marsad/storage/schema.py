"""Tables, in SQLAlchemy Core so the same definitions serve SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

__all__ = ["metadata", "migrations_table", "runs", "documents", "articles", "sentences",
           "times", "mentions", "places", "events", "event_stories",
           "rejections"]

metadata = MetaData()

migrations_table = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(40), nullable=False),
    Column("finished_at", String(40)),
    Column("paths", Text),
    Column("counts", Text),
)

documents = Table(
    "documents", metadata,
    Column("id", String(16), primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("source_id", Text),
    Column("url", Text),
    Column("kind", String(20), nullable=False),
    Column("size", Integer, nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("ingested_at", String(40), nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(16), ForeignKey("documents.id"), primary_key=True),
    Column("source", Text, nullable=False),
    Column("source_id", Text),
    Column("url", Text),
    Column("title", Text),
    Column("language", String(8), index=True),
    Column("publication_date", String(10), index=True),
    Column("outlet", Text, index=True),
    Column("author", Text),
    Column("text", Text, nullable=False),
    Column("normalized_text", Text),
    Column("boilerplate_lines", Text),
    Column("paragraphs", Text),
    Column("extractor", String(20)),
    Column("meta", Text),
)

sentences = Table(
    "sentences", metadata,
    Column("article_id", String(16), ForeignKey("articles.id"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("paragraph", Integer, nullable=False),
    Column("language", String(8)),
)

def _sentence_span_columns() -> list[Column]:
    """Where an annotation stands: its article, its order, its sentence and its offsets (into
    the article's text) and the text it covers. Fresh Column objects for each table."""
    return [
        Column("article_id", String(16), ForeignKey("articles.id"), primary_key=True),
        Column("idx", Integer, primary_key=True),
        Column("sentence", Integer, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Column("text", Text, nullable=False),
    ]


times = Table(
    "times", metadata,
    *_sentence_span_columns(),
    Column("kind", String(20), nullable=False),
    Column("value", String(10), index=True),
    Column("precision", String(10), nullable=False),
    Column("range_start", String(10)),
    Column("range_end", String(10)),
    Column("anchor", String(10)),
    Column("calendar", String(20), nullable=False),
)

mentions = Table(
    "mentions", metadata,
    *_sentence_span_columns(),
    Column("type", String(8), nullable=False),
    Column("entity_id", String(80), nullable=False, index=True),
    Column("confidence", Float, nullable=False),
    Column("method", String(20), nullable=False),
)

places = Table(
    "places", metadata,
    *_sentence_span_columns(),
    Column("place_id", String(60), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("level", String(10), nullable=False),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("geonames_id", Integer),
    Column("wof_id", Integer),
    Column("qualifier", String(40)),
    Column("confidence", Float, nullable=False),
)

events = Table(
    "events", metadata,
    *_sentence_span_columns(),
    Column("event_id", String(80), nullable=False, unique=True),
    Column("type", String(12), nullable=False, index=True),
    Column("date", String(10), index=True),
    Column("actor_codes", Text),
    Column("recipient_codes", Text),
    Column("actor_names", Text),
    Column("recipient_names", Text),
    Column("place", Text),
    Column("modality", String(12), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("record", Text, nullable=False),
)

# one happening told by several articles (marsad.events.stories): story_id is the id of its
# earliest event; rebuilt whole after each ingest
event_stories = Table(
    "event_stories", metadata,
    Column("event_id", String(80), primary_key=True),
    Column("story_id", String(80), nullable=False, index=True),
)

rejections = Table(
    "rejections", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("source", Text, nullable=False),
    Column("reason", String(40), nullable=False),
    Column("message", Text, nullable=False),
    Column("at", String(40), nullable=False),
)
