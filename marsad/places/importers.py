"""Load fuller place data into a gazetteer: Who's On First TSV extracts and GeoNames dumps.

A row that is a place the gazetteer already holds (same GeoNames id; for divisions and
countries, the same country and a shared name) adds its names to that place instead of making a
second one, so a village and its Arabic spellings from WOF meet the GeoNames row of it.
"""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from marsad.errors import ConfigError
from marsad.places.build import CITY_POPULATION
from marsad.places.gazetteer import Gazetteer, Place, haversine_km, place_key

__all__ = ["import_wof", "import_geonames", "fill_admin1"]

_WOF_LEVELS = {"country": "country", "region": "admin1", "county": "admin2",
               "localadmin": "admin2", "locality": "city", "neighbourhood": "village",
               "campus": "facility", "macrohood": "village", "borough": "village"}
_WOF_NAME_COLUMNS = {"name": "en", "names_ar": "ar", "names_fa": "fa", "names_ru": "ru",
                     "names_en": "en", "names_und": "und", "names_he": "he", "names_tr": "tr",
                     "names_ku": "ku"}


def _open_text(path: Path) -> io.TextIOBase:
    if not path.exists():
        raise ConfigError(f"{path}: no such file")
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path), encoding="utf-8", newline="")
    if path.suffix == ".zip":
        archive = zipfile.ZipFile(path)
        member = next(n for n in archive.namelist() if n.endswith(".txt"))
        return io.TextIOWrapper(archive.open(member), encoding="utf-8", newline="")
    return path.open(encoding="utf-8", newline="")


def import_wof(gazetteer: Gazetteer, path: Path) -> int:
    """Add a WOF TSV extract (columns as in shared/README.md); return the places added."""
    with _open_text(path) as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows and "wof_id" not in rows[0]:
        raise ConfigError(f"{path}: not a WOF TSV (no wof_id column)")
    ids: dict[str, str] = {}  # wof id → gazetteer id, for the admin parents of later rows
    order = {"country": 0, "region": 1, "county": 2, "localadmin": 2}
    rows.sort(key=lambda r: order.get(r["placetype"], 3))
    added = gazetteer.add_places(_wof_places(gazetteer, rows, ids), "wof")
    fill_admin1(gazetteer)
    gazetteer.record_source(f"wof {path.name}", str(path), added)
    gazetteer.commit()
    return added


def _wof_places(gazetteer: Gazetteer, rows: list[dict], ids: dict) -> Iterator:
    for row in rows:
        level = _WOF_LEVELS.get(row["placetype"])
        if level is None or row["is_current"] == "0" or not row["lat"]:
            continue
        population = int(float(row["population"])) if row["population"] else 0
        if level == "city" and population < CITY_POPULATION:
            level = "village"
        names = [(lang, n) for column, lang in _WOF_NAME_COLUMNS.items()
                 for n in (row.get(column) or "").split("|") if n]
        existing = _same_place(gazetteer, row, level, names)
        place = existing or Place(
            f"wof:{row['wof_id']}", row["name"], level, row["country"] or None,
            float(row["lat"]), float(row["lon"]), population,
            _parent(ids, row["region_id"], row["country"]),
            _parent(ids, row["county_id"], row["country"]),
            int(row["geonames_id"]) if row["geonames_id"] not in ("", "0") else None,
            int(row["wof_id"]), row["placetype"])
        ids[row["wof_id"]] = (place.id, place.country)
        yield place, names


def _parent(ids: dict, wof_id: str, country: str) -> str | None:
    """The parent's gazetteer id, unless it lies in another country: WOF files villages of the
    occupied Golan under Israel's Northern District while their country stays SY."""
    place_id, parent_country = ids.get(wof_id, (None, None))
    return place_id if parent_country == country else None


def fill_admin1(gazetteer: Gazetteer) -> int:
    """Give places without a first-level division the one whose seat is nearest in their own
    country (within 150 km): a rough stand-in for polygons, which no file here carries."""
    seats: dict[str, list[Place]] = {}
    for row in gazetteer.connection.execute("SELECT id FROM places WHERE level = 'admin1'"):
        place = gazetteer.get(row[0])
        if place and place.lat is not None:
            seats.setdefault(place.country, []).append(place)
    updates = []
    rows = gazetteer.connection.execute(
        "SELECT id, country, lat, lon FROM places WHERE admin1_id IS NULL AND level NOT IN "
        "('country', 'admin1') AND lat IS NOT NULL")
    for place_id, country, lat, lon in rows.fetchall():
        candidates = seats.get(country)
        if not candidates:
            continue
        best = min(candidates, key=lambda s: haversine_km(lat, lon, s.lat, s.lon))
        if haversine_km(lat, lon, best.lat, best.lon) <= 150:
            updates.append((best.id, place_id))
    gazetteer.connection.executemany("UPDATE places SET admin1_id = ? WHERE id = ?", updates)
    return len(updates)


