"""English event coding against the PLOVER project's gold records (data/events/plover_gsr_en).

The 322 records are the CAMEO manual's example sentences, each coded with one event (an older
PLOVER category list: DEMAND, DISAPPROVE, INVESTIGATE and FIGHT map onto today's REQUEST,
ACCUSE, ACCUSE and ASSAULT, as PLOVER's own CAMEO2PLOVER table maps them). Every sentence goes
through the whole default pipeline as a one-sentence article.

The records are split in two, alternating within each gold type in file order: ``dev`` (the
even ones) is what the English lexicons may be extended from after reading its errors; ``test``
(the odd ones) is read only as figures, so its scores say how the lexicons do on sentences
they were not fitted to.

Scores, per split:
- recall: the share of sentences where marsad codes an event of the gold type;
- precision: the share of marsad's events whose type is the sentence's gold type (strict: a
  sentence has one gold event, so a second real event in it counts against marsad);
- PLOVER codes a stated intention to cooperate, meet, aid or yield as AGREE ("Finland will give
  Tanzania a grant"), where marsad keeps the type and marks it ``future``: the ``intent`` scores
  count such an event as AGREE;
- source: of the sentences with the gold type coded, the share where that event's source
  country (or IGO/NGO) is one the gold names;
- triggers alone: the same recall and precision for the bare trigger lexicon, every trigger
  word an event (what a keyword spotter would code).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from marsad.evaluation import shared_dir, spotted_types

__all__ = ["evaluate_plover_en", "load_plover_en"]

# PLOVER's CAMEO2PLOVER-2021 table: the gold file's older names → today's 16 types
_TODAY = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
          "FIGHT": "ASSAULT"}
# types whose announced (future) event PLOVER codes as an intention to cooperate: AGREE
_INTENT_TYPES = frozenset({"CONSULT", "AID", "COOPERATE", "SUPPORT", "CONCEDE", "RETREAT",
                           "AGREE"})
_GROUP_CODES = frozenset({"IGO", "NGO"})
SPLITS = ("dev", "test", "all")


def load_plover_en(shared=None, split: str = "all") -> list[dict[str, Any]]:
    """The gold records of ``split`` with their type in today's names (``type``)."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    path = shared_dir(shared) / "data" / "events" / "plover_gsr_en" / "PLOVER_GSR_CAMEO.txt"
    records = [r for r in json.loads(path.read_text(encoding="utf-8"))
               if r.get("event") != "DOCUMENT"]
    seen: Counter[str] = Counter()
    chosen = []
    for record in records:
        kind = _TODAY.get(record["event"], record["event"])
        part = "dev" if seen[kind] % 2 == 0 else "test"
        seen[kind] += 1
        if split in ("all", part):
            chosen.append({**record, "type": kind, "split": part})
    return chosen


def _code(records: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """marsad's events for each record's sentence, through the whole default pipeline."""
    from marsad.pipeline import Pipeline
    from marsad.records import Document

    pipeline = Pipeline.from_names()
    coded = []
    for record in records:
        text = record["text"].strip().strip("{}")
        document = Document(source=record["id"], kind="record", raw=text.encode("utf-8"),
                            fields={"title": "", "text": text})
        article = pipeline.process(document)
        coded.append([{"type": e.type, "modality": e.modality,
                       "sources": [(a.country, a.sector) for a in e.sources]}
                      for e in getattr(article, "events", None) or []])
    return coded


def _as_plover(event: dict[str, Any]) -> str:
    """The type PLOVER's coders give it: an announced cooperative act is an AGREE."""
    if event["modality"] == "future" and event["type"] in _INTENT_TYPES:
        return "AGREE"
    return event["type"]


def _source_right(event: dict[str, Any], record: dict[str, Any]) -> bool:
    wanted = {s.get("code") for s in record.get("source") or []}
    return any(country in wanted or sector in wanted & _GROUP_CODES
               for country, sector in event["sources"])


def _scores(records: list[dict[str, Any]], coded: list[list[dict[str, Any]]],
            typed: Callable[[dict[str, Any]], str]) -> dict[str, Any]:
    hits = events = right = source_right = 0
    by_type: dict[str, list[int]] = {}
    for record, found in zip(records, coded, strict=True):
        types = [typed(e) for e in found]
        hit = record["type"] in types
        hits += hit
        events += len(types)
        right += sum(t == record["type"] for t in types)
        row = by_type.setdefault(record["type"], [0, 0])
        row[0] += 1
        row[1] += hit
        if hit:
            event = next(e for e in found if typed(e) == record["type"])
            source_right += _source_right(event, record)
    return {"sentences": len(records), "recall": hits / len(records) if records else 0.0,
            "precision": right / events if events else 0.0, "events": events,
            "hits": hits, "source_right": source_right,
            "by_type": {k: {"sentences": v[0], "hits": v[1]} for k, v in sorted(by_type.items())}}


def _trigger_spotter(records: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Every trigger word of the English lexicon as an event: the keyword spotter."""
    return [[{"type": kind, "modality": "asserted", "sources": []}
             for kind in spotted_types(record["text"], "en")] for record in records]


def evaluate_plover_en(shared=None, split: str = "test") -> dict[str, Any]:
    records = load_plover_en(shared, split)
    coded = _code(records)
    return {"split": split,
            "strict": _scores(records, coded, lambda e: e["type"]),
            "intent": _scores(records, coded, _as_plover),
            "triggers_alone": _scores(records, _trigger_spotter(records), lambda e: e["type"])}
