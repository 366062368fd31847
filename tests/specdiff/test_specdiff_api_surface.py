"""The Python client's public API is read with ast and compared: what a user can import and call."""

from __future__ import annotations

from pathlib import Path

from specdiff.api_surface import compare, read_package
from specdiff_support import REPO

PACKAGE = REPO / "generated" / "plivo-messaging" / "plivo_messaging"


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "pkg"


OLD = {
    "__init__.py": "",
    "_private.py": "def hidden() -> None: ...\n",
    "models/__init__.py": "",
    "models/message.py": (
        "from enum import Enum\n"
        "class MessageState(str, Enum):\n    QUEUED = 'queued'\n    SENT = 'sent'\n"
        "class Message:\n    message_state: MessageState\n    units: str\n    _cache: int\n"
        "    def to_dict(self) -> dict[str, object]: ...\n"
    ),
    "api/send.py": "def sync(*, body: str) -> int: ...\nasync def asyncio(*, body: str) -> int: ...\n",
    "old.py": "",
}
NEW = {
    "__init__.py": "",
    "_private.py": "def hidden(x: int) -> None: ...\n",
    "models/__init__.py": "",
    "models/message.py": (
        "from enum import Enum\n"
        "class MessageState(str, Enum):\n    QUEUED = 'queued'\n    FAILED = 'failed'\n"
        "class Message:\n    message_state: MessageState | str\n    error_code: str\n"
        "    def to_dict(self) -> dict[str, object]: ...\n"
        "class Extra:\n    pass\n"
    ),
    "api/send.py": (
        "def sync(*, body: str, url: str = '') -> int: ...\n"
        "async def asyncio(*, body: str) -> int | None: ...\n"
    ),
    "new.py": "def helper() -> None: ...\n",
}


def test_every_kind_of_public_change_is_named(tmp_path: Path) -> None:
    old = read_package(write(tmp_path / "old", OLD))
    new = read_package(write(tmp_path / "new", NEW))
    assert compare(old, new) == [
        "Removed module `pkg.old`.",
        "Added module `pkg.new`.",
        "Return type of `pkg.api.send.asyncio` changed: `int` -> `int | None`.",
        "Changed signature of `pkg.api.send.sync`: "
        "`(*, body: str) -> int` -> `(*, body: str, url: str='') -> int`.",
        "Added class `pkg.models.message.Extra`.",
        "Removed attribute `Message.units`.",
        "Added attribute `Message.error_code`.",
        "Retyped attribute `Message.message_state`: `MessageState` -> `MessageState | str`.",
        "Removed enum member `MessageState.SENT`.",
        "Added enum member `MessageState.FAILED`.",
    ]


def test_the_generated_package_reads_as_its_models_and_operations() -> None:
    api = read_package(PACKAGE)
    assert "message_state" in api["plivo_messaging.models.message"].classes["Message"].attributes
    assert {"sync", "asyncio"} <= api["plivo_messaging.api.messages.send_message"].functions.keys()
    assert compare(api, api) == []
