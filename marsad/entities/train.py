"""``marsad train ner``: train the CRF taggers and write their scores for the model card.

Arabic: ANERcorp (the shared copy holds the first five sixths); the last tenth of it is held
out for scoring. Persian: PEYMA train, scored on PEYMA dev. Scores are exact-span F1 over
PER, ORG and LOC.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from marsad.entities.tagger import MODEL_DIR, Tagger, features, read_conll, spans
from marsad.evaluation import shared_dir

__all__ = ["train_ner", "CORPORA"]

CORPORA = {
    "ar": {"train": "ar/anercorp_train.tsv", "heldout_fraction": 0.1,
           "name": "ANERcorp (Benajiba et al.), first 5/6 as shared; last 10% held out"},
    "fa": {"train": "fa/peyma_train.tsv", "dev": "fa/peyma_dev.tsv",
           "name": "PEYMA (Shahshahani et al.), train / dev"},
}


def train_ner(language: str, shared: str | Path | None = None, out_dir: Path = MODEL_DIR,
              max_iterations: int = 80) -> dict[str, Any]:
    import pycrfsuite

    spec = CORPORA[language]
    root = shared_dir(shared) / "data" / "ner"
    sentences = list(read_conll(root / spec["train"]))
    if "dev" in spec:
        train, test = sentences, list(read_conll(root / spec["dev"]))
    else:
        cut = int(len(sentences) * (1 - spec["heldout_fraction"]))
        train, test = sentences[:cut], sentences[cut:]
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in train:
        trainer.append(features(tokens, language), labels)
    trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": max_iterations,
                        "feature.possible_transitions": True})
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"ner-{language}.crfsuite"
    started = time.perf_counter()
    trainer.train(str(path))
    seconds = time.perf_counter() - started
    scores = score(Tagger(path, language), test)
    report = {"language": language, "corpus": spec["name"], "train_sentences": len(train),
              "test_sentences": len(test), "train_seconds": round(seconds, 1),
              "model_bytes": path.stat().st_size, **scores}
    (out_dir / f"ner-{language}.json").write_text(json.dumps(report, indent=2) + "\n",
                                                   encoding="utf-8")
    return report


def score(tagger: Tagger, sentences) -> dict[str, Any]:
    per_type: dict[str, list[int]] = {}
    tokens_tagged = 0
    started = time.perf_counter()
    for tokens, labels in sentences:
        predicted = spans(tagger.tag(tokens))
        gold = spans(labels)
        tokens_tagged += len(tokens)
        for kind in ("PER", "ORG", "LOC"):
            p = {s for s in predicted if s[2] == kind}
            g = {s for s in gold if s[2] == kind}
            bucket = per_type.setdefault(kind, [0, 0, 0])
            bucket[0] += len(p & g)
            bucket[1] += len(p)
            bucket[2] += len(g)
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {"tokens_per_second": round(tokens_tagged / seconds)}
    totals = [0, 0, 0]
    for kind, (tp, predicted, gold) in per_type.items():
        result[kind] = _prf(tp, predicted, gold)
        totals = [a + b for a, b in zip(totals, (tp, predicted, gold), strict=True)]
    result["micro"] = _prf(*totals)
    return result


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
