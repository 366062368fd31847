"""Property: whatever the server answers (any status, headers and bytes), every operation of the client,
sync and async, returns its model or raises a PlivoError, never another exception, and nothing raised
shows the token.

The operations are found by walking `plivo_messaging.api`, and their arguments and success models are
built from the functions' type hints, so a new operation is covered without touching this file.
More examples: PLIVO_CLIENT_PROPERTY_EXAMPLES=20000.
"""

from __future__ import annotations

import asyncio
import base64
import enum
import importlib
import inspect
import io
import json
import os
import pkgutil
import re
import traceback
import types
import typing
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import attrs
import httpx
import plivo_messaging.api
import pytest
from client_support import AUTH_ID, BASE_URL
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from plivo_messaging import PlivoClient, PlivoError
from plivo_messaging.types import UNSET, File, Response, Unset

# A token of its own, so nothing else in a message can contain it by chance.
TOKEN = "Zq8PropertyTokenKq3Xv9Lm2Nb7Wc4Rt6Yh1"
BASIC = base64.b64encode(f"{AUTH_ID}:{TOKEN}".encode()).decode()
SECRETS = (TOKEN, BASIC)
EXAMPLES = int(os.environ.get("PLIVO_CLIENT_PROPERTY_EXAMPLES", "1500"))
MODES = ("sync", "asyncio", "sync_detailed", "asyncio_detailed")


def _model_namespace() -> dict[str, Any]:
    """Every name of every model module: models name each other only for type checkers."""
    import plivo_messaging.models as models

    names: dict[str, Any] = {}
    for info in pkgutil.iter_modules(models.__path__, "plivo_messaging.models."):
        names.update(vars(importlib.import_module(info.name)))
    return names


MODEL_NAMES = _model_namespace()


