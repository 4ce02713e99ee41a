"""The statistical NER tagger: training works end to end on a small slice, the shipped models
load and score above a floor on held-out data, and spans are read from IOB2 correctly."""

from __future__ import annotations

import json

import pytest

from marsad.entities.tagger import load_tagger, read_conll, spans
from marsad.entities.train import score, train_ner


@pytest.mark.parametrize(("labels", "expected"), [
    (["B-PER", "I-PER", "O", "B-LOC"], {(0, 2, "PER"), (3, 4, "LOC")}),
    (["I-ORG", "I-ORG", "B-ORG"], {(0, 2, "ORG"), (2, 3, "ORG")}),
    (["O", "O"], set()),
])
def test_spans(labels, expected):
    assert spans(labels) == expected


def test_training_runs_end_to_end(tmp_path, shared):
    report = train_ner("ar", shared, tmp_path, max_iterations=20)
    assert (tmp_path / "ner-ar.crfsuite").exists()
    assert json.loads((tmp_path / "ner-ar.json").read_text())["micro"]["f1"] == \
        report["micro"]["f1"]
    assert report["micro"]["f1"] > 0.3


@pytest.mark.parametrize(("language", "corpus", "floor"), [
    ("ar", "ar/anercorp_train.tsv", 0.6),
    ("fa", "fa/peyma_dev.tsv", 0.65),
])
def test_shipped_models_meet_their_floor(shared, language, corpus, floor):
    tagger = load_tagger(language)
    assert tagger is not None, "run `marsad train ner`"
    sentences = list(read_conll(shared / "data" / "ner" / corpus))
    if language == "ar":  # the held-out tenth, as in training
        sentences = sentences[int(len(sentences) * 0.9):]
    assert score(tagger, sentences)["micro"]["f1"] >= floor
