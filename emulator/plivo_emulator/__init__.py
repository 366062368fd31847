"""A local, stateful emulator of Plivo's Messaging API, driven by openapi.yaml."""

from __future__ import annotations

from .app import create_app
from .config import Settings

__all__ = ["Settings", "create_app"]
