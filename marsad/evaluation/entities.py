"""Score mentions and linking on the seed pages against the gold entities.

For every gold entity and each of its surface forms that occurs in the article text: is there a
marsad mention covering it (detection), and is that mention linked to an entity whose canonical
name is the gold one (linking)? Place entities are scored apart: the places stage resolves them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from marsad.evaluation import shared_dir
from marsad.ingest import iter_documents
from marsad.kb import builtin_kb
from marsad.pipeline import Pipeline
from marsad.records import Article

__all__ = ["evaluate_entities"]


def evaluate_entities(shared: str | Path | None = None) -> dict[str, Any]:
    root = shared_dir(shared)
    gold = json.loads((root / "eval" / "seeds_gold.json").read_text(encoding="utf-8"))
    pipeline = Pipeline.from_names()
    kb = builtin_kb()
    scores: dict[str, list[int]] = {}
    misses = []
    judged = right_links = 0
    for document in gold["documents"]:
        (raw,) = iter_documents([root / "corpus" / "seeds" / document["file"]])
        article = pipeline.process(raw)
        assert isinstance(article, Article), article
        for entity in document["entities"]:
            group = "places" if entity["type"] in ("GPE", "LOC", "FAC") else entity["type"]
            for surface in entity["surface"]:
                start = article.text.find(surface)
                if start < 0:
                    continue
                end = start + len(surface)
                covering = [m for _, m in article.mentions if m.start < end and start < m.end]
                names = {(kb.get(m.entity_id).name if kb.get(m.entity_id) else m.entity_id)
                         for m in covering}
                bucket = scores.setdefault(group, [0, 0, 0])
                bucket[0] += 1
                bucket[1] += bool(covering)
                bucket[2] += entity["canonical"] in names
                if entity["canonical"] not in names:
                    misses.append({"file": document["file"], "surface": surface,
                                   "gold": entity["canonical"], "found": sorted(names)})
        # precision of linking: KB-linked mentions whose text is a gold surface of the page
        gold_by_surface = {s: e["canonical"] for e in document["entities"] for s in e["surface"]}
        for _, mention in article.mentions:
            entity = kb.get(mention.entity_id)
            if entity is None or mention.text not in gold_by_surface:
                continue
            judged += 1
            right_links += entity.name == gold_by_surface[mention.text]
    report = {group: {"surfaces": n, "detected": d, "linked": k,
                      "linking_accuracy": round(k / n, 3)}
              for group, (n, d, k) in sorted(scores.items())}
    return {"by_type": report, "misses": misses,
            "linked_precision": {"judged": judged, "right": right_links,
                                 "share": round(right_links / judged, 3) if judged else None}}
