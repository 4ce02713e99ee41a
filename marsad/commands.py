"""What each CLI command does with its parsed arguments: call the API, print the result."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from rich.console import Console
from rich.table import Table

from marsad import api
from marsad.cli import print_json
from marsad.ingest import FieldMap

__all__ = ["COMMANDS"]

console = Console(highlight=False, width=None if sys.stdout.isatty() else 140)
errors = Console(stderr=True, highlight=False)


def ingest_command(args: argparse.Namespace) -> int:
    from marsad.pipeline import DEFAULT_STAGES, Pipeline

    fields = FieldMap.parse(args.field)
    stages = tuple(args.stages) if args.stages else DEFAULT_STAGES
    if args.embeddings:
        _switch_embeddings_on()
    Pipeline.from_names(stages)  # unknown names or unmet needs: fail before touching the store
    store = api.open_store(args.db)
    show_bar = args.progress == "always" or (args.progress == "auto" and sys.stderr.isatty()
                                             and not args.quiet)
    if show_bar:
        from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), "{task.description}", MofNCompleteColumn(),
                      TimeElapsedColumn(), console=errors, transient=True) as progress:
            task = progress.add_task("documents", total=None)
            report = api.ingest(args.paths, store, fields=fields, workers=args.workers,
                                stages=stages, on_progress=lambda _: progress.advance(task))
    else:
        report = api.ingest(args.paths, store, fields=fields, workers=args.workers,
                            stages=stages)
    for rejection in report.rejected:
        errors.print(f"[red]failed[/] {rejection.source}: {rejection.reason}: "
                     f"{rejection.message}", markup=True, soft_wrap=True)
    if not args.quiet:
        _print_summary(report, store)
    return 1 if report.rejected else 0


def _switch_embeddings_on() -> None:
    """Through the environment, so that forked workers see it too; fail at once, not on the
    first sentence, when the embed extra is missing."""
    from marsad.events.classify import embeddings_enabled

    os.environ["MARSAD_EMBEDDINGS"] = "1"
    if not embeddings_enabled():
        raise SystemExit("--embeddings needs the embed extra: pip install 'marsad[embed]'")


def _print_summary(report: api.IngestReport, store) -> None:
    counts = report.counts
    console.print(f"documents read: {counts['documents']}  added: {counts['added']}  "
                  f"already stored: {counts['skipped']}  failed: {counts['rejected']}")
    if 0 < report.added <= 25:
        table = Table("id", "lang", "date", "outlet", "title", "body lines", show_lines=False)
        for row in store.iter_articles():
            table.add_row(row["id"][:8], row["language"] or "-", row["publication_date"] or "-",
                          row["outlet"] or "-", (row["title"] or "")[:60],
                          str(row["text"].count("\n") + 1))
        console.print(table)
    stats = store.stats()
    console.print(f"store: {stats['articles']} articles, {stats['sentences']} sentences, "
                  f"{stats['times']} dates, {stats['mentions']} entity mentions, "
                  f"{stats.get('places', 0)} places; "
                  f"languages: {stats['languages']}")


def export_command(args: argparse.Namespace) -> int:
    from marsad.export import write_records

    store = api.open_store(args.db)
    if args.what == "articles":
        records = api.article_records(store)
    elif args.what == "sentences":
        records = _sentence_records(store)
    elif args.what == "times":
        records = store.times()
    elif args.what == "mentions":
        from marsad.entities.api import mention_records

        records = mention_records(store)
    elif args.what == "entities":
        from marsad.entities.api import entity_records

        records = entity_records(store)
    elif args.what == "places":
        from marsad.places.api import place_records

        records = place_records(store)
    elif args.what == "events":
        from marsad.events.api import event_records

        records = event_records(store, flat=args.format != "jsonl",
                                min_confidence=args.min_confidence)
    else:
        records = iter(store.rejections())
    count = write_records(records, args.format, args.output)
    if args.output not in (None, "-"):
        errors.print(f"wrote {count} {args.what} to {args.output}")
    return 0


def _sentence_records(store):
    for article in store.iter_articles():
        for sentence in store.sentences(article["id"]):
            yield {"article_id": article["id"], "index": sentence["idx"],
                   "start": sentence["start"], "end": sentence["end"],
                   "language": sentence["language"],
                   "text": article["text"][sentence["start"]:sentence["end"]]}


def search_command(args: argparse.Namespace) -> int:
    hits = api.search(args.query, args.db, args.limit)
    if args.json:
        print_json(hits)
        return 0
    if not hits:
        console.print("no match")
    for hit in hits:
        console.print(f"[bold]{hit['id'][:12]}[/] {hit['publication_date'] or '-'} "
                      f"{hit['outlet'] or '-'} · {hit['title'] or ''}\n    {hit['snippet']}")
    return 0


def show_command(args: argparse.Namespace) -> int:
    store = api.open_store(args.db)
    article = store.get_article(args.id)
    if article is None:
        errors.print(f"marsad: no single article with id {args.id!r}")
        return 1
    sentences = store.sentences(article["id"])
    if args.json:
        article["sentences"] = sentences
        print_json(article)
        return 0
    for name in ("id", "source", "source_id", "title", "language", "publication_date", "outlet",
                 "author", "extractor", "boilerplate_lines"):
        console.print(f"[bold]{name}[/]: {article.get(name)}")
    console.print(f"[bold]sentences[/]: {len(sentences)}\n")
    for sentence in sentences:
        console.print(f"[dim]{sentence['idx']:>3}[/] "
                      f"{article['text'][sentence['start']:sentence['end']]}")
    return 0


def stats_command(args: argparse.Namespace) -> int:
    stats = api.open_store(args.db).stats()
    if args.json:
        print_json(stats)
        return 0
    for key, value in stats.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in list(value.items())[:15]) or "-"
        console.print(f"{key}: {value}")
    return 0


def eval_command(args: argparse.Namespace) -> int:
    from marsad.evaluation.seeds import evaluate_seeds, print_report

    if args.what == "language":
        return _eval_language(args)
    if args.what == "times":
        return _eval_times(args)
    if args.what == "places":
        return _eval_places(args)
    if args.what == "events":
        return _eval_events(args)
    if args.what == "gsr":
        return _eval_gsr(args)
    if args.what == "reports":
        return _eval_reports(args)
    if args.what == "plover-en":
        return _eval_plover_en(args)
    if args.what == "entities":
        from marsad.evaluation.entities import evaluate_entities

        report = evaluate_entities(args.shared)
        if args.json:
            print_json(report)
            return 0
        for group, row in report["by_type"].items():
            console.print(f"{group}: {row['linked']}/{row['surfaces']} gold surfaces linked right "
                          f"({row['detected']} detected)")
        precision = report["linked_precision"]
        console.print(f"linked mentions that are right (text is a gold surface): "
                      f"{precision['right']}/{precision['judged']}")
        for miss in report["misses"]:
            console.print(f"  miss: {miss}")
        return 0
    report = evaluate_seeds(args.shared)
    if args.json:
        print_json(report)
    else:
        print_report(report, console)
    return 0 if report["passed"] else 1


def _eval_places(args: argparse.Namespace) -> int:
    from marsad.evaluation.places import evaluate_seed_places, evaluate_table
    from marsad.places.gazetteer import open_gazetteer

    if args.gazetteer:
        os.environ["MARSAD_GAZETTEER"] = args.gazetteer  # the pipeline's stage reads it too
    table = evaluate_table(open_gazetteer(args.gazetteer))
    seeds = evaluate_seed_places(args.shared)
    if args.json:
        print_json({"table": table, "seeds": seeds})
        return 0
    console.print(f"toponym table: {table['mentions']} mentions in {table['sentences']} "
                  f"sentences {table['by_language']}")
    console.print(f"  within 161 km: {table['within_161km']}/{table['mentions']} "
                  f"({table['accuracy_161km']:.1%})")
    console.print(f"  exact place:   {table['exact']}/{table['mentions']} "
                  f"({table['exact_accuracy']:.1%}); counting a governorate for its seat town "
                  f"of the same name: {table['exact_or_seat']} "
                  f"({table['exact_or_seat_accuracy']:.1%})")
    for miss in table["misses"]:
        console.print(f"    miss: {miss}")
    console.print(f"seed places: {seeds['right']}/{seeds['places']} resolved right")
    for row in seeds["results"]:
        if not row["right"]:
            wof = " (needs the WOF import)" if row["needs_wof"] else ""
            console.print(f"    miss: {row['file'][:3]} {row['canonical']}{wof}: "
                          f"found {row['found']}")
    return 0


def _eval_events(args: argparse.Namespace) -> int:
    import json
    from pathlib import Path

    from marsad.evaluation import shared_dir
    from marsad.evaluation.events import events_for_gold, score_events

    gold = Path(args.gold) if args.gold else shared_dir(args.shared) / "eval" / "seeds_gold.json"
    if args.gazetteer:
        os.environ["MARSAD_GAZETTEER"] = args.gazetteer  # the pipeline's places stage reads it
    if args.events:
        exported: dict[str, list] = {}
        for line in Path(args.events).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            exported.setdefault(Path(record["cite_info"]["source"]).name, []).append(record)
    else:
        exported = events_for_gold(gold, args.shared)
    report = score_events(gold, exported)
    if args.json:
        print_json(report)
        return 0
    console.print(f"events: {report['matched']} of {report['gold_events']} gold matched, "
                  f"{report['exported_events']} exported")
    console.print(f"  precision {report['precision']:.2f}  recall {report['recall']:.2f}  "
                  f"(type alone: P {report['type_only']['precision']:.2f} "
                  f"R {report['type_only']['recall']:.2f})")
    for row in report["rows"]:
        if not row["matched"]:
            console.print(f"    miss {row['gold']}: closest {row['closest']} "
                          f"fails {', '.join(row['failed']) or '-'}")
    return 0


def _eval_gsr(args: argparse.Namespace) -> int:
    from marsad.evaluation.gsr import evaluate_gsr

    if args.embeddings:
        _switch_embeddings_on()
    report = evaluate_gsr(args.shared, embeddings=args.embeddings,
                          fold_seeds=tuple(args.fold_seeds), gsr_only=args.gsr_only)
    if args.json:
        print_json(report)
        return 0
    rows = [*report["detection"].items(),
            *report.get("detection_with_embeddings", {}).items()]
    for event_type, row in rows:
        console.print(f"{event_type}: F1 {row['f1']:.3f} (P {row['precision']:.3f} "
                      f"R {row['recall']:.3f}; {row['positives']} yes, {row['negatives']} no; "
                      f"{row['method']}); keyword spotter F1 {row['keyword_f1']:.3f}")
        if "f1_mean" in row:
            seeds = ", ".join(f"{seed}: {f1:.3f}" for seed, f1 in row["f1_by_fold_seed"].items())
            console.print(f"  F1 by fold seed {seeds}; mean {row['f1_mean']:.3f}")
        rules, both = row["pipeline"]["rules"], row["pipeline"]["rules_and_classifier"]
        console.print(f"  as the pipeline codes it: rules alone F1 {rules['f1']:.3f} (P "
                      f"{rules['precision']:.3f} R {rules['recall']:.3f}); rules and this "
                      f"classifier F1 {both['f1']:.3f} (P {both['precision']:.3f} "
                      f"R {both['recall']:.3f})")
    spans = report["spans"]
    console.print(f"actor codes on the span sentences (first span): source "
                  f"{spans['source_right']}/{spans['source_judged']}, target "
                  f"{spans['target_right']}/{spans['target_judged']}; best-agreeing span: "
                  f"source {spans['source_right_any']}, target {spans['target_right_any']}")
    return 0


def _eval_plover_en(args: argparse.Namespace) -> int:
    from marsad.evaluation.plover_en import evaluate_plover_en

    report = evaluate_plover_en(args.shared, args.split)
    if args.json:
        print_json(report)
        return 0
    console.print(f"English PLOVER gold records, {args.split} split "
                  f"({report['strict']['sentences']} sentences, one gold event each):")
    for name, label in (("strict", "marsad"), ("intent", "marsad, announced acts as AGREE"),
                        ("triggers_alone", "trigger words alone")):
        row = report[name]
        console.print(f"  {label}: recall {row['recall']:.3f} ({row['hits']}), precision "
                      f"{row['precision']:.3f} of {row['events']} events"
                      + (f"; source country right on {row['source_right']} of {row['hits']}"
                         if name != "triggers_alone" else ""))
    by_type = report["strict"]["by_type"]
    console.print("  by gold type (coded/sentences): " + ", ".join(
        f"{kind} {row['hits']}/{row['sentences']}" for kind, row in by_type.items()))
    return 0


def _eval_reports(args: argparse.Namespace) -> int:
    from marsad.evaluation.checked import cross_validate_persian_report, cross_validate_report

    report = cross_validate_report()
    words = report.pop("probabilities")
    report["persian"] = cross_validate_persian_report()
    report["persian"].pop("probabilities")
    if args.embeddings:
        from marsad.evaluation.checked import cross_validate_embedding_report

        _switch_embeddings_on()
        report["embedding"] = cross_validate_embedding_report(word_probabilities=words)
    if args.json:
        print_json(report)
        return 0
    console.print(f"report classifier, leave-one-sample-out over {report['samples']} samples of "
                  f"hand-checked events ({report['events']}, {report['real']} real): AUC "
                  f"{report['auc']:.3f}")
    for row in report["by_floor"]:
        console.print(f"  probability >= {row['floor']:.1f}: keeps {row['kept']}/{row['of']} "
                      f"events drawn at a confidence floor, {row['share_real']:.3f} real")
    persian = report["persian"]
    console.print(f"Persian report classifier (words; trained with the Arabic events beside), "
                  f"leave-one-sample-out over {persian['samples']} Persian samples "
                  f"({persian['events']}, {persian['real']} real): AUC {persian['auc']:.3f}")
    if "embedding" in report:
        arabic, persian = report["embedding"]["ar"], report["embedding"]["fa"]
        console.print(f"embedding report classifier, leave-one-sample-out over "
                      f"{report['embedding']['samples']} Arabic and Persian samples: Arabic AUC "
                      f"{arabic['auc_embedding']:.3f} (words {arabic['auc_words']:.3f}, mean of "
                      f"both {arabic['auc_mean']:.3f}); Persian AUC "
                      f"{persian['auc_embedding']:.3f} ({persian['events']} events)")
    return 0


def events_command(args: argparse.Namespace) -> int:
    from marsad.events.api import event_lines, regroup_stories, story_lines

    store = api.open_store(args.db)
    if args.regroup:
        counts = regroup_stories(store)
        errors.print(f"{counts['events']} events in {counts['stories']} stories; "
                     f"{counts['told_by_several_articles']} told by several articles "
                     f"({counts['told_by_several_outlets']} by several outlets)")
    if args.stories:
        rows = story_lines(store, since=args.since, actor=args.actor, event_type=args.type,
                           limit=args.limit, min_confidence=args.min_confidence,
                           min_articles=args.min_articles)
    else:
        rows = event_lines(store, since=args.since, actor=args.actor, event_type=args.type,
                           limit=args.limit, min_confidence=args.min_confidence)
    if args.json:
        print_json([row.get("events", row["record"]) for row in rows] if args.stories
                   else [row["record"] for row in rows])
        return 0
    if not rows:
        console.print("no events")
    for row in rows:
        console.print(row["line"], soft_wrap=True)
    return 0


def place_command(args: argparse.Namespace) -> int:
    from marsad.places.api import describe_place

    store = api.open_store(args.db) if os.path.exists(args.db) or "://" in args.db else None
    found = describe_place(args.name, store, limit=args.limit)
    if args.json:
        print_json(found)
        return 0 if found else 1
    if not found:
        errors.print(f"marsad: no place named {args.name!r} in the gazetteer")
        return 1
    for place in found:
        parents = ", ".join(p for p in (place["admin2"], place["admin1"], place["country"]) if p)
        console.print(f"[bold]{place['name']}[/] · {place['level']} · {parents} · "
                      f"{place['lat']:.4f}, {place['lon']:.4f} · {place['id']}"
                      + (f" · population {place['population']:,}" if place["population"] else ""))
        names = sorted({n for names in place["names"].values() for n in names})
        console.print(f"    names: {', '.join(names[:20])}" + (" …" if len(names) > 20 else ""))
        if place.get("articles"):
            console.print(f"    mentioned in {len(place['articles'])} articles: "
                          + ", ".join(a["article_id"][:8] for a in place["articles"][:10]))
    return 0


def gazetteer_command(args: argparse.Namespace) -> int:
    from pathlib import Path

    from marsad.errors import ConfigError
    from marsad.places import importers
    from marsad.places.build import build_default
    from marsad.places.gazetteer import Gazetteer, default_path, ensure_gazetteer

    path = Path(args.gazetteer) if args.gazetteer else default_path()
    if args.action == "build":
        path.unlink(missing_ok=True)
        build_default(path)
    elif args.action == "import-wof":
        if not args.paths:
            raise ConfigError("import-wof needs one or more WOF TSV files")
        gazetteer = Gazetteer(ensure_gazetteer(path), writable=True)
        for source in args.paths:
            added = importers.import_wof(gazetteer, Path(source))
            errors.print(f"{source}: {added} new places")
    elif args.action == "import-geonames":
        if not args.paths or len(args.paths) > 2:
            raise ConfigError("import-geonames needs an allCountries-style file and, "
                              "optionally, an alternateNamesV2-style file")
        gazetteer = Gazetteer(ensure_gazetteer(path), writable=True)
        alternate = Path(args.paths[1]) if len(args.paths) > 1 else None
        added = importers.import_geonames(gazetteer, Path(args.paths[0]), alternate)
        errors.print(f"{args.paths[0]}: {added} new places")
    gazetteer = Gazetteer(ensure_gazetteer(path))
    counts = gazetteer.counts()
    console.print(f"gazetteer {path}: {counts['places']:,} places, {counts['names']:,} names")
    for source in gazetteer.sources():
        console.print(f"    {source['name']}: {source['places']:,} places "
                      f"({source['imported_at']})")
    return 0


def _eval_times(args: argparse.Namespace) -> int:
    from marsad.evaluation.times import TABLE_FLOOR, evaluate_seed_dates, evaluate_table

    table = evaluate_table()
    seeds = evaluate_seed_dates(args.shared)
    if args.json:
        print_json({"table": table, "seeds": seeds})
        return 0 if table["passed"] and seeds["passed"] else 1
    console.print(f"expression table: {table['right']}/{table['rows']} right "
                  f"({table['accuracy']:.1%}; floor {TABLE_FLOOR:.0%})")
    console.print(f"  by language: {table['by_language']}")
    console.print(f"  by kind: {table['by_category']}")
    for miss in table["misses"][:20]:
        console.print(f"  miss: {miss}")
    console.print(f"seed date fields: {seeds['right']}/{seeds['checked']} reproduced")
    for row in seeds["rows"]:
        mark = "ok " if row["right"] else "BAD"
        console.print(f"  {mark} {row['event']}: {row['expression']} → {row['found']} "
                      f"(gold {row['gold']})")
    return 0 if table["passed"] and seeds["passed"] else 1


def _eval_language(args: argparse.Namespace) -> int:
    from marsad.evaluation.language import evaluate_language

    report = evaluate_language(args.shared)
    if args.json:
        print_json(report)
        return 0
    for language, row in report.items():
        console.print(f"{language} titles: {row['right']}/{row['titles']} right "
                      f"({row['accuracy']:.2%}); detected as {row['found']}")
    return 0


def dates_command(args: argparse.Namespace) -> int:
    import datetime as dt

    from marsad.errors import ConfigError
    from marsad.text.language import detect_language
    from marsad.time import find_times

    text = args.text if args.text is not None else sys.stdin.read()
    try:
        anchor = dt.date.fromisoformat(args.anchor) if args.anchor else None
    except ValueError:
        raise ConfigError(f"--anchor {args.anchor!r} is not an ISO date (YYYY-MM-DD)") from None
    language = args.language or detect_language(text) or "ar"
    found = find_times(text, language, anchor)
    if args.json:
        print_json([{k: v for k, v in e.as_dict().items()
                     if k in ("text", "start", "end", "value", "precision", "range", "kind",
                              "anchor", "calendar")} for e in found])
        return 0
    if not found:
        console.print("no temporal expression found")
    for e in found:
        span = f" [{e.range[0]} … {e.range[1]}]" if e.range else ""
        console.print(f"{e.start:>4}-{e.end:<4} {e.text}  →  {e.value or 'unresolved'} "
                      f"({e.precision}){span}  [{e.kind}]")
    return 0


def entity_command(args: argparse.Namespace) -> int:
    from marsad.entities.api import describe_entity

    record = describe_entity(args.name, api.open_store(args.db))
    if record is None:
        errors.print(f"marsad: no entity named {args.name!r}")
        return 1
    if args.json:
        print_json(record)
        return 0
    console.print(f"[bold]{record.get('name', record['id'])}[/] ({record['id']}, "
                  f"{record.get('type')}, wikidata {record.get('wikidata')})")
    for language, names in (record.get("names") or {}).items():
        if names:
            console.print(f"  {language}: {' · '.join(names)}")
    for role in record.get("roles") or []:
        console.print(f"  role: {role['office']} {role['country']} {role['sector']} "
                      f"{role['start'] or '?'} – {role['end'] or 'now'}")
    console.print(f"  mentioned in {len(record['articles'])} articles")
    for row in record["articles"][:20]:
        console.print(f"    {row['article_id']}  {row['mentions']} mentions")
    return 0


def kb_command(args: argparse.Namespace) -> int:
    from marsad.kb import write_jsonl
    from marsad.kb.phoenix import import_phoenix
    from marsad.kb.wikidata import import_wikidata

    reader = import_phoenix if args.action == "import-phoenix" else import_wikidata
    count = write_jsonl((e for path in args.paths for e in reader(path)), args.output)
    errors.print(f"wrote {count} entities to {args.output}")
    return 0


def train_command(args: argparse.Namespace) -> int:
    from pathlib import Path

    from marsad.entities.tagger import MODEL_DIR
    from marsad.entities.train import train_ner

    out = Path(args.out) if args.out else MODEL_DIR
    if args.what == "events":
        from marsad.evaluation.gsr import train_gsr

        if args.embeddings:
            _switch_embeddings_on()
        thresholds = train_gsr(args.shared, out, embeddings=args.embeddings)
        for event_type, threshold in thresholds.items():
            console.print(f"events-{event_type.lower()}-ar: trained on the GSR set, "
                          f"threshold {threshold:.2f} -> {out}")
        from marsad.evaluation.checked import train_report

        trained = train_report(out)
        console.print(f"events-report-ar: trained on {trained['events']} hand-checked events "
                      f"({trained['real']} real) -> {out}")
        from marsad.evaluation.checked import train_persian_report

        trained = train_persian_report(out)
        console.print(f"events-report-fa: trained on {trained['events']} hand-checked Persian "
                      f"events ({trained['real']} real) and the Arabic ones -> {out}")
        if args.embeddings:
            from marsad.evaluation.checked import train_embedding_report

            trained = train_embedding_report(out)
            console.print(f"events-report-e5: trained on {trained['events']} hand-checked "
                          f"Arabic and Persian events ({trained['real']} real) -> {out}")
        return 0
    for language in args.languages:
        report = train_ner(language, args.shared, out, args.iterations)
        micro = report["micro"]
        console.print(f"ner-{language}: {report['corpus']}; {report['train_sentences']} "
                      f"training sentences in {report['train_seconds']} s; held-out F1 "
                      f"{micro['f1']} (P {micro['precision']}, R {micro['recall']}); "
                      f"PER {report['PER']['f1']} ORG {report['ORG']['f1']} "
                      f"LOC {report['LOC']['f1']}; {report['model_bytes'] // 1024} KB; "
                      f"{report['tokens_per_second']} tokens/s -> {out}")
    return 0


def stages_command(args: argparse.Namespace) -> int:
    from marsad.registry import get_stage, stage_names

    for name in stage_names():
        stage = get_stage(name)
        console.print(f"{name}: requires {', '.join(stage.requires)}; "
                      f"provides {', '.join(stage.provides)}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "ingest": ingest_command,
    "export": export_command,
    "search": search_command,
    "show": show_command,
    "stats": stats_command,
    "eval": eval_command,
    "dates": dates_command,
    "entity": entity_command,
    "place": place_command,
    "events": events_command,
    "gazetteer": gazetteer_command,
    "kb": kb_command,
    "train": train_command,
    "stages": stages_command,
}
