"""The time stage: the hand-made table (a quality gate), its calendar literals checked against
jdatetime and hijridate, the seed pages' date fields, the CLI and the pipeline wiring."""

from __future__ import annotations

import datetime as dt
import json

import jdatetime
import pytest
from hijridate import Hijri

from conftest import EXAMPLES
from marsad.cli import main
from marsad.evaluation.time_table import ABSOLUTE, rows
from marsad.evaluation.times import TABLE_FLOOR, evaluate_seed_dates, evaluate_table
from marsad.time import find_times

TABLE = rows()


def test_table_is_big_enough_and_covers_every_kind():
    assert len(TABLE) >= 400
    categories = {row.category.split("/")[0] for row in TABLE}
    assert {"weekday", "relative_day", "offset", "span", "period", "part", "partial", "month",
            "numeric", "arabic_digits", "doubled_month", "levantine", "maghrebi", "hijri",
            "solar_hijri", "persian_gregorian", "year"} <= categories
    assert {row.language for row in TABLE} == {"ar", "fa", "en"}
    assert any(row.anchor is None and row.value is None for row in TABLE)


def test_quality_gate_on_the_table():
    report = evaluate_table()
    assert report["accuracy"] >= TABLE_FLOOR, report["misses"][:10]


@pytest.mark.parametrize(("calendar", "ymd", "gregorian"), [
    ("solar", (1404, 8, 25), "2025-11-16"),
    ("solar", (1403, 1, 1), "2024-03-20"),
    ("solar", (1394, 4, 14), "2015-07-05"),
    ("solar", (1398, 10, 13), "2020-01-03"),
    ("solar", (1402, 12, 10), "2024-02-29"),
    ("solar", (1402, 1, 1), "2023-03-21"),
    ("hijri", (1447, 5, 25), "2025-11-16"),
    ("hijri", (1445, 9, 1), "2024-03-11"),
    ("hijri", (1446, 1, 10), "2024-07-16"),
])
def test_calendar_literals_in_the_table_are_right(calendar, ymd, gregorian):
    converted = (jdatetime.date(*ymd).togregorian() if calendar == "solar"
                 else Hijri(*ymd).to_gregorian())
    assert converted.isoformat() == gregorian
    assert any(row[3] == gregorian for row in ABSOLUTE)


def test_every_seed_date_field_is_reproduced():
    report = evaluate_seed_dates()
    assert report["checked"] >= 12
    assert report["passed"], [r for r in report["rows"] if not r["right"]]


@pytest.mark.parametrize(("language", "text"), [
    ("ar", "وصل الوفد يوم الخميس"), ("ar", "قبل 3 أسابيع"), ("ar", "في 5 مارس"),
    ("ar", "أواخر الشهر الماضي"), ("fa", "روز پنجشنبه"), ("fa", "در پایان ماه ژوئیه"),
    ("en", "last Monday"),
])
def test_no_anchor_gives_null_but_keeps_the_text(language, text):
    (found,) = find_times(text, language, None)
    assert found.value is None and found.text in text and found.precision


def test_not_a_date():
    assert find_times("ووفق روسيا اليوم فقد ناقش الاجتماع", "ar", dt.date(2025, 11, 16)) == []
    assert find_times("دمرت الغارات في 2000 منزل", "ar", dt.date(2015, 8, 3)) == []  # a count
    assert find_times("الأمين العام للأمم المتحدة", "ar", dt.date(2025, 11, 16)) == []
    assert find_times("زار نيسان الحديقة", "ar", dt.date(2025, 11, 16)) == []


@pytest.mark.parametrize(("text", "language", "start"), [
    ("عام 1394 ش", "ar", "2015-03-21"),   # a written era decides the calendar
    ("عام 1436هـ", "ar", "2014-10-25"),
    ("عام 1436", "ar", "2014-10-25"),     # no era: an Arabic year of 1300-1500 is Hijri
])
def test_year_era(text, language, start):
    (found,) = find_times(text, language, dt.date(2015, 8, 3))
    assert found.value == start and found.precision == "year"


