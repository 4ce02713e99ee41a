"""Score events against gold files.

Seed-style gold (shared/eval/seeds_gold.json): an exported event matches a gold event of the same
document when, as the gold's ``about`` says,
- its type is the gold type or in ``accept_types``;
- one of its actors has the gold source's country and sector (a null gold country matches
  any; the gold's also_source shows that coordinated actors share an event), and, where the
  gold names a target with a sector, some recipient's too;
- its place is the gold location or in its ``accept`` list (gold null: any place);
- its date is within ``date_tolerance_days`` of the gold date, or in ``accept_dates``; a gold
  null date wants a null date (no guessing) unless accept_dates lists one.
Each gold event matches at most one exported event and each exported event at most one gold
event (a maximum matching).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from marsad.evaluation import shared_dir

__all__ = ["score_events", "events_for_gold"]


def events_for_gold(gold_path: Path, shared: str | Path | None = None
                    ) -> dict[str, list[dict[str, Any]]]:
    """Run the pipeline over the gold file's documents (shared/corpus/seeds) → PLOVER records
    per file name."""
    from marsad.events.plover import plover_record
    from marsad.ingest import iter_documents
    from marsad.pipeline import Pipeline

    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    wanted = {d["file"] for d in gold["documents"]}
    seeds = shared_dir(shared) / "corpus" / "seeds"
    pipeline = Pipeline.from_names()
    found = {}
    for document in iter_documents([seeds]):
        name = Path(document.source).name
        if name in wanted:
            article = pipeline.process(document)
            found[name] = [plover_record(article, i, e)
                           for i, e in enumerate(getattr(article, "events", []))]
    return found


def _place_names() -> dict[str, set[str]]:
    """Gold canonical place names → gazetteer ids (evaluation/data/seed_places.tsv)."""
    from marsad.evaluation.places import seed_place_ids

    return {name: row["ids"] for name, row in seed_place_ids().items()}


def _actor_ok(gold: dict | None, actors: list[dict]) -> bool:
    if not gold or not gold.get("sector") and not gold.get("country"):
        return True
    for actor in actors:
        if gold.get("sector") and actor.get("sector") != gold["sector"]:
            continue
        if gold.get("country") and actor.get("country") != gold["country"]:
            continue
        return True
    return False


def _place_ok(gold: dict | None, location: dict | None, ids: dict[str, set[str]]) -> bool:
    if not gold:
        return True
    names = [gold.get("name"), *gold.get("accept", [])]
    if location is None:
        return None in names
    for name in names:
        if name and (location["place_id"] in ids.get(name, set()) or location["name"] == name):
            return True
    return False


def _date_ok(gold: dict, date: str | None) -> bool:
    accepted = set(gold.get("accept_dates", []))
    if date in accepted:
        return True
    if gold.get("date") is None:
        return date is None
    if date is None:
        return False
    gap = abs((dt.date.fromisoformat(date) - dt.date.fromisoformat(gold["date"])).days)
    return gap <= gold.get("date_tolerance_days", 0)


def _matches(gold: dict, record: dict, ids) -> dict[str, bool]:
    types = {gold["type"], *gold.get("accept_types", [])}
    return {"type": record["event"][0] in types,
            "source": _actor_ok(gold.get("source"), record["actor"]),
            "target": _actor_ok(gold.get("target"), record["recipient"]),
            "place": _place_ok(gold.get("location"), record.get("event_loc"), ids),
            "date": _date_ok(gold, record.get("date"))}


def _assign(allowed: list[list[bool]]) -> dict[int, int]:
    """A maximum one-to-one matching of gold events (rows) to exported ones (columns), by
    augmenting paths: the score must not depend on the order the events are listed in."""
    owner: dict[int, int] = {}

    def augment(row: int, seen: set[int]) -> bool:
        for column, ok in enumerate(allowed[row]):
            if ok and column not in seen:
                seen.add(column)
                if column not in owner or augment(owner[column], seen):
                    owner[column] = row
                    return True
        return False

    for row in range(len(allowed)):
        augment(row, set())
    return {row: column for column, row in owner.items()}


def score_events(gold_path: Path, exported: dict[str, list[dict]]) -> dict[str, Any]:
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    ids = _place_names()
    matched = found = wanted = 0
    type_matched = 0
    rows = []
    for document in gold["documents"]:
        records = list(exported.get(document["file"], []))
        found += len(records)
        wanted += len(document["events"])
        checks = [[_matches(event, record, ids) for record in records]
                  for event in document["events"]]
        full = _assign([[all(c.values()) for c in row] for row in checks])
        typed = _assign([[c["type"] for c in row] for row in checks])
        matched += len(full)
        type_matched += len(typed)
        for index, event in enumerate(document["events"]):
            row = checks[index]
            best = max(range(len(row)), key=lambda i: sum(row[i].values()), default=None)
            rows.append({"gold": event["id"], "matched": index in full,
                         "closest": records[best]["id"] if best is not None else None,
                         "failed": [k for k, v in row[best].items() if not v]
                         if best is not None else []})
    precision = matched / found if found else 0.0
    recall = matched / wanted if wanted else 0.0
    return {"gold_events": wanted, "exported_events": found, "matched": matched,
            "precision": precision, "recall": recall,
            "type_only": {"matched": type_matched,
                          "precision": type_matched / found if found else 0.0,
                          "recall": type_matched / wanted if wanted else 0.0},
            "rows": rows}
