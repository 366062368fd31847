"""The command-line server: start-up, shutdown, durability across SIGKILL, failing start-ups."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import yaml
from emulator_support import MAIN, SPEC, CliProcess, cli_env
from plivo_emulator.handlers import REGISTRY
from plivo_emulator.spec import load_spec

CREDS = ("--auth-id", MAIN.auth_id, "--auth-token", MAIN.auth_token)
BASE_ARGS = ("--spec", SPEC, "--allow-missing-handlers", *CREDS)


def test_startup_line_time_and_sigterm(
    tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    started = time.perf_counter()
    with CliProcess(*BASE_ARGS, "--db", str(tmp_path / "e.db")) as cli:
        with httpx.Client(base_url=cli.base_url, auth=(MAIN.auth_id, MAIN.auth_token)) as c:
            assert c.get(f"/v1/Account/{MAIN.auth_id}/Message/").status_code == 200
        ready = time.perf_counter() - started
        record_property("startup_seconds", round(ready, 3))
        print(f"\nstart-up to first answered request: {ready:.3f}s; {cli.first_line.strip()}")
        assert cli.base_url.startswith("http://127.0.0.1:")
        assert MAIN.auth_id in cli.first_line and MAIN.auth_token in cli.first_line
        cli.signal(signal.SIGTERM)
        assert cli.wait() == 0


def test_sigint_stops_cleanly() -> None:
    with CliProcess(*BASE_ARGS) as cli:
        cli.signal(signal.SIGINT)
        assert cli.wait() == 0


def test_default_credentials_are_documented_ones() -> None:
    env = cli_env()
    env.pop("PLIVO_AUTH_ID", None)
    env.pop("PLIVO_AUTH_TOKEN", None)
    with CliProcess("--spec", SPEC, "--allow-missing-handlers", env=env) as cli:
        assert "MAXXXXXXXXXXXXXXXXXX" in cli.first_line and "emulator-auth-token" in cli.first_line
        resp = httpx.get(
            f"{cli.base_url}/v1/Account/MAXXXXXXXXXXXXXXXXXX/Message/",
            auth=("MAXXXXXXXXXXXXXXXXXX", "emulator-auth-token"),
        )
        assert resp.status_code == 200


def test_accounts_from_flags_and_file(tmp_path: Path) -> None:
    accounts = tmp_path / "accounts.yaml"
    accounts.write_text(
        yaml.safe_dump(
            {
                "accounts": [
                    {
                        "auth_id": "MAQQQQQQQQQQQQQQQQQQ",
                        "auth_token": "q-token",
                        "subaccounts": [{"auth_id": "SAQQQQQQQQQQQQQQQQQQ", "auth_token": "sq-token"}],
                    }
                ]
            }
        )
    )
    args = (*BASE_ARGS, "--accounts-file", str(accounts), "--account", "SAZZZZZZZZZZZZZZZZZZ:z-token")
    with CliProcess(*args) as cli:
        for auth_id, token in [("SAQQQQQQQQQQQQQQQQQQ", "sq-token"), ("SAZZZZZZZZZZZZZZZZZZ", "z-token")]:
            resp = httpx.get(f"{cli.base_url}/v1/Account/{auth_id}/Message/", auth=(auth_id, token))
            assert resp.status_code == 200
        resp = httpx.get(
            f"{cli.base_url}/v1/Account/MAQQQQQQQQQQQQQQQQQQ/Message/?subaccount=SAQQQQQQQQQQQQQQQQQQ",
            auth=("MAQQQQQQQQQQQQQQQQQQ", "q-token"),
        )
        assert resp.status_code == 200


def _run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plivo_emulator", "--port", "0", *args],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
    )


def test_help_explains_every_option() -> None:
    out = _run_cli("--help").stdout
    for option in (
        "--host", "--port", "--db", "--spec", "--auth-id", "--auth-token", "--account", "--accounts-file",
        "--public-url", "--validate-responses", "--allow-missing-handlers", "--list-window-hours",
        "--log-level", "--no-access-log", "PLIVO_AUTH_ID", "PLIVO_EMULATOR_SPEC",
    ):  # fmt: skip
        assert option in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--spec", "/nonexistent/openapi.yaml"), "cannot read spec"),
        (("--spec", SPEC, "--account", "nonsense"), "AUTH_ID:AUTH_TOKEN"),
        (("--spec", SPEC, "--auth-id", "XX123"), "Auth ID"),
    ],
)
def test_bad_start_up_fails_with_a_message(args: tuple[str, ...], message: str) -> None:
    result = _run_cli(*args, "--allow-missing-handlers")
    assert result.returncode == 2
    assert message in result.stderr


def _spec_subset(tmp_path: Path, keep_tags: set[str], extra_operation: bool = False) -> Path:
    doc = yaml.safe_load(Path(SPEC).read_text())
    paths = {}
    for path, item in doc["paths"].items():
        kept = {
            k: v
            for k, v in item.items()
            if not isinstance(v, dict) or "operationId" not in v or set(v["tags"]) & keep_tags
        }
        if any(isinstance(v, dict) and "operationId" in v for v in kept.values()):
            paths[path] = kept
    if extra_operation:
        paths["/v1/Account/{auth_id}/Frobnicate/"] = {
            "get": {"operationId": "frobnicate", "responses": {"200": {"description": "ok"}}}
        }
    doc["paths"] = paths
    out = tmp_path / "openapi.yaml"
    out.write_text(yaml.safe_dump(doc, sort_keys=False))
    return out


def test_operation_without_handler_stops_start_up(tmp_path: Path) -> None:
    spec = _spec_subset(tmp_path, {"Messages", "Media"}, extra_operation=True)
    result = _run_cli("--spec", str(spec))
    assert result.returncode == 2
    assert "have no handler: frobnicate" in result.stderr


def test_every_operation_of_the_spec_has_a_handler() -> None:
    ids = [op.operation_id for op in load_spec(SPEC).operations]
    assert ids, "the spec has no operations"
    assert REGISTRY.missing(ids) == []


def test_messages_and_media_operations_all_have_handlers(tmp_path: Path) -> None:
    spec = _spec_subset(tmp_path, {"Messages", "Media"})
    ids = [op.operation_id for op in load_spec(spec).operations]
    assert len(ids) == 10
    assert REGISTRY.missing(ids) == []
    with CliProcess("--spec", str(spec), *CREDS) as cli:  # no --allow-missing-handlers
        assert "10 operations" in cli.first_line


def test_every_acknowledged_send_survives_sigkill(tmp_path: Path) -> None:
    db = tmp_path / "durable.db"
    acked: list[str] = []
    stop = threading.Event()

    def burst(base_url: str) -> None:
        with httpx.Client(base_url=base_url, auth=(MAIN.auth_id, MAIN.auth_token), timeout=5) as c:
            i = 0
            while not stop.is_set():
                try:
                    resp = c.post(
                        f"/v1/Account/{MAIN.auth_id}/Message/",
                        json={"src": "14155550100", "dst": f"1415{i:07d}<1416{i:07d}", "text": f"n{i}"},
                    )
                except httpx.HTTPError:
                    return
                if resp.status_code == 202:
                    acked.extend(resp.json()["message_uuid"])
                i += 1

    with CliProcess(*BASE_ARGS, "--db", str(db)) as cli:
        workers = [threading.Thread(target=burst, args=(cli.base_url,)) for _ in range(4)]
        for w in workers:
            w.start()
        deadline = time.monotonic() + 30
        while len(acked) < 400 and time.monotonic() < deadline:
            time.sleep(0.01)
        cli.signal(signal.SIGKILL)  # mid-burst: requests are in flight
        cli.wait()
        stop.set()
        for w in workers:
            w.join(timeout=10)
    assert len(acked) >= 400
    before_restart = list(acked)

    with (
        CliProcess(*BASE_ARGS, "--db", str(db)) as cli,
        httpx.Client(base_url=cli.base_url, auth=(MAIN.auth_id, MAIN.auth_token)) as c,
    ):
        total = c.get(f"/v1/Account/{MAIN.auth_id}/Message/?limit=1").json()["meta"]["total_count"]
        assert total >= len(before_restart)
        for message_uuid in before_restart:
            assert c.get(f"/v1/Account/{MAIN.auth_id}/Message/{message_uuid}/").status_code == 200
