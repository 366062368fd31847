"""Every operation of openapi.yaml, property-tested: the examples, coverage and fuzzing phases of
schemathesis, positive and negative inputs, every check schemathesis.toml enables."""

from __future__ import annotations

from typing import Any

import schemathesis
from contract_support import COUNTER, current_schema

schema = current_schema()


@schema.parametrize()
def test_operation(case: schemathesis.Case[Any], contract_base_url: str) -> None:
    phase = case.meta.phase.name.value if case.meta is not None else "unknown"
    COUNTER.record(phase, case.operation.label)
    # Checks that send requests of their own (ignored_auth, unsupported_method, ...) reuse this URL.
    response = case.call_and_validate(base_url=contract_base_url)
    if response.status_code < 300 and "json" in response.headers.get("content-type", [""])[0]:
        COUNTER.record_states(response.json())
