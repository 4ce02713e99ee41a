"""The CLI contract that evaluation scripts call: commands, fields, formats and exit codes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import EXAMPLES
from marsad.cli import build_parser, main

REQUIRED = {"id", "source", "source_id", "title", "language", "publication_date", "outlet",
            "author", "text", "boilerplate_lines"}


@pytest.fixture
def filled(db: str) -> str:
    assert main(["ingest", str(EXAMPLES), "--db", db, "--quiet"]) == 0
    return db


def test_parser_needs_no_subprocess():
    args = build_parser().parse_args(["export", "articles", "--format", "csv", "-o", "x.csv"])
    assert (args.what, args.format, args.output, args.db) == ("articles", "csv", "x.csv",
                                                              "marsad.db")


@pytest.mark.parametrize("argv", [[], ["ingest"], ["export", "nothing"], ["frobnicate"],
                                  ["export", "articles", "--format", "xml"]])
def test_usage_errors_exit_2(argv):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2


def test_bad_field_mapping_is_a_usage_error(db: str, capsys):
    assert main(["ingest", str(EXAMPLES), "--db", db, "--field", "nonsense"]) == 2
    assert "bad field mapping" in capsys.readouterr().err


def test_ingest_prints_a_summary(db: str, capsys):
    assert main(["ingest", str(EXAMPLES), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "added: 5" in out and "Al-Modon" in out


def test_export_jsonl(filled: str, tmp_path: Path, seeds_gold):
    out = tmp_path / "a.jsonl"
    assert main(["export", "articles", "--db", filled, "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 5
    for record in records:
        assert set(record) >= REQUIRED
        gold = seeds_gold[Path(record["source"]).name]
        assert record["title"] == gold["title"]
        assert record["language"] == gold["language"]
        assert record["publication_date"] == gold["publication_date"]
        assert record["boilerplate_lines"] == gold["boilerplate_lines"]
        assert record["outlet"] == gold["outlet"]


def test_export_csv_and_parquet(filled: str, tmp_path: Path):
    assert main(["export", "articles", "--db", filled, "--format", "csv",
                 "-o", str(tmp_path / "a.csv")]) == 0
    with (tmp_path / "a.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5 and set(rows[0]) >= REQUIRED
    assert main(["export", "articles", "--db", filled, "--format", "parquet",
                 "-o", str(tmp_path / "a.parquet")]) == 0
    table = pq.read_table(tmp_path / "a.parquet")
    assert table.num_rows == 5 and set(table.column_names) >= REQUIRED


def test_export_sentences_point_into_the_text(filled: str, capsys):
    assert main(["export", "sentences", "--db", filled]) == 0
    sentences = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(sentences) > 50
    assert any(s["text"].startswith("وزارت دفاع سوریه اعلام کرد") for s in sentences)


@pytest.mark.parametrize(("query", "expected_title_part"), [
    ("شويغو", "بوتين يوفد وزير دفاعه"),
    ("سورية", "مذاکرات سوریه و روسیه"),   # Arabic spelling finds the Persian article
    ("قنیطره", "مذاکرات سوریه و روسیه"),
])
def test_search_across_spellings(filled: str, capsys, query, expected_title_part):
    assert main(["search", query, "--db", filled, "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert any(expected_title_part in (hit["title"] or "") for hit in hits)


def test_show_and_stats(filled: str, capsys):
    assert main(["stats", "--db", filled, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["articles"] == 5 and stats["languages"] == {"ar": 4, "fa": 1}
    assert main(["stats", "--db", filled]) == 0
    assert "articles: 5" in capsys.readouterr().out
    assert main(["export", "articles", "--db", filled]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert main(["show", first["id"][:6], "--db", filled, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["id"] == first["id"] and shown["sentences"]
    assert main(["show", "ffffffffffff", "--db", filled]) == 1


def test_eval_seeds_meets_its_floors(capsys):
    assert main(["eval", "seeds"]) == 0
    out = capsys.readouterr().out
    assert "title right: 5/5" in out and "PASSED" in out


def test_eval_language_on_real_titles(capsys):
    """Short real lines: every SaudiNewsNet title is Arabic, every Fars News title Persian."""
    assert main(["eval", "language", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ar"]["titles"] > 30_000 and report["ar"]["accuracy"] >= 0.995
    assert report["fa"]["titles"] == 1500 and report["fa"]["accuracy"] >= 0.995


def test_ingest_with_chosen_stages(db: str, capsys):
    assert main(["ingest", str(EXAMPLES), "--db", db, "--quiet", "--stages", "extract.v1",
                 "language.v1", "normalize.v1", "sentences.v1"]) == 0
    assert main(["stats", "--db", db, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["articles"] == 5 and stats["mentions"] == 0 and stats["times"] == 0
    assert main(["ingest", str(EXAMPLES), "--db", db, "--stages", "sentences.v1"]) == 2
    assert "sentences.v1 needs 'text'" in capsys.readouterr().err
