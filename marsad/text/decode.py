"""Turn raw bytes into text, or say clearly why not.

Order matters: a BOM is authoritative; strict UTF-8 is tried next because almost all modern
pages are UTF-8 and a false positive there is nearly impossible; only then does
charset-normalizer guess (Windows-1256 Arabic pages are still common in archives).
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from marsad.errors import DocumentError

__all__ = ["decode_bytes"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab/newline/carriage return/form feed mark binary content.
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13}


def decode_bytes(raw: bytes, source: str) -> str:
    if not raw.strip():
        raise DocumentError(source, "empty", "the document has no content")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _check_text(raw.decode(encoding, errors="replace"), source)
    try:
        return _check_text(raw.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes (a truncated scrape): keep it, marking the damage,
    # rather than letting a guesser read the whole page as Windows-1256 mojibake.
    lenient = raw.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= max(2, len(lenient) // 200) and _has_multibyte(raw):
        return _check_text(lenient, source)
    if _looks_binary(raw):
        raise DocumentError(source, "binary_content", "the bytes are not text in any encoding")
    guess = from_bytes(raw[:200_000]).best()
    if guess is None or guess.encoding is None:
        raise DocumentError(source, "undecodable", "no text encoding fits these bytes")
    return _check_text(raw.decode(guess.encoding, errors="replace"), source)


def _has_multibyte(raw: bytes) -> bool:
    """Valid UTF-8 multi-byte sequences are present (so the text is UTF-8 at heart)."""
    return any(0xC2 <= byte <= 0xF4 for byte in raw[:4096]) and raw.decode(
        "utf-8", errors="ignore").encode("utf-8") != raw.decode("latin-1").encode("utf-8")


def _looks_binary(raw: bytes) -> bool:
    sample = raw[:8192]
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls > max(2, len(sample) // 100)


def _check_text(text: str, source: str) -> str:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) in _CONTROL)
    if controls > max(2, len(sample) // 100):
        raise DocumentError(source, "binary_content", "the content is binary, not text")
    replaced = sample.count("\ufffd")
    if replaced > max(8, len(sample) // 20):
        raise DocumentError(source, "undecodable", "too many bytes are invalid in any encoding")
    if not text.strip():
        raise DocumentError(source, "empty", "the document has no text")
    return text
