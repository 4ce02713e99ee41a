"""One happening told by many outlets: group stored events of different articles into stories.

The events stage merges the tellings inside one article; this step works across the store,
after ingest, because no single article sees the others. Two events are one happening when
they agree on everything both state and share something specific, as an analyst would check:

- the same PLOVER type and mode, both reported as done (asserted or historical) or both the
  same modality;
- days no more than ``MAX_DAYS`` apart (an outlet dates "أمس" the next morning); an event the
  text does not date uses the day its article was known to exist (``date_not_after``: the
  crawl day of an undated page), which says when outlets told it, not when it happened;
  events with neither are left alone;
- the same countries acting and acted on (meetings and agreements have no direction);
- places, where both name one, in the same area (one inside the other, or within
  ``NEAR_KM``);
- named people, where both name some, shared;
- the wording: at least ``MIN_SHARED_WORDS`` of the shorter sentence's words (folded, function
  words left out) are in the other. Outlets that tell one happening mostly share the wire
  copy's words; a shared actor or place alone was not enough (in 30 pairs merged by actors,
  place and day alone, read by hand, 13 were one happening; with the wording, every one of 10).

Events are blocked by type and day, so grouping the whole store is linear in practice; a story
is identified by its earliest event's id. Grouping is transitive (union–find): A ~ B and
B ~ C put A, B and C in one story, which is what lets a lead and a later detailed report meet.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Any

from marsad.entities.keys import fold_token
from marsad.entities.mentions import TOKEN_PATTERN
from marsad.events.plover import DONE_MODALITIES, UNDIRECTED_TYPES
from marsad.lang import load_toml
from marsad.places.gazetteer import haversine_km

__all__ = ["group_stories", "same_happening", "MAX_DAYS", "NEAR_KM", "MIN_SHARED_WORDS"]

MAX_DAYS = 1
NEAR_KM = 40.0
MIN_SHARED_WORDS = 0.4


def _countries(actors: list[dict[str, Any]]) -> frozenset[str]:
    return frozenset(a["country"] for a in actors if a.get("country"))


def _people(record: dict[str, Any]) -> frozenset[str]:
    """Named actors (KB entities), not roles or nouns: the thing two outlets share."""
    return frozenset(a["entity_id"] for a in record["actor"] + record["recipient"]
                     if a.get("entity_id") and a.get("name"))


def _sides(record: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    sources, targets = _countries(record["actor"]), _countries(record["recipient"])
    if record["event"][0] in UNDIRECTED_TYPES:
        return sources | targets, frozenset()
    return sources, targets


def _same_area(one: dict[str, Any] | None, two: dict[str, Any] | None) -> bool | None:
    """True where both name the same place below a country (the same entry, a place and its
    province, or two places within ``NEAR_KM``); False where they name different countries or
    places far apart; None where either names none or only a country (no evidence either way:
    "السعودية" fits any Saudi happening)."""
    if not one or not two:
        return None
    if one.get("country") != two.get("country"):
        return False
    if "country" in (one.get("level"), two.get("level")):
        return None
    if one.get("place_id") == two.get("place_id"):
        return True
    for inner, outer in ((one, two), (two, one)):
        if outer.get("level") == "admin1" and inner.get("admin1") == outer.get("name"):
            return True
    if None in (one.get("lat"), one.get("lon"), two.get("lat"), two.get("lon")):
        return False
    return haversine_km(one["lat"], one["lon"], two["lat"], two["lon"]) <= NEAR_KM


def _day(record: dict[str, Any]) -> str | None:
    return record["date"] or record.get("date_not_after")


def same_happening(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """Whether two event records of different articles tell one happening."""
    if first["article_id"] == second["article_id"] or first["event"] != second["event"]:
        return False
    if first["mode"] and second["mode"] and first["mode"] != second["mode"]:
        return False
    modalities = {first["modality"], second["modality"]}
    if len(modalities) > 1 and not modalities <= DONE_MODALITIES:
        return False
    days = _day(first), _day(second)
    if not days[0] or not days[1] or abs((dt.date.fromisoformat(days[0]) -
                                          dt.date.fromisoformat(days[1])).days) > MAX_DAYS:
        return False
    sides = _sides(first), _sides(second)
    if not sides[0][0] or sides[0] != sides[1]:
        return False
    area = _same_area(first["event_loc"], second["event_loc"])
    if area is False:
        return False
    people = _people(first), _people(second)
    if people[0] and people[1] and not people[0] & people[1]:
        return False  # two named visitors: two visits
    return _shared_words(first, second) >= MIN_SHARED_WORDS


def _shared_words(first: dict[str, Any], second: dict[str, Any]) -> float:
    words = (_content_words(first["event_text"], first.get("language") or "ar"),
             _content_words(second["event_text"], second.get("language") or "ar"))
    if not words[0] or not words[1]:
        return 0.0
    return len(words[0] & words[1]) / min(len(words[0]), len(words[1]))


@lru_cache(maxsize=65536)
def _content_words(text: str, language: str) -> frozenset[str]:
    """The sentence's words in key form, function words and one- and two-letter words out;
    remembered (each sentence is compared with many)."""
    stop = _stopwords(language)
    return frozenset(w for w in (fold_token(m.group()) for m in TOKEN_PATTERN.finditer(text))
                     if len(w) > 2 and w not in stop)


@cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(fold_token(w) for w in load_toml(language, "stopwords").get("words", []))


def group_stories(records: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Event id → story id for every record. Each story is led by its first event (by day,
    then confidence); a later event joins the first story whose lead it matches. Matching the
    lead, not any member, keeps stories from chaining: A ~ B and B ~ C with A !~ C would
    otherwise pull unrelated happenings of one busy day into one story."""
    ordered = sorted(records, key=lambda r: (_day(r) or "9999", -r["confidence"], r["id"]))
    # leads by type, day and sides: only events with the same sides can match
    leads: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    stories: dict[str, str] = {}
    for record in ordered:
        day = _day(record)
        story = None
        if day:
            base = dt.date.fromisoformat(day)
            for offset in range(-MAX_DAYS, 1):
                key = (record["event"][0], (base + dt.timedelta(days=offset)).isoformat(),
                       _sides(record))
                story = next((lead for lead in leads.get(key, ())
                              if same_happening(lead, record)), None)
                if story is not None:
                    break
        if story is None:
            stories[record["id"]] = record["id"]
            if day:
                leads[(record["event"][0], day, _sides(record))].append(record)
        else:
            stories[record["id"]] = stories[story["id"]]
    return stories
