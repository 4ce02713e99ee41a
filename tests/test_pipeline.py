"""The stage registry and pipeline checks; workers give the same results as one process."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES
from marsad.errors import PipelineError
from marsad.ingest import iter_documents
from marsad.pipeline import DEFAULT_STAGES, Pipeline
from marsad.records import Article
from marsad.registry import get_stage, register, stage_names


def test_builtin_stages_are_registered_by_versioned_name():
    assert set(DEFAULT_STAGES) <= set(stage_names())


def test_unknown_stage_names_the_known_ones():
    with pytest.raises(PipelineError, match="known stages: .*extract.v1"):
        get_stage("nope.v1")


def test_unmet_requirements_are_all_listed_at_once():
    with pytest.raises(PipelineError) as error:
        Pipeline.from_names(["sentences.v1", "normalize.v1"])
    message = str(error.value)
    assert "sentences.v1 needs 'text'" in message
    assert "sentences.v1 needs 'paragraphs'" in message
    assert "normalize.v1 needs 'language'" in message


def test_a_plugin_stage_uses_the_same_api():
    @register("test.upper-title.v1")
    class UpperTitle:
        name = "test.upper-title.v1"
        requires = ("title",)
        provides = ("title",)

        def __call__(self, article: Article) -> Article:
            article.title = f"<{article.title}>"
            return article

    pipeline = Pipeline.from_names([*DEFAULT_STAGES, "test.upper-title.v1"])
    document = next(iter_documents([EXAMPLES / "001_2cd45ebb1451c2a5.txt"]))
    assert pipeline.process(document).title.startswith("<وفد من الدفاع")


def test_a_failing_stage_becomes_a_rejection_not_a_crash():
    @register("test.explode.v1")
    class Explode:
        name = "test.explode.v1"
        requires = ()
        provides = ()

        def __call__(self, article: Article) -> Article:
            raise ValueError("boom")

    pipeline = Pipeline.from_names(["extract.v1", "test.explode.v1"])
    document = next(iter_documents([EXAMPLES / "001_2cd45ebb1451c2a5.txt"]))
    rejection = pipeline.process(document)
    assert rejection.reason == "processing_error" and "boom" in rejection.message


def test_workers_give_the_same_articles_in_the_same_order():
    pipeline = Pipeline.from_names()
    documents = list(iter_documents([EXAMPLES]))
    single = [a.text for a in pipeline.run(documents)]
    pooled = [a.text for a in pipeline.run(documents, workers=2)]
    assert single == pooled and len(single) == 5
