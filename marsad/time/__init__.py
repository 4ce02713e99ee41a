"""Time: find and resolve the dates a text speaks of (ar, fa, en)."""

from marsad.time.absolute import AbsoluteDate, find_absolute_dates
from marsad.time.expressions import TimeExpression, find_times

__all__ = ["AbsoluteDate", "TimeExpression", "find_absolute_dates", "find_times"]
