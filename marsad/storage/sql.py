"""The SQL store (SQLAlchemy Core): SQLite by default, PostgreSQL by URL.

SQLite runs in WAL mode so readers (``marsad search`` while an ingest runs) never block the one
writer. Each batch is one transaction: a run killed mid-way leaves whole batches only, and the
next run skips what is stored (by content hash) and goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
    text,
    update,
)

from marsad.errors import StorageError
from marsad.records import Article, Rejection
from marsad.storage import schema
from marsad.storage.base import Store
from marsad.storage.migrations import migrate
from marsad.text.normalize import _ARABIC_MAP, ZWNJ, _map_chars

__all__ = ["SqlStore", "open_store", "search_form"]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def search_form(text: str) -> str:
    """The folded form indexed for search: Persian and Arabic letter variants meet, so a query
    in either spelling finds both (سوریه / سورية, کرد / كرد)."""
    return _map_chars(text.replace(ZWNJ, " "), _ARABIC_MAP).text


def open_store(location: str | Path = "marsad.db") -> SqlStore:
    """A path opens (or creates) an SQLite file; a URL such as postgresql://… another backend."""
    location = str(location)
    url = location if "://" in location else f"sqlite:///{Path(location).resolve()}"
    return SqlStore(create_engine(url))


class SqlStore(Store):
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        try:
            with engine.begin() as connection:
                migrate(connection)
        except StorageError:
            raise
        except Exception as error:
            raise StorageError(f"cannot open the store at {engine.url}: {error}") from error

    def known_hashes(self) -> set[str]:
        with self.engine.connect() as connection:
            return set(connection.execute(select(schema.documents.c.sha256)).scalars())

    def start_run(self, paths: list[str]) -> int:
        with self.engine.begin() as connection:
            result = connection.execute(insert(schema.runs).values(
                started_at=_now(), paths=json.dumps(paths, ensure_ascii=False)))
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        with self.engine.begin() as connection:
            connection.execute(update(schema.runs).where(schema.runs.c.id == run_id).values(
                finished_at=_now(), counts=json.dumps(counts)))

    def add(self, articles: Iterable[Article], rejections: Iterable[Rejection],
            run_id: int | None = None) -> None:
        articles = list(articles)
        now = _now()
        with self.engine.begin() as connection:
            if articles:
                connection.execute(insert(schema.documents), [_document_row(a, run_id, now)
                                                              for a in articles])
                connection.execute(insert(schema.articles), [_article_row(a) for a in articles])
                for table, rows_of in _PER_ARTICLE_ROWS:
                    rows = [row for a in articles for row in rows_of(a)]
                    if rows:
                        connection.execute(insert(table), rows)
                self._index(connection, articles)
            rows = [{"run_id": run_id, "source": r.source, "reason": r.reason,
                     "message": r.message, "at": now} for r in rejections]
            if rows:
                connection.execute(insert(schema.rejections), rows)

    def _index(self, connection, articles: list[Article]) -> None:
        if self.engine.dialect.name == "sqlite":
            connection.execute(
                text("INSERT INTO articles_fts (article_id, title, body) "
                     "VALUES (:id, :title, :body)"),
                [{"id": a.id, "title": search_form(a.title or ""),
                  "body": search_form(a.normalized_text or a.text)} for a in articles])
        else:
            connection.execute(
                text("UPDATE articles SET search = to_tsvector('simple', :body) WHERE id = :id"),
                [{"id": a.id, "body": search_form(f"{a.title or ''}\n{a.normalized_text or ''}")}
                 for a in articles])

    def iter_articles(self) -> Iterator[dict[str, Any]]:
        query = select(schema.articles).order_by(schema.articles.c.source,
                                                 schema.articles.c.id)
        with self.engine.connect() as connection:
            for row in connection.execution_options(stream_results=True).execute(query):
                yield _article_dict(row._mapping)

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        query = select(schema.articles).where(schema.articles.c.id.like(f"{article_id}%"))
        with self.engine.connect() as connection:
            rows = connection.execute(query.limit(2)).all()
        if len(rows) != 1:
            return None
        return _article_dict(rows[0]._mapping)

    def sentences(self, article_id: str) -> list[dict[str, Any]]:
        query = (select(schema.sentences).where(schema.sentences.c.article_id == article_id)
                 .order_by(schema.sentences.c.idx))
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(query)]

    def times(self, article_id: str | None = None) -> Iterator[dict[str, Any]]:
        query = select(schema.times).order_by(schema.times.c.article_id, schema.times.c.idx)
        if article_id is not None:
            query = query.where(schema.times.c.article_id == article_id)
        with self.engine.connect() as connection:
            for row in connection.execution_options(stream_results=True).execute(query):
                yield dict(row._mapping)

    def mentions(self, entity_ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        query = select(schema.mentions).order_by(schema.mentions.c.article_id,
                                                 schema.mentions.c.idx)
        if entity_ids is not None:
            query = query.where(schema.mentions.c.entity_id.in_(entity_ids))
        with self.engine.connect() as connection:
            for row in connection.execution_options(stream_results=True).execute(query):
                yield dict(row._mapping)

    def places(self, place_ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        query = select(schema.places).order_by(schema.places.c.article_id, schema.places.c.idx)
        if place_ids is not None:
            query = query.where(schema.places.c.place_id.in_(place_ids))
        with self.engine.connect() as connection:
            for row in connection.execution_options(stream_results=True).execute(query):
                yield dict(row._mapping)

    def events(self, since: str | None = None, event_type: str | None = None
               ) -> Iterator[dict[str, Any]]:
        table, stories = schema.events, schema.event_stories
        query = select(table, stories.c.story_id).select_from(table.outerjoin(
            stories, stories.c.event_id == table.c.event_id)).order_by(
            table.c.date, table.c.article_id, table.c.idx)
        if since:
            query = query.where(table.c.date >= since)
        if event_type:
            query = query.where(table.c.type == event_type.upper())
        with self.engine.connect() as connection:
            for row in connection.execution_options(stream_results=True).execute(query):
                record = dict(row._mapping)
                record["record"] = json.loads(record["record"])
                yield record

    def set_stories(self, stories: dict[str, str]) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(schema.event_stories))
            rows = [{"event_id": e, "story_id": s} for e, s in stories.items()]
            for start in range(0, len(rows), 5000):
                connection.execute(insert(schema.event_stories), rows[start:start + 5000])

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        terms = [t for t in re.findall(r"\w+", search_form(query)) if t]
        if not terms:
            return []
        with self.engine.connect() as connection:
            if self.engine.dialect.name == "sqlite":
                match = " ".join(f'"{t}"' for t in terms)
                rows = connection.execute(text(
                    "SELECT a.id, a.title, a.publication_date, a.outlet, a.language, "
                    "snippet(articles_fts, 2, '[', ']', ' … ', 12) AS snippet "
                    "FROM articles_fts JOIN articles a ON a.id = articles_fts.article_id "
                    "WHERE articles_fts MATCH :match ORDER BY rank LIMIT :limit"),
                    {"match": match, "limit": limit})
            else:
                rows = connection.execute(text(
                    "SELECT id, title, publication_date, outlet, language, "
                    "left(text, 200) AS snippet FROM articles "
                    "WHERE search @@ plainto_tsquery('simple', :q) LIMIT :limit"),
                    {"q": " ".join(terms), "limit": limit})
            return [dict(row._mapping) for row in rows]

    def stats(self) -> dict[str, Any]:
        with self.engine.connect() as connection:
            def count(table) -> int:
                return connection.execute(select(func.count()).select_from(table)).scalar_one()

            def grouped(column) -> dict[str, int]:
                query = select(column, func.count()).group_by(column).order_by(
                    func.count().desc())
                return {str(k): v for k, v in connection.execute(query).all()}

            return {
                "documents": count(schema.documents),
                "articles": count(schema.articles),
                "sentences": count(schema.sentences),
                "times": count(schema.times),
                "mentions": count(schema.mentions),
                "places": count(schema.places),
                "events": count(schema.events),
                "rejections": count(schema.rejections),
                "runs": count(schema.runs),
                "languages": grouped(schema.articles.c.language),
                "outlets": grouped(schema.articles.c.outlet),
                "rejection_reasons": grouped(schema.rejections.c.reason),
            }

    def rejections(self, run_id: int | None = None) -> list[dict[str, Any]]:
        query = select(schema.rejections).order_by(schema.rejections.c.id)
        if run_id is not None:
            query = query.where(schema.rejections.c.run_id == run_id)
        with self.engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(query)]

    def clear_rejections(self, sources: Iterable[str]) -> None:
        """Forget earlier failures of documents that have now gone through."""
        sources = list(sources)
        with self.engine.begin() as connection:
            for start in range(0, len(sources), 500):
                connection.execute(delete(schema.rejections).where(
                    schema.rejections.c.source.in_(sources[start:start + 500])))

    def close(self) -> None:
        self.engine.dispose()


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _document_row(article: Article, run_id: int | None, now: str) -> dict[str, Any]:
    document = article.document
    return {"id": document.id, "sha256": document.sha256, "source": document.source,
            "source_id": document.source_id, "url": document.url, "kind": document.kind,
            "size": len(document.raw), "run_id": run_id, "ingested_at": now}


