"""The Phoenix/PETRARCH dictionary importer, on a fixture and on the shared dictionaries."""

from __future__ import annotations

from marsad.kb import KnowledgeBase
from marsad.kb.phoenix import import_phoenix

FIXTURE = """\
# comment line
BASHAR_AL_ASSAD_  # CountryInfo.txt
+ASSAD
+MR._ASSAD
\t[SYRELI 830101-000101]
\t[SYRGOV >000717]
SERGEY_LAVROV_  # CountryInfo.txt
+SERGEI_LAVROV
\t[RUSGOV 040309-]
"""


def test_fixture(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(FIXTURE, encoding="utf-8")
    assad, lavrov = import_phoenix(path)
    assert assad.name == "Bashar al-Assad" and "Assad" in assad.names["en"]
    assert [(r.office, r.start, r.end) for r in assad.roles] == [
        ("cameo:SYRELI", "1983-01-01", "2000-01-01"), ("cameo:SYRGOV", "2000-07-17", None)]
    assert lavrov.roles[0].start == "2004-03-09" and lavrov.country == "RUS"
    kb = KnowledgeBase([assad, lavrov])
    assert [e.name for e in kb.lookup("Sergei Lavrov")] == ["Sergey Lavrov"]


def test_shared_phoenix_dictionaries(shared):
    entities = import_phoenix(shared / "data" / "dictionaries" / "phoenix"
                              / "Phoenix.Countries.actors.txt")
    assert len(entities) > 1000
    assad = next(e for e in entities if e.id == "phoenix:BASHAR_AL_ASSAD")
    assert any(r.office == "cameo:SYRGOV" and r.start == "2000-07-17" for r in assad.roles)


def test_import_command_writes_a_kb_the_linker_loads(tmp_path, monkeypatch):
    from marsad.cli import main
    from marsad.kb import builtin_kb

    source = tmp_path / "actors.txt"
    source.write_text(FIXTURE.replace("SERGEY_LAVROV_", "ALEXANDER_FOMIN_")
                      .replace("+SERGEI_LAVROV", "+ALEXANDER_FOMIN"), encoding="utf-8")
    out = tmp_path / "phoenix.jsonl"
    assert main(["kb", "import-phoenix", str(source), "-o", str(out)]) == 0
    monkeypatch.setenv("MARSAD_KB", str(out))
    builtin_kb.cache_clear()
    try:
        found = builtin_kb().lookup("Alexander Fomin")
        assert [e.id for e in found] == ["phoenix:ALEXANDER_FOMIN"]
    finally:
        builtin_kb.cache_clear()


def _claim(prop, qid, qualifiers=None):
    claim = {"mainsnak": {"property": prop, "datavalue": {"value": {"id": qid}}}}
    if qualifiers:
        claim["qualifiers"] = {p: [{"datavalue": {"value": {"time": t}}}]
                               for p, t in qualifiers.items()}
    return claim


def test_wikidata_dump_fixture(tmp_path, monkeypatch):
    """A dump in Wikidata's own layout: a JSON array, one entity a line, gzipped."""
    import gzip
    import json

    from marsad.cli import main
    from marsad.kb import builtin_kb
    from marsad.kb.wikidata import import_wikidata

    entities = [
        {"id": "Q99999001", "labels": {"en": {"value": "Bouthaina Shaaban"},
                                      "ar": {"value": "بثينة شعبان"}},
         "aliases": {"ar": [{"value": "شعبان"}], "fa": [{"value": "بثینه شعبان"}]},
         "claims": {"P31": [_claim("P31", "Q5")], "P27": [_claim("P27", "Q858")],
                    "P39": [_claim("P39", "Q1000001", {"P580": "+2020-11-22T00:00:00Z",
                                                         "P582": "+2024-12-08T00:00:00Z"})]}},
        {"id": "Q1000001", "labels": {"en": {"value": "Presidential Adviser of Syria"}},
         "claims": {}},
    ]
    path = tmp_path / "dump.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in entities)
                     + "\n]\n")
    shaaban = import_wikidata(path)[0]
    assert (shaaban.type, shaaban.name, shaaban.country) == ("person", "Bouthaina Shaaban", "SYR")
    assert shaaban.names["fa"] == ["بثینه شعبان"]
    (role,) = shaaban.roles
    assert (role.office, role.start, role.end) == (
        "wikidata:Presidential Adviser of Syria", "2020-11-22", "2024-12-08")
    out = tmp_path / "wd.jsonl"
    assert main(["kb", "import-wikidata", str(path), "-o", str(out)]) == 0
    monkeypatch.setenv("MARSAD_KB", str(out))
    builtin_kb.cache_clear()
    try:
        assert [e.id for e in builtin_kb().lookup("بثینه شعبان")] == ["Q99999001"]
    finally:
        builtin_kb.cache_clear()
