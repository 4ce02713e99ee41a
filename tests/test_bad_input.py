"""Bad input: each case gets a clear per-document error (or is read correctly), the run goes
on, and nothing already stored is lost."""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest

import marsad.api as api
from conftest import EXAMPLES
from marsad.api import article_records, ingest
from marsad.cli import main
from marsad.storage import open_store

ARABIC = ("أعلنت وزارة الدفاع السورية عن اجتماع ضم مسؤولين عسكريين سوريين وروس في العاصمة "
          "دمشق، تناول مجالات التعاون العسكري بين البلدين.")
TITLE = "وفد من الدفاع الروسية في دمشق لبحث التعاون"


def _page(text: str = ARABIC) -> str:
    return f"{TITLE}\n\n{text}\n"


def _one(tmp_path: Path, db: str, name: str, raw: bytes):
    path = tmp_path / name
    path.write_bytes(raw)
    report = ingest([path], db)
    return report, list(article_records(open_store(db)))


@pytest.mark.parametrize(("name", "raw", "reason"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n \t\n", "empty"),
    ("binary.txt", bytes(range(256)) * 64, "binary_content"),
    ("png.html", b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000, "binary_content"),
    ("furniture.txt", "Loading...\nمشاركة\nاترك تعليقاً\n".encode(), "no_article_text"),
    ("bad.json", b'{"id": 1, "text": ', "bad_json"),
    ("truncated.zip", None, "bad_archive"),
    ("garbage.zip", b"PK\x03\x04 not really a zip", "bad_archive"),
    ("broken.warc.gz", gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n"
                                     b"Content-Length: 9999\r\n\r\nabc")[:-10], "bad_warc"),
    ("no-pages.warc", b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n",
     "no_html"),
    ("feed.rss", b"<rss><channel><title>x</title></channel></rss>", "bad_feed"),
])
def test_rejected_with_reason(tmp_path: Path, db: str, name: str, raw: bytes | None, reason: str):
    if raw is None:  # a real zip cut in half
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for index in range(20):
                archive.writestr(f"page{index}.txt", _page(ARABIC * 20 + str(index)))
        raw = buffer.getvalue()[: len(buffer.getvalue()) // 2]
    report, rows = _one(tmp_path, db, name, raw)
    assert [r.reason for r in report.rejected] == [reason]
    assert rows == []
    assert name in report.rejected[0].source


@pytest.mark.parametrize(("name", "raw"), [
    ("cp1256.txt", _page().encode("cp1256")),
    ("utf16.txt", _page().encode("utf-16")),
    ("utf8bom.txt", b"\xef\xbb\xbf" + _page().encode("utf-8")),
    ("one-bad-byte.txt", _page().encode("utf-8")[:90] + b"\xff" + _page().encode("utf-8")[90:]),
    ("crlf.txt", _page().replace("\n", "\r\n").encode("utf-8")),
])
def test_read_correctly_where_it_can_be(tmp_path: Path, db: str, name: str, raw: bytes):
    report, rows = _one(tmp_path, db, name, raw)
    assert not report.rejected
    (row,) = rows
    assert row["title"] == TITLE
    assert "وزارة الدفاع السورية" in row["text"] or "\ufffd" in row["text"]
    assert row["language"] == "ar"


def test_file_over_the_size_limit(tmp_path: Path, db: str):
    path = tmp_path / "huge.txt"
    line = (ARABIC + "\n").encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    report = ingest([path], db)
    assert [r.reason for r in report.rejected] == ["too_large"]


def test_deeply_nested_and_malformed_html(tmp_path: Path, db: str):
    (tmp_path / "deep.html").write_text("<div>" * 200_000 + ARABIC + "</div>" * 10,
                                        encoding="utf-8")
    (tmp_path / "malformed.html").write_text(
        f"<html><body><p>{ARABIC}<p>{ARABIC} <b><i>وأضاف أن الوفد</b></i>"
        f"<table><tr><td>{ARABIC}</p></html></body>>>><<", encoding="utf-8")
    report = ingest([tmp_path], db)
    reasons = {Path(r.source).name: r.reason for r in report.rejected}
    assert reasons.get("deep.html") == "malformed_html"
    rows = list(article_records(open_store(db)))
    assert "malformed.html" in reasons or any("وزارة الدفاع" in r["text"] for r in rows)


def test_zip_bomb_is_refused_and_the_rest_of_the_archive_read(tmp_path: Path, db: str):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.txt", b"\x00" * (40 * 1024 * 1024))
        archive.writestr("good.txt", _page().encode("utf-8"))
    (tmp_path / "mixed.zip").write_bytes(buffer.getvalue())
    report = ingest([tmp_path / "mixed.zip"], db)
    assert [r.reason for r in report.rejected] == ["zip_bomb"]
    assert report.added == 1


def test_missing_path_is_named_and_the_run_goes_on(tmp_path: Path, db: str, capsys):
    status = main(["ingest", str(tmp_path / "nope.txt"), str(EXAMPLES), "--db", db])
    assert status == 1
    assert "nope.txt: not_found" in capsys.readouterr().err
    assert open_store(db).stats()["articles"] == 5


def test_nothing_stored_is_lost_when_later_input_is_bad(tmp_path: Path, db: str):
    ingest([EXAMPLES], db)
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "good.txt").write_text(_page(), encoding="utf-8")
    report = ingest([tmp_path], db)
    assert report.added == 1 and len(report.rejected) == 1
    assert open_store(db).stats()["articles"] == 6


def test_interrupted_run_leaves_a_consistent_store_and_rerun_continues(
        tmp_path: Path, db: str, monkeypatch):
    for index in range(12):
        (tmp_path / f"p{index:02}.txt").write_text(_page(f"{ARABIC} {index}"), encoding="utf-8")
    monkeypatch.setattr(api, "BATCH_SIZE", 5)
    seen = []

    def interrupt_after_eight(source: str) -> None:
        seen.append(source)
        if len(seen) == 8:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([tmp_path], db, on_progress=interrupt_after_eight)
    store = open_store(db)
    stats = store.stats()
    assert stats["articles"] == stats["documents"] == 5  # one whole batch, nothing partial
    with store.engine.connect() as connection:
        from sqlalchemy import text

        indexed = connection.execute(text("SELECT count(*) FROM articles_fts")).scalar_one()
    assert indexed == 5
    report = ingest([tmp_path], db)
    assert report.skipped == 5 and report.added == 7
    assert open_store(db).stats()["articles"] == 12
