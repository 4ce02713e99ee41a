"""The places stage: every place name in an article, resolved against the gazetteer."""

from __future__ import annotations

from collections import Counter

from marsad.places.gazetteer import ensure_gazetteer, open_gazetteer
from marsad.places.resolve import find_spans, resolve_places
from marsad.records import Article
from marsad.registry import register

__all__ = ["PlacesStage", "resolve_article"]

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


def resolve_article(article: Article, gazetteer_path=None) -> list:
    gazetteer = open_gazetteer(gazetteer_path)
    by_sentence: dict[int, list] = {}
    for index, mention in article.mentions:
        by_sentence.setdefault(index, []).append(mention)
    spans, hint = [], Counter()
    for index, sentence, text, language in article.sentence_views():
        mentions = by_sentence.get(index, [])
        # names the KB made a person or organisation are no places; the tagger's and the
        # title rules' guesses are too rough to veto a gazetteer name ("سد کودنا", "مدينة X")
        blocked = [(m.start - sentence.start, m.end - sentence.start) for m in mentions
                   if m.type in _BLOCKING and m.method == "kb"
                   and not m.entity_id.startswith("outlet:")]
        entities = [(m.start - sentence.start, m.end - sentence.start) for m in mentions
                    if m.type in _PLACE_TYPES]
        for span in find_spans(text, language, gazetteer, index, blocked, entities):
            span.start += sentence.start
            span.end += sentence.start
            spans.append(span)
    found = resolve_places(spans, hint)
    for mention in found:  # names of the admin parents, for export without the gazetteer
        mention.admin1 = gazetteer.get(mention.place.admin1_id) if mention.place.level != \
            "admin1" else mention.place
        mention.admin2 = gazetteer.get(mention.place.admin2_id)
    return found
