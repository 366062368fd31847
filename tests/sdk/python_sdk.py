"""Capture what the official `plivo` Python SDK sends, by running each messaging method with a
transport that records the prepared request and answers a canned body (no server, no network).

Run as a script to rewrite corpus/python.json from the installed SDK.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import plivo  # type: ignore[import-untyped]  # the SDK ships no type information
import plivo.rest.client  # type: ignore[import-untyped]
import plivo.utils.template  # type: ignore[import-untyped]
import requests
from corpus_support import AUTH_ID, AUTH_TOKEN, CORPUS, Entry, SpecChecker, write
from requests.adapters import BaseAdapter

REPO = "plivo/plivo-python"
POOL = "2f6d2a0e-3b1c-4c55-9d7e-1a2b3c4d5e6f"
PP = "0c5f4b2e-7d31-4e8a-9b6f-2a1d3c4e5f60"
UUID = "6e1b6f52-8b41-4a0e-9a47-7d1c8a1f0b6e"
ADDRESS = {
    "street": "410 Harbor Blvd",
    "city": "Oakland",
    "state": "CA",
    "postal_code": "94607",
    "country": "US",
}
CONTACT = {"first_name": "Maya", "last_name": "Okafor", "phone": "14155550100", "email": "maya@example.com",
           "title": "Owner", "seniority": "admin"}  # fmt: skip
# What Plivo requires of a campaign (the SDKs send "" when these are left out, which Plivo refuses).
DESCRIPTION = "Reminders for upcoming dental appointments and replies to patient questions."
SAMPLE = "Harbor Dental: your cleaning is on Tue 10 Sep at 9:30."
# A body every SDK response parser can read: the fields the SDK looks up after a call.
CANNED = {
    "api_id": "2d5c1c1e-8a4b-11ef-9a2b-0242ac110002",
    "message_uuid": [UUID],
    "uuid": PP,
    "number_pool": f"/v1/Account/{AUTH_ID}/NumberPool/{POOL}/",
    "objects": [],
    "meta": {"limit": 20, "offset": 0, "total_count": 0, "next": None, "previous": None},
    "message": "ok",
}


class _Recorder(BaseAdapter):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[requests.PreparedRequest] = []

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float | None, float | None] | None = None,
        verify: bool | str = True,
        cert: str | tuple[str, str] | None = None,
        proxies: dict[str, str] | None = None,
    ) -> requests.Response:
        self.seen.append(request)
        response = requests.Response()
        response.status_code = 200
        response._content = json.dumps(CANNED).encode()
        response.headers["Content-Type"] = "application/json"
        response.url = request.url or ""
        response.request = request
        return response

    def close(self) -> None:
        pass


Call = tuple[str, Callable[[Any], Any], Callable[..., Any]]  # case, call, the SDK function it runs


def _calls(c: Any) -> list[Call]:
    pp = c.powerpacks.get(PP)  # the pool calls below read the Powerpack first
    pool = pp.numberpool
    message = plivo.resources.messages.Message(c, {"message_uuid": UUID})
    m, media, prof, brand, camp, tfv = (
        c.messages,
        c.media,
        c.profile,
        c.brand,
        c.campaign,
        c.tollfree_verification,
    )
    tpl = plivo.utils.template
    return [
        ("minimal", lambda c: m.create(src="14155550100", dst="14155550123", text="hi"), m.create),
        (
            "bulk",
            lambda c: m.create(src="14155550100", dst="+1 (415) 555-0123<14155550124<1415", text="hi"),
            m.create,
        ),
        ("powerpack", lambda c: m.create(powerpack_uuid=PP, dst="14155550123", text="hi"), m.create),
        (
            "full",
            lambda c: m.create(
                src="14155550100",
                dst="14155550123",
                text="hi",
                type_="mms",
                url="https://example.com/s",
                method="GET",
                log="false",
                trackable=True,
                media_urls=["https://example.com/a.png"],
                media_ids=[UUID],
                message_expiry=600,
                dlt_entity_id="1201",
                dlt_template_id="1207",
                dlt_template_category="service_implicit",
            ),
            m.create,
        ),
        # A Template with components cannot be sent: plivo 4.63 passes Component objects to json.dumps.
        (
            "whatsapp-minimal",
            lambda c: m.create(
                src="14155550100",
                dst="14155550123",
                type_="whatsapp",
                template=tpl.Template("hello_world", "en_US"),
            ),
            m.create,
        ),
        ("minimal", lambda c: m.get(UUID), m.get),
        ("minimal", lambda c: m.list(), m.list),
        (
            "full",
            lambda c: m.list(
                subaccount="SAXXXXXXXXXXXXXXXXXX",
                message_direction="outbound",
                message_time__gt="2024-09-01 00:00",
                message_time__lte="2024-09-02 00:00",
                message_state="delivered",
                limit=5,
                offset=10,
                error_code=200,
                powerpack_id=PP,
                message_type="sms",
                from_number="14155550100",
                to_number="14155550123",
            ),
            m.list,
        ),
        ("minimal", lambda c: message.listMedia(), message.listMedia),
        ("minimal", lambda c: media.get(UUID), media.get),
        ("minimal", lambda c: media.list(), media.list),
        ("minimal", lambda c: c.powerpacks.create("Reminders"), c.powerpacks.create),
        (
            "full",
            lambda c: c.powerpacks.create(
                "Reminders",
                sticky_sender=False,
                local_connect=False,
                application_type="XML",
                application_id="12345",
                number_priority=[
                    {
                        "country_iso": "US",
                        "priority": {
                            "priority1": "longcode",
                            "priority2": "shortcode",
                            "priority3": "tollfree",
                        },
                        "service_type": "SMS",
                    }
                ],
            ),
            c.powerpacks.create,
        ),
        ("minimal", lambda c: c.powerpacks.get(PP), c.powerpacks.get),
        ("minimal", lambda c: c.powerpacks.list(), c.powerpacks.list),
        ("full", lambda c: c.powerpacks.list(limit=5, offset=5), c.powerpacks.list),
        ("minimal", lambda c: pp.update(params={"name": "Renamed"}), pp.update),
        ("minimal", lambda c: pp.delete(), pp.delete),
        ("full", lambda c: pp.delete(unrent_numbers=True), pp.delete),
        ("minimal", lambda c: pp.list_numbers(), pp.list_numbers),
        (
            "full",
            lambda c: pp.list_numbers(
                starts_with="415", country_iso2="US", type="fixed", limit=5, offset=0, service="sms"
            ),
            pp.list_numbers,
        ),
        ("minimal", lambda c: pp.count_numbers(), pp.count_numbers),
        ("minimal", lambda c: pp.find_number("14155550123"), pp.find_number),
        ("full", lambda c: pp.find_number("14155550123", service="mms"), pp.find_number),
        ("minimal", lambda c: pp.add_number("14155550123"), pp.add_number),
        ("full", lambda c: pp.add_number("14155550123", service="mms"), pp.add_number),
        ("minimal", lambda c: pp.add_tollfree("18005550100"), pp.add_tollfree),
        ("minimal", lambda c: pp.remove_number("14155550123"), pp.remove_number),
        ("full", lambda c: pp.remove_number("14155550123", unrent=True), pp.remove_number),
        ("minimal", lambda c: pp.remove_tollfree("18005550100"), pp.remove_tollfree),
        ("minimal", lambda c: pp.remove_shortcode("444444"), pp.remove_shortcode),
        ("minimal", lambda c: pp.list_shortcodes(), pp.list_shortcodes),
        ("minimal", lambda c: pp.list_tollfree(), pp.list_tollfree),
        ("minimal", lambda c: pp.find_shortcode("444444"), pp.find_shortcode),
        ("minimal", lambda c: pp.find_tollfree("18005550100"), pp.find_tollfree),
        ("minimal", lambda c: pool.numbers.add("14155550123"), pool.numbers.add),
        ("minimal", lambda c: pool.numbers.list(), pool.numbers.list),
        ("minimal", lambda c: pool.numbers.remove("14155550123"), pool.numbers.remove),
        ("minimal", lambda c: pool.tollfree.add("18005550100"), pool.tollfree.add),
        ("minimal", lambda c: pool.tollfree.list(), pool.tollfree.list),
        ("minimal", lambda c: pool.shortcodes.list(), pool.shortcodes.list),
        ("minimal", lambda c: pool.shortcodes.find("444444"), pool.shortcodes.find),
        ("minimal", lambda c: pool.shortcodes.remove("444444"), pool.shortcodes.remove),
        ("minimal", lambda c: pool.tollfree.find("18005550100"), pool.tollfree.find),
        ("minimal", lambda c: pool.tollfree.remove("18005550100"), pool.tollfree.remove),
        ("minimal", lambda c: pool.numbers.find("14155550123"), pool.numbers.find),
        ("minimal", lambda c: pool.numbers.count(), pool.numbers.count),
        (
            "minimal",
            lambda c: prof.create(
                "Harbor",
                "DIRECT",
                "PRIVATE",
                "Harbor LLC",
                "HEALTHCARE",
                address=ADDRESS,
                authorized_contact=CONTACT,
            ),
            prof.create,
        ),
        (
            "full",
            lambda c: prof.create(
                "Harbor",
                "DIRECT",
                "PUBLIC",
                "Harbor LLC",
                "HEALTHCARE",
                alt_business_id="12",
                alt_business_id_type="DUNS",
                plivo_subaccount="SAXXXXXXXXXXXXXXXXXX",
                ein="845123907",
                ein_issuing_country="US",
                stock_symbol="HRB",
                stock_exchange="NASDAQ",
                website="https://harbor.example.com",
                address=ADDRESS,
                authorized_contact=CONTACT,
                business_contact_email="ops@example.com",
                doing_business_as="Harbor Dental",
            ),
            prof.create,
        ),
        ("minimal", lambda c: prof.get(UUID), prof.get),
        ("minimal", lambda c: prof.list(), prof.list),
        ("full", lambda c: prof.list(limit=5, offset=5), prof.list),
        ("minimal", lambda c: prof.update(UUID, {"website": "https://harbor.example.com"}), prof.update),
        (
            "full",
            lambda c: prof.update(
                UUID,
                {
                    "address": ADDRESS,
                    "authorized_contact": CONTACT,
                    "entity_type": "PRIVATE",
                    "vertical": "HEALTHCARE",
                    "company_name": "Harbor LLC",
                    "business_contact_email": "ops@example.com",
                },
            ),
            prof.update,
        ),
        ("minimal", lambda c: prof.delete(UUID), prof.delete),
        ("minimal", lambda c: brand.create("Harbor", "STANDARD", UUID), brand.create),
        (
            "full",
            lambda c: brand.create(
                "Harbor",
                "STARTER",
                UUID,
                secondary_vetting=True,
                business_contact_email="ops@example.com",
                url="https://example.com/b",
                method="GET",
            ),
            brand.create,
        ),
        ("minimal", lambda c: brand.get("BRPXS6E"), brand.get),
        ("minimal", lambda c: brand.get_usecases("BRPXS6E"), brand.get_usecases),
        ("minimal", lambda c: brand.list(), brand.list),
        ("full", lambda c: brand.list(type="STANDARD", status="COMPLETED", limit=5, offset=0), brand.list),
        ("minimal", lambda c: brand.delete("BRPXS6E"), brand.delete),
        (
            "minimal",
            lambda c: camp.create(
                "BRPXS6E", "HEALTHCARE", "2FA", description=DESCRIPTION, sample1=SAMPLE, sample2=SAMPLE
            ),
            camp.create,
        ),
        (
            "full",
            lambda c: camp.create(
                "BRPXS6E",
                "HEALTHCARE",
                "MIXED",
                description="Reminders for upcoming dental appointments and replies.",
                sample1="Harbor Dental: your cleaning is on Tue at 9:30.",
                sample2="Harbor Dental: we will call you back today.",
                sample3="s3",
                sample4="s4",
                sample5="s5",
                url="https://example.com/c",
                message_flow="Patients tick the consent box.",
                help_message="Call us",
                optin_keywords="START",
                optin_message="Subscribed",
                optout_keywords="STOP",
                optout_message="Unsubscribed",
                help_keywords="HELP",
                method="GET",
                embedded_link=True,
                embedded_phone=True,
                age_gated=True,
                direct_lending=True,
                subscriber_optout=True,
                subscriber_optin=True,
                subscriber_help=True,
                affiliate_marketing=True,
                campaign_alias="Reminders",
                sub_usecases=["ACCOUNT_NOTIFICATION", "CUSTOMER_CARE"],
                terms_and_conditions_link="https://example.com/t",
                privacy_policy_link="https://example.com/p",
            ),
            camp.create,
        ),
        ("minimal", lambda c: camp.import_campaign("CSH7R2W", "Shared"), camp.import_campaign),
        (
            "full",
            lambda c: camp.import_campaign("CSH7R2W", "Shared", url="https://example.com/c", method="POST"),
            camp.import_campaign,
        ),
        ("minimal", lambda c: camp.get("CMX4T8Q"), camp.get),
        ("minimal", lambda c: camp.list(), camp.list),
        (
            "full",
            lambda c: camp.list(
                brand_id="BRPXS6E",
                registration_status="ACTIVE",
                usecase="MIXED",
                campaign_source="plivo",
                limit=5,
                offset=0,
            ),
            camp.list,
        ),
        ("minimal", lambda c: camp.update("CMX4T8Q"), camp.update),
        (
            "full",
            lambda c: camp.update(
                "CMX4T8Q",
                reseller_id="R1",
                description="d" * 40,
                sample1="s" * 20,
                sample2="t" * 20,
                help_message="h",
                message_flow="f",
                optin_keywords="START",
                optout_keywords="STOP",
                help_keywords="HELP",
                terms_and_conditions_link="https://example.com/t",
            ),
            camp.update,
        ),
        ("minimal", lambda c: camp.delete("CMX4T8Q"), camp.delete),
        ("minimal", lambda c: camp.number_link("CMX4T8Q", numbers=["14155550123"]), camp.number_link),
        (
            "full",
            lambda c: camp.number_link(
                "CMX4T8Q", url="https://example.com/n", method="GET", numbers=["+14155550123", "14155550124"]
            ),
            camp.number_link,
        ),
        ("minimal", lambda c: camp.get_numbers("CMX4T8Q"), camp.get_numbers),
        ("full", lambda c: camp.get_numbers("CMX4T8Q", limit=5, offset=0), camp.get_numbers),
        ("minimal", lambda c: camp.get_number("CMX4T8Q", "14155550123"), camp.get_number),
        ("minimal", lambda c: camp.number_unlink("CMX4T8Q", "14155550123"), camp.number_unlink),
        (
            "full",
            lambda c: camp.number_unlink("CMX4T8Q", "14155550123", url="https://example.com/n", method="GET"),
            camp.number_unlink,
        ),
        (
            "full",
            lambda c: tfv.create(
                profile_uuid=UUID,
                usecase="2FA,ACCOUNT_NOTIFICATION",
                usecase_summary="One-time codes for sign-in.",
                message_sample="Your code is 123456.",
                optin_image_url="https://example.com/optin.png",
                volume="1000",
                number="18005550100",
                additional_information="none",
                extra_data="none",
                optin_type="WEB_FORM",
                callback_url="https://example.com/t",
                callback_method="POST",
                terms_and_conditions_link="https://example.com/t",
                privacy_policy_link="https://example.com/p",
                optin_message="Reply YES",
                help_message="Reply HELP",
            ),
            tfv.create,
        ),
        ("minimal", lambda c: tfv.get(UUID), tfv.get),
        ("minimal", lambda c: tfv.list(), tfv.list),
        (
            "full",
            lambda c: tfv.list(
                number="18005550100",
                status="SUBMITTED",
                profile_uuid=UUID,
                created__gt="2024-01-01",
                created__lte="2024-12-31",
                usecase="2FA",
                limit=5,
                offset=0,
            ),
            tfv.list,
        ),
        ("minimal", lambda c: tfv.update(UUID, volume="2000"), tfv.update),
        ("minimal", lambda c: tfv.delete(UUID), tfv.delete),
    ]


def _location(function: Callable[..., Any]) -> tuple[str, str]:
    func = inspect.unwrap(getattr(function, "__func__", function))
    source = Path(inspect.getsourcefile(func) or "")
    package_root = Path(plivo.__file__).resolve().parent.parent  # the folder holding `plivo/`
    return source.resolve().relative_to(package_root).as_posix(), func.__qualname__


def capture() -> list[Entry]:
    checker = SpecChecker()
    recorder = _Recorder()
    client = plivo.RestClient(AUTH_ID, AUTH_TOKEN)
    for session in (client.session, client.multipart_session):
        session.mount("https://", recorder)
        session.mount("http://", recorder)
    entries: list[Entry] = []
    for case, call, function in _calls(client):
        before = len(recorder.seen)
        with contextlib.suppress(Exception):  # the canned answer need not suit the SDK's parser
            call(client)
        request = recorder.seen[-1] if len(recorder.seen) > before else None
        if request is None:
            raise AssertionError(f"{case} call of {function.__qualname__} sent nothing")
        path, qualname = _location(function)
        url = str(request.url)
        query = [[k, v] for k, v in parse_qsl(url.partition("?")[2], keep_blank_values=True)]
        raw = request.body
        content_type = str(request.headers.get("Content-Type", "application/json")).split(";")[0]
        body = (
            json.loads(raw)
            if isinstance(raw, (str, bytes)) and raw and content_type == "application/json"
            else None
        )
        entries.append(
            Entry(
                sdk="python",
                repo=REPO,
                path=path,
                function=qualname,
                operation=checker.operation_of(str(request.method), url),
                case=case,
                method=str(request.method),
                url_path=url.split("?")[0].split("/v1/Account/", 1)[1],
                query=query,
                body=body,
                content_type=content_type,
            )
        )
    return entries


if __name__ == "__main__":
    out = CORPUS / "python.json"
    found = capture()
    write(out, found)
    sys.stdout.write(f"{len(found)} requests written to {out.name}\n")
