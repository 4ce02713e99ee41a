"""The language data files stay well-formed: every file parses, every pattern compiles,
every outlet id and name is unique, every month table is complete."""

from __future__ import annotations

import re

import pytest

from marsad.lang import LANG_DIR, languages_with, load_toml, load_tsv
from marsad.text.normalize import match_key


@pytest.mark.parametrize("path", sorted(LANG_DIR.glob("*/*.toml")), ids=lambda p: str(p.name))
def test_toml_parses_and_patterns_compile(path):
    data = load_toml(path.parent.name, path.stem)
    assert data
    for section in data.values():
        if isinstance(section, dict):
            for pattern in section.get("patterns", []):
                re.compile(pattern)


def test_outlets_are_unique():
    rows = load_tsv("common", "outlets")
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    seen: dict[str, str] = {}
    for row in rows:
        for name in {row["name"], *row["names"].split("|")}:
            key = match_key(name)
            assert seen.setdefault(key, row["id"]) == row["id"], f"{name} names two outlets"


@pytest.mark.parametrize("language", languages_with("months"))
def test_month_tables_have_twelve_months(language):
    for calendar, months in load_toml(language, "months").items():
        assert sorted(int(m) for m in months) == list(range(1, 13)), (language, calendar)


def test_every_language_folder_is_documented():
    readme = (LANG_DIR / "README.md").read_text(encoding="utf-8")
    for path in LANG_DIR.glob("*/*.toml"):
        assert f"{path.stem}.toml" in readme, path


def test_no_language_left_blank_in_demonyms_becomes_an_adjective():
    """A demonyms.tsv row may leave a language blank ("مقدسي" has no Persian form): no empty
    adjective comes of it, which every word of empty key would match (the Persian "و" was
    coded Palestine)."""
    from marsad.kb import builtin_kb

    adjectives = builtin_kb().adjectives
    assert "" not in adjectives and adjectives["مقدسي"] == "PSE"
