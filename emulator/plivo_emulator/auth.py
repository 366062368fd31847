"""Accounts and HTTP Basic authentication.

An account is an Auth ID (`MA…` main account, `SA…` subaccount) with its Auth Token. The credentials
must belong to the account named in the path: a main account's credentials on a subaccount's
`/v1/Account/{auth_id}/…` (or any other account's) are answered with 401, as Plivo does for a
credential/path mismatch. Data is kept per account; a main account reaches its subaccounts' messages
only through the `subaccount` filter of the message list.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ApiError
from .spec import load_yaml

DEFAULT_AUTH_ID = "MAXXXXXXXXXXXXXXXXXX"
DEFAULT_AUTH_TOKEN = "emulator-auth-token"
AUTH_ID_RE = re.compile(r"^(MA|SA)[A-Z0-9]{18}$")
_CHALLENGE = {"WWW-Authenticate": 'Basic realm="plivo-emulator"'}
MAX_VERIFIED = 1024  # remembered valid Authorization headers (forgotten all at once when full)


class AccountError(ValueError):
    """An account definition the emulator cannot use."""


@dataclass(frozen=True)
class Account:
    auth_id: str
    auth_token: str
    parent: str | None = None  # the main account of a subaccount

    @property
    def is_main(self) -> bool:
        return self.auth_id.startswith("MA")


class Accounts:
    def __init__(self, accounts: Iterable[Account]) -> None:
        self._by_id: dict[str, Account] = {}
        for acc in accounts:
            if not AUTH_ID_RE.match(acc.auth_id):
                raise AccountError(f"{acc.auth_id!r}: an Auth ID is MA or SA followed by 18 of A-Z/0-9")
            if not acc.auth_token:
                raise AccountError(f"{acc.auth_id}: empty auth token")
            if acc.auth_id in self._by_id and self._by_id[acc.auth_id] != acc:
                raise AccountError(f"{acc.auth_id}: defined twice with different settings")
            self._by_id[acc.auth_id] = acc
        mains = [a for a in self._by_id.values() if a.is_main]
        if not mains:
            raise AccountError("at least one main (MA…) account is required")
        self.primary = mains[0]
        for acc in list(self._by_id.values()):
            if acc.is_main and acc.parent:
                raise AccountError(f"{acc.auth_id}: a main account has no parent")
            if not acc.is_main:
                parent = acc.parent or self.primary.auth_id
                if parent not in self._by_id or not self._by_id[parent].is_main:
                    raise AccountError(f"{acc.auth_id}: parent {parent} is not a main account defined here")
                self._by_id[acc.auth_id] = Account(acc.auth_id, acc.auth_token, parent)
        self._dummy = b"x" * 40
        # Authorization header -> its account, for headers already found valid: a client sends the
        # same header with every request, and decoding and comparing it each time is wasted work.
        self._verified: dict[str, Account] = {}

    def __iter__(self) -> Any:
        return iter(self._by_id.values())

    def get(self, auth_id: str) -> Account | None:
        return self._by_id.get(auth_id)

    def authenticate(self, authorization: str | None, path_auth_id: str) -> Account:
        """The account of valid credentials that match the path's account, else a 401."""
        account = self._verified.get(authorization or "")
        if account is None:
            account = self._verify(authorization)
            if len(self._verified) >= MAX_VERIFIED:
                self._verified.clear()
            self._verified[authorization or ""] = account
        if account.auth_id != path_auth_id:
            raise ApiError(
                401, "authentication failed: credentials do not belong to this account", headers=_CHALLENGE
            )
        return account

    def _verify(self, authorization: str | None) -> Account:
        if not authorization:
            raise ApiError(401, "authentication credentials were not provided", headers=_CHALLENGE)
        scheme, _, encoded = authorization.partition(" ")
        if scheme.lower() != "basic":
            raise ApiError(401, "authentication failed: use HTTP Basic", headers=_CHALLENGE)
        try:
            user, sep, token = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
        # ValueError: characters outside ASCII, which no Base64 text holds (the header arrives as
        # Latin-1 text)
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise ApiError(401, "authentication failed", headers=_CHALLENGE) from None
        account = self._by_id.get(user)
        expected = account.auth_token.encode() if account else self._dummy
        ok = hmac.compare_digest(expected, token.encode()) and bool(sep) and account is not None
        if not ok or account is None:
            raise ApiError(401, "authentication failed", headers=_CHALLENGE)
        return account


def parse_account(text: str) -> Account:
    """`AUTH_ID:AUTH_TOKEN[:PARENT_AUTH_ID]` as given to `--account`."""
    parts = text.split(":")
    if len(parts) not in (2, 3) or not parts[0] or not parts[1]:
        raise AccountError(f"{text!r}: expected AUTH_ID:AUTH_TOKEN or AUTH_ID:AUTH_TOKEN:PARENT_AUTH_ID")
    return Account(parts[0], parts[1], parts[2] if len(parts) == 3 and parts[2] else None)


def _from_mapping(item: Mapping[str, Any], parent: str | None, where: str) -> list[Account]:
    try:
        acc = Account(str(item["auth_id"]), str(item["auth_token"]), item.get("parent") or parent)
    except KeyError as exc:
        raise AccountError(f"{where}: missing {exc.args[0]}") from None
    out = [acc]
    for sub in item.get("subaccounts") or []:
        out.extend(_from_mapping(sub, acc.auth_id, where))
    return out


def load_accounts_file(path: str | Path) -> list[Account]:
    """Accounts from JSON or YAML: a list (or `{accounts: [...]}`) of `{auth_id, auth_token,
    parent?, subaccounts?: [...]}`."""
    text = Path(path).read_text(encoding="utf-8")
    data: Any = json.loads(text) if str(path).endswith(".json") else load_yaml(text)
    items = data.get("accounts") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise AccountError(f"{path}: expected a list of accounts")
    out: list[Account] = []
    for item in items:
        if not isinstance(item, dict):
            raise AccountError(f"{path}: each account is a mapping")
        out.extend(_from_mapping(item, None, str(path)))
    return out


def build_accounts(
    auth_id: str | None = None,
    auth_token: str | None = None,
    extra: Iterable[str] = (),
    accounts_file: str | Path | None = None,
) -> Accounts:
    """The primary account (given or the documented default) first, then the others."""
    accounts = [Account(auth_id or DEFAULT_AUTH_ID, auth_token or DEFAULT_AUTH_TOKEN)]
    if accounts_file:
        accounts.extend(load_accounts_file(accounts_file))
    accounts.extend(parse_account(text) for text in extra)
    return Accounts(accounts)
