"""The events stage: PLOVER events per article (see marsad.events.detect)."""

from __future__ import annotations

from marsad.events.detect import detect_events
from marsad.records import Article
from marsad.registry import register

__all__ = ["EventsStage"]


@register("events.v1")
class EventsStage:
    name = "events.v1"
    requires = ("text", "sentences", "mentions", "places", "times")
    provides = ("events",)

    def __call__(self, article: Article) -> Article:
        article.events = detect_events(article)
        return article
