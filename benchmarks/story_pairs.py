"""How a run's stories fare on the hand-read pairs of SaudiNewsNet events.

marsad/evaluation/data/saudinewsnet_story_pairs.tsv holds pairs of events from different
articles, each read by hand: the same happening or not. For a kept store this prints how many
of the same-happening pairs its stories keep together (recall on the pairs) and how many of the
different ones they wrongly join (the errors the grouping must avoid).

    python benchmarks/ingest_saudinewsnet.py --keep bench.db
    python benchmarks/story_pairs.py bench.db
"""

from __future__ import annotations

import argparse
from pathlib import Path

from marsad.lang import read_tsv
from marsad.storage import open_store

PAIRS = Path(__file__).resolve().parents[1] / "marsad" / "evaluation" / "data" / \
    "saudinewsnet_story_pairs.tsv"


def story_of_events(db: str) -> dict[tuple[str, str, str], str]:
    """(article source relative to the corpora folder, sentence, type) → story id."""
    store = open_store(db)
    sources = {a["id"]: a["source"].split("corpora/")[-1] for a in store.iter_articles()}
    found = {}
    for row in store.events():
        record = row["record"]
        key = (sources.get(row["article_id"], ""), " ".join(record["event_text"].split()),
               record["event"][0])
        found[key] = row.get("story_id") or record["id"]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("db")
    args = parser.parse_args()
    stories = story_of_events(args.db)
    tally = {"same": [0, 0, 0], "different": [0, 0, 0]}  # pairs, both coded, joined
    for row in read_tsv(PAIRS):
        kind = "same" if row["same"] == "1" else "different"
        one = stories.get((row["source_a"], row["sentence_a"], row["type"]))
        two = stories.get((row["source_b"], row["sentence_b"], row["type"]))
        counts = tally[kind]
        counts[0] += 1
        if one and two:
            counts[1] += 1
            counts[2] += one == two
    for kind, (pairs, coded, joined) in tally.items():
        print(f"{kind} happening: {pairs} pairs, {coded} still coded on both sides, "
              f"{joined} in one story")


if __name__ == "__main__":
    main()