def _build(hint: Any) -> Any:
    """A value of the type `hint`: what a caller could pass (the server here ignores the request)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        members = [m for m in typing.get_args(hint) if m not in (type(None), Unset)]
        return _build(members[0])
    if origin is typing.Literal:
        return typing.get_args(hint)[0]
    if origin is list:
        return [_build(typing.get_args(hint)[0])]
    if origin is dict or hint is Any:
        return {}
    simple: dict[Any, Callable[[], Any]] = {
        str: lambda: "x1",
        int: lambda: 1,
        float: lambda: 1.5,
        bool: lambda: True,
        uuid.UUID: uuid.uuid4,
        datetime: lambda: datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC),
        date: lambda: date(2026, 1, 2),
        File: lambda: File(payload=io.BytesIO(b"png"), file_name="a.png", mime_type="image/png"),
    }
    if hint in simple:
        return simple[hint]()
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    if attrs.has(hint):
        hints = typing.get_type_hints(hint, localns=MODEL_NAMES)
        required = [f for f in attrs.fields(hint) if f.init and f.default is attrs.NOTHING]
        return hint(**{f.alias: _build(hints[f.name]) for f in required})
    raise TypeError(f"no value for {hint!r}")


@dataclass(frozen=True)
class Operation:
    name: str
    module: Any
    arguments: dict[str, Any]
    returns: tuple[type, ...]  # what `sync` may return (NoneType for a bodiless success)
    statuses: tuple[int, ...]  # the statuses its module documents
    samples: tuple[dict[str, Any], ...]  # a well-formed body of each success model, to mutate

    def __str__(self) -> str:
        return self.name


def _operation(name: str) -> Operation:
    module = importlib.import_module(name)
    hints = typing.get_type_hints(module.sync)
    arguments = {
        param.name: _build(hints[param.name])
        for param in inspect.signature(module.sync).parameters.values()
        if param.name != "client" and param.default is param.empty
    }
    returned = hints["return"]
    returns = tuple(typing.get_args(returned) or (returned,))
    source = inspect.getsource(module)
    statuses = tuple(sorted({int(s) for s in re.findall(r"response\.status_code == (\d{3})", source)}))
    samples = tuple(_build(t).to_dict() for t in returns if attrs.has(t))
    return Operation(name.removeprefix("plivo_messaging.api."), module, arguments, returns, statuses, samples)


def _operations() -> list[Operation]:
    found = []
    for tag in pkgutil.iter_modules(plivo_messaging.api.__path__, "plivo_messaging.api."):
        package = importlib.import_module(tag.name)
        for op in pkgutil.iter_modules(package.__path__, f"{tag.name}."):
            found.append(_operation(op.name))
    return found


OPERATIONS = _operations()


def test_every_operation_is_enumerated() -> None:
    # The walk found operation modules of every tag, each with the four functions.
    assert len(OPERATIONS) >= 50
    assert {op.name.split(".")[0] for op in OPERATIONS} >= {
        "messages",
        "media",
        "powerpacks",
        "tendlc_brands",
    }
    for op in OPERATIONS:
        assert all(callable(getattr(op.module, mode)) for mode in MODES), op


# --- what the server answers -------------------------------------------------------------------------

SECRET_TEXT = st.sampled_from([TOKEN, BASIC, f"Basic {BASIC}", f"{AUTH_ID}:{TOKEN}"])
JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=20),
    SECRET_TEXT,
    st.sampled_from(["", "2026-01-02 03:04:05+00:00", str(uuid.uuid4()), "not-a-uuid", "1e400"]),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _mutated(sample: Any, draw: st.DrawFn) -> Any:
    """A documented body with parts dropped, changed or retyped, recursively."""
    if isinstance(sample, dict):
        out: dict[str, Any] = {}
        for key, value in sample.items():
            choice = draw(st.sampled_from(["keep", "keep", "mutate", "drop", "replace"]))
            if choice == "keep":
                out[key] = value
            elif choice == "mutate":
                out[key] = _mutated(value, draw)
            elif choice == "replace":
                out[key] = draw(JSON_VALUES)
        return out
    if isinstance(sample, list):
        return [_mutated(item, draw) for item in sample] + draw(st.lists(JSON_VALUES, max_size=2))
    return draw(st.one_of(st.just(sample), JSON_VALUES))


@st.composite
def bodies(draw: st.DrawFn, op: Operation) -> bytes:
    kind = draw(st.sampled_from(["sample", "mutated", "json", "error", "bytes", "text", "empty", "deep"]))
    if kind in ("sample", "mutated") and op.samples:
        sample = draw(st.sampled_from(op.samples))
        return json.dumps(sample if kind == "sample" else _mutated(sample, draw)).encode()
    if kind == "error":
        error = draw(st.one_of(st.text(max_size=30), SECRET_TEXT, JSON_VALUES))
        return json.dumps(
            {"api_id": draw(st.one_of(st.just(str(uuid.uuid4())), JSON_SCALARS)), "error": error}
        ).encode()
    if kind == "bytes":
        return draw(st.binary(max_size=64))
    if kind == "text":
        parts = draw(st.lists(st.one_of(st.text(max_size=20), SECRET_TEXT), max_size=4))
        return "<html>".join(parts).encode(draw(st.sampled_from(["utf-8", "utf-16", "latin-1"])), "replace")
    if kind == "deep":
        depth = draw(st.integers(min_value=100, max_value=50_000))
        return b"[" * depth + b"]" * draw(st.sampled_from([0, depth]))
    if kind == "empty":
        return b""
    return json.dumps(draw(JSON_VALUES)).encode()


HEADER_VALUES = st.one_of(
    st.sampled_from(
        [
            "application/json",
            "application/json; charset=utf-16",
            "text/html; charset=bogus",
            "gzip",
            "br",
            "identity",
            "120",
            "-1",
            "nan",
            "Wed, 21 Oct 2015 07:28:00 GMT",
        ]
    ),
    SECRET_TEXT,
    st.text(
        alphabet=st.characters(min_codepoint=32, max_codepoint=255, exclude_characters="\x7f"), max_size=30
    ),
)
HEADERS = st.lists(
    st.tuples(
        st.sampled_from(["Content-Type", "Content-Encoding", "Retry-After", "X-Echo", "Location"]),
        HEADER_VALUES,
    ),
    max_size=4,
)


@st.composite
def answers(draw: st.DrawFn, op: Operation) -> tuple[int, list[tuple[str, str]], bytes]:
    status = draw(
        st.one_of(
            st.sampled_from(op.statuses),
            st.sampled_from([200, 201, 202, 204, 301, 400, 404, 409, 418, 422, 429, 499, 500, 502, 520]),
            st.integers(min_value=100, max_value=999),
        )
    )
    return status, draw(HEADERS), draw(bodies(op))


# --- the property --------------------------------------------------------------------------------------


def _shown(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), "".join(traceback.format_exception(error))])


class Server:
    """The transport's answer for the next request, set by each example."""

    answer: tuple[int, list[tuple[str, str]], bytes] = (200, [], b"")

    def __call__(self, request: httpx.Request) -> httpx.Response:
        status, headers, body = self.answer
        # As bytes, the way they come off the wire (httpx would refuse to encode non-ASCII text).
        raw = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in headers]
        return httpx.Response(status, headers=raw, stream=httpx.ByteStream(body))


SERVER = Server()
CLIENT = PlivoClient(AUTH_ID, TOKEN, BASE_URL, httpx_args={"transport": httpx.MockTransport(SERVER)})


def _call(op: Operation, mode: str) -> Any:
    function = getattr(op.module, mode)
    if mode.startswith("asyncio"):

        async def run() -> Any:
            return await function(client=CLIENT, **op.arguments)

        return asyncio.run(run())
    return function(client=CLIENT, **op.arguments)


def _check_result(op: Operation, mode: str, result: Any) -> None:
    if mode.endswith("_detailed"):
        assert isinstance(result, Response)
        # `parsed` is a model of the module or None; an undocumented status leaves it empty.
        assert result.parsed is None or attrs.has(type(result.parsed)) or result.parsed is UNSET
        return
    assert isinstance(result, op.returns), (op, result)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_any_answer_gives_the_model_or_a_plivo_error(data: st.DataObject) -> None:
    op = data.draw(st.sampled_from(OPERATIONS), label="operation")
    mode = data.draw(st.sampled_from(MODES), label="function")
    SERVER.answer = data.draw(answers(op), label="answer")
    try:
        result = _call(op, mode)
    except PlivoError as error:
        shown = _shown(error)
        for secret in SECRETS:
            assert secret not in shown, (op, mode, shown)
    except Exception as error:  # the property: nothing but PlivoError escapes
        pytest.fail(f"{op}.{mode} raised {type(error).__name__}: {error!r} for {SERVER.answer!r}")
    else:
        _check_result(op, mode, result)
