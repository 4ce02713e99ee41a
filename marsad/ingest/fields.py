"""Map the many field names of JSON news records onto marsad's own.

Sources disagree (SaudiNewsNet says ``content``; others ``text``, ``body``, ``article``); a user
may add their own mapping with ``--field text=my_field``.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from marsad.errors import ConfigError

__all__ = ["FieldMap", "DEFAULT_ALIASES"]

DEFAULT_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "_id", "guid", "article_id", "uuid", "doc_id"),
    "url": ("url", "link", "href", "uri"),
    "title": ("title", "headline"),
    "text": ("text", "content", "body", "article", "paragraphs", "maintext"),
    "html": ("html", "raw_html", "page"),
    "date": ("date", "publication_date", "published", "pubDate", "datePublished",
             "published_at", "date_publish"),
    "retrieved": ("date_extracted", "date_download", "crawled", "retrieved"),
    "outlet": ("source", "outlet", "publisher", "site", "source_name"),
    "author": ("author", "byline", "authors"),
}


@dataclass
class FieldMap:
    overrides: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, pairs: list[str] | None) -> FieldMap:
        overrides = {}
        for pair in pairs or []:
            ours, sep, theirs = pair.partition("=")
            if not sep or ours not in DEFAULT_ALIASES or not theirs:
                known = ", ".join(DEFAULT_ALIASES)
                raise ConfigError(
                    f"bad field mapping {pair!r}: use NAME=FIELD, NAME one of {known}")
            overrides[ours] = theirs
        return cls(overrides)

    def apply(self, record: Mapping[str, Any]) -> dict[str, Any]:
        """Return marsad's fields, each the first non-empty alias found in the record."""
        mapped: dict[str, Any] = {}
        for ours, aliases in DEFAULT_ALIASES.items():
            names = (self.overrides[ours],) if ours in self.overrides else aliases
            for name in names:
                value = record.get(name)
                if value not in (None, "", [], {}):
                    mapped[ours] = _flatten(value)
                    break
        return mapped


def _flatten(value: Any) -> Any:
    """Lists of paragraphs become one text; a list stored as its Python repr is read back."""
    if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
        try:
            parsed = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            return value
        if isinstance(parsed, list):
            value = parsed
    if isinstance(value, list):
        return "\n\n".join(str(item).strip() for item in value if str(item).strip())
    if isinstance(value, dict):
        return value.get("name") or value.get("text") or str(value)
    return value
