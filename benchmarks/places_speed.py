"""Toponym resolution speed and gazetteer memory, for one gazetteer file.

Runs the pipeline up to the entities stage over N SaudiNewsNet articles, then times the places
stage alone over them: place mentions per second. Memory: the gazetteer file's size and the
resident memory the process gains by opening it and loading its first-word index.

    python benchmarks/places_speed.py [--gazetteer FILE] [--articles N] [--shared PATH]
"""

from __future__ import annotations

import argparse
import resource
import time

from marsad.evaluation import shared_dir
from marsad.ingest import iter_documents
from marsad.pipeline import Pipeline


def rss_mb() -> float:
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gazetteer", default=None)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--shared", default=None)
    args = parser.parse_args()
    from marsad.places.gazetteer import ensure_gazetteer, open_gazetteer
    from marsad.places.stage import resolve_article

    path = ensure_gazetteer(args.gazetteer)
    before = rss_mb()
    gazetteer = open_gazetteer(path)
    first_words = len(gazetteer.first_words)
    opened = rss_mb()
    zips = sorted((shared_dir(args.shared) / "data" / "corpora" / "saudinewsnet").glob("*.zip"))
    pipeline = Pipeline.from_names(("extract.v1", "language.v1", "normalize.v1",
                                    "sentences.v1", "times.v1", "entities.v1"))
    articles = []
    for document in iter_documents(zips[:1]):
        article = pipeline.process(document)
        if hasattr(article, "sentences"):
            articles.append(article)
        if len(articles) >= args.articles:
            break
    start = time.perf_counter()
    mentions = sum(len(resolve_article(a, path)) for a in articles)
    elapsed = time.perf_counter() - start
    counts = gazetteer.counts()
    print(f"gazetteer: {path} ({path.stat().st_size / 1e6:.0f} MB on disk; "
          f"{counts['places']:,} places, {counts['names']:,} names, "
          f"{first_words:,} first words)")
    print(f"memory: +{opened - before:.0f} MB resident to open it and load the first-word index; "
          f"{rss_mb():.0f} MB after resolving")
    print(f"articles: {len(articles)}  place mentions: {mentions}  time: {elapsed:.1f} s  "
          f"-> {mentions / elapsed:.0f} mentions/s, {len(articles) / elapsed:.0f} articles/s")


if __name__ == "__main__":
    main()
