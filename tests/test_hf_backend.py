"""The optional Hugging Face backend, on a tiny BERT the test builds itself (random weights, a
word-level vocabulary): loading from a local folder, offsets into the text, label mapping, and
a clear error without a model. Runs where the `hf` extra is installed (CI installs it)."""

from __future__ import annotations

import pytest

from marsad.errors import ConfigError


def test_missing_model_is_a_clear_error(tmp_path):
    from marsad.entities.hf_backend import HFTagger

    with pytest.raises(ConfigError, match="config.json missing"):
        HFTagger(tmp_path)


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    pytest.importorskip("transformers", reason="the hf extra is not installed")
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import BertConfig, BertForTokenClassification, PreTrainedTokenizerFast

    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "قال", "وزير", "الدفاع", "سيرغي",
             "شويغو", "في", "دمشق"]
    backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)},
                                         unk_token="[UNK]"))
    backend.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="[UNK]",
                                        pad_token="[PAD]", cls_token="[CLS]",
                                        sep_token="[SEP]", mask_token="[MASK]")
    labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC"]
    config = BertConfig(vocab_size=len(words), hidden_size=16, num_hidden_layers=1,
                        num_attention_heads=2, intermediate_size=32,
                        num_labels=len(labels), id2label=dict(enumerate(labels)),
                        label2id={label: i for i, label in enumerate(labels)})
    model = BertForTokenClassification(config)
    import torch

    with torch.no_grad():  # make the random model say B-PER for every word
        model.classifier.bias.fill_(0.0)
        model.classifier.bias[labels.index("B-PER")] = 100.0
    path = tmp_path_factory.mktemp("tiny-ner")
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


def test_tiny_model_tags_with_offsets(tiny_model):
    from marsad.entities.hf_backend import HFTagger

    text = "قال وزير الدفاع سيرغي شويغو في دمشق"
    spans = HFTagger(tiny_model).spans(text)
    assert [text[s.start:s.end] for s in spans] == text.split()  # offsets into the text
    assert {s.type for s in spans} == {"PER"}
    assert all(0.0 <= s.score <= 1.0 for s in spans)


def test_the_entities_stage_uses_a_configured_model(tiny_model, monkeypatch):
    from marsad.entities import tagger
    from marsad.entities.mentions import find_mentions

    monkeypatch.setenv("MARSAD_NER_MODEL", str(tiny_model))
    tagger.model_spans_backend.cache_clear()
    try:
        mentions = find_mentions("قال في دمشق", "ar")
        # دمشق is a KB name (kept); the model's PER spans fill the rest
        assert [(m.text, m.method) for m in mentions] == [("قال", "tagger"),
                                                          ("دمشق", "kb")]
    finally:
        tagger.model_spans_backend.cache_clear()
