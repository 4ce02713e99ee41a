"""Scraped text pages (no markup): tell article lines from page furniture.

A line classifier in the spirit of jusText, adapted to pages that lost their markup:

1. every line gets features: its key form matched against the furniture lexicons
   (lang/*/boilerplate.toml), repetition of the title, an absolute date in a short line,
   an outlet name, a caption position, its length and its density of function words;
2. a left-to-right pass assigns labels with the page's structure in mind (header before the
   first body paragraph, the tail after an end marker such as "اترك تعليقاً" or a source line);
3. a context pass settles short lines: a short line between body paragraphs is a sub-heading
   (kept); one after the last body paragraph is furniture.

Metadata lines (date, outlet, source/author) are not article text; what they say is kept as
the article's publication date, outlet and author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from marsad.extract.outlets import outlet_by_name
from marsad.lang import languages_with, load_toml
from marsad.text.normalize import key_form, match_key
from marsad.time.absolute import find_absolute_dates

__all__ = ["TextPage", "Line", "classify_page", "is_furniture_line"]

BODY_LABELS = frozenset({"body", "subheading"})
_SENTENCE_END = re.compile(r"[.!?؟…:»\"”)]\s*$")
_CREDIT = re.compile(r"\([^()]{2,40}\)\s*$")
_DASH_SPLIT = re.compile(r"\s+[-–—|]\s+")
_WORD = re.compile(r"\w+")


@dataclass
class Line:
    number: int  # 1-based, as in the source
    text: str
    label: str = "blank"


@dataclass
class TextPage:
    lines: list[Line]
    title: str | None = None
    publication_date: str | None = None
    outlet: str | None = None
    author: str | None = None
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def body(self) -> str:
        return "\n".join(line.text.strip() for line in self.lines if line.label in BODY_LABELS)

    @property
    def boilerplate_lines(self) -> list[int]:
        return [line.number for line in self.lines
                if line.label not in BODY_LABELS | {"blank", "title"}]


@dataclass(frozen=True)
class Lexicon:
    furniture: frozenset[str]
    furniture_patterns: tuple[re.Pattern[str], ...]
    end: frozenset[str]
    end_patterns: tuple[re.Pattern[str], ...]
    related: frozenset[str]
    source_prefixes: tuple[str, ...]
    author_prefixes: tuple[str, ...]
    stopwords: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """Furniture of every language at once: pages mix scripts, and entries are exact lines."""
    sets: dict[str, set[str]] = {k: set() for k in ("furniture", "end", "related", "stop")}
    patterns: dict[str, list[re.Pattern[str]]] = {"furniture": [], "end": []}
    source: set[str] = set()
    author: set[str] = set()
    for language in languages_with("boilerplate"):
        data = load_toml(language, "boilerplate")
        for section in ("furniture", "end"):
            sets[section] |= {match_key(x) for x in data.get(section, {}).get("exact", [])}
            patterns[section] += [re.compile(p, re.IGNORECASE)
                                  for p in data.get(section, {}).get("patterns", [])]
        sets["related"] |= {match_key(x) for x in data.get("related", {}).get("exact", [])}
        source |= set(data.get("metadata", {}).get("source", []))
        author |= set(data.get("metadata", {}).get("author", []))
    for language in languages_with("stopwords"):
        sets["stop"] |= {match_key(w) for w in load_toml(language, "stopwords")["words"]}
    return Lexicon(frozenset(sets["furniture"]), tuple(patterns["furniture"]),
                   frozenset(sets["end"]), tuple(patterns["end"]), frozenset(sets["related"]),
                   tuple(sorted(source, key=len, reverse=True)),
                   tuple(sorted(author, key=len, reverse=True)), frozenset(sets["stop"]))


def classify_page(text: str) -> TextPage:
    page = TextPage([Line(number, raw.rstrip("\r"))
                     for number, raw in enumerate(text.split("\n"), start=1)])
    lex = lexicon()
    title_index = _find_title(page.lines, lex)
    if title_index is not None:
        page.lines[title_index].label = "title"
        page.title = page.lines[title_index].text.strip()
    _label_lines(page, lex)
    _settle_short_lines(page.lines)
    _read_metadata(page, lex)
    return page


def is_furniture_line(line: str) -> bool:
    """Whether one line is page furniture by the lexicons alone (a share button's label, a
    tags line), with no page around it to weigh: for records, whose text a scraper already
    cut from its page but not always cleanly. The line's key is not cached: a record's lines are
    seen once, and caching each of them grew a worker by ~100 MB over SaudiNewsNet."""
    return _is_furniture(line, key_form(line), lexicon())


def _is_furniture(line: str, key: str, lex: Lexicon) -> bool:
    return key in lex.furniture or any(p.search(line) for p in lex.furniture_patterns)


def _is_end(line: str, key: str, lex: Lexicon) -> bool:
    return key in lex.end or any(p.search(line) for p in lex.end_patterns)


def _metadata_prefix(line: str, lex: Lexicon) -> str | None:
    """The source/author prefix a metadata line starts with ('المصدر:', 'By:'), if any."""
    found = _prefix_pattern(lex).match(line.strip().lstrip("●•-–— "))
    return found.group(1) if found else None


@cache
def _prefix_pattern(lex: Lexicon) -> re.Pattern[str]:
    prefixes = "|".join(re.escape(p) for p in lex.source_prefixes + lex.author_prefixes)
    return re.compile(rf"({prefixes})\s*[:：]", re.IGNORECASE)


def _find_title(lines: list[Line], lex: Lexicon) -> int | None:
    """The first line near the top that reads like a headline (three words or more)."""
    seen = 0
    fallback = None
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        if not stripped:
            continue
        seen += 1
        if seen > 8:
            break
        key = match_key(stripped)
        if _is_furniture(stripped, key, lex) or _is_end(stripped, key, lex) or not key:
            continue
        if _metadata_prefix(stripped, lex) or _looks_like_date_line(stripped):
            continue
        fallback = index if fallback is None else fallback
        if 3 <= len(key.split()) <= 40:
            return index
    return fallback


def _looks_like_date_line(line: str) -> bool:
    return len(line.split()) <= 12 and not _SENTENCE_END.search(line) and bool(
        find_absolute_dates(line))


def _stop_density(key: str, lex: Lexicon) -> float:
    words = key.split()
    if not words:
        return 0.0
    return sum(1 for w in words if w in lex.stopwords or w[1:] in lex.stopwords) / len(words)


def _is_long(line: str, key: str, lex: Lexicon) -> bool:
    words = len(key.split())
    if words >= 10:
        return _stop_density(key, lex) >= 0.04 or bool(_SENTENCE_END.search(line))
    return words >= 6 and bool(_SENTENCE_END.search(line)) and _stop_density(key, lex) > 0


def _label_lines(page: TextPage, lex: Lexicon) -> None:
    title_key = match_key(page.title) if page.title else None
    in_tail = seen_body = expect_caption = related_pending = False
    for line in page.lines:
        stripped = line.text.strip()
        if line.label == "title" or not stripped:
            continue
        key = match_key(stripped)
        label = "short"
        if in_tail:
            label = "tail"
        elif _is_end(stripped, key, lex):
            label, in_tail = ("end", True) if seen_body else ("furniture", False)
        elif _metadata_prefix(stripped, lex):
            label, in_tail = "metadata", seen_body
        elif _is_furniture(stripped, key, lex):
            label = "furniture"
            expect_caption = bool(re.match(r"(?i)^(?:image|img|photo|pic)", stripped))
            line.label = label
            continue
        elif key in lex.related:
            label, related_pending = "related", True
        elif title_key and key == title_key:
            label = "repeat"
        elif (outlet_by_name(stripped) or _outlet_prefix(stripped)
              or _looks_like_date_line(stripped)):
            label = "metadata"
        elif not seen_body and (expect_caption or _CREDIT.search(stripped)
                                and not _SENTENCE_END.search(stripped[:-1].rstrip("( "))):
            label = "caption"
        elif related_pending and not _is_long(stripped, key, lex):
            label = "related"
        elif _is_long(stripped, key, lex):
            label, seen_body = "body", True
        elif not seen_body:
            label = "header"
        expect_caption = False
        if label != "related":
            related_pending = False
        line.label = label


def _outlet_prefix(line: str) -> str | None:
    """'المدن - عرب وعالم…' names the outlet before a dash: return its canonical name."""
    parts = _DASH_SPLIT.split(line, maxsplit=1)
    if len(parts) == 2:
        outlet = outlet_by_name(parts[0])
        return outlet.name if outlet else None
    return None


def _settle_short_lines(lines: list[Line]) -> None:
    """A short line followed later by body text is a sub-heading; otherwise furniture."""
    body_ahead = False
    for line in reversed(lines):
        if line.label == "body":
            body_ahead = True
        elif line.label in ("end", "tail"):
            body_ahead = False
        elif line.label == "short":
            line.label = "subheading" if body_ahead else "trailing"


def _read_metadata(page: TextPage, lex: Lexicon) -> None:
    """Date, outlet and author from the lines judged to be metadata (never from the body)."""
    meta_lines = [line.text.strip() for line in page.lines
                  if line.label in ("metadata", "header", "tail", "furniture", "trailing")]
    for text in meta_lines:
        if page.publication_date is None and len(text.split()) <= 14:
            dates = find_absolute_dates(text)
            if dates:
                page.publication_date = dates[0].value.isoformat()
        fields = _metadata_fields(text, lex)
        if "source" in fields and page.outlet is None:
            outlet = outlet_by_name(fields["source"])
            page.outlet = outlet.name if outlet else None
        if "author" in fields and page.author is None:
            page.author = fields["author"]
    if page.outlet is None:
        for text in meta_lines:
            outlet = outlet_by_name(text)
            name = outlet.name if outlet else _outlet_prefix(text)
            if name:
                page.outlet = name
                break


def _metadata_fields(line: str, lex: Lexicon) -> dict[str, str]:
    """Split 'المصدر: شبكة شام الكاتب: فريق التحرير' into {'source': …, 'author': …}."""
    prefixes = [(p, "source") for p in lex.source_prefixes] + [
        (p, "author") for p in lex.author_prefixes]
    alternation = "|".join(re.escape(p) for p, _ in prefixes)
    kinds = {match_key(p): kind for p, kind in prefixes}
    fields: dict[str, str] = {}
    parts = re.split(rf"(?i)(?:^|\s)({alternation})\s*[:：]\s*", line.strip().lstrip("●•-–— "))
    for name, value in zip(parts[1::2], parts[2::2], strict=False):
        kind = kinds.get(match_key(name))
        if kind and value.strip():
            fields.setdefault(kind, value.strip())
    return fields
