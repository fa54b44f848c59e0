"""Resolve stage: syndicated copies collapse, reports of one attack join one incident,
victims link to persons. Entry point: ``resolve.service.resolve_pending``."""
