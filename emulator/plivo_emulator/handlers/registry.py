"""operationId -> handler."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..context import Handler


class Registry:
    def __init__(self) -> None:
        self._handlers: dict[str, Handler] = {}

    def handles(self, operation_id: str) -> Callable[[Handler], Handler]:
        """Decorator: register the function as the handler of `operation_id`."""

        def register(func: Handler) -> Handler:
            if operation_id in self._handlers:
                raise RuntimeError(f"two handlers for {operation_id}")
            self._handlers[operation_id] = func
            return func

        return register

    def get(self, operation_id: str) -> Handler | None:
        return self._handlers.get(operation_id)

    def missing(self, operation_ids: Iterable[str]) -> list[str]:
        return sorted(op for op in operation_ids if op not in self._handlers)


REGISTRY = Registry()
handles = REGISTRY.handles
