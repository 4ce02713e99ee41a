"""Whether and when an event happened, as its sentence and page tell it: the modality (done,
planned, hypothetical, negated, background) from the words around the trigger, and the date
from the sentence's times, the day carried from sentences before, the page's date or, on a
page without one, its scrape day.

A background event (a day long before the page, a chronology line, an aside such as "يذكر أن",
an undated pluperfect) is a true record of what the text says, kept as ``historical`` so that
the analyst's confidence floor can leave it out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.entities.keys import fold_token
from marsad.entities.mentions import clitic_variants
from marsad.events.lexicon import (
    actor_words,
    after_modality_words,
    after_reach,
    aspect_verbs,
    background_openers,
    clause_modality_words,
    condemnation_words,
    governing_modality_words,
    holding_nouns,
    infinitive_markers,
    is_noun_trigger,
    modality_words,
    noun_triggers,
    pluperfect_verbs,
    pluperfect_words,
    purpose_verbs,
    relative_pronouns,
    request_heads,
    request_objects,
    sin_roots,
    since_event_words,
    since_words,
    undergo_words,
    welcome_words,
)
from marsad.time.expressions import SUPPORTED_LANGUAGES, days_ahead, find_times
from marsad.time.vocabulary import vocabulary as time_vocabulary

if TYPE_CHECKING:
    from marsad.events.detect import Event


def years_before(day: str | None, article) -> bool:
    """A day more than a year before the page (or, undated, its scrape): the paragraph that
    names it may be history, the next one is not ("الذي نال الشهادة يوم 21 أكتوبر عام 1973",
    then "في الغضون، أصيب 18 مجندا"); a day weeks back still dates the paragraphs after it."""
    bound = article.anchor or _scrape_day(article)
    if not day or not bound or len(day) != 10:
        return False
    return (bound - dt.date.fromisoformat(day)).days > 365


def add_date(event: Event, times, trigger_at: int, article, context) -> None:
    """The day the sentence gives; else the day of the paragraph so far; else, for an event
    reported as done in a dated article, its publication day (marked so in date_basis). An
    undated article leaves the date null: no guess."""
    anchor = article.anchor
    if times:
        # an undated article still names days ("يوم 30 سبتمبر"): kept as text, they tell two
        # happenings apart even where no date can be given
        nearest = min(times, key=lambda t: abs(t.start - trigger_at))
        event.date_text = nearest.text
        if nearest.value and nearest.precision in ("day", "week"):  # "بعد نحو 3 أسابيع": ~day
            event.date, event.date_basis = nearest.value, "text"
            event.date_precision = nearest.precision
            days_ago = (anchor - dt.date.fromisoformat(nearest.value)).days if anchor else 0
            if background_day(nearest, article, event.language) \
                    or _before_latest_year(nearest, context.latest_year):
                event.modality = "historical"
            elif days_ago < 0 and event.modality == "asserted" and \
                    article.publication_date == str(anchor):
                # "اجتماع الدوحة غداً": told before it happens (against a publication day
                # only: a crawl day is later than the article, and its weekdays run ahead)
                event.modality = "future"
        elif event.modality == "asserted" and not nearest.value and \
                _tomorrow(times, trigger_at, event.language):
            event.modality = "future"  # an undated page's "يغادر يوم غد": not yet happened
        elif event.modality == "asserted" and (
                _long_ago(nearest, anchor, article.text, event.language)
                or _long_before_crawl(nearest, article, event.language)
                or _relative_long_ago(nearest, article, event.language)
                or _before_latest_year(nearest, context.latest_year)):
            # "في ديسمبر الماضي", "العام الماضي", "عام 2009"; on an undated page, a month or
            # year long before its scrape ("يوم السادس من أغسطس 1945", "في فجر 24 أبريل الماضي")
            event.modality = "historical"
        if any(t.value for t in times):
            return
    if event.modality != "asserted":
        return
    if context.long_ago:
        event.modality = "historical"
    if context.date:
        event.date, event.date_basis = context.date, "paragraph"
    elif article.publication_date and len(article.publication_date) == 10:
        event.date, event.date_basis = article.publication_date, "publication"


def _tomorrow(times, trigger_at: int, language) -> bool:
    """Whether the relative day nearest the trigger points ahead ("يوم غد الخميس … في زيارة"),
    where no anchor turns it into a date."""
    relative = [t for t in times if t.kind == "relative_day" and not t.value]
    if not relative:
        return False
    nearest = min(relative, key=lambda t: abs(t.start - trigger_at))
    return (days_ahead(nearest, language or "") or 0) > 0


def background_day(expression, article, language) -> bool:
    """Whether a day the text names is more than a month before the article's day (or, on an
    undated page, its scrape's)."""
    if expression.value and article.anchor:
        return (article.anchor - dt.date.fromisoformat(expression.value)).days > _RECENT_DAYS
    return _long_before_crawl(expression, article, language)


