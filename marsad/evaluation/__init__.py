"""Quality evaluation against the gold files in the shared data folder."""

from __future__ import annotations

import os
from pathlib import Path

from marsad.errors import ConfigError

__all__ = ["shared_dir", "spotted_types"]


def shared_dir(explicit: str | Path | None = None) -> Path:
    """The shared data folder: the argument, else $MARSAD_SHARED, else ../shared beside the
    working directory or beside the checkout. Missing data is an error, never a silent skip."""
    candidates = [explicit, os.environ.get("MARSAD_SHARED"), Path.cwd().parent / "shared",
                  Path(__file__).resolve().parents[2].parent / "shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "eval" / "seeds_gold.json").exists():
            return Path(candidate)
    raise ConfigError("the shared data folder was not found: pass --shared PATH or set "
                      "MARSAD_SHARED (it holds eval/seeds_gold.json and corpus/seeds)")


def spotted_types(text: str, language: str) -> list[str]:
    """What a keyword spotter codes in ``text``: the type of every trigger word of the
    language's lexicon, in order (the baseline the GSR and PLOVER evaluations set marsad
    against)."""
    from marsad.entities.keys import fold_token
    from marsad.entities.mentions import TOKEN_PATTERN
    from marsad.events.lexicon import NOT_AN_EVENT, triggers

    folded = [fold_token(m.group()) for m in TOKEN_PATTERN.finditer(text)]
    return [m.value.type for m in triggers(language).find_all(folded)
            if m.value is not NOT_AN_EVENT]
