"""Find mentions of people, organisations, places and facilities, and link them to the KB.

Three sources, in order of trust:
1. the KB's names matched over folded tokens, longest first, with Arabic proclitics
   (و ف ب ل ك, and لل for ل+ال) peeled off the first word;
2. titles and roles (lang/*/titles.toml): "وزير الدفاع الروسي X", "سرتیپ «X»" — the words after
   a title are a person's name even when the KB does not know it; a title with a nationality and
   no name ("الرئيس السوري") is the office holder on the article's date;
3. a name not in the KB is linked by its cross-script phonetic key, or becomes a NIL entity whose
   id is that key, so the same unknown name meets itself across articles and scripts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from marsad.entities.keys import (
    fold_token,
    lower_case_word,
    name_key,
    phonetic_key,
)
from marsad.extract.outlets import outlet_by_name
from marsad.kb import KnowledgeBase, builtin_kb
from marsad.lang import load_toml

__all__ = ["Mention", "find_mentions", "TOKEN_PATTERN", "clitic_variants"]

# letters with their marks: "توجّه", "طائرةً" are one word each (Python's \w leaves out the
# Arabic diacritics and tatweel, which would cut a word in two)
_TOKEN = re.compile(r"[\w\u200c\u0640\u064B-\u065F\u0670]+")
_CLITICS = ("و", "ف", "ب", "ل", "ك")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str
    entity_id: str
    confidence: float
    method: str


@dataclass(frozen=True)
class _Titles:
    offices: dict[tuple[str, ...], str]
    honorifics: frozenset[tuple[str, ...]]
    stop: frozenset[str]
    longest: int
    first_words: frozenset[str]
    not_names: frozenset[tuple[str, ...]] = frozenset()
    name_links: frozenset[str] = frozenset()


@cache
def _titles(language: str) -> _Titles:
    data = load_toml(language if language in ("ar", "fa", "en") else "ar", "titles")
    offices = {name_key(w): office for office, words in data.get("offices", {}).items()
               for w in words}
    honorifics = frozenset(name_key(w) for w in data.get("honorifics", []))
    stop = frozenset(fold_token(w) for w in data.get("stop", []))
    longest = max([len(k) for k in [*offices, *honorifics]] or [1])
    first_words = frozenset(k[0] for k in [*offices, *honorifics])
    not_names = frozenset(name_key(w) for w in data.get("not_names", []))
    name_links = frozenset(fold_token(w) for w in data.get("name_links", []))
    return _Titles(offices, honorifics, stop, longest, first_words, not_names, name_links)


@lru_cache(maxsize=50_000)
def _variants(token: str) -> tuple[str, ...]:
    """The token and the forms left when Arabic proclitics are peeled off."""
    forms = [token]
    rest = token
    if len(rest) > 3 and rest[0] in ("و", "ف"):
        rest = rest[1:]
        forms.append(rest)
    if len(rest) > 3 and rest.startswith("لل"):
        forms.append("ال" + rest[2:])
    elif len(rest) > 3 and rest[0] in _CLITICS[2:]:
        forms.append(rest[1:])
    return tuple(forms)


TOKEN_PATTERN = _TOKEN
clitic_variants = _variants  # the places stage peels clitics the same way


def find_mentions(text: str, language: str | None, anchor: dt.date | None = None,
                  kb: KnowledgeBase | None = None) -> list[Mention]:
    kb = kb or builtin_kb()
    tokens = [(m.start(), m.end(), fold_token(m.group())) for m in _TOKEN.finditer(text)]
    titles = _titles(language or "ar")
    mentions: list[Mention] = []
    index = 0
    while index < len(tokens):
        found = _title_mention(text, tokens, index, titles, kb, anchor)
        if found is None:
            found = _kb_mention(text, tokens, index, kb)
        if found is None:
            index += 1
            continue
        mention, index = found
        if mention is not None:
            mentions.append(mention)
    mentions += _tagged_mentions(text, language, mentions, kb)
    return sorted(mentions, key=lambda m: m.start)


def _tagged_mentions(text: str, language: str | None, taken: list[Mention],
                     kb: KnowledgeBase) -> list[Mention]:
    """Names the statistical tagger finds where the KB and title rules found nothing."""
    from marsad.entities.tagger import model_spans_backend

    backend = model_spans_backend(language or "ar")
    if backend is None:
        return []
    found = []
    for start, end, kind in sorted(backend(text)):
        if end - start < 3 or any(m.start < end and start < m.end for m in taken):
            continue
        name = text[start:end]
        if " ".join(name_key(name)) in kb.adjectives:
            continue  # "روسي", "السوري": a nationality, not a name
        if kind == "PER" and _only_a_title(name, language):
            continue  # "ولي العهد" after "محمد بن سلمان بن عبدالعزيز ولي": his title
        wanted = {"PER": ("person",), "ORG": ("organisation", "government_body", "armed_group",
                                               "media"), "LOC": ("country", "place", "facility")}
        linked = [e for e in kb.lookup(name) if e.type in wanted[kind]]
        if not linked and kind == "ORG":
            # the tagger says "organisation": now an outlet name that is also an everyday word
            # (مشرق, الميادين) may be read as the outlet
            outlet = outlet_by_name(name)
            linked = [kb.get(f"outlet:{outlet.id}")] if outlet and kb.get(
                f"outlet:{outlet.id}") else []
        if len(linked) == 1:
            found.append(Mention(start, end, name, linked[0].mention_type, linked[0].id, 0.7,
                                 "tagger+kb"))
        else:
            found.append(Mention(start, end, name, kind, f"nil:{kind}:{phonetic_key(name)}",
                                 0.5, "tagger"))
    return found


def _kb_mention(text, tokens, index, kb: KnowledgeBase):
    if not any(form in kb.first_words for form in _variants(tokens[index][2])):
        return None  # most words start no name: one set lookup instead of every length
    for length in range(min(kb.longest, len(tokens) - index), 0, -1):
        rest = tuple(t for _, _, t in tokens[index + 1:index + length])
        for first in _variants(tokens[index][2]):
            ids = kb.by_key.get((first, *rest))
            if ids:
                entity = kb.get(sorted(ids)[0])
                if entity.type == "media" and _names_a_day(tokens, index + length):
                    continue  # "قالت روسيا اليوم السبت": Russia, today Saturday; not RT
                start = tokens[index][1] - len(first) if first != tokens[index][2] else \
                    tokens[index][0]
                start = max(start, tokens[index][0])
                end = tokens[index + length - 1][1]
                confidence = 0.95 if len(ids) == 1 else 0.6
                return Mention(start, end, text[start:end], entity.mention_type, entity.id,
                               confidence, "kb"), index + length
    return None


@cache
def _weekdays() -> frozenset[str]:
    """Weekday names of every language's time.toml, folded."""
    words = set()
    for language in ("ar", "fa", "en"):
        for names in load_toml(language, "time").get("weekdays", {}).values():
            words.update(fold_token(n) for n in names)
    return frozenset(words)


