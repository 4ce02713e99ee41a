"""An optional tagger backend: a Hugging Face token-classification model the user already has
on disk (for example an Arabic or Persian BERT fine-tuned for NER). Nothing is downloaded:
the model is loaded from a local folder with the hub switched off.

    pip install 'marsad[hf]'          # transformers + torch, kept out of the core install
    MARSAD_NER_MODEL=/models/arabert-ner marsad ingest …

Labels are read from the model's config (B-PER, I-ORG, …, or bare PER/ORG/LOC); types other
than PER, ORG and LOC (and their common variants) are dropped, as with the CRF tagger.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marsad.errors import ConfigError

__all__ = ["HFTagger", "HFSpan", "LABEL_TYPES"]

LABEL_TYPES = {"PER": "PER", "PERS": "PER", "PERSON": "PER", "ORG": "ORG",
               "ORGANIZATION": "ORG", "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC",
               "FAC": "LOC"}


@dataclass(frozen=True)
class HFSpan:
    start: int
    end: int
    type: str
    score: float


class HFTagger:
    """Tags text with a local transformers model; spans are character offsets into the text."""

    def __init__(self, path: str | Path) -> None:
        path = Path(path)
        if not (path / "config.json").exists():
            raise ConfigError(f"no Hugging Face model at {path} (config.json missing)")
        try:
            import os

            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            from transformers import AutoModelForTokenClassification, AutoTokenizer, pipeline
        except ImportError:
            raise ConfigError("the Hugging Face backend needs transformers and torch: "
                              "pip install 'marsad[hf]'") from None
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        model = AutoModelForTokenClassification.from_pretrained(path, local_files_only=True)
        self._pipeline = pipeline("token-classification", model=model, tokenizer=tokenizer,
                                  aggregation_strategy="simple", device=-1)

    def spans(self, text: str) -> list[HFSpan]:
        found = []
        for item in self._pipeline(text):
            label = str(item.get("entity_group") or item.get("entity", "")).split("-")[-1]
            kind = LABEL_TYPES.get(label.upper())
            if kind and item["end"] > item["start"]:
                found.append(HFSpan(int(item["start"]), int(item["end"]), kind,
                                    float(item["score"])))
        return found
