"""The gold table for temporal expressions: real-style news sentences in Arabic, Persian and
English, each with one target expression and its gold value and precision.

Written by hand as meaning: each row says what the expression means ("the Thursday on or
before the anchor", "three weeks before the anchor", "25 Aban 1404 = 2025-11-16"). The values
come from that meaning by plain datetime arithmetic written here, independently of marsad's
resolver; calendar conversions are given as literal dates and checked against jdatetime and
hijridate by the tests. Relative expressions are read against several anchors (publication
dates) that fall on different weekdays, month ends, a leap day and a year boundary, and once
with no anchor at all, where the gold is null.

Conventions are those of ``marsad.time.calendar``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Row", "rows", "ANCHORS"]

ANCHORS = (
    dt.date(2025, 11, 16),  # Sunday, the Al-Modon sample
    dt.date(2020, 3, 23),   # Monday, the Shaam sample
    dt.date(2018, 7, 24),   # Tuesday
    dt.date(2015, 10, 10),  # Saturday
    dt.date(2024, 2, 29),   # Thursday, a leap day
    dt.date(2023, 1, 5),    # Thursday, just after a year boundary
)
MON, TUE, WED, THU, FRI, SAT, SUN = range(1, 8)


@dataclass(frozen=True)
class Row:
    language: str
    sentence: str
    expression: str
    anchor: dt.date | None
    value: str | None
    precision: str
    category: str


Meaning = Callable[[dt.date], tuple[dt.date, str]]


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def days(offset: int) -> Meaning:
    return lambda a: (a + dt.timedelta(days=offset), "day")


def weekday(target: int, mode: str = "on_or_before") -> Meaning:
    def meaning(a: dt.date) -> tuple[dt.date, str]:
        day = a
        step = -1 if mode in ("on_or_before", "before") else 1
        if mode in ("before", "after"):
            day += dt.timedelta(days=step)
        while day.isoweekday() != target:
            day += dt.timedelta(days=step)
        return day, "day"
    return meaning


def ago(amount: int, unit: str) -> Meaning:
    def meaning(a: dt.date) -> tuple[dt.date, str]:
        if unit == "day":
            return a - dt.timedelta(days=amount), "day"
        if unit == "week":
            return a - dt.timedelta(weeks=amount), "week"
        if unit == "month":
            return _add_months(a, -amount), "month"
        return _add_months(a, -12 * amount), "year"
    return meaning


def later(amount: int, unit: str) -> Meaning:
    return lambda a: (ago(-amount, unit)(a)[0], unit)


def _period_start(a: dt.date, unit: str, offset: int) -> tuple[dt.date, dt.date]:
    if unit == "week":
        monday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(weeks=offset)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        first = _add_months(a.replace(day=1), offset)
        return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return dt.date(a.year + offset, 1, 1), dt.date(a.year + offset, 12, 31)


def period(unit: str, offset: int) -> Meaning:
    return lambda a: (_period_start(a, unit, offset)[0], unit)


PART_DAYS = {"early": 1, "mid": 11, "late": 21}
PART_MONTHS = {"early": 1, "mid": 5, "late": 9}


def part(unit: str, offset: int, which: str) -> Meaning:
    def meaning(a: dt.date) -> tuple[dt.date, str]:
        start, _ = _period_start(a, unit, offset)
        if unit == "month":
            return start.replace(day=PART_DAYS[which]), "range"
        return start.replace(month=PART_MONTHS[which]), "range"
    return meaning


def _month_start(a: dt.date, month: int, direction: int) -> dt.date:
    """The first day of the named month nearest the anchor in the given direction
    (-1: the latest that has begun by the anchor; +1: the first that has not yet ended)."""
    candidates = [dt.date(y, month, 1) for y in (a.year - 1, a.year, a.year + 1)]
    if direction < 0:
        return [c for c in candidates if c <= a][-1]
    return [c for c in candidates if _add_months(c, 1) > a][0]


def month(number: int, direction: int = -1) -> Meaning:
    return lambda a: (_month_start(a, number, direction), "month")


def part_of_month(number: int, which: str, direction: int = -1) -> Meaning:
    return lambda a: (_month_start(a, number, direction).replace(day=PART_DAYS[which]),
                      "range")


def partial(number: int, day: int, direction: int = -1) -> Meaning:
    def meaning(a: dt.date) -> tuple[dt.date, str]:
        candidates = []
        for year in (a.year - 1, a.year, a.year + 1):
            try:
                candidates.append(dt.date(year, number, day))
            except ValueError:
                continue
        if direction < 0:
            return [c for c in candidates if c <= a][-1], "day"
        return [c for c in candidates if c >= a][0], "day"
    return meaning


def span(amount: int, unit: str) -> Meaning:
    def meaning(a: dt.date) -> tuple[dt.date, str]:
        if unit == "hour":
            return a - dt.timedelta(days=round(amount / 24)), "range"
        return ago(amount, unit)(a)[0], "range"
    return meaning


# (language, sentence, expression, meaning, category) — relative: read against every anchor
RELATIVE: list[tuple[str, str, str, Meaning, str]] = [
    # Arabic: weekdays
    ("ar", "وصل الوفد الروسي إلى دمشق يوم الخميس في زيارة رسمية", "يوم الخميس",
     weekday(THU), "weekday"),
    ("ar", "قالت وزارة الدفاع الروسية اليوم الاثنين إن الوزير أجرى محادثات", "اليوم الاثنين",
     weekday(MON), "weekday"),
    ("ar", "قالت روسيا اليوم السبت إنها كثفت حملتها الجوية", "اليوم السبت", weekday(SAT),
     "weekday"),
    ("ar", "وكان الرئيس قد التقى نظيره الأربعاء في موسكو", "الأربعاء", weekday(WED), "weekday"),
    ("ar", "شنت الطائرات غارات عنيفة مساء الجمعة على ريف إدلب", "مساء الجمعة", weekday(FRI),
     "weekday"),
    ("ar", "وأعلن الجيش الاثنين الماضي سيطرته على البلدة", "الاثنين الماضي",
     weekday(MON, "before"), "weekday"),
    ("ar", "ومن المقرر أن يصل الوزير إلى أنقرة الأحد المقبل", "الأحد المقبل",
     weekday(SUN, "after"), "weekday"),
    ("ar", "سيعقد مجلس الأمن جلسة طارئة يوم الثلاثاء لبحث التصعيد", "يوم الثلاثاء",
     weekday(TUE, "on_or_after"), "weekday"),
    ("ar", "وقتل ثلاثة مدنيين فجر السبت في قصف مدفعي", "فجر السبت", weekday(SAT), "weekday"),
    ("ar", "التقى لافروف وبيدرسون الخميس الماضي في جنيف", "الخميس الماضي",
     weekday(THU, "before"), "weekday"),
    ("ar", "وستستأنف المفاوضات في أستانا الأربعاء المقبل", "الأربعاء المقبل",
     weekday(WED, "after"), "weekday"),
    ("ar", "أفاد المرصد بأن الاشتباكات تجددت ليلة الأحد", "ليلة الأحد", weekday(SUN),
     "weekday"),
    # Arabic: relative days
    ("ar", "قال المتحدث باسم الكرملين أمس إن موسكو لن تتدخل", "أمس", days(-1), "relative_day"),
    ("ar", "وعثرت وحدات الجيش أول أمس على مستودع أدوية", "أول أمس", days(-2),
     "relative_day"),
    ("ar", "حررت القوات القرى التي أعلن الجيش تحريرها أمس الأول", "أمس الأول", days(-2),
     "relative_day"),
    ("ar", "أعلنت الخارجية اليوم أن الوزير سيزور بغداد", "اليوم", days(0), "relative_day"),
    ("ar", "يصل المبعوث الأممي غداً إلى دمشق لإجراء مشاورات", "غداً", days(1),
     "relative_day"),
    ("ar", "ومن المتوقع أن تبدأ الجولة الجديدة بعد غد", "بعد غد", days(2), "relative_day"),
    ("ar", "وكانت الطائرات قد قصفت البلدة البارحة", "البارحة", days(-1), "relative_day"),
    ("ar", "وبالأمس أعلنت الفصائل انسحابها من المدينة", "وبالأمس", days(-1), "relative_day"),
    ("ar", "وقالت مصادر محلية يوم أمس إن الطريق أغلق", "يوم أمس", days(-1), "relative_day"),
    # Arabic: offsets
    ("ar", "قتل جندي تركي قبل 3 أسابيع في هجوم بطائرة مسيرة", "قبل 3 أسابيع",
     ago(3, "week"), "offset"),
    ("ar", "وكان الوفد قد زار موسكو قبل أسبوعين", "قبل أسبوعين", ago(2, "week"), "offset"),
    ("ar", "انهار وقف إطلاق النار منذ يومين في درعا", "منذ يومين", ago(2, "day"), "offset"),
    ("ar", "وكان الاتفاق قد وقع قبل ثلاثة أيام في سوتشي", "قبل ثلاثة أيام", ago(3, "day"),
     "offset"),
    ("ar", "أعلنت الوزارة قبل شهرين عن خطة لإعادة الانتشار", "قبل شهرين", ago(2, "month"),
     "offset"),
    ("ar", "بدأت العملية العسكرية منذ نحو خمسة أشهر", "منذ نحو خمسة أشهر", ago(5, "month"),
     "offset"),
    ("ar", "سقطت المدينة بيد المعارضة قبل عامين", "قبل عامين", ago(2, "year"), "offset"),
    ("ar", "اختطف الصحفي قبل ستة أيام قرب الحدود", "قبل ستة أيام", ago(6, "day"), "offset"),
    ("ar", "يأتي اللقاء بعد نحو 3 أسابيع على زيارة أجراها الوزير", "بعد نحو 3 أسابيع على",
     ago(3, "week"), "offset"),
    ("ar", "وجاءت الغارة بعد يومين من اجتماع أمني", "بعد يومين من", ago(2, "day"), "offset"),
    ("ar", "ومن المنتظر أن تنتهي المهلة بعد أسبوعين", "بعد أسبوعين", later(2, "week"),
     "offset"),
    ("ar", "وأكد أن الانتخابات ستجرى بعد ثلاثة أشهر", "بعد ثلاثة أشهر", later(3, "month"),
     "offset"),
    ("ar", "أعلن الجيش قبل 10 أيام بدء عملية تمشيط", "قبل 10 أيام", ago(10, "day"),
     "offset"),
    # Arabic: periods and parts
    ("ar", "ارتفعت وتيرة الغارات خلال الأسبوع الماضي في ريف حماة", "الأسبوع الماضي",
     period("week", -1), "period"),
    ("ar", "وقعت الحكومة الاتفاق الشهر الماضي في الدوحة", "الشهر الماضي", period("month", -1),
     "period"),
    ("ar", "تراجعت الصادرات العام الماضي بنسبة كبيرة", "العام الماضي", period("year", -1),
     "period"),
    ("ar", "ستعقد القمة الشهر المقبل في الرياض", "الشهر المقبل", period("month", 1), "period"),
    ("ar", "تتوقع الأمم المتحدة عودة آلاف اللاجئين العام المقبل", "العام المقبل",
     period("year", 1), "period"),
    ("ar", "وسجلت المنظمة مئات الانتهاكات منذ مطلع الشهر الجاري", "مطلع الشهر الجاري",
     part("month", 0, "early"), "part"),
    ("ar", "وصلت تعزيزات عسكرية إلى المنطقة أواخر الشهر الماضي", "أواخر الشهر الماضي",
     part("month", -1, "late"), "part"),
    ("ar", "أعلنت الحكومة خطة جديدة منذ مطلع العام", "مطلع العام", part("year", 0, "early"),
     "part"),
    ("ar", "ويتوقع أن تكتمل المرحلة الأولى نهاية العام الجاري", "نهاية العام الجاري",
     part("year", 0, "late"), "part"),
    ("ar", "زار الوفد طهران منتصف الشهر الماضي", "منتصف الشهر الماضي",
     part("month", -1, "mid"), "part"),
    ("ar", "تضاعفت أسعار الوقود هذا العام في مناطق النظام", "هذا العام", period("year", 0),
     "period"),
    ("ar", "شهدت المدينة هدوءاً حذراً خلال الأسبوع الجاري", "الأسبوع الجاري",
     period("week", 0), "period"),
    ("ar", "ونقلت الوكالة أن السفينة رست في الميناء السنة الماضية", "السنة الماضية",
     period("year", -1), "period"),
    # Arabic: spans
    ("ar", "إذ شنت 64 طلعة جوية في الأربع والعشرين ساعة المنصرمة", "الأربع والعشرين ساعة المنصرمة",
     span(24, "hour"), "span"),
    ("ar", "نفذت الطائرات عشرات الغارات خلال اليومين الماضيين", "اليومين الماضيين",
     span(2, "day"), "span"),
    ("ar", "قتل 40 مدنياً خلال الأسابيع الثلاثة الماضية", "الأسابيع الثلاثة الماضية",
     span(3, "week"), "span"),
    ("ar", "رصد المرصد 15 خرقاً خلال الـ48 ساعة الماضية", "48 ساعة الماضية", span(48, "hour"),
     "span"),
    # Arabic: months and partial dates without a year
    ("ar", "وفي 5 مارس، أعلن الرئيسان التوصل إلى اتفاق", "5 مارس", partial(3, 5), "partial"),
    ("ar", "أعلنت وزارة الدفاع يوم 20 تموز/ يوليو أن موسكو قدمت مقترحات", "20 تموز/ يوليو",
     partial(7, 20), "partial"),
    ("ar", "التقى الرئيسان في 11 تموز/ يوليو الماضي", "11 تموز/ يوليو الماضي", partial(7, 11),
     "partial"),
    ("ar", "بدأت روسيا القصف في سوريا يوم 30 سبتمبر أيلول", "30 سبتمبر أيلول",
     partial(9, 30), "partial"),
    ("ar", "وفي 15 تشرين الأول/أكتوبر، أجرى الرئيس زيارة إلى موسكو", "15 تشرين الأول/أكتوبر",
     partial(10, 15), "partial"),
    ("ar", "وقعت المجزرة في 21 آب/أغسطس في الغوطة", "21 آب/أغسطس", partial(8, 21), "partial"),
    ("ar", "اندلعت الاحتجاجات في 15 آذار في درعا", "15 آذار", partial(3, 15), "partial"),
    ("ar", "وقال البيان إن الهدنة بدأت في 27 شباط/فبراير", "27 شباط/فبراير", partial(2, 27),
     "partial"),
    ("ar", "عقدت الجولة الأولى في 23 يناير كانون الثاني", "23 يناير كانون الثاني",
     partial(1, 23), "partial"),
    ("ar", "انسحبت القوات في 3 كانون الأول/ديسمبر من المطار", "3 كانون الأول/ديسمبر",
     partial(12, 3), "partial"),
    ("ar", "أعلنت المغرب في 14 غشت عن مساعدات", "14 غشت", partial(8, 14), "partial"),
    ("ar", "توصل الطرفان إلى اتفاق في 9 شتنبر", "9 شتنبر", partial(9, 9), "partial"),
    ("ar", "زار الرئيس الجزائر في 6 جويلية", "6 جويلية", partial(7, 6), "partial"),
    ("ar", "جرت الانتخابات في شهر أيار الماضي", "شهر أيار الماضي", month(5), "month"),
    ("ar", "عقد مؤتمر المانحين في حزيران الماضي", "حزيران الماضي", month(6), "month"),
    ("ar", "ارتفعت الأسعار منذ تموز/يوليو الماضي", "تموز/يوليو الماضي", month(7), "month"),
    ("ar", "سيعقد المؤتمر في أيلول المقبل في نيويورك", "أيلول المقبل", month(9, 1), "month"),
    ("ar", "أعلن الجيش منتصف يوليو بدء الهجوم", "منتصف يوليو", part_of_month(7, "mid"),
     "part"),
    ("ar", "وصلت الشحنة أواخر نيسان/أبريل إلى ميناء طرطوس", "أواخر نيسان/أبريل",
     part_of_month(4, "late"), "part"),
    ("ar", "تم الإعلان عن الاتفاق مطلع آذار", "مطلع آذار", part_of_month(3, "early"), "part"),
    # Persian
    ("fa", "وزارت دفاع سوریه اعلام کرد که روز پنجشنبه مذاکراتی در دمشق برگزار شد",
     "روز پنجشنبه", weekday(THU), "weekday"),
    ("fa", "سفر رئیس ستاد کل ارتش سوریه به مسکو در روز چهارشنبه انجام شد", "روز چهارشنبه",
     weekday(WED), "weekday"),
    ("fa", "وزیر خارجه روز دوشنبه با همتای ترک خود دیدار کرد", "روز دوشنبه", weekday(MON),
     "weekday"),
    ("fa", "این نشست شنبه گذشته در تهران برگزار شد", "شنبه گذشته", weekday(SAT, "before"),
     "weekday"),
    ("fa", "هیئت ایرانی یکشنبه آینده به بغداد سفر خواهد کرد", "یکشنبه آینده",
     weekday(SUN, "after"), "weekday"),
    ("fa", "نیروهای ارتش روز سه‌شنبه وارد شهر شدند", "روز سه‌شنبه", weekday(TUE), "weekday"),
    ("fa", "امروز جمعه تظاهرات گسترده‌ای در شهر برگزار شد", "امروز جمعه", weekday(FRI),
     "weekday"),
    ("fa", "سخنگوی وزارت خارجه دیروز در نشست خبری گفت", "دیروز", days(-1), "relative_day"),
    ("fa", "این حمله پریروز در حومه دمشق رخ داد", "پریروز", days(-2), "relative_day"),
    ("fa", "رئیس‌جمهور امروز در جمع خبرنگاران گفت", "امروز", days(0), "relative_day"),
    ("fa", "وزیر دفاع فردا به مسکو سفر می‌کند", "فردا", days(1), "relative_day"),
    ("fa", "انفجار دیشب در نزدیکی فرودگاه رخ داد", "دیشب", days(-1), "relative_day"),
    ("fa", "این توافق سه روز پیش در آستانه امضا شد", "سه روز پیش", ago(3, "day"), "offset"),
    ("fa", "دو هفته قبل نیز حمله‌ای به این پایگاه انجام شده بود", "دو هفته قبل",
     ago(2, "week"), "offset"),
    ("fa", "شش ماه پیش مذاکرات متوقف شد", "شش ماه پیش", ago(6, "month"), "offset"),
    ("fa", "این پایگاه ۲ سال پیش ساخته شد", "۲ سال پیش", ago(2, "year"), "offset"),
    ("fa", "ده روز پیش هیئتی از مسکو به دمشق رفت", "ده روز پیش", ago(10, "day"), "offset"),
    ("fa", "مذاکرات دو هفته دیگر از سر گرفته می‌شود", "دو هفته دیگر", later(2, "week"),
     "offset"),
    ("fa", "این نشست هفته گذشته در ژنو برگزار شد", "هفته گذشته", period("week", -1),
     "period"),
    ("fa", "قیمت‌ها ماه گذشته افزایش یافت", "ماه گذشته", period("month", -1), "period"),
    ("fa", "صادرات نفت سال گذشته کاهش یافت", "سال گذشته", period("year", -1), "period"),
    ("fa", "این طرح ماه آینده اجرا خواهد شد", "ماه آینده", period("month", 1), "period"),
    ("fa", "وزیر خارجه هفته آینده به پکن می‌رود", "هفته آینده", period("week", 1), "period"),
    ("fa", "تورم امسال به بالاترین سطح رسید", "امسال", period("year", 0), "period"),
    ("fa", "این قرارداد پارسال امضا شد", "پارسال", period("year", -1), "period"),
    ("fa", "وزیر دفاع و وزیر امور خارجه در پایان ماه ژوئیه از مسکو بازدید کردند",
     "پایان ماه ژوئیه", part_of_month(7, "late"), "part"),
    ("fa", "این تصمیم در اوایل ماه گذشته گرفته شد", "اوایل ماه گذشته",
     part("month", -1, "early"), "part"),
    ("fa", "نیروها اواخر سال گذشته از منطقه خارج شدند", "اواخر سال گذشته",
     part("year", -1, "late"), "part"),
    ("fa", "در اواسط ماه مارس مذاکرات آغاز شد", "اواسط ماه مارس",
     part_of_month(3, "mid"), "part"),
    ("fa", "این حمله در ۵ مارس انجام شد", "۵ مارس", partial(3, 5), "partial"),
    ("fa", "نشست بعدی در ۱۲ ژوئن برگزار شد", "۱۲ ژوئن", partial(6, 12), "partial"),
    ("fa", "در ۲۰ اکتبر هیئتی از دمشق به تهران آمد", "۲۰ اکتبر", partial(10, 20), "partial"),
    ("fa", "طی سه روز گذشته ده‌ها حمله ثبت شد", "سه روز گذشته", span(3, "day"), "span"),
    ("fa", "طی ۲۴ ساعت گذشته ۱۲ نفر کشته شدند", "۲۴ ساعت گذشته", span(24, "hour"), "span"),
    ("fa", "در ماه ژوئیه گذشته این توافق امضا شد", "ماه ژوئیه گذشته", month(7), "month"),
    # English
    ("en", "The Pentagon said on Saturday that the talks had made progress", "on Saturday",
     weekday(SAT), "weekday"),
    ("en", "Russia said last Monday it had struck 55 targets", "last Monday",
     weekday(MON, "before"), "weekday"),
    ("en", "The envoy will arrive in Damascus next Sunday", "next Sunday", weekday(SUN, "after"),
     "weekday"),
    ("en", "The ministry said yesterday that the convoy had left", "yesterday", days(-1),
     "relative_day"),
    ("en", "The delegation is due to arrive tomorrow", "tomorrow", days(1), "relative_day"),
    ("en", "Three days ago rebels shelled the airport", "Three days ago", ago(3, "day"),
     "offset"),
    ("en", "The deal was signed two weeks ago in Sochi", "two weeks ago", ago(2, "week"),
     "offset"),
    ("en", "Jets flew 64 sorties in the past 24 hours", "in the past 24 hours",
     span(24, "hour"), "span"),
    ("en", "Prices rose sharply last month", "last month", period("month", -1), "period"),
    ("en", "The summit will be held next month in Riyadh", "next month", period("month", 1),
     "period"),
    ("en", "Exports fell last year", "last year", period("year", -1), "period"),
    ("en", "Troops arrived in late April", "late April", part_of_month(4, "late"), "part"),
    ("en", "The ceasefire began on March 5", "March 5", partial(3, 5), "partial"),
    ("en", "Russia began its air campaign on 30 September", "30 September", partial(9, 30),
     "partial"),
]

# (language, sentence, expression, ISO value, precision, category) — no anchor needed
ABSOLUTE: list[tuple[str, str, str, str, str, str]] = [
    ("ar", "المدن - عرب وعالم الأحد 2025/11/16", "2025/11/16", "2025-11-16", "day", "numeric"),
    ("ar", "صدر القرار بتاريخ 16-11-2025 عن وزارة الدفاع", "16-11-2025", "2025-11-16", "day",
     "numeric"),
    ("ar", "● أخبار سورية ٢٣ مارس ٢٠٢٠", "٢٣ مارس ٢٠٢٠", "2020-03-23", "day", "arabic_digits"),
    ("ar", "وقعت الاتفاقية في 17 أيلول/سبتمبر 2018 في سوتشي", "17 أيلول/سبتمبر 2018",
     "2018-09-17", "day", "doubled_month"),
    ("ar", "اندلعت الاحتجاجات في 15 آذار 2011 في درعا", "15 آذار 2011", "2011-03-15", "day",
     "levantine"),
    ("ar", "دخلت القوات الروسية في 30 سبتمبر أيلول 2015", "30 سبتمبر أيلول 2015",
     "2015-09-30", "day", "doubled_month"),
    ("ar", "سقط النظام في 8 كانون الأول/ديسمبر 2024", "8 كانون الأول/ديسمبر 2024",
     "2024-12-08", "day", "doubled_month"),
    ("ar", "أعلن الاتفاق في 4 أيار/مايو 2017 في أستانا", "4 أيار/مايو 2017", "2017-05-04",
     "day", "doubled_month"),
    ("ar", "نشر التقرير يوم ١٢ تشرين الثاني ٢٠٢٣", "١٢ تشرين الثاني ٢٠٢٣", "2023-11-12", "day",
     "arabic_digits"),
    ("ar", "زار الملك الرباط في 20 يوليوز 2019", "20 يوليوز 2019", "2019-07-20", "day",
     "maghrebi"),
    ("ar", "صدر البيان في 3 غشت 2021", "3 غشت 2021", "2021-08-03", "day", "maghrebi"),
    ("ar", "الموافق 25 جمادى الأولى 1447", "25 جمادى الأولى 1447", "2025-11-16", "day",
     "hijri"),
    ("ar", "يبدأ الصيام في 1 رمضان 1445 هـ", "1 رمضان 1445", "2024-03-11", "day", "hijri"),
    ("ar", "حدث ذلك في 10 محرم 1446", "10 محرم 1446", "2024-07-16", "day", "hijri"),
    ("ar", "التقرير المؤرخ في 2020.03.23", "2020.03.23", "2020-03-23", "day", "numeric"),
    ("ar", "في عام 2018 استعاد الجيش الغوطة", "عام 2018", "2018-01-01", "year", "year"),
    ("ar", "ارتفعت الأسعار في تموز 2018 بشكل حاد", "تموز 2018", "2018-07-01", "month",
     "month_year"),
    ("fa", "۲۵ آبان ۱۴۰۴ نشستی در تهران برگزار شد", "۲۵ آبان ۱۴۰۴", "2025-11-16", "day",
     "solar_hijri"),
    ("fa", "تاریخ انتشار: 1404/08/25", "1404/08/25", "2025-11-16", "day", "solar_hijri"),
    ("fa", "در ۱ فروردین ۱۴۰۳ سال نو آغاز شد", "۱ فروردین ۱۴۰۳", "2024-03-20", "day",
     "solar_hijri"),
    ("fa", "این توافق در ۱۴ تیر ۱۳۹۴ امضا شد", "۱۴ تیر ۱۳۹۴", "2015-07-05", "day",
     "solar_hijri"),
    ("fa", "در ۱۳ دی ۱۳۹۸ سردار سلیمانی کشته شد", "۱۳ دی ۱۳۹۸", "2020-01-03", "day",
     "solar_hijri"),
    ("fa", "روزنامه در ۱۰ اسفند ۱۴۰۲ منتشر شد", "۱۰ اسفند ۱۴۰۲", "2024-02-29", "day",
     "solar_hijri"),
    ("fa", "در ۱۵ ژانویه ۲۰۲۰ این نشست برگزار شد", "۱۵ ژانویه ۲۰۲۰", "2020-01-15", "day",
     "persian_gregorian"),
    ("fa", "توافق در ۳۰ سپتامبر ۲۰۱۵ اعلام شد", "۳۰ سپتامبر ۲۰۱۵", "2015-09-30", "day",
     "persian_gregorian"),
    ("fa", "در ۲۱ اوت ۲۰۱۳ حمله شیمیایی رخ داد", "۲۱ اوت ۲۰۱۳", "2013-08-21", "day",
     "persian_gregorian"),
    ("fa", "در ۴ ژوئیه ۲۰۲۴ اعلام شد", "۴ ژوئیه ۲۰۲۴", "2024-07-04", "day",
     "persian_gregorian"),
    ("fa", "در سال ۱۴۰۲ تورم افزایش یافت", "سال ۱۴۰۲", "2023-03-21", "year", "year"),
    ("en", "The agreement was signed on 17 September 2018 in Sochi", "17 September 2018",
     "2018-09-17", "day", "written"),
    ("en", "Russia entered the war on September 30, 2015", "September 30, 2015", "2015-09-30",
     "day", "written"),
    ("en", "Published 2019-05-06 by the agency", "2019-05-06", "2019-05-06", "day", "numeric"),
]


def rows() -> list[Row]:
    table: list[Row] = []
    for language, sentence, expression, meaning, category in RELATIVE:
        for anchor in ANCHORS:
            value, precision = meaning(anchor)
            table.append(Row(language, sentence, expression, anchor, value.isoformat(),
                             precision, category))
        _, precision = meaning(ANCHORS[0])
        table.append(Row(language, sentence, expression, None, None, precision,
                         f"{category}/no-anchor"))
    for language, sentence, expression, value, precision, category in ABSOLUTE:
        table.append(Row(language, sentence, expression, ANCHORS[0], value, precision, category))
        table.append(Row(language, sentence, expression, None, value, precision,
                         f"{category}/no-anchor"))
    return table
