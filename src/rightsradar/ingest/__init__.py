"""Ingest: turn files, feeds, pages and benchmark records into stored Articles, once each."""
