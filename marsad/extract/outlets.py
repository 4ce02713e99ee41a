"""Recognise news outlets by name (any script), by id or by web domain (lang/common/outlets.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from urllib.parse import urlparse

from marsad.lang import load_tsv
from marsad.text.normalize import match_key

__all__ = ["Outlet", "outlet_by_name", "outlet_by_url", "outlet_by_id"]


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    domains: tuple[str, ...]
    country: str | None = None  # where it is published (ISO alpha-3)


@cache
def _index() -> tuple[dict[str, Outlet], dict[str, Outlet], dict[str, Outlet]]:
    by_id: dict[str, Outlet] = {}
    by_key: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for row in load_tsv("common", "outlets"):
        outlet = Outlet(row["id"], row["name"], tuple(row["domains"].split("|")),
                        row.get("country") or None)
        by_id[outlet.id] = outlet
        for name in [outlet.name, *row["names"].split("|")]:
            by_key.setdefault(match_key(name.lstrip("~")), outlet)
        for domain in outlet.domains:
            by_domain[domain.lower()] = outlet
    return by_id, by_key, by_domain


def outlet_by_id(outlet_id: str) -> Outlet | None:
    return _index()[0].get(outlet_id.strip().lower())


def outlet_by_name(name: str) -> Outlet | None:
    return _index()[1].get(match_key(name))


def outlet_by_url(url: str | None) -> Outlet | None:
    """The outlet whose domain (or domain/path prefix) the URL is on."""
    if not url:
        return None
    parsed = urlparse(url if "//" in url else f"//{url}")
    host = (parsed.hostname or "").lower().removeprefix("www.")
    domains = _index()[2]
    first_path = parsed.path.strip("/").split("/")[0]
    if first_path and f"{host}/{first_path}" in domains:
        return domains[f"{host}/{first_path}"]
    parts = host.split(".")
    for i in range(len(parts) - 1):
        if ".".join(parts[i:]) in domains:
            return domains[".".join(parts[i:])]
    return None


def outlet_from_domain(url: str | None) -> str | None:
    """A known outlet's name, else the bare domain: the honest fallback for unknown sites."""
    known = outlet_by_url(url)
    if known:
        return known.name
    if not url:
        return None
    host = (urlparse(url if "//" in url else f"//{url}").hostname or "").removeprefix("www.")
    return host or None
