"""The entities stage: mentions per sentence, linked to the KB or to NIL entities."""

from __future__ import annotations

import datetime as dt

from marsad.entities.mentions import find_mentions
from marsad.records import Article
from marsad.registry import register

__all__ = ["EntitiesStage"]


@register("entities.v1")
class EntitiesStage:
    name = "entities.v1"
    requires = ("text", "sentences", "paragraphs", "publication_date")
    provides = ("mentions",)

    def __call__(self, article: Article) -> Article:
        anchor = dt.date.fromisoformat(article.publication_date) \
            if article.publication_date else None
        found = []
        for index, sentence in enumerate(article.sentences):
            paragraph = article.paragraphs[sentence.paragraph] if article.paragraphs else None
            language = (paragraph.language if paragraph else None) or article.language
            text = article.text[sentence.start:sentence.end]
            for mention in find_mentions(text, language, anchor):
                mention.start += sentence.start
                mention.end += sentence.start
                found.append((index, mention))
        article.mentions = found
        return article
