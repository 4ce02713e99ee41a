"""Score the time stage: the hand-made expression table, and every date field of the seed
pages' gold events that a temporal expression decides."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from marsad.evaluation import shared_dir
from marsad.evaluation.time_table import Row, rows
from marsad.ingest import iter_documents
from marsad.pipeline import Pipeline
from marsad.records import Article
from marsad.time import find_times

__all__ = ["evaluate_table", "evaluate_seed_dates", "TABLE_FLOOR", "marsad_answer"]

TABLE_FLOOR = 0.97


def marsad_answer(row: Row) -> tuple[str | None, str | None]:
    """marsad's (value, precision) for the row's target expression, or (None, None)."""
    start = row.sentence.index(row.expression)
    end = start + len(row.expression)
    for found in find_times(row.sentence, row.language, row.anchor):
        if found.start < end and start < found.end:
            return found.value, found.precision
    return None, None


def evaluate_table() -> dict[str, Any]:
    table = rows()
    per_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_language: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for row in table:
        value, precision = marsad_answer(row)
        right = value == row.value and precision == row.precision
        for bucket in (per_category[row.category.split("/")[0]], per_language[row.language]):
            bucket[0] += right
            bucket[1] += 1
        if not right:
            misses.append({"language": row.language, "expression": row.expression,
                           "anchor": str(row.anchor), "gold": [row.value, row.precision],
                           "found": [value, precision]})
    right = sum(v[0] for v in per_language.values())
    return {"rows": len(table), "right": right, "accuracy": round(right / len(table), 4),
            "by_language": {k: f"{a}/{n}" for k, (a, n) in sorted(per_language.items())},
            "by_category": {k: f"{a}/{n}" for k, (a, n) in sorted(per_category.items())},
            "misses": misses, "passed": right / len(table) >= TABLE_FLOOR}


def evaluate_seed_dates(shared: str | Path | None = None) -> dict[str, Any]:
    """Each gold event whose date a temporal expression decides (its date_text, or one in its
    evidence), resolved with the page's publication date as anchor (null when it has none)."""
    root = shared_dir(shared)
    gold = json.loads((root / "eval" / "seeds_gold.json").read_text(encoding="utf-8"))
    pipeline = Pipeline.from_names(["extract.v1", "language.v1", "normalize.v1",
                                    "sentences.v1"])
    checked = []
    for document in gold["documents"]:
        (raw,) = iter_documents([root / "corpus" / "seeds" / document["file"]])
        article = pipeline.process(raw)
        assert isinstance(article, Article), article
        anchor = dt.date.fromisoformat(article.publication_date) \
            if article.publication_date else None
        for event in document["events"]:
            phrase = re.sub(r"\s*\(.*\)\s*$", "", event.get("date_text") or "")
            where = phrase if phrase and phrase in article.text else event["evidence"]
            sentence = _sentence_with(article, where)
            if sentence is None:
                continue
            found = find_times(sentence, article.language, anchor)
            if phrase:
                found = [f for f in found if f.text in phrase or phrase in f.text] or found
            if not found:
                continue
            value = found[0].value
            tolerance = event.get("date_tolerance_days", 0)
            ok = (value is None) if event["date"] is None else value is not None and abs(
                (dt.date.fromisoformat(value) - dt.date.fromisoformat(event["date"])).days
            ) <= tolerance
            checked.append({"event": event["id"], "expression": found[0].text,
                            "gold": event["date"], "found": value, "right": ok})
    right = sum(1 for c in checked if c["right"])
    return {"checked": len(checked), "right": right, "rows": checked,
            "passed": right == len(checked)}


def _sentence_with(article: Article, fragment: str) -> str | None:
    index = article.text.find(fragment[:60])
    if index < 0:
        return None
    for sentence in article.sentences:
        if sentence.start <= index < sentence.end:
            return article.text[sentence.start:sentence.end]
    return None
