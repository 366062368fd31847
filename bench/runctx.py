"""What every section of a benchmark run shares."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from loadgen import Load, LoadGenerator, LoadResult
from procs import AUTH_ID, basic_auth, request

SRC = "14155550100"
DESTINATIONS = [f"1415555{n:04d}" for n in range(123, 133)]  # ten distinct US numbers
TEXT = "Your verification code is 482913"


def send_body(destinations: int = 1) -> bytes:
    return json.dumps({"src": SRC, "dst": "<".join(DESTINATIONS[:destinations]), "text": TEXT}).encode()


def message_path(uuid: str) -> str:
    return f"/v1/Account/{AUTH_ID}/Message/{uuid}/"


def send_one(port: int, destinations: int = 1) -> list[str]:
    """Send through HTTP; the new message uuids."""
    status, body = request(
        port,
        "POST",
        f"/v1/Account/{AUTH_ID}/Message/",
        send_body(destinations),
        {"Authorization": basic_auth(), "Content-Type": "application/json"},
    )
    if status != 202:
        raise RuntimeError(f"send answered {status}: {body[:300]!r}")
    return [str(u) for u in json.loads(body)["message_uuid"]]


@dataclass
class RunContext:
    quick: bool
    loads: LoadGenerator
    profile: bool = True  # profile what misses its target
    work: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="plivo-bench-")))
    # Numbers one section measures and another compares against (the emulator's POST ceiling).
    shared: dict[str, float] = field(default_factory=dict)
    _dbs: int = 0

    def pick(self, full: float, quick: float) -> float:
        return quick if self.quick else full

    def count(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def new_db(self) -> Path:
        self._dbs += 1
        return self.work / f"emulator-{self._dbs}.db"

    def load(self, load: Load) -> LoadResult:
        return self.loads.run(load)
