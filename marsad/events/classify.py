"""Sentence classifiers that tell a reported ASSAULT or PROTEST from a sentence that only
mentions violence or crowds (the hard part of the openeventdata Arabic GSR sets).

A logistic regression over folded words, word pairs, character n-grams of the words and the
hits of marsad's own lexicons (trigger types and modes, actor sectors, numbers before casualty
words, modality cues). Training needs scikit-learn (the dev extra); the shipped model is plain
JSON (feature → weight), so running it needs nothing but Python.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from marsad.entities.keys import fold_token
from marsad.entities.mentions import TOKEN_PATTERN
from marsad.events.lexicon import NOT_AN_EVENT, actor_nouns, modality_words, triggers

__all__ = ["sentence_features", "EventClassifier", "load_classifier", "MODEL_DIR"]

MODEL_DIR = Path(__file__).resolve().parents[1] / "models"


def sentence_features(text: str, language: str = "ar") -> dict[str, float]:
    tokens = [fold_token(m.group()) for m in TOKEN_PATTERN.finditer(text)]
    features: dict[str, float] = {}
    for index, token in enumerate(tokens):
        stem = token[2:] if token.startswith("ال") and len(token) > 4 else token
        features[f"w={stem}"] = 1.0
        if index:
            features[f"b={tokens[index - 1]}_{stem}"] = 1.0
        for size in (3, 4):
            for start in range(max(1, len(stem) - size + 1)):
                features[f"c{size}={stem[start:start + size]}"] = 1.0
        if token.isdigit() and index + 1 < len(tokens):
            features[f"num_before={tokens[index + 1][:4]}"] = 1.0
    for match in triggers(language).find_all(tokens):
        trigger = match.value
        if trigger is NOT_AN_EVENT:
            continue
        features[f"trigger={trigger.type}"] = 1.0
        features[f"trigger={trigger.type}/{trigger.mode}"] = 1.0
        features[f"trigger_at={min(match.start, 5)}"] = 1.0
    for match in actor_nouns(language).find_all(tokens):
        features[f"actor={match.value[0]}"] = 1.0
    for kind, table in modality_words(language).items():
        if table.find_all(tokens):
            features[f"modality={kind}"] = 1.0
    features["bias"] = 1.0
    return features


class EventClassifier:
    def __init__(self, event_type: str, weights: dict[str, float], threshold: float):
        self.event_type = event_type
        self.weights = weights
        self.threshold = threshold

    def probability(self, text: str, language: str = "ar") -> float:
        score = sum(self.weights.get(name, 0.0) * value
                    for name, value in sentence_features(text, language).items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))

    def reports_event(self, text: str, language: str = "ar") -> bool:
        return self.probability(text, language) >= self.threshold

    def save(self, path: Path, about: dict) -> None:
        weights = {k: round(v, 5) for k, v in self.weights.items() if abs(v) >= 1e-4}
        path.write_text(json.dumps({"event_type": self.event_type, "threshold": self.threshold,
                                    "about": about, "weights": weights},
                                   ensure_ascii=False, sort_keys=True), encoding="utf-8")


@cache
def load_classifier(event_type: str, language: str = "ar") -> EventClassifier | None:
    path = MODEL_DIR / f"events-{event_type.lower()}-{language}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return EventClassifier(data["event_type"], data["weights"], data["threshold"])


def fit(texts: Iterable[str], labels: list[int], c: float = 1.0):
    """A fitted (vectorizer, logistic regression) pair; scikit-learn is imported here only."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([sentence_features(t) for t in texts])
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    model.fit(matrix, labels)
    return vectorizer, model


def to_classifier(event_type: str, vectorizer, model, threshold: float) -> EventClassifier:
    weights = dict(zip(vectorizer.feature_names_, model.coef_[0], strict=True))
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    return EventClassifier(event_type, weights, threshold)