def test_any_space_between_words():
    """Found in SaudiNewsNet: a no-break space inside a two-word expression."""
    (found,) = find_times("وقال مساء \xa0امس إن", "ar", dt.date(2015, 8, 9))
    assert found.value == "2015-08-08"
    (found,) = find_times("نيروها روز\u200cسه\u200cشنبه وارد شدند", "fa", dt.date(2025, 11, 16))
    assert found.value == "2025-11-11"


@pytest.mark.parametrize(("text", "expected"), [
    # found by reading marsad's output on SaudiNewsNet (anchor 2015-08-03)
    ("وتاريخ 1428/6/24هـ ومصنف", ("1428/6/24", "2007-07-09")),
    ("قبل سنتين ونصف تحديدا في شهر أبريل (نيسان) من عام 2013.",
     ("في شهر أبريل (نيسان) من عام 2013", "2013-04-01")),
    ("ونشرت الصحيفة في 5 مارس تقريرها عن السيارات", ("في 5 مارس", "2015-03-05")),
    ("أمس (الأحد)، أن جبهة", ("الأحد", "2015-08-02")),
    ("مساء الاثنين 11/10/1436هـ، الموافق 27/7/2015م", ("مساء الاثنين", "2015-07-27")),
    ("وذلك يوم الأربعاء 27 شوال الجاري بقاعة", ("يوم الأربعاء", "2015-08-12")),
    # the era written on the year (hand-check sample 86)
    ("وفي مؤتمر قمة عقد في فانكوفر عام 1997م حرص الرئيس", ("عام 1997م", "1997-01-01")),
    ("في أغسطس 2015م وصل", ("في أغسطس 2015م", "2015-08-01")),
    # a bare year after في/منذ (sample 87)
    ("ونجح الحوثيون في 2014 في بسط سيطرتهم", ("في 2014", "2014-01-01")),
    ("الهدنة المطبقة منذ 2013 بين انقرة والمتمردين", ("منذ 2013", "2013-01-01")),
    ("في 2014 حكمت المحكمة", ("في 2014", "2014-01-01")),  # "كم" inside a word is no unit
])
def test_real_corpus_cases(text, expected):
    found = [(t.text, t.value) for t in find_times(text, "ar", dt.date(2015, 8, 3))]
    assert expected in found


@pytest.mark.parametrize("text", [
    "بنتيجة صفر - صفر، وأبدى المدرب",      # a score, not the month Safar
    "برميل في اليوم خلال الشهر",           # per day
    "في منطقة يريم في اب.كذلك",            # the city of Ibb
    "دعم فعاليات اليوم العالمي للغة",       # a named day
])
def test_real_corpus_non_dates(text):
    assert [t for t in find_times(text, "ar", dt.date(2015, 8, 10))
            if t.kind != "period"] == []




def test_offsets_point_into_the_original_text():
    text = "وقالت المصادر إنّ الهجومَ وقع قبل ٣ أسابيع في ريف إدلب"
    (found,) = find_times(text, "ar", dt.date(2025, 11, 16))
    assert text[found.start:found.end] == "قبل ٣ أسابيع"
    assert found.value == "2025-10-26"


def test_dates_command_json(capsys):
    assert main(["dates", "قال أمس إن اللقاء عقد يوم الخميس", "--anchor", "2025-11-16",
                 "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [(f["text"], f["value"], f["precision"]) for f in found] == [
        ("أمس", "2025-11-15", "day"), ("يوم الخميس", "2025-11-13", "day")]
    assert {"text", "start", "end", "value", "precision", "range"} <= set(found[0])


def test_dates_command_rejects_a_bad_anchor(capsys):
    assert main(["dates", "أمس", "--anchor", "yesterday"]) == 2


def test_times_are_stored_and_exported_after_ingest(db, capsys):
    assert main(["ingest", str(EXAMPLES), "--db", db, "--quiet"]) == 0
    capsys.readouterr()
    assert main(["export", "times", "--db", db]) == 0
    times = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    values = {(t["text"], t["value"]) for t in times}
    assert ("اليوم الاثنين", "2020-03-23") in values
    assert ("بعد نحو 3 أسابيع على", "2025-10-26") in values
    assert ("روز پنجشنبه", None) in values          # no publication date: never a guess
    assert all(t["sentence"] >= 0 and t["end"] > t["start"] for t in times)