def _article_row(article: Article) -> dict[str, Any]:
    document = article.document
    return {
        "id": article.id, "source": document.source, "source_id": document.source_id,
        "url": document.url, "title": article.title, "language": article.language,
        "publication_date": article.publication_date, "outlet": article.outlet,
        "author": article.author, "text": article.text,
        "normalized_text": article.normalized_text,
        "boilerplate_lines": None if article.boilerplate_lines is None
        else json.dumps(article.boilerplate_lines),
        "paragraphs": json.dumps([[p.start, p.end, p.language] for p in article.paragraphs]),
        "extractor": article.extractor,
        "meta": json.dumps(article.meta, ensure_ascii=False) if article.meta else None,
    }


def _sentence_rows(article: Article) -> list[dict[str, Any]]:
    return [{"article_id": article.id, "idx": index, "start": s.start, "end": s.end,
             "paragraph": s.paragraph,
             "language": article.paragraphs[s.paragraph].language if article.paragraphs
             else article.language}
            for index, s in enumerate(article.sentences)]


def _time_rows(article: Article) -> list[dict[str, Any]]:
    return [{"article_id": article.id, "idx": index, "sentence": sentence,
             "start": t.start, "end": t.end, "text": t.text, "kind": t.kind, "value": t.value,
             "precision": t.precision, "range_start": t.range[0] if t.range else None,
             "range_end": t.range[1] if t.range else None, "anchor": t.anchor,
             "calendar": t.calendar}
            for index, (sentence, t) in enumerate(article.times)]


