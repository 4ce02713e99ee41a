"""Actors in a sentence, each with a PLOVER code (country + sector) and its evidence.

Three sources:
- entity mentions linked to the KB: a person's role on the article's date gives country and
  sector (Shoigu in 2020 is RUS MIL, Belousov in 2025 too); organisations carry their own
  code; a country or a capital used as a subject is that country's government (موسكو طلبت);
- actor nouns from lang/*/actors.toml (قوات النظام, الثوار, ارتش اشغالگر), with the
  nationality word or country name beside them (الطائرات الروسية, ارتش سوریه);
- an unknown name after an actor noun borrows its code (نائب وزير الدفاع الروسي يونس بك …).

A country or city after a locative preposition (في دمشق, إلى موسكو) is a place, not an actor.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from marsad.entities.keys import fold_token
from marsad.entities.mentions import clitic_variants
from marsad.events.lexicon import (
    actor_nouns,
    actor_words,
    apposition_titles,
    harm_verbs,
    home_state,
    instrument_prefixes,
    is_count_word,
    locative_words,
    owner_pronouns,
    people_plurals,
    people_singular,
)
from marsad.kb import KnowledgeBase, builtin_kb
from marsad.places.resolve import area_cue_words, compass_words

__all__ = ["Actor", "find_actors", "add_named_again", "country_set", "definite", "title_chain",
           "joined_by_and"]



# a preposition that ends a trigger and names who is addressed (طلب من موسكو, بحث مع),
# unlike one that names where to (وصل إلى روسيا)
_ADDRESSEE = frozenset(fold_token(w) for w in ("من", "مع", "از", "با", "from", "with"))


@dataclass
class Actor:
    start: int          # token index
    end: int
    char_start: int
    char_end: int
    text: str
    country: str | None
    sector: str | None
    name: str | None = None
    entity_id: str | None = None
    kind: str = "entity"   # entity, noun, country, coordinated, place (host), struck (place hit),
    # states (many, none named)
    phrase_start: int | None = None  # token where the words introducing it begin

    @property
    def lead(self) -> int:
        """The first token of the words that name it, introducing words included."""
        return self.phrase_start if self.phrase_start is not None else self.start

    def code(self) -> str:
        return " ".join(p for p in (self.country, self.sector) if p) or "?"


def _token_index(tokens, char: int, end: bool = False) -> int:
    for index, (start, stop, _) in enumerate(tokens):
        if (stop >= char if end else start <= char < stop) or (not end and start >= char):
            return index
    return len(tokens) - 1


def find_actors(text: str, tokens, mentions, language: str | None,
                anchor: dt.date | None, kb: KnowledgeBase | None = None,
                trigger_tokens: frozenset[int] = frozenset(),
                addressable: frozenset[int] = frozenset()) -> list[Actor]:
    """``tokens``: (start, end, folded) of the sentence; ``mentions``: entity mentions with
    offsets relative to the sentence; ``trigger_tokens``: token indexes inside event triggers
    (the من of "طلب من موسكو" makes Moscow the addressee, not a place); ``addressable``:
    tokens shortly after a request, where من names whom it is asked of ("ضمانات من موسكو")."""
    kb = kb or builtin_kb()
    folded = [t for _, _, t in tokens]
    actors: list[Actor] = []
    taken: set[int] = set()
    located_end = -1  # the token after the last place read as where, not who
    for mention in mentions:
        if _dateline(text, mention):
            continue  # "تهران - …", "دمشق:": where the report was filed, not who acts
        first = _token_index(tokens, mention.start)
        last = _token_index(tokens, mention.end - 1, end=True)
        if first == located_end and folded[first][:1] == "و" and _is_place(mention, kb):
            located_end = last + 1  # "في العراق وسوريا": both are where
            continue
        if kb.get(mention.entity_id) is None and _opens_with_noun(folded, first, last, language):
            continue  # "سلاح الجو التركي" tagged as a person: the noun and its nationality say
        counted = _counted_people(folded, first, last, kb, language)
        if counted:  # "12 سوريا قتلوا": twelve Syrians, not Syria
            actors.append(Actor(first, last + 1, tokens[first][0], tokens[last][1],
                                text[tokens[first][0]:tokens[last][1]], counted, "CVL",
                                kind="noun"))
            taken.add(first)
            continue
        addressed = first - 1 in trigger_tokens and folded[first - 1] in _ADDRESSEE or \
            first - 1 in addressable and folded[first - 1] in _ADDRESSEE
        actor = _from_entity(mention, kb, anchor, folded, first, addressed, language)
        if actor is None:
            if _is_place(mention, kb) and not addressed:
                located_end = last + 1
            continue
        actor.start, actor.end = first, last + 1
        actors.append(actor)
        taken.update(range(first, last + 1))
    nouns = actor_nouns(language).find_all(folded)
    _yield_to_phrases(actors, taken, nouns)
    _add_coalitions(actors, taken, nouns, text, tokens, folded, kb, language)
    for match in nouns:
        if taken & set(range(match.start, match.end)):
            continue
        if match.end in trigger_tokens and is_count_word(folded[match.end - 1], language) \
                or _counts_things(folded, match.start, match.end, nouns, kb, language):
            continue  # "عشرات الغارات", "بعشرات الصواريخ": dozens of strikes, of rockets
        sector, country = match.value
        end = match.end
        if country is None:
            country, end = _nationality(folded, match.start, match.end, kb, language)
        start_char, end_char = tokens[match.start][0], tokens[end - 1][1]
        actors.append(Actor(match.start, end, start_char, end_char, text[start_char:end_char],
                            country, sector, kind="noun"))
        taken.update(range(match.start, end))
        other = _and_nationality(folded, end, kb) if country else None
        if other:  # "مسؤولين عسكريين سوريين وروس": Russian officials too
            actors.append(Actor(end, end + 1, tokens[end][0], tokens[end][1],
                                text[tokens[end][0]:tokens[end][1]], other, sector,
                                kind="coordinated"))
            taken.add(end)
    for index, token in enumerate(folded):  # "الإسرائيليين", "Palestinians": the people
        if index in taken:
            continue
        country = _people_of(token, people_plurals(language), kb) or _one_of_people(
            folded, index, kb, language)
        if country:
            start = index
            if language == "en" and index and index - 1 not in taken \
                    and kb.adjectives.get(folded[index - 1]):
                start = index - 1  # "Bosnian Serbs": the country they live in
                country = kb.adjectives[folded[start]]
            start_char, end_char = tokens[start][0], tokens[index][1]
            actors.append(Actor(start, index + 1, start_char, end_char,
                                text[start_char:end_char], country, "CVL", kind="noun"))
            taken.update(range(start, index + 1))
    _add_home_state(actors, taken, text, tokens, folded, language)
    actors.sort(key=lambda a: a.start)
    nouns = [a for a in actors if a.kind == "noun"]
    actors[:] = [a for a in actors if not (a.kind == "country" and any(
        n.start <= a.start and a.end <= n.end for n in nouns))]  # "طائرة حربية سورية"
    _led_forces(actors, folded, language)
    _accompanying(actors, folded, language)
    _belonging(actors, folded, language)
    _of_organisation(actors, folded)
    _supporters(actors, folded, language)
    _allies_named(actors, folded, language)
    _platforms(actors, folded, language)
    _agreeing_nouns(actors, text, folded, language)
    _deputy_named_after(actors, folded, language)
    _borrow_codes(actors, folded, trigger_tokens, language)
    _countries_after_of(actors, text, tokens, folded, kb, language)
    _part_of_side(actors, folded, language)
    _headed_by(actors, folded, language)
    _leaders_named_after(actors, folded, language)
    return actors


def _counts_things(folded, start: int, after: int, nouns, kb, language) -> bool:
    """Whether a count word after "ب" ([instrument_prefixes]: "بعشرات", "بمئات") counts a
    definite noun that names no people: "استهدافها بعشرات الصواريخ" (sample 145 had dozens of
    people as the target); what was done with them, not to whom. Without "ب" a count of a noun
    no list knows is mostly of people ("تظاهر عشرات النشطاء"), and stays one."""
    word = folded[after - 1]
    if after - start != 1 or after >= len(folded) or word[:1] not in instrument_prefixes(
            language) or not is_count_word(word[1:], language) or not definite(folded[after]):
        return False
    return not any(m.start == after for m in nouns) \
        and _people_of(folded[after], people_plurals(language), kb) is None


def _yield_to_phrases(actors: list[Actor], taken: set[int], nouns) -> None:
    """A name inside a side phrase of actors.toml that opens before it ("قوات الأسد": SYR
    MIL, the ruler's forces, not Bashar al-Assad, SYR GOV) gives way to the phrase."""
    for match in nouns:
        inside = [a for a in actors if match.start < a.start and a.end <= match.end]
        if inside:
            actors[:] = [a for a in actors if a not in inside]
            for actor in inside:
                taken.difference_update(range(actor.start, actor.end))


def _counted_people(folded: list[str], first: int, last: int, kb: KnowledgeBase,
                    language) -> str | None:
    """The country whose people a one-word name after a count is: "12 سوريا" is the nisba
    "سوري" in the indefinite accusative that counted nouns take, spelt like the country's
    name (sample 150 had Syria the government struck by its own aircraft)."""
    word = folded[first]
    if first != last or not first or not word.endswith("ا") or not (
            folded[first - 1].isdigit() or is_count_word(folded[first - 1], language)):
        return None
    return kb.adjectives.get(word[:-1]) or None


def _add_home_state(actors, taken: set[int], text, tokens, folded, language) -> None:
    """"The kingdom" a paper writes for its own country ("أدانت المملكة"): a GOV side whose
    country the event stage gives from the outlet (actors.toml [home_state]); not after a
    word of place ("في المملكة": where, not who)."""
    words, _ = home_state(language)
    for index, token in enumerate(folded):
        if index in taken or token not in words or index and _locative(folded[index - 1],
                                                                       language):
            continue
        start, end = tokens[index][0], tokens[index][1]
        actors.append(Actor(index, index + 1, start, end, text[start:end], None, "GOV",
                            kind="home"))
        taken.add(index)


def _add_coalitions(actors, taken: set[int], nouns, text, tokens, folded, kb,
                    language) -> None:
    """"قوات التحالف", "the coalition" not named: a military side (kind ``coalition``) of the
    country its words name ("التحالف السعودي", "التحالف بقيادة السعودية"), else of none yet
    (``detect`` asks kb/coalitions.toml who leads the coalition where the sentence happens).
    A longer actor noun from the same word wins ("التحالف الوطني": a political alliance)."""
    for match in actor_words(language, "coalition").find_all(folded):
        if taken & set(range(match.start, match.end)) or any(
                n.start == match.start and n.end > match.end for n in nouns):
            continue
        country, end = _nationality(folded, match.start, match.end, kb, language)
        if country is None:
            country, end = _coalition_leader_named(folded, end, kb, language)
        actors[:] = [a for a in actors if not (a.kind == "country" and match.end <= a.start
                                                and a.end <= end)]  # the leader, no side
        actors.append(Actor(match.start, end, tokens[match.start][0], tokens[end - 1][1],
                            text[tokens[match.start][0]:tokens[end - 1][1]], country, "MIL",
                            kind="coalition"))
        taken.update(range(match.start, end))


def _coalition_leader_named(folded, end: int, kb, language) -> tuple[str | None, int]:
    """The country after a leader marker right after a coalition ("بقيادة السعودية", "الذي
    تقوده الولايات المتحدة", "led by the United States"), and where its name ends."""
    markers = actor_words(language, "coalition_leader_markers")
    for index in range(end, min(end + 3, len(folded))):
        marker = markers.match_at(folded, index)
        if marker is not None:
            named = _countries_in(folded, marker.end, marker.end + 3, kb)
            return (named[0][2], named[0][1]) if named else (None, end)
    return None, end


def _led_forces(actors: list[Actor], folded: list[str], language) -> None:
    """The leader named after a military side and a leader marker ("طائرات التحالف العربي
    الذي تقوده المملكة", "القوات بقيادة السعودية") is no side of its own: the forces it leads
    are (the Kingdom, the outlet's home state, was the raid's source; a coalition the KB
    names is no ``coalition`` actor, whose own leader ``_add_coalitions`` reads). A side with
    no country takes the leader's (the home state's is known later, from the outlet)."""
    markers = actor_words(language, "coalition_leader_markers")
    for side, leader in zip(actors, actors[1:], strict=False):
        if side.sector != "MIL" or not (leader.country or leader.kind == "home") \
                or leader.start - side.end > 2:
            continue
        marker = markers.match_at(folded, leader.start - 1)
        if marker is None or marker.end != leader.start or marker.start < side.end:
            continue
        side.country = side.country or leader.country
        leader.kind = "absorbed"
    actors[:] = [a for a in actors if a.kind != "absorbed"]


def _accompanying(actors: list[Actor], folded: list[str], language) -> None:
    """A noun joined by "و" to the side before it and followed by a word of [accompanying]
    ("والوفد المرافق له") is that side's company, not a side: it goes."""
    words = actor_words(language, "accompanying")
    for side, company in zip(actors, actors[1:], strict=False):
        if company.kind == "noun" and company.lead == side.end \
                and joined_by_and(folded[company.start], language) \
                and company.end < len(folded) \
                and words.match_at(folded, company.end) is not None:
            company.kind = "absorbed"
    actors[:] = [a for a in actors if a.kind != "absorbed"]


# sides whose members are theirs, not a state's: "عناصر تابعة للتنظيم" are the group's fighters
NON_STATE = frozenset({"REB", "UAF", "OPP", "CRM"})


def _belonging(actors: list[Actor], folded: list[str], language) -> None:
    """A side noun followed, within a word, by "التابعة ل…" is the named side's ("الطائرات
    المقاتلة التابعة للتحالف العربي": the coalition's aircraft, not a second side): it takes
    that side's country (and a non-state side's sector), and the owner is no side of its own;
    nor is the owner of a named body (the UN of the IAEA, which keeps its own code)."""
    markers = actor_words(language, "belongs_to_markers")
    for noun in [a for a in actors if a.kind in ("noun", "entity")]:
        for index in range(noun.end, min(noun.end + 2, len(folded))):
            marker = markers.match_at(folded, index)
            owner = next((a for a in actors if marker is not None and a.start == marker.end
                          and a.sector and a is not noun), None)
            if owner is None:
                if marker is not None and _owned_by_the_side_before(noun, actors, folded,
                                                                    marker.end, language):
                    break
                continue
            if noun.kind == "entity":  # "الوكالة الدولية للطاقة الذرية التابعة للأمم
                owner.kind = "absorbed"  # المتحدة": a named body keeps its own code
                break
            noun.country = owner.country
            noun.sector = owner.sector if owner.sector in NON_STATE else noun.sector
            noun.kind = "coalition" if owner.kind == "coalition" else noun.kind
            owner.kind = "absorbed"
            # the owner's name goes with it ("القوات الموالية لحكومة الرئيس اليمني عبدربه
            # منصور هادي": the forces are the side, not Hadi)
            for named in actors:
                if named.kind == "entity" and (named.start == owner.end or named.start ==
                                               owner.end + 1 and _person(named)):
                    named.kind = "absorbed"  # not a side past a word ("مواقع الحوثيين")
            break
    actors[:] = [a for a in actors if a.kind != "absorbed"]


def _owned_by_the_side_before(noun: Actor, actors: list[Actor], folded: list[str],
                              after_marker: int, language) -> bool:
    """"قوات الأسد والمليشيات المسلحة التابعة له": a pronoun after the marker points back to the
    side before the noun, whose country and sector the noun takes (a militia of the regime is
    its force, no rebel). Returns whether it did."""
    if noun.kind != "noun" or after_marker >= len(folded) \
            or folded[after_marker] not in owner_pronouns(language):
        return False
    before = [a for a in actors if a.end <= noun.start and a.country and a.sector]
    if not before:
        return False
    noun.country, noun.sector = before[-1].country, before[-1].sector
    return True


_ORGANISATION_REACH = 3  # words from an office noun to its organisation: "مبعوث الأمين العام"


def _of_organisation(actors: list[Actor], folded: list[str]) -> None:
    """An office noun with no country, then (within a title or two) an international body in
    the genitive ("مبعوث الأمين العام للأمم المتحدة", "مبعوث الأمم المتحدة"): the body's
    officer, one IGO side (the envoy was coded as the Yemeni government, the place's)."""
    for noun, owner in zip(actors, actors[1:], strict=False):
        if noun.kind != "noun" or noun.country or noun.sector != "GOV" \
                or owner.kind != "entity" or owner.sector != "IGO" \
                or not 0 <= owner.start - noun.end < _ORGANISATION_REACH:
            continue
        if owner.start > noun.end and not folded[owner.start].startswith("لل"):
            continue  # a title between: only "لل" marks the genitive ("الأمين العام للأمم")
        if any(t.startswith("و") for t in folded[noun.end:owner.start + 1]):
            continue  # "السفير والأمم المتحدة": two sides
        noun.sector, noun.name, noun.entity_id = "IGO", owner.name, owner.entity_id
        noun.end, noun.char_end = owner.end, owner.char_end
        owner.kind = "absorbed"
    actors[:] = [a for a in actors if a.kind != "absorbed"]


def _person(actor: Actor) -> bool:
    entity = builtin_kb().get(actor.entity_id) if actor.entity_id else None
    return (actor.entity_id or "").startswith("nil:PER") or bool(entity and entity.type ==
                                                                 "person")


def _and_nationality(folded, index, kb) -> str | None:
    """The country of "و" + a nationality adjective at ``index`` ("وروس", "والأمريكيين")."""
    if index >= len(folded) or not folded[index].startswith("و") or len(folded[index]) < 4:
        return None
    word = folded[index][1:]
    return kb.adjectives.get(word) or kb.adjectives.get("ال" + word) or None


def _people_of(token: str, plurals: dict[str, str], kb) -> str | None:
    """The country whose people a plural names ("العراقيين", "Iraqis"), or None."""
    for plural, singular in plurals.items():
        adjective = token[:-len(plural)] + singular
        if token.endswith(plural) and len(adjective) >= 4:  # "Serbs"; not "يين" alone
            country = kb.adjectives.get(adjective)
            if country:
                return country
    return None


def _one_of_people(folded, index: int, kb, language) -> str | None:
    """The country of one of its people named by the singular ([people_singular]) right after
    a count or next to a verb of harm ("قتل فلسطينياً": the victim was a Palestinian civilian);
    never a word that is itself a name ("سوريا")."""
    token = folded[index]
    endings = people_singular(language)
    if not index or not token.endswith(tuple(endings)) or (token,) in kb.by_key:
        return None  # most tokens end here: this runs for every token no side took
    harm = harm_verbs(language)
    before = folded[index - 1]
    after = folded[index + 1] if index + 1 < len(folded) else ""
    if not (before.isdigit() or is_count_word(before, language)
            or set(clitic_variants(before)) & harm or set(clitic_variants(after)) & harm):
        return None  # "أن فلسطينياً قتل" too
    return _people_of(token, endings, kb)


def _countries_after_of(actors, text, tokens, folded, kb, language) -> None:
    """"مسؤولين عسكريين من الولايات المتحدة وروسيا", "opposition groups in Zimbabwe":
    the side noun's members are of each country named."""
    markers = actor_words(language, "members_of_markers")
    for actor in list(actors):
        marker = markers.match_at(folded, actor.end) \
            if actor.kind == "noun" and not actor.country and actor.end < len(folded) else None
        if marker is None or marker.form != folded[actor.end]:  # the word itself, no clitic
            continue
        named = _countries_in(folded, actor.end + 1, actor.end + 7, kb)
        if not named:
            continue
        actor.country = named[0][2]
        for start, end, country in named:  # each country named is a side (and no place)
            actors.append(Actor(start, end, tokens[start][0], tokens[end - 1][1],
                                text[tokens[start][0]:tokens[end - 1][1]], country,
                                actor.sector, kind="coordinated"))
        spans = {(s, e) for s, e, _ in named}
        actors[:] = [a for a in actors if (a.start, a.end) not in spans
                     or a.kind == "coordinated"]
    actors.sort(key=lambda a: a.start)


_PART_OF_REACH = 3  # words between a side noun and "من": "ثلاث مقاتلات اف-16 من"


def _part_of_side(actors: list[Actor], folded, language) -> None:
    """A side noun with no country, then "من" and a side it is part of: one side, not two.
    Of a named group or a non-state side ("مسلحون من تنظيم داعش", "وحدات من المقاتلين"), the
    group is the side (the gunmen were read as attacking IS); of a side of its own sector
    with a country ("ثلاث مقاتلات اف-16 من سلاح الجو التركي"), the noun is that country's
    (the air force was read as the struck side)."""
    markers = actor_words(language, "members_of_markers")
    left_out = []
    for actor, owner in zip(actors, actors[1:], strict=False):
        if actor.kind != "noun" or actor.country or not owner.sector \
                or owner.start - actor.end > _PART_OF_REACH or owner.start <= actor.end:
            continue
        at = owner.start - 1
        if at > actor.end and actor_words(language, "member_nouns").match_at(folded, at):
            at -= 1  # "وحدات من مقاتلي الدولة الإسلامية"
        marker = markers.match_at(folded, at)
        if marker is None or marker.form != folded[at]:
            continue
        if any(definite(w) for w in folded[actor.end:at]):
            continue  # "حررت المقاومة الشعبية مديرية المعلا من الحوثيين": a place between
        if definite(folded[actor.start]) and folded[actor.end:at]:
            continue  # "قتلت القوات عنصرا من تنظيم داعش": an indefinite word after a definite
            # noun is no adjective of it but the verb's object, and the group is that object's
        if owner.kind == "entity" or owner.sector in NON_STATE:
            left_out.append(actor)
            owner.phrase_start = actor.lead  # what marks the noun marks the group
        elif owner.country and owner.sector == actor.sector:
            actor.country = owner.country
            left_out.append(owner)
    actors[:] = [a for a in actors if not any(a is o for o in left_out)]


def _countries_in(folded, start, stop, kb) -> list[tuple[int, int, str]]:
    """Country names in folded[start:stop] (one or two words, clitics peeled)."""
    found, index = [], start
    while index < min(stop, len(folded)):
        hit = None
        for length in (2, 1):
            for first in clitic_variants(folded[index]):
                key = (first, *folded[index + 1:index + length])
                for entity_id in kb.by_key.get(key, ()):
                    entity = kb.get(entity_id)
                    if entity and entity.type == "country" and len(key) == length:
                        hit = (index, index + length, entity.country)
            if hit:
                break
        if hit:
            found.append(hit)
            index = hit[1]
        else:
            index += 1
    return found


def _headed_by(actors, folded, language) -> None:
    """A delegation "headed by" someone is coded as that person's side."""
    table = actor_words(language, "headed_by")
    for index, actor in enumerate(actors[:-1]):
        if actor.kind != "noun":
            continue
        match = next((m for m in table.find_all(folded[actor.end:actor.end + 4])), None)
        if match is None:
            continue
        head = actors[index + 1]
        if head.sector:
            actor.country, actor.sector = head.country or actor.country, head.sector
    actors[:] = [a for a in actors if a.kind != "absorbed"]


def _dateline(text: str, mention) -> bool:
    return mention.type in ("GPE", "LOC") and not text[:mention.start].strip(" «\"(") and \
        text[mention.end:mention.end + 3].strip()[:1] in ("-", "–", "—", ":", "(")


def _from_entity(mention, kb: KnowledgeBase, anchor, folded, first,
                 after_trigger: bool = False, language: str | None = None) -> Actor | None:
    entity = kb.get(mention.entity_id)
    base = dict(start=0, end=0, char_start=mention.start, char_end=mention.end,
                text=mention.text, entity_id=mention.entity_id)
    if entity is None:
        if mention.type == "PER":
            return Actor(**base, country=None, sector=None, name=mention.text)
        return None
    located = not after_trigger and _located(mention, kb, folded, first, language)
    if entity.type in ("country", "place"):
        country = entity.country if entity.type == "country" else entity.metonym_for
        if located or country is None:
            return None  # "في دمشق": where, not who
        return Actor(**base, country=country, sector="GOV", name=entity.name, kind="country")
    if entity.type == "facility":
        return None
    if entity.type == "person":
        roles = [r for r in entity.roles if r.holds_on(anchor)] if anchor else []
        if anchor and entity.roles and not roles and all(
                r.end and r.end < anchor.isoformat() for r in entity.roles):
            # out of every office by then: "الرئيس المخلوع بشار الأسد" in 2025 is no longer
            # Syria's government (a seed's visit to Moscow had him as its host)
            return Actor(**base, country=entity.country, sector=None, name=entity.name)
        role = roles[0] if roles else (entity.roles[0] if entity.roles else None)
        return Actor(**base, country=(role.country if role else entity.country),
                     sector=(role.sector if role else entity.sector), name=entity.name)
    return Actor(**base, country=entity.country, sector=entity.sector, name=entity.name)


def _is_place(mention, kb: KnowledgeBase) -> bool:
    entity = kb.get(mention.entity_id)
    return entity is not None and entity.type in ("country", "place")


def _located(mention, kb: KnowledgeBase, folded, first: int, language) -> bool:
    """Whether a place name is where something happens rather than who acts: after a
    locative ("في دمشق", "قرب حلب"), past compass words ("بشمال غرب باكستان", "إلى شمال
    العراق"), or with ب on it ("بباكستان"; not ل, which also marks a recipient: "دعم لسوريا")."""
    if mention.text[:1] in "بل" and fold_token(mention.text) not in kb.first_words:
        return True
    name = fold_token(mention.text.split()[0]) if mention.text.split() else ""
    token = folded[first] if 0 <= first < len(folded) else ""
    if name and token != name and token.endswith(name) \
            and token[:-len(name)].lstrip("وف") == "ب":
        return True  # the mention finder peeled a preposition off the name
    before = first - 1
    if before >= 0 and any(v in compass_words(language) for v in clitic_variants(folded[before])):
        return True  # "شمال باكستان", "بشمال غرب باكستان": a part of the country
    if before >= 0 and any(v in area_cue_words(language) for v in clitic_variants(folded[before])):
        return True  # "بريف دمشق", "مدينة حلب": the area named, not the government (sample 145)
    if before >= 1 and actor_words(language, "border_words").match_at(folded, before - 1):
        return True  # "المناطق الحدودية مع باكستان": where, not the side struck
    return before >= 0 and _locative(folded[before], language)


def _locative(token: str, language) -> bool:
    """A word of place (actors.toml [locatives]), a conjunction on it or not ("في", "وفي",
    "ففي"): the entities' clitic peeling keeps three-letter words whole (a name's first letter
    is no clitic), so the short prepositions are peeled here."""
    words, conjunctions = locative_words(language)
    return any(v in words for v in clitic_variants(token)) or \
        token[:1] in conjunctions and token[1:] in words


def _nationality(folded, start, end, kb: KnowledgeBase, language) -> tuple[str | None, int]:
    """The country named right after an actor noun (or, in English, right before it: "Israeli
    soldiers tortured Palestinian detainees" names the soldiers' country before them only)."""
    if language == "en":
        before = start - 1
        # "Saudi-led coalition jets", "US-led forces": the leader's country
        led = before > 0 and actor_words(language, "led_by_before").match_at(
            folded, before) is not None
        if led:
            before -= 1
        if before < 0:
            return None, end
        word = folded[before]
        if word in kb.adjectives:
            return kb.adjectives[word] or None, end
        return (_country_named(kb, word) if led else None), end
    states = actor_words(language, "state_nouns")
    stop, index = min(end + 2, len(folded)), end - 1
    while index + 1 < stop:
        index += 1
        # "وزير الداخلية بمملكة البحرين", "… في مملكة البحرين": the state's name follows
        state = states.match_at(folded, index)
        if state is not None:
            stop = min(stop + state.end - index, len(folded))
            index = state.end - 1
            continue
        for form in clitic_variants(folded[index]):
            if form in kb.adjectives:
                return kb.adjectives[form] or None, index + 1
            # the indefinite accusative, only after a noun: "150 مدنيا افغانيا" (the KB's
            # table leaves it out: "سوري" + "ا" is Syria's name)
            if form.endswith("ا") and kb.adjectives.get(form[:-1]):
                return kb.adjectives[form[:-1]], index + 1
            country = _country_named(kb, form)
            if country:
                return country, index + 1
    return None, end


def _country_named(kb: KnowledgeBase, form: str) -> str | None:
    for entity_id in kb.by_key.get((form,), ()):
        entity = kb.get(entity_id)
        if entity and entity.type == "country":
            return entity.country
    return None


def joined_by_and(token: str, language) -> bool:
    """Whether a word begins with the conjunction "و", not with a root letter: "والقوات", not
    "وحدات" (units: sample 148 joined the struck units to the coalition's aircraft) nor "وزير"."""
    if not token.startswith("و"):
        return False
    found = actor_nouns(language).match_at([token], 0)
    return found is None or found.form != token


def _and_peeled(actor: Actor, folded: list[str]) -> bool:
    """Whether the name was read after a "و" (and) written on its first word."""
    return folded[actor.start].startswith("و") and not fold_token(actor.text).startswith("و")


def _supporters(actors: list[Actor], folded: list[str], language) -> None:
    """Whoever "supports" a side, named right after it ("قوات الجيش المدعومة بالمقاومة",
    "المقاومة المسنودة بالجيش الوطني") or after a phrase of support wherever it stands
    ("وبدعم من طيران التحالف"), fights beside it: no side of its own, neither the target of
    the side's acts nor of a clash "between" it and the enemy."""
    markers = actor_words(language, "supported_by_markers")
    anywhere = actor_words(language, "support_phrases").ends(folded)
    dropped: set[int] = {id(a) for a in actors if a.start in anywhere}
    for side in actors:
        for index in range(side.end, min(side.end + 2, len(folded))):
            marker = markers.match_at(folded, index)
            helper = next((a for a in actors if marker is not None and a.start == marker.end
                           and a is not side), None)
            if helper is not None:
                dropped.add(id(helper))
                break
    actors[:] = [a for a in actors if id(a) not in dropped]


def _allies_named(actors: list[Actor], folded: list[str], language) -> None:
    """A side's ally, backer or patron named to describe it ("الجماعة المتحالفة مع إيران",
    "الميليشيات المدعومة من إيران") is none of the event's sides: the words say whom the side
    leans on, not who acts or is struck."""
    markers = actor_words(language, "allied_with_markers")
    described = markers.ends(folded, first=1)
    actors[:] = [a for a in actors if a.start not in described]


def _platforms(actors: list[Actor], folded: list[str], language) -> None:
    """A platform named where a side published ([published_on]: "على صفحته على فيسبوك") is
    where it was said, not a side."""
    published = actor_words(language, "published_on").ends(folded, first=1)
    actors[:] = [a for a in actors if a.start not in published]


_LEADER_REACH = 3  # "يتزعمه رئيس الإقليم، مسعود بارزاني": words from a marker to the leader


def _leaders_named_after(actors: list[Actor], folded: list[str], language) -> None:
    """The leader named after a side and a word of [leader_of] ("الحزب الديمقراطي الكردستاني
    الذي يتزعمه رئيس الإقليم، مسعود بارزاني، إيران": the twelfth paired read had Barzani
    accused, not Iran) tells whose the side is; he is no side of his own."""
    ends = actor_words(language, "leader_of").ends(folded)
    led = [a for a in actors if any(a.lead - _LEADER_REACH <= end <= a.lead for end in ends)
           and any(b.end <= a.lead for b in actors)]
    actors[:] = [a for a in actors if a not in led]


def add_named_again(actors: list[Actor], text: str, tokens, language,
                    earlier: list[Actor], kb: KnowledgeBase | None = None) -> None:
    """A group's bare noun ("الجماعة", "للتنظيم") that no name follows is the group of that
    kind named last before it, in the sentence or in ``earlier`` (the sentence before): one
    of the KB group's names begins with the noun ("جماعة الحوثي", "تنظيم الدولة"). Unnamed,
    the noun was no side at all (sample 142: "قصفت طائرات حربية عربية الجماعة" had no target)."""
    kb = kb or builtin_kb()
    folded = [t for _, _, t in tokens]
    nouns = actor_words(language, "named_again")
    taken = {i for a in actors for i in range(a.start, a.end)}
    for index in range(len(folded)):
        found = nouns.match_at(folded, index) if index not in taken else None
        if found is None or found.end in taken:
            continue
        form = fold_token(found.form)
        head = form[2:] if definite(form) else ""  # "الجماعة" -> "جماعه"
        named = [a for a in actors if a.end <= index] + list(reversed(earlier))
        group = next((a for a in reversed(named) if a.kind == "entity" and a.sector and
                      _named_with(kb.get(a.entity_id or ""), head)), None)
        if group is None:
            continue
        actors.append(Actor(index, found.end, tokens[index][0], tokens[found.end - 1][1],
                            text[tokens[index][0]:tokens[found.end - 1][1]], group.country,
                            group.sector, group.name, group.entity_id))
        taken.update(range(index, found.end))
    actors.sort(key=lambda a: a.start)


def _named_with(entity, head: str) -> bool:
    """Whether one of the entity's names begins with ``head`` (folded: "جماعه")."""
    return bool(head) and entity is not None and any(
        fold_token(name.split()[0]) == head for name in entity.all_names() if name.split())


def _opens_with_noun(folded, first: int, last: int, language) -> bool:
    """Whether a force's noun (not an office: "ولي العهد" after a name is that person's
    title) fills the start of an unlinked mention, within it."""
    found = actor_nouns(language).match_at(folded, first)
    return found is not None and found.end <= last + 1 and found.value[0] != "GOV"


def _agreeing_nouns(actors: list[Actor], text: str, folded: list[str], language) -> None:
    """Two actor nouns of one sector side by side are a noun and its adjective ("مفجرون
    انتحاريون", suicide bombers: not a bomber striking a suicide attacker) or a noun and its
    genitive ("قوات الجيش"): one actor. A definite noun before an indefinite one may be a
    subject and its object ("قتلت القوات جنديا"); of different sectors they are two sides
    ("هاجم مسلحون مدنيين"); a count gives way to what it counts ("عشرات المدنيين قتلوا": the
    count says they were harmed). Nouns joined by "و" are two ("بين المتمردين والثوار"), the
    second of the first's country where it names none ("طائرات حربية أميركية وطائرات بلا
    طيار")."""
    kept: list[Actor] = []
    for actor in actors:
        last = kept[-1] if kept else None
        if last is not None and last.kind == actor.kind == "noun" and actor.start == last.end \
                and not is_count_word(folded[last.start], language) \
                and actor.sector == last.sector and actor.country in (None, last.country):
            if joined_by_and(folded[actor.start], language):
                actor.country = last.country
            elif not (definite(folded[last.start]) and not definite(folded[actor.start])):
                last.end, last.char_end = actor.end, actor.char_end
                last.text = text[last.char_start:last.char_end]
                continue
        kept.append(actor)
    actors[:] = kept


def definite(word: str) -> bool:
    """Whether a folded word has the article, clitics peeled ("والهجمات", "بالقوات")."""
    return any(v.startswith("ال") for v in clitic_variants(word))


_DEPUTY_GAP = 2  # honorifics between a deputy's title and his name: "الأمير", "صاحب السمو"


def _deputy_named_after(actors: list[Actor], folded: list[str], language) -> None:
    """A known person named by a title right after a deputy's word ([deputy_of]: "نائب خادم
    الحرمين الشريفين", the King's deputy) is not the side: the person named next is, with the
    other's code where the KB gives his none."""
    kb = builtin_kb()
    deputies = actor_words(language, "deputy_of")
    for title, person in zip(actors, actors[1:], strict=False):
        known = kb.get(title.entity_id) if title.entity_id else None
        if known is None or known.type != "person" or not title.start \
                or person.kind != "entity" or person.start - title.end > _DEPUTY_GAP \
                or deputies.match_at(folded, title.start - 1) is None:  # clitics peeled there
            continue
        title.kind = "absorbed"
        person.phrase_start = title.start - 1
        if person.sector is None:
            person.country, person.sector = title.country, title.sector


def _borrow_codes(actors: list[Actor], folded: list[str],
                  trigger_tokens: frozenset[int] = frozenset(), language=None) -> None:
    """An unknown person right after an office noun is that office's holder: take its code,
    and let the noun give way to the name. Not across a trigger: in "Russian jets struck
    Islamic State" the verb between makes them two sides."""
    for index in range(1, len(actors)):
        person, noun = actors[index], actors[index - 1]
        if any(t.startswith("و") or t in ("and", "،") for t in folded[noun.end:person.start]) \
                or person.start > noun.end and folded[person.start].startswith("و") \
                or _and_peeled(person, folded) \
                or trigger_tokens & set(range(noun.end, person.start)):
            continue  # "وزير الدفاع و«اسعد الشيباني»", "الحكومة التركية والأمم المتحدة": two
        if person.kind == "entity" and person.sector is None and noun.kind == "noun" \
                and person.start - noun.end <= 2:
            person.country, person.sector = noun.country, noun.sector
            noun.kind = "absorbed"
        elif person.kind == "entity" and noun.kind == "noun" and (
                person.start == noun.end or person.start - noun.end == 1
                and person.sector == noun.sector):
            # "وزير الخارجية الروسي سيرغي لافروف", "نظيره الروسي X"; a word between and another
            # sector is another side: "القوات الحكومية مواقع الحوثيين"
            noun.kind = "absorbed"
            if noun.sector == "MIL" and person.sector == "GOV" and person.start == noun.end:
                person.sector = "MIL"  # "قوات الأسد", "ميليشيات حفتر": the ruler's forces
        if noun.kind == "absorbed":  # the name's phrase starts with the words introducing it
            person.phrase_start = noun.start
    _office_after_name(actors, folded, trigger_tokens)
    _titles_of_known_person(actors, folded, trigger_tokens, language)
    _offices_of_one(actors, folded)
    actors[:] = [a for a in actors if a.kind != "absorbed"]


def _offices_of_one(actors: list[Actor], folded: list[str]) -> None:
    """Two offices joined by "و", the second's country named, the first's not: one holder
    ("بنائب رئيس الوزراء ووزير خارجية دولة الكويت، الشيخ صباح": sample 145 coded the deputy
    prime minister with no country as the side met)."""
    for office, holder in zip(actors, actors[1:], strict=False):
        if office.kind == "noun" and office.country is None and office.sector == "GOV" \
                and holder.sector == "GOV" and holder.country is not None \
                and holder.lead == office.end and folded[holder.lead].startswith("و"):
            office.kind = "absorbed"
            holder.phrase_start = office.start


def _office_after_name(actors: list[Actor], folded: list[str],
                       trigger_tokens: frozenset[int]) -> None:
    """An unknown person followed by an office in apposition, which Arabic writes without the
    article ("محمد السادس ملك المملكة المغربية", "راشد بن عبدالله آل خليفة وزير الداخلية
    بمملكة البحرين"): the person holds it. A definite noun after a name is more often the
    next side ("التقى محمد السادس الرئيس الفرنسي")."""
    for person, noun in zip(actors, actors[1:], strict=False):
        first = folded[noun.start]
        if person.kind == "entity" and person.sector is None and noun.kind == "noun" \
                and noun.sector and noun.start - person.end <= 2 \
                and not first.startswith(("ال", "وو", "وال")) \
                and not trigger_tokens & set(range(person.end, noun.end)):
            person.country, person.sector = noun.country, noun.sector
            noun.kind = "absorbed"


TITLE_CHAIN = 10  # "بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء": name links and titles


def title_chain(between: list[str], language) -> bool:
    """Whether the words between a named person and an office are his name's links ("بن X")
    and then only words of [apposition_titles], at least one ("بن عبدالعزيز ولي ولي العهد
    النائب الثاني لرئيس مجلس الوزراء"): the office after them is his too."""
    links, titles = apposition_titles(language)
    index = 0
    while index + 1 < len(between) and between[index] in links:
        index += 2  # "بن عبدالعزيز"
    rest = between[index:]
    return bool(rest) and len(between) <= TITLE_CHAIN and all(
        any(form in titles for form in clitic_variants(word)) for word in rest)


def _titles_of_known_person(actors: list[Actor], folded: list[str],
                            trigger_tokens: frozenset[int], language) -> None:
    """The offices the KB's person is then named by, one after another with no country of
    their own ("الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير
    الداخلية"): his titles, no sides (the interior minister was taken as the host's guest,
    and sample 148's Saudi defence minister as the Qatari one's)."""
    kb = builtin_kb()
    for index, person in enumerate(actors):
        known = kb.get(person.entity_id) if person.kind == "entity" and person.entity_id \
            else None
        if known is None or known.type != "person" or not person.sector:
            continue  # not a body ("البنتاغون"): "مسؤولين عسكريين" after it are its officials
        end = person.end
        for noun in actors[index + 1:]:
            if noun.kind not in ("noun", "absorbed") \
                    or trigger_tokens & set(range(end, noun.end)) \
                    or noun.start - end > 2 and not title_chain(folded[end:noun.start],
                                                                language):
                break
            if noun.kind == "noun" and noun.country is None and noun.sector in ("GOV", "MIL"):
                noun.kind = "absorbed"
            end = noun.end


def country_set(actors: list[Actor]) -> frozenset[str]:
    """The countries a side's actors belong to (actors of no known country left out)."""
    return frozenset(a.country for a in actors if a.country)
