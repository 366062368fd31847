"""The behaviour modules' records in the emulator's store, and resetting one account.

Everything lives in the store's `resources` table under the owning account, so a reset of the store
(or of the account) forgets pending callbacks and scheduled state changes along with the data they
are about, and whatever is pending survives a restart with a database file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..handlers.number_pools import numbers_of, release_number
from ..store import Store

JOB = "emulator_job"  # a scheduled state change (message step, compliance review)
CALLBACK = "emulator_callback"  # a request to the customer's server, delivered in order per subject
ATTEMPT = "emulator_callback_attempt"  # one try at delivering a callback (parent: callback id)
NUMBER = "emulator_number"  # a number's inbound configuration (message_url, message_method)
OPTOUT = "emulator_optout"  # a handset that texted STOP to one of the account's numbers


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
    they used, and the numbers it rents."""
    with store.transaction():
        store.delete_account(account)
        for number in numbers_of(store, account):
            release_number(store, account, number)
