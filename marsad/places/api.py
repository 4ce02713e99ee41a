"""Place records for export and lookup."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from marsad.places.gazetteer import Gazetteer, open_gazetteer

__all__ = ["place_records", "describe_place", "PLACE_FIELDS"]

PLACE_FIELDS = ("article_id", "sentence", "start", "end", "text", "name", "place_id", "level",
                "lat", "lon", "country", "admin1", "admin2", "geonames_id", "wof_id",
                "qualifier", "confidence")


def place_records(store) -> Iterator[dict[str, Any]]:
    for row in store.places():
        yield {name: row[name] for name in PLACE_FIELDS}


def describe_place(name: str, store=None, gazetteer: Gazetteer | None = None,
                   limit: int = 5) -> list[dict[str, Any]]:
    """Gazetteer places with this name (any script), best known first, each with its names,
    parents and — when a store is given — the articles that mention it."""
    gazetteer = gazetteer or open_gazetteer()
    found = []
    for place in gazetteer.search(name, limit=limit):
        admin1 = gazetteer.get(place.admin1_id)
        admin2 = gazetteer.get(place.admin2_id)
        record = {"id": place.id, "name": place.name, "level": place.level,
                  "feature": place.feature, "country": place.country, "lat": place.lat,
                  "lon": place.lon, "population": place.population,
                  "admin1": admin1.name if admin1 else None,
                  "admin2": admin2.name if admin2 else None,
                  "geonames_id": place.geonames_id, "wof_id": place.wof_id,
                  "names": gazetteer.names_of(place.id)}
        if store is not None:
            articles = Counter(r["article_id"] for r in store.places([place.id]))
            record["articles"] = [{"article_id": a, "mentions": n}
                                  for a, n in articles.most_common()]
        found.append(record)
    return found
