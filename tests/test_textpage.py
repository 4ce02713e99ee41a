"""Golden tests for the text-page line classifier: the five seed pages against their gold, and
synthetic pages in Persian and English with must-keep / must-drop lines."""

from __future__ import annotations

import pytest

from conftest import EXAMPLES
from marsad.extract.textpage import classify_page

SEEDS = sorted(p.name for p in EXAMPLES.glob("*.txt"))


def test_examples_are_the_shared_seeds(shared):
    for name in SEEDS:
        assert (EXAMPLES / name).read_bytes() == (shared / "corpus" / "seeds" / name).read_bytes()
    assert len(SEEDS) == 5


@pytest.mark.parametrize("name", SEEDS)
def test_seed_page_matches_gold(name, seeds_gold):
    gold = seeds_gold[name]
    page = classify_page((EXAMPLES / name).read_text(encoding="utf-8"))
    assert page.title == gold["title"]
    assert page.publication_date == gold["publication_date"]
    if gold.get("outlet"):
        assert page.outlet == gold["outlet"]
    assert page.boilerplate_lines == gold["boilerplate_lines"]


def test_metadata_lines_give_author_and_never_enter_the_body():
    page = classify_page((EXAMPLES / "003_14fdf8bce4db8ce1.txt").read_text(encoding="utf-8"))
    assert page.author == "فريق التحرير"
    assert "المصدر" not in page.body
    assert "٢٣ مارس ٢٠٢٠" not in page.body


def test_no_date_on_the_page_gives_null_even_when_the_body_has_dates():
    page = classify_page((EXAMPLES / "004_cd1fa4d3cc96dd3c.txt").read_text(encoding="utf-8"))
    assert page.publication_date is None
    assert "يوم 30 سبتمبر أيلول" in page.body


PERSIAN_PAGE = """\
اشتراک گذاری
حمله پهپادی به پایگاه نظامی در شمال عراق
کد خبر: ۱۲۳۴۵۶
۲۵ آبان ۱۴۰۴
به گزارش خبرگزاری فارس، یک پهپاد ناشناس روز پنجشنبه به پایگاهی در استان نینوا حمله کرد.
مقامات محلی گفتند که این حمله تلفات جانی نداشته است.
بیشتر بخوانید
ادامه مذاکرات در بغداد
منبع: خبرگزاری فارس
برچسب ها
عراق
"""


def test_persian_page():
    page = classify_page(PERSIAN_PAGE)
    assert page.title == "حمله پهپادی به پایگاه نظامی در شمال عراق"
    assert page.publication_date == "2025-11-16"
    assert page.outlet == "Fars News Agency"
    assert page.body.splitlines() == [
        "به گزارش خبرگزاری فارس، یک پهپاد ناشناس روز پنجشنبه به پایگاهی در استان نینوا حمله کرد.",
        "مقامات محلی گفتند که این حمله تلفات جانی نداشته است.",
    ]


ENGLISH_PAGE = """\
Skip to content
Menu
Russian jets strike rebel positions near Idlib
Published: 2019-05-06
Image-99887766
A handout photo of the strike (Reuters)
Russian and Syrian government jets struck rebel-held towns in southern Idlib on Monday, \
residents and rescue workers said.
The strikes hit Kafr Nabl and Khan Sheikhoun, according to the White Helmets.
Escalation
The offensive is the largest since a truce was agreed last September, monitors said.
Share this
Related articles
Syria talks stall in Geneva
Leave a comment
"""


def test_english_page():
    page = classify_page(ENGLISH_PAGE)
    assert page.title == "Russian jets strike rebel positions near Idlib"
    assert page.publication_date == "2019-05-06"
    body = page.body.splitlines()
    assert body[0].startswith("Russian and Syrian government jets")
    assert "Escalation" in body  # a sub-heading between body paragraphs is kept
    assert not any(bad in page.body for bad in ("Share", "Related", "Geneva", "Reuters)"))


def test_a_records_furniture_lines_go():
    """A scraped record keeps its text but for furniture lines: a tags line ("سمات …", sample
    146 coded one as an air raid) and a share button's label; the body stays whole."""
    from marsad.extract.record import _clean_body

    body = ("وشنت طائرات التحالف غارات على مواقع الحوثيين في صنعاء أمس.\n"
            "سمات حوثيين غارات قوات التحالف مليشيا\nشارك\n"
            "سمات القادة في الحرب تظهر في الأزمات، كما قال المحلل.")
    assert _clean_body(body).splitlines() == [
        "وشنت طائرات التحالف غارات على مواقع الحوثيين في صنعاء أمس.",
        "سمات القادة في الحرب تظهر في الأزمات، كما قال المحلل."]
