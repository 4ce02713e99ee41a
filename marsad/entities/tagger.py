"""A statistical named-entity tagger that ships with marsad: a linear-chain CRF
(python-crfsuite, a small C++ library made for exactly this) over hand-built features, trained
by ``marsad train ner`` on the NER corpora in the shared data (ANERcorp for Arabic, PEYMA for
Persian). No pretrained Arabic or Persian model can be downloaded here, and a CRF of this size
trains in minutes on two cores, tags fast on a CPU and fits in the package (see MODEL_CARD.md
in marsad/models).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from pathlib import Path

from marsad.entities.keys import fold_token
from marsad.lang import load_toml

__all__ = ["features", "Tagger", "load_tagger", "MODEL_DIR", "TYPE_MAP", "read_conll",
           "spans", "model_spans_backend"]

MODEL_DIR = Path(__file__).resolve().parents[1] / "models"
# Corpus labels -> marsad mention types; the rest (MISC, dates, money…) is not tagged.
TYPE_MAP = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC"}
_CLITIC = re.compile(r"^(?:و|ف)?(?:ب|ل|ك)?(?:ال)?")


@cache
def _title_words(language: str) -> frozenset[str]:
    data = load_toml(language, "titles")
    words = [w for ws in data.get("offices", {}).values() for w in ws]
    words += data.get("honorifics", [])
    return frozenset(fold_token(t) for w in words for t in w.split())


@cache
def _kb_tokens() -> dict[str, str]:
    """Folded words of KB names -> the type of entity they name (a gazetteer feature)."""
    from marsad.kb import builtin_kb

    words: dict[str, str] = {}
    for entity in builtin_kb().entities.values():
        for name in entity.all_names():
            for word in name.split():
                words.setdefault(fold_token(word), entity.mention_type)
    return words


@lru_cache(maxsize=30_000)
def _token_features(token: str, language: str) -> dict[str, object]:
    folded = fold_token(token)
    stem = _CLITIC.sub("", folded) or folded
    return {
        "w": folded, "stem": stem, "p2": folded[:2], "p3": folded[:3], "s2": folded[-2:],
        "s3": folded[-3:], "digit": folded.isdigit(), "short": len(folded) <= 2,
        "latin": folded.isascii() and folded.isalpha(), "title": folded in _title_words(language),
        "al": folded.startswith("ال"), "punct": not any(c.isalnum() for c in folded),
        "kb": _kb_tokens().get(folded) or _kb_tokens().get(stem) or "-",
    }


def features(tokens: Sequence[str], language: str) -> list[list[str]]:
    """Attribute strings per token, as crfsuite reads them: "name:value" for a string feature,
    "name" for a true flag (the attributes a dict of features would give). Each token's own and
    neighbour attributes are cached, since news repeats its words."""
    rows = []
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        row = list(_own_attributes(token, language))
        for offset in (-2, -1, 1, 2):
            j = i + offset
            row += _neighbour_attributes(tokens[j], language, offset) if 0 <= j <= last \
                else (f"{offset}:edge",)
        rows.append(row)
    return rows


def _as_attributes(values: dict[str, object], prefix: str = "") -> tuple[str, ...]:
    return tuple(f"{prefix}{k}:{v}" if isinstance(v, str) else f"{prefix}{k}"
                 for k, v in values.items() if v is not False)


@lru_cache(maxsize=30_000)
def _own_attributes(token: str, language: str) -> tuple[str, ...]:
    return _as_attributes(_token_features(token, language))


@lru_cache(maxsize=60_000)
def _neighbour_attributes(token: str, language: str, offset: int) -> tuple[str, ...]:
    own = _token_features(token, language)
    keys = ("w", "title", "stem", "s2") if abs(offset) == 1 else ("w", "title")
    return _as_attributes({k: own[k] for k in keys}, f"{offset}:")


def read_conll(path: str | Path) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences of (tokens, IOB2 labels mapped to PER/ORG/LOC, others O)."""
    tokens: list[str] = []
    labels: list[str] = []
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield tokens, labels
                tokens, labels = [], []
                continue
            token, _, tag = line.partition("\t")
            prefix, _, kind = tag.partition("-")
            mapped = TYPE_MAP.get(kind)
            tokens.append(token)
            labels.append(f"{prefix}-{mapped}" if mapped and prefix in ("B", "I") else "O")
    if tokens:
        yield tokens, labels


def spans(labels: Sequence[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) token spans from IOB2 labels (a stray I- starts a span)."""
    found = set()
    start, kind = None, None
    for i, label in enumerate([*labels, "O"]):
        prefix, _, current = label.partition("-")
        if start is not None and (prefix != "I" or current != kind):
            found.add((start, i, kind))
            start, kind = None, None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, current
    return found


class Tagger:
    def __init__(self, path: Path, language: str) -> None:
        import pycrfsuite

        self.language = language
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def tag(self, tokens: Sequence[str]) -> list[str]:
        if not tokens:
            return []
        return self._tagger.tag(features(tokens, self.language))


@cache
def load_tagger(language: str) -> Tagger | None:
    """The shipped model for a language, or None when there is none (then only the KB and
    title rules find mentions)."""
    path = MODEL_DIR / f"ner-{language}.crfsuite"
    return Tagger(path, language) if path.exists() else None


@cache
def model_spans_backend(language: str):
    """The function that finds (start, end, type) character spans in a sentence: a local
    Hugging Face model when $MARSAD_NER_MODEL names one, else the shipped CRF, else None."""
    import os

    path = os.environ.get("MARSAD_NER_MODEL")
    if path:
        from marsad.entities.hf_backend import HFTagger

        hf = HFTagger(path)
        return lambda text: [(s.start, s.end, s.type) for s in hf.spans(text)]
    crf = load_tagger(language)
    if crf is None:
        return None

    def crf_spans(text: str) -> list[tuple[int, int, str]]:
        tokens = list(_TAG_TOKEN.finditer(text))
        return [(tokens[first].start(), tokens[last - 1].end(), kind)
                for first, last, kind in spans(crf.tag([t.group() for t in tokens]))]

    return crf_spans


# words with their Arabic marks (as marsad.entities.mentions), or one punctuation character
_TAG_TOKEN = re.compile(r"[\w\u200c\u0640\u064B-\u065F\u0670]+|[^\w\s\u0640\u064B-\u065F\u0670]")
