"""Every operation of openapi.yaml has its module in the generated package, and nothing else does."""

from __future__ import annotations

import importlib
import pkgutil

import plivo_messaging
import plivo_messaging.api
import pytest
from generation_support import PACKAGE, Operation, operations

OPERATIONS = operations()
FUNCTIONS = ("sync", "sync_detailed", "asyncio", "asyncio_detailed")


@pytest.mark.parametrize("operation", OPERATIONS, ids=str)
def test_operation_module_imports(operation: Operation) -> None:
    module = importlib.import_module(operation.module)
    for name in FUNCTIONS:
        assert callable(getattr(module, name, None)), f"{operation.module}.{name} is missing"


def _generated_api_modules() -> set[str]:
    found = set()
    for tag in pkgutil.iter_modules(plivo_messaging.api.__path__, f"{PACKAGE}.api."):
        package = importlib.import_module(tag.name)
        found |= {m.name for m in pkgutil.iter_modules(package.__path__, f"{tag.name}.")}
    return found


def test_api_modules_match_spec() -> None:
    """A module without an operation means generated/ is stale; a missing one, that generation dropped it."""
    assert _generated_api_modules() == {op.module for op in OPERATIONS}


def test_every_model_module_imports() -> None:
    models = importlib.import_module(f"{PACKAGE}.models")
    modules = [m.name for m in pkgutil.iter_modules(models.__path__, f"{PACKAGE}.models.")]
    assert modules, "the generated package has no models"
    for name in modules:
        importlib.import_module(name)
    for exported in models.__all__:
        assert hasattr(models, exported), exported


def test_package_exports() -> None:
    for name in plivo_messaging.__all__:
        assert hasattr(plivo_messaging, name), name
    assert issubclass(plivo_messaging.PlivoClient, plivo_messaging.Client)
    assert not hasattr(plivo_messaging, "AuthenticatedClient"), "Plivo uses Basic auth, not bearer tokens"
