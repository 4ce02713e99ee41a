"""Readers for every input form marsad takes, each yielding Documents or Rejections.

A reader never raises for a bad input: it yields a Rejection naming the source and the reason,
so one truncated zip or one malformed JSON line does not stop a run over thousands of files.
"""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.errors import DocumentError
from marsad.ingest.fields import FieldMap
from marsad.records import Document, Rejection
from marsad.text.decode import decode_bytes

__all__ = ["Limits", "iter_documents"]

Item = Document | Rejection

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc"}
ZIP_SUFFIXES = {".zip"}


@dataclass(frozen=True)
class Limits:
    """Guards against inputs that would exhaust memory (zip bombs, huge single files)."""

    max_document_bytes: int = 20 * 1024 * 1024
    max_member_bytes: int = 512 * 1024 * 1024
    max_compression_ratio: int = 200


def iter_documents(paths: Iterable[str | Path], fields: FieldMap | None = None,
                   limits: Limits | None = None) -> Iterator[Item]:
    fields = fields or FieldMap()
    limits = limits or Limits()
    for path in paths:
        path = Path(path)
        if not path.exists():
            yield Rejection(str(path), "not_found", "no such file or folder")
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if _suffix(child.name) is not None:
                    yield from _guarded(_read_file(child, fields, limits), str(child))
        else:
            yield from _guarded(_read_file(path, fields, limits), str(path))


