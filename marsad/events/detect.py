"""Event detection: PLOVER events per sentence, with actors, place, date, modality,
attribution, quantities and the evidence offsets of each.

One event per PLOVER type per sentence: coordinated actors ("لافروف وغيراسيموف") are several
actors of one event, as in PLOVER's actor[] lists. An event needs an actor: a trigger word with
nobody doing anything ("الهجوم" in a background clause) is not coded. Events restated in one
article are merged (same type, actors and place; a date on one of them only).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from marsad.entities.keys import fold_token
from marsad.entities.mentions import TOKEN_PATTERN
from marsad.events.actors import Actor, find_actors
from marsad.events.lexicon import Trigger, attribution_words, modality_words, triggers
from marsad.lang import load_toml

__all__ = ["Event", "detect_events"]

_ISO3 = {"SY": "SYR", "RU": "RUS", "IQ": "IRQ", "LB": "LBN", "IL": "ISR", "PS": "PSE",
         "JO": "JOR", "IR": "IRN", "TR": "TUR", "US": "USA", "FR": "FRA", "GB": "GBR",
         "DE": "DEU", "SA": "SAU", "QA": "QAT", "AE": "ARE", "EG": "EGY", "YE": "YEM",
         "UA": "UKR", "KZ": "KAZ", "FI": "FIN", "CN": "CHN", "LY": "LBY", "KW": "KWT"}
_PLACE_RANK = {"facility": 0, "village": 1, "city": 2, "region": 3, "admin2": 4, "admin1": 5,
               "country": 6}


@dataclass
class Event:
    sentence: int
    type: str
    mode: str | None
    context: list[str]
    trigger: tuple[int, int, str]                 # article offsets and text
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    place: Any = None                             # marsad.places.resolve.PlaceMention
    date: str | None = None
    date_text: str | None = None
    modality: str = "asserted"
    attribution: str | None = None
    quantities: dict[str, int] = field(default_factory=dict)
    confidence: float = 0.5
    language: str | None = None
    evidence: tuple[int, int] = (0, 0)            # the sentence's offsets in the article text
    restated: list[int] = field(default_factory=list)  # other sentences saying the same


def detect_events(article) -> list[Event]:
    """Events of an article whose sentences, mentions, places and times are known."""
    by_sentence: dict[int, dict[str, list]] = {}
    for kind in ("mentions", "times"):
        for index, item in getattr(article, kind):
            by_sentence.setdefault(index, {}).setdefault(kind, []).append(item)
    for place in article.places:
        by_sentence.setdefault(place.sentence, {}).setdefault("places", []).append(place)
    focus = _focus_country(article)
    events: list[Event] = []
    previous_actors: list[Actor] = []
    for index, sentence, text, language in article.sentence_views():
        found = by_sentence.get(index, {})
        sentence_events, actors = _sentence_events(
            article, index, sentence, text, language, found, focus, previous_actors)
        events += sentence_events
        previous_actors = actors or previous_actors
    return _merge_restated(events)


def _focus_country(article) -> str | None:
    counts = Counter(_ISO3.get(p.place.country, p.place.country) for p in article.places
                     if p.place.country)
    return counts.most_common(1)[0][0] if counts else None


def _sentence_events(article, index, sentence, text, language, found, focus, previous):
    tokens = [(m.start(), m.end(), fold_token(m.group())) for m in TOKEN_PATTERN.finditer(text)]
    if not tokens:
        return [], []
    folded = [t for _, _, t in tokens]
    matches = triggers(language).find_all(folded)
    if not matches:
        return [], []
    mentions = [_shifted(m, -sentence.start) for m in found.get("mentions", [])]
    # a news outlet in a sentence is who reports, not who acts
    actors = [a for a in find_actors(text, tokens, mentions, language, article.anchor)
              if a.sector != "MED" and not (a.entity_id or "").startswith("outlet:")]
    for actor in actors:
        if actor.country is None and actor.sector in ("REB", "MIL", "CVL", "COP", "GOV") \
                and actor.kind == "noun":
            actor.country = focus  # "الثوار", "الجيش" of the country the article is about
    events, seen_types = [], set()
    for match in matches:
        trigger: Trigger = match.value
        if trigger.type in seen_types:
            continue
        sources, targets = _roles(actors, match, folded, trigger)
        if not sources and not targets and previous and _refers_back(folded, language):
            sources = previous[:1]
        if not sources and not targets:
            continue
        seen_types.add(trigger.type)
        start, end = tokens[match.start][0], tokens[match.end - 1][1]
        event = Event(index, trigger.type, trigger.mode, list(trigger.context),
                      (sentence.start + start, sentence.start + end, text[start:end]),
                      sources, targets, language=language,
                      evidence=(sentence.start, sentence.end))
        _add_context(event, sources + targets)
        event.place = _place(found.get("places", []), sources + targets, sentence.start)
        _add_date(event, found.get("times", []), sentence.start + start, article.anchor)
        _add_modality(event, folded, match, language)
        event.attribution = _attribution(folded, actors, language, mentions)
        event.quantities = _quantities(folded, language)
        event.confidence = round(0.45 + 0.2 * bool(sources) + 0.15 * bool(targets)
                                 + 0.1 * bool(event.place) + 0.1 * (trigger.mode is not None), 2)
        events.append(event)
    return events, actors


def _shifted(mention, delta):
    from dataclasses import replace

    return replace(mention, start=mention.start + delta, end=mention.end + delta)


def _refers_back(folded, language) -> bool:
    from marsad.events.lexicon import pronouns

    words = pronouns(language)
    return any(t in words for t in folded[:6])


def _groups(actors: list[Actor], folded: list[str]) -> list[list[Actor]]:
    """Coordinated actors ("لافروف وغيراسيموف", "X و Y") become one group."""
    groups: list[list[Actor]] = []
    for actor in actors:
        if groups:
            last = groups[-1][-1]
            between = folded[last.end:actor.start]
            joined = (actor.start == last.end and folded[actor.start].startswith("و")) or \
                between in (["و"], ["and"], [], ["،"])
            if joined and actor.start - last.end <= 1:
                groups[-1].append(actor)
                continue
        groups.append([actor])
    return groups


def _roles(actors, match, folded, trigger: Trigger):
    groups = _groups(actors, folded)
    before = [g for g in groups if g[-1].end <= match.start and match.start - g[-1].end <= 10]
    after = [g for g in groups if g[0].start >= match.end]
    if before:
        sources, rest = before[-1], after
    elif after:
        sources, rest = after[0], after[1:]
    else:
        return [], []
    targets = rest[0] if rest else []
    if trigger.host and targets:
        sources, targets = targets, sources
    return sources, targets


def _add_context(event: Event, actors: list[Actor]) -> None:
    if any(a.sector == "MIL" for a in actors) and "military" not in event.context:
        event.context.append("military")


def _place(places, actors, offset):
    used = {(a.char_start + offset, a.char_end + offset) for a in actors}
    candidates = [p for p in places if (p.start, p.end) not in used]
    if not candidates:
        return None
    return min(candidates, key=lambda p: _PLACE_RANK.get(p.place.level, 9))


def _add_date(event: Event, times, trigger_at: int, anchor: dt.date | None) -> None:
    dated = [t for t in times if t.value]
    if not dated:
        return
    nearest = min(dated, key=lambda t: abs(t.start - trigger_at))
    event.date_text = nearest.text
    if nearest.precision == "day":
        event.date = nearest.value
        if anchor and (anchor - dt.date.fromisoformat(nearest.value)).days > 30:
            event.modality = "historical"


def _add_modality(event: Event, folded, match, language) -> None:
    window = folded[max(0, match.start - 3):match.start]
    for kind, table in modality_words(language).items():
        if table.find_all(window):
            event.modality = kind
            return
    first = folded[match.start]
    if language == "ar" and re.match(r"^(و|ف)?س[يتن]", first) and len(first) > 4:
        event.modality = "future"  # سيزور, ستعقد


def _attribution(folded, actors: list[Actor], language, mentions) -> str | None:
    for match in attribution_words(language).find_all(folded):
        near = [a for a in actors if match.end <= a.start <= match.end + 3] or \
               [a for a in actors if 0 <= match.start - a.end <= 2]
        if near:
            return near[0].name or near[0].text
        media = [m for m in mentions if m.entity_id.startswith("outlet:")]
        if media:
            return media[0].text
    return None


@cache
def _quantity_words(language: str | None) -> dict[str, str]:
    data = load_toml(language if language in ("ar", "fa", "en") else "ar", "events")
    return {fold_token(w): kind for kind, words in data.get("quantities", {}).items()
            for w in words}


def _quantities(folded, language) -> dict[str, int]:
    words = _quantity_words(language)
    found = {}
    for index, token in enumerate(folded[:-1]):
        if token.isdigit():
            for after in folded[index + 1:index + 3]:
                if after in words and words[after] not in found:
                    found[words[after]] = int(token)
                    break
    return found


def _merge_restated(events: list[Event]) -> list[Event]:
    kept: list[Event] = []
    for event in events:
        key = _key(event)
        twin = next((k for k in kept if _key(k) == key and (k.date is None or event.date is None
                                                          or k.date == event.date)), None)
        if twin is None:
            kept.append(event)
            continue
        twin.restated.append(event.sentence)
        twin.date = twin.date or event.date
        twin.place = twin.place or event.place
    return kept


def _key(event: Event):
    return (event.type, tuple(sorted(a.code() for a in event.sources)),
            tuple(sorted(a.code() for a in event.targets)),
            event.place.place.id if event.place else None)
