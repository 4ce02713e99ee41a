"""The words of time for one language, folded like the text and turned into regex pieces.

The words live in lang/{ar,fa,en}/time.toml and lang/*/months.toml; this module only folds
them (so أيلول also matches ايلول) and builds alternations, longest first so that
"تشرين الأول" wins over "تشرين".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from marsad.lang import load_toml
from marsad.text.normalize import _ARABIC_MAP, _map_chars

__all__ = ["Vocabulary", "vocabulary", "fold", "MATCH_MAP", "alternation"]

UNITS = ("hour", "day", "week", "month", "year")


MATCH_MAP = {**_ARABIC_MAP, **{chr(c): chr(c + 32) for c in range(65, 91)}}


def fold(text: str) -> str:
    """The matching form: Arabic letter variants, Persian yeh/kaf and digits folded, Latin
    lower-cased — all one character for one, so offsets survive."""
    return _map_chars(text, MATCH_MAP).text


def alternation(words) -> str:
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"[\s\u200c]+") for w in unique) or "(?!)"


@dataclass(frozen=True)
class Vocabulary:
    language: str
    weekdays: dict[str, int]
    weekday_lead: tuple[str, ...]
    days: dict[str, int]
    not_dates: tuple[str, ...]
    units: dict[str, str]
    duals: dict[str, str]
    numbers: dict[str, int]
    past: tuple[str, ...]
    future: tuple[str, ...]
    current: tuple[str, ...]
    periods: dict[str, str]
    ago: tuple[str, ...]
    later: tuple[str, ...]
    ago_after: tuple[str, ...]
    later_after: tuple[str, ...]
    since_marker: tuple[str, ...]
    approx: tuple[str, ...]
    within: tuple[str, ...]
    parts: dict[str, str]
    month_word: tuple[str, ...]
    year_word: tuple[str, ...]
    on_word: tuple[str, ...]
    bare_year_lead: tuple[str, ...]   # "في 2014", "منذ 2011": a year with no year word
    counted: tuple[str, ...]          # "في 2000 منزل": words that make the number a count
    this_year: tuple[str, ...]
    last_year: tuple[str, ...]
    months: dict[str, tuple[str, int]]  # folded name -> (calendar, month number)
    future_cues: tuple[re.Pattern[str], ...]
    not_future: frozenset[str]
    ambiguous_months: frozenset[str]

    def number(self, text: str) -> int | None:
        """Digits or number words, including compounds such as الأربع والعشرين (24)."""
        text = text.strip()
        if text.isdigit():
            return int(text)
        if text in self.numbers:
            return self.numbers[text]
        total = 0
        for part in re.split(r"[\s\u200c]+و(?:ال)?|[\s\u200c]+and[\s]+|-", text):
            part = part.strip()
            part = part[2:] if part.startswith("ال") and part[2:] in self.numbers else part
            if part not in self.numbers:
                return None
            total += self.numbers[part]
        return total or None


def _mapping(table: dict, key_type=str) -> dict[str, object]:
    result = {}
    for key, words in table.items():
        for word in words:
            result[fold(word)] = key_type(key)
    return result


@cache
def vocabulary(language: str) -> Vocabulary:
    data = load_toml(language if language in ("ar", "fa", "en") else "ar", "time")
    months: dict[str, tuple[str, int]] = {}
    for calendar, table in load_toml(language, "months").items():
        for number, names in table.items():
            for name in names:
                months.setdefault(fold(name), (calendar, int(number)))
    numbers = _mapping(data["numbers"], int)
    if language == "ar":  # the definite article on number words: الأربع والعشرين
        numbers.update({f"ال{word}": value for word, value in list(numbers.items())})

    def words(*path: str) -> tuple[str, ...]:
        node = data
        for key in path:
            node = node.get(key, {})
        return tuple(fold(w) for w in node) if isinstance(node, list) else ()

    return Vocabulary(
        language=language,
        weekdays=_mapping(data["weekdays"], int),
        weekday_lead=words("weekday_lead"),
        days=_mapping(data["days"], int),
        not_dates=words("not_dates", "phrases"),
        units=_mapping(data["units"]),
        duals=_mapping(data.get("dual", {})),
        numbers=numbers,
        past=words("modifiers", "past"),
        future=words("modifiers", "future"),
        current=words("modifiers", "current"),
        periods=_mapping(data["periods"]),
        ago=words("relative", "ago"),
        later=words("relative", "later"),
        ago_after=words("relative", "ago_after"),
        later_after=words("relative", "later_after"),
        since_marker=words("relative", "since_marker"),
        approx=words("relative", "approx"),
        within=words("relative", "within"),
        parts=_mapping(data["parts"]),
        month_word=words("words", "month"),
        year_word=words("words", "year"),
        on_word=words("words", "on"),
        bare_year_lead=words("words", "bare_year_lead"),
        counted=words("words", "counted"),
        this_year=words("words", "this_year"),
        last_year=words("words", "last_year"),
        months=months,
        future_cues=tuple(re.compile(fold(p)) for p in data.get("future_cues", [])),
        not_future=frozenset(fold(w) for w in data.get("not_future", {}).get("words", [])),
        ambiguous_months=frozenset(
            fold(w) for w in data.get("ambiguous_months", {}).get("words", [])),
    )
