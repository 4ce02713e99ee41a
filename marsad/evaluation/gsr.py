"""The openeventdata Arabic event GSR sets (shared/data/events/arabic_event_gsr).

Detection: ``yes`` against ``easy no`` + ``difficult no``, ``ambiguous`` left out, scored by
5-fold cross-validation (stratified, fixed seed): the classifier and its decision threshold are
fitted on four folds (the threshold by an inner 3-fold split of those) and applied to the fifth,
so no sentence is scored by a model that saw it. The keyword spotter beside it says "yes"
whenever a trigger of the type occurs. ``train_gsr`` fits the shipped models on all sentences.

Spans: for the ``*_spans.json`` sentences, the share whose source and target country+sector
codes from marsad's actor coding match the gold span annotations.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from marsad.evaluation import shared_dir

__all__ = ["evaluate_gsr", "train_gsr", "load_gsr"]

TYPES = ("ASSAULT", "PROTEST")


def load_gsr(event_type: str, shared=None) -> tuple[list[str], list[int]]:
    path = shared_dir(shared) / "data" / "events" / "arabic_event_gsr" / \
        f"{event_type.lower()}_gsr.csv"
    texts, labels = [], []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["label"] == "ambiguous":
                continue
            texts.append(row["text"])
            labels.append(1 if row["label"] == "yes" else 0)
    return texts, labels


def _f1(gold: list[int], predicted: list[int]) -> dict[str, float]:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _best_threshold(texts, labels, c: float) -> float:
    from sklearn.model_selection import StratifiedKFold

    from marsad.events.classify import fit

    scores, gold = [], []
    for train, test in StratifiedKFold(3, shuffle=True, random_state=7).split(texts, labels):
        vectorizer, model = fit([texts[i] for i in train], [labels[i] for i in train], c)
        probabilities = model.predict_proba(vectorizer.transform(
            [_features(texts[i]) for i in test]))[:, 1]
        scores += list(probabilities)
        gold += [labels[i] for i in test]
    candidates = [t / 100 for t in range(10, 91, 2)]
    return max(candidates, key=lambda t: _f1(gold, [int(s >= t) for s in scores])["f1"])


def _features(text: str):
    from marsad.events.classify import sentence_features

    return sentence_features(text)


def _keyword(event_type: str, texts: list[str]) -> list[int]:
    from marsad.entities.keys import fold_token
    from marsad.entities.mentions import TOKEN_PATTERN
    from marsad.events.lexicon import triggers

    table = triggers("ar")
    found = []
    for text in texts:
        tokens = [fold_token(m.group()) for m in TOKEN_PATTERN.finditer(text)]
        found.append(int(any(m.value.type == event_type for m in table.find_all(tokens))))
    return found


def cross_validate(event_type: str, shared=None, c: float = 1.0) -> dict[str, Any]:
    from sklearn.model_selection import StratifiedKFold

    from marsad.events.classify import fit

    texts, labels = load_gsr(event_type, shared)
    predicted = [0] * len(texts)
    folds = StratifiedKFold(5, shuffle=True, random_state=13)
    for train, test in folds.split(texts, labels):
        train_texts = [texts[i] for i in train]
        train_labels = [labels[i] for i in train]
        threshold = _best_threshold(train_texts, train_labels, c)
        vectorizer, model = fit(train_texts, train_labels, c)
        probabilities = model.predict_proba(vectorizer.transform(
            [_features(texts[i]) for i in test]))[:, 1]
        for i, p in zip(test, probabilities, strict=True):
            predicted[i] = int(p >= threshold)
    report = _f1(labels, predicted)
    report.update({"positives": sum(labels), "negatives": len(labels) - sum(labels),
                   "method": "logistic regression, 5-fold CV",
                   "keyword_f1": _f1(labels, _keyword(event_type, texts))["f1"]})
    return report


def train_gsr(shared=None, out: Path | None = None, c: float = 1.0) -> dict[str, float]:
    """Fit the shipped classifiers on every labelled sentence; returns their thresholds."""
    from marsad.events.classify import MODEL_DIR, fit, to_classifier

    thresholds = {}
    for event_type in TYPES:
        texts, labels = load_gsr(event_type, shared)
        threshold = _best_threshold(texts, labels, c)
        vectorizer, model = fit(texts, labels, c)
        classifier = to_classifier(event_type, vectorizer, model, threshold)
        path = (out or MODEL_DIR) / f"events-{event_type.lower()}-ar.json"
        classifier.save(path, {"data": "openeventdata arabic_event_gsr (MIT)",
                               "labels": "yes vs easy no + difficult no",
                               "sentences": len(texts), "positives": sum(labels), "C": c})
        thresholds[event_type] = threshold
    return thresholds


def evaluate_spans(shared=None) -> dict[str, Any]:
    """Actor codes (country + sector) of marsad's events against the gold spans."""
    from marsad.events.detect import code_sentence

    folder = shared_dir(shared) / "data" / "events" / "arabic_event_gsr"
    source_right = source_judged = target_right = target_judged = 0
    for event_type in TYPES:
        records = json.loads((folder / f"{event_type.lower()}_spans.json").read_text())
        for record in records:
            spans = record.get("spans") or []
            if not spans:
                continue
            gold = spans[0]
            found = code_sentence(record["text"], "ar", event_type)
            for side, key in (("source", "source_role"), ("target", "target_role")):
                role = gold.get(key) or {}
                if not isinstance(role, dict) or not role:
                    continue
                want = (_none(role.get("main")), _none(role.get("role")))
                if want == (None, None):
                    continue  # the annotators coded nobody
                got = found.get(side)
                right = got is not None and (want[0] is None or got[0] == want[0]) and \
                    (want[1] is None or got[1] == want[1])
                if side == "source":
                    source_judged += 1
                    source_right += right
                else:
                    target_judged += 1
                    target_right += right
    return {"source_right": source_right, "source_judged": source_judged,
            "target_right": target_right, "target_judged": target_judged}


def _none(value):
    return None if value in (None, "None", "") else value


def evaluate_gsr(shared=None) -> dict[str, Any]:
    return {"detection": {t: cross_validate(t, shared) for t in TYPES},
            "spans": evaluate_spans(shared)}


if __name__ == "__main__":  # python -m marsad.evaluation.gsr: quick CV figures
    for event_type in TYPES:
        print(event_type, cross_validate(event_type))
