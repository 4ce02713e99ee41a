"""The time stage: every sentence's temporal expressions, resolved against the article's
publication date (and left unresolved, text kept, when the article has none)."""

from __future__ import annotations

import datetime as dt

from marsad.records import Article
from marsad.registry import register
from marsad.time.expressions import find_times

__all__ = ["TimeStage", "resolve_sentence"]


def resolve_sentence(sentence: str, language: str | None, anchor: dt.date | None):
    """The API the event stage calls: the expressions in one sentence, given its anchor."""
    return find_times(sentence, language, anchor)


@register("times.v1")
class TimeStage:
    name = "times.v1"
    requires = ("text", "sentences", "paragraphs", "publication_date")
    provides = ("times",)

    def __call__(self, article: Article) -> Article:
        found = []
        for index, sentence, text, language in article.sentence_views():
            for expression in find_times(text, language, article.anchor):
                expression.start += sentence.start
                expression.end += sentence.start
                found.append((index, expression))
        article.times = found
        return article
