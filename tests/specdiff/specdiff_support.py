"""The spec-differ corpus: small before/after documents, each with the classes its changes must get.

Two kinds of corpus files live in corpus/:
- `schema_*.yaml`: a schema before and after, placed by `placed()` in a request body (the client user
  writes it), a response body (the user reads it) and a webhook payload (Plivo writes it, the user's
  server reads it); each placement lists the classes expected there. One case is three spec pairs.
- `document_*.yaml`: whole documents before and after (`openapi` and `info` added when missing), with
  the expected changes as class, where and, optionally, pointer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from specdiff import Change, diff_documents

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"


PLACES = ("request", "response", "webhook")
CLASSES = ("BREAKING", "NON-BREAKING", "DOCS")


@dataclass(frozen=True)
class Case:
    file: str
    name: str
    rule: str
    before: dict[str, Any]
    after: dict[str, Any]
    expect: tuple[tuple[str, str, str | None], ...]  # (class, where, pointer or None)

    @property
    def id(self) -> str:
        return f"{self.file}:{self.name}"


def document(body: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "info": {"title": "corpus", "version": "1.0.0"}, **body}


def placed(place: str, schema: Any, components: dict[str, Any] | None) -> dict[str, Any]:
    """A document with `schema` as the JSON body of a request, a response or a webhook payload."""
    body = {"content": {"application/json": {"schema": schema}}}
    ok = {"200": {"description": "ok"}}
    if place == "request":
        operation = {"operationId": "op", "requestBody": body, "responses": ok}
        spec: dict[str, Any] = {"paths": {"/things": {"post": operation}}}
    elif place == "response":
        operation = {"operationId": "op", "responses": {"200": {"description": "ok", **body}}}
        spec = {"paths": {"/things": {"get": operation}}}
    else:
        spec = {"webhooks": {"hook": {"post": {"requestBody": body, "responses": ok}}}}
    if components:
        spec["components"] = components
    return document(spec)


def load_cases() -> list[Case]:
    cases: list[Case] = []
    for path in sorted(CORPUS.glob("*.yaml")):
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in entries:
            if path.name.startswith("schema_"):
                for place in PLACES:
                    where = "webhook hook" if place == "webhook" else "op"
                    cases.append(
                        Case(
                            path.name,
                            f"{entry['name']}[{place}]",
                            entry["rule"],
                            placed(place, entry["before"], entry.get("components_before")),
                            placed(place, entry["after"], entry.get("components_after")),
                            tuple((cls, where, None) for cls in entry[place]),
                        )
                    )
            else:
                cases.append(
                    Case(
                        path.name,
                        entry["name"],
                        entry["rule"],
                        document(entry["before"]),
                        document(entry["after"]),
                        tuple((e["class"], e["where"], e.get("pointer")) for e in entry["expect"]),
                    )
                )
    return cases


def classify(case: Case) -> list[Change]:
    return diff_documents(case.before, case.after)


def mismatch(case: Case, changes: list[Change]) -> str | None:
    """Why `changes` are not what `case` expects (None when they are)."""
    got = sorted((c.cls.value, c.where) for c in changes)
    want = sorted((cls, where) for cls, where, _ in case.expect)
    problems = []
    if got != want:
        problems.append(f"expected {want}, got {got}")
    for cls, where, pointer in case.expect:
        if pointer is not None and not any(
            (c.cls.value, c.where, c.pointer) == (cls, where, pointer) for c in changes
        ):
            problems.append(f"no {cls} change at {pointer}")
    if not problems:
        return None
    listing = "\n".join(f"  {c.cls.value} {c.where} {c.pointer}: {c.change}" for c in changes)
    return f"{case.id} ({case.rule}): {'; '.join(problems)}\n{listing}"
