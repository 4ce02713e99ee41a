"""An explicit registry of pipeline stages, looked up by stable, versioned names.

Built-in stages register through the same ``marsad.stages`` entry-point group that other
packages use, so the plug-in API is the one marsad itself depends on.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Protocol

from marsad.errors import PipelineError
from marsad.records import Article

__all__ = ["Stage", "register", "get_stage", "stage_names"]


class Stage(Protocol):
    """One job over an Article: reads the fields in ``requires``, fills those in ``provides``."""

    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


StageFactory = Callable[..., Stage]
_FACTORIES: dict[str, StageFactory] = {}
_BUILTINS = (
    "marsad.extract.stage",
    "marsad.text.language",
    "marsad.text.normalize",
    "marsad.text.sentences",
    "marsad.time.stage",
    "marsad.entities.stage",
    "marsad.places.stage",
    "marsad.events.stage",
)
_loaded = False


def register(name: str) -> Callable[[StageFactory], StageFactory]:
    """Class or function decorator: ``@register("extract.v1")``."""

    def decorate(factory: StageFactory) -> StageFactory:
        if name in _FACTORIES and _FACTORIES[name] is not factory:
            raise PipelineError(f"stage name {name!r} registered twice")
        _FACTORIES[name] = factory
        return factory

    return decorate


def _load() -> None:
    global _loaded
    if _loaded:
        return
    import importlib

    for module in _BUILTINS:
        importlib.import_module(module)
    for entry in entry_points(group="marsad.stages"):
        entry.load()
    _loaded = True


def get_stage(name: str, **options: object) -> Stage:
    _load()
    try:
        factory = _FACTORIES[name]
    except KeyError:
        known = ", ".join(sorted(_FACTORIES))
        raise PipelineError(f"unknown stage {name!r}; known stages: {known}") from None
    return factory(**options)


def stage_names() -> list[str]:
    _load()
    return sorted(_FACTORIES)
