"""The storage interface the pipeline and front ends use; a backend implements all of it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from typing import Any

from marsad.records import Article, Rejection

__all__ = ["Store"]


class Store(ABC):
    @abstractmethod
    def known_hashes(self) -> set[str]:
        """sha256 of every stored document: ingesting the same bytes again adds nothing."""

    @abstractmethod
    def add(self, articles: Iterable[Article], rejections: Iterable[Rejection],
            run_id: int | None = None) -> None:
        """Store a batch atomically: all of it or, if interrupted, none of it."""

    @abstractmethod
    def start_run(self, paths: list[str]) -> int: ...

    @abstractmethod
    def finish_run(self, run_id: int, counts: dict[str, int]) -> None: ...

    @abstractmethod
    def iter_articles(self) -> Iterator[dict[str, Any]]: ...

    @abstractmethod
    def get_article(self, article_id: str) -> dict[str, Any] | None: ...

    @abstractmethod
    def sentences(self, article_id: str) -> list[dict[str, Any]]: ...

    @abstractmethod
    def times(self, article_id: str | None = None) -> Iterator[dict[str, Any]]:
        """Temporal expressions, each with its sentence index and offsets into the text."""

    @abstractmethod
    def mentions(self, entity_ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        """Entity mentions, each with offsets into its article's text."""

    @abstractmethod
    def places(self, place_ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        """Resolved place mentions, each with offsets, coordinates and admin parents."""

    @abstractmethod
    def events(self, since: str | None = None, event_type: str | None = None
               ) -> Iterator[dict[str, Any]]:
        """Events (indexed columns, the PLOVER record and ``story_id``), by date."""

    @abstractmethod
    def set_stories(self, stories: dict[str, str]) -> None:
        """Replace the grouping of events into stories (event id → story id)."""

    @abstractmethod
    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]: ...

    @abstractmethod
    def stats(self) -> dict[str, Any]: ...

    @abstractmethod
    def rejections(self, run_id: int | None = None) -> list[dict[str, Any]]: ...

    @abstractmethod
    def clear_rejections(self, sources: Iterable[str]) -> None:
        """Forget earlier failures of documents that have now gone through."""

    @abstractmethod
    def close(self) -> None: ...
