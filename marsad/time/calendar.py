"""Calendar arithmetic for resolving expressions against an anchor date.

Conventions (the test table and the evaluation follow them):
- a relative offset ("3 weeks ago") is the anchor shifted by that amount, with the unit as
  precision;
- a named period ("last month", "July", "2018") has the period's first day as value and the
  whole period as range; weeks run Monday to Sunday (ISO);
- parts of a month are days 1–10 (early), 11–20 (mid), 21–end (late); parts of a year are
  January–April, May–August, September–December; their precision is "range".
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt

__all__ = ["shift", "period", "part_of", "month_range", "to_gregorian_month"]

Range = tuple[dt.date, dt.date]


def shift(anchor: dt.date, amount: int, unit: str) -> dt.date:
    if unit in ("hour", "day"):
        days = amount if unit == "day" else round(amount / 24)
        return anchor + dt.timedelta(days=days)
    if unit == "week":
        return anchor + dt.timedelta(weeks=amount)
    months = amount if unit == "month" else 12 * amount
    year, month = divmod(anchor.month - 1 + months, 12)
    year += anchor.year
    day = min(anchor.day, _calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def period(anchor: dt.date, unit: str, offset: int) -> Range:
    """The calendar week/month/year that is ``offset`` periods from the one holding anchor."""
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        first = shift(anchor.replace(day=1), offset, "month")
        return month_range(first.year, first.month)
    if unit == "year":
        return dt.date(anchor.year + offset, 1, 1), dt.date(anchor.year + offset, 12, 31)
    day = anchor + dt.timedelta(days=offset)
    return day, day


def month_range(year: int, month: int) -> Range:
    return dt.date(year, month, 1), dt.date(year, month, _calendar.monthrange(year, month)[1])


def part_of(span: Range, part: str) -> Range:
    start, end = span
    if (end - start).days > 40:  # a year
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
        return dt.date(start.year, months[0], 1), month_range(start.year, months[1])[1]
    if (end - start).days > 7:  # a month
        days = {"early": (1, 10), "mid": (11, 20), "late": (21, end.day)}[part]
        return start.replace(day=days[0]), start.replace(day=days[1])
    return span


def to_gregorian_month(calendar: str, year: int, month: int) -> Range | None:
    """The Gregorian span of a month of another calendar (Solar Hijri, Hijri)."""
    try:
        if calendar == "gregorian":
            return month_range(year, month)
        if calendar == "solar_hijri":
            import jdatetime

            first = jdatetime.date(year, month, 1)
            length = jdatetime.j_days_in_month[month - 1] if month < 12 else (
                30 if first.isleap() else 29)
            return first.togregorian(), (first + dt.timedelta(days=length - 1)).togregorian()
        if calendar == "hijri":
            from hijridate import Hijri

            first = Hijri(year, month, 1)
            return first.to_gregorian(), Hijri(year, month, first.month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return None
