"""Every input form marsad reads, and the promise that the same content is stored once."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from pathlib import Path

from conftest import EXAMPLES
from marsad.api import article_records, ingest
from marsad.ingest import FieldMap, iter_documents
from marsad.records import Document, Rejection
from marsad.storage import open_store

ARABIC_BODY = ("قالت وزارة الدفاع الروسية اليوم إن الوزير أجرى محادثات في دمشق مع الرئيس "
               "السوري حول وقف إطلاق النار في إدلب.")
HTML_PAGE = f"""<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">
<title>محادثات روسية سورية في دمشق</title>
<meta property="og:site_name" content="Enab Baladi">
<meta property="article:published_time" content="2020-03-23T10:00:00+00:00">
</head><body><nav><a href="/">الرئيسية</a> <a href="/share">مشاركة</a></nav>
<article><h1>محادثات روسية سورية في دمشق</h1>
<p>{ARABIC_BODY}</p>
<p>وأضاف البيان أن الجانبين ناقشا تطوير التعاون العسكري وإعادة الإعمار في سوريا خلال
المرحلة المقبلة، بحسب ما نقلت وكالات الأنباء الروسية عن مصادر في الوزارة.</p>
<p>وكان الرئيسان قد توصلا في الخامس من الشهر الجاري إلى اتفاق لوقف إطلاق النار في
منطقة إدلب لخفض التصعيد شمال غربي البلاد بعد أسابيع من المعارك العنيفة.</p>
</article><footer>جميع الحقوق محفوظة</footer></body></html>"""


def _kinds(items) -> list[str]:
    return [item.kind if isinstance(item, Document) else item.reason for item in items]


def test_text_and_html_files(tmp_path: Path):
    (tmp_path / "page.txt").write_text("عنوان الخبر هنا الآن\n" + ARABIC_BODY, encoding="utf-8")
    (tmp_path / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")  # unknown suffix in a folder: ignored
    assert sorted(_kinds(iter_documents([tmp_path]))) == ["html", "textpage"]


def test_json_array_and_jsonl_keep_source_ids(tmp_path: Path, db: str):
    records = [{"id": "a-1", "title": "عنوان أول للخبر", "content": ARABIC_BODY,
                "date": "2015-07-21", "source": "aawsat", "url": "http://aawsat.com/x/1"},
               {"id": 7, "title": "عنوان ثان للخبر", "text": ARABIC_BODY + " ثانية"}]
    (tmp_path / "a.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "b-1", "body": ARABIC_BODY + " ثالثة"}, ensure_ascii=False)
        + "\n{not json}\n", encoding="utf-8")
    report = ingest([tmp_path], db)
    assert report.added == 3
    assert [r.reason for r in report.rejected] == ["bad_json"]
    exported = {r["source_id"]: r for r in article_records(open_store(db))}
    assert set(exported) == {"a-1", "7", "b-1"}
    first = exported["a-1"]
    assert first["outlet"] == "Asharq Al-Awsat"
    assert first["publication_date"] == "2015-07-21"
    assert first["source"] == "http://aawsat.com/x/1"
    assert first["text"] == ARABIC_BODY  # a record's clean text is kept unchanged


def test_saudinewsnet_shape_keeps_extraction_date_apart(tmp_path: Path, db: str):
    record = {"source": "sabq", "url": "http://sabq.org/1", "date_extracted": "2015-08-02 10:00:00",
              "title": "خبر", "author": "", "content": ARABIC_BODY}
    with zipfile.ZipFile(tmp_path / "2015-08-02.zip", "w") as archive:
        archive.writestr("2015-08-02.json", json.dumps([record], ensure_ascii=False))
    ingest([tmp_path / "2015-08-02.zip"], db)
    (row,) = article_records(open_store(db))
    assert row["publication_date"] is None
    assert row["retrieved_date"] == "2015-08-02"
    assert row["outlet"] == "Sabq"
    assert row["origin"].endswith("2015-08-02.zip!2015-08-02.json#0")


def test_field_mapping(tmp_path: Path):
    (tmp_path / "x.json").write_text(json.dumps({"nid": "n1", "matn": ARABIC_BODY},
                                                ensure_ascii=False), encoding="utf-8")
    (rejected,) = iter_documents([tmp_path / "x.json"])
    assert isinstance(rejected, Rejection) and rejected.reason == "no_text"
    (document,) = iter_documents([tmp_path / "x.json"],
                                 FieldMap.parse(["text=matn", "id=nid"]))
    assert document.fields["text"] == ARABIC_BODY and document.source_id == "n1"


def test_zip_of_mixed_files_and_gzip(tmp_path: Path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("dir/page.txt", "عنوان\n" + ARABIC_BODY)
        archive.writestr("dir/page.html", HTML_PAGE)
        archive.writestr("dir/records.jsonl", json.dumps({"text": ARABIC_BODY}) + "\n")
    (tmp_path / "bundle.zip").write_bytes(buffer.getvalue())
    (tmp_path / "fars.json.gz").write_bytes(gzip.compress(json.dumps(
        [{"title": "عنوان", "paragraphs": str(["بند اول است.", "بند دوم است."])}]).encode()))
    items = list(iter_documents([tmp_path]))
    assert sorted(_kinds(items)) == ["html", "record", "record", "textpage"]
    fars = next(i for i in items if i.source.endswith("fars.json.gz#0"))
    assert fars.fields["text"] == "بند اول است.\n\nبند دوم است."


def test_warc(tmp_path: Path, db: str):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        record = writer.create_warc_record("https://www.enabbaladi.net/archives/1", "response",
                                           payload=io.BytesIO(HTML_PAGE.encode("utf-8")),
                                           http_headers=headers)
        writer.write_record(record)
    report = ingest([path], db)
    assert report.added == 1 and not report.rejected
    (row,) = article_records(open_store(db))
    assert row["source"] == "https://www.enabbaladi.net/archives/1"
    assert row["outlet"] == "Enab Baladi"
    assert row["publication_date"] == "2020-03-23"
    assert "مشاركة" not in row["text"] and "وقف إطلاق النار" in row["text"]


def test_rss_feed(tmp_path: Path, db: str):
    feed = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
    <title>SANA</title><link>https://sana.sy</link>
    <item><title>وزير الدفاع يستقبل وفداً</title><link>https://sana.sy/?p=1</link>
    <guid>sana-1</guid><pubDate>Sun, 16 Nov 2025 09:00:00 +0300</pubDate>
    <description><![CDATA[<p>{ARABIC_BODY}</p>]]></description></item></channel></rss>"""
    (tmp_path / "feed.rss").write_text(feed, encoding="utf-8")
    report = ingest([tmp_path / "feed.rss"], db)
    assert report.added == 1, report.rejected
    (row,) = article_records(open_store(db))
    assert row["source_id"] == "sana-1"
    assert row["publication_date"] == "2025-11-16"
    assert row["outlet"] == "SANA"


