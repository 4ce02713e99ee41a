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
        anchor = dt.date.fromisoformat(article.publication_date) \
            if article.publication_date else None
        found = []
        for index, sentence in enumerate(article.sentences):
            paragraph = article.paragraphs[sentence.paragraph] if article.paragraphs else None
            language = (paragraph.language if paragraph else None) or article.language
            text = article.text[sentence.start:sentence.end]
            for expression in find_times(text, language, anchor):
                expression.start += sentence.start
                expression.end += sentence.start
                found.append((index, expression))
        article.times = found
        return article
