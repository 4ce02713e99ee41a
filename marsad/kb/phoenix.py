"""Import PETRARCH/Phoenix actor dictionaries (TABARI format) into KB entities.

A block is a head name, alias lines starting with "+", and code lines "[SYRGOV 000717-]":
a CAMEO country+sector code with an optional date range (YYMMDD, ">" from, "<" until, "a-b").
Each code becomes a dated role whose office is the CAMEO code, so the linker can tell a
minister in 2012 from the same person as an opposition figure in 2016.
"""

from __future__ import annotations

import re
from pathlib import Path

from marsad.kb import Entity, Role

__all__ = ["import_phoenix"]

_CODE = re.compile(r"\[([A-Z]{3})([A-Z]*)\s*([<>]?\d{6})?(?:-(\d{6})?)?\]")


def _date(yymmdd: str | None) -> str | None:
    if not yymmdd:
        return None
    year = int(yymmdd[:2])
    century = 1900 if year >= 50 else 2000
    month, day = max(1, int(yymmdd[2:4])), max(1, int(yymmdd[4:6]))
    return f"{century + year:04d}-{month:02d}-{day:02d}"


def _name(raw: str) -> str:
    return raw.strip().strip("_").replace("_", " ").title().replace(" Al ", " al-")


def import_phoenix(path: str | Path) -> list[Entity]:
    entities: list[Entity] = []
    current: Entity | None = None
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        if text.startswith(("\t", " ")) and "[" in text:
            if current is not None:
                _add_roles(current, text)
            continue
        if text.startswith("+"):
            if current is not None:
                current.names["en"].append(_name(text[1:]))
            continue
        if text.startswith(("!", "=")):
            continue
        head = text.split("[", 1)[0].strip()
        if not head:
            continue
        current = Entity(f"phoenix:{head.strip('_')}", "person", _name(head), {"en": []})
        entities.append(current)
        if "[" in text:
            _add_roles(current, text)
    for entity in entities:
        if entity.roles:
            entity.country = entity.roles[-1].country
            entity.sector = entity.roles[-1].sector
            if not any(r.sector in ("ELI", "GOV", "OPP", "REB", "MIL", "CVL") and r.start
                       for r in entity.roles) and "_" not in entity.id.removeprefix("phoenix:"):
                entity.type = "organisation"
    return entities


def _add_roles(entity: Entity, text: str) -> None:
    for country, sector, start, end in _CODE.findall(text):
        until = start[1:] if start.startswith("<") else None
        since = start.lstrip(">") if start and not start.startswith("<") else None
        entity.roles.append(Role(f"cameo:{country}{sector}", country, sector or None,
                                 _date(since), _date(end or until)))
