"""The ``marsad`` command: argument parsing and printing only; the work is in marsad.api.

Exit status: 0 when every document went through, 1 when some failed (each named with its
reason) or the store could not be used, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from marsad.errors import ConfigError, MarsadError, PipelineError

__all__ = ["build_parser", "main"]

DEFAULT_DB = os.environ.get("MARSAD_DB", "marsad.db")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad", description="Political events from Arabic, Persian, English and "
        "Russian news, traceable to the sentence that says them.")
    parser.add_argument("--version", action="version", version=_version())
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = commands.add_parser("ingest", help="run the pipeline over files, folders, archives")
    ingest.add_argument("paths", nargs="+", metavar="PATH")
    _db(ingest)
    ingest.add_argument("--workers", type=int, default=1,
                        help="processes for the pipeline (default 1; the store has one writer)")
    ingest.add_argument("--field", action="append", metavar="NAME=FIELD",
                        help="map a JSON field onto marsad's (e.g. text=content); repeatable")
    ingest.add_argument("--stages", nargs="+", default=None, metavar="STAGE",
                        help="pipeline stages to run (default: all; see `marsad stages`), "
                             "e.g. extract.v1 language.v1 normalize.v1 sentences.v1")
    ingest.add_argument("--embeddings", action="store_true",
                        help="blend sentence embeddings into the ASSAULT classifier and the "
                             "report classifier (needs the embed extra; slower; same as "
                             "MARSAD_EMBEDDINGS=1)")
    ingest.add_argument("--quiet", action="store_true", help="print only failures")
    ingest.add_argument("--progress", choices=("auto", "always", "never"), default="auto")

    export = commands.add_parser("export", help="write stored records")
    export.add_argument("what", choices=("articles", "sentences", "times", "mentions",
                                         "entities", "places", "events", "rejections"))
    _db(export)
    export.add_argument("--format", default="jsonl", choices=("jsonl", "csv", "parquet"))
    export.add_argument("-o", "--output", default=None, help="file (default: standard output)")
    export.add_argument("--min-confidence", type=float, default=0.0, metavar="P",
                        help="events only: those at least this confident (0-1)")

    search = commands.add_parser("search", help="full-text search over the stored articles")
    search.add_argument("query")
    _db(search)
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")

    show = commands.add_parser("show", help="one article, with its sentences")
    show.add_argument("id", help="article id (a unique prefix is enough)")
    _db(show)
    show.add_argument("--json", action="store_true")

    stats = commands.add_parser("stats", help="counts of what is stored")
    _db(stats)
    stats.add_argument("--json", action="store_true")

    evaluate = commands.add_parser("eval", help="score the pipeline against gold files")
    evaluate.add_argument("what", choices=("seeds", "language", "times", "entities", "places",
                                           "events", "gsr", "reports", "plover-en"))
    evaluate.add_argument("gold", nargs="?", default=None,
                          help="for `eval events`: the gold file (default: the seeds' gold)")
    evaluate.add_argument("--events", default=None, metavar="FILE",
                          help="for `eval events`: exported events (JSONL) to score instead of "
                               "running the pipeline over the gold's documents")
    evaluate.add_argument("--gazetteer", default=None, help="gazetteer file (default: "
                          "$MARSAD_GAZETTEER or the one built in the user cache)")
    evaluate.add_argument("--embeddings", action="store_true",
                          help="for `eval gsr`: also cross-validate the lexical + sentence-"
                               "embedding classifiers; for `eval reports`: the embedding report "
                               "classifier too, Arabic and Persian (needs the embed extra)")
    evaluate.add_argument("--fold-seeds", type=int, nargs="+", default=[13], metavar="SEED",
                          help="for `eval gsr`: cross-validate over each of these 5-fold splits "
                               "and report every F1 and their mean (default: 13)")
    evaluate.add_argument("--gsr-only", action="store_true",
                          help="for `eval gsr`: train the classifiers on the GSR sentences alone, "
                               "without the extra training sentences marsad ships them with")
    evaluate.add_argument("--split", default="test", choices=("dev", "test", "all"),
                          help="for `eval plover-en`: the half of the English gold records to "
                               "score (dev: the half the English lexicons were extended from; "
                               "default: test, the other)")
    _shared(evaluate)
    evaluate.add_argument("--json", action="store_true")

    dates = commands.add_parser("dates", help="find and resolve the dates a text speaks of")
    dates.add_argument("text", nargs="?", default=None,
                       help="the text (default: read standard input)")
    dates.add_argument("--anchor", default=None, metavar="DATE",
                       help="the publication date (ISO) relative dates resolve against")
    dates.add_argument("--language", default=None, choices=("ar", "fa", "en"),
                       help="default: detected")
    dates.add_argument("--json", action="store_true")

    entity = commands.add_parser("entity", help="an entity: names, roles, articles")
    entity.add_argument("name", help="any of its names, in any script")
    _db(entity)
    entity.add_argument("--json", action="store_true")

    events = commands.add_parser("events", help="stored events, one readable line each")
    _db(events)
    events.add_argument("--since", default=None, metavar="DATE", help="events on/after DATE")
    events.add_argument("--actor", default=None, metavar="NAME",
                        help="an actor's name (any script) or code (RUS, SYR MIL)")
    events.add_argument("--type", default=None, metavar="TYPE", help="PLOVER type, e.g. ASSAULT")
    events.add_argument("--min-confidence", type=float, default=0.0, metavar="P",
                        help="only events at least this confident (0-1; 0.7 trades recall "
                             "for precision)")
    events.add_argument("--limit", type=int, default=100)
    events.add_argument("--stories", action="store_true",
                        help="one line per story (a happening told by one or more articles), "
                             "with the articles and outlets that told it")
    events.add_argument("--min-articles", type=int, default=1, metavar="N",
                        help="with --stories: only stories told by at least N articles")
    events.add_argument("--regroup", action="store_true",
                        help="group the stored events into stories again first (ingest does "
                             "it after each run)")
    events.add_argument("--json", action="store_true")

    place = commands.add_parser("place", help="a place: gazetteer entries and articles")
    place.add_argument("name", help="any of its names, in any script")
    _db(place)
    place.add_argument("--limit", type=int, default=5)
    place.add_argument("--json", action="store_true")

    gazetteer = commands.add_parser("gazetteer", help="build the gazetteer or load more into it")
    gazetteer.add_argument("action", choices=("info", "build", "import-wof", "import-geonames"))
    gazetteer.add_argument("paths", nargs="*", metavar="PATH",
                           help="WOF TSV files (.tsv/.tsv.gz); or a GeoNames allCountries-style "
                                "file, then optionally an alternateNamesV2-style file")
    gazetteer.add_argument("--gazetteer", default=None,
                           help="gazetteer file (default: $MARSAD_GAZETTEER or the user cache)")

    kb = commands.add_parser("kb", help="knowledge-base tools")
    kb.add_argument("action", choices=("import-phoenix", "import-wikidata"))
    kb.add_argument("paths", nargs="+", metavar="PATH",
                    help="Phoenix/PETRARCH .txt files, or Wikidata JSON dumps (.json/.gz/.bz2)")
    kb.add_argument("-o", "--output", required=True,
                    help="JSONL file to write; list it in $MARSAD_KB to use it")

    train = commands.add_parser("train", help="train marsad's own models")
    train.add_argument("what", choices=("ner", "events"),
                       help="ner: the CRF taggers; events: the ASSAULT/PROTEST sentence "
                            "classifiers (needs scikit-learn, the dev extra)")
    train.add_argument("--languages", nargs="+", default=["ar", "fa"], choices=("ar", "fa"))
    _shared(train)
    train.add_argument("--out", default=None, help="model folder (default: marsad/models)")
    train.add_argument("--iterations", type=int, default=100)
    train.add_argument("--embeddings", action="store_true",
                       help="for `train events`: fit the sentence-embedding parts too (ASSAULT, "
                            "report; needs the embed extra)")

    commands.add_parser("stages", help="list the registered pipeline stages")
    return parser


def _db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=DEFAULT_DB,
                        help="SQLite file or database URL (default ./marsad.db or $MARSAD_DB)")


def _shared(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--shared", default=None,
                        help="the shared data folder (default: $MARSAD_SHARED or ../shared)")


def _version() -> str:
    from marsad import __version__

    return f"marsad {__version__}"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from marsad import commands

    try:
        return commands.COMMANDS[args.command](args)
    except (ConfigError, PipelineError) as error:  # the user's settings or stage names
        print(f"marsad: error: {error}", file=sys.stderr)
        return 2
    except MarsadError as error:
        print(f"marsad: error [{error.code}]: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


if __name__ == "__main__":
    sys.exit(main())
