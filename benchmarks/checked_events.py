"""How a run's events fare on the hand-checked SaudiNewsNet sample.

The sample (marsad/evaluation/data/saudinewsnet_checked.tsv) holds events earlier runs coded,
each read by hand: real (a reported happening of roughly the coded type) or not. For a new run's
store this prints, per sample, how many checked events it still codes (same article, sentence
and type) at the given confidence, how many of those are real, and how many real ones it lost:
a change to the rules that drops spurious events and keeps real ones shows here without reading
a new sample. The report classifier is trained on these events, so the confidence it adds makes
this an in-sample check: the share real of a fresh sample is the figure to report.

    python benchmarks/ingest_saudinewsnet.py --keep bench.db
    python benchmarks/checked_events.py bench.db [--min-confidence 0.7]
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from marsad.evaluation.checked import load_checked
from marsad.storage import open_store


def coded_events(db: str, min_confidence: float) -> set[tuple[str, str, str]]:
    """(article source relative to the corpora folder, sentence, type) of the run's events."""
    store = open_store(db)
    sources = {a["id"]: a["source"] for a in store.iter_articles()}
    found = set()
    for row in store.events():
        record = row["record"]
        if record.get("confidence", 0) < min_confidence:
            continue
        source = sources.get(row["article_id"], "").split("corpora/")[-1]
        found.add((source, " ".join(record["event_text"].split()), record["event"][0]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db")
    parser.add_argument("--min-confidence", type=float, default=0.0)
    args = parser.parse_args()
    found = coded_events(args.db, args.min_confidence)
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in load_checked():
        key = (row["source"], " ".join(row["sentence"].split()), row["type"])
        counts = tally[row["sample"]]
        real = row["real"] == "1"
        counts["checked"] += 1
        counts["real"] += real
        if key in found:
            counts["kept"] += 1
            counts["kept_real"] += real
    print(f"min confidence {args.min_confidence}")
    for sample, c in sorted(tally.items()):
        share = c["kept_real"] / c["kept"] if c["kept"] else 0.0
        print(f"sample {sample}: checked {c['checked']} (real {c['real']}); still coded "
              f"{c['kept']}, real among them {c['kept_real']} = {share:.2f}; real ones lost "
              f"{c['real'] - c['kept_real']}, spurious ones dropped "
              f"{c['checked'] - c['real'] - (c['kept'] - c['kept_real'])}")


if __name__ == "__main__":
    main()