def _nearer_ahead(reading, scrape: dt.date, text: str, language) -> bool:
    """A day or month without its year, read as its last occurrence before the scrape, whose
    next occurrence is nearer, with no word that puts it past ("الماضي")."""
    first = reading.range[0] if reading.range else reading.value
    past = time_vocabulary(language if language in SUPPORTED_LANGUAGES else "ar").past
    if not first or any(word in text for word in past):
        return False
    last = dt.date.fromisoformat(first)
    try:
        ahead = last.replace(year=last.year + 1)
    except ValueError:  # 29 February
        ahead = last + dt.timedelta(days=365)
    return last <= scrape and (ahead - scrape) < (scrape - last)


def latest_year_named(article) -> int | None:
    """On a page with neither a publication nor a scrape day, the latest year it names (read
    once an article, for ``_before_latest_year``); None on a page with a day to go by."""
    if article.anchor or _scrape_day(article):
        return None
    years = [int((t.range[1] if t.range else t.value)[:4]) for _, t in article.times
             if t.value or t.range]
    return max(years, default=None)


def _before_latest_year(expression, latest_year: int | None) -> bool:
    """On a page with neither a publication nor a scrape day, a time that ended before the year
    ahead of the latest year the page names: the page was written no earlier than that year,
    so what it tells of two years before is background ("يورش نظامي آمريكا عليه افغانستان در
    سال 2001" in a page that names 2009; Fars News has no dates at all)."""
    end = expression.range[1] if expression.range else expression.value
    return bool(end and latest_year) and int(end[:4]) < latest_year - 1


def _scrape_day(article) -> dt.date | None:
    """The day the page was fetched, where the source says (SaudiNewsNet's date_extracted)."""
    bound = article.meta.get("retrieved_date") or ""
    return dt.date.fromisoformat(bound[:10]) if len(bound) >= 10 else None


def _long_before_crawl(expression, article, language) -> bool:
    """On an undated page scraped on a known day, a day, month or year more than a month before
    the scrape ("يوم السادس من أغسطس 1945", "في فجر 24 أبريل الماضي", "الاثنين 10 مارس"):
    what it tells is background. A day told without its year is read against the scrape; the
    time stage rightly leaves it undated (the year is a guess), and only the modality leans on
    the scrape. That holds where crawlers fetch news within days of publication (SaudiNewsNet:
    the same day); a margin of a year, tried first, let chronologies of the past months through
    as reported news (three of 50 events at confidence >= 0.75 in hand-check sample 95)."""
    scrape = _scrape_day(article) if not article.anchor else None
    if not scrape:
        return False
    reading = expression
    if not (expression.value or expression.range):
        if expression.kind not in ("partial_date", "month", "part_month"):
            return False
        reading = _read_against(expression, scrape, language)
        if reading is None:
            return False
        if _nearer_ahead(reading, scrape, expression.text, language):
            return False  # "قبل 17 سبتمبر" said in August: the coming one, likely
    # a day as a one-day period ("منذ 19 مارس" is what the event runs since, no background)
    period = reading.range or ((reading.value, reading.value) if reading.value else None)
    if not period:
        return False
    reading = replace(reading, range=period, precision="month")
    return _long_ago(reading, scrape, article.text, language)


# a day in each month, to read a relative time against where a page gives no day
_REFERENCE_DAYS = tuple(dt.date(2002, month, 15) for month in range(1, 13))


def _relative_long_ago(expression, article, language) -> bool:
    """On a page with neither a publication nor a scrape day (Fars News), a time told relative
    to the page ("سال گذشته", "تیرماه سال گذشته", "العام الماضي") still says how far back it is:
    read against any day, it ends more than a month before it, so it is background whatever the
    page's day. Read against a day in each month, it must be long ago against all: a month
    named without its year ("نیمه دوم ماه سپتامبر") is the current one against one of them."""
    if article.anchor or _scrape_day(article) or expression.value or expression.range:
        return False
    for reference in _REFERENCE_DAYS:
        reading = _read_against(expression, reference, language)
        if reading is None or not (reading.range or reading.value):
            return False
        if not _long_ago(reading, reference, article.text, language):
            return False
    return True


