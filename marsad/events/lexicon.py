"""Phrase tables from lang/*/events.toml and lang/*/actors.toml, matched over folded tokens.

A phrase is a sequence of folded words; a word ending in ``*`` matches any token that starts
with it; ``…`` lets up to twelve words come between (Arabic puts the subject between the verb and
its preposition: "توجّه وزير الخارجية سيرغي لافروف إلى باريس" is "توجه* … الى"), and the match
then covers only the words before the gap, so the subject stays an actor. Phrases are indexed
by their first word (exact words in a dict, prefixes by their first three letters) so a
sentence is scanned once, not once per phrase.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from marsad.entities.keys import fold_token
from marsad.entities.mentions import clitic_variants
from marsad.lang import load_toml

__all__ = ["NOT_AN_EVENT", "PhraseTable", "Match", "triggers", "actor_nouns", "actor_words",
           "locative_words",
           "noun_triggers", "modality_words", "quantity_words", "not_report_words",
           "off_topic_words", "confidence_factors", "anaphoric_words", "away_words",
           "possessive_endings", "relative_pronouns", "attribution_words", "pronouns",
           "clause_modality_words", "victim_words", "background_openers", "not_consult_words",
           "not_assault_words", "condemnation_words", "welcome_words", "after_modality_words",
           "after_reach",
           "governing_modality_words", "since_words", "since_event_words", "request_objects",
           "holding_nouns",
           "report_cues", "ReportCues", "sin_roots",
           "undergo_words", "purpose_verbs", "attacker_adjectives", "manner_adjectives",
           "oblique_endings",
           "pluperfect_words",
           "pluperfect_verbs", "request_heads", "infinitive_markers", "aspect_verbs",
           "is_noun_trigger", "light_verbs", "home_state", "accusative_endings",
           "affiliation_markers", "instrument_prefixes"]


@dataclass(frozen=True)
class Match:
    start: int      # token index
    end: int        # token index after the last word
    value: Any
    form: str = ""  # the first word as matched, proclitics peeled ("حثت" of "بحثت")


_CACHE_SIZE = 200_000  # tokens whose candidate phrases a table remembers


@dataclass
class PhraseTable:
    exact: dict[str, list[tuple[tuple[str, ...], Any]]] = field(default_factory=dict)
    prefix: dict[str, list[tuple[tuple[str, ...], Any]]] = field(default_factory=dict)
    # token -> (first-word form, phrase, value) of the phrases that may start at it: most tokens
    # start none, and the events stage asks of every token of every sentence (profiled: the
    # lookup was half the stage's time)
    _seen: dict[str, tuple] = field(default_factory=dict, repr=False, compare=False)

    def add(self, phrase: str, value: Any) -> None:
        words = tuple(_fold_word(w) for w in phrase.split())
        if not words:
            return
        first = words[0]
        if first.endswith("*"):
            self.prefix.setdefault(first[:3], []).append((words, value))
        else:
            self.exact.setdefault(first, []).append((words, value))
        self._seen.clear()

    def match_at(self, tokens: list[str], index: int) -> Match | None:
        """The longest phrase starting at ``index`` (clitics peeled off its first word)."""
        best: Match | None = None
        size = 0
        for first, words, value in self._candidates(tokens[index]):
            end = _match_rest(words, tokens, index, first)
            # the longest span wins; on a tie, the phrase that said more (a gapped one)
            if end and (best is None or (end, len(words)) > (best.end, size)):
                best, size = Match(index, end, value, first), len(words)
        return best

    def ends(self, tokens: list[str], first: int = 0) -> set[int]:
        """The token after each phrase that starts at any token from ``first`` on: where
        what the phrase introduces begins ("حسب مصدر": the source)."""
        return {found.end for index in range(first, len(tokens))
                if (found := self.match_at(tokens, index)) is not None}

    def _candidates(self, token: str) -> tuple:
        found = self._seen.get(token)
        if found is None:
            found = tuple((first, words, value) for first in clitic_variants(token)
                          for words, value in self._starting(first))
            if len(self._seen) >= _CACHE_SIZE:
                self._seen.clear()
            self._seen[token] = found
        return found

    def find_all(self, tokens: list[str]) -> list[Match]:
        found, index = [], 0
        seen = self._seen
        while index < len(tokens):
            if seen.get(tokens[index]) == ():  # the common case: no phrase starts here
                index += 1
                continue
            match = self.match_at(tokens, index)
            if match:
                found.append(match)
                index = match.end
            else:
                index += 1
        return found

    def _starting(self, token: str):
        yield from self.exact.get(token, ())
        for key in {token[:2], token[:3]}:
            for words, value in self.prefix.get(key, ()):
                if token.startswith(words[0][:-1]):
                    yield words, value


def _peeled(token: str, form: str) -> str:
    """The proclitics ``clitic_variants`` took off ``token`` to leave ``form`` ("للقبض" →
    "القبض": the ل)."""
    if form == token:
        return ""
    if len(form) == len(token):  # لل + word = لـ + ال + word
        return token[:1]
    return token[:len(token) - len(form)]


_GAP = "…"
_GAP_WORDS = 12


def _fold_word(word: str) -> str:
    return word if word in ("*", _GAP) else (fold_token(word[:-1]) + "*" if word.endswith("*")
                                     else fold_token(word))


def _word_matches(pattern: str, token: str) -> bool:
    if pattern == "*":
        return True
    if pattern.endswith("*"):
        return any(t.startswith(pattern[:-1]) for t in clitic_variants(token))
    return pattern in clitic_variants(token)


def _match_rest(words, tokens, index, first) -> int:
    head = words[0]
    if not (head[:-1] and first.startswith(head[:-1]) if head.endswith("*") else head == first):
        return 0
    end = index + 1
    for at, word in enumerate(words[1:], start=1):
        if word == _GAP:
            rest = words[at + 1:]
            found = any(_match_words(rest, tokens, end + skip)
                        for skip in range(_GAP_WORDS + 1))
            return end if found else 0
        if end >= len(tokens) or not _word_matches(word, tokens[end]):
            return 0
        end += 1
    return end


def _match_words(words, tokens, index) -> bool:
    return index + len(words) <= len(tokens) and all(
        _word_matches(word, tokens[index + i]) for i, word in enumerate(words))


@dataclass(frozen=True)
class Trigger:
    type: str
    mode: str | None
    context: tuple[str, ...]
    host: bool
    phrase: str
    counterpart: str | None = None  # the other side's sector when the text names none


# the value of a not_triggers phrase: it hides the trigger words inside it
NOT_AN_EVENT = Trigger("NONE", None, (), False, "")


def _lang(language: str | None) -> str:
    return language if language in ("ar", "fa", "en") else "ar"


class TriggerTable(PhraseTable):
    """Trigger phrases, less the verbs read out of a noun by peeling a preposition off it."""

    def __init__(self, language: str | None) -> None:
        super().__init__()
        self.language = language

    def match_at(self, tokens: list[str], index: int) -> Match | None:
        match = super().match_at(tokens, index)
        if match is not None and match.form != tokens[index] and \
                _verb_behind_preposition(tokens[index], match.form, self.language):
            return None
        return match


def _verb_behind_preposition(token: str, form: str, language: str | None) -> bool:
    """Whether ``form`` is an inflected verb read out of ``token`` by peeling a noun-only
    proclitic (ب ك) off it."""
    grammar = _verb_grammar(language)
    clitic = _peeled(token, form).lstrip("وف")
    if not clitic or clitic not in grammar["noun_clitics"] or \
            form.endswith(grammar["noun_endings"]):
        return False
    return form.endswith(grammar["verb_endings"]) or form.startswith(grammar["verb_prefixes"])


@cache
def _verb_grammar(language: str | None) -> dict[str, tuple[str, ...]]:
    """events.toml's [grammar] words that tell an inflected verb from a noun (read once: the
    check runs for every trigger with a proclitic)."""
    return {key: tuple(_grammar_words(language, key))
            for key in ("noun_clitics", "noun_endings", "verb_endings", "verb_prefixes")}


@cache
def triggers(language: str | None) -> PhraseTable:
    table = TriggerTable(language)
    for block in load_toml(_lang(language), "events").get("trigger", []):
        for phrase in block["words"]:
            table.add(phrase, Trigger(block["type"], block.get("mode"),
                                      tuple(block.get("context", [])),
                                      bool(block.get("host")), phrase,
                                      block.get("counterpart")))
    for phrase in _section_words(language, "events", "not_triggers"):
        table.add(phrase, NOT_AN_EVENT)
    return table


@cache
def actor_nouns(language: str | None) -> PhraseTable:
    table = PhraseTable()
    for block in load_toml(_lang(language), "actors").get("actor", []):
        for phrase in block["words"]:
            table.add(phrase, (block["sector"], block.get("country")))
    return table


def _phrases(phrases, value) -> PhraseTable:
    table = PhraseTable()
    for phrase in phrases:
        table.add(phrase, value)
    return table


def _section_words(language: str | None, name: str, section: str, key: str = "words"
                   ) -> list[str]:
    return load_toml(_lang(language), name).get(section, {}).get(key, [])


@cache
def after_reach(language: str | None) -> int:
    """events.toml's [grammar] after_reach: how many words after a trigger, within its clause,
    may undo or defer it (10 unless a language says more: Persian puts its verb last)."""
    return int(load_toml(_lang(language), "events").get("grammar", {}).get("after_reach", 10))


@cache
def _grammar_tuple(language: str | None, key: str) -> tuple[str, ...]:
    """An events.toml [grammar] list as written (endings, not folded words)."""
    return tuple(_section_words(language, "events", "grammar", key))


def _grammar_words(language: str | None, key: str) -> frozenset[str]:
    """A folded word list of events.toml's [grammar] table."""
    return _folded(language, "events", "grammar", key)


