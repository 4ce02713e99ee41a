"""Writers for exported records: JSON Lines, CSV and Parquet, to a file or standard output."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from marsad.errors import ConfigError

__all__ = ["EXPORT_FORMATS", "write_records"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet")


def write_records(records: Iterable[dict[str, Any]], fmt: str,
                  output: str | Path | None = None) -> int:
    """Write records; return how many. Nested values become JSON text in CSV."""
    if fmt not in EXPORT_FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "parquet":
        if output is None or str(output) == "-":
            raise ConfigError("parquet export needs an output file (-o FILE)")
        return _parquet(records, Path(output))
    stream = sys.stdout if output in (None, "-") else open(  # noqa: SIM115
        output, "w", encoding="utf-8", newline="")
    try:
        return _jsonl(records, stream) if fmt == "jsonl" else _csv(records, stream)
    finally:
        if stream is not sys.stdout:
            stream.close()


def _jsonl(records: Iterable[dict[str, Any]], stream: io.TextIOBase) -> int:
    count = 0
    for record in records:
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _flat(value: Any) -> Any:
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _csv(records: Iterable[dict[str, Any]], stream: io.TextIOBase) -> int:
    writer = None
    count = 0
    for record in records:
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(record))
            writer.writeheader()
        writer.writerow({k: _flat(v) for k, v in record.items()})
        count += 1
    return count


def _parquet(records: Iterable[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(records)  # Parquet keeps lists and nested records as typed columns
    table = pa.Table.from_pylist(rows) if rows else pa.table({})
    pq.write_table(table, path)
    return len(rows)
