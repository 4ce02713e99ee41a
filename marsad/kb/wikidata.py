"""Import entities from a Wikidata JSON dump (``latest-all.json``-style: a JSON array with one
entity per line, optionally gzipped or bz2-compressed) into KB entities.

Kept: labels and aliases in ar, fa, en and ru; the type from P31 (instance of); the country
(P27 citizenship, or P17 country) as ISO alpha-3 via P298 when the dump holds the country too,
else via the built-in KB; and offices from P39 (position held) with P580/P582 start and end.
Streams the dump line by line, so a user can point it at a full dump.
"""

from __future__ import annotations

import bz2
import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.kb import Entity, Role

__all__ = ["import_wikidata", "TYPES"]

LANGUAGES = ("ar", "fa", "en", "ru")
# P31 values -> marsad entity types
TYPES = {"Q5": "person", "Q6256": "country", "Q3624078": "country", "Q515": "place",
         "Q5119": "place", "Q486972": "place", "Q327333": "government_body",
         "Q176799": "armed_group", "Q17149090": "armed_group", "Q1192571": "media",
         "Q192283": "media", "Q43229": "organisation", "Q2248623": "facility",
         "Q1248784": "facility", "Q695793": "facility"}


def _open(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with _open(path) as handle:
        for line in handle:
            line = line.strip().rstrip(",")
            if line in ("", "[", "]"):
                continue
            yield json.loads(line)


def _claim_ids(record: dict, prop: str) -> list[str]:
    ids = []
    for claim in record.get("claims", {}).get(prop, []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
        if isinstance(value, dict) and "id" in value:
            ids.append(value["id"])
    return ids


def _qualifier_time(claim: dict, prop: str) -> str | None:
    for qualifier in claim.get("qualifiers", {}).get(prop, []):
        value = qualifier.get("datavalue", {}).get("value", {})
        time = value.get("time") if isinstance(value, dict) else None
        if time:
            return time.lstrip("+")[:10].replace("-00", "-01")
    return None


def import_wikidata(path: str | Path, countries: dict[str, str] | None = None) -> list[Entity]:
    """Entities from the dump. ``countries`` maps country QIDs to ISO alpha-3 codes; it is
    completed from the dump's own P298 claims and from the built-in KB."""
    records = list(_records(Path(path)))
    countries = dict(countries or {})
    countries.update(_countries_from_kb())
    for record in records:
        codes = record.get("claims", {}).get("P298", [])
        for claim in codes:
            code = claim.get("mainsnak", {}).get("datavalue", {}).get("value")
            if isinstance(code, str):
                countries[record["id"]] = code
    labels = {r["id"]: r.get("labels", {}).get("en", {}).get("value") for r in records}
    return [_entity(record, countries, labels) for record in records]


def _countries_from_kb() -> dict[str, str]:
    from marsad.kb import builtin_kb

    return {e.id: e.country for e in builtin_kb().entities.values()
            if e.type == "country" and e.country and e.id.startswith("Q")}


def _entity(record: dict, countries: dict[str, str], labels: dict[str, str | None]) -> Entity:
    names: dict[str, list[str]] = {}
    for language in LANGUAGES:
        label = record.get("labels", {}).get(language, {}).get("value")
        aliases = [a["value"] for a in record.get("aliases", {}).get(language, [])]
        names[language] = [n for n in [label, *aliases] if n]
    kinds = [TYPES[q] for q in _claim_ids(record, "P31") if q in TYPES]
    country_ids = _claim_ids(record, "P27") or _claim_ids(record, "P17")
    country = next((countries[q] for q in country_ids if q in countries), None)
    if record["id"] in countries:
        country = countries[record["id"]]
    roles = []
    for claim in record.get("claims", {}).get("P39", []):
        office = claim.get("mainsnak", {}).get("datavalue", {}).get("value", {}).get("id")
        if office:
            roles.append(Role(f"wikidata:{labels.get(office) or office}", country, None,
                              _qualifier_time(claim, "P580"), _qualifier_time(claim, "P582")))
    name = (names["en"] or names["ar"] or names["fa"] or names["ru"] or [record["id"]])[0]
    return Entity(record["id"], kinds[0] if kinds else "organisation", name, names, country,
                  None, roles)