def _suffix(name: str) -> str | None:
    """The format suffix, looking through one ``.gz``; None for files marsad does not read."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    suffix = Path(lower).suffix
    known = (TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
             | WARC_SUFFIXES | ZIP_SUFFIXES)
    return suffix if suffix in known else None


def _read_file(path: Path, fields: FieldMap, limits: Limits) -> Iterator[Item]:
    source = str(path)
    try:
        size = path.stat().st_size
        if _suffix(path.name) in ZIP_SUFFIXES:
            yield from _read_zip(path, source, fields, limits)
            return
        if _suffix(path.name) in WARC_SUFFIXES:
            yield from _read_warc(path, source, limits)
            return
        if size > limits.max_document_bytes and not path.name.lower().endswith(
                (".json", ".jsonl", ".ndjson", ".json.gz", ".jsonl.gz")):
            raise DocumentError(source, "too_large",
                                f"{size} bytes is over the limit of {limits.max_document_bytes}")
        raw = path.read_bytes()
    except DocumentError as error:
        yield Rejection(source, error.reason, error.message)
        return
    except OSError as error:
        yield Rejection(source, "unreadable", str(error))
        return
    yield from read_bytes(path.name, raw, source, fields, limits)


def _guarded(items: Iterator[Item], source: str) -> Iterator[Item]:
    """A reader's unexpected failure on one file becomes that file's Rejection."""
    try:
        yield from items
    except Exception as error:  # third-party parsers raise anything on hostile input
        yield Rejection(source, "unreadable", f"{type(error).__name__}: {error}")


def read_bytes(name: str, raw: bytes, source: str, fields: FieldMap,
               limits: Limits) -> Iterator[Item]:
    """Read one named blob (a file, or a member of an archive)."""
    try:
        if name.lower().endswith(".gz"):
            raw = _gunzip(raw, source, limits)
            name = name[:-3]
        suffix = _suffix(name)
        if suffix in TEXT_SUFFIXES or suffix is None:
            yield _sized(Document(source=source, kind="textpage", raw=raw), limits)
        elif suffix in HTML_SUFFIXES:
            yield _sized(Document(source=source, kind="html", raw=raw), limits)
        elif suffix in JSON_SUFFIXES:
            yield from _read_json(raw, source, fields)
        elif suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(raw, source, fields)
        elif suffix in FEED_SUFFIXES:
            yield from _read_feed(raw, source, fields)
        elif suffix in ZIP_SUFFIXES:
            yield from _read_zip(io.BytesIO(raw), source, fields, limits)
        elif suffix in WARC_SUFFIXES:
            yield from _read_warc(io.BytesIO(raw), source, limits)
    except DocumentError as error:
        yield Rejection(source, error.reason, error.message)


def _sized(document: Document, limits: Limits) -> Item:
    if len(document.raw) > limits.max_document_bytes:
        return Rejection(document.source, "too_large",
                         f"{len(document.raw)} bytes is over the limit of "
                         f"{limits.max_document_bytes}")
    return document


def _gunzip(raw: bytes, source: str, limits: Limits) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
            data = stream.read(limits.max_member_bytes + 1)
    except (OSError, EOFError) as error:
        raise DocumentError(source, "bad_gzip", str(error)) from None
    if len(data) > limits.max_member_bytes:
        raise DocumentError(source, "too_large", "decompressed size is over the limit")
    return data


def _read_zip(file: Path | io.BytesIO, source: str, fields: FieldMap,
              limits: Limits) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(file)
        members = [info for info in archive.infolist() if not info.is_dir()]
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        yield Rejection(source, "bad_archive", f"not a readable zip archive ({error})")
        return
    with archive:
        for info in members:
            member_source = f"{source}!{info.filename}"
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > limits.max_member_bytes or (
                    ratio > limits.max_compression_ratio and info.file_size > 10_000_000):
                yield Rejection(member_source, "zip_bomb",
                                f"member expands to {info.file_size} bytes "
                                f"(ratio {ratio:.0f}:1); refused")
                continue
            if _suffix(info.filename) is None:
                continue
            try:
                raw = archive.read(info)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
                yield Rejection(member_source, "bad_archive", f"cannot read member ({error})")
                continue
            yield from read_bytes(info.filename, raw, member_source, fields, limits)


def _parse_json(raw: bytes, source: str) -> Any:
    text = decode_bytes(raw, source)
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentError(source, "bad_json", str(error)) from None


def _read_json(raw: bytes, source: str, fields: FieldMap) -> Iterator[Item]:
    data = _parse_json(raw, source)
    if isinstance(data, dict):
        inner = next((data[key] for key in ("articles", "items", "documents", "data")
                      if isinstance(data.get(key), list)), None)
        data = inner if inner is not None else [data]
    if not isinstance(data, list):
        raise DocumentError(source, "bad_json", "expected an object or an array of objects")
    for index, record in enumerate(data):
        yield record_document(record, f"{source}#{index}", fields)


def _read_jsonl(raw: bytes, source: str, fields: FieldMap) -> Iterator[Item]:
    text = decode_bytes(raw, source)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        line_source = f"{source}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Rejection(line_source, "bad_json", str(error))
            continue
        yield record_document(record, line_source, fields)


def record_document(record: Any, source: str, fields: FieldMap) -> Item:
    """A JSON-like record becomes a Document; its own ``id`` is kept as ``source_id``."""
    if not isinstance(record, dict):
        return Rejection(source, "bad_record", f"expected an object, got {type(record).__name__}")
    mapped = fields.apply(record)
    if not mapped.get("text") and not mapped.get("html"):
        return Rejection(source, "no_text", "the record has no text or html field "
                         "(map one with --field text=NAME)")
    raw = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    source_id = mapped.get("id")
    return Document(source=source, kind="record", raw=raw,
                    source_id=None if source_id is None else str(source_id),
                    url=mapped.get("url"), fields=mapped)


def _read_feed(raw: bytes, source: str, fields: FieldMap) -> Iterator[Item]:
    import feedparser

    feed = feedparser.parse(raw)
    if not feed.entries:
        reason = str(feed.get("bozo_exception") or "no entries")
        raise DocumentError(source, "bad_feed", f"not an RSS/Atom feed with entries ({reason})")
    outlet = feed.feed.get("title")
    for index, entry in enumerate(feed.entries):
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        record = {
            "id": entry.get("id") or entry.get("link"),
            "url": entry.get("link"),
            "title": entry.get("title"),
            "text": body,
            "date": entry.get("published") or entry.get("updated"),
            "author": entry.get("author"),
            "source": outlet,
        }
        yield record_document(record, f"{source}#{index}", fields)


def _read_warc(file: Path | io.BytesIO, source: str, limits: Limits) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stream = open(file, "rb") if isinstance(file, Path) else file  # noqa: SIM115
    records = pages = 0
    try:
        for record in ArchiveIterator(stream):
            records += 1
            if record.rec_type != "response":
                continue
            content_type = record.http_headers.get_header("Content-Type", "") \
                if record.http_headers else ""
            if "html" not in content_type:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            raw = record.content_stream().read(limits.max_document_bytes + 1)
            pages += 1
            yield _sized(Document(source=url or source, kind="html", raw=raw, url=url), limits)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, TypeError) as error:
        # warcio fails on damaged input with whatever error the broken field causes
        yield Rejection(source, "bad_warc", f"cannot read WARC ({type(error).__name__}: {error})")
    else:
        if records == 0:
            yield Rejection(source, "bad_warc", "no WARC records found")
        elif pages == 0:
            yield Rejection(source, "no_html", f"{records} WARC records, none an HTML response")
    finally:
        if isinstance(file, Path):
            stream.close()
