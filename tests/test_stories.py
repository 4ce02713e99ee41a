"""One happening told by several outlets: stories across articles (marsad.events.stories)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.cli import main
from marsad.events.stories import group_stories, same_happening

WIRE = ("وصلت أمس الطائرة الإغاثية السعودية السادسة إلى مطار عدن الدولي محملة بمواد غذائية "
        "تزن 11 طنا يرافقها فريق إغاثي من مركز الملك سلمان للإغاثة.")
OTHER = "وقدمت المملكة شحنة أدوية جديدة إلى مستشفيات محافظة لحج بالتعاون مع منظمة الصحة."


def _record(event_id: str, article: str, text: str = WIRE, *, day: str | None = "2015-08-10",
            event_type: str = "AID", sources=("SAU",), targets=("YEM",), place=None,
            modality: str = "asserted", confidence: float = 0.8, people=()) -> dict:
    def side(countries, named=()):
        return [{"country": c, "sector": "GOV", "name": None, "entity_id": None}
                for c in countries] + [{"country": None, "sector": "GOV", "name": n,
                                         "entity_id": n} for n in named]
    return {"id": event_id, "article_id": article, "event": [event_type], "mode": [],
            "modality": modality, "date": day, "date_not_after": None, "event_text": text,
            "language": "ar", "actor": side(sources, people), "recipient": side(targets),
            "event_loc": place, "confidence": confidence, "cite_info": {"outlet": article}}


ADEN = {"place_id": "aden", "name": "Aden", "level": "city", "country": "YE", "admin1": "Aden",
        "lat": 12.78, "lon": 45.04}
SANAA = {"place_id": "sanaa", "name": "Sanaa", "level": "city", "country": "YE",
         "admin1": "Sanaa", "lat": 15.35, "lon": 44.21}


@pytest.mark.parametrize(("second", "same"), [
    (_record("b-0", "b"), True),                                  # the wire copy again
    (_record("b-0", "b", day="2015-08-11"), True),                # told the next morning
    (_record("b-0", "b", day="2015-08-13"), False),               # days apart
    (_record("b-0", "b", day=None), False),                       # no day: nothing ties it
    (_record("b-0", "b", OTHER), False),                          # other words: other aid
    (_record("b-0", "b", sources=("ARE",)), False),               # another donor
    (_record("b-0", "b", event_type="CONSULT"), False),
    (_record("b-0", "b", modality="future"), False),              # planned is not done
    (_record("b-0", "b", place=SANAA), False),                    # Aden and Sanaa: far apart
    (_record("b-0", "a"), False),                                 # one article: events stage
])
def test_same_happening(second, same):
    first = _record("a-0", "a", place=ADEN if second["event_loc"] else None)
    assert same_happening(first, second) is same


def test_stories_do_not_chain():
    """Each event is matched with a story's lead, so B ~ A and C ~ B but C !~ A leaves C out."""
    half = WIRE.split(" يرافقها")[0]
    lead = _record("a-0", "a", confidence=0.9)
    middle = _record("b-0", "b", half + " وعلى متنها فريق طبي سعودي من ثمانية أطباء وممرضين.",
                     confidence=0.8)
    tail = _record("c-0", "c", "وعلى متنها فريق طبي سعودي من ثمانية أطباء وممرضين إلى "
                   "مستشفيات عدن.", confidence=0.7)
    assert same_happening(lead, middle) and same_happening(middle, tail)
    assert not same_happening(lead, tail)
    stories = group_stories([tail, middle, lead])
    assert stories == {"a-0": "a-0", "b-0": "a-0", "c-0": "c-0"}


def test_stories_from_the_cli(tmp_path: Path, capsys):
    """Two outlets' copies of one report are one story after ingest; a third report is its
    own; export carries the story id."""
    visit = ("استقبل الرئيس اليمني عبدربه منصور هادي في الرياض أمس وزير الخارجية البريطاني "
             "فيليب هاموند وبحث معه تطورات الأوضاع في اليمن.")
    arrest = "واعتقلت قوات الاحتلال الإسرائيلي أمس ثلاثة شبان فلسطينيين من قرية حوسان."
    rows = [{"id": "1", "source": "Al-Riyadh", "date": "2015-08-10", "title": "هادي يستقبل",
             "text": visit},
            {"id": "2", "source": "Okaz", "date": "2015-08-10", "title": "هادي وهاموند",
             "text": visit.replace("أمس", "يوم أمس")},
            {"id": "3", "source": "Okaz", "date": "2015-08-10", "title": "اعتقالات",
             "text": arrest}]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows),
                    encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert main(["ingest", str(feed), "--db", db, "--quiet"]) == 0
    out = tmp_path / "events.jsonl"
    assert main(["export", "events", "--db", db, "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    visits = [r for r in records if r["event"] == ["CONSULT"]]
    arrests = [r for r in records if r["event"] == ["COERCE"]]
    assert len(visits) == 2 and len({r["story_id"] for r in visits}) == 1
    assert arrests and arrests[0]["story_id"] not in {r["story_id"] for r in visits}
    capsys.readouterr()
    assert main(["events", "--db", db, "--stories", "--min-articles", "2", "--json",
                 "--regroup"]) == 0
    stories = json.loads(capsys.readouterr().out)
    assert len(stories) == 1 and {e["cite_info"]["outlet"] for e in stories[0]} == {
        "Al-Riyadh", "Okaz"}
