"""`make docs` renders both specs offline into pages that headless Chromium (Debian's) shows in full:
every operation and webhook of the spec has its entry and its own rendered section, the console shows
no error, and nothing is requested from outside the file.

The pages are built with the network cut off (a new network namespace, `unshare -n`) where this
machine allows it, so a renderer that fetched anything while building would fail here too.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from browser_support import Chromium, Page
from install_support import REPO, clean_env, run

pytestmark = pytest.mark.timeout(900)

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
LOCAL_SCHEMES = {"file", "data", "blob", "about"}
SHOW_MORE = '[data-testid="show-more-operations"]'
LINKS = 'a[href^="#/"]'


@dataclass(frozen=True)
class Entry:
    operation_id: str
    summary: str
    webhook: str | None  # the webhook's name, None for a path operation


@dataclass(frozen=True)
class Reference:
    spec: Path
    page: Path

    def entries(self) -> list[Entry]:
        document: dict[str, Any] = yaml.load(self.spec.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        found: list[Entry] = []
        for section in ("paths", "webhooks"):
            for name, item in (document.get(section) or {}).items():
                for method, operation in item.items():
                    if method in METHODS:
                        webhook = name if section == "webhooks" else None
                        found.append(Entry(operation["operationId"], operation.get("summary", ""), webhook))
        return found


REFERENCES = {
    "messaging": Reference(REPO / "openapi.yaml", REPO / "build" / "docs" / "index.html"),
    "admin": Reference(
        REPO / "emulator" / "plivo_emulator" / "admin-openapi.yaml", REPO / "build" / "docs" / "admin.html"
    ),
}


def _offline() -> list[str]:
    """A prefix that runs a command without network, when this machine lets the tests make one."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True, check=False).returncode == 0:
        return [unshare, "-n"]
    return []


def _entry_links(page: Page) -> set[str]:
    """Every `#/tag/operation` link the page shows, tag by tag (the page renders the sections near the
    one shown, and a long tag lists its first operations behind a "Show N more" button)."""
    tags: list[str] = page.evaluate(
        "Array.from(document.querySelectorAll('a[href^=\"/\"]')).map(a => a.getAttribute('href'))"
        ".filter(href => href !== '/')"
    )
    assert tags, "the page shows no tag"
    links: set[str] = set()
    for tag in tags:
        page.evaluate(f"location.hash = {json.dumps('#' + tag)}")
        first = json.dumps(f'a[href^="#{tag}/"]')
        page.wait_for(f"!!document.querySelector({first})", timeout=30)
        more = json.dumps(SHOW_MORE)
        page.wait_for(
            f"document.querySelectorAll({more}).forEach(b => b.click()) ||"
            f" document.querySelectorAll({more}).length === 0",
            timeout=30,
        )
        shown = f"Array.from(document.querySelectorAll({json.dumps(LINKS)})).map(a => a.getAttribute('href'))"
        links.update(page.evaluate(shown))
    return links


@pytest.fixture(scope="module")
def pages() -> dict[str, Reference]:
    run(["make", "--no-print-directory", "node-deps"], cwd=REPO)
    for reference in REFERENCES.values():
        reference.page.unlink(missing_ok=True)
    run([*_offline(), "make", "--no-print-directory", "docs"], cwd=REPO, env=clean_env())
    return REFERENCES


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    with Chromium() as chromium:
        yield chromium


def test_the_messaging_reference_has_every_operation_and_webhook(pages: dict[str, Reference]) -> None:
    entries = pages["messaging"].entries()
    assert len([entry for entry in entries if entry.webhook is None]) == 58
    assert len([entry for entry in entries if entry.webhook]) >= 6


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_page_shows_every_entry_offline(name: str, pages: dict[str, Reference], browser: Chromium) -> None:
    reference = pages[name]
    page = browser.page()
    page.goto(reference.page.as_uri(), timeout=60)
    page.wait_for("document.querySelectorAll('a[href^=\"#/\"]').length > 0", timeout=60)
    links = _entry_links(page)
    entries = reference.entries()
    assert entries, f"{reference.spec} has no operations"
    routes: dict[str, str] = {}
    for entry in entries:
        matching = [link for link in links if link.rsplit("/", 1)[-1] == entry.operation_id.lower()]
        assert matching, f"{entry.operation_id} has no entry in {reference.page.name}"
        routes[entry.operation_id] = matching[0]
    # Each operation's own section renders: its summary shows as the heading beside the menu entry,
    # and a webhook's section names the webhook.
    for entry in entries:
        checks = ["true"]
        if entry.summary:
            checks.append(f"document.body.innerText.split({json.dumps(entry.summary)}).length > 2")
        if entry.webhook:
            checks.append(f"document.body.innerText.includes({json.dumps(entry.webhook)})")
        page.evaluate(f"location.hash = {json.dumps(routes[entry.operation_id])}")
        page.wait_for(" && ".join(checks), timeout=30)
    outside = [url for url in page.requests if urlsplit(url).scheme not in LOCAL_SCHEMES]
    assert outside == [], f"{reference.page.name} loaded from outside: {outside}"
    assert page.errors == [], f"{reference.page.name} console errors: {page.errors}"