def _names_a_day(tokens, index: int) -> bool:
    """A weekday follows: an outlet name that ends in "today" (روسيا اليوم) is then a date."""
    return index < len(tokens) and tokens[index][2] in _weekdays() and \
        tokens[index - 1][2] in ("اليوم", "today", "امروز")


def _only_a_title(name: str, language: str | None) -> bool:
    """Whether a name is all office, honorific or title words (titles.toml), no name of a
    person."""
    titles = _titles(language or "ar")
    if name_key(name) in titles.not_names:
        return True
    tokens = [(m.start(), m.end(), fold_token(m.group())) for m in _TOKEN.finditer(name)]
    for phrases in (titles.offices, titles.honorifics):
        _, length = _match_phrase(tokens, 0, phrases, titles.longest)
        if tokens and length == len(tokens):
            return True
    return False


def _match_phrase(tokens, index, phrases: dict | frozenset, longest: int):
    """The longest phrase (a tuple of folded tokens) starting at ``index``, clitics allowed."""
    for length in range(min(longest, len(tokens) - index), 0, -1):
        rest = tuple(t for _, _, t in tokens[index + 1:index + length])
        for first in _variants(tokens[index][2]):
            if (first, *rest) in phrases:
                return (first, *rest), length
    return None, 0


def _title_mention(text, tokens, index, titles: _Titles, kb: KnowledgeBase,
                   anchor: dt.date | None):
    if not any(form in titles.first_words for form in _variants(tokens[index][2])):
        return None
    phrase, length = _match_phrase(tokens, index, titles.offices, titles.longest)
    office = titles.offices.get(phrase) if phrase else None
    if office is None:
        phrase, length = _match_phrase(tokens, index, titles.honorifics, titles.longest)
        if not phrase:
            return None
    cursor = index + length
    country = None
    if cursor < len(tokens):  # a nationality after the title: الروسي, روسیه, Russian
        key = tokens[cursor][2]
        for form in _variants(key):
            if form in kb.adjectives or (form,) in kb.by_key and _country_of(kb, form):
                country = kb.adjectives.get(form) or _country_of(kb, form)
                cursor += 1
                break
    while cursor < len(tokens):  # honorifics after an office: نائب وزير الدفاع الروسي السيد
        more, extra = _match_phrase(tokens, cursor, titles.honorifics, titles.longest)
        if not more:
            break
        cursor += extra
    # a KB name right after the title: let the KB match it, with the title as context
    found = _kb_mention(text, tokens, cursor, kb) if cursor < len(tokens) else None
    if found and found[0].type == "PER":
        return found
    # another KB name is no person's ("وزير الدفاع للمملكة الأردنية الهاشمية": a country)
    name_end = cursor if found else _name_span(text, tokens, cursor, titles, kb)
    if name_end > cursor:
        start, end = tokens[cursor][0], tokens[name_end - 1][1]
        name = text[start:end]
        return _link_unknown_person(name, start, end, kb, office, country), name_end
    if office and country:  # "الرئيس السوري": the office holder on the article's date
        holders = kb.holders(office, country, anchor)
        if len(holders) == 1 and anchor is not None:
            start, end = tokens[index][0], tokens[cursor - 1][1]
            return Mention(start, end, text[start:end], "PER", holders[0].id, 0.8,
                           "role"), cursor
    return None


