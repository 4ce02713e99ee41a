"""Ingestion: turn paths (files, folders, archives, feeds, WARC) into Documents."""

from marsad.ingest.fields import FieldMap
from marsad.ingest.readers import iter_documents

__all__ = ["FieldMap", "iter_documents"]
