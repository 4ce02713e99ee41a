"""The entities stage: mentions per sentence, linked to the KB or to NIL entities."""

from __future__ import annotations

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
        found = []
        for index, sentence, text, language in article.sentence_views():
            for mention in find_mentions(text, language, article.anchor):
                mention.start += sentence.start
                mention.end += sentence.start
                found.append((index, mention))
        article.mentions = found
        return article
