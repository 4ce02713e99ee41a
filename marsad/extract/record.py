"""JSON-like records (JSON, JSONL, feeds, zipped corpora): fields are already split out, so
extraction is mapping and checking, with HTML bodies sent through the HTML extractor."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from marsad.extract.html import extract_html, html_fragment_text
from marsad.extract.outlets import outlet_by_id, outlet_by_name, outlet_from_domain
from marsad.extract.textpage import is_furniture_line
from marsad.records import Document
from marsad.time.absolute import find_absolute_dates

__all__ = ["extract_record", "parse_date_field"]

_HTML_TAG = re.compile(r"<(?:p|div|br|span|a|article|html|body)\b", re.IGNORECASE)


def extract_record(document: Document) -> dict:
    fields = document.fields
    text = fields.get("text")
    result: dict = {}
    if text and _HTML_TAG.search(str(text)[:2000]):
        text = html_fragment_text(str(text))
    elif not text and fields.get("html"):
        result = extract_html(str(fields["html"]), document.source, document.url)
        text = result.get("text")
    outlet = _outlet(fields.get("outlet"), document.url) or result.get("outlet")
    return {
        "title": _clean(fields.get("title")) or result.get("title"),
        "text": _clean_body(str(text or "")),
        "publication_date": parse_date_field(fields.get("date")) or result.get(
            "publication_date"),
        "outlet": outlet,
        "author": _clean(fields.get("author")) or result.get("author"),
        "retrieved_date": parse_date_field(fields.get("retrieved")),
    }


def _outlet(value: object, url: str | None) -> str | None:
    if value:
        known = outlet_by_id(str(value)) or outlet_by_name(str(value))
        return known.name if known else str(value).strip()
    return outlet_from_domain(url)


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


# Scraped records sometimes carry the page's CSS inline (SaudiNewsNet does: "#vote_area2 ul
# { padding: 0; }"): rules of selector { property: value; } are not article text.
_CSS_RULE = re.compile(  # every repetition bounded: linear time on any input
    r"(?:[A-Za-z#.@][A-Za-z0-9_ \t#.,>:()-]{0,80})?\{[^{}:]{0,2000}:[^{}]{0,2000}\}")


def _clean_body(text: str) -> str:
    """Keep the record's text as given, only dropping inline CSS, lines of page furniture
    (a tags line "سمات …": sample 146 coded one as an air raid), trimming each line and
    dropping empty runs."""
    if "{" in text:
        text = _CSS_RULE.sub(" ", text)
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    return "\n".join(line for line in lines if line and not is_furniture_line(line))


def parse_date_field(value: object) -> str | None:
    """An ISO date from a record's date field (ISO, RFC 822, or written out), else None."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)) and 0 < value < 4_102_444_800:
        return dt.datetime.fromtimestamp(value, dt.UTC).date().isoformat()
    text = str(value).strip()
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(text)
        if parsed is not None:
            return parsed.date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    found = find_absolute_dates(text)
    return found[0].value.isoformat() if found else None