def _read_against(expression, day: dt.date, language):
    """A time the page left undated, read again against ``day`` (the scrape, or a reference
    day), keeping its place in the page; None if it reads as no time at all."""
    read = find_times(expression.text, language, day)
    return replace(read[0], start=expression.start, end=expression.end) if read else None


# "1972 - مجلس الشيوخ الأميركي يدعو …", "2004: …": a line of a this-day-in-history list
_CHRONOLOGY = re.compile(r"^\W*(\d{4})\s*[-–—:]\s")


def chronology_entry(sentence: str, article) -> bool:
    """A sentence that opens with a year and a dash or colon, the year before the article's
    (or, undated, the scrape's): an entry of a chronology, background told in the present."""
    found = _CHRONOLOGY.match(sentence)
    bound = str(article.anchor or "") or article.meta.get("retrieved_date") or ""
    return bool(found and len(bound) >= 4 and bound[:4].isdigit()
                and int(found.group(1)) < int(bound[:4]))


def background_aside(folded, times, language) -> bool:
    """A sentence opening with "يشار إلى أن"/"يذكر أن" and naming no day: an aside recalling
    background ("ويشار إلى أن وفوداً من حماس زارت العاصمة الروسية مرتين")."""
    opener = background_openers(language).match_at(folded, 0)
    return opener is not None and not any(t.precision == "day" for t in times)


# words from a condemning verb to the relative pronoun of the clause that tells what it
# condemns, or to the attack noun condemned: "أدانت دولة الإمارات الجريمة الإرهابية التي" (5),
# "أدانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة العمل الإرهابي الذي" (10), "نددت
# الولايات المتحدة بأشد العبارات اليوم الجمعة بالهجوم" (7; both sample 121)
_CONDEMNED_REACH = 12


def relative_pronoun_before(folded, match, language) -> int | None:
    """Where the relative pronoun in the two words before a trigger is ("الهجوم الذي استهدف",
    "التي تم توقيعها"), or None: the trigger then tells about something already named."""
    relatives = relative_pronouns(language)
    before = [i for i in range(max(0, match.start - 2), match.start) if folded[i] in relatives]
    return before[-1] if before else None


def condemned_attack(folded, match, language) -> bool:
    """A trigger in a relative clause on the object of a condemnation ("أدانت البحرين التفجير
    الإرهابي الذي استهدف مسجد قوات الطوارئ"), or a trigger noun that is that object ("نددت
    الولايات المتحدة … بالهجوم الإرهابي"): the attack condemned, told in passing."""
    end = relative_pronoun_before(folded, match, language)
    if end is None:
        if not is_noun_trigger(folded, match, language):
            return False
        end = match.start
    return bool(condemnation_words(language).find_all(
        folded[max(0, end - _CONDEMNED_REACH):end]))


def welcomed_agreement(folded, match, language) -> bool:
    """An agreement noun that is what a welcome is for ("رحبت جامعة الدول العربية بالهدنة
    الإنسانية"): the deal welcomed, told in passing; the welcome is the day's news."""
    if not folded[match.start].startswith(("ب", "وب")):
        return False
    return bool(welcome_words(language).find_all(
        folded[max(0, match.start - _CONDEMNED_REACH):match.start]))


def answered_event(folded, match, language) -> bool:
    """A trigger within three words after what the act of the sentence answers (actors.toml
    [response_markers]: "الغارات جاءت ردا على هجوم نفذه مسلحون"): the earlier act, told as the
    cause of the day's news. Not "جاءت … بعد": what an act came after was as often the day's
    news itself (checked samples 120, 131, 134: "جاءت الضربة بعد هجوم شنته جبهة النصرة")."""
    markers = actor_words(language, "response_markers")
    return any((found := markers.match_at(folded, index)) is not None and found.end <= match.start
               for index in range(max(0, match.start - 4), match.start))


def since_event(folded, match, language) -> bool:
    """A trigger right after "منذ" names what something has run since ("تعمل منذ تحرير
    المدينة"): background, not the day's news."""
    return match.start > 0 and folded[match.start - 1] in since_event_words(language)


