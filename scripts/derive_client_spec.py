#!/usr/bin/env python3
"""Derive the spec the client is generated from (build/client-openapi.json) from openapi.yaml.

Every operation of openapi.yaml lives under `/v1/Account/{auth_id}/`. The client takes the account
once, in its base URL, so this derivation moves that prefix into the server URL and drops the
`auth_id` path parameter from every operation: callers write `send_message.sync(client=client,
body=...)` instead of repeating their Auth ID on each call. It also gives a few tags the Python
module names listed in TAG_MODULES, and drops `webhooks` (the client sends requests; it receives none).
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from pathlib import Path
from typing import Any

import yaml

ACCOUNT_PREFIX = "/v1/Account/{auth_id}"
AUTH_ID_REF = "#/components/parameters/AuthId"
# Each tag becomes a module `plivo_messaging.api.<tag>`. The generator snake-cases tag names, which turns
# a leading digit into a `tag` prefix (`tag10dlc_brands`) and splits `WhatsApp` (`whats_app_templates`);
# these tags get the module names Plivo itself uses for them (it spells 10DLC `tendlc` in field names).
TAG_MODULES = {
    "10DLC Brands": "tendlc_brands",
    "10DLC Campaigns": "tendlc_campaigns",
    "WhatsApp Templates": "whatsapp_templates",
}
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

Spec = dict[str, Any]


class DeriveError(Exception):
    """The spec has a construct this derivation cannot express."""


def _is_auth_id(param: Any, spec: Spec) -> bool:
    if not isinstance(param, dict):
        return False
    ref = param.get("$ref")
    if ref == AUTH_ID_REF:
        return True
    if isinstance(ref, str) and ref.startswith("#/components/parameters/"):
        param = spec.get("components", {}).get("parameters", {}).get(ref.rsplit("/", 1)[1], {})
    return bool(param.get("in") == "path" and param.get("name") == "auth_id")


def _without_auth_id(params: list[Any], spec: Spec) -> list[Any]:
    return [p for p in params if not _is_auth_id(p, spec)]


def _strip_path_item(item: dict[str, Any], spec: Spec) -> dict[str, Any]:
    out = dict(item)
    if "parameters" in out:
        out["parameters"] = _without_auth_id(out["parameters"], spec)
        if not out["parameters"]:
            del out["parameters"]
    for method in HTTP_METHODS:
        operation = out.get(method)
        if not isinstance(operation, dict):
            continue
        operation = dict(operation)
        if "parameters" in operation:
            operation["parameters"] = _without_auth_id(operation["parameters"], spec)
            if not operation["parameters"]:
                del operation["parameters"]
        if "tags" in operation:
            operation["tags"] = [TAG_MODULES.get(tag, tag) for tag in operation["tags"]]
        out[method] = operation
    return out


def derive(spec: Spec) -> Spec:
    """Return a copy of `spec` whose paths are relative to the account URL."""
    out = copy.deepcopy(spec)
    paths: dict[str, Any] = {}
    for path, item in (spec.get("paths") or {}).items():
        if not path.startswith(ACCOUNT_PREFIX + "/"):
            raise DeriveError(f"{path}: every path must start with {ACCOUNT_PREFIX}/")
        relative = path[len(ACCOUNT_PREFIX) :]
        if "{auth_id}" in relative:
            raise DeriveError(f"{path}: auth_id may appear only in the account prefix")
        paths[relative] = _strip_path_item(item, spec)
    out["paths"] = paths
    for tag in out.get("tags") or []:
        tag["name"] = TAG_MODULES.get(tag["name"], tag["name"])

    servers = spec.get("servers") or [{"url": "https://api.plivo.com"}]
    out["servers"] = [
        {
            **server,
            "url": server["url"].rstrip("/") + ACCOUNT_PREFIX,
            "variables": {
                **server.get("variables", {}),
                "auth_id": {"default": "MAXXXXXXXXXXXXXXXXXX", "description": "Auth ID of the account."},
            },
        }
        for server in servers
    ]
    # The client never receives callbacks, and nothing refers to the account parameter any more.
    out.pop("webhooks", None)
    out.get("components", {}).get("parameters", {}).pop("AuthId", None)
    return out


# libyaml's parser and emitter when PyYAML was built with them (several times faster on the spec),
# else the pure-Python ones; both read and write the same documents.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load(text: str) -> Spec:
    """Parse a YAML (or JSON) spec."""
    spec: Spec = yaml.load(text, Loader=_LOADER)
    return spec


class _BlockDumper(_DUMPER):  # type: ignore[misc,valid-type]  # the base is chosen at run time
    """Writes multi-line strings (descriptions) as `|` blocks, so the derived spec stays readable."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _str)


def dump(spec: Spec, path: Path | None = None) -> str:
    """Serialise a spec deterministically (key order kept): JSON when `path` ends in `.json`, which
    openapi-python-client reads with `json` instead of its much slower YAML parser; else YAML without
    aliases."""
    if path is not None and path.suffix == ".json":
        return json.dumps(spec, indent=2, ensure_ascii=False) + "\n"
    return str(yaml.dump(spec, Dumper=_BlockDumper, sort_keys=False, allow_unicode=True, width=1000))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=Path("openapi.yaml"), help="source spec")
    parser.add_argument(
        "--output",
        type=Path,
        default=Path("build/client-openapi.json"),
        help="derived spec to write: JSON if the name ends in .json, else YAML",
    )
    args = parser.parse_args(argv)
    spec = load(args.spec.read_text(encoding="utf-8"))
    try:
        derived = derive(spec)
    except DeriveError as err:
        print(f"derive_client_spec: {err}", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(dump(derived, args.output), encoding="utf-8")
    print(f"derived {args.output} ({len(derived['paths'])} paths)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
