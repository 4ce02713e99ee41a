"""Find temporal expressions in a sentence and resolve them against an anchor date.

Detection is a set of patterns over the folded text (see ``vocabulary.fold``), built from the
per-language words in lang/*/time.toml and lang/*/months.toml; where patterns overlap the
longest wins, then the earlier rule. Resolution follows the conventions in ``calendar``.
Nothing is guessed: an expression that needs an anchor gets ``value=None`` when there is none,
and the text is kept. ``find_times("وصل الوفد يوم الخميس", "ar", date(2025, 11, 16))`` gives
one expression, ``يوم الخميس`` → 2025-11-13, precision "day".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from marsad.text.normalize import _map_chars
from marsad.time import calendar as cal
from marsad.time.absolute import find_absolute_dates
from marsad.time.vocabulary import MATCH_MAP, Vocabulary, alternation, vocabulary

__all__ = ["TimeExpression", "find_times", "days_ahead", "SUPPORTED_LANGUAGES"]

SUPPORTED_LANGUAGES = ("ar", "fa", "en")
VAGUE_SPAN = {"hour": 1, "day": 7, "week": 4, "month": 3, "year": 3}


@dataclass
class TimeExpression:
    text: str
    start: int
    end: int
    kind: str
    value: str | None
    precision: str
    range: tuple[str, str] | None = None
    anchor: str | None = None
    calendar: str = "gregorian"

    def as_dict(self) -> dict[str, Any]:
        record = asdict(self)
        record["range"] = list(self.range) if self.range else None
        return record


# Word boundaries that let Arabic proclitics (و ف ب ل ك) stick to the first word.
_B = r"(?:(?<![\w])|(?<=(?<![\w])[وفبلك])|(?<=(?<![\w])[وفبلك][بل]))"
_E = r"(?![\w])"
_S = r"[\s\u200c]+"
_SEP = r"(?:\s*[/\\\-–]\s*|\s+)"


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    needs: frozenset[str]  # word classes that must all be present for the rule to match


# The word classes each rule cannot match without.
_NEEDS = {"weekday": {"weekday"}, "day_word": {"day"}, "ago": {"unit", "ago"},
          "later": {"unit", "later"}, "span": {"unit", "past"}, "period": {"period"},
          "year_word": {"year_word"}, "part_month": {"month"}, "partial_date": {"month"},
          "month": {"month"}, "year": {"digit"}}


@cache
def _rules(language: str) -> tuple[_Rule, ...]:
    v = vocabulary(language)
    words = alternation(v.numbers)
    num = rf"(?:\d{{1,4}}|(?:{words})(?:{_S}و(?:ال)?(?:{words}))?)"
    quant = (rf"(?:(?P<dual>{alternation(v.duals)})|(?P<num>{num}){_S}(?P<unit>"
             rf"{alternation(v.units)})|(?P<unit1>{alternation(v.units)}))")
    mod = (rf"(?:(?P<past>{alternation(v.past)})|(?P<fut>{alternation(v.future)})"
           rf"|(?P<cur>{alternation(v.current)}))")
    months = alternation(v.months)
    month = rf"(?P<m1>{months})(?:{_SEP}(?P<m2>{months}))?{_E}"
    month_word = rf"(?:(?P<mw>{alternation(v.month_word)}){_S})?"
    approx = rf"(?:(?:{alternation(v.approx)}){_S})?"
    # "أبريل (نيسان) من عام 2013": a doubled month in brackets and "من عام" may come between
    year = (rf"(?:(?:\s*\([^()]{{1,20}}\))?[\s\u200c,،]+(?:(?:من{_S})?(?:"
            rf"{alternation(v.year_word)}){_S})?(?P<year>\d{{4}})(?:هـ|ه|م)?(?![\w]))?")
    tail_mod = rf"(?:{_S}{mod}{_E})?"
    lead_month = alternation(v.on_word + v.within + v.ago + ("حتى", "منذ", "since", "until"))
    part = rf"(?P<part>{alternation(v.parts)})"
    rules = [
        ("weekday", rf"{_B}(?:(?P<lead>{alternation(v.weekday_lead)}){_S})?"
                    rf"(?P<wd>{alternation(v.weekdays)}){_E}{tail_mod}"),
        ("weekday", rf"{_B}{mod}{_S}(?P<wd>{alternation(v.weekdays)}){_E}"),
        ("day_word", rf"{_B}(?P<dw>{alternation(v.days)}){_E}"),
        ("ago", rf"{_B}(?P<ago>{alternation(v.ago)}){_S}{approx}{quant}{_E}"),
        ("ago", rf"{_B}{approx}{quant}{_S}(?P<ago_after>{alternation(v.ago_after)}){_E}"),
        ("later", rf"{_B}(?P<later>{alternation(v.later)}){_S}{approx}{quant}{_E}"
                  rf"(?:{_S}(?P<since>{alternation(v.since_marker)}){_E})?"),
        ("later", rf"{_B}{approx}{quant}{_S}(?P<later_after>{alternation(v.later_after)}){_E}"),
        ("span", rf"{_B}(?:(?P<within>{alternation(v.within)}){_S})?(?:ال)?{quant}{_S}"
                 rf"(?P<past>{alternation(v.past)}){_E}"),
        ("span", rf"{_B}(?:ال)?(?P<unit>{alternation(v.units)}){_S}(?P<num>{num}){_S}"
                 rf"(?P<past>{alternation(v.past)}){_E}"),
        ("span", rf"{_B}(?P<within>{alternation(v.within)}){_S}(?P<past>"
                 rf"{alternation(v.past)}){_S}{quant}{_E}"),
        ("period", rf"{_B}{part}{_S}(?:of{_S})?(?P<period>{alternation(v.periods)}){_E}"
                   rf"{tail_mod}"),
        ("period", rf"{_B}(?P<period>{alternation(v.periods)}){_S}{mod}{_E}"),
        ("period", rf"{_B}(?:{part}{_S}(?:of{_S})?)?{mod}{_S}"
                   rf"(?P<period>{alternation(v.periods)}){_E}"),
        ("year_word", rf"{_B}(?:(?P<this_year>{alternation(v.this_year)})|"
                      rf"(?P<last_year>{alternation(v.last_year)})){_E}"),
        ("part_month", rf"{_B}{part}[\s\u200c\-]*(?:of{_S})?{month_word}{month}{tail_mod}{year}"),
        ("partial_date", rf"{_B}(?:(?P<lead>{alternation(v.on_word)}){_S})?(?P<day>\d{{1,2}})"
                         rf"(?:st|nd|rd|th)?{_S}(?:(?:من|of){_S})?{month_word}{month}{tail_mod}"),
        ("partial_date", rf"{_B}(?P<m1>{months}){_S}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                         rf"(?![\w/.-])"),
        ("month", rf"{_B}(?:(?P<lead>{lead_month}){_S})?{month_word}{month}{tail_mod}{year}"
                  r"(?!\s*\d)"),
        # a bare year after "في"/"منذ" ("نجح الحوثيون في 2014 في بسط سيطرتهم"), not a count
        # ("في 2000 منزل"): 1950-2049 only, and no unit or counted noun after it
        ("year", rf"{_B}(?P<yl>{alternation(v.bare_year_lead)}){_S}"
                 rf"(?P<year>(?:19[5-9]|20[0-4])\d)(?:(?P<era>م)(?![\w])|(?![\w%٪/\-]|[.,]\d))"
                 rf"(?![\s\u200c]+(?:ال)?(?:{alternation(v.counted)}))"),
        # the era may be written on the number: "عام 1997م", "عام 1436هـ"
        ("year", rf"{_B}(?P<yw>{alternation(v.year_word)}){_S}(?P<year>\d{{4}})"
                 rf"(?:\s*(?P<era>هـ|ه|ش|م|ق)(?![\w])|{_E})"),
    ]
    return tuple(_Rule(name, re.compile(pattern), frozenset(_NEEDS[name]))
                 for name, pattern in rules)


def find_times(text: str, language: str | None, anchor: dt.date | None = None
               ) -> list[TimeExpression]:
    """Every temporal expression in ``text`` with offsets into it, resolved against anchor."""
    language = language if language in SUPPORTED_LANGUAGES else "ar" if language in (
        "ur", None) else "en"
    v = vocabulary(language)
    folded = _map_chars(text, MATCH_MAP)
    lowered = folded.text
    classes = _classes_in(lowered, language)
    if not classes:
        return []
    taken: list[tuple[int, int]] = [_span(m) for m in _not_dates(lowered, v)]
    found: list[TimeExpression] = []
    for date in find_absolute_dates(text, language) if "digit" in classes else ():
        found.append(TimeExpression(date.text, date.start, date.end, "absolute",
                                    date.value.isoformat(), "day", None, _iso(anchor),
                                    date.calendar))
    absolute_spans = [(d.start, d.end) for d in found]
    candidates = []
    for order, rule in enumerate(_rules(language)):
        if not rule.needs <= classes:
            continue
        for match in rule.pattern.finditer(lowered):
            if match.end() > match.start():
                candidates.append((-(match.end() - match.start()), order, match.start(), rule,
                                   match))
    future = any(cue.search(lowered) for cue in v.future_cues) and not _only_false_cues(
        lowered, v)
    for _, _, _, rule, match in sorted(candidates, key=lambda c: c[:3]):
        start, end = folded.offsets[match.start()], folded.offsets[match.end() - 1] + 1
        if _overlaps((match.start(), match.end()), taken) or _overlaps((start, end),
                                                                       absolute_spans):
            continue
        expression = _resolve(rule.name, match, v, anchor, future)
        if expression is None:
            continue
        taken.append((match.start(), match.end()))
        expression.start, expression.end, expression.text = start, end, text[start:end]
        found.append(expression)
    return _weekdays_take_neighbours(text, sorted(found, key=lambda e: e.start))


_BETWEEN = re.compile(r"^[\s(،,\-–]*(?:الموافق|الموافق ل|الموافق لـ)?[\s(،,\-–]*$")


def _weekdays_take_neighbours(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """"مساء الاثنين 11/10/1436هـ الموافق 27/7/2015", "أمس (الأحد)": a weekday written next to
    a full date or a relative day names that same day, so it takes its value."""
    for left, right in zip(found, found[1:], strict=False):
        gap = text[left.end:right.start]
        if len(gap) > 12 or not _BETWEEN.match(gap):
            continue
        pair = {left.kind, right.kind}
        if "weekday" in pair and pair & {"absolute", "relative_day", "partial_date"}:
            weekday, other = (left, right) if left.kind == "weekday" else (right, left)
            if other.value:
                weekday.value = other.value
    return found


def _only_false_cues(lowered: str, v: Vocabulary) -> bool:
    """True when every future cue found is a word from the not-future list (سنة, سيارة…)."""
    if not v.not_future:
        return False
    hits = [m.group() for cue in v.future_cues for m in cue.finditer(lowered)]
    return all(_word_at(lowered, hit) in v.not_future for hit in hits)


def _word_at(lowered: str, fragment: str) -> str:
    index = lowered.find(fragment)
    end = index
    while end < len(lowered) and (lowered[end].isalnum() or lowered[end] == "\u200c"):
        end += 1
    return lowered[index:end]


def _span(match: re.Match[str]) -> tuple[int, int]:
    return match.start(), match.end()


def _not_dates(lowered: str, v: Vocabulary):
    pattern = _not_date_pattern(v.language)
    return pattern.finditer(lowered) if pattern else []


@cache
def _not_date_pattern(language: str) -> re.Pattern[str] | None:
    v = vocabulary(language)
    if not v.not_dates:
        return None
    # "روسيا اليوم" is the channel, but "قالت روسيا اليوم السبت" says "today, Saturday"
    weekday = rf"(?!{_S}(?:{alternation(v.weekdays)}))"
    return re.compile(rf"{_B}(?:{alternation(v.not_dates)}){_E}{weekday}")


@cache
def _trigger(language: str) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """One pass that says which word classes a sentence holds: most sentences hold none, and
    a rule whose class is absent cannot match, so it is not run. A word can be in several
    classes (الأسبوع is a unit and a period)."""
    v = vocabulary(language)
    classes = {
        "weekday": v.weekdays, "day": v.days, "unit": [*v.units, *v.duals],
        "period": v.periods, "year_word": [*v.this_year, *v.last_year], "month": v.months,
        "ago": [*v.ago, *v.ago_after], "later": [*v.later, *v.later_after], "past": v.past,
    }
    membership: dict[str, set[str]] = {}
    for name, words in classes.items():
        for word in words:
            membership.setdefault(_squeeze(word), set()).add(name)
    pattern = re.compile(rf"\d|{alternation(membership)}")
    return pattern, {word: frozenset(names) for word, names in membership.items()}


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\u200c]+", " ", text)


def _classes_in(lowered: str, language: str) -> set[str]:
    pattern, membership = _trigger(language)
    found: set[str] = set()
    for match in pattern.finditer(lowered):
        word = _squeeze(match.group())
        if word.isdigit():
            found.add("digit")
            continue
        found |= membership.get(word, frozenset())
        for token in word.split(" "):  # روز گذشته is a day word, and holds the unit روز
            found |= membership.get(token, frozenset())
    return found


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _make(kind: str, precision: str, anchor: dt.date | None, value: dt.date | None = None,
          span: tuple[dt.date, dt.date] | None = None, calendar: str = "gregorian"
          ) -> TimeExpression:
    if span is not None and value is None:
        value = span[0]
    return TimeExpression("", 0, 0, kind, _iso(value),
                          "day" if precision == "hour" else precision,
                          (span[0].isoformat(), span[1].isoformat()) if span else None,
                          _iso(anchor), calendar)


def _direction(groups: dict[str, str | None], future: bool) -> int:
    """-1 for the past, +1 for the future, 0 for the current period."""
    if groups.get("past"):
        return -1
    if groups.get("fut"):
        return 1
    if groups.get("cur"):
        return 0
    return 1 if future else -1


def _quantity(groups: dict[str, str | None], v: Vocabulary) -> tuple[int | None, str] | None:
    if groups.get("dual"):
        return 2, v.duals[groups["dual"]]
    if groups.get("num"):
        amount = v.number(groups["num"])
        return (amount, v.units[groups["unit"]]) if amount else None
    if groups.get("unit1"):
        return None, v.units[groups["unit1"]]
    return None


def _resolve(name: str, match: re.Match[str], v: Vocabulary, anchor: dt.date | None,
             future: bool) -> TimeExpression | None:
    # "مساء  امس" may be written with any run of spaces, NBSP or ZWNJ: look words up in the
    # single-space form the vocabulary uses
    groups = {key: _squeeze(value) if value else value for key, value in match.groupdict().items()}
    return _RESOLVERS[name](groups, v, anchor, future)


def _weekday(groups, v, anchor, future):
    if anchor is None:
        return _make("weekday", "day", None)
    target = v.weekdays[groups["wd"]]
    lead = groups.get("lead") or ""
    back = (anchor.isoweekday() - target) % 7
    ahead = (target - anchor.isoweekday()) % 7
    if groups.get("past"):
        value = anchor - dt.timedelta(days=back or 7)
    elif groups.get("fut"):
        value = anchor + dt.timedelta(days=ahead or 7)
    elif future and lead not in v.days:
        value = anchor + dt.timedelta(days=ahead)
    else:
        value = anchor - dt.timedelta(days=back)
    return _make("weekday", "day", anchor, value)


def days_ahead(expression: TimeExpression, language: str) -> int | None:
    """How many days after its anchor a relative day ("غدا", "أمس") points, anchor or not: on
    an undated page "يغادر يوم غد" still tells of something to come."""
    if expression.kind != "relative_day" or language not in SUPPORTED_LANGUAGES:
        return None
    return vocabulary(language).days.get(expression.text)


def _day_word(groups, v, anchor, future):
    offset = v.days[groups["dw"]]
    value = anchor + dt.timedelta(days=offset) if anchor else None
    return _make("relative_day", "day", anchor, value)


def _names_a_period(amount: int | None, groups, v: Vocabulary) -> bool:
    """A bare period word with a modifier ("الأسبوع الماضي", "هفته پیش", "ماه آینده") names the
    previous or next calendar period; the period rule reads it, not the offset or span rules."""
    unit = groups.get("unit1")
    return amount is None and unit is not None and (unit in v.periods
                                                    or f"ال{unit}" in v.periods)


def _offset(groups, v, anchor, sign: int) -> TimeExpression | None:
    quantity = _quantity(groups, v)
    if quantity is None or _names_a_period(quantity[0], groups, v):
        return None
    amount, unit = quantity
    value = cal.shift(anchor, sign * (amount or 1), unit) if anchor else None
    return _make("offset", unit, anchor, value)


def _ago(groups, v, anchor, future):
    return _offset(groups, v, anchor, -1)


def _later(groups, v, anchor, future):
    # بعد 3 أسابيع على الزيارة: "3 weeks after the visit" — the visit was 3 weeks earlier
    return _offset(groups, v, anchor, -1 if groups.get("since") else 1)


def _span_back(groups, v, anchor, future):
    quantity = _quantity(groups, v)
    if quantity is None:
        return None
    amount, unit = quantity
    if _names_a_period(amount, groups, v):
        return None
    if anchor is None:
        return _make("span", "range", None)
    start = cal.shift(anchor, -(amount or VAGUE_SPAN[unit]), unit)
    return _make("span", "range", anchor, span=(start, anchor))


def _period(groups, v, anchor, future):
    unit = v.periods[groups["period"]]
    if not (groups.get("part") or groups.get("past") or groups.get("fut") or groups.get("cur")):
        return None
    precision = "range" if groups.get("part") else unit
    if anchor is None:
        return _make("period", precision, None)
    offset = _direction(groups, future=False) if (
        groups.get("past") or groups.get("fut") or groups.get("cur")) else 0
    span = cal.period(anchor, unit, offset)
    if groups.get("part"):
        span = cal.part_of(span, v.parts[groups["part"]])
    return _make("period", precision, anchor, span=span)


def _year_word(groups, v, anchor, future):
    if anchor is None:
        return _make("period", "year", None)
    offset = -1 if groups.get("last_year") else 0
    return _make("period", "year", anchor, span=cal.period(anchor, "year", offset))


def _month_span(groups, v, anchor, future) -> tuple[tuple[dt.date, dt.date] | None, str]:
    calendar, month = v.months[groups["m1"]]
    if groups.get("m2") == groups["m1"]:
        return None, calendar  # "صفر - صفر" is a score, not a doubled month name
    if groups.get("year"):
        return cal.to_gregorian_month(calendar, int(groups["year"]), month), calendar
    if anchor is None:
        return None, calendar
    direction = _direction(groups, future)
    year = _calendar_year(anchor, calendar)
    options = [cal.to_gregorian_month(calendar, y, month) for y in (year - 1, year, year + 1)]
    options = [o for o in options if o]
    if direction < 0:
        chosen = [o for o in options if o[0] <= anchor]
        return (chosen[-1] if chosen else None), calendar
    if direction > 0:
        chosen = [o for o in options if o[1] >= anchor]
        return (chosen[0] if chosen else None), calendar
    chosen = [o for o in options if o[0] <= anchor <= o[1]]
    return (chosen[0] if chosen else None), calendar


def _calendar_year(anchor: dt.date, calendar: str) -> int:
    if calendar == "solar_hijri":
        import jdatetime

        return jdatetime.date.fromgregorian(date=anchor).year
    if calendar == "hijri":
        from hijridate import Gregorian

        return Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    return anchor.year


def _month(groups, v, anchor, future):
    anchored = groups.get("lead") or groups.get("m2") or groups.get("year") or any(
        groups.get(k) for k in ("past", "fut", "cur"))
    if not anchored and not groups.get("mw"):
        return None  # a bare آب/نيسان/مهر is too often not a month at all
    if groups.get("m2") == groups["m1"] or (
            groups["m1"] in v.ambiguous_months and not (groups.get("year") or groups.get("mw")
                                                        or groups.get("m2"))):
        return None  # آب after في is as often the city of Ibb as August
    span, calendar = _month_span(groups, v, anchor, future)
    if span is None and (groups.get("year") or anchor is not None):
        return None
    return _make("month", "month", anchor, span=span, calendar=calendar)


def _part_month(groups, v, anchor, future):
    span, calendar = _month_span(groups, v, anchor, future)
    if span is None:
        return _make("part_month", "range", anchor, calendar=calendar) if anchor is None \
            else None
    return _make("part_month", "range", anchor, span=cal.part_of(span, v.parts[groups["part"]]),
                 calendar=calendar)


def _partial_date(groups, v, anchor, future):
    calendar, month = v.months[groups["m1"]]
    day = int(groups["day"])
    if not 1 <= day <= 31:
        return None
    if anchor is None:
        return _make("partial_date", "day", None, calendar=calendar)
    direction = _direction(groups, future)
    year = _calendar_year(anchor, calendar)
    options = [d for d in (_date_in(calendar, y, month, day) for y in (year - 1, year, year + 1))
               if d]
    if direction == 0:  # "27 شوال الجاري": in the current month/year, before or after
        value = min(options, key=lambda d: abs((d - anchor).days)) if options else None
    elif direction > 0:
        chosen = [d for d in options if d >= anchor]
        value = chosen[0] if chosen else None
    else:
        chosen = [d for d in options if d <= anchor]
        value = chosen[-1] if chosen else None
    return _make("partial_date", "day", anchor, value, calendar=calendar) if value else None


def _date_in(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    from marsad.time.absolute import _to_gregorian

    return _to_gregorian(calendar, year, month, day) if calendar != "gregorian" else (
        _safe_date(year, month, day))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year(groups, v, anchor, future):
    year = int(groups["year"])
    era = groups.get("era")
    # a written era decides; without one, a year of 1300-1500 is the language's own calendar
    if era in ("هـ", "ه", "ق") or (not era and 1300 <= year <= 1500 and v.language == "ar"):
        calendar = "hijri"
    elif era == "ش" or (not era and 1300 <= year <= 1500 and v.language == "fa"):
        calendar = "solar_hijri"
    elif 1900 <= year <= 2100:
        calendar = "gregorian"
    else:
        return None
    first = cal.to_gregorian_month(calendar, year, 1)
    last = cal.to_gregorian_month(calendar, year, 12)
    if not first or not last:
        return None
    return _make("year", "year", anchor, span=(first[0], last[1]), calendar=calendar)


_RESOLVERS = {
    "weekday": _weekday,
    "day_word": _day_word,
    "ago": _ago,
    "later": _later,
    "span": _span_back,
    "period": _period,
    "year_word": _year_word,
    "part_month": _part_month,
    "partial_date": _partial_date,
    "month": _month,
    "year": _year,
}