# words to the "قد": "وكانت نائبة وزير الخارجية حوتوبيلي، قد التقت"; a subject with a relative
# clause runs longer ("وكان القوات الموالية للرئيس اليمني، عبد ربه منصور هادي، الذي يعيش في
# المنفي في الرياض، قد استعادت": 15, sample 106; both such checked events were background)
_PLUPERFECT_REACH = 16


def undated_pluperfect(folded, match, clauses, times, language) -> bool:
    """A sentence opening with "وكان(ت) … قد" before its trigger, or in Persian a trigger whose
    clause's verb is pluperfect ("اعتصاب کرده بودند", "گفته بود"), and naming no day or week:
    it recalls what had happened before the news, as background ("وكانت نائبة وزير الخارجية قد
    التقت مع سفراء السويد"); "وكان الجبير قد التقى لافروف … الأسبوع الماضي" stays news."""
    if not folded or any(t.precision in ("day", "week") for t in times):
        return False
    clause = folded[clauses.start(match.start):clauses.end(match.end)]
    if pluperfect_verbs(language).find_all(clause):
        return True
    words = pluperfect_words(language)
    if folded[0] not in words["auxiliaries"]:
        return False
    return bool(words["particles"] & set(folded[1:min(match.start, _PLUPERFECT_REACH + 1)]))


def _long_ago(expression, anchor, text: str, language) -> bool:
    """A month or year that ended more than a month before the article ("في ديسمبر الماضي",
    "العام الماضي", "في عامي 2009 و2010"); not one the event runs since ("منذ العام الماضي")."""
    if not anchor or not expression.range or expression.precision not in ("month", "year"):
        return False
    # the word before it, or its own first word ("منذ 1974" is one expression)
    edge = text[max(0, expression.start - 12):expression.start].split()[-1:] + \
        text[expression.start:expression.end].split()[:1]
    if any(fold_token(word) in since_words(language) for word in edge):
        return False
    # the middle of the period: "الشهر الماضي" said on 30 July is June, 45 days back on
    # average, background even though June's last day is exactly a month back
    first, last = (dt.date.fromisoformat(day) for day in expression.range[:2])
    if expression.kind == "month" and last < anchor.replace(day=1):
        # a month named alone, over before the article's began: the day's news names its day,
        # "وفي يوليو، تبنّى تنظيم داعش هجوما" said on 8 August recalls last month's (sample 145)
        return True
    return (anchor - (first + (last - first) / 2)).days > _RECENT_DAYS


_RECENT_DAYS = 30


def requested(match, matches, folded, clauses, language) -> bool:
    """What was asked for, threatened or offered, not what happened: a trigger right after a
    request head (Persian "خواستار تحریم"), a trigger verb after an infinitive marker unless a
    verb of going on precedes it ("threatened to withdraw", not "began to withdraw"), or a
    trigger noun right after the preposition of a request earlier in its clause ("ودعا الرئيس
    اليمني … ولد الشيخ … إلى زيارة محافظة عدن", "طالبت المفوضية … اليونان بالسيطرة")."""
    if match.start and folded[match.start - 1] in request_heads(language):
        return True  # "خواستار تحریم کنفرانس": the boycott was asked for
    if match.start and folded[match.start - 1] in infinitive_markers(language) \
            and not is_noun_trigger(folded, match, language) \
            and not (match.start > 1 and folded[match.start - 2] in aspect_verbs(language)):
        return True  # "threatened to withdraw its troops": no withdrawal
    if match.start < 2:
        return False
    objects = request_objects(language)
    token = folded[match.start]
    # "إلى عقد اجتماع", "إلى إجراء محادثات": the holding asked for, in the trigger or before it
    holding, before = holding_nouns(language), folded[match.start - 1]
    separate = before in objects and (is_noun_trigger(folded, match, language)
                                      or token in holding) \
        or before in holding and folded[match.start - 2] in objects
    # a one-letter preposition ("لـ", "بـ") is written on its noun: "لزيارة", "بالسيطرة",
    # "بعقد اجتماع طارئ" (sample 155 had the meeting asked for held)
    attached = len(token) > 3 and token[0] in objects and (
        token[1:].startswith(("ال", "ل")) or token[1:] in noun_triggers(language)
        or token[1:] in holding)
    if not (separate or attached):
        return False
    start = clauses.start(match.start)
    return any(m.value.type == "REQUEST" and start <= m.start < match.start for m in matches)


