"""Each way of installing the two distributions gives, in a fresh virtualenv, a working client, the
`plivo-emulator` command serving its packaged spec, and the `plivo_emulator` pytest fixture.

Forms: the wheels of dist/ (`make dist`), the two source directories of a checkout, and
`git+URL#subdirectory=` requirements (a local git URL to a snapshot of the working tree, as there is
no network here). One virtualenv per form, shared by its tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from install_support import (
    REPO,
    Venv,
    built_distributions,
    emulator,
    git_snapshot,
    make_venv,
    run,
    spec_version,
    wheelhouse,
)

pytestmark = pytest.mark.timeout(1200)

FORMS = ("wheels", "checkout", "git")

CLIENT_SCRIPT = """
import json, sys
import httpx
import plivo_emulator, plivo_messaging
from plivo_messaging import PlivoClient
from plivo_messaging.api.messages import get_message, send_message
from plivo_messaging.models import SendMessageRequest

base_url, auth_id, auth_token = sys.argv[1:4]
with PlivoClient(auth_id, auth_token, base_url=base_url) as client:
    body = SendMessageRequest(src="14155550100", dst="14155550123", text="hi")
    sent = send_message.sync(client=client, body=body)
    message = get_message.sync(sent.message_uuid[0], client=client)
health = httpx.get(base_url + "/_emulator/health")
print(json.dumps({
    "state": message.message_state,
    "to": message.to_number,
    "health": health.status_code,
    "modules": [plivo_messaging.__file__, plivo_emulator.__file__],
}))
"""

FIXTURE_TEST = """
from plivo_messaging import PlivoClient
from plivo_messaging.api.messages import send_message
from plivo_messaging.models import SendMessageRequest


def test_sends_through_the_fixture(plivo_emulator):
    client = PlivoClient(plivo_emulator.auth_id, plivo_emulator.auth_token, base_url=plivo_emulator.base_url)
    send_message.sync(client=client, body=SendMessageRequest(src="14155550100", dst="14155550123", text="hi"))
    [message] = plivo_emulator.outbox(number="14155550123")
    assert message["message_state"] == "delivered"
"""


@pytest.fixture(scope="session")
def distributions() -> dict[str, Path]:
    return built_distributions()


@pytest.fixture(scope="session")
def git_url(distributions: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> str:
    return git_snapshot(tmp_path_factory.mktemp("git") / "plivo-messaging-openapi")


@pytest.fixture(scope="module", params=FORMS)
def installed(
    request: pytest.FixtureRequest,
    distributions: dict[str, Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> Venv:
    form: str = request.param
    wheelhouse(distributions)
    if form == "wheels":
        requirements = [str(distributions["client wheel"]), f"{distributions['emulator wheel']}[pytest]"]
    elif form == "checkout":
        requirements = ["./generated/plivo-messaging", "./emulator[pytest]"]
    else:
        url = request.getfixturevalue("git_url")
        requirements = [
            f"plivo-messaging @ git+{url}#subdirectory=generated/plivo-messaging",
            f"plivo-messaging-emulator[pytest] @ git+{url}#subdirectory=emulator",
        ]
    venv = make_venv(tmp_path_factory.mktemp(form) / "venv")
    venv.pip_install(*requirements, cwd=REPO)
    return venv


def test_twine_check_passes_on_all_four(distributions: dict[str, Path]) -> None:
    result = run([REPO / ".venv" / "bin" / "twine", "check", "--strict", *distributions.values()], cwd=REPO)
    assert result.stdout.count("PASSED") == 4, result.stdout


def test_versions_follow_the_spec(installed: Venv, tmp_path: Path) -> None:
    script = (
        "import json; from importlib.metadata import version, requires; "
        "print(json.dumps({'client': version('plivo-messaging'), "
        "'emulator': version('plivo-messaging-emulator'), 'requires': requires('plivo-messaging-emulator')}))"
    )
    found = json.loads(installed.run(installed.python, "-I", "-c", script, cwd=tmp_path).stdout)
    version = spec_version()
    assert (found["client"], found["emulator"]) == (version, version)
    assert f"plivo-messaging=={version}" in found["requires"]
    installed.run(installed.python, "-m", "pip", "check", cwd=tmp_path)


def test_client_against_the_installed_emulator(installed: Venv, tmp_path: Path) -> None:
    (tmp_path / "client.py").write_text(CLIENT_SCRIPT, encoding="utf-8")
    auth = ("MAPACKAGING000000001", "packaging-token")
    options = ("--auth-id", auth[0], "--auth-token", auth[1])
    with emulator(installed, *options, cwd=tmp_path) as (base_url, server):
        result = installed.run(installed.python, "-I", "client.py", base_url, *auth, cwd=tmp_path)
    found = json.loads(result.stdout)
    assert (found["state"], found["to"], found["health"]) == ("delivered", "14155550123", 200)
    for module in found["modules"]:
        assert Path(module).is_relative_to(installed.path), f"{module} is not the installed copy"
    # The emulator serves the spec shipped inside its package, not a checkout's.
    served = server.text.split("; spec ", 1)[1].split(";", 1)[0]
    assert Path(served).is_relative_to(installed.path) and Path(served).name == "openapi.yaml", served


def test_command_help(installed: Venv, tmp_path: Path) -> None:
    result = installed.run(installed.bin / "plivo-emulator", "--help", cwd=tmp_path)
    assert result.stdout.startswith("usage: plivo-emulator"), result.stdout


def test_pytest_fixture(installed: Venv, tmp_path: Path) -> None:
    (tmp_path / "test_with_emulator.py").write_text(FIXTURE_TEST, encoding="utf-8")
    result = installed.run(
        installed.python,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        "test_with_emulator.py",
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout + result.stderr
