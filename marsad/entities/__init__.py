"""Entities: mention detection and linking to the knowledge base (marsad.kb)."""
