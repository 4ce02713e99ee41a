"""Keys for matching names: a folded token key, and a cross-script phonetic key.

The phonetic key maps Arabic, Persian, Cyrillic and Latin letters to shared consonant classes
and drops vowels and weak letters, so سيرغي فيرشينين, سرگئی ورشینین, Сергей Вершинин and
Sergei Vershinin meet on one key. It is a recall device for names the KB does not spell that
way; exact folded keys always win over it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.text.normalize import _ARABIC_MAP, ZWNJ, _map_chars

__all__ = ["name_key", "phonetic_key", "fold_token", "lower_case_word", "MIN_PHONETIC_KEY",
           "spelt_alike"]

# a key of fewer consonant classes joins unrelated names ("زويد" of Sheikh Zuweid and "الأسد"
# are both "sd"): such names link by their spelling only
MIN_PHONETIC_KEY = 4

# Arabic short vowels and shadda are marks, not \w: kept in the word for fold_token to drop
_PUNCT = re.compile(r"[^\w\s\u0610-\u061a\u064b-\u065f\u0670]|_")


@lru_cache(maxsize=50_000)
def fold_token(token: str) -> str:
    """Arabic letter variants, Persian ی/ک, digits folded; ZWNJ dropped; Latin lower-cased.
    Cached: news repeats its words, and this runs for every token of every sentence."""
    return _map_chars(token.replace(ZWNJ, ""), _ARABIC_MAP).text.lower()


def name_key(name: str) -> tuple[str, ...]:
    return tuple(fold_token(t) for t in _PUNCT.sub(" ", name.replace("-", " ")).split())


# ج and j go with k and g: Egyptian Arabic writes Russian and English g as ج (سيرجي, شويجو).
# Latin digraphs first, then single letters; Arabic script and Cyrillic letters by class.
_DIGRAPHS = [("sh", "s"), ("ch", "s"), ("zh", "s"), ("kh", "k"), ("gh", "k"), ("th", "t"),
             ("dh", "d"), ("ph", "f"), ("ts", "s"), ("ck", "k"), ("ou", "u"), ("yu", "u")]
_CLASSES = {
    "b": "bpب پ", "f": "fvفڤ", "t": "tتطث", "d": "dدضذظ", "s": "szcxصسزشژچثщшжзсцч",
    "k": "kqgjكکقغگخجкгх", "l": "lلл", "r": "rرр", "m": "mمм", "n": "nنн",
}
_TABLE = {ch: cls for cls, letters in _CLASSES.items() for ch in letters.replace(" ", "")}
_TABLE.update({"б": "b", "п": "b", "в": "f", "ф": "f", "т": "t", "д": "d"})


def phonetic_key(name: str) -> str:
    words = []
    for word in map(_without_article, name_key(name)):
        if word in ("al", "el", "ibn", "bin"):
            continue
        for digraph, replacement in _DIGRAPHS:
            word = word.replace(digraph, replacement)
        letters = []
        for index, ch in enumerate(word):
            # ورشینین: an initial و is a consonant (v/w)
            cls = "f" if ch == "و" and index == 0 else _TABLE.get(ch)
            if cls and (not letters or letters[-1] != cls):
                letters.append(cls)
        if letters:
            words.append("".join(letters))
    return "".join(words)  # "أبو قصرة" and "ابوقصره" are one name


def lower_case_word(word: str) -> bool:
    """A word of a script with letter case (Latin, Cyrillic) that starts in lower case: no
    name ("denounced", "led"); Arabic and Persian letters have no case, so this never rules
    out a name of theirs."""
    return word[:1].islower()  # False for a caseless letter, a digit or an empty word


_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def spelt_alike(name: str, others: list[str]) -> bool:
    """Whether ``name`` is one of ``others`` (names sharing its phonetic key) spelt another
    way. Across scripts the key is the evidence (Сергей Лавров, سيرغي لافروف); within Arabic
    script it is not: the key drops the long vowels, so names of one root meet on it (سلمان
    and سليماني: King Salman was linked as Qasem Soleimani 900 times in SaudiNewsNet), and a
    spelling variant differs by a letter (بوغدانوف, بوجدانوف) or two in a long name. So where
    ``others`` has names in ``name``'s script, one of them must be that close."""
    arabic = bool(_ARABIC_SCRIPT.search(name))
    same = [o for o in others if bool(_ARABIC_SCRIPT.search(o)) == arabic]
    if not same:
        return True
    a = _letters(name)
    return any(_edits(a, b) <= (1 if max(len(a), len(b)) < 10 else 2)
               for b in map(_letters, same))


def _without_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _letters(name: str) -> str:
    return "".join(map(_without_article, name_key(name)))


def _edits(a: str, b: str) -> int:
    """Levenshtein distance; names are short, so the plain table is enough (no dependency)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        previous, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            previous, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, previous + (x != y))
    return row[-1]
