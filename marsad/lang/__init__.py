"""Load the per-language data files that sit beside this module (see README.md here)."""

from __future__ import annotations

import csv
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["LANG_DIR", "load_toml", "load_tsv", "read_tsv", "languages_with"]

LANG_DIR = Path(__file__).parent


@cache
def load_toml(language: str, name: str) -> dict[str, Any]:
    """The parsed ``{language}/{name}.toml``, or an empty table when that language has none."""
    path = LANG_DIR / language / f"{name}.toml"
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        return tomllib.load(handle)


def read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of a tab-separated file with a header line; lines starting with # are notes."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader((line for line in handle if not line.startswith("#")),
                                   delimiter="\t"))


@cache
def load_tsv(language: str, name: str) -> tuple[dict[str, str], ...]:
    return tuple(read_tsv(LANG_DIR / language / f"{name}.tsv"))


def languages_with(name: str) -> list[str]:
    return sorted(p.parent.name for p in LANG_DIR.glob(f"*/{name}.toml"))
