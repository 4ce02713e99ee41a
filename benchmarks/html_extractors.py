"""trafilatura + htmldate side by side with marsad on the same pages.

SaudiNewsNet has no HTML, so each article is put into a realistic news page (navigation,
share widgets, related links, comment form, footer) with its date in the markup. Three readers
go over the same pages, timed in one run:

- trafilatura.bare_extraction + htmldate.find_date (the reference tools, as marsad calls them);
- marsad's whole pipeline on the HTML (extraction through sentences);
- marsad's text-page line classifier on the same page flattened to text lines (what a scraper
  that lost the markup hands over).

Quality is the share of the article's own words recovered (recall) and of extracted words
that belong to it (precision), and whether the date came out right.

    python benchmarks/html_extractors.py [--limit N] [--shared PATH]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import time
import zipfile
from collections.abc import Callable

from marsad.evaluation import shared_dir
from marsad.extract.textpage import classify_page
from marsad.pipeline import Pipeline
from marsad.records import Article, Document

PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="article:published_time" content="{date}T08:00:00+03:00"></head>
<body><header><nav><a href="/">الرئيسية</a> <a href="/local">محليات</a>
<a href="/world">دوليات</a> <a href="/sport">رياضة</a> <a href="/econ">اقتصاد</a></nav></header>
<main><article><h1>{title}</h1><div class="share">مشاركة عبر تويتر فيسبوك واتساب</div>
{paragraphs}</article>
<aside><h3>اقرأ أيضاً</h3><ul><li><a href="/1">أمير المنطقة يستقبل المهنئين بعيد الفطر</a></li>
<li><a href="/2">الهلال يواصل تحضيراته للموسم الجديد في النمسا</a></li></ul></aside>
<section class="comments"><h3>اترك تعليقاً</h3><form>لن يتم نشر عنوان بريدك الإلكتروني
<textarea></textarea><button>إرسال</button></form></section></main>
<footer>جميع الحقوق محفوظة © {site} 2015</footer></body></html>"""


def _pages(limit: int, shared) -> list[dict]:
    pages = []
    for path in sorted((shared / "data" / "corpora" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            records = json.loads(archive.read(archive.namelist()[0]))
        for record in records:
            paragraphs = [p.strip() for p in re.split(r"\n+", record["content"]) if p.strip()]
            if not paragraphs or not record["title"]:
                continue
            date = record["date_extracted"][:10]
            body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            page = PAGE.format(title=html.escape(record["title"]), site=record["source"],
                               date=date, paragraphs=body)
            pages.append({"html": page, "date": date, "words": set(record["content"].split()),
                          "url": record["url"], "title": record["title"],
                          "paragraphs": paragraphs})
            if len(pages) >= limit:
                return pages
    return pages


def _as_text_page(page: dict) -> str:
    """The page as a scraper without markup would save it: one line per block."""
    text = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", page["html"], flags=re.S)
    text = re.sub(r"</?(p|h1|h3|li|div|nav|footer|form|aside|section|header)[^>]*>", "\n", text)
    text = re.sub(r"<[^>]+>", " ", text)
    lines = [" ".join(line.split()) for line in html.unescape(text).split("\n")]
    return "\n".join(line for line in lines if line)


def _score(extracted: str, date: str | None, page: dict, totals: dict) -> None:
    words = extracted.split()
    found = set(words)
    truth = page["words"]
    totals["recall"] += sum(1 for w in truth if w in found) / max(len(truth), 1)
    totals["precision"] += sum(1 for w in words if w in truth) / max(len(words), 1)
    totals["date"] += date == page["date"]


def _run(name: str, pages: list[dict], read: Callable[[dict], tuple[str, str | None]]) -> dict:
    totals = {"recall": 0.0, "precision": 0.0, "date": 0}
    read(pages[0])  # warm-up: one-time model and data loading is not per-page cost
    start = time.perf_counter()
    for page in pages:
        text, date = read(page)
        _score(text or "", date, page, totals)
    elapsed = time.perf_counter() - start
    n = len(pages)
    return {"reader": name, "pages/s": round(n / elapsed, 1),
            "word recall": round(totals["recall"] / n, 3),
            "word precision": round(totals["precision"] / n, 3),
            "date right": f"{totals['date']}/{n}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--shared", default=None)
    args = parser.parse_args()
    import trafilatura
    from htmldate import find_date

    pages = _pages(args.limit, shared_dir(args.shared))
    pipeline = Pipeline.from_names()

    def reference(page: dict) -> tuple[str, str | None]:
        doc = trafilatura.bare_extraction(page["html"], url=page["url"], with_metadata=True,
                                          favor_precision=True, as_dict=False)
        date = find_date(page["html"], url=page["url"], original_date=True,
                         extensive_search=False)
        return (doc.text if doc else ""), date

    def marsad_html(page: dict) -> tuple[str, str | None]:
        document = Document(source=page["url"], kind="html", raw=page["html"].encode(),
                            url=page["url"])
        article = pipeline.process(document)
        return (article.text, article.publication_date) if isinstance(article, Article) else (
            "", None)

    text_pages = {id(page): _as_text_page(page) for page in pages}

    def marsad_textpage(page: dict) -> tuple[str, str | None]:
        result = classify_page(text_pages[id(page)])
        return result.body, result.publication_date

    rows = [_run("trafilatura + htmldate (HTML)", pages, reference),
            _run("marsad pipeline (HTML, all stages)", pages, marsad_html),
            _run("marsad text-page classifier (flattened page)", pages, marsad_textpage)]
    print(f"pages: {len(pages)} (SaudiNewsNet articles in a news-page template)")
    for row in rows:
        print("  ".join(f"{k}: {v}" for k, v in row.items()))


if __name__ == "__main__":
    main()
