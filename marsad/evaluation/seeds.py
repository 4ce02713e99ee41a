"""Score article extraction on the five seed pages against eval/seeds_gold.json.

Title, language and publication date must be right for every page (null where the gold says
null), the outlet wherever the gold names one, and boilerplate lines are scored by F1 over all
pages' non-blank lines.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.evaluation import shared_dir
from marsad.ingest import iter_documents
from marsad.pipeline import Pipeline
from marsad.records import Article

__all__ = ["evaluate_seeds", "print_report", "BOILERPLATE_F1_FLOOR"]

BOILERPLATE_F1_FLOOR = 0.95


def evaluate_seeds(shared: str | Path | None = None) -> dict[str, Any]:
    root = shared_dir(shared)
    gold = json.loads((root / "eval" / "seeds_gold.json").read_text(encoding="utf-8"))
    pipeline = Pipeline.from_names()
    rows = []
    tp = fp = fn = 0
    for expected in gold["documents"]:
        path = root / "corpus" / "seeds" / expected["file"]
        (document,) = list(iter_documents([path]))
        article = pipeline.process(document)
        if not isinstance(article, Article):
            raise RuntimeError(f"{path}: {article.reason}: {article.message}")
        predicted = set(article.boilerplate_lines or [])
        truth = set(expected["boilerplate_lines"])
        tp += len(predicted & truth)
        fp += len(predicted - truth)
        fn += len(truth - predicted)
        rows.append({
            "file": expected["file"],
            "title": article.title == expected["title"],
            "language": article.language == expected["language"],
            "publication_date": article.publication_date == expected["publication_date"],
            "outlet": article.outlet == expected["outlet"] if expected.get("outlet") else None,
            "outlet_found": article.outlet,
            "date_found": article.publication_date,
            "boilerplate_extra": sorted(predicted - truth),
            "boilerplate_missed": sorted(truth - predicted),
        })
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores = {key: sum(1 for row in rows if row[key]) for key in
              ("title", "language", "publication_date", "outlet")}
    outlet_total = sum(1 for row in rows if row["outlet"] is not None)
    passed = (all(scores[k] == len(rows) for k in ("title", "language", "publication_date"))
              and scores["outlet"] == outlet_total and f1 >= BOILERPLATE_F1_FLOOR)
    return {"documents": len(rows), "scores": scores, "outlet_total": outlet_total,
            "boilerplate": {"precision": round(precision, 4), "recall": round(recall, 4),
                            "f1": round(f1, 4)},
            "rows": rows, "passed": passed}


def print_report(report: dict[str, Any], console) -> None:
    n = report["documents"]
    scores = report["scores"]
    console.print(f"seed pages: {n}")
    console.print(f"title right: {scores['title']}/{n}")
    console.print(f"language right: {scores['language']}/{n}")
    console.print(f"publication date right: {scores['publication_date']}/{n}")
    console.print(f"outlet right: {scores['outlet']}/{report['outlet_total']} "
                  "(where the gold names one)")
    bp = report["boilerplate"]
    console.print(f"boilerplate lines: precision {bp['precision']:.3f} recall "
                  f"{bp['recall']:.3f} F1 {bp['f1']:.3f} (floor {BOILERPLATE_F1_FLOOR})")
    for row in report["rows"]:
        if row["boilerplate_extra"] or row["boilerplate_missed"]:
            console.print(f"  {row['file']}: extra {row['boilerplate_extra']} "
                          f"missed {row['boilerplate_missed']}")
    console.print("PASSED" if report["passed"] else "FAILED")
