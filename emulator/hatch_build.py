"""Build hooks of plivo-messaging-emulator: the spec it serves decides its version and its client.

The spec's `info.version` is the version of the client generated from it; the emulator takes the same
version and requires exactly that client. The spec travels inside the package
(`plivo_emulator/openapi.yaml`), where an installed emulator looks for it. In a checkout the spec is
the repository's `openapi.yaml`, next to this directory; an sdist already carries it in the package.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.metadata.plugin.interface import MetadataHookInterface

PACKAGED_SPEC = "plivo_emulator/openapi.yaml"


def spec_path(root: str) -> Path:
    packaged = Path(root) / PACKAGED_SPEC
    if packaged.is_file():
        return packaged
    checkout = Path(root).parent / "openapi.yaml"
    if checkout.is_file():
        return checkout
    raise FileNotFoundError(f"neither {packaged} nor {checkout} exists: the emulator is built from its spec")


def spec_version(path: Path) -> str:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return str(document["info"]["version"])


class SpecVersion(MetadataHookInterface):
    def update(self, metadata: dict[str, Any]) -> None:
        version = spec_version(spec_path(self.root))
        metadata["version"] = version
        metadata["dependencies"] = [f"plivo-messaging=={version}", *self.config.get("dependencies", [])]


class PackagedSpec(BuildHookInterface):  # type: ignore[type-arg]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return  # an editable install reads the checkout's openapi.yaml in place
        path = spec_path(self.root)
        if path != Path(self.root) / PACKAGED_SPEC:
            build_data["force_include"][str(path)] = PACKAGED_SPEC
