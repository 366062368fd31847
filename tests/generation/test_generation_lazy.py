"""Names are imported on first use: importing the package (and one operation module) loads only what that
needs, never every model; every exported name still resolves at run time and for the type checker."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import plivo_messaging
import plivo_messaging.api
import plivo_messaging.models
from shared_support import mypy_strict

MODEL_MODULES = {
    m.name for m in pkgutil.iter_modules(plivo_messaging.models.__path__, "plivo_messaging.models.")
}
OPERATION_MODULES = {
    op.name
    for tag in pkgutil.iter_modules(plivo_messaging.api.__path__, "plivo_messaging.api.")
    for op in pkgutil.iter_modules(importlib.import_module(tag.name).__path__, f"{tag.name}.")
}


def _loaded_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running `code`."""
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


def test_importing_the_package_loads_no_model_and_no_operation() -> None:
    loaded = _loaded_after("import plivo_messaging")
    assert not loaded & MODEL_MODULES
    assert not loaded & OPERATION_MODULES
    assert "httpx" not in loaded  # the HTTP stack comes with the first client


def test_one_operation_loads_only_its_models() -> None:
    loaded = _loaded_after("import plivo_messaging\nfrom plivo_messaging.api.messages import send_message")
    models = loaded & MODEL_MODULES
    assert "plivo_messaging.models.send_message_request" in models
    assert "plivo_messaging.models.send_message_response" in models
    assert len(models) < len(MODEL_MODULES) // 4, sorted(models)
    assert loaded & OPERATION_MODULES == {"plivo_messaging.api.messages.send_message"}


def test_a_client_brings_the_http_stack() -> None:
    loaded = _loaded_after(
        "import plivo_messaging\nplivo_messaging.PlivoClient('MA1', 'token').get_httpx_client()"
    )
    assert "httpx" in loaded


def test_every_exported_name_resolves_and_is_listed() -> None:
    packages = [plivo_messaging, plivo_messaging.api, plivo_messaging.models]
    tags = pkgutil.iter_modules(plivo_messaging.api.__path__, "plivo_messaging.api.")
    packages += [importlib.import_module(tag.name) for tag in tags]
    for package in packages:
        assert package.__all__, package.__name__
        for name in package.__all__:
            assert getattr(package, name) is not None, f"{package.__name__}.{name}"
            assert name in dir(package)
    # One exported name per model module; each class comes from its own module (enums are Literal aliases).
    exported = [getattr(plivo_messaging.models, name) for name in plivo_messaging.models.__all__]
    assert len(set(plivo_messaging.models.__all__)) == len(MODEL_MODULES)
    classes = {value.__module__ for value in exported if isinstance(value, type)}
    assert classes <= MODEL_MODULES and len(classes) > len(MODEL_MODULES) // 2


def test_unknown_names_still_fail() -> None:
    for package in (plivo_messaging, plivo_messaging.models, plivo_messaging.api.messages):
        try:
            package.NoSuchName  # noqa: B018 (the lookup is what is tested)
        except AttributeError as error:
            assert "NoSuchName" in str(error)
        else:
            raise AssertionError(f"{package.__name__}.NoSuchName resolved")


def test_the_type_checker_sees_every_name(tmp_path: Path) -> None:
    (tmp_path / "use.py").write_text(
        """
import plivo_messaging
import plivo_messaging.api.messages
from plivo_messaging import PlivoClient, PlivoError, RetryPolicy
from plivo_messaging.api import messages
from plivo_messaging.models import Message, SendMessageRequest


def send(client: PlivoClient) -> str:
    sent = messages.send_message.sync(client=client, body=SendMessageRequest(src="1", dst="2", text="x"))
    return str(sent.api_id)


def state(message: Message) -> str:
    return str(message.message_state)


policy: RetryPolicy = plivo_messaging.RetryPolicy()
error: type[PlivoError] = plivo_messaging.NotFoundError
page = plivo_messaging.api.messages.list_messages.sync
reveal_type(page)
""",
        encoding="utf-8",
    )
    (tmp_path / "typo.py").write_text(
        "import plivo_messaging\nfrom plivo_messaging.models import Mesage\nplivo_messaging.PlivoClent\n",
        encoding="utf-8",
    )
    good = mypy_strict(tmp_path, "use.py")
    assert good.returncode == 0 and "error:" not in good.stdout, good.stdout
    assert "MessageList" in good.stdout, good.stdout  # the operation's precise return type, not Any
    bad = mypy_strict(tmp_path, "typo.py")
    assert bad.returncode == 1
    assert '"Mesage"' in bad.stdout and '"PlivoClent"' in bad.stdout, bad.stdout


def test_a_name_shared_with_its_module_stays_the_exported_object() -> None:
    """`message_xml` (function) lives in `message_xml.py`: importing the module first must not shadow it."""
    code = (
        "from plivo_messaging.message_xml import parse_message_xml\n"
        "from plivo_messaging import message_xml, MessageElement\n"
        "assert callable(message_xml) and not hasattr(message_xml, '__path__')\n"
        "assert '<Message' in message_xml(MessageElement(src='1', dst='2', text='x'))\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
