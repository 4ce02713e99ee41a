"""marsad's time stage against dateparser on the same hand-made table, in one run.

dateparser gets every advantage we could find: the language given (no detection), the
anchor as RELATIVE_BASE, PREFER_DATES_FROM='past' (news reports the past), and it is scored
on value only (not precision), counting a hit if either its raw date or the date normalised to
the start of its reported period (month -> 1st, year -> 1 Jan) is right. Three ways of calling
it are measured: ``parse`` on the isolated expression, ``DateDataParser.get_date_data`` on the
isolated expression (gives a period), and ``search_dates`` on the whole sentence (what a
pipeline must do). marsad is always given the whole sentence and scored on value AND precision.
Rows with no anchor expect null: dateparser then falls back to today, which is scored wrong.

    python benchmarks/dates_vs_dateparser.py
"""

from __future__ import annotations

import datetime as dt
import time
import warnings

from marsad.evaluation.time_table import Row, rows
from marsad.evaluation.times import marsad_answer

warnings.filterwarnings("ignore")


def _settings(row: Row) -> dict:
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if row.anchor:
        settings["RELATIVE_BASE"] = dt.datetime.combine(row.anchor, dt.time(12))
    return settings


def _normalised(value: dt.datetime | None, period: str | None) -> set[str | None]:
    if value is None:
        return {None}
    day = value.date()
    forms = {day.isoformat()}
    if period == "month":
        forms.add(day.replace(day=1).isoformat())
    elif period == "year":
        forms.add(day.replace(month=1, day=1).isoformat())
    elif period == "week":
        forms.add((day - dt.timedelta(days=day.weekday())).isoformat())
    return forms


def _parse(row: Row):
    import dateparser

    value = dateparser.parse(row.expression, languages=[row.language], settings=_settings(row))
    return _normalised(value, None)


def _date_data(row: Row):
    from dateparser.date import DateDataParser

    data = DateDataParser(languages=[row.language], settings=_settings(row)).get_date_data(
        row.expression)
    return _normalised(data.date_obj, data.period)


def _search(row: Row):
    from dateparser.search import search_dates

    found = search_dates(row.sentence, languages=[row.language], settings=_settings(row)) or []
    for text, value in found:
        if text in row.expression or row.expression in text or set(text.split()) & set(
                row.expression.split()):
            return _normalised(value, None)
    return {None}


def _score(name: str, table: list[Row], call) -> dict:
    start = time.perf_counter()
    answers = [call(row) for row in table]
    elapsed = time.perf_counter() - start
    right = sum(1 for row, answer in zip(table, answers, strict=True) if row.value in answer)
    return {"name": name, "right": right, "accuracy": right / len(table),
            "per_second": len(table) / elapsed, "answers": answers}


def main() -> None:
    table = rows()
    import dateparser  # noqa: F401  (import time is not per-expression cost)

    # warm-up: dateparser loads its language data, marsad compiles its patterns
    _parse(table[0]), _date_data(table[0]), _search(table[0])
    for language in ("ar", "fa", "en"):
        marsad_answer(next(row for row in table if row.language == language))
    start = time.perf_counter()
    marsad = [marsad_answer(row) for row in table]
    marsad_elapsed = time.perf_counter() - start
    marsad_right = sum(1 for row, (value, precision) in zip(table, marsad, strict=True)
                       if value == row.value and precision == row.precision)
    runs = [_score("dateparser.parse(expression)", table, _parse),
            _score("DateDataParser.get_date_data(expression)", table, _date_data),
            _score("dateparser.search_dates(sentence)", table, _search)]
    best = sum(1 for i, row in enumerate(table) if any(row.value in r["answers"][i] for r in runs))
    print(f"table: {len(table)} readings ({sum(r.anchor is None for r in table)} without anchor)")
    print(f"marsad find_times(sentence), value+precision: {marsad_right}/{len(table)} = "
          f"{marsad_right / len(table):.1%}; {len(table) / marsad_elapsed:.0f} expressions/s")
    for run in runs:
        print(f"{run['name']}, value only: {run['right']}/{len(table)} = {run['accuracy']:.1%};"
              f" {run['per_second']:.0f} expressions/s")
    print(f"dateparser best of the three per row: {best}/{len(table)} = {best / len(table):.1%}")
    fastest = max(runs, key=lambda r: r["per_second"])
    ours = len(table) / marsad_elapsed
    print(f"marsad vs best dateparser: +{(marsad_right - best) / len(table) * 100:.1f} points")
    print(f"speed, same input (the sentence): {ours / runs[2]['per_second']:.1f}x "
          f"search_dates; against the fastest call, which is handed the expression already cut "
          f"out ({fastest['name']}): {ours / fastest['per_second']:.1f}x")
    by_language: dict[str, list[int]] = {}
    for i, row in enumerate(table):
        bucket = by_language.setdefault(row.language, [0, 0, 0])
        bucket[0] += marsad[i] == (row.value, row.precision)
        bucket[1] += any(row.value in r["answers"][i] for r in runs)
        bucket[2] += 1
    for language, (ours, theirs, n) in sorted(by_language.items()):
        print(f"  {language}: marsad {ours}/{n}, dateparser best-of {theirs}/{n}")


if __name__ == "__main__":
    main()
