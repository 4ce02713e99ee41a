"""marsad: a structured, searchable record of political events from news in Arabic, Persian,
English and Russian, with every field traceable to the text that says it.

The public API is imported lazily so that ``import marsad`` stays cheap (the CLI and worker
processes import only what they use).
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "Article",
    "Document",
    "Paragraph",
    "Sentence",
    "export_articles",
    "ingest",
    "open_store",
    "search",
]
__version__ = "0.1.0"

_LOCATIONS = {
    "Article": "marsad.records",
    "Document": "marsad.records",
    "Paragraph": "marsad.records",
    "Sentence": "marsad.records",
    "export_articles": "marsad.api",
    "ingest": "marsad.api",
    "open_store": "marsad.api",
    "search": "marsad.api",
}


def __getattr__(name: str) -> Any:
    if name in _LOCATIONS:
        return getattr(importlib.import_module(_LOCATIONS[name]), name)
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")