def _kind_tables(language: str | None, section: str) -> dict[str, PhraseTable]:
    """One phrase table per key of an events.toml table ([modality], [clause_modality])."""
    return {kind: _phrases(phrases, kind)
            for kind, phrases in load_toml(_lang(language), "events").get(section, {}).items()}


@cache
def pronouns(language: str | None) -> frozenset[str]:
    return frozenset(fold_token(w) for w in _section_words(language, "actors", "pronouns"))


@cache
def people_plurals(language: str | None) -> dict[str, str]:
    """actors.toml's [people_plurals]: plural ending → the nationality adjective's ending it
    replaces ("يين" → "ي": "العراقيين"; "s" → "": "Iraqis")."""
    return dict(load_toml(_lang(language), "actors").get("people_plurals", {}))


def people_singular(language: str | None) -> dict[str, str]:
    """actors.toml's [people_singular]: a singular ending → the adjective's ending it replaces
    ("يا" → "ي": "فلسطينيا", one Palestinian), read only after a count or a verb of harm."""
    return dict(load_toml(_lang(language), "actors").get("people_singular", {}))


@cache
def actor_words(language: str | None, kind: str) -> PhraseTable:
    """A word table of lang/*/actors.toml by its section name: headed_by, object_markers,
    agent_markers, clause_openers, members_of_markers, coalition, aviation, … (cached: the
    event stage asks for them per sentence)."""
    return _phrases(_section_words(language, "actors", kind), kind)


