"""Everything built once at start-up: the spec's compiled operations, the router, the store."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from .clock import Clock
from .config import Settings
from .context import Handler
from .handlers import REGISTRY
from .hooks import Hooks
from .routing import Router
from .spec import Operation, Spec, SpecError, load_spec
from .store import Store
from .validation import CompiledSchema, ParameterSet, SchemaCompiler

log = logging.getLogger("plivo_emulator")
ERROR_SCHEMA_REF = "#/components/schemas/ApiErrorResponse"


@dataclass(frozen=True)
class CompiledOperation:
    op: Operation
    params: ParameterSet
    bodies: dict[str, CompiledSchema | None]  # media type -> request body schema
    form_arrays: frozenset[str]  # multipart/form fields declared as arrays
    handler: Handler | None
    responses: dict[str, CompiledSchema | None]  # status -> schema (only with validate_responses)


class Runtime:
    def __init__(self, settings: Settings, hooks: Hooks | None = None, spec: Spec | None = None) -> None:
        self.settings = settings
        self.clock = Clock()
        # What handlers tell the rest of the emulator; `emulator.create_app` sets its Behaviour here.
        self.hooks = hooks or Hooks()
        self.spec = spec or load_spec(settings.spec_path)
        ids = [op.operation_id for op in self.spec.operations]
        missing = REGISTRY.missing(ids)
        if missing and not settings.allow_missing_handlers:
            raise SpecError(
                f"{len(missing)} operation(s) of {self.spec.path} have no handler: {', '.join(missing)}"
            )
        self.missing_handlers = missing
        compiler = SchemaCompiler(self.spec.document)
        self.router = Router(self.spec.operations)
        self.operations = {op.operation_id: self._compile(op, compiler) for op in self.spec.operations}
        self.error_schema: CompiledSchema | None = None
        if settings.validate_responses and "ApiErrorResponse" in (self.spec.components.get("schemas") or {}):
            self.error_schema = compiler.compile({"$ref": ERROR_SCHEMA_REF})
        self.store = Store(settings.db, self.clock)
        self.response_failures: list[str] = []

    def _compile(self, op: Operation, compiler: SchemaCompiler) -> CompiledOperation:
        bodies: dict[str, CompiledSchema | None] = {}
        arrays: set[str] = set()
        for media_type, schema in op.bodies.items():
            bodies[media_type] = compiler.compile(schema) if schema is not None else None
            if schema is not None and not media_type.endswith("json"):
                props = compiler.resolve(schema).get("properties") or {}
                arrays.update(k for k, v in props.items() if "array" in compiler.types_of(v))
        responses: dict[str, CompiledSchema | None] = {}
        if self.settings.validate_responses:
            responses = {
                status: compiler.compile(schema) if schema is not None else None
                for status, schema in op.responses.items()
            }
        return CompiledOperation(
            op=op,
            params=ParameterSet(op, compiler),
            bodies=bodies,
            form_arrays=frozenset(arrays),
            handler=REGISTRY.get(op.operation_id),
            responses=responses,
        )

    def check_response(self, cop: CompiledOperation | None, status: int, body: Any) -> list[str]:
        """Problems of a response against the spec (empty when it conforms)."""
        if cop is None:
            if status >= 400 and body is not None and self.error_schema is not None:
                return self.error_schema.messages(body, "response")
            return []
        key = next((k for k in (str(status), f"{str(status)[0]}XX", "default") if k in cop.responses), None)
        if key is None:
            # Emulator-level errors the spec does not list (413, 501) are not the contract's business.
            return [] if status >= 400 else [f"status {status} is not declared for {cop.op.operation_id}"]
        schema = cop.responses[key]
        if schema is None:
            return [] if body is None else [f"status {status} of {cop.op.operation_id} declares no body"]
        if body is None:
            return [f"status {status} of {cop.op.operation_id} needs a JSON body"]
        return schema.messages(body, "response", limit=5)
