"""The knowledge base: entities with names in every script, types, actor codes and dated roles.

The built-in KB (builtin.toml) is written by the project; news outlets come from
lang/common/outlets.tsv. Lookups go through folded name keys and a cross-script phonetic key
(see marsad.entities.phonetic).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from marsad.entities.keys import MIN_PHONETIC_KEY, name_key, phonetic_key, spelt_alike
from marsad.lang import load_tsv, read_tsv

__all__ = ["Entity", "Role", "KnowledgeBase", "builtin_kb", "load_jsonl", "write_jsonl",
           "MENTION_TYPES", "coalition_leader"]

KB_FILE = Path(__file__).with_name("builtin.toml")
COALITIONS_FILE = Path(__file__).with_name("coalitions.toml")
MENTION_TYPES = {"person": "PER", "organisation": "ORG", "government_body": "ORG",
                 "armed_group": "ORG", "media": "ORG", "country": "GPE", "place": "GPE",
                 "facility": "FAC"}


@dataclass(frozen=True)
class Role:
    office: str
    country: str | None
    sector: str | None
    start: str | None = None
    end: str | None = None

    def holds_on(self, day: dt.date | None) -> bool:
        if day is None:
            return self.end is None
        iso = day.isoformat()
        return (self.start or "") <= iso and (self.end is None or iso < self.end)


@dataclass
class Entity:
    id: str
    type: str
    name: str
    names: dict[str, list[str]] = field(default_factory=dict)
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)
    metonym_for: str | None = None

    @property
    def wikidata(self) -> str | None:
        return self.id if self.id.startswith("Q") else None

    @property
    def mention_type(self) -> str:
        return MENTION_TYPES.get(self.type, "ORG")

    def all_names(self) -> list[str]:
        return [self.name, *(n for names in self.names.values() for n in names)]

    def as_dict(self) -> dict:
        return {"id": self.id, "type": self.mention_type, "kind": self.type, "name": self.name,
                "names": self.names, "wikidata": self.wikidata, "country": self.country,
                "sector": self.sector,
                "roles": [r.__dict__ for r in self.roles]}


_ARABIC_NISBA_ENDINGS = ("", "ة", "ون", "ين", "ان", "تان", "تين", "ات")


def arabic_nisba_forms(base: str) -> list[str]:
    """The forms a news text uses of an Arabic nationality adjective: with and without the
    article, feminine, dual and sound plurals (صومالي → الصوماليين, صومالية …). Generated
    here rather than listed: the paradigm is regular and the table stays one line a country."""
    if " " in base:  # "كوري شمالي": the article goes on each word
        return [base, " ".join("ال" + word for word in base.split())]
    stems = [base + ending for ending in _ARABIC_NISBA_ENDINGS]
    return stems + ["ال" + stem for stem in stems]


@cache
def _demonyms() -> list[tuple[str, str]]:
    """(adjective, ISO alpha-3) from kb/demonyms.tsv: the countries beyond the built-in KB's,
    so "مسلحون صوماليون" and "جنود أميركيين" get a country."""
    found = []
    for row in read_tsv(Path(__file__).with_name("demonyms.tsv")):
        found += [(form, row["iso3"]) for form in arabic_nisba_forms(row["ar"])]
        found += [(row["fa"], row["iso3"]), (row["en"], row["iso3"])]
    # a language a row leaves blank ("مقدسي" has no Persian) adds no empty adjective, which
    # every word whose key is empty would match (the Persian "و" became Palestine)
    return [(form, country) for form, country in found if form.strip()]


class KnowledgeBase:
    def __init__(self, entities: list[Entity]) -> None:
        self.entities = {entity.id: entity for entity in entities}
        self.by_key: dict[tuple[str, ...], set[str]] = {}
        self.by_phonetic: dict[str, set[str]] = {}
        self._sounding: dict[tuple[str, str], list[str]] = {}  # (key, id) -> its names
        self.adjectives: dict[str, str] = {}  # folded nisba -> country code
        from marsad.kb.countries import held_back

        blocked = held_back()
        for entity in entities:
            for name in entity.all_names():
                key, sound = name_key(name), phonetic_key(name)
                self._sounding.setdefault((sound, entity.id), []).append(name)
                # a CLDR country's name that is an everyday word ("مالي") links in no text
                if key and not (entity.id.startswith("cldr:") and key in blocked):
                    self.by_key.setdefault(key, set()).add(entity.id)
                    self.by_phonetic.setdefault(sound, set()).add(entity.id)
            for adjective in entity.adjectives:
                self.adjectives[" ".join(name_key(adjective))] = entity.country or ""
        for adjective, country in _demonyms():
            self.adjectives.setdefault(" ".join(name_key(adjective)), country)
        self.longest = max((len(k) for k in self.by_key), default=1)
        self.first_words = frozenset(key[0] for key in self.by_key)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def holders(self, office: str, country: str | None, day: dt.date | None) -> list[Entity]:
        """People who held ``office`` in ``country`` on ``day`` (now, without a day)."""
        return [e for e in self.entities.values() for r in e.roles
                if r.office == office and (country is None or r.country == country)
                and r.holds_on(day)]

    def lookup(self, text: str) -> list[Entity]:
        """Entities a free-text name points to: exact folded key, then phonetic key."""
        ids = self.by_key.get(name_key(text))
        if ids:
            return [self.entities[i] for i in sorted(ids)]
        return self.sounds_like(text)

    def sounds_like(self, text: str) -> list[Entity]:
        """Entities with a name of ``text``'s phonetic key, spelt like it where both are in
        one script (``spelt_alike``). A short key is no evidence: روسي and رئيسي both reduce
        to "rs"."""
        key = phonetic_key(text)
        if len(key) < MIN_PHONETIC_KEY:
            return []
        return [self.entities[i] for i in sorted(self.by_phonetic.get(key, ()))
                if spelt_alike(text, self._sounding[key, i])]


def _entity(record: dict) -> Entity:
    names = {lang: list(record.get(lang, [])) for lang in ("ar", "fa", "en", "ru")}
    roles = [Role(r["office"], r.get("country"), r.get("sector"), r.get("start"), r.get("end"))
             for r in record.get("roles", [])]
    sector = record.get("sector") or (roles[0].sector if roles else None)
    return Entity(record["id"], record["type"], record["name"], names, record.get("country"),
                  sector, roles, list(record.get("adjectives", [])), record.get("metonym_for"))


def load_kb_file(path: Path) -> list[Entity]:
    with path.open("rb") as handle:
        return [_entity(record) for record in tomllib.load(handle)["entity"]]


def _outlets() -> list[Entity]:
    entities = []
    for row in load_tsv("common", "outlets"):
        # "~" marks everyday words (اليوم, الرياض): outlet names in page metadata only
        names = [n for n in row["names"].split("|") if n and not n.startswith("~")]
        entities.append(Entity(f"outlet:{row['id']}", "media", row["name"],
                               {"ar": [n for n in names if not n.isascii()],
                                "en": [n for n in names if n.isascii()]}, sector="MED"))
    return entities


def load_jsonl(path: str | Path) -> list[Entity]:
    """Entities written by ``marsad kb import-phoenix`` (one JSON record a line)."""
    import json

    entities = []
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                record.update(record.pop("names", {}))
                entities.append(_entity(record))
    return entities


def write_jsonl(entities, path: str | Path) -> int:
    """Entities as JSONL that ``load_jsonl`` reads back (what the importers write)."""
    import json

    count = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        for entity in entities:
            record = entity.as_dict()
            record["type"] = entity.type  # the KB type, not the mention type
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


@cache
def builtin_kb() -> KnowledgeBase:
    """The built-in KB, outlets and the world's other countries (marsad.kb.countries), plus
    the JSONL KB files listed in $MARSAD_KB (separated by the path separator). Built-in
    entries come first, so they win a name both claim."""
    import os

    from marsad.kb.countries import world_countries

    entities = load_kb_file(KB_FILE) + _outlets()
    entities += world_countries({e.country for e in entities if e.type == "country"})
    for extra in filter(None, os.environ.get("MARSAD_KB", "").split(os.pathsep)):
        entities += load_jsonl(extra)
    return KnowledgeBase(entities)


@cache
def _coalitions() -> tuple[dict, ...]:
    return tuple(tomllib.loads(COALITIONS_FILE.read_text(encoding="utf-8"))["coalition"])


def coalition_leader(theatres: list[str], day: dt.date | None = None,
                     sole: str | None = None) -> str | None:
    """The leader (ISO alpha-3) of the coalition fighting in the first of ``theatres`` (the
    countries where a sentence happens, then the article's) that has one on ``day``; None
    where none does (kb/coalitions.toml). With ``sole`` ("air_force", "navy"), only a
    coalition that is the only one of those there: unnamed aircraft or warships are its own."""
    iso = day.isoformat() if day else None
    for country in theatres:
        fighting = [c for c in _coalitions() if country in c["theatres"] and (iso is None or (
            c["start"] <= iso and iso < c.get("end", "9999")))]
        for coalition in fighting:
            if not sole or coalition.get(f"sole_{sole}"):
                return coalition["leader"]
        if sole and fighting:
            return None  # over Syria several air forces fly: unnamed jets are no one's known
    return None
