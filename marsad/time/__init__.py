"""Time: find and resolve the dates a text speaks of."""

from marsad.time.absolute import AbsoluteDate, find_absolute_dates

__all__ = ["AbsoluteDate", "find_absolute_dates"]
