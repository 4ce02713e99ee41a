"""Typed records that flow through the pipeline: Document -> Article (with paragraphs and
sentences). Stages fill an Article's fields; each field names the stage that provides it."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Document", "Article", "Paragraph", "Sentence", "Rejection"]


@dataclass(frozen=True)
class Document:
    """Raw input as it arrived: bytes (or an already structured record) and where it came from.

    ``kind`` tells the extractor how to read it: ``textpage`` (scraped plain text), ``html`` or
    ``record`` (a JSON-like mapping with title/text/date fields).
    """

    source: str
    kind: str
    raw: bytes
    source_id: str | None = None
    url: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()

    @property
    def id(self) -> str:
        """Content-derived id: the same bytes always give the same article id."""
        return self.sha256[:16]


@dataclass(frozen=True)
class Rejection:
    """A document that could not be read or processed, with a stable reason code."""

    source: str
    reason: str
    message: str


@dataclass
class Sentence:
    start: int
    end: int
    paragraph: int


@dataclass
class Paragraph:
    start: int
    end: int
    language: str | None = None


@dataclass
class Article:
    """An article as the stages build it up. Offsets are into ``text`` (the clean body)."""

    document: Document
    title: str | None = None
    text: str = ""
    publication_date: str | None = None
    outlet: str | None = None
    author: str | None = None
    boilerplate_lines: list[int] | None = None
    extractor: str | None = None
    language: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    normalized_text: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    times: list[Any] = field(default_factory=list)  # marsad.time.TimeExpression, per sentence
    mentions: list[Any] = field(default_factory=list)  # marsad.entities.mentions.Mention
    places: list[Any] = field(default_factory=list)  # marsad.places.resolve.PlaceMention
    events: list[Any] = field(default_factory=list)  # marsad.events.detect.Event
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def anchor(self) -> dt.date | None:
        """The publication date that relative expressions resolve against (None: unknown)."""
        return dt.date.fromisoformat(self.publication_date) if self.publication_date else None

    def sentence_views(self) -> Iterator[tuple[int, Sentence, str, str | None]]:
        """(index, sentence, its text, its language) for stages that work sentence by sentence;
        the language is the paragraph's, else the article's."""
        for index, sentence in enumerate(self.sentences):
            paragraph = self.paragraphs[sentence.paragraph] if self.paragraphs else None
            language = (paragraph.language if paragraph else None) or self.language
            yield index, sentence, self.text[sentence.start:sentence.end], language
