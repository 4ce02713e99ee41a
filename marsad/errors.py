"""A small exception hierarchy with stable codes.

The library raises; the CLI maps errors to exit codes; the pipeline turns a document's error
into a stored rejection (code + message) instead of letting it vanish.
"""

from __future__ import annotations

__all__ = [
    "MarsadError",
    "DocumentError",
    "ConfigError",
    "PipelineError",
    "StorageError",
]


class MarsadError(Exception):
    """Base class; ``code`` is stable across releases so scripts can match on it."""

    code = "E000"


class DocumentError(MarsadError):
    """One input document cannot be read or processed; the run goes on without it."""

    code = "E100"

    def __init__(self, source: str, reason: str, message: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}: {message}")
        self.message = message


class ConfigError(MarsadError):
    """Settings or command-line values that cannot be used."""

    code = "E200"


class PipelineError(MarsadError):
    """A pipeline cannot be built, e.g. a stage's requirement is not provided."""

    code = "E300"


class StorageError(MarsadError):
    """The store cannot be opened or migrated."""

    code = "E400"
