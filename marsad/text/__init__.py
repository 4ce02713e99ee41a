"""Text-level stages and helpers: decoding, script normalisation, language, sentences."""
