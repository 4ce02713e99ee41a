"""Ingest all of SaudiNewsNet (31,030 articles in 18 zips, each a JSON array) into a fresh
SQLite store and report articles per second and peak memory.

    python benchmarks/ingest_saudinewsnet.py [--workers N] [--shared PATH] [--limit-zips K]
        [--keep DB]   (keep the store, e.g. to read a sample of its events)
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

from marsad.api import ingest
from marsad.evaluation import shared_dir
from marsad.pipeline import DEFAULT_STAGES
from marsad.storage import open_store


def peak_rss_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shared", default=None)
    parser.add_argument("--limit-zips", type=int, default=None)
    parser.add_argument("--keep", default=None, metavar="DB",
                        help="write the store here and keep it (default: a temporary file)")
    parser.add_argument("--stages", nargs="+", default=list(DEFAULT_STAGES),
                        help="pipeline stages (default: all; the foundation alone is "
                             "extract.v1 language.v1 normalize.v1 sentences.v1)")
    args = parser.parse_args()
    zips = sorted((shared_dir(args.shared) / "data" / "corpora" / "saudinewsnet").glob("*.zip"))
    zips = zips[: args.limit_zips] if args.limit_zips else zips
    with tempfile.TemporaryDirectory() as folder:
        db = Path(args.keep) if args.keep else Path(folder) / "bench.db"
        db.unlink(missing_ok=True)
        start = time.perf_counter()
        report = ingest(zips, str(db), workers=args.workers, stages=tuple(args.stages))
        elapsed = time.perf_counter() - start
        stats = open_store(db).stats()
        size_mb = db.stat().st_size / 1e6
    own, child = peak_rss_mb()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}")
    print(f"zips: {len(zips)}  workers: {args.workers}  stages: {' '.join(args.stages)}")
    print(f"documents: {report.documents}  added: {report.added}  rejected: "
          f"{len(report.rejected)}  skipped: {report.skipped}")
    print(f"articles stored: {stats['articles']}  sentences: {stats['sentences']}  "
          f"languages: {stats['languages']}")
    print(f"wall time: {elapsed:.1f} s  articles/s: {report.added / elapsed:.0f}")
    per_thousand = 1000 / max(stats["articles"], 1)
    print(f"dates: {stats['times']}  entity mentions: {stats['mentions']}  "
          f"places: {stats.get('places', 0)}  events: {stats.get('events', 0)} "
          f"({stats.get('events', 0) * per_thousand:.0f} per 1,000 articles)")
    if report.stories:
        told = report.stories
        print(f"stories: {told['stories']} (events grouped across articles, in the wall time); "
              f"{told['told_by_several_articles']} told by several articles, "
              f"{told['told_by_several_outlets']} by several outlets")
    print(f"peak RSS: main {own:.0f} MB, largest worker {child:.0f} MB")
    print(f"database size: {size_mb:.0f} MB")
    reasons: dict[str, int] = {}
    for rejection in report.rejected:
        reasons[rejection.reason] = reasons.get(rejection.reason, 0) + 1
    if reasons:
        print(f"rejection reasons: {reasons}")
    for rejection in report.rejected:
        if rejection.reason == "processing_error":  # a bug, not bad input: show it
            print(f"processing error: {rejection.source}: {rejection.message}")


if __name__ == "__main__":
    main()