def _country_of(kb: KnowledgeBase, form: str) -> str | None:
    ids = kb.by_key.get((form,), set())
    for entity_id in ids:
        entity = kb.get(entity_id)
        if entity and entity.type == "country":
            return entity.country
    return None


def _name_span(text, tokens, cursor, titles: _Titles, kb: KnowledgeBase) -> int:
    """Up to three name-like tokens: stop at punctuation, a stop word or a KB name."""
    if cursor >= len(tokens):
        return cursor
    quoted = text[max(0, tokens[cursor][0] - 1):tokens[cursor][0]] in "«\"“"
    end = cursor
    longest = 5 if quoted else 3
    while end < len(tokens) and end - cursor < longest:
        token = tokens[end][2]
        after_link = end > cursor and tokens[end - 1][2] in titles.name_links
        if not after_link and (token in titles.stop or token.isdigit()
                               or (token,) in kb.by_key):
            break  # a father's name after "بن" is the name's, whatever else its folded form
            # is ("حمد بن علي": "علي" is "على" folded, a stop word)
        if token in titles.name_links:
            longest += 1  # "حمد بن علي العطية": the link and the father's name lengthen it
        if token[:1] == "و" and _variants(token)[-1] in titles.stop:
            break  # "رئيس الوزراء ووزير خارجية دولة الكويت": a second office, no name
        if lower_case_word(text[tokens[end][0]:tokens[end][1]]):
            break  # "the minister denounced the raids": in a cased script a name is capitalised
        if end > cursor and token.startswith(("لل", "بال", "وال", "فال")):
            break  # للصحفيين, بالقرب: a prepositional phrase, not the next part of a name
        if _match_phrase(tokens, end, titles.offices, titles.longest)[0]:
            break  # "استقبل الملك سلمان الرئيس الموريتاني": the next person's office; right
            # after a title, another one ("وزير الخارجية السعودي مبعوث الأمم المتحدة") is
            # no name
        if end > cursor and _kb_mention(text, tokens, end, kb):
            break  # a known name of two words or more ends the unknown one
        gap = text[tokens[end - 1][1]:tokens[end][0]] if end > cursor else ""
        if end > cursor and (re.search(r"[،,.:;»\"”()\n]", gap)):
            break
        end += 1
    return end


def _link_unknown_person(name: str, start: int, end: int, kb: KnowledgeBase,
                         office: str | None, country: str | None) -> Mention:
    key = phonetic_key(name)
    holders = _office_holders_named(name, kb, office, country)
    if len(holders) == 1:  # "الملك سلمان": the king whose name has that word
        return Mention(start, end, name, "PER", holders[0].id, 0.8, "title+kb")
    people = [p for p in kb.sounds_like(name) if p.type == "person"
              and (country is None or p.country in (None, country))]
    if len(people) == 1:
        return Mention(start, end, name, "PER", people[0].id, 0.75, "phonetic")
    return Mention(start, end, name, "PER", f"nil:PER:{key}", 0.5, "title")


def _office_holders_named(name: str, kb: KnowledgeBase, office: str | None,
                          country: str | None) -> list:
    """People of the KB who ever held ``office`` (in ``country``, where the title said) and
    one of whose names holds every word of ``name``: a title and a first name are how the
    news names kings and princes ("الملك سلمان", "الأمير محمد")."""
    if office is None:
        return []
    words = set(name_key(name))
    return [p for p in kb.entities.values() if p.type == "person" and any(
        r.office == office and country in (None, r.country) for r in p.roles) and any(
        words <= set(name_key(alias)) for alias in p.all_names())]
