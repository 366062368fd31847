"""Capture what the official `plivo` Node SDK sends (node_sdk.js does the calls) as corpus entries.

Run as a script to rewrite corpus/node.json from the SDK installed in node_modules/.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qsl

from corpus_support import CORPUS, ROOT, Entry, SpecChecker, write

REPO = "plivo/plivo-node"
SCRIPT = Path(__file__).with_name("node_sdk.js")


def available() -> bool:
    return shutil.which("node") is not None and (ROOT / "node_modules" / "plivo" / "package.json").exists()


def capture() -> list[Entry]:
    run = subprocess.run(
        ["node", str(SCRIPT)], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    checker = SpecChecker()
    entries: list[Entry] = []
    for raw in json.loads(run.stdout):
        if "error" in raw:
            raise AssertionError(f"{raw['function']} ({raw['case']}): {raw['error']}")
        url: str = raw["url"]
        path, _, query = url.partition("?")
        content_type = str(raw["contentType"]).split(";")[0] or "application/json"
        body = None
        if raw["method"] != "GET" and raw["body"]:
            body = json.loads(raw["body"])
        entries.append(
            Entry(
                sdk="node",
                repo=REPO,
                path=f"lib/resources/{raw['file']}.js",
                function=raw["function"],
                operation=checker.operation_of(raw["method"], path),
                case=raw["case"],
                method=raw["method"],
                url_path=url.split("/v1/Account/", 1)[1],
                query=[[k, v] for k, v in parse_qsl(query, keep_blank_values=True)],
                body=body,
                content_type=content_type,
            )
        )
    return entries


if __name__ == "__main__":
    found = capture()
    write(CORPUS / "node.json", found)
    sys.stdout.write(f"{len(found)} requests written to node.json\n")
