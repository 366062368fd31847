"""Everything built once at start-up: each served document compiled into a `Service` (operations,
router, response checks), and the `Runtime` of the app: the API's Service with the store, the clock
and the hooks every request shares.

The API (`openapi.yaml`) and the admin API (`admin-openapi.yaml`) are both Services: the same spec
loader, router, validation and response checks serve them, through `app.invoke`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, MutableMapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from .clock import Clock
from .config import Settings
from .context import AnyHandler
from .handlers import REGISTRY
from .hooks import Hooks
from .routing import Router
from .spec import Operation, Spec, SpecError, load_spec, response_key
from .store import Store
from .validation import CompiledSchema, ParameterSet, SchemaCompiler

log = logging.getLogger("plivo_emulator")


@dataclass(frozen=True)
class CompiledOperation:
    op: Operation
    params: ParameterSet
    bodies: dict[str, CompiledSchema | None]  # media type -> request body schema
    form_arrays: frozenset[str]  # multipart/form fields declared as arrays
    body_limit: int  # bytes: the largest request body read (413 beyond)
    handler: AnyHandler | None
    responses: dict[str, CompiledSchema | None]  # status -> schema (only with validate_responses)


def compile_operation(
    op: Operation,
    compiler: SchemaCompiler,
    *,
    with_responses: bool,
    handler: AnyHandler | None = None,
    json_limit: int = 0,
    upload_limit: int = 0,
) -> CompiledOperation:
    """Validators of one operation: parameters, request bodies and (with_responses) response bodies.
    The emulator's Services and the proxy (which has no handlers and reads no bodies itself) share it."""
    bodies: dict[str, CompiledSchema | None] = {}
    arrays: set[str] = set()
    for media_type, schema in op.bodies.items():
        bodies[media_type] = compiler.compile(schema) if schema is not None else None
        if schema is not None and not media_type.endswith("json"):
            props = compiler.resolve(schema).get("properties") or {}
            arrays.update(k for k, v in props.items() if "array" in compiler.types_of(v))
    responses: dict[str, CompiledSchema | None] = {}
    if with_responses:
        responses = {
            status: compiler.compile(schema) if schema is not None else None
            for status, schema in op.responses.items()
        }
    is_form = any(not m.endswith("json") for m in bodies)
    return CompiledOperation(
        op=op,
        params=ParameterSet(op, compiler),
        bodies=bodies,
        form_arrays=frozenset(arrays),
        body_limit=upload_limit if is_form else json_limit,
        handler=handler,
        responses=responses,
    )


class CompiledOperations(MutableMapping[str, CompiledOperation]):
    """The operations of a Service by operationId, each compiled when it is first asked for: a
    process serves few of them, and compiling all at start-up would delay the first answer. Like a
    dict, an entry may be replaced (tests put a handler of their own in)."""

    def __init__(self, operations: tuple[Operation, ...], build: Callable[[Operation], CompiledOperation]):
        self._ops = {op.operation_id: op for op in operations}
        self._build = build
        self._done: dict[str, CompiledOperation] = {}
        self._lock = threading.Lock()

    def __getitem__(self, operation_id: str) -> CompiledOperation:
        try:
            return self._done[operation_id]
        except KeyError:
            op = self._ops[operation_id]  # KeyError for an unknown id, as a dict
        with self._lock:
            if operation_id not in self._done:
                self._done[operation_id] = self._build(op)
            return self._done[operation_id]

    def __setitem__(self, operation_id: str, compiled: CompiledOperation) -> None:
        with self._lock:
            self._ops[operation_id] = compiled.op
            self._done[operation_id] = compiled

    def __delitem__(self, operation_id: str) -> None:
        with self._lock:
            del self._ops[operation_id]
            self._done.pop(operation_id, None)

    def __contains__(self, operation_id: object) -> bool:
        return operation_id in self._ops

    def __iter__(self) -> Iterator[str]:
        return iter(self._ops)

    def __len__(self) -> int:
        return len(self._ops)


class Service:
    """One OpenAPI document served: its operations compiled with their handlers, its router, and the
    check of every answer against it (with `validate_responses`)."""

    def __init__(
        self,
        spec: Spec,
        handler_of: Callable[[str], AnyHandler | None],
        settings: Settings,
        error_schema: str,
        json_limit: int,
    ) -> None:
        self.spec = spec
        self.validate_responses = settings.validate_responses
        self._json_limit = json_limit
        self._upload_limit = settings.max_upload_body
        self.missing_handlers = sorted(
            op.operation_id for op in spec.operations if handler_of(op.operation_id) is None
        )
        self._handler_of = handler_of
        self.router = Router(spec.operations)
        self.operations = CompiledOperations(spec.operations, self._compile)
        self.error_schema: CompiledSchema | None = None
        if self.validate_responses and error_schema in (spec.components.get("schemas") or {}):
            self.error_schema = self.compiler.compile({"$ref": f"#/components/schemas/{error_schema}"})

    @cached_property
    def compiler(self) -> SchemaCompiler:
        """Built on first use, with the first operation compiled."""
        return SchemaCompiler(self.spec.document)

    def _compile(self, op: Operation) -> CompiledOperation:
        handler_of = self._handler_of
        return compile_operation(
            op,
            self.compiler,
            with_responses=self.validate_responses,
            handler=handler_of(op.operation_id),
            json_limit=self._json_limit,
            upload_limit=self._upload_limit,
        )

    def check_response(self, cop: CompiledOperation | None, status: int, body: Any) -> list[str]:
        """Problems of a response against the spec (empty when it conforms)."""
        if cop is None:
            if status >= 400 and body is not None and self.error_schema is not None:
                return self.error_schema.messages(body, "response")
            return []
        key = response_key(cop.responses, status)
        if key is None:
            # Emulator-level errors the spec does not list (413, 501) are not the contract's business.
            return [] if status >= 400 else [f"status {status} is not declared for {cop.op.operation_id}"]
        schema = cop.responses[key]
        if schema is None:
            return [] if body is None else [f"status {status} of {cop.op.operation_id} declares no body"]
        if body is None:
            return [f"status {status} of {cop.op.operation_id} needs a JSON body"]
        return schema.messages(body, "response", limit=5)


class Runtime(Service):
    """The API (`openapi.yaml`) as a Service, with what every request of the app shares."""

    def __init__(self, settings: Settings) -> None:
        spec = load_spec(settings.spec_path)
        super().__init__(spec, REGISTRY.get, settings, "ApiErrorResponse", settings.max_json_body)
        if self.missing_handlers and not settings.allow_missing_handlers:
            raise SpecError(
                f"{len(self.missing_handlers)} operation(s) of {spec.path} have no handler: "
                + ", ".join(self.missing_handlers)
            )
        self.settings = settings
        self.clock = Clock()
        # What handlers tell the rest of the emulator: nothing happens until `emulator.create_app`
        # puts its Behaviour here.
        self.hooks = Hooks()
        self.store = Store(settings.db, self.clock, group_commit=True)
        self.response_failures: list[str] = []