def _same_place(gazetteer: Gazetteer, row: dict, level: str, names) -> Place | None:
    if row["geonames_id"] not in ("", "0"):
        found = gazetteer.get(f"gn:{row['geonames_id']}")
        if found:
            return found
    if level in ("country", "admin1"):
        for _, name in names:
            for place in gazetteer.lookup(place_key(name)):
                if place.level == level and place.country == row["country"]:
                    return place
    return None


# GeoNames dump columns (readme.txt of download.geonames.org/export/dump)
_GN_COLUMNS = ("geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
               "feature_class", "feature_code", "country", "cc2", "admin1", "admin2", "admin3",
               "admin4", "population", "elevation", "dem", "timezone", "modified")
_GN_FACILITY_CODES = {"AIRB", "AIRP", "AIRF", "AIRH", "DAM", "DAMSB", "PRN", "BDG", "RD", "RDJCT",
                      "MILB", "INSM", "PSTB", "BRKS", "PRT", "NVB", "HLL", "HLLS", "MT", "PASS",
                      "BCN", "CSTM", "ESTO"}
_GN_REGION_CLASSES = {"L", "T", "H", "V"}
_GN_LANGUAGES = {"ar", "fa", "en", "ru", "he", "tr", "ku", "", "und"}


def _geonames_level(feature_class: str, code: str, population: int) -> str | None:
    if code.startswith("PCL"):
        return "country"
    if code == "ADM1":
        return "admin1"
    if code == "ADM2":
        return "admin2"
    if feature_class == "P":
        return "city" if population >= CITY_POPULATION else "village"
    if code in _GN_FACILITY_CODES:
        return "facility"
    if feature_class in _GN_REGION_CLASSES:
        return "region"
    return None


def import_geonames(gazetteer: Gazetteer, all_countries: Path,
                    alternate_names: Path | None = None) -> int:
    """Add an ``allCountries``-style dump (any country file, .txt/.zip/.gz) and, optionally, an
    ``alternateNamesV2``-style file of names in ar, fa, en, ru, he, tr, ku for those places."""
    added = gazetteer.add_places(_geonames_places(gazetteer, all_countries), "geonames")
    if alternate_names is not None:
        gazetteer.add_places(_alternate_names(gazetteer, alternate_names), "geonames")
    fill_admin1(gazetteer)
    gazetteer.record_source(f"geonames {all_countries.name}", str(all_countries), added)
    gazetteer.commit()
    return added


def _geonames_rows(path: Path) -> Iterator[dict[str, str]]:
    with _open_text(path) as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip() or line.startswith("#"):
                continue
            values = line.rstrip("\n").split("\t")
            if len(values) != len(_GN_COLUMNS):
                raise ConfigError(f"{path}:{number}: {len(values)} columns, a GeoNames dump "
                                  f"line has {len(_GN_COLUMNS)}")
            yield dict(zip(_GN_COLUMNS, values, strict=True))


def _geonames_places(gazetteer: Gazetteer, path: Path) -> Iterator:
    rows = sorted(_geonames_rows(path), key=lambda r: r["feature_code"] != "ADM1")
    admin1: dict[tuple[str, str], str] = {}
    for row in rows:
        population = int(row["population"] or 0)
        level = _geonames_level(row["feature_class"], row["feature_code"], population)
        if level is None:
            continue
        place_id = f"gn:{row['geonameid']}"
        if level == "admin1" and gazetteer.get(f"admin1:{row['country']}.{row['admin1']}"):
            place_id = f"admin1:{row['country']}.{row['admin1']}"  # the division we name
        if level == "admin1":
            admin1[(row["country"], row["admin1"])] = place_id
        parent = admin1.get((row["country"], row["admin1"]))
        if parent is None and gazetteer.get(f"admin1:{row['country']}.{row['admin1']}"):
            parent = f"admin1:{row['country']}.{row['admin1']}"
        place = gazetteer.get(place_id) or Place(
            place_id, row["name"], level, row["country"] or None, float(row["latitude"]),
            float(row["longitude"]), population, parent if level != "admin1" else None,
            geonames_id=int(row["geonameid"]), feature=row["feature_code"])
        names = [("und", n) for n in {row["name"], row["asciiname"],
                                      *row["alternatenames"].split(",")} if n]
        yield place, names


def _alternate_names(gazetteer: Gazetteer, path: Path) -> Iterator:
    with _open_text(path) as handle:
        for line in handle:
            values = line.rstrip("\n").split("\t")
            if len(values) < 4 or values[2] not in _GN_LANGUAGES:
                continue
            place = gazetteer.get(f"gn:{values[1]}")
            if place is not None:
                yield place, [(values[2] or "und", values[3])]
