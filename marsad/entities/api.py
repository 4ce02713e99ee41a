"""Entity records for export and lookup: KB entities that the store mentions, and NIL entities
(names no KB entry has, merged across articles and scripts by their phonetic key)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any

from marsad.entities.keys import name_key
from marsad.kb import KnowledgeBase, builtin_kb
from marsad.text.language import detect_language

__all__ = ["entity_records", "mention_records", "describe_entity"]

MENTION_FIELDS = ("article_id", "start", "end", "text", "type", "entity_id", "confidence",
                  "method", "sentence")


def mention_records(store) -> Iterator[dict[str, Any]]:
    for row in store.mentions():
        yield {name: row[name] for name in MENTION_FIELDS}


def entity_records(store, kb: KnowledgeBase | None = None,
                   include_unmentioned: bool = False) -> Iterator[dict[str, Any]]:
    kb = kb or builtin_kb()
    surfaces: dict[str, Counter] = defaultdict(Counter)
    types: dict[str, str] = {}
    for row in store.mentions():
        surfaces[row["entity_id"]][row["text"]] += 1
        types[row["entity_id"]] = row["type"]
    ids = list(kb.entities) if include_unmentioned else list(surfaces)
    for entity_id in sorted(ids):
        entity = kb.get(entity_id)
        if entity is not None:
            record = entity.as_dict()
        else:
            names: dict[str, list[str]] = defaultdict(list)
            for surface, _ in surfaces[entity_id].most_common():
                names[detect_language(surface) or "und"].append(surface)
            record = {"id": entity_id, "type": types[entity_id], "kind": "nil",
                      "name": surfaces[entity_id].most_common(1)[0][0], "names": dict(names),
                      "wikidata": None, "country": None, "sector": None, "roles": []}
        record["mentions"] = sum(surfaces[entity_id].values())
        yield record


def describe_entity(name: str, store, kb: KnowledgeBase | None = None) -> dict[str, Any] | None:
    """An entity found by any of its names (KB or NIL), with the articles that mention it."""
    kb = kb or builtin_kb()
    candidates = sorted(kb.by_key.get(name_key(name), ()))
    if not candidates:  # as the articles wrote it: role phrases, NIL names
        counts = Counter(r["entity_id"] for r in store.mentions() if r["text"] == name)
        candidates = [entity_id for entity_id, _ in counts.most_common()]
    if not candidates:
        candidates = [e.id for e in kb.sounds_like(name)]
    if not candidates:
        return None
    entity_id = candidates[0]
    records = {r["id"]: r for r in entity_records(store, kb, include_unmentioned=True)
               if r["id"] == entity_id}
    record = records.get(entity_id) or {"id": entity_id}
    articles = Counter(r["article_id"] for r in store.mentions([entity_id]))
    record["articles"] = [{"article_id": a, "mentions": n} for a, n in articles.most_common()]
    record["other_matches"] = candidates[1:]
    return record
