"""Script normalisation that keeps the original text and a map back to its offsets.

Arabic and Persian get different rules: Arabic folds alef/hamza forms, alef maqsura and ta
marbuta (Larkey's light normalisation, the usual choice for Arabic search); Persian maps Arabic
yeh/kaf to their Persian forms and restores a lost ZWNJ only where it is certain. Running Arabic
rules on Persian would turn ی into ي and break Persian words, so the language decides.

Every rule replaces, deletes or inserts characters; ``Normalized.offsets[i]`` is the index in
the original text of normalised character ``i`` (an inserted character maps to the character
it precedes), so a match found in normalised text points back to the original exactly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from marsad.lang import load_toml
from marsad.records import Article
from marsad.registry import register

__all__ = ["Normalized", "normalize", "match_key", "key_form", "NormalizeStage"]

ZWNJ = "\u200c"
_DIACRITICS = set(chr(c) for c in range(0x064B, 0x0653)) | {"\u0670", "\u0656", "\u0657"}
_TATWEEL = "\u0640"
_DIGITS = {**{chr(0x0660 + i): str(i) for i in range(10)},
           **{chr(0x06F0 + i): str(i) for i in range(10)}}
_ARABIC_MAP = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك",
               **_DIGITS}
_PERSIAN_MAP = {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "ٱ": "ا",
                **_DIGITS}
_WORD = re.compile(r"[\u0600-\u06FF\u200c]+")


@dataclass(frozen=True)
class Normalized:
    text: str
    offsets: list[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of normalised text back to the original text."""
        if start >= len(self.offsets):
            return self.offsets[-1] + 1, self.offsets[-1] + 1
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str, language: str | None) -> Normalized:
    if language == "fa":
        return _persian(text)
    if language in ("ar", "ur", None):
        return _map_chars(text, _ARABIC_MAP)
    return _map_chars(text, _DIGITS)


def _map_chars(text: str, mapping: dict[str, str]) -> Normalized:
    """One-for-one replacements and deletions via str.translate (C speed); offsets are the
    indices of the characters that were kept."""
    out = text.translate(_translation(id(mapping), mapping))
    if len(out) == len(text):
        return Normalized(out, list(range(len(text))))
    return Normalized(out, [i for i, ch in enumerate(text) if ch not in _DELETED])


_DELETED = frozenset(_DIACRITICS | {_TATWEEL})
_TABLES: dict[int, dict[int, str | None]] = {}


def _translation(key: int, mapping: dict[str, str]) -> dict[int, str | None]:
    table = _TABLES.get(key)
    if table is None:
        table = {ord(ch): None for ch in _DELETED}
        table.update({ord(k): v for k, v in mapping.items()})
        _TABLES[key] = table
    return table


def _persian(text: str) -> Normalized:
    mapped = _map_chars(text, _PERSIAN_MAP)
    return _restore_zwnj(mapped)


@cache
def _zwnj_rules() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """A present stem needs a personal ending (می‌شود, not میدان 'square'); a past stem may
    stand alone (می‌شد). Nouns that still look like verbs are listed as exceptions."""
    data = load_toml("fa", "zwnj")

    def alternation(words: list[str]) -> str:
        return "|".join(sorted(set(words), key=len, reverse=True))

    endings = alternation([e for e in data["endings"] if e])
    verb = re.compile(
        rf"^({alternation(data['prefixes'])})[ ]?"
        rf"(?:(?:{alternation(data['present_stems'])})(?:{endings})"
        rf"|(?:{alternation(data['past_stems'])})(?:{endings})?)$")
    letters = data["joining_letters"]
    minimum = data["min_stem_letters"]
    plural = re.compile(
        rf"^([\u0600-\u06FF]{{{minimum - 1},}}[{letters}])({alternation(data['suffixes'])})$")
    return verb, plural, frozenset(data["exceptions"])


def _restore_zwnj(norm: Normalized) -> Normalized:
    """Insert ZWNJ (or turn a space into one) in verb prefixes and plural suffixes when sure."""
    verb, plural, exceptions = _zwnj_rules()
    text, offsets = norm.text, norm.offsets
    edits: list[tuple[int, int, str]] = []  # (position, length replaced, inserted text)
    for match in re.finditer(r"(?<![\u0600-\u06FF])(ن?می) ([\u0600-\u06FF]+)", text):
        if verb.match(match.group(1) + match.group(2)):
            edits.append((match.start(1) + len(match.group(1)), 1, ZWNJ))
    for match in _WORD.finditer(text):
        word = match.group()
        if ZWNJ in word or word in exceptions:
            continue
        found = verb.match(word)
        if found:
            edits.append((match.start() + len(found.group(1)), 0, ZWNJ))
            continue
        found = plural.match(word)
        if found:
            edits.append((match.start() + len(found.group(1)), 0, ZWNJ))
    if not edits:
        return norm
    out: list[str] = []
    new_offsets: list[int] = []
    cursor = 0
    for position, replaced, inserted in sorted(edits):
        out.append(text[cursor:position])
        new_offsets.extend(offsets[cursor:position])
        out.append(inserted)
        new_offsets.append(offsets[position] if position < len(offsets) else offsets[-1] + 1)
        cursor = position + replaced
    out.append(text[cursor:])
    new_offsets.extend(offsets[cursor:])
    return Normalized("".join(out), new_offsets)


_KEY_DROP = re.compile(r"[^\w\s]|_", re.UNICODE)
_SPACES = re.compile(r"\s+")


@cache
def match_key(text: str) -> str:
    """``key_form``, cached: for short strings that repeat (furniture lines, outlet names)."""
    return key_form(text)


def key_form(text: str) -> str:
    """A folded form for comparing short strings (furniture lines, outlet names) in any script:
    Arabic letter variants folded, Persian yeh/kaf folded to Arabic, marks and punctuation
    dropped, Latin lower-cased. Uncached, for strings seen once (every line of a record)."""
    text = unicodedata.normalize("NFKC", text).replace(ZWNJ, " ")
    folded = _map_chars(text, _ARABIC_MAP).text.lower()
    folded = _KEY_DROP.sub(" ", folded)
    return _SPACES.sub(" ", folded).strip()


@register("normalize.v1")
class NormalizeStage:
    """Stores the normalised body for search; the original ``text`` stays untouched."""

    name = "normalize.v1"
    requires = ("text", "language")
    provides = ("normalized_text",)

    def __call__(self, article: Article) -> Article:
        article.normalized_text = normalize(article.text, article.language).text
        return article
