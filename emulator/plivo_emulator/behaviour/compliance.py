"""Compliance reviews: 10DLC brands, campaigns and number links, toll-free verifications.

The resource handlers keep each status change in one function (`brands.set_registration_status`,
`campaigns.set_registration_status`, `campaigns.set_number_status`, `tollfree_verifications.
set_status`), and the handlers that submit a request say so through `ctx.hooks` (`review_started`,
`numbers_linked`, `number_unlinked`). This module opens the review, ends it on the emulator's
clock (at once with `instant`, after `REVIEW_SECONDS` with `realistic`, only through the admin API with
`manual`) and reports each event to the URL given with the request, signed like every callback:

* `createBrand`: `created`, then `registered` (COMPLETED), or `rejected` (FAILED) when a text field
  contains `#reject`.
* `createCampaign`, `importCampaign`: `created`, then `registered` (ACTIVE), or `rejected` (FAILED)
  when a text field contains `#reject` or its brand was rejected; it waits while the brand is under
  review.
* `linkCampaignNumbers`: per number `created`, then `success` (COMPLETED), or `failed` (FAILED) for
  numbers `1555002XXXX` or when the campaign is not active; it waits while the campaign is under
  review.
* `unlinkCampaignNumber`: `created`, then `success`.
* `createTollfreeVerification`, `updateTollfreeVerification`: the new status, REJECTED with
  `#reject`, UPDATE_REQUIRED with `#update`, else APPROVED.

`#hold` in a text field keeps a review open for good (until the admin API ends it). Markers are
matched case-insensitively in every string of the stored resource.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from ..config import BehaviourSettings
from ..handlers import brands, campaigns, tollfree_verifications
from ..runtime import Runtime
from . import magic
from .callbacks import Callbacks
from .jobs import Jobs

log = logging.getLogger("plivo_emulator")
REVIEW_SECONDS = {"brand": 5.0, "campaign": 10.0, "campaign_number": 15.0, "tollfree_verification": 20.0}
KINDS = tuple(REVIEW_SECONDS)
EVENTS = {
    "brand": "brandStatus",
    "campaign": "campaignStatus",
    "campaign_number": "campaignNumberStatus",
    "tollfree_verification": "tollfreeVerificationStatus",
}
STATES = {
    "brand": brands.REGISTRATION_STATES,
    "campaign": campaigns.REGISTRATION_STATES,
    "campaign_number": campaigns.NUMBER_STATES,
    "tollfree_verification": tollfree_verifications.STATES,
}
# stored status -> the event a callback reports (statuses without one are not reported)
REPORTED = {
    "brand": {"COMPLETED": "registered", "FAILED": "rejected"},
    "campaign": {"ACTIVE": "registered", "FAILED": "rejected"},
    "campaign_number": {"COMPLETED": "success", "FAILED": "failed"},
    "tollfree_verification": {s: s for s in ("APPROVED", "REJECTED", "UPDATE_REQUIRED", "SUBMITTED")},
}
OPEN = {
    "brand": "PROCESSING",
    "campaign": "PROCESSING",
    "campaign_number": "PROCESSING",
    "tollfree_verification": "SUBMITTED",
}


class ComplianceError(LookupError):
    """The resource to move does not exist."""


class Compliance:
    def __init__(self, rt: Runtime, settings: BehaviourSettings, jobs: Jobs, callbacks: Callbacks) -> None:
        self.rt = rt
        self.store = rt.store
        self.clock = rt.clock
        self.settings = settings
        self.jobs = jobs
        self.callbacks = callbacks
        jobs.actions["review"] = self._job

    # ------------------------------------------------------------------------- starting reviews

    def started(self, kind: str, account: str, key: str) -> None:
        """A request was submitted (`Hooks.review_started`): report `created` where Plivo does, and
        open the review. A failure here is logged; it never fails the request that was accepted."""
        try:
            doc = self._find(kind, account, key)
            if doc is None:
                return
            if kind != "tollfree_verification":
                self._report(kind, account, key, *self._callback_target(kind, doc), _created(kind, key, doc))
            self._start(kind, account, key)
        except Exception:
            log.exception("starting the review of %s %s failed", kind, key)

    def unlinked(self, account: str, campaign_id: str, number: str, url: str, method: str) -> None:
        """The handler removed the link at once; the events still come, in order."""
        try:
            for status in ("created", "success"):
                params = {"campaign_id": campaign_id, "number": number, "status": status}
                self._report("campaign_number", account, f"{campaign_id}:{number}", url, method, params)
        except Exception:
            log.exception("reporting the unlinking of %s from %s failed", number, campaign_id)

    def _report(
        self, kind: str, account: str, subject: str, url: str, method: str, params: dict[str, str]
    ) -> None:
        if url:
            clean = {k: v for k, v in params.items() if v != ""}
            self.callbacks.enqueue(account, EVENTS[kind], f"{kind}:{subject}", url, method or "POST", clean)
            self.callbacks.queue.wake()

    def _start(self, kind: str, account: str, key: str) -> None:
        mode = self.settings.reviews or self.settings.lifecycle
        if mode == "instant":
            self.decide(kind, account, key)
        elif mode == "realistic":
            due = self.clock.now() + timedelta(seconds=REVIEW_SECONDS[kind] * self.settings.time_scale)
            self.jobs.schedule(account, f"review:{kind}:{key}", due, "review", {"kind": kind, "key": key})

    # --------------------------------------------------------------------------- ending reviews

    def _job(self, account: str, data: dict[str, Any]) -> tuple[datetime, dict[str, Any]] | None:
        waiting = self.decide(str(data["kind"]), account, str(data["key"]))
        if waiting:  # a campaign waits for its brand's review, a number link for its campaign's
            kind = str(data["kind"])
            return self.clock.now() + timedelta(seconds=REVIEW_SECONDS[kind] * self.settings.time_scale), data
        return None

    def decide(self, kind: str, account: str, key: str) -> bool:
        """End an open review by the rules of the module docstring; True when it has to wait."""
        doc = self._find(kind, account, key)
        if (
            doc is None
            or doc.get(status_field(kind)) != OPEN[kind]
            or magic.has_marker(doc, magic.HOLD_MARKER)
        ):
            return False
        reason = ""
        if kind == "brand":
            rejected = magic.has_marker(doc, magic.REJECT_MARKER)
            status, reason = (
                ("FAILED", "The brand details could not be verified.") if rejected else ("COMPLETED", "")
            )
        elif kind == "campaign":
            brand = brands.find_brand(self.store, account, str(doc.get("brand_id") or ""))
            if brand is not None and brand.get("registration_status") == "PROCESSING":
                return True
            if brand is not None and brand.get("registration_status") == "FAILED":
                status, reason = "FAILED", "The brand of this campaign was rejected."
            elif magic.has_marker(doc, magic.REJECT_MARKER):
                status, reason = "FAILED", "The campaign content does not meet carrier guidelines."
            else:
                status = "ACTIVE"
        elif kind == "campaign_number":
            campaign_id, number = key.split(":", 1)
            campaign = self.store.get_resource(account, campaigns.KIND, campaign_id)
            campaign_status = (campaign or {}).get("registration_status")
            if campaign_status == "PROCESSING":
                return True
            if campaign_status != "ACTIVE":
                status, reason = "FAILED", f"Campaign {campaign_id} is not active."
            elif magic.link_fails(number):
                status, reason = "FAILED", f"The carriers refused to link {number}."
            else:
                status = "COMPLETED"
        else:
            if magic.has_marker(doc, magic.REJECT_MARKER):
                status, reason = "REJECTED", "The opt-in evidence does not show consent."
            elif magic.has_marker(doc, magic.UPDATE_MARKER):
                status, reason = "UPDATE_REQUIRED", "Describe the use case in more detail."
            else:
                status = "APPROVED"
        self.set_status(kind, account, key, status, reason)
        return False

    def _find(self, kind: str, account: str, key: str) -> dict[str, Any] | None:
        if kind == "brand":
            return brands.find_brand(self.store, account, key)
        if kind == "campaign":
            return self.store.get_resource(account, campaigns.KIND, key)
        if kind == "campaign_number":
            campaign_id, number = key.split(":", 1)
            return self.store.get_resource(account, campaigns.NUMBER_KIND, number, parent=campaign_id)
        return self.store.get_resource(account, tollfree_verifications.KIND, key)

    def owner(self, kind: str, key: str) -> str | None:
        """The account holding a resource under review."""
        for name in [str(acc.auth_id) for acc in self.rt.settings.accounts]:
            if self._find(kind, name, key) is not None:
                return name
        return None

    def set_status(self, kind: str, account: str, key: str, status: str, reason: str = "") -> dict[str, Any]:
        """Move a resource to `status` through its handler's function and report the event."""
        if status not in STATES[kind]:
            raise ValueError(f"status: {kind} statuses are {', '.join(STATES[kind])}")
        with self.store.transaction():
            doc: dict[str, Any] | None
            if kind == "brand":
                declined = [{"code": "EMULATOR_REJECTED", "message": reason}] if status == "FAILED" else None
                doc = brands.set_registration_status(self.store, account, key, status, declined)
            elif kind == "campaign":
                doc = campaigns.set_registration_status(self.store, account, key, status, reason)
            elif kind == "campaign_number":
                campaign_id, number = key.split(":", 1)
                doc = campaigns.set_number_status(self.store, account, campaign_id, number, status)
            else:
                doc = tollfree_verifications.set_status(self.store, account, key, status, reason)
            if doc is None:
                raise ComplianceError(f"{kind} {key} not found")
            self.jobs.cancel(account, f"review:{kind}:{key}")
            event = REPORTED[kind].get(status)
            if event is not None:
                self._report(
                    kind,
                    account,
                    key,
                    *self._callback_target(kind, doc),
                    _params(kind, key, doc, event, reason),
                )
        return doc

    @staticmethod
    def _callback_target(kind: str, doc: dict[str, Any]) -> tuple[str, str]:
        if kind == "tollfree_verification":
            return str(doc.get("callback_url") or ""), str(doc.get("callback_method") or "POST")
        return str(doc.get("_url") or ""), str(doc.get("_method") or "POST")