def purpose(match, folded, language) -> bool:
    """A trigger noun with "لـ" written on it is what something is for: "هو للقبض على سليمان
    الأسد", "استعدادا للهجوم"; not after a verb of undergoing ("تعرضت للقصف")."""
    token = folded[match.start]
    if language == "ar" and purpose_verbs(language) & set(
            folded[max(0, match.start - 2):match.start]):
        return True  # "لتنفيذ عمليات تستهدف", "لالقاء القبض على"
    if language != "ar" or len(token) < 4 or token[0] != "ل":
        return False
    rest = token[1:]
    if not (rest.startswith("ل") or rest in noun_triggers(language)):  # "للقبض" = لـ + القبض
        return False
    before = folded[match.start - 1] if match.start else ""
    return not set(clitic_variants(before)) & undergo_words(language)


def governing_clause(clauses, position: int) -> int | None:
    """Where the clause that governs ``position``'s reported clause begins ("تمنت في حديث …
    أن يزور": the hope governs the visit), or None at the top level."""
    start = clauses.start(position)
    return clauses.start(start - 1) if start else None


_DENIAL_REACH = 6  # words before a reported clause in which a denial governs it


def add_modality(event: Event, folded, match, language, clause_start: int = 0,
                  clause_end: int | None = None, governing: int | None = None) -> None:
    """Modality from the words before the trigger: an attempt or a condition anywhere in its
    clause (it outranks a plan inside it), else the three words right before it, else a word
    after it in its clause that undoes it (postponed, cancelled) or puts it ahead, else (Arabic)
    a future verb: the trigger itself, or the verb that opens a trigger noun's clause. A clause
    told as background ("تا کنون") that negates its event ("هیچ نیرویی اعزام نکرده است") is
    negated: nothing happened, then or now."""
    clause = folded[max(0, clause_start - 1):match.start]  # with the word that opens it
    window = folded[max(0, match.start - 3):match.start]
    after = folded[match.end:min(match.end + after_reach(language), clause_end or len(folded))]
    for kind, table in clause_modality_words(language).items():
        if table.find_all(clause):
            negated = kind == "historical" and _negated(window, after, language)
            event.modality = "negated" if negated else kind
            return
    if governing is not None:
        above = folded[governing:clause_start]
        for kind, table in governing_modality_words(language).items():
            # a denial governs the clause right after what it denies ("نفى الجيش امس مزاعم
            # بأنه قصف"), not one that a description of it opens far on ("ونفت «واشنطن بوست»
            # التهم الموجهة إليه ووصفتها بأنها «منافية للعقل»، وحثت مجلس حقوق الإنسان")
            if table.find_all(above[-_DENIAL_REACH:] if kind == "denied" else above):
                event.modality = kind
                return
    for kind, table in modality_words(language).items():
        if table.find_all(window):
            event.modality = kind
            return
    for kind, table in after_modality_words(language).items():
        if table.find_all(after):
            event.modality = kind
            return
    first = folded[match.start]
    if language == "ar" and (_future_verb(first, language)  # سيزور, ستعقد
                             or _noun_under_future_verb(folded, match, clause_start, language)):
        event.modality = "future"
    elif language == "ar" and match.start and "قد" in (folded[match.start - 1],
                                                       folded[match.start - 1][1:]) \
            and re.match(r"^[يتن]", first):
        event.modality = "hypothetical"  # "قد تدعو": may call; "قد دعت" (past) is a report


def _negated(before: list[str], after: list[str], language) -> bool:
    """A negation among the words right before a trigger or after it in its clause."""
    ahead = modality_words(language).get("negated")
    behind = after_modality_words(language).get("negated")
    return bool(ahead and ahead.find_all(before)) or bool(behind and behind.find_all(after))


def _noun_under_future_verb(folded, match, clause_start: int, language) -> bool:
    """A trigger noun in a clause that a future verb opens: "وسيستقبل كيري اليوم نظيره الكوبي …
    لإجراء محادثات" (the talks are ahead too)."""
    return clause_start < match.start and is_noun_trigger(folded, match, language) \
        and _future_verb(folded[clause_start], language)


def _future_verb(token: str, language) -> bool:
    """An Arabic verb with the future prefix سـ (سيزور, ستعقد), not a root's own سين."""
    return bool(re.match(r"^(و|ف)?س[يتن]", token)) and len(token) > 4 and \
        not token.lstrip("وف").startswith(sin_roots(language))
