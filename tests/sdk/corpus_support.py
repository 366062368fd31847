"""The SDK request corpus: what each official SDK method puts on the wire, and its check against the spec.

An entry is one request: the SDK and the place in its source that builds it (repo, path, function), the
operation it reaches, the case (`minimal`: only required arguments, so unset and default values show;
`full`: every argument given), and the query and/or JSON body sent. Multipart uploads record their form
fields as the body.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from plivo_emulator.errors import ApiError
from plivo_emulator.routing import Router
from plivo_emulator.spec import Operation, Spec, load_spec
from plivo_emulator.validation import ParameterSet, SchemaCompiler

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
AUTH_ID = "MAXXXXXXXXXXXXXXXXXX"
AUTH_TOKEN = "corpus-token"  # a made-up credential the capture never checks


@dataclass
class Entry:
    sdk: str
    repo: str
    path: str
    function: str
    operation: str
    case: str
    method: str
    url_path: str
    query: list[list[str]] = field(default_factory=list)
    body: Any = None
    content_type: str = "application/json"

    @staticmethod
    def load(path: Path) -> list[Entry]:
        return [Entry(**raw) for raw in json.loads(path.read_text(encoding="utf-8"))]


def write(path: Path, entries: list[Entry]) -> None:
    path.write_text(
        json.dumps([asdict(e) for e in entries], indent=1, sort_keys=False) + "\n", encoding="utf-8"
    )


class SpecChecker:
    """Finds the operation a request reaches and validates its query and body against the spec."""

    def __init__(self, spec: Spec | None = None) -> None:
        self.spec = spec or load_spec(ROOT / "openapi.yaml")
        self.router = Router(self.spec.operations)
        self.compiler = SchemaCompiler(self.spec.document)
        self.operations = {op.operation_id: op for op in self.spec.operations}

    def operation_of(self, method: str, url: str) -> str:
        path = urlsplit(url).path
        if not path.endswith("/"):
            path += "/"  # the Go SDK leaves the trailing slash out; Plivo serves both
        while "//" in path:
            path = path.replace("//", "/")
        return self.router.match(method, path).operation.operation_id

    def _op(self, entry: Entry) -> Operation:
        return self.operations[entry.operation]

    def problems(self, entry: Entry) -> list[str]:
        op = self._op(entry)
        found: list[str] = []
        body = entry.body
        params = ParameterSet(op, self.compiler)
        schema = op.bodies.get(entry.content_type)
        # Options of a bodiless operation sent in a JSON body are read as query parameters, as Plivo does.
        extra = body if isinstance(body, dict) and not op.bodies else None
        try:
            params.query_values([(k, v) for k, v in entry.query], extra)
        except ApiError as exc:
            found.append(f"query: {exc}")
        if op.bodies and body is not None:
            if schema is None:
                found.append(f"body: {entry.content_type} is not a declared request media type")
            else:
                found.extend(self.compiler.compile(schema).messages(body, "body"))
        return found
