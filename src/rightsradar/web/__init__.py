"""The web layer: FastAPI app (HTTP API and dashboard pages). Build it with ``create_app``."""
