"""Language identification on real short lines: every SaudiNewsNet title is Arabic and every
Fars News title is Persian (often typed with Arabic yeh and kaf), so corpus membership is the
gold label. Titles are the hard case the issue names: short lines."""

from __future__ import annotations

import gzip
import json
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.evaluation import shared_dir
from marsad.text.language import detect_language

__all__ = ["evaluate_language"]


def _arabic_titles(root: Path) -> list[str]:
    titles = []
    for path in sorted((root / "data" / "corpora" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            titles += [r["title"] for r in json.loads(archive.read(archive.namelist()[0]))
                       if r.get("title")]
    return titles


def _persian_titles(root: Path) -> list[str]:
    titles = []
    for path in sorted((root / "data" / "corpora" / "farsnews").glob("*.json.gz")):
        with gzip.open(path) as handle:
            titles += [r["title"] for r in json.load(handle) if r.get("title")]
    return titles


def evaluate_language(shared: str | Path | None = None) -> dict[str, Any]:
    root = shared_dir(shared)
    report: dict[str, Any] = {}
    for language, titles in (("ar", _arabic_titles(root)), ("fa", _persian_titles(root))):
        found = Counter(detect_language(title) for title in titles)
        report[language] = {"titles": len(titles), "right": found[language],
                            "accuracy": round(found[language] / len(titles), 4),
                            "found": {str(k): v for k, v in found.most_common()}}
    return report
