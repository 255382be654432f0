"""The local web app: FastAPI with server-side pages; every page also as ``.json``."""
from __future__ import annotations

from .app import create_app


def serve(db: str, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Serve the store read-only until interrupted (binds to loopback by default)."""
    import uvicorn

    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")


__all__ = ["create_app", "serve"]
