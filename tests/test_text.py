"""Normalisation, language identification and sentence splitting, as native-script tables."""

from __future__ import annotations

import pytest

from marsad.text.language import detect_language
from marsad.text.normalize import ZWNJ, match_key, normalize
from marsad.text.sentences import split_sentences


@pytest.mark.parametrize(("language", "raw", "expected"), [
    ("ar", "أحمد إبراهيم آل", "احمد ابراهيم ال"),
    ("ar", "الـــروسيـة", "الروسيه"),
    ("ar", "مُحَمَّدٌ", "محمد"),
    ("ar", "٢٣ مارس ٢٠٢٠", "23 مارس 2020"),
    ("ar", "مستشفى", "مستشفي"),
    ("fa", "سوريه", "سوریه"),
    ("fa", "كشور", "کشور"),
    ("fa", "۱۴۰۴/۰۸/۲۵", "1404/08/25"),
    ("fa", "میشود", f"می{ZWNJ}شود"),
    ("fa", "نمیکند", f"نمی{ZWNJ}کند"),
    ("fa", "مي شود", f"می{ZWNJ}شود"),
    ("fa", "میخواستند", f"می{ZWNJ}خواستند"),
    ("fa", "پایگاههای", f"پایگاه{ZWNJ}های"),
    ("fa", "تخصصهای", f"تخصص{ZWNJ}های"),
    ("fa", "کشورها", "کشورها"),      # ر does not join: nothing is lost, nothing to restore
    ("fa", "تنها", "تنها"),          # not stem + suffix
    ("fa", "میز", "میز"),            # a noun, not می + verb
    ("fa", "میدان", "میدان"),         # a square, not می + دان without an ending
    ("fa", "میرود", f"می{ZWNJ}رود"),
    ("fa", "میشد", f"می{ZWNJ}شد"),
    ("fa", "ایران", "ایران"),
])
def test_normalize(language, raw, expected):
    assert normalize(raw, language).text == expected


def test_persian_is_never_given_arabic_rules():
    persian = "وزارت دفاع سوریه در بیانیه‌ای اعلام کرد"
    assert "ي" not in normalize(persian, "fa").text
    assert normalize(persian, "fa").text == persian


@pytest.mark.parametrize(("language", "text", "needle"), [
    ("ar", "قالَ وزيرُ الدفاعِ الروسيّ، سيرغي شويغو، إنّ", "شويغو"),
    ("fa", "این وزارتخانه توضیح داد که تماسهایی میشود برقرار", "برقرار"),
    ("fa", "سرتیپ «یحیی بیطار»، مدیر", "بیطار"),
])
def test_offsets_point_back_to_the_original(language, text, needle):
    norm = normalize(text, language)
    start = norm.text.index(normalize(needle, language).text)
    end = start + len(normalize(needle, language).text)
    original_start, original_end = norm.to_original(start, end)
    assert text[original_start:original_end] == needle


def test_match_key_folds_scripts_and_punctuation():
    assert match_key("اقرأ أيضاً:") == match_key("اقرا ايضا")
    assert match_key("المركز الديمقراطى العربى") == match_key("المركز الديمقراطي العربي")
    assert match_key("Loading...") == "loading"


@pytest.mark.parametrize(("text", "language"), [
    ("سوریه", "fa"),
    ("مذاکرات", "fa"),
    ("وزارت دفاع سوریه", "fa"),
    ("به گزارش مشرق", "fa"),
    ("ارائه خدمات بر خط بانكي در دفاتر روستايي امكان پذير مي شود", "fa"),
    ("سورية", "ar"),
    ("وزارة الدفاع السورية", "ar"),
    ("الشرق الأوسطعاجل", "ar"),
    ("قالت وزارة الدفاع الروسية اليوم الاثنين", "ar"),
    ("Russian jets struck rebel positions", "en"),
    ("Министерство обороны России сообщило", "ru"),
    ("12345 !!!", None),
])
def test_detect_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(("language", "text", "count"), [
    ("ar", "قال الوزير إن المحادثات مستمرة. وأضاف أن الوفد سيعود غداً! هل يتفقون؟ نعم.", 4),
    ("ar", "التقى د. أحمد بالوفد في دمشق. ثم غادر.", 2),
    ("fa", "وی افزود: «تماس‌ها ادامه دارد.» این در حالی است که مذاکرات ادامه دارد.", 2),
    ("en", "Mr. Lavrov met Gen. Gerasimov in Paris. The U.S. was not there. Prices rose 3.5 "
           "percent.", 3),
    ("ar", "سطر أول بلا نقطة\nسطر ثان بلا نقطة", 2),
    ("ar", "المستمر منذ أربع سنوات.وبدأت روسيا القصف. قال أ.د محمد ذلك.", 3),  # lost space
])
def test_split_sentences(language, text, count):
    spans = split_sentences(text, language)
    assert len(spans) == count
    for start, end in spans:
        assert text[start:end] == text[start:end].strip()
