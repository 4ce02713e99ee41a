"""Load the per-language data files that sit beside this module (see README.md here)."""

from __future__ import annotations

import csv
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["LANG_DIR", "load_toml", "load_tsv", "languages_with"]

LANG_DIR = Path(__file__).parent


@cache
def load_toml(language: str, name: str) -> dict[str, Any]:
    """The parsed ``{language}/{name}.toml``, or an empty table when that language has none."""
    path = LANG_DIR / language / f"{name}.toml"
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


@cache
def load_tsv(language: str, name: str) -> tuple[dict[str, str], ...]:
    path = LANG_DIR / language / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")),
                              delimiter="\t")
        return tuple(rows)


def languages_with(name: str) -> list[str]:
    return sorted(p.parent.name for p in LANG_DIR.glob(f"*/{name}.toml"))
