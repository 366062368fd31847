"""Realistic generated values for the contract tests (schemathesis hooks).

`schemathesis.toml` loads this file (`hooks = ...`) for the `st` command and for the pytest suite.
The spec describes phone numbers, destination lists, sender ids and Plivo's timestamps with
patterns; values drawn from a pattern alone are rarely numbers a carrier would route
(`00000`) or times that exist (`2024-19-39 27:61`). Before the spec is loaded, the named component
schemas below get a custom `format`, and a strategy is registered for each format: schemathesis
draws from the strategy, checks the value against the pattern as well, and falls back to the
pattern when the two disagree. The published `openapi.yaml` is not changed.

After loading, the account (`auth_id`) is taken out of the inferred resource dependencies (see
`forget_account_dependency`).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from typing import Any

import schemathesis
from hypothesis import strategies as st
from plivo_emulator.behaviour import magic

# Component schema -> custom format that gives it realistic values.
COMPONENT_FORMATS: dict[str, str] = {
    "PhoneNumber": "plivo-phone-number",
    "DestinationList": "plivo-destinations",
    "SenderId": "plivo-sender",
    "MessageTimeFilter": "plivo-time-filter",
    "DateFilter": "plivo-date-filter",
}

# Numbering plans of a few countries Plivo serves, country code included, no `+`.
_NATIONAL_PLANS = (
    r"1[2-9][0-9]{2}[2-9][0-9]{6}",  # US and Canada (NANP): area code and exchange never start 0/1
    r"447[1-9][0-9]{8}",  # United Kingdom mobile
    r"91[6-9][0-9]{9}",  # India mobile
    r"4915[0-9]{9}",  # Germany mobile
    r"614[0-9]{8}",  # Australia mobile
    r"55119[0-9]{8}",  # Brazil, Sao Paulo mobile
)
_TOLLFREE = r"18(00|33|44|55|66|77|88)[2-9][0-9]{6}"  # US and Canada toll-free
_EARLIEST = datetime(2023, 1, 1, tzinfo=UTC)
_LATEST = datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC)


def phone_numbers() -> st.SearchStrategy[str]:
    return st.one_of([st.from_regex(plan, fullmatch=True) for plan in _NATIONAL_PLANS])


def tollfree_numbers() -> st.SearchStrategy[str]:
    return st.from_regex(_TOLLFREE, fullmatch=True)


# Against the emulator (not Plivo's API), some destinations are its magic numbers, so that messages
# also end undelivered, failed and rejected and those records are checked too (with the `instant`
# lifecycle every other message is delivered before the send returns).
AGAINST_EMULATOR = os.environ.get("PLIVO_CONTRACT_LIVE", "").strip().lower() not in ("1", "true", "yes", "on")


def magic_numbers() -> st.SearchStrategy[str]:
    """`1555000CCCC` (the code's usual state), `1555001CCCC` undelivered, `1555002CCCC` failed,
    `1555003CCCC` rejected, with Plivo's error codes; `15550090000`-`3`: delivered, read, no report,
    expired (see the emulator's README)."""
    coded = st.builds(
        lambda block, code: f"{block}{int(code):04d}",
        st.sampled_from(["1555000", "1555001", "1555002", "1555003"]),
        st.sampled_from(sorted(magic.ERROR_CODES)),
    )
    return st.one_of(coded, st.sampled_from(["15550090000", "15550090001", "15550090002", "15550090003"]))


def destinations() -> st.SearchStrategy[str]:
    """One number, or a few joined with `<` (Plivo's bulk form), sometimes with a leading `+`."""
    numbers = st.one_of(phone_numbers(), magic_numbers()) if AGAINST_EMULATOR else phone_numbers()
    one = st.tuples(st.sampled_from(["", "", "", "+"]), numbers).map("".join)
    return st.lists(one, min_size=1, max_size=4).map("<".join)


def senders() -> st.SearchStrategy[str]:
    """A long code, a toll-free number, a short code or an alphanumeric sender id."""
    return st.one_of(
        phone_numbers(),
        tollfree_numbers(),
        st.from_regex(r"[1-9][0-9]{4,5}", fullmatch=True),
        st.from_regex(r"[A-Z][A-Za-z0-9]{2,10}", fullmatch=True),
    )


def _moments() -> st.SearchStrategy[datetime]:
    earliest, latest = _EARLIEST.replace(tzinfo=None), _LATEST.replace(tzinfo=None)
    return st.datetimes(min_value=earliest, max_value=latest, timezones=st.just(UTC))


def _time_filter(moment: datetime, precision: str, separator: str) -> str:
    text = moment.strftime(f"%Y-%m-%d{separator}%H:%M")
    if precision == "second":
        text += moment.strftime(":%S")
    elif precision == "micro":
        text += moment.strftime(":%S.%f")
    return text


def time_filters() -> st.SearchStrategy[str]:
    """`YYYY-MM-DD HH:MM[:SS[.ffffff]]` in UTC, as the message list filters take them."""
    return st.builds(
        _time_filter,
        _moments(),
        st.sampled_from(["minute", "second", "micro"]),
        st.sampled_from([" ", " ", "T"]),
    )


def _date_filter(moment: datetime, form: str) -> str:
    if form == "date":
        return moment.strftime("%Y-%m-%d")
    if form == "utc":
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def date_filters() -> st.SearchStrategy[str]:
    """A date, or an ISO-8601 UTC date and time, as the `created__*` filters take them."""
    return st.builds(_date_filter, _moments(), st.sampled_from(["date", "utc", "micro"]))


def uuids() -> st.SearchStrategy[str]:
    """Canonical lower-case UUIDs (version 4, as Plivo issues for its resources)."""
    return st.uuids(version=4).map(str)


def annotate(raw_schema: dict[str, Any]) -> None:
    """Give the named component schemas their custom format (those that have none)."""
    schemas = (raw_schema.get("components") or {}).get("schemas") or {}
    for name, fmt in COMPONENT_FORMATS.items():
        schema = schemas.get(name)
        if isinstance(schema, dict) and "format" not in schema:
            schema["format"] = fmt


# The emulator's store holds integers in 64 bits and refuses larger query values with 400 (the spec
# states no maximum for `offset` or `error_code`, and Plivo's bound is not documented), so generated
# valid values stay within that.
STORE_INT_MAX = 2**63 - 1


def bound_integer_parameters(raw_schema: dict[str, Any]) -> None:
    """Give integer parameters without a maximum the store's bound."""
    parameters = list(((raw_schema.get("components") or {}).get("parameters") or {}).values())
    for item in (raw_schema.get("paths") or {}).values():
        for operation in [item, *(v for v in item.values() if isinstance(v, dict))]:
            parameters.extend(operation.get("parameters") or [])
    for parameter in parameters:
        schema = parameter.get("schema") if isinstance(parameter, dict) else None
        if isinstance(schema, dict) and schema.get("type") == "integer" and "maximum" not in schema:
            schema["maximum"] = STORE_INT_MAX


def forget_account_dependency(schema: Any) -> None:
    """The account in every path is not a resource the API creates.

    schemathesis infers from `auth_id` a resource `Auth` that no operation produces, takes every
    operation for one that needs data nobody can supply, and starts stateful scenarios from almost
    none of them. The account is the caller's own (fixed by `[parameters]` in schemathesis.toml), so
    it is taken out of the inferred dependencies.
    """
    for node in schema.analysis.dependency_graph.operations.values():
        node.inputs[:] = [slot for slot in node.inputs if slot.parameter_name != "auth_id"]


@schemathesis.hook
def before_load_schema(context: schemathesis.HookContext, raw_schema: dict[str, Any]) -> None:
    annotate(raw_schema)
    bound_integer_parameters(raw_schema)


@schemathesis.hook
def after_load_schema(context: schemathesis.HookContext, schema: Any) -> None:
    forget_account_dependency(schema)


schemathesis.openapi.format("plivo-phone-number", phone_numbers())
schemathesis.openapi.format("plivo-destinations", destinations())
schemathesis.openapi.format("plivo-sender", senders())
schemathesis.openapi.format("plivo-time-filter", time_filters())
schemathesis.openapi.format("plivo-date-filter", date_filters())
schemathesis.openapi.format("uuid", uuids())
