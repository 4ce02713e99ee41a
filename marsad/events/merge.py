"""One event, several tellings: events of one article that restate the same happening (same
type, sides and place; one of them may name the date) are merged into the best-detailed one,
keeping every telling's evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.actors import country_set
from marsad.events.plover import DONE_MODALITIES, UNDIRECTED_TYPES
from marsad.places.gazetteer import distance_km

if TYPE_CHECKING:
    from marsad.events.detect import Event


def merge_restated(events: list[Event]) -> list[Event]:
    """One event per happening: a later sentence with the same type and compatible sides,
    place and day restates an earlier one (a lead, then details; "الوفد السوري الذي وصل إلى
    روسيا" after the visit was told). Outside meetings, a different mode is a different
    happening (asking for guarantees and asking for aid are two requests)."""
    kept: list[Event] = []
    for event in events:
        at = next((i for i, k in enumerate(kept) if _same_happening(k, event)), None)
        if at is None:
            kept.append(event)
            continue
        twin = kept[at]
        if event.date_basis == "text" != twin.date_basis:
            # the telling that fixes the day is the event's record ("التقينا مؤخراً" in a
            # quote, then "في 15 تشرين الأول … التقى خلالها مع بوتين"); the other restates it
            kept[at], twin, event = event, event, twin
            twin.restated = [*event.restated, event.sentence]
        else:
            twin.restated.append(event.sentence)
        if _fuller(event, twin):
            twin.sources, twin.targets = event.sources, event.targets  # lead, then who met
            twin.mode = event.mode or twin.mode
        twin.date = twin.date or event.date
        # a joined clause of the same sentence elaborates; its place does not move the event
        if event.place and (twin.place is None or event.sentence != twin.sentence
                            and _refines(event.place.place, twin.place.place)):
            twin.place = event.place  # "زيارة إلى سوريا" then "في دمشق": Damascus
        if twin.modality == event.modality:
            # a background telling is no surer for a report of the day that restates it
            twin.confidence = max(twin.confidence, event.confidence)
    return kept


def _fuller(event: Event, twin: Event) -> bool:
    """Whether a later telling names the sides better than the one kept: it names the doer the
    kept one leaves out, whatever else it leaves out; else it names more, the day told alike,
    and no fewer doers."""
    if event.sources and not twin.sources:
        return True
    return _detail(event) > _detail(twin) and twin.date_basis == event.date_basis and (
        bool(event.sources) or not twin.sources)


def _refines(inner, outer) -> bool:
    """A place inside another: a city of the country, a village of the governorate."""
    return outer.level == "country" and inner.country == outer.country and inner.id != outer.id \
        or outer.id in (inner.admin1_id, inner.admin2_id)


def _detail(event: Event) -> int:
    return sum(2 if a.name and a.entity_id and not a.entity_id.startswith("Q") else 1
               for a in event.sources + event.targets if a.sector)


_NEARBY_KM = 40
# what is said, not done: two different words are two different sayings
_SPEECH = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "CONCEDE"}


def _same_happening(first: Event, second: Event) -> bool:
    if first.type != second.type or first.modality != second.modality and not \
            {first.modality, second.modality} <= DONE_MODALITIES or first.type != "CONSULT" and \
            first.mode and second.mode and first.mode != second.mode:
        return False  # a telling that names no weapon fits one that does
    if first.type in _SPEECH and first.trigger[2] != second.trigger[2]:
        return False  # asking for guarantees, then floating an idea: two requests
    if not _same_sides(first, second):
        return False
    if first.date and second.date and first.date != second.date and \
            first.date_basis == second.date_basis == "text":
        return False  # a day inferred from the paragraph or the dateline gives way to one told
    if not (first.date and second.date) and first.date_text and second.date_text and \
            first.date_text not in second.date_text and second.date_text not in first.date_text:
        return False  # "يوم 30 سبتمبر" and "اليوم السبت" in an undated article: two days
    if not _something_in_common(first, second):
        return False
    people = [{a.entity_id for a in e.sources if a.entity_id and a.name} for e in (first, second)]
    if people[0] and people[1] and not people[0] & people[1]:
        return False  # two named visitors: two visits
    return not first.place or not second.place or _same_area(first.place.place,
                                                              second.place.place)


def _same_area(one, two) -> bool:
    """Two place names for one happening: the same place, a place and the division or
    country around it ("سوريا" … "دمشق"), or two places a few villages apart."""
    if one.id == two.id:
        return True
    return one.country == two.country and (
        _refines(one, two) or _refines(two, one) or distance_km(one, two) <= _NEARBY_KM)


def _something_in_common(first: Event, second: Event) -> bool:
    """Besides the countries, one more thing both tellings state: a place, a named actor, a
    day or the side acted on. "القوات الحكومية" attacking somebody in one paragraph and
    again ten sentences on, with nothing else said, may be two attacks."""
    if first.place and second.place or first.date and first.date == second.date:
        return True
    names = [{a.entity_id for a in e.sources + e.targets if a.entity_id and a.name}
             for e in (first, second)]
    return bool(names[0] & names[1]) or bool(
        country_set(first.targets) and country_set(first.targets) == country_set(second.targets))


def _same_sides(first: Event, second: Event) -> bool:
    """The same countries act on the same countries; a side one telling leaves out ("the
    strikes", with no target named) does not tell them apart. Meetings and agreements have no
    direction: "X met Y" and "Y received X" are one."""
    if first.type in UNDIRECTED_TYPES:
        one = country_set(first.sources + first.targets)
        two = country_set(second.sources + second.targets)
        if not one or not two:
            return False
        # a telling with one side left out fits inside a fuller one; two tellings of one
        # country's actors meeting each other do not fit inside every meeting of that country
        lesser = first if len(one) <= len(two) else second
        return one == two or (one <= two or two <= one) and not lesser.targets
    if bool(first.sources) != bool(second.sources):
        return _unnamed_doer_again(first, second)
    if not country_set(first.sources) or country_set(first.sources) != country_set(second.sources):
        return False
    if _opposed(first.sources, second.sources):
        # "الفصائل" and "قوات النظام" of one country are two sides; the harmed may differ
        # between two tellings of one attack (soldiers in one, civilians in the next)
        return False
    one, two = country_set(first.targets), country_set(second.targets)
    return not one or not two or one == two


_RESTATED_REACH = 3  # sentences between a telling and one that leaves its doer out


def _unnamed_doer_again(first: Event, second: Event) -> bool:
    """A telling that leaves the doer out, a few sentences from one that names him, of the
    same side struck ("تحرير 21 قرية … على الجماعات الإرهابية" … "وأشار إلى أن العمليات أسفرت
    عن تدمير تحصينات وأوكار الإرهابيين"): the operations told again, not a new attack."""
    codes = [{(a.country, a.sector) for a in e.targets if a.country and a.sector}
             for e in (first, second)]
    doers = {(a.country, a.sector) for a in first.sources + second.sources}
    told = [first.sentence, *first.restated]  # the latest telling counts
    # not where the side struck is coded like the other telling's doer ("لقي 20 متمردا مصرعهم"
    # and "الحوثيون … المقاومة الشعبية": the resistance and the Houthis are both YEM REB)
    return bool(codes[0]) and codes[0] == codes[1] and not codes[0] & doers and \
        min(abs(at - second.sentence) for at in told) <= _RESTATED_REACH


# the state's sectors; the others (rebels, gunmen, parties, civilians) stand apart from it
_STATE = {"GOV", "MIL", "COP", "LEG", "JUD", "SPY"}


def _opposed(one, two) -> bool:
    """Whether two tellings' sides are the state and those outside it: a country's army and
    its rebels, whom only the country's code would not tell apart."""
    kinds = [{a.sector in _STATE for a in side if a.sector} for side in (one, two)]
    return bool(kinds[0] and kinds[1]) and not kinds[0] & kinds[1]
