"""A local, stateful emulator of Plivo's Messaging API, driven by openapi.yaml."""

from __future__ import annotations

from .config import Settings
from .emulator import create_app

__all__ = ["Settings", "create_app"]