def status_field(kind: str) -> str:
    return {"brand": "registration_status", "campaign": "registration_status"}.get(kind, "status")


def _params(kind: str, key: str, doc: dict[str, Any], event: str, reason: str) -> dict[str, str]:
    if kind == "brand":
        return {"brand_id": key, "status": event, "reason": reason}
    if kind == "campaign":
        return {
            "campaign_id": key,
            "brand_id": str(doc.get("brand_id") or ""),
            "status": event,
            "reason": reason,
        }
    if kind == "campaign_number":
        campaign_id, number = key.split(":", 1)
        return {"campaign_id": campaign_id, "number": number, "status": event, "reason": reason}
    return {
        "uuid": key,
        "number": str(doc.get("number") or ""),
        "profile_uuid": str(doc.get("profile_uuid") or ""),
        "status": event,
        "error_message": str(doc.get("error_message") or ""),
    }


def _created(kind: str, key: str, doc: dict[str, Any]) -> dict[str, str]:
    """The parameters of the `created` event of a new request."""
    if kind == "brand":
        return {"brand_id": key, "status": "created"}
    if kind == "campaign":
        return {"campaign_id": key, "brand_id": str(doc.get("brand_id") or ""), "status": "created"}
    campaign_id, number = key.split(":", 1)
    return {"campaign_id": campaign_id, "number": number, "status": "created"}