def test_same_content_twice_adds_nothing(tmp_path: Path, db: str):
    copy = tmp_path / "copy"
    copy.mkdir()
    for page in EXAMPLES.glob("*.txt"):
        (copy / page.name).write_bytes(page.read_bytes())
    first = ingest([EXAMPLES], db)
    second = ingest([EXAMPLES, copy], db)
    assert first.added == 5
    assert second.added == 0 and second.skipped == 10
    assert open_store(db).stats()["articles"] == 5


def test_flush_keeps_a_rejection_that_arrives_while_it_runs():
    """With workers, the pool's feeder thread appends unreadable documents to the rejection
    list while the main thread flushes a batch: one that arrives during the flush must wait for
    the next one, not vanish (three SaudiNewsNet rejections once did)."""
    from marsad.api import IngestReport, _flush

    first, late = Rejection("a.json", "no_text", "empty"), Rejection("b.json", "no_text", "empty")
    pending = [first]

    class Store:
        stored: list = []
        cleared: list = []

        def add(self, articles, rejections, run_id):
            self.stored.extend(rejections)
            pending.append(late)  # the feeder thread, mid-flush

        def clear_rejections(self, sources):
            self.cleared.extend(sources)

    report = IngestReport(run_id=1)
    store = Store()
    _flush(store, [], pending, report)
    assert report.rejected == [first] and store.stored == [first]
    assert pending == [late]
