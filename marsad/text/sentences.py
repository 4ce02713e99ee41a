"""Sentence splitting for Arabic, Persian, English and Russian.

Rule-based on purpose: news sentences end in . ! ? ؟ … (optionally followed by closing quotes),
and the errors that matter are abbreviations (data in lang/*/sentences.toml) and numbers like
3.5. Paragraph breaks always end a sentence.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.lang import load_toml
from marsad.records import Article, Sentence
from marsad.registry import register

__all__ = ["split_sentences", "SentencesStage"]

_LETTER = "[\u0620-\u064A\u066E-\u06D3]"
# a full stop between two Arabic-script words with the space lost in scraping
# ("سنوات.وبدأت روسيا"); two letters before it, so "أ.د" stays an abbreviation
_END = re.compile(rf"[.!?؟…]+[\"'”»)\]]*(?=\s|$)|(?<={_LETTER}{_LETTER})\.(?={_LETTER})")
_WORD_BEFORE = re.compile(r"(\S+?)[.!?؟…]+[\"'”»)\]]*$")


@cache
def _abbreviations(language: str | None) -> frozenset[str]:
    words = load_toml(language or "en", "sentences").get("abbreviations", [])
    return frozenset(word.lower() for word in words)


def split_sentences(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of ``text``, without surrounding white space."""
    spans: list[tuple[int, int]] = []
    abbreviations = _abbreviations(language)
    for paragraph in re.finditer(r"[^\n]+", text):
        base = paragraph.start()
        body = paragraph.group()
        start = 0
        for end_mark in _END.finditer(body):
            word = _WORD_BEFORE.search(body[start:end_mark.end()])
            if word and end_mark.group().startswith(".") and (
                    word.group(1).lower().lstrip("(\"'«") in abbreviations
                    or len(word.group(1)) == 1 and word.group(1).isalpha()):
                continue
            _add(spans, body, base, start, end_mark.end())
            start = end_mark.end()
        _add(spans, body, base, start, len(body))
    return spans


def _add(spans: list[tuple[int, int]], body: str, base: int, start: int, end: int) -> None:
    chunk = body[start:end]
    stripped = chunk.strip()
    if stripped:
        offset = start + (len(chunk) - len(chunk.lstrip()))
        spans.append((base + offset, base + offset + len(stripped)))


@register("sentences.v1")
class SentencesStage:
    name = "sentences.v1"
    requires = ("text", "paragraphs")
    provides = ("sentences",)

    def __call__(self, article: Article) -> Article:
        sentences: list[Sentence] = []
        for index, paragraph in enumerate(article.paragraphs):
            chunk = article.text[paragraph.start:paragraph.end]
            for start, end in split_sentences(chunk, paragraph.language or article.language):
                sentences.append(Sentence(paragraph.start + start, paragraph.start + end, index))
        article.sentences = sentences
        return article
