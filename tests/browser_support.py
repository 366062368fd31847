"""Headless Chromium for tests, driven over the DevTools protocol (one websocket, no driver binary).

`ensure_chromium()` installs Debian's `chromium` and `chromium-driver` with apt-get when
/usr/bin/chromium is missing (CI runs as root on a fresh machine). `Chromium()` starts a browser with
a fresh profile and no background traffic; `browser.page()` opens a tab that records what the page
did: every request's URL, console errors, uncaught exceptions, JavaScript dialogs (an `alert()`).

    with Chromium() as browser:
        page = browser.page()
        page.goto("http://127.0.0.1:8787/_emulator/inbox/")
        page.wait_for("document.querySelector('.conversation') !== null")

Waiting happens in the page: `wait_for` resolves from a MutationObserver, so tests never sleep.
"""

from __future__ import annotations

import base64
import contextlib
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
    "--remote-debugging-port=0",
    "--window-size=1280,860",
)
START_TIMEOUT = 60.0
COMMAND_TIMEOUT = 60.0


def ensure_chromium() -> Path:
    """/usr/bin/chromium, installed from Debian's packages first if it is missing."""
    if CHROMIUM.exists():
        return CHROMIUM
    if os.geteuid() != 0:
        raise RuntimeError(
            f"{CHROMIUM} is missing: run `apt-get install -y chromium chromium-driver` as root"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update"], check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run(
        ["apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    return CHROMIUM


class BrowserError(RuntimeError):
    pass


class Chromium:
    """A headless Chromium process and its DevTools connection; a context manager."""

    def __init__(self) -> None:
        self._profile = tempfile.mkdtemp(prefix="chromium-profile-")
        self._process = subprocess.Popen(
            [str(ensure_chromium()), *FLAGS, f"--user-data-dir={self._profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._connection = contextlib.ExitStack()
        try:
            self._ws = self._connection.enter_context(
                connect(self._endpoint(), max_size=None, open_timeout=START_TIMEOUT)
            )
        except BaseException:
            self.close()
            raise
        self._ids = itertools.count(1)
        self._lock = threading.Condition()
        self._replies: dict[int, dict[str, Any]] = {}
        self._listeners: dict[str, Callable[[dict[str, Any]], None]] = {}
        self._reader = threading.Thread(target=self._read, args=(self._ws,), daemon=True)
        self._reader.start()

    def _endpoint(self) -> str:
        """Chromium writes its port and websocket path to DevToolsActivePort once it listens."""
        marker = Path(self._profile) / "DevToolsActivePort"
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise BrowserError(f"chromium exited with status {self._process.returncode}")
            lines = marker.read_text().split() if marker.exists() else []
            if len(lines) >= 2:
                return f"ws://127.0.0.1:{lines[0]}{lines[1]}"
            time.sleep(0.05)  # the file appears once; nothing to wait on but the file system
        raise BrowserError(f"chromium did not open its DevTools port within {START_TIMEOUT} s")

    def _read(self, ws: ClientConnection) -> None:
        try:
            for raw in ws:
                message = json.loads(raw)
                if "id" in message:
                    with self._lock:
                        self._replies[int(message["id"])] = message
                        self._lock.notify_all()
                else:
                    listener = self._listeners.get(str(message.get("sessionId") or ""))
                    if listener is not None:
                        listener(message)
        except ConnectionClosed:
            pass
        finally:
            with self._lock:
                self._replies[0] = {"error": {"message": "the browser connection closed"}}
                self._lock.notify_all()

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        command_id = next(self._ids)
        message: dict[str, Any] = {"id": command_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        self._ws.send(json.dumps(message))
        with self._lock:
            if not self._lock.wait_for(
                lambda: command_id in self._replies or 0 in self._replies, COMMAND_TIMEOUT
            ):
                raise BrowserError(f"{method}: no answer within {COMMAND_TIMEOUT} s")
            reply = self._replies.pop(command_id, None) or self._replies[0]
        if "error" in reply:
            raise BrowserError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def page(self) -> Page:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        self._listeners[session] = page.on_event
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable", session=session)
        return page

    def close(self) -> None:
        self._connection.close()
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class Page:
    """One tab: commands, and a record of what it loaded and reported."""

    def __init__(self, browser: Chromium, session: str) -> None:
        self.browser = browser
        self.session = session
        self.requests: list[str] = []
        self.errors: list[str] = []  # console errors, uncaught exceptions, failed loads
        self.dialogs: list[str] = []
        self._loaded = threading.Event()

    def on_event(self, message: dict[str, Any]) -> None:
        method, params = message.get("method"), message.get("params") or {}
        if method == "Network.requestWillBeSent":
            self.requests.append(str(params["request"]["url"]))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append(" ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
        elif method == "Runtime.exceptionThrown":
            self.errors.append(str(params["exceptionDetails"].get("exception", {}).get("description")))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            self.errors.append(f"{params['entry'].get('text')} ({params['entry'].get('url')})")
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(str(params.get("message")))
            threading.Thread(target=self._dismiss, daemon=True).start()  # not on the reader thread
        elif method == "Page.loadEventFired":
            self._loaded.set()

    def _dismiss(self) -> None:
        self.send("Page.handleJavaScriptDialog", {"accept": True})

    def send(self, method: str, params: dict[str, Any] | None = None) -> Any:
        return self.browser.send(method, params, self.session)

    def goto(self, url: str, timeout: float = 30.0) -> None:
        self._loaded.clear()
        self.send("Page.navigate", {"url": url})
        if not self._loaded.wait(timeout):
            raise BrowserError(f"{url} did not load within {timeout} s")

    def evaluate(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True}
        )
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise BrowserError(str(details.get("exception", {}).get("description") or details.get("text")))
        return result["result"].get("value")

    def wait_for(self, condition: str, timeout: float = 10.0) -> Any:
        """The value of the JavaScript expression `condition` once it is truthy (re-checked on every
        change of the document); BrowserError after `timeout` seconds."""
        script = """new Promise((resolve, reject) => {
            let observer = null, timer = null;
            const check = () => {
                let value = null;
                try { value = (%s); } catch (e) { value = null; }
                if (!value) return false;
                if (observer) observer.disconnect();
                clearTimeout(timer);
                resolve(value);
                return true;
            };
            if (check()) return;
            observer = new MutationObserver(check);
            observer.observe(document, {subtree: true, childList: true, characterData: true,
                                        attributes: true});
            timer = setTimeout(() => { observer.disconnect(); reject(new Error("timed out: " + %s)); }, %d);
        })""" % (condition, json.dumps(condition), int(timeout * 1000))  # noqa: UP031
        return self.evaluate(script)

    def click(self, selector: str) -> None:
        self.evaluate(f"document.querySelector({json.dumps(selector)}).click()")

    def type(self, selector: str, text: str) -> None:
        """Focus the field and insert `text` as keyboard input would."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", {"text": text})

    def set_files(self, selector: str, paths: list[Path]) -> None:
        """Choose files in a file input, as a user picking them would."""
        root = self.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = self.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        self.send("DOM.setFileInputFiles", {"nodeId": node, "files": [str(p) for p in paths]})

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.write_bytes(base64.b64decode(data))
