"""The repository's own releases, read from CHANGELOG.md, are classified as what they were."""

from __future__ import annotations

import re

from specdiff import diff_documents
from specdiff.releases import release_commit, releases, show_version, spec_at
from specdiff.report import group
from specdiff_support import REPO

# The fields 1.1.0 opened (CHANGELOG.md, 1.1.0): schema -> fields.
OPENED_IN_1_1_0 = {
    "Message": {"message_direction", "message_state", "message_type", "conversation_origin", "log"},
    "MessageStatusCallback": {"Type", "Status"},
    "InboundMessageCallback": {"Type", "MessageIntent"},
    "PoolNumber": {"type", "service"},
    "PoolTollfree": {"type", "service"},
    "PoolShortcode": {"service"},
    "Profile": {"profile_type", "customer_type", "entity_type"},
    "Brand": {"brand_type", "registration_status", "entity_type"},
    "Campaign": {"registration_status", "campaign_source"},
    "CampaignNumber": {"status"},
}
FIELD = re.compile(r"^/components/schemas/(\w+)/properties/(\w+)(/.*)?$")


def test_releases_1_0_0_and_1_1_0_are_recorded_with_their_commits() -> None:
    found = releases((REPO / "CHANGELOG.md").read_text(encoding="utf-8"))
    versions = [show_version(r.version) for r in found]
    assert versions[-2:] == ["1.1.0", "1.0.0"]
    for release in found:
        spec = spec_at(REPO, release_commit(REPO, release))
        assert spec["info"]["version"] == show_version(release.version)


def test_1_0_0_to_1_1_0_opens_the_listed_enumerations_and_nothing_else() -> None:
    by_version = {
        show_version(r.version): r for r in releases((REPO / "CHANGELOG.md").read_text(encoding="utf-8"))
    }
    old = spec_at(REPO, release_commit(REPO, by_version["1.0.0"]))
    new = spec_at(REPO, release_commit(REPO, by_version["1.1.0"]))
    entries = group(diff_documents(old, new))
    opened: dict[str, set[str]] = {}
    described: set[tuple[str, str]] = set()
    for entry in entries:
        match = FIELD.match(entry.pointer)
        assert match, entry
        if entry.cls.value == "BREAKING":
            # A reader that treats the enumeration as closed may now meet values it does not know.
            assert "became an open enumeration" in entry.change, entry
            assert match[3] is None
            opened.setdefault(match[1], set()).add(match[2])
        else:
            assert entry.cls.value == "DOCS" and match[3] == "/description", entry
            described.add((match[1], match[2]))
    assert opened == OPENED_IN_1_1_0
    # Every opened field got a new description except these two, whose descriptions stayed as they were.
    unchanged = {("Message", "conversation_origin"), ("Message", "log")}
    assert described == {(s, f) for s, fields in OPENED_IN_1_1_0.items() for f in fields} - unchanged
    # Webhook payloads are read by the user's server, so opening their enumerations counts there too.
    webhooks = {w for e in entries if e.cls.value == "BREAKING" for w in e.wheres if w.startswith("webhook ")}
    assert webhooks == {"webhook messageStatus", "webhook inboundMessage"}
