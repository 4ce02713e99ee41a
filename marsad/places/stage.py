"""The places stage: every place name in an article, resolved against the gazetteer."""

from __future__ import annotations

from marsad.places.gazetteer import ensure_gazetteer, open_gazetteer
from marsad.places.resolve import find_spans, resolve_places
from marsad.records import Article
from marsad.registry import register

__all__ = ["PlacesStage", "resolve_article", "resolve_sentence", "mention_constraints"]

_BLOCKING = ("PER", "ORG")
_PLACE_TYPES = ("GPE", "LOC", "FAC")


@register("places.v1")
class PlacesStage:
    name = "places.v1"
    requires = ("text", "sentences", "paragraphs", "mentions")
    provides = ("places",)

    def __init__(self, gazetteer: str | None = None):
        # built here, in the parent process, so forked workers find the file ready
        self.path = ensure_gazetteer(gazetteer)

    def __call__(self, article: Article) -> Article:
        article.places = resolve_article(article, self.path)
        return article


def mention_constraints(mentions, offset: int = 0):
    """(blocked, entities): spans, relative to ``offset``, that are no place (a person or
    organisation the KB named: the tagger's and title rules' guesses are too rough to veto a
    gazetteer name such as "سد کودنا"; outlets named like towns, such as الميادين, stay open)
    and spans the entities stage took for a place."""
    blocked = [(m.start - offset, m.end - offset) for m in mentions
               if m.type in _BLOCKING and m.method == "kb"
               and not m.entity_id.startswith("outlet:")]
    entities = [(m.start - offset, m.end - offset) for m in mentions if m.type in _PLACE_TYPES]
    return blocked, entities


def resolve_sentence(text: str, language: str, gazetteer, mentions=None) -> list:
    """The places stage on one sentence, as it runs inside an article (``mentions``: the
    sentence's entity mentions, found here when not given)."""
    if mentions is None:
        from marsad.entities.mentions import find_mentions

        mentions = find_mentions(text, language)
    blocked, entities = mention_constraints(mentions)
    return resolve_places(find_spans(text, language, gazetteer, 0, blocked, entities))


def resolve_article(article: Article, gazetteer_path=None) -> list:
    gazetteer = open_gazetteer(gazetteer_path)
    by_sentence: dict[int, list] = {}
    for index, mention in article.mentions:
        by_sentence.setdefault(index, []).append(mention)
    spans = []
    for index, sentence, text, language in article.sentence_views():
        blocked, entities = mention_constraints(by_sentence.get(index, []), sentence.start)
        for span in find_spans(text, language, gazetteer, index, blocked, entities):
            span.start += sentence.start
            span.end += sentence.start
            spans.append(span)
    found = resolve_places(spans)
    for mention in found:  # names of the admin parents, for export without the gazetteer
        mention.admin1 = gazetteer.get(mention.place.admin1_id) if mention.place.level != \
            "admin1" else mention.place
        mention.admin2 = gazetteer.get(mention.place.admin2_id)
    return found
