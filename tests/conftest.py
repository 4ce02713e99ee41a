from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.evaluation import shared_dir

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared data folder; missing data fails loudly (ConfigError), it never skips."""
    return shared_dir()


@pytest.fixture(scope="session")
def seeds_gold(shared: Path) -> dict[str, dict]:
    gold = json.loads((shared / "eval" / "seeds_gold.json").read_text(encoding="utf-8"))
    return {doc["file"]: doc for doc in gold["documents"]}


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "test.db")