def _mention_rows(article: Article) -> list[dict[str, Any]]:
    return [{"article_id": article.id, "idx": index, "sentence": sentence, "start": m.start,
             "end": m.end, "text": m.text, "type": m.type, "entity_id": m.entity_id,
             "confidence": m.confidence, "method": m.method}
            for index, (sentence, m) in enumerate(article.mentions)]


def _place_rows(article: Article) -> list[dict[str, Any]]:
    return [{"article_id": article.id, "idx": index, "sentence": p.sentence, "start": p.start,
             "end": p.end, "text": p.text, "place_id": p.place.id, "name": p.place.name,
             "level": p.place.level, "country": p.place.country, "lat": p.place.lat,
             "lon": p.place.lon, "admin1": p.admin1.name if p.admin1 else None,
             "admin2": p.admin2.name if p.admin2 else None, "geonames_id": p.place.geonames_id,
             "wof_id": p.place.wof_id, "qualifier": p.qualifier, "confidence": p.confidence}
            for index, p in enumerate(article.places)]


def _event_rows(article: Article) -> list[dict[str, Any]]:
    from marsad.events.plover import plover_record

    rows = []
    for index, found in enumerate(article.events):
        record = plover_record(article, index, found)
        rows.append({
            "article_id": article.id, "idx": index, "sentence": found.sentence,
            "start": found.trigger[0], "end": found.trigger[1], "text": found.trigger[2],
            "event_id": record["id"], "type": found.type, "date": found.date,
            "actor_codes": "; ".join(a.code() for a in found.sources),
            "recipient_codes": "; ".join(a.code() for a in found.targets),
            "actor_names": "; ".join(a.name or a.text for a in found.sources),
            "recipient_names": "; ".join(a.name or a.text for a in found.targets),
            "place": found.place.place.name if found.place else None,
            "modality": found.modality, "confidence": found.confidence,
            "record": json.dumps(record, ensure_ascii=False)})
    return rows


# what each stage adds to an article, and the table it goes to
_PER_ARTICLE_ROWS = ((schema.sentences, _sentence_rows), (schema.times, _time_rows),
                     (schema.mentions, _mention_rows), (schema.places, _place_rows),
                     (schema.events, _event_rows))


def _article_dict(mapping) -> dict[str, Any]:
    record = dict(mapping)
    for key in ("boilerplate_lines", "paragraphs", "meta"):
        if record.get(key):
            record[key] = json.loads(record[key])
    return record
