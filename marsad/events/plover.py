"""PLOVER-JSON records of events, with marsad's evidence, modality and attribution fields.

Field names follow the PLOVER data format (id, date, actor, recipient, event, mode, context,
event_loc, event_text, text_info, cite_info); actors carry country (ISO alpha-3 or null), sector,
the canonical English name and the text that names them, with offsets into the article text.
"""

from __future__ import annotations

from typing import Any

__all__ = ["plover_record", "EVENT_CSV_FIELDS", "flat_record", "UNDIRECTED_TYPES",
           "DONE_MODALITIES"]

# meetings, agreements and cooperation have no direction: "X met Y" and "Y received X" are one
UNDIRECTED_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
# a past event told as news or as background: one happening either way
DONE_MODALITIES = frozenset({"asserted", "historical"})


def _actor(actor, offset: int) -> dict[str, Any]:
    return {"country": actor.country, "sector": actor.sector, "name": actor.name,
            "entity_text": actor.text, "entity_id": actor.entity_id,
            "start": actor.char_start + offset, "end": actor.char_end + offset}


def plover_record(article, index: int, event) -> dict[str, Any]:
    sentence_start, sentence_end = event.evidence
    place = event.place
    location = None
    if place is not None:
        location = {"name": place.place.name, "text": place.text, "start": place.start,
                    "end": place.end, "place_id": place.place.id,
                    "geonameid": place.place.geonames_id, "lat": place.place.lat,
                    "lon": place.place.lon, "country": place.place.country,
                    "admin1": place.admin1.name if place.admin1 else None,
                    "level": place.place.level, "qualifier": place.qualifier}
    return {
        "id": f"{article.id}-{index}",
        "article_id": article.id,
        "date": event.date,
        "date_text": event.date_text,
        "date_basis": event.date_basis,
        "date_precision": event.date_precision or ("day" if event.date else None),
        # an undated article scraped on a known day (SaudiNewsNet's date_extracted): the event
        # is no later than that; said as a bound, never as its date
        "date_not_after": None if event.date or event.modality == "future"
        else article.meta.get("retrieved_date"),
        "actor": [_actor(a, 0) for a in event.sources],
        "recipient": [_actor(a, 0) for a in event.targets],
        "event": [event.type],
        "mode": [event.mode] if event.mode else [],
        "context": event.context,
        "event_loc": location,
        "event_text": article.text[sentence_start:sentence_end],
        "text_info": {"language": event.language, "sentence": event.sentence,
                      "start": sentence_start, "end": sentence_end,
                      "trigger": {"text": event.trigger[2], "start": event.trigger[0],
                                  "end": event.trigger[1]},
                      "restated_in_sentences": event.restated},
        "cite_info": {"outlet": article.outlet, "url": article.document.url,
                      "title": article.title, "publication_date": article.publication_date,
                      "source": article.document.source},
        "modality": event.modality,
        "attribution": event.attribution,
        "quantities": event.quantities,
        "confidence": event.confidence,
        # what the confidence was made of: the ASSAULT/PROTEST sentence classifier and the
        # report classifier (a new happening, not a mention), where they ran
        "confidence_parts": {"type_classifier": _rounded(event.classifier_probability),
                             "report": _rounded(event.report_probability)},
        "language": event.language,
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


EVENT_CSV_FIELDS = ("id", "story_id", "article_id", "date", "date_not_after", "event", "mode",
                    "context", "actor_code", "actor_name", "recipient_code", "recipient_name",
                    "place",
                    "lat", "lon", "country", "modality", "attribution", "confidence", "language",
                    "trigger", "event_text")


def _codes(actors) -> str:
    return "; ".join(" ".join(p for p in (a["country"], a["sector"]) if p) for a in actors)


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """One flat row for CSV and Parquet."""
    location = record.get("event_loc") or {}
    return {"id": record["id"], "story_id": record.get("story_id", record["id"]),
            "article_id": record["article_id"], "date": record["date"],
            "date_not_after": record.get("date_not_after"),
            "event": ";".join(record["event"]), "mode": ";".join(record["mode"]),
            "context": ";".join(record["context"]), "actor_code": _codes(record["actor"]),
            "actor_name": "; ".join(a["name"] or a["entity_text"] for a in record["actor"]),
            "recipient_code": _codes(record["recipient"]),
            "recipient_name": "; ".join(a["name"] or a["entity_text"]
                                        for a in record["recipient"]),
            "place": location.get("name"), "lat": location.get("lat"),
            "lon": location.get("lon"), "country": location.get("country"),
            "modality": record["modality"], "attribution": record["attribution"],
            "confidence": record["confidence"], "language": record["language"],
            "trigger": record["text_info"]["trigger"]["text"],
            "event_text": record["event_text"]}
