"""Every response sample of the official SDKs' tests validates against the spec's response schemas.

responses/samples.tsv lists the samples (copied from plivo-python and plivo-go, MIT licensed, under
responses/<owner>/<name>/<path>) with the request each answers; rows noted EXPECT_MISMATCH are test
artefacts (a body served to the wrong request) and are left out; PLACEHOLDER rows carry stand-in values
(`api_id: XXX`) whose format alone is not checked.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest
from corpus_support import AUTH_ID, SpecChecker
from plivo_emulator.spec import response_key

HERE = Path(__file__).resolve().parent / "responses"
CHECKER = SpecChecker()


def _rows() -> list[dict[str, str]]:
    with (HERE / "samples.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [r for r in rows if "EXPECT_MISMATCH" not in r["note"]]


ROWS = _rows()


def _operation(row: dict[str, str]) -> str:
    path = re.sub(r"\{[^}]*\}", "X1", row["operation_path"])
    return CHECKER.operation_of(row["method"], f"/v1/Account/{AUTH_ID}{path}")


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['repo']}:{r['path']}:{r['method']}")
def test_sample_validates(row: dict[str, str]) -> None:
    sample: Any = json.loads((HERE / row["repo"] / row["path"]).read_text(encoding="utf-8"))
    operation = CHECKER.operations[_operation(row)]
    key = response_key(operation.responses, row["status"])
    assert key is not None, f"{operation.operation_id} does not declare {row['status']}"
    schema = operation.responses[key]
    assert schema is not None
    problems = CHECKER.compiler.compile(schema).messages(sample)
    if "PLACEHOLDER" in row["note"]:  # a test's stand-in value, not a format Plivo sends
        problems = [p for p in problems if not re.search(r'is not a "(uuid|uri)"$', p)]
    assert problems == []


def test_samples_cover_both_sdks() -> None:
    repos = {r["repo"] for r in ROWS}
    assert repos == {"plivo/plivo-python", "plivo/plivo-go"}
    assert len({_operation(r) for r in ROWS}) >= 35


@pytest.mark.parametrize(
    "name", ["Profile", "Brand", "Campaign", "TollfreeVerification", "Message", "Powerpack"]
)
def test_resources_require_what_every_sample_has(name: str) -> None:
    """A resource missing its identifier or state is refused (these schemas once required nothing)."""
    schema = CHECKER.spec.document["components"]["schemas"][name]
    required = schema.get("required") or []
    assert required, f"{name} requires no field"
    compiled = CHECKER.compiler.compile({"$ref": f"#/components/schemas/{name}"})
    assert not compiled.is_valid({}), f"{name} accepts an empty object"
    assert schema.get("additionalProperties", True) is not False, f"{name} refuses unknown fields"
