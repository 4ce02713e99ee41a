"""Event records for export, and the readable one-line English rendering of each."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from marsad.entities.keys import name_key
from marsad.events.plover import flat_record

__all__ = ["event_records", "event_lines", "render_event", "regroup_stories", "story_lines"]

_VERBS = {"CONSULT": "consults", "AGREE": "agrees with", "REQUEST": "asks", "ACCUSE": "accuses",
          "REJECT": "rejects", "THREATEN": "threatens", "PROTEST": "protests against",
          "SANCTION": "sanctions", "MOBILIZE": "mobilizes against", "COERCE": "coerces",
          "ASSAULT": "attacks", "AID": "aids", "SUPPORT": "supports",
          "COOPERATE": "cooperates with", "CONCEDE": "concedes to", "RETREAT": "retreats from"}
_MODE_VERBS = {("CONSULT", "visit"): "visits", ("CONSULT", "phone"): "phones",
               ("CONSULT", "multilateral"): "meets", ("ASSAULT", "aerial"): "strikes from the air",
               ("MOBILIZE", "troops"): "masses troops", ("COERCE", "arrest"): "arrests",
               ("COERCE", "seize"): "seizes", ("AGREE", "ceasefire"): "agrees a ceasefire with"}


def event_records(store, flat: bool = False, min_confidence: float = 0.0
                  ) -> Iterator[dict[str, Any]]:
    for row in store.events():
        if row["record"]["confidence"] >= min_confidence:
            record = _with_story(row)
            yield flat_record(record) if flat else record


def _with_story(row: dict[str, Any]) -> dict[str, Any]:
    """The record with the id of the story it belongs to (its own id when no other article
    tells it, or before stories were grouped)."""
    record = row["record"]
    record["story_id"] = row.get("story_id") or record["id"]
    return record


_STORY_FIELDS = ("id", "article_id", "event", "mode", "modality", "date", "date_not_after",
                 "event_text", "language", "confidence")
_ACTOR_FIELDS = ("country", "entity_id", "name")
_PLACE_FIELDS = ("place_id", "name", "level", "country", "admin1", "lat", "lon")


def _slim(record: dict[str, Any]) -> dict[str, Any]:
    """What grouping reads of a record: the whole store's records, slimmed, fit in memory."""
    slim = {key: record.get(key) for key in _STORY_FIELDS}
    for side in ("actor", "recipient"):
        slim[side] = [{k: a.get(k) for k in _ACTOR_FIELDS} for a in record[side]]
    place = record.get("event_loc")
    slim["event_loc"] = {k: place.get(k) for k in _PLACE_FIELDS} if place else None
    slim["cite_info"] = {"outlet": record["cite_info"].get("outlet")}
    return slim


def regroup_stories(store) -> dict[str, int]:
    """Group every stored event into stories (one happening, many articles) and store the
    grouping; returns how many events, stories, and stories told by several articles and by
    several outlets."""
    from marsad.events.stories import group_stories

    records = [_slim(row["record"]) for row in store.events()]
    stories = group_stories(records)
    store.set_stories(stories)
    members: dict[str, list[dict]] = {}
    for record in records:
        members.setdefault(stories[record["id"]], []).append(record)
    shared = [m for m in members.values() if len({r["article_id"] for r in m}) > 1]
    return {"events": len(records), "stories": len(members), "told_by_several_articles":
            len(shared), "told_by_several_outlets": sum(
                1 for m in shared if len({r["cite_info"].get("outlet") for r in m}) > 1)}


def _side(actors: list[dict]) -> str:
    if not actors:
        return ""
    parts = []
    for actor in actors:
        code = " ".join(p for p in (actor["country"], actor["sector"]) if p) or "?"
        parts.append(f"{code} ({actor['name']})" if actor.get("name") else code)
    return " + ".join(parts)


def render_event(record: dict[str, Any]) -> str:
    """"2025-11-16 · Damascus · RUS MIL (Yunus-Bek Yevkurov) visits SYR MIL (…) · CONSULT/visit
    · Al-Modon": readable without Arabic or Persian."""
    event_type = record["event"][0]
    mode = record["mode"][0] if record["mode"] else None
    verb = _MODE_VERBS.get((event_type, mode), _VERBS.get(event_type, event_type.lower()))
    who = _side(record["actor"]) or "someone"
    whom = _side(record["recipient"])
    place = (record.get("event_loc") or {}).get("name") or "-"
    modality = "" if record["modality"] == "asserted" else f" [{record['modality']}]"
    outlet = record["cite_info"].get("outlet") or "-"
    source = f" · per {record['attribution']}" if record.get("attribution") else ""
    what = f"{event_type}/{mode}" if mode else event_type
    when = record["date"] or (f"(undated, by {record['date_not_after']})"
                              if record.get("date_not_after") else "(undated)")
    return (f"{when} · {place} · {who} {verb}"
            f"{' ' + whom if whom else ''}{modality} · {what} · {outlet}{source}")


def _actor_matches(record: dict, wanted: str) -> bool:
    key = " ".join(name_key(wanted))
    for actor in record["actor"] + record["recipient"]:
        code = " ".join(p for p in (actor["country"], actor["sector"]) if p)
        names = [actor.get("name") or "", actor.get("entity_text") or ""]
        if wanted.upper() == code or code.startswith(wanted.upper() + " ") or any(
                key and key in " ".join(name_key(n)) for n in names):
            return True
    return False


def story_lines(store, since: str | None = None, actor: str | None = None,
                event_type: str | None = None, limit: int = 100, min_confidence: float = 0.0,
                min_articles: int = 1) -> list[dict[str, Any]]:
    """One line per story: its best-supported telling, then how many articles and which
    outlets told it."""
    stories: dict[str, list[dict[str, Any]]] = {}
    for row in store.events(since=since, event_type=event_type):
        record = _with_story(row)
        stories.setdefault(record["story_id"], []).append(record)
    rows = []
    for story_id, members in stories.items():
        kept = [r for r in members if r["confidence"] >= min_confidence]
        if not kept or len({r["article_id"] for r in members}) < min_articles:
            continue
        if actor and not any(_actor_matches(r, actor) for r in members):
            continue
        lead = max(kept, key=lambda r: (r["confidence"], -len(r["event_text"])))
        outlets = sorted({r["cite_info"].get("outlet") or "-" for r in members})
        articles = len({r["article_id"] for r in members})
        rows.append({"story_id": story_id, "record": lead, "events": members,
                     "line": f"{render_event(lead)} · told by {articles} article"
                             f"{'s' if articles > 1 else ''}: {', '.join(outlets)}"})
        if len(rows) >= limit:
            break
    return rows


def event_lines(store, since: str | None = None, actor: str | None = None,
                event_type: str | None = None, limit: int = 100,
                min_confidence: float = 0.0) -> list[dict[str, Any]]:
    rows = []
    for row in store.events(since=since, event_type=event_type):
        record = _with_story(row)
        if record["confidence"] < min_confidence:
            continue
        if actor and not _actor_matches(record, actor):
            continue
        rows.append({"record": record, "line": render_event(record)})
        if len(rows) >= limit:
            break
    return rows
