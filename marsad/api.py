"""The Python API; the CLI (and later the HTTP API) are thin layers over these functions."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.export import EXPORT_FORMATS, write_records
from marsad.ingest import FieldMap, iter_documents
from marsad.ingest.readers import Limits
from marsad.pipeline import DEFAULT_STAGES, Pipeline
from marsad.records import Article, Document, Rejection
from marsad.storage import Store, open_store

__all__ = ["IngestReport", "ingest", "export_articles", "search", "open_store",
           "article_records", "EXPORT_FORMATS"]

BATCH_SIZE = 200


@dataclass
class IngestReport:
    run_id: int
    documents: int = 0
    added: int = 0
    skipped: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    stories: dict[str, int] | None = None   # after the events stage: the store regrouped

    @property
    def counts(self) -> dict[str, int]:
        return {"documents": self.documents, "added": self.added, "skipped": self.skipped,
                "rejected": len(self.rejected)}


def ingest(paths: Iterable[str | Path], store: Store | str | Path = "marsad.db", *,
           fields: FieldMap | None = None, limits: Limits | None = None, workers: int = 1,
           stages: tuple[str, ...] = DEFAULT_STAGES,
           on_progress: Callable[[str], None] | None = None) -> IngestReport:
    """Run the pipeline over files, folders and archives and store what comes out.

    Documents whose bytes are already stored are skipped before any work is done, so a run
    that was killed can simply be started again.
    """
    store = open_store(store) if isinstance(store, (str, Path)) else store
    paths = [str(p) for p in paths]
    pipeline = Pipeline.from_names(stages)
    report = IngestReport(run_id=store.start_run(paths))
    known = store.known_hashes()
    rejected_now: list[Rejection] = []

    def fresh_documents() -> Iterator[Document]:
        for item in iter_documents(paths, fields, limits):
            report.documents += 1
            if on_progress:
                on_progress(item.source)
            if isinstance(item, Rejection):
                rejected_now.append(item)
                continue
            digest = item.sha256
            if digest in known:
                report.skipped += 1
                continue
            known.add(digest)
            yield item

    batch: list[Article] = []
    for result in pipeline.run(fresh_documents(), workers=workers):
        if isinstance(result, Rejection):
            rejected_now.append(result)
        else:
            batch.append(result)
        if len(batch) >= BATCH_SIZE or len(rejected_now) >= BATCH_SIZE:
            _flush(store, batch, rejected_now, report)
    _flush(store, batch, rejected_now, report)
    if report.added and "events.v1" in stages:
        # a new article may tell a happening others told: stories span the whole store
        from marsad.events.api import regroup_stories

        report.stories = regroup_stories(store)
    store.finish_run(report.run_id, report.counts)
    return report


def _flush(store: Store, batch: list[Article], rejected: list[Rejection],
           report: IngestReport) -> None:
    # with workers, the pool's feeder thread reads the documents and appends the unreadable
    # ones to ``rejected`` while this runs: take a snapshot and remove exactly those items, so
    # one appended meanwhile waits for the next flush instead of being lost
    taken = rejected[:]
    store.add(batch, taken, report.run_id)
    if batch:
        store.clear_rejections(a.document.source for a in batch)
    report.added += len(batch)
    report.rejected.extend(taken)
    batch.clear()
    del rejected[:len(taken)]


ARTICLE_FIELDS = ("id", "source", "source_id", "url", "title", "language", "publication_date",
                  "outlet", "author", "text", "boilerplate_lines", "paragraphs")


def article_records(store: Store) -> Iterator[dict[str, Any]]:
    """Articles as export records: the stable contract evaluation scripts read."""
    for row in store.iter_articles():
        record = {name: row.get(name) for name in ARTICLE_FIELDS}
        record["source"] = row.get("url") or row.get("source")
        record["origin"] = row.get("source")
        record["paragraphs"] = [{"start": s, "end": e, "language": lang}
                                for s, e, lang in (row.get("paragraphs") or [])]
        record["retrieved_date"] = (row.get("meta") or {}).get("retrieved_date")
        yield record


def export_articles(store: Store | str | Path, fmt: str = "jsonl",
                    output: str | Path | None = None) -> int:
    store = open_store(store) if isinstance(store, (str, Path)) else store
    return write_records(article_records(store), fmt, output)


def search(query: str, store: Store | str | Path = "marsad.db",
           limit: int = 20) -> list[dict[str, Any]]:
    store = open_store(store) if isinstance(store, (str, Path)) else store
    return store.search(query, limit)