def _folded(language: str | None, name: str, section: str, key: str = "words"
            ) -> frozenset[str]:
    """One word list of a lang/*/NAME.toml table, folded as tokens are."""
    return frozenset(fold_token(w) for w in _section_words(language, name, section, key))


@cache
def owner_pronouns(language: str | None) -> frozenset[str]:
    """actors.toml's [belongs_to_markers] pronouns: "التابعة له" names no owner, the side
    before does."""
    return _folded(language, "actors", "belongs_to_markers", "pronouns")


@cache
def locative_words(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """actors.toml's [locatives]: the folded words of place before a name ("في", "مدن", "در",
    "in") and the conjunctions written on them ("وفي", "ففي")."""
    return (_folded(language, "actors", "locatives"),
            frozenset(_section_words(language, "actors", "locatives", "conjunctions")))


@cache
def freed_from(language: str | None
               ) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """actors.toml's [freed_from]: the folded words of liberation, the words after which the
    side driven out stands ("تحرير عدن من الميليشيات") and the grips it held the place in
    ("من قبضة")."""
    return (_folded(language, "actors", "freed_from"),
            _folded(language, "actors", "freed_from", "markers"),
            _folded(language, "actors", "freed_from", "grips"))


@cache
def apposition_titles(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """actors.toml's [apposition_titles]: the folded links of a name ("بن") and the title
    words that may stand between a named person and his office in apposition."""
    return (_folded(language, "actors", "apposition_titles", "name_links"),
            _folded(language, "actors", "apposition_titles"))


@cache
def home_state(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """actors.toml's [home_state]: the folded words for "the kingdom" a paper writes for its
    own country, and the outlets' countries (ISO alpha-3) for which they do."""
    return (_folded(language, "actors", "home_state"),
            frozenset(_section_words(language, "actors", "home_state", "countries")))


@cache
def caller_clause(language: str | None) -> PhraseTable:
    """events.toml's [grammar] caller_clause ("أعرب خلاله"): what follows is the caller's."""
    return _phrases(_section_words(language, "events", "grammar", "caller_clause"), "caller")


@cache
def purpose_verbs(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] purpose_verbs ("لتنفيذ"): the event right after one is a purpose."""
    return _grammar_words(language, "purpose_verbs")


@cache
def pluperfect_words(language: str | None) -> dict[str, frozenset[str]]:
    """events.toml's [grammar] pluperfect_auxiliaries ("وكان") and pluperfect_particles ("قد")."""
    return {key: _grammar_words(language, f"pluperfect_{key}")
            for key in ("auxiliaries", "particles")}


@cache
def pluperfect_verbs(language: str | None) -> PhraseTable:
    """events.toml's [grammar] pluperfect_verbs: a language whose pluperfect is a verb phrase
    anywhere in the sentence (Persian "کرده بود", "گفته بود") rather than an opening auxiliary."""
    return _phrases(_section_words(language, "events", "grammar", "pluperfect_verbs"),
                    "historical")


@cache
def noun_triggers(language: str | None) -> frozenset[str]:
    return _grammar_words(language, "nouns")


@cache
def light_verbs(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] light_verbs: after a noun trigger, a compound verb (Persian)."""
    return _grammar_words(language, "light_verbs")


def is_noun_trigger(folded, match, language) -> bool:
    """Whether the trigger is a noun ("زيارة", "الغارات"), clitics peeled: a noun names its
    agent after it and weighs less as evidence of a new event. Right after a pronoun that
    opens a reported clause the word is its verb ("نفى الجيش مزاعم بأنه قصف مدنيين": he
    shelled, not the shelling of)."""
    if match.start and actor_words(language, "speaker_pronouns").match_at(folded, match.start - 1):
        return False
    if match.start + 1 < len(folded) and folded[match.start + 1] in light_verbs(language):
        return False  # Persian "حمله کردند": a compound verb, not the noun
    return any(v in noun_triggers(language) for v in clitic_variants(folded[match.start]))


@cache
def possessive_endings(language: str | None) -> tuple[str, ...]:
    """actors.toml's possessive endings ("ه", "ها"): a side noun with one is someone's."""
    return tuple(_section_words(language, "actors", "possessive_endings"))


@cache
def victim_words(language: str | None) -> dict[str, frozenset[str]]:
    """events.toml's [grammar] victim_verbs, victim_nouns, counted_passive_verbs,
    counted_victim_verbs, harmed_subject_verbs, harmed_adjectives, counts and casualty_nouns
    (folded)."""
    return {key: _grammar_words(language, key)
            for key in ("victim_verbs", "victim_nouns", "counted_passive_verbs",
                        "counted_victim_verbs", "harmed_subject_verbs", "harmed_adjectives",
                        "counts", "casualty_nouns")}


@cache
def harm_verbs(language: str | None) -> frozenset[str]:
    """Every verb of harm of [grammar] (victim_verbs, counted_passive_verbs,
    counted_victim_verbs): the words after or before which a side was harmed."""
    words = victim_words(language)
    return words["victim_verbs"] | words["counted_passive_verbs"] | words["counted_victim_verbs"]


@cache
def harm_words(language: str | None) -> tuple[tuple[str, ...], PhraseTable]:
    """events.toml's [grammar] dual_endings (a dual noun counts two: "شخصان") and harm_causes
    ("في هجوم", "بانفجار": what harmed the subject of the verb before)."""
    endings = _grammar_tuple(language, "dual_endings")
    return endings, _phrases(_section_words(language, "events", "grammar", "harm_causes"),
                             "cause")


@cache
def oblique_endings(language: str | None) -> tuple[str, ...]:
    """events.toml's [grammar] oblique_endings: the endings of a dual or sound plural in the
    oblique case ("شرطيين", "مدنيين"), never a subject's (none outside Arabic)."""
    return _grammar_tuple(language, "oblique_endings")


@cache
def passive_vowels(language: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """events.toml's [grammar] passive_vowels (a vowel sign on a verb's first letter that marks
    it passive: "قُتل") and passive_proclitics (letters that may come before it: "وقُتل");
    unfolded, since folding drops the vowels."""
    return (frozenset(_section_words(language, "events", "grammar", "passive_vowels")),
            frozenset(_section_words(language, "events", "grammar", "passive_proclitics")))


@cache
def accusative_endings(language: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """events.toml's [grammar] accusative_endings of an indefinite noun ("قياديا") and the
    pronoun endings that look alike (not_accusative_endings: "بعضها"); none outside Arabic."""
    return (_grammar_tuple(language, "accusative_endings"),
            _grammar_tuple(language, "not_accusative_endings"))


@cache
def affiliation_markers(language: str | None) -> frozenset[str]:
    """actors.toml's [affiliation_markers] (folded): the words between a person and the side
    he belongs to ("قياديا في حركة الحوثي", "عنصرا من تنظيم داعش")."""
    return _folded(language, "actors", "affiliation_markers")


@cache
def instrument_prefixes(language: str | None) -> frozenset[str]:
    """actors.toml's [instrument_prefixes]: the preposition written on a count word that makes
    it what an act was done with ("بعشرات الصواريخ")."""
    return _folded(language, "actors", "instrument_prefixes")


@cache
def plural_verb_endings(language: str | None) -> tuple[str, ...]:
    """events.toml's [grammar] plural_verb_endings: a verb so ending agrees with a subject
    before it ("استهدفوا"), so the side after it is its object (none outside Arabic)."""
    return _grammar_tuple(language, "plural_verb_endings")


def gender_marks(language: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """events.toml's [grammar] feminine_noun_endings (as written, before folding) and
    feminine_verb_marks (a verb's first or last letter): none outside Arabic."""
    return (_grammar_tuple(language, "feminine_noun_endings"),
            _grammar_tuple(language, "feminine_verb_marks"))


def is_count_word(token: str, language: str | None) -> bool:
    """A count word of [grammar] counts ("عشرات", "أحد"), or one of its definite_counts with
    the article ("الآلاف"; not "الأحد", Sunday): a number of people, or of whatever follows it."""
    return token in victim_words(language)["counts"] or token.startswith("ال") and \
        token[2:] in _grammar_words(language, "definite_counts")


@cache
def anaphoric_words(language: str | None) -> frozenset[str]:
    """Demonstratives of events.toml's [grammar]: before a trigger noun they point back at an
    event already told."""
    return _grammar_words(language, "anaphoric")


@cache
def away_words(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] away_from: a place after them is not the event's."""
    return _grammar_words(language, "away_from")


@cache
def confidence_factors(language: str | None) -> dict[str, Any]:
    """The [confidence] table of events.toml: factors by event type, and for relative clauses."""
    return load_toml(_lang(language), "events").get("confidence", {})


@cache
def relative_pronouns(language: str | None) -> frozenset[str]:
    """The folded relative pronouns of the [confidence] table ("الذي", "التي")."""
    return frozenset(fold_token(w) for w in confidence_factors(language).get(
        "relative_pronouns", []))


@cache
def not_consult_words(language: str | None) -> PhraseTable:
    """events.toml's [not_consult]: courtesy and aid words that make no meeting or visit."""
    return _phrases(_section_words(language, "events", "not_consult"), "not_consult")


@cache
def not_assault_words(language: str | None) -> PhraseTable:
    """events.toml's [not_assault]: accident words (a crash, a technical fault) that make the
    dead no one's victims."""
    return _phrases(_section_words(language, "events", "not_assault"), "not_assault")


@cache
def welcome_words(language: str | None) -> PhraseTable:
    """events.toml's [welcome]: verbs and nouns of welcoming, whose object is a deal already
    made."""
    return _phrases(_section_words(language, "events", "welcome"), "welcome")


@cache
def condemnation_words(language: str | None) -> PhraseTable:
    """events.toml's [condemnation]: verbs (and nouns) of condemning, whose object's relative
    clause tells the known attack condemned."""
    return _phrases(_section_words(language, "events", "condemnation"), "condemnation")


@cache
def background_openers(language: str | None) -> PhraseTable:
    """events.toml's [background_openers]: "يشار إلى أن", "يذكر أن" open an aside that
    recalls background."""
    return _phrases(_section_words(language, "events", "background_openers"),
                    "background_openers")


@cache
def off_topic_words(language: str | None) -> PhraseTable:
    """Sport and show-business phrases of events.toml: a sentence with one codes nothing."""
    return _phrases(_section_words(language, "events", "off_topic"), "off_topic")


@cache
def not_report_words(language: str | None) -> frozenset[str]:
    return _grammar_words(language, "not_reports")


@cache
def quantity_words(language: str | None) -> dict[str, str]:
    """Folded unit word → what a number before it counts (sorties, targets, killed…)."""
    data = load_toml(_lang(language), "events").get("quantities", {})
    return {fold_token(w): kind for kind, words in data.items() for w in words}


@cache
def modality_words(language: str | None) -> dict[str, PhraseTable]:
    return _kind_tables(language, "modality")


@cache
def clause_modality_words(language: str | None) -> dict[str, PhraseTable]:
    """events.toml's [clause_modality]: modality words whose reach is their whole clause."""
    return _kind_tables(language, "clause_modality")


@cache
def governing_modality_words(language: str | None) -> dict[str, PhraseTable]:
    """events.toml's [governing_modality]: verbs whose reported clause is what they say ("تمنت
    … أن يزور": a hope, not a visit)."""
    return _kind_tables(language, "governing_modality")


@cache
def request_heads(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] request_heads: words whose next word is what was asked for
    (Persian "خواستار تحریم کنفرانس شدند": called for a boycott, not a sanction imposed)."""
    return _grammar_words(language, "request_heads")


@cache
def infinitive_markers(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] infinitive_markers: words that make the trigger verb after them
    an infinitive, what was threatened, offered or asked for ("threatened to withdraw its
    troops"); a trigger noun after them is not touched ("subjected to shelling", "led to
    clashes": those happened)."""
    return _grammar_words(language, "infinitive_markers")


@cache
def aspect_verbs(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] aspect_verbs: verbs before an infinitive marker that tell the
    action going on, not wanted ("continued to send arms", "began to withdraw")."""
    return _grammar_words(language, "aspect_verbs")


@cache
def request_objects(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] request_objects: the prepositions after a request verb that
    introduce what was asked for ("دعا … إلى زيارة")."""
    return _grammar_words(language, "request_objects")


@cache
def holding_nouns(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] holding_nouns: the act of holding ("عقد", "إجراء") between a
    request's preposition and the trigger noun it asks for ("بعقد اجتماع طارئ")."""
    return _grammar_words(language, "holding_nouns")


@cache
def sin_roots(language: str | None) -> tuple[str, ...]:
    """events.toml's [grammar] sin_roots: stems whose س is the root's, not the future prefix."""
    return tuple(sorted(_grammar_words(language, "sin_roots")))


@cache
def manner_adjectives(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] manner_adjectives (folded): after an attack noun they say how it
    was carried out ("هجوم مسلح"), not who carried it out."""
    return _grammar_words(language, "manner_adjectives")


@cache
def attacker_adjectives(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] attacker_adjectives: after an attack noun they name who carried
    it out ("هجوم انتحاري": a suicide bomber did it), not whom it struck."""
    return _grammar_words(language, "attacker_adjectives")


@cache
def undergo_words(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] undergo: before "لـ" + trigger noun, what befell someone
    ("تعرضت للقصف"), not a purpose."""
    return _grammar_words(language, "undergo")


@cache
def since_words(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] since: before a past month or year, the event runs since then
    ("منذ العام الماضي") rather than belonging to it."""
    return _grammar_words(language, "since")


@cache
def since_event_words(language: str | None) -> frozenset[str]:
    """events.toml's [grammar] since_event: right before a trigger, it names what something
    has run since ("منذ تحرير المدينة"): background."""
    return _grammar_words(language, "since_event")


@cache
def after_modality_words(language: str | None) -> dict[str, PhraseTable]:
    """events.toml's [modality_after]: words after a trigger, in its clause, that undo it
    ("زيارة ظريف لتركيا أجلت": postponed)."""
    return _kind_tables(language, "modality_after")


@cache
def attribution_words(language: str | None) -> PhraseTable:
    return _phrases(_section_words(language, "events", "attribution", "before_source"), "source")


@dataclass(frozen=True)
class ReportCues:
    """One event type's [report_cues] of events.toml: phrase kinds, and the nouns a count
    before which makes a crowd."""
    phrases: PhraseTable
    counted: frozenset[str]


@cache
def report_cues(language: str | None) -> dict[str, ReportCues]:
    """Event type → what a sentence reporting one has beyond its trigger (events.toml's
    [report_cues]); empty for a language without the table."""
    found = {}
    for event_type, kinds in load_toml(_lang(language), "events").get("report_cues", {}).items():
        table = PhraseTable()
        for kind, phrases in kinds.items():
            if kind != "counted":
                for phrase in phrases:
                    table.add(phrase, kind)
        found[event_type] = ReportCues(table, frozenset(fold_token(w)
                                                        for w in kinds.get("counted", [])))
    return found
