"""Absolute dates written in full: numeric (2025/11/16, 16-11-2025) and with month names of any
region or calendar (٢٣ مارس ٢٠٢٠, 15 تشرين الأول/أكتوبر 2025, ۲۵ آبان ۱۴۰۴, 1 رمضان 1445 هـ).

Text is folded first (digits to ASCII, Arabic letter variants, Persian yeh/kaf) with an offset
map, so one pattern covers every spelling and spans still point into the original text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from marsad.lang import languages_with, load_toml
from marsad.text.normalize import _ARABIC_MAP, _map_chars

__all__ = ["AbsoluteDate", "find_absolute_dates", "month_table"]


@dataclass(frozen=True)
class AbsoluteDate:
    start: int
    end: int
    value: dt.date
    calendar: str
    text: str


def _fold(text: str) -> str:
    return _map_chars(text, _ARABIC_MAP).text.lower()


@cache
def month_table() -> dict[str, dict[str, int]]:
    """calendar -> {folded month name: month number}, merged over every language's months."""
    table: dict[str, dict[str, int]] = {}
    for language in languages_with("months"):
        for calendar, months in load_toml(language, "months").items():
            for number, names in months.items():
                for name in names:
                    table.setdefault(calendar, {})[_fold(name)] = int(number)
    return table


@cache
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    sep = r"\s*(?:/|-|\\|،|,)?\s*"
    patterns = []
    for calendar, names in month_table().items():
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        month = rf"(?P<m1>{alternatives})(?:{sep}(?P<m2>{alternatives}))?"
        day_first = (rf"(?<!\d)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:من\s+)?{month}"
                     rf"(?:\s+(?:عام|سنة|سال|ماه))?[\s,،]*(?P<y>\d{{4}})(?!\d)")
        patterns.append((calendar, re.compile(day_first)))
        if calendar == "gregorian":
            month_first = rf"\b{month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"
            patterns.append((calendar, re.compile(month_first)))
    return patterns


_YMD = re.compile(r"(?<![\d/.-])(?P<y>\d{4})([/.-])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d/])")
_DMY = re.compile(r"(?<![\d/.-])(?P<d>\d{1,2})([/.-])(?P<m>\d{1,2})\2(?P<y>\d{4})(?![\d/])")


def find_absolute_dates(text: str, language: str | None = None) -> list[AbsoluteDate]:
    """Full dates in ``text``. A numeric date with a year of 1300–1499 is Hijri when marked هـ
    or written in Arabic, else Solar Hijri (the Persian calendar)."""
    folded = _map_chars(text, _ARABIC_MAP)
    lowered = folded.text.lower()
    found: list[AbsoluteDate] = []
    taken: list[tuple[int, int]] = []
    for calendar, pattern in _patterns():
        for match in pattern.finditer(lowered):
            month = month_table()[calendar][match.group("m1")]
            value = _to_gregorian(calendar, int(match.group("y")), month, int(match.group("d")))
            _keep(found, taken, folded, text, match, value, calendar)
    for pattern in (_YMD, _DMY):
        for match in pattern.finditer(lowered):
            year = int(match.group("y"))
            calendar = "gregorian"
            if 1300 <= year <= 1499:
                hijri_mark = re.match(r"\s*ه", lowered[match.end():match.end() + 3])
                calendar = "hijri" if hijri_mark or language == "ar" else "solar_hijri"
            value = _to_gregorian(calendar, year, int(match.group("m")), int(match.group("d")))
            _keep(found, taken, folded, text, match, value, calendar)
    return sorted(found, key=lambda date: date.start)


def _keep(found, taken, folded, text, match, value, calendar) -> None:
    if value is None or any(s < match.end() and match.start() < e for s, e in taken):
        return
    taken.append((match.start(), match.end()))
    start, end = folded.offsets[match.start()], folded.offsets[match.end() - 1] + 1
    found.append(AbsoluteDate(start, end, value, calendar, text[start:end]))


def _to_gregorian(calendar: str, year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date, or None when the numbers are not a real date of that calendar."""
    try:
        if calendar == "gregorian":
            if not 1900 <= year <= 2100:
                return None
            return dt.date(year, month, day)
        if calendar == "solar_hijri":
            import jdatetime

            return jdatetime.date(year, month, day).togregorian()
        if calendar == "hijri":
            from hijridate import Hijri

            return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return None
