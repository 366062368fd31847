"""A small synchronous client of the admin API (`admin-openapi.yaml`), for tests and scripts.

    admin = AdminClient("http://127.0.0.1:8787")
    admin.configure_number("14155550100", "http://127.0.0.1:9000/inbound")
    admin.simulate_inbound("14155550123", "14155550100", "STOP")
    [message] = admin.outbox(to_number="14155550123")
    code = admin.wait_for_code(number="14155550123")  # waits for the message, takes its code

The pytest fixture's handle is one. Each method raises `AdminError` for an error answer.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from ..inbox.waiting import MessageWaiting


class AdminError(RuntimeError):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"admin API answered {status}: {message}")
        self.status = status


def _query(filters: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in filters.items() if value is not None}


class AdminClient(MessageWaiting):
    def __init__(self, base_url: str, timeout: float = 30.0) -> None:
        self.admin_url = base_url.rstrip("/") + "/_emulator"
        self._timeout = timeout

    def admin(self, method: str, path: str, json: Any = None, params: dict[str, Any] | None = None) -> Any:
        """Call `/_emulator/{path}`; the decoded answer (None for 204)."""
        with httpx.Client(timeout=self._timeout, trust_env=False) as http:
            resp = http.request(method, f"{self.admin_url}/{path.lstrip('/')}", json=json, params=params)
        if resp.status_code >= 400:
            try:
                message = str(resp.json().get("error"))
            except ValueError:
                message = resp.text
            raise AdminError(resp.status_code, message)
        return resp.json() if resp.content else None

    def health(self) -> dict[str, Any]:
        result: dict[str, Any] = self.admin("GET", "health")
        return result

    def reset_emulator(self, auth_id: str | None = None) -> None:
        """Forget everything (or one account's data), as `POST /_emulator/reset`."""
        self.admin("POST", "reset", json={"auth_id": auth_id} if auth_id else None)

    def outbox(
        self,
        auth_id: str | None = None,
        number: str | None = None,
        from_number: str | None = None,
        to_number: str | None = None,
        state: str | None = None,
        type: str | None = None,
        direction: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Messages with their text, oldest first (outbound unless `direction="inbound"`)."""
        filters = _query(
            dict(
                auth_id=auth_id,
                number=number,
                from_number=from_number,
                to_number=to_number,
                state=state,
                type=type,
                direction=direction,
                limit=limit,
            )
        )
        objects: list[dict[str, Any]] = self.admin("GET", "outbox", params=filters)["objects"]
        return objects

    def callbacks(
        self,
        auth_id: str | None = None,
        subject: str | None = None,
        event: str | None = None,
        state: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Callbacks made, oldest first, each with `attempt_log`."""
        filters = _query(dict(auth_id=auth_id, subject=subject, event=event, state=state, limit=limit))
        objects: list[dict[str, Any]] = self.admin("GET", "callbacks", params=filters)["objects"]
        return objects

    def wait_for_callbacks(self, timeout: float = 10.0, **filters: Any) -> list[dict[str, Any]]:
        """The matching callbacks once none of them is pending any more."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.callbacks(**filters)
            if found and all(c["state"] != "pending" for c in found):
                return found
            if time.monotonic() > deadline:
                raise TimeoutError(f"callbacks still pending after {timeout} s: {found}")
            time.sleep(0.02)

    def simulate_inbound(
        self,
        from_number: str,
        to_number: str,
        text: str = "",
        type: str = "sms",
        media_urls: list[str] | None = None,
        media: list[dict[str, str]] | None = None,
        auth_id: str | None = None,
        wait: bool = True,
    ) -> dict[str, Any]:
        """A handset texts `to_number`; the stored message and the delivery to its `message_url`."""
        body: dict[str, Any] = {"from": from_number, "to": to_number, "type": type, "wait": wait}
        body.update(_query(dict(text=text or None, media_urls=media_urls, media=media, auth_id=auth_id)))
        result: dict[str, Any] = self.admin("POST", "inbound", json=body)
        return result

    def advance_message(self, message_uuid: str, state: str, error_code: str | None = None) -> dict[str, Any]:
        body = _query({"state": state, "error_code": error_code})
        result: dict[str, Any] = self.admin("POST", f"messages/{message_uuid}/state", json=body)
        return result

    def set_compliance_status(
        self, kind: str, resource_id: str, status: str, reason: str | None = None, number: str | None = None
    ) -> dict[str, Any]:
        body = _query({"status": status, "reason": reason, "number": number})
        result: dict[str, Any] = self.admin("POST", f"compliance/{kind}/{resource_id}/status", json=body)
        return result

    def configure_number(
        self, number: str, message_url: str | None, message_method: str = "POST", auth_id: str | None = None
    ) -> dict[str, Any]:
        body = _query({"message_url": message_url, "message_method": message_method, "auth_id": auth_id})
        if message_url is None:
            body["message_url"] = None
        result: dict[str, Any] = self.admin("PUT", f"numbers/{number}", json=body)
        return result

    def inject_fault(
        self,
        status: int | None = None,
        retry_after: int | None = None,
        latency_ms: int | None = None,
        count: int | None = None,
        seconds: float | None = None,
        auth_id: str | None = None,
        operation_id: str | None = None,
        message: str | None = None,
    ) -> dict[str, Any]:
        """Make API requests fail (`status`) and/or slow (`latency_ms`); see `addFault`."""
        body = _query(
            dict(
                status=status,
                retry_after=retry_after,
                latency_ms=latency_ms,
                count=count,
                seconds=seconds,
                auth_id=auth_id,
                operation_id=operation_id,
                message=message,
            )
        )
        result: dict[str, Any] = self.admin("POST", "faults", json=body)
        return result

    def clear_faults(self) -> None:
        self.admin("DELETE", "faults")

    def set_rate_limit(self, requests: int, per_seconds: float, auth_id: str | None = None) -> None:
        self.admin(
            "POST",
            "rate-limits",
            json=_query(dict(requests=requests, per_seconds=per_seconds, auth_id=auth_id)),
        )

    def clear_rate_limits(self) -> None:
        self.admin("DELETE", "rate-limits")

    def clock(self) -> dict[str, Any]:
        """The emulator's time (`now`) and how far it is ahead of the wall clock (`offset_seconds`)."""
        result: dict[str, Any] = self.admin("GET", "clock")
        return result

    def advance_clock(self, seconds: float) -> dict[str, Any]:
        """Move the emulator's time on; what comes due happens before this returns."""
        result: dict[str, Any] = self.admin("POST", "clock/advance", json={"seconds": seconds})
        return result
