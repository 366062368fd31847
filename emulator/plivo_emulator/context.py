"""What a handler receives (`Ctx`) and returns (`Result`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth import Account, Accounts
    from .clock import Clock
    from .config import Settings
    from .hooks import Hooks
    from .spec import Operation
    from .store import Store


@dataclass(frozen=True)
class UploadedFile:
    field: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class Ctx:
    """One request, validated. `account` is the authenticated account; an operation that needs no
    credentials (the admin API's) runs as the primary account."""

    operation: Operation
    account: Account
    accounts: Accounts
    path: dict[str, Any]  # validated path parameters (auth_id included)
    query: dict[str, Any]  # validated query parameters, schema defaults filled in
    body: Any  # the validated JSON body (or form fields), None when there is none
    files: list[UploadedFile]
    store: Store
    clock: Clock  # the app's clock: every time a handler writes comes from it
    settings: Settings
    hooks: Hooks
    base_url_of: Callable[[], str]  # computes `base_url`, the first time it is asked for
    request_path: str
    raw_query: list[tuple[str, str]]
    client_ip: str
    api_id: str

    @cached_property
    def base_url(self) -> str:
        """Public base URL of this emulator, no trailing slash (only media URLs need it)."""
        return self.base_url_of()


@dataclass
class Result:
    """A success response. `status` defaults to the operation's documented success status; `body`
    None means no body (204). `api_id` is added unless the body has one or `add_api_id` is False."""

    body: dict[str, Any] | None = None
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    add_api_id: bool = True


Handler = Callable[[Ctx], Result]
# The admin API's handlers may wait (for a callback to be delivered); the API's never do.
AnyHandler = Callable[[Ctx], Result | Awaitable[Result]]
