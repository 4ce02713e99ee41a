"""Language of an article and of each paragraph.

lingua (a well-kept n-gram detector that runs offline) decides in general. For Arabic-script
paragraphs — the case that matters most here and where short lines are hard — a cheap test on
letters and function words that exist in only one of Arabic or Persian settles most lines first,
which is both more reliable on a two-word line and far faster over a 31k-article corpus; lingua,
limited to the two, takes only the lines that test leaves open.
"""

from __future__ import annotations

import re
from functools import cache

from marsad.lang import load_toml
from marsad.records import Article, Paragraph
from marsad.registry import register

__all__ = ["detect_language", "LanguageStage", "SUPPORTED"]

SUPPORTED = ("ar", "fa", "en", "ru", "tr", "he", "fr", "ur")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_HEBREW = re.compile(r"[\u0590-\u05FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
# Persian is often typed with Arabic yeh and kaf (Fars News does): compare in each one's letters.
_AS_PERSIAN = str.maketrans("يكى", "یکی")
_AS_ARABIC = str.maketrans("یک", "يك")
_URDU_LETTERS = re.compile(r"[ٹڈڑںےھ]")
_TOKEN = re.compile(r"[\u0600-\u06FF\u200c]+")


@cache
def _cues(language: str) -> tuple[re.Pattern[str], frozenset[str]]:
    data = load_toml(language, "language")
    return re.compile(f"[{data['letters']}]"), frozenset(data["words"])


@cache
def _detector(languages: tuple[str, ...]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in languages]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


def _lingua(text: str, languages: tuple[str, ...]) -> str | None:
    found = _detector(languages).detect_language_of(text)
    return None if found is None else found.iso_code_639_1.name.lower()


def _arabic_or_persian(text: str) -> str | None:
    """'fa' or 'ar' when letters and function words leave no doubt, else None."""
    persian_letters, persian_words = _cues("fa")
    arabic_letters, arabic_words = _cues("ar")
    persian = len(persian_letters.findall(text))
    arabic = len(arabic_letters.findall(text))
    persian += 2 * sum(1 for t in _TOKEN.findall(text.translate(_AS_PERSIAN))
                       if t in persian_words)
    arabic += 2 * sum(1 for t in _TOKEN.findall(text.translate(_AS_ARABIC))
                      if t in arabic_words)
    if persian >= 2 and arabic == 0 or persian > 3 * arabic + 2:
        return "fa"
    if arabic >= 2 and persian == 0 or arabic > 3 * persian + 2:
        return "ar"
    return None


SHORT_LETTERS = 40


def detect_language(text: str, context: str | None = None) -> str | None:
    """ISO 639-1 code of ``text``, or None when it has no letters to go by.

    ``context`` is the language around the text (the article's, for a paragraph): a short
    Arabic-script line with no telling letter or word (a lone name such as بلاتر) takes it,
    since no detector can tell such a line's language by itself.
    """
    sample = text[:3000]
    arabic_script = len(_ARABIC_SCRIPT.findall(sample))
    counts = {
        "arabic": arabic_script,
        "cyrillic": len(_CYRILLIC.findall(sample)),
        "hebrew": len(_HEBREW.findall(sample)),
        "latin": len(_LATIN.findall(sample)),
    }
    script, count = max(counts.items(), key=lambda item: item[1])
    if count == 0:
        return None
    # Latin runs inside Arabic-script articles are mostly names, captions or scraped code;
    # a quarter of the letters in Arabic script is already an Arabic-script text.
    if arabic_script >= 0.25 * sum(counts.values()):
        script = "arabic"
    if script == "arabic":
        by_cues = _arabic_or_persian(sample)
        if by_cues:
            return by_cues
        if context in ("ar", "fa", "ur") and arabic_script < SHORT_LETTERS:
            return context
        candidates = ("ar", "fa", "ur") if _URDU_LETTERS.search(sample) else ("ar", "fa")
        return _lingua(sample, candidates)
    if script == "cyrillic":
        return "ru"
    if script == "hebrew":
        return "he"
    return _lingua(sample, ("en", "fr", "tr", "de", "es"))


@register("language.v1")
class LanguageStage:
    """Language of the article, then of each paragraph with the article's as context."""

    name = "language.v1"
    requires = ("text",)
    provides = ("language", "paragraphs")

    def __call__(self, article: Article) -> Article:
        article.language = detect_language(article.text) or detect_language(
            article.title or "")
        article.paragraphs = [
            Paragraph(match.start(), match.end(),
                      detect_language(match.group(), context=article.language))
            for match in re.finditer(r"[^\n]+", article.text) if match.group().strip()]
        return article
