"""The behaviour modules' records in the emulator's store, and resetting one account.

Everything lives in the store's `resources` table under the owning account, so a reset of the store
(or of the account) forgets pending callbacks and scheduled state changes along with the data they
are about, and whatever is pending survives a restart with a database file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..store import Store

JOB = "emulator_job"  # a scheduled state change (message step, compliance review)
CALLBACK = "emulator_callback"  # a request to the customer's server, delivered in order per subject
ATTEMPT = "emulator_callback_attempt"  # one try at delivering a callback (parent: callback id)
NUMBER = "emulator_number"  # a number's inbound configuration (message_url, message_method)
OPTOUT = "emulator_optout"  # a handset that texted STOP to one of the account's numbers
OWNERS = "*"  # number_pools' pseudo-account of the emulator-wide number registry


def update_resource(
    store: Store, account: str, kind: str, resource_id: str, changes: Mapping[str, Any], parent: str = ""
) -> dict[str, Any] | None:
    """Merge `changes` into a resource that still exists; None (and no write) when it is gone, so a
    late writer cannot bring back something a reset removed."""
    with store.transaction():
        doc = store.get_resource(account, kind, resource_id, parent=parent)
        if doc is None:
            return None
        doc.update(changes)
        store.put_resource(account, kind, resource_id, doc, parent=parent)
    return doc


def reset_account(store: Store, account: str) -> None:
    """Forget one account's messages, resources (callbacks and jobs included), the media bytes only
    they used, and the numbers it rents.

    The store offers no per-account deletion, so this works on its connection inside its own
    transaction (which holds the store's lock).
    """
    conn = store._conn  # the store's single connection; see the docstring
    with store.transaction():
        for (doc_text,) in conn.execute(
            "SELECT doc FROM resources WHERE account=? AND kind IN ('media', 'message_media')", (account,)
        ).fetchall():
            blob = json.loads(doc_text).get("_blob")
            if blob:
                store.release_blob(str(blob))
        store.delete_account_messages(account)
        conn.execute("DELETE FROM resources WHERE account=?", (account,))
        conn.execute(
            "DELETE FROM resources WHERE account=? AND kind='number_owner' "
            "AND json_extract(doc, '$.account')=?",
            (OWNERS, account),
        )
