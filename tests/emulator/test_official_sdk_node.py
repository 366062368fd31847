"""The official `plivo` Node SDK (pinned in package-lock.json), unchanged, against a running emulator.

official_sdk_node.js runs the messaging surface and prints what each call returned; the emulator's
responses are checked against the spec by the `emu` fixture. The README's official-SDK snippets run here
too, with the emulator's address in place of the README's.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from emulator_support import MAIN
from plivo_emulator.server import EmulatorServer

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("official_sdk_node.js")
README = ROOT / "README.md"


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    assert (ROOT / "node_modules" / "plivo" / "package.json").exists(), "run `make` (npm ci) first"
    return node


def _run_node(*args: str, cwd: Path = ROOT) -> str:
    done = subprocess.run([_node(), *args], cwd=cwd, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def surface(emu: EmulatorServer, tmp_path: Path) -> dict[str, Any]:
    upload = tmp_path / "pass.png"
    upload.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    out = _run_node(str(SCRIPT), emu.base_url, MAIN.auth_id, MAIN.auth_token, str(upload))
    result: dict[str, Any] = json.loads(out)
    return result


def _ok(result: dict[str, Any], *names: str) -> None:
    failed = {n: result[n] for n in names if isinstance(result[n], dict) and "error" in result[n]}
    assert not failed, failed


def test_messages_and_media(surface: dict[str, Any]) -> None:
    _ok(surface, "send_one", "send_many", "get_message", "list_messages", "upload_media", "get_media",
        "list_media", "send_mms")  # fmt: skip
    assert len(surface["send_one"]["messageUuid"]) == 1
    many = surface["send_many"]
    assert len(many["messageUuid"]) == 2 and many["invalid_number"] == ["1415555"]
    assert surface["get_message"]["toNumber"] == "14155550101"
    assert surface["upload_media"]["objects"][0]["status"] == "success"


def test_powerpacks_and_pools(surface: dict[str, Any]) -> None:
    _ok(surface, "create_powerpack", "list_powerpacks", "update_powerpack", "add_number", "pool_add_number",
        "list_numbers", "count_numbers", "find_number", "remove_number", "add_tollfree",
        "list_tollfree", "find_tollfree", "remove_tollfree", "list_shortcodes", "send_via_powerpack",
        "delete_powerpack")  # fmt: skip
    assert surface["count_numbers"] == 2
    assert surface["find_number"]["number"] == "14155550123"
    assert surface["find_tollfree"]["number"] == "18445550142"
    assert "error" in surface["find_shortcode"]  # none was placed in the pool
    assert surface["remove_number"]["response"] == "success"


def test_pool_numbers_listed_through_the_number_pool(surface: dict[str, Any]) -> None:
    # The SDK asks for NumberPool/{uuid}/Number//?...; Plivo's front end merges the slashes, and so does
    # the emulator.
    _ok(surface, "pool_list_numbers")
    assert [n["number"] for n in surface["pool_list_numbers"]["objects"]] == ["14155550123", "447700900123"]


def test_profiles_brands_campaigns(surface: dict[str, Any]) -> None:
    _ok(surface, "create_profile", "get_profile", "list_profiles", "update_profile", "create_brand",
        "get_brand", "list_brands", "brand_usecases", "create_campaign", "get_campaign", "list_campaigns",
        "import_campaign", "link_numbers", "list_campaign_numbers", "get_campaign_number", "unlink_number",
        "delete_campaign", "delete_brand")  # fmt: skip
    assert "only a failed" in surface["update_campaign"]["error"]  # a campaign under review cannot be edited
    numbers = [n["number"] for n in surface["list_campaign_numbers"]["phoneNumbers"]]
    assert numbers == ["14155550123", "14155550188"]  # the `+` the SDK sent was stripped


def test_tollfree_verification_and_credentials(surface: dict[str, Any]) -> None:
    _ok(surface, "create_tfv", "get_tfv", "update_tfv", "list_tfv", "delete_tfv", "delete_profile")
    assert surface["get_tfv"]["status"] == "SUBMITTED"
    assert "error" in surface["wrong_credentials"]


def _readme_block(language: str, marker: str) -> str:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(rf"```{language}\n(.*?)```", text, re.S)
    found = [str(b) for b in blocks if marker in b]
    assert len(found) == 1, f"the README's {language} official-SDK snippet is missing"
    return found[0]


def _pointed(code: str, emu: EmulatorServer) -> str:
    return code.replace("http://127.0.0.1:8787", emu.base_url).replace("emulator-auth-token", MAIN.auth_token)


def test_readme_python_sdk_snippet(emu: EmulatorServer) -> None:
    code = _pointed(_readme_block("python", "PLIVO_API_BASE_URI"), emu)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", done.stdout), done.stdout


def test_readme_node_sdk_snippet(emu: EmulatorServer, tmp_path: Path) -> None:
    script = ROOT / "build" / "readme_node_snippet.js"
    script.parent.mkdir(exist_ok=True)
    script.write_text(_pointed(_readme_block("js", "new plivo.Client"), emu), encoding="utf-8")
    out = _run_node(str(script))
    assert re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", out), out
