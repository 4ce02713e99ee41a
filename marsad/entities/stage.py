"""The entities stage: mentions per sentence, linked to the KB or to NIL entities."""

from __future__ import annotations

from marsad.entities.keys import name_key
from marsad.entities.mentions import Mention, find_mentions
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
        _short_names_refer_back([m for _, m in found])
        article.mentions = found
        return article


def _short_names_refer_back(mentions: list[Mention]) -> None:
    """A person named in full, then by the last part of the name ("علي عبدالله صالح" …
    "قوات صالح", "سامح شكري" … "وأكد شكري"): the short form the KB does not know (a NIL
    mention) is the person named before it in the article. News names a person in full
    first; a short form with no full name before it stays as found."""
    named: dict[tuple[str, ...], str] = {}  # the last words of each full name -> its entity
    for mention in mentions:
        if mention.type != "PER":
            continue
        key = name_key(mention.text)
        if mention.entity_id.startswith("nil:") and key in named:
            mention.entity_id, mention.method = named[key], "coreference"
            continue
        for length in range(1, len(key)):
            named[key[-length:]] = mention.entity_id
