"""The requests the official Go SDK (plivo-go) builds, derived from its source.

No Go toolchain is needed: the SDK sends each params struct through `encoding/json` (bodies) or
`go-querystring` (GET queries), so a request follows from the struct's fields and tags. This module
parses the struct declarations of the SDK's source files and applies those encoders' rules: a field
without `omitempty` is always sent, as its zero value when the caller left it unset (`""`, `0`,
`false`, `null` for pointers, slices, maps and interfaces, an object for a nested struct).

Run as a script with the SDK's source folder (a checkout of github.com/plivo/plivo-go) to rewrite
corpus/go.json.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from corpus_support import CORPUS, Entry, write

REPO = "plivo/plivo-go"
_STRUCT = re.compile(r"^type (\w+) struct \{\n(.*?)^\}", re.M | re.S)
_FIELD = re.compile(r"^\s*(\w+)\s+([\w\[\]\*\.\{\}]+)\s*(`[^`]*`)?", re.M)
_TAG = re.compile(r'(\w+):"([^"]*)"')
_ALIAS = re.compile(r"^type (\w+) (string|int|bool|int64|float64)$", re.M)


@dataclass(frozen=True)
class Field:
    go_name: str
    go_type: str
    json_name: str | None
    json_omitempty: bool
    url_name: str | None
    url_omitempty: bool


def _tag(tags: dict[str, str], key: str, go_name: str) -> tuple[str | None, bool]:
    if key not in tags:
        return (go_name if key == "json" else None), False
    name, *opts = tags[key].split(",")
    if name == "-":
        return None, False
    return (name or go_name), "omitempty" in opts


class GoSource:
    """The exported struct declarations of the SDK's .go files (tests left out)."""

    def __init__(self, folder: Path) -> None:
        self.structs: dict[str, tuple[Path, list[Field]]] = {}
        self.aliases: dict[str, str] = {}
        for path in sorted(folder.glob("*.go")):
            if path.name.endswith("_test.go"):
                continue
            text = path.read_text(encoding="utf-8")
            self.aliases.update(dict(_ALIAS.findall(text)))
            for name, body in _STRUCT.findall(text):
                body = re.sub(r"struct \{.*?\n\s*\}", "struct{}", body, flags=re.S)  # nested anonymous
                fields = []
                for go_name, go_type, raw_tag in _FIELD.findall(body):
                    if not go_name[0].isupper():
                        continue
                    tags = dict(_TAG.findall(raw_tag or ""))
                    json_name, json_omit = _tag(tags, "json", go_name)
                    url_name, url_omit = _tag(tags, "url", go_name)
                    fields.append(Field(go_name, go_type, json_name, json_omit, url_name, url_omit))
                self.structs[name] = (path, fields)

    def file_of(self, struct: str) -> str:
        return self.structs[struct][0].name

    def _zero(self, go_type: str) -> Any:
        base = self.aliases.get(go_type, go_type)
        if base.startswith(("*", "[]", "map[")) or base in ("interface{}", "any"):
            return None
        if base == "string":
            return ""
        if base == "bool":
            return False
        if re.fullmatch(r"u?int\d*|float\d+", base):
            return 0
        if base in self.structs:
            return self.body(base, {})
        return {}  # struct{} and unknown types

    def _value(self, go_type: str, given: Any) -> Any:
        inner = go_type.lstrip("*")
        if isinstance(given, dict) and inner in self.structs:
            return self.body(inner, given)
        if isinstance(given, list) and inner.startswith("[]") and inner[2:].lstrip("*") in self.structs:
            return [self.body(inner[2:].lstrip("*"), g) for g in given]
        return given

    def body(self, struct: str, given: dict[str, Any]) -> dict[str, Any]:
        """What `json.Marshal` writes for the struct with the fields in `given` (by JSON name) set."""
        out: dict[str, Any] = {}
        for f in self.structs[struct][1]:
            if f.json_name is None:
                continue
            value = (
                self._value(f.go_type, given[f.json_name]) if f.json_name in given else self._zero(f.go_type)
            )
            pointer_set = f.go_type.startswith("*") and f.json_name in given
            empty = (value in ("", 0, False, None, [], {}) and not isinstance(value, dict)) or value is None
            if isinstance(value, dict) and not value and f.go_type.startswith(("map[", "*map[")):
                empty = True
            if f.json_omitempty and empty and not pointer_set:
                continue
            out[f.json_name] = value
        return out

    def query(self, struct: str, given: dict[str, Any]) -> list[list[str]]:
        """What `go-querystring` writes for the struct (booleans and numbers as text)."""
        out: list[list[str]] = []
        for f in self.structs[struct][1]:
            if f.url_name is None:
                continue
            key = f.json_name if f.json_name in given else f.url_name
            value = given.get(key, self._zero(f.go_type))
            if f.url_omitempty and value in ("", 0, False, None):
                continue
            if value is None:
                continue
            text = str(value).lower() if isinstance(value, bool) else str(value)
            out.append([f.url_name, text])
        return out


UUID = "6e1b6f52-8b41-4a0e-9a47-7d1c8a1f0b6e"
PP = "0c5f4b2e-7d31-4e8a-9b6f-2a1d3c4e5f60"
POOL = "2f6d2a0e-3b1c-4c55-9d7e-1a2b3c4d5e6f"
ADDRESS = {
    "street": "410 Harbor Blvd",
    "city": "Oakland",
    "state": "CA",
    "postal_code": "94607",
    "country": "US",
}
CONTACT = {"first_name": "Maya", "last_name": "Okafor", "phone": "14155550100", "email": "maya@example.com",
           "title": "Owner", "seniority": "admin"}  # fmt: skip
DESCRIPTION = "Reminders for upcoming dental appointments and replies to patient questions."
SAMPLE = "Harbor Dental: your cleaning is on Tue 10 Sep at 9:30."

# (function, case, method, operation, url path, params struct or None, fields set by the caller)
CALLS: list[tuple[str, str, str, str, str, str | None, dict[str, Any]]] = [
    (
        "MessageService.Create",
        "minimal",
        "POST",
        "sendMessage",
        "Message",
        "MessageCreateParams",
        {"src": "14155550100", "dst": "14155550123", "text": "hi"},
    ),
    (
        "MessageService.Create",
        "bulk",
        "POST",
        "sendMessage",
        "Message",
        "MessageCreateParams",
        {"src": "14155550100", "dst": "+1 (415) 555-0123<14155550124<1415", "text": "hi"},
    ),
    (
        "MessageService.Create",
        "full",
        "POST",
        "sendMessage",
        "Message",
        "MessageCreateParams",
        {
            "src": "14155550100",
            "dst": "14155550123",
            "text": "hi",
            "type": "mms",
            "url": "https://example.com/s",
            "method": "GET",
            "trackable": True,
            "log": False,
            "media_urls": ["https://example.com/a.png"],
            "media_ids": [UUID],
            "message_expiry": 600,
            "dlt_entity_id": "1201",
            "dlt_template_id": "1207",
            "dlt_template_category": "service_implicit",
        },
    ),
    (
        "MessageService.Create",
        "powerpack",
        "POST",
        "sendMessage",
        "Message",
        "MessageCreateParams",
        {"powerpack_uuid": PP, "dst": "14155550123", "text": "hi"},
    ),
    (
        "MessageService.Create",
        "whatsapp-minimal",
        "POST",
        "sendMessage",
        "Message",
        "MessageCreateParams",
        {
            "src": "14155550100",
            "dst": "14155550123",
            "type": "whatsapp",
            "template": {"name": "hello_world", "language": "en_US"},
        },
    ),
    (
        "MessageService.Create",
        "whatsapp",
        "POST",
        "sendMessage",
        "Message",
        "MessageCreateParams",
        {
            "src": "14155550100",
            "dst": "14155550123",
            "type": "whatsapp",
            "template": {
                "name": "order_update",
                "language": "en_US",
                "components": [{"type": "body", "parameters": [{"type": "text", "text": "A-1042"}]}],
            },
        },
    ),
    ("MessageService.List", "minimal", "GET", "listMessages", "Message", "MessageListParams", {}),
    (
        "MessageService.List",
        "full",
        "GET",
        "listMessages",
        "Message",
        "MessageListParams",
        {
            "limit": 5,
            "offset": 10,
            "message_direction": "outbound",
            "message_state": "delivered",
            "message_time__gt": "2024-09-01 00:00",
            "error_code": 200,
        },
    ),
    ("MessageService.Get", "minimal", "GET", "getMessage", f"Message/{UUID}", None, {}),
    ("MessageService.ListMedia", "minimal", "GET", "listMessageMedia", f"Message/{UUID}/Media/", None, {}),
    ("MediaService.Get", "minimal", "GET", "getMedia", f"Media/{UUID}", None, {}),
    ("MediaService.List", "minimal", "GET", "listMedia", "Media", "MediaListParams", {}),
    (
        "PowerpackService.Create",
        "minimal",
        "POST",
        "createPowerpack",
        "Powerpack",
        "PowerackCreateParams",
        {"name": "Reminders"},
    ),
    (
        "PowerpackService.Create",
        "full",
        "POST",
        "createPowerpack",
        "Powerpack",
        "PowerackCreateParams",
        {
            "name": "Reminders",
            "sticky_sender": False,
            "local_connect": False,
            "application_type": "XML",
            "application_id": "12345",
            "number_priority": [
                {"country_iso": "US", "service_type": "SMS", "priority": {"priority1": "longcode"}}
            ],
        },
    ),
    ("PowerpackService.List", "minimal", "GET", "listPowerpacks", "Powerpack/", "PowerpackListParams", {}),
    ("PowerpackService.Get", "minimal", "GET", "getPowerpack", f"Powerpack/{PP}/", None, {}),
    (
        "PowerpackService.Update",
        "minimal",
        "POST",
        "updatePowerpack",
        f"Powerpack/{PP}",
        "PowerackUpdateParams",
        {"name": "Renamed"},
    ),
    (
        "PowerpackService.Delete",
        "minimal",
        "DELETE",
        "deletePowerpack",
        f"Powerpack/{PP}",
        "PowerpackDeleteParams",
        {},
    ),
    (
        "PowerpackService.Delete",
        "full",
        "DELETE",
        "deletePowerpack",
        f"Powerpack/{PP}",
        "PowerpackDeleteParams",
        {"unrent_numbers": True},
    ),
    (
        "PowerpackService.List_numbers",
        "minimal",
        "GET",
        "listPoolNumbers",
        f"NumberPool/{POOL}/Number/",
        "PowerpackSearchParam",
        {},
    ),
    (
        "PowerpackService.List_numbers",
        "full",
        "GET",
        "listPoolNumbers",
        f"NumberPool/{POOL}/Number/",
        "PowerpackSearchParam",
        {"starts_with": "415", "country_iso2": "US", "type": "fixed", "limit": 5, "service": "sms"},
    ),
    (
        "PowerpackService.FindNumbersWithOptions",
        "minimal",
        "GET",
        "getPoolNumber",
        f"NumberPool/{POOL}/Number/14155550123/",
        "PowerpackFindNumberOptions",
        {},
    ),
    (
        "PowerpackService.AddNumberWithOptions",
        "minimal",
        "POST",
        "addPoolNumber",
        f"NumberPool/{POOL}/Number/14155550123",
        "PowerpackAddNumberOptions",
        {},
    ),
    (
        "PowerpackService.AddNumberWithOptions",
        "full",
        "POST",
        "addPoolNumber",
        f"NumberPool/{POOL}/Number/14155550123",
        "PowerpackAddNumberOptions",
        {"service": "mms"},
    ),
    (
        "PowerpackService.Add_tollfree",
        "minimal",
        "POST",
        "addPoolTollfreeNumber",
        f"NumberPool/{POOL}/Tollfree/18005550100",
        None,
        {},
    ),
    (
        "PowerpackService.Remove_number",
        "minimal",
        "DELETE",
        "removePoolNumber",
        f"NumberPool/{POOL}/Number/14155550123",
        "NumberRemoveParams",
        {},
    ),
    (
        "PowerpackService.Remove_number",
        "full",
        "DELETE",
        "removePoolNumber",
        f"NumberPool/{POOL}/Number/14155550123",
        "NumberRemoveParams",
        {"unrent": True},
    ),
    (
        "PowerpackService.Remove_tollfree",
        "minimal",
        "DELETE",
        "removePoolTollfreeNumber",
        f"NumberPool/{POOL}/Tollfree/18005550100",
        "NumberRemoveParams",
        {},
    ),
    (
        "PowerpackService.Remove_shortcode",
        "minimal",
        "DELETE",
        "removePoolShortcode",
        f"NumberPool/{POOL}/Shortcode/444444",
        None,
        {},
    ),
    (
        "PowerpackService.List_shortcodes",
        "minimal",
        "GET",
        "listPoolShortcodes",
        f"NumberPool/{POOL}/Shortcode",
        None,
        {},
    ),
    (
        "PowerpackService.List_tollfree",
        "minimal",
        "GET",
        "listPoolTollfreeNumbers",
        f"NumberPool/{POOL}/Tollfree",
        None,
        {},
    ),
    (
        "PowerpackService.Find_shortcode",
        "minimal",
        "GET",
        "getPoolShortcode",
        f"NumberPool/{POOL}/Shortcode/444444/",
        None,
        {},
    ),
    (
        "PowerpackService.Find_tollfree",
        "minimal",
        "GET",
        "getPoolTollfreeNumber",
        f"NumberPool/{POOL}/Tollfree/18005550100/",
        None,
        {},
    ),
    (
        "ProfileService.Create",
        "minimal",
        "POST",
        "createProfile",
        "Profile",
        "CreateProfileRequestParams",
        {
            "profile_alias": "Harbor",
            "customer_type": "DIRECT",
            "entity_type": "PRIVATE",
            "company_name": "Harbor LLC",
            "vertical": "HEALTHCARE",
            "address": ADDRESS,
            "authorized_contact": CONTACT,
        },
    ),
    (
        "ProfileService.Create",
        "full",
        "POST",
        "createProfile",
        "Profile",
        "CreateProfileRequestParams",
        {
            "profile_alias": "Harbor",
            "customer_type": "DIRECT",
            "entity_type": "PUBLIC",
            "company_name": "Harbor LLC",
            "vertical": "HEALTHCARE",
            "address": ADDRESS,
            "authorized_contact": CONTACT,
            "ein": "845123907",
            "ein_issuing_country": "US",
            "stock_symbol": "HRB",
            "stock_exchange": "NASDAQ",
            "alt_business_id": "12",
            "alt_business_id_type": "DUNS",
            "plivo_subaccount": "SAXXXXXXXXXXXXXXXXXX",
            "website": "https://harbor.example.com",
            "business_contact_email": "ops@example.com",
            "doing_business_as": "Harbor Dental",
        },
    ),
    ("ProfileService.List", "minimal", "GET", "listProfiles", "Profile", "ProfileListParams", {}),
    ("ProfileService.Get", "minimal", "GET", "getProfile", f"Profile/{UUID}", None, {}),
    (
        "ProfileService.Update",
        "minimal",
        "POST",
        "updateProfile",
        f"Profile/{UUID}",
        "UpdateProfileRequestParams",
        {"website": "https://harbor.example.com"},
    ),
    (
        "ProfileService.Update",
        "full",
        "POST",
        "updateProfile",
        f"Profile/{UUID}",
        "UpdateProfileRequestParams",
        {
            "address": ADDRESS,
            "authorized_contact": CONTACT,
            "entity_type": "PRIVATE",
            "vertical": "HEALTHCARE",
            "company_name": "Harbor LLC",
            "website": "https://harbor.example.com",
            "business_contact_email": "ops@example.com",
            "ein": "845123907",
            "ein_issuing_country": "US",
            "alt_business_id": "12",
            "alt_business_id_type": "DUNS",
        },
    ),
    ("ProfileService.Delete", "minimal", "DELETE", "deleteProfile", f"Profile/{UUID}", None, {}),
    (
        "BrandService.Create",
        "minimal",
        "POST",
        "createBrand",
        "10dlc/Brand",
        "BrandCreationParams",
        {"brand_alias": "Harbor", "profile_uuid": UUID},
    ),
    (
        "BrandService.Create",
        "full",
        "POST",
        "createBrand",
        "10dlc/Brand",
        "BrandCreationParams",
        {
            "brand_alias": "Harbor",
            "profile_uuid": UUID,
            "brand_type": "STARTER",
            "secondary_vetting": "true",
            "url": "https://example.com/b",
            "method": "GET",
        },
    ),
    ("BrandService.List", "minimal", "GET", "listBrands", "10dlc/Brand", "BrandListParams", {}),
    ("BrandService.Get", "minimal", "GET", "getBrand", "10dlc/Brand/BRPXS6E", None, {}),
    ("BrandService.Usecases", "minimal", "GET", "getBrandUsecases", "10dlc/Brand/BRPXS6E/usecases", None, {}),
    ("BrandService.Delete", "minimal", "DELETE", "deleteBrand", "10dlc/Brand/BRPXS6E", None, {}),
    (
        "CampaignService.Create",
        "minimal",
        "POST",
        "createCampaign",
        "10dlc/Campaign",
        "CampaignCreationParams",
        {
            "brand_id": "BRPXS6E",
            "vertical": "HEALTHCARE",
            "usecase": "2FA",
            "description": DESCRIPTION,
            "sample1": SAMPLE,
            "sample2": SAMPLE,
            "subscriber_optin": True,
            "subscriber_optout": True,
            "subscriber_help": True,
        },
    ),
    (
        "CampaignService.Create",
        "full",
        "POST",
        "createCampaign",
        "10dlc/Campaign",
        "CampaignCreationParams",
        {
            "brand_id": "BRPXS6E",
            "campaign_alias": "Reminders",
            "vertical": "HEALTHCARE",
            "usecase": "MIXED",
            "sub_usecases": ["ACCOUNT_NOTIFICATION", "CUSTOMER_CARE"],
            "description": DESCRIPTION,
            "embedded_link": True,
            "embedded_phone": False,
            "age_gated": False,
            "direct_lending": False,
            "subscriber_optin": True,
            "subscriber_optout": True,
            "subscriber_help": True,
            "affiliate_marketing": False,
            "sample1": SAMPLE,
            "sample2": SAMPLE,
            "url": "https://example.com/c",
            "method": "POST",
            "message_flow": "Patients tick the consent box.",
            "help_message": "Call us",
            "optin_keywords": "START",
            "optin_message": "Subscribed",
            "optout_keywords": "STOP",
            "optout_message": "Unsubscribed",
            "help_keywords": "HELP",
            "terms_and_conditions_link": "https://example.com/t",
            "privacy_policy_link": "https://example.com/p",
        },
    ),
    (
        "CampaignService.Import",
        "minimal",
        "POST",
        "importCampaign",
        "10dlc/Campaign/Import",
        "ImportCampaignParams",
        {"campaign_id": "CSH7R2W", "campaign_alias": "Shared"},
    ),
    ("CampaignService.List", "minimal", "GET", "listCampaigns", "10dlc/Campaign", "CampaignListParams", {}),
    ("CampaignService.Get", "minimal", "GET", "getCampaign", "10dlc/Campaign/CMX4T8Q", None, {}),
    (
        "CampaignService.Update",
        "minimal",
        "POST",
        "updateCampaign",
        "10dlc/Campaign/CMX4T8Q",
        "CampaignUpdateParams",
        {"description": DESCRIPTION},
    ),
    ("CampaignService.Delete", "minimal", "DELETE", "deleteCampaign", "10dlc/Campaign/CMX4T8Q", None, {}),
    (
        "CampaignService.NumberLink",
        "minimal",
        "POST",
        "linkCampaignNumbers",
        "10dlc/Campaign/CMX4T8Q/Number",
        "CampaignNumberLinkParams",
        {"numbers": ["14155550123"]},
    ),
    (
        "CampaignService.NumberLink",
        "full",
        "POST",
        "linkCampaignNumbers",
        "10dlc/Campaign/CMX4T8Q/Number",
        "CampaignNumberLinkParams",
        {"numbers": ["+14155550123"], "url": "https://example.com/n", "method": "GET"},
    ),
    (
        "CampaignService.NumberGet",
        "minimal",
        "GET",
        "getCampaignNumber",
        "10dlc/Campaign/CMX4T8Q/Number/14155550123",
        None,
        {},
    ),
    (
        "CampaignService.NumbersGet",
        "minimal",
        "GET",
        "listCampaignNumbers",
        "10dlc/Campaign/CMX4T8Q/Number",
        "CampaignNumbersGetParams",
        {},
    ),
    (
        "CampaignService.NumberUnlink",
        "minimal",
        "DELETE",
        "unlinkCampaignNumber",
        "10dlc/Campaign/CMX4T8Q/Number/14155550123",
        "CampaignNumberUnlinkParams",
        {},
    ),
    (
        "TollfreeVerificationService.Create",
        "full",
        "POST",
        "createTollfreeVerification",
        "TollfreeVerification",
        "TollfreeVerificationCreateParams",
        {
            "profile_uuid": UUID,
            "usecase": "2FA,ACCOUNT_NOTIFICATION",
            "usecase_summary": "One-time codes.",
            "message_sample": "Your code is 123456.",
            "optin_image_url": "https://example.com/optin.png",
            "volume": "1000",
            "number": "18005550100",
            "additional_information": "none",
            "extra_data": "none",
            "optin_type": "WEB_FORM",
            "callback_url": "https://example.com/t",
            "callback_method": "POST",
        },
    ),
    (
        "TollfreeVerificationService.Update",
        "minimal",
        "POST",
        "updateTollfreeVerification",
        f"TollfreeVerification/{UUID}",
        "TollfreeVerificationUpdateParams",
        {"volume": "2000"},
    ),
    (
        "TollfreeVerificationService.Get",
        "minimal",
        "GET",
        "getTollfreeVerification",
        f"TollfreeVerification/{UUID}",
        None,
        {},
    ),
    (
        "TollfreeVerificationService.List",
        "minimal",
        "GET",
        "listTollfreeVerifications",
        "TollfreeVerification",
        "TollfreeVerificationListParams",
        {},
    ),
    (
        "TollfreeVerificationService.Delete",
        "minimal",
        "DELETE",
        "deleteTollfreeVerification",
        f"TollfreeVerification/{UUID}",
        None,
        {},
    ),
]


def _file_of_function(folder: Path, function: str) -> str:
    receiver, name = function.split(".")
    pattern = re.compile(rf"^func \(\w+ \*{receiver}\) {name}\(", re.M)
    for path in sorted(folder.glob("*.go")):
        if not path.name.endswith("_test.go") and pattern.search(path.read_text(encoding="utf-8")):
            return path.name
    raise LookupError(f"{function} is not in the Go SDK source")


def build(folder: Path) -> list[Entry]:
    source = GoSource(folder)
    entries = []
    for function, case, method, operation, url_path, struct, given in CALLS:
        query: list[list[str]] = []
        body: Any = None
        if struct is not None:
            if method == "GET":
                query = source.query(struct, given)
            else:
                body = source.body(struct, given)
        entries.append(
            Entry(
                sdk="go",
                repo=REPO,
                path=_file_of_function(folder, function),
                function=function + (f" ({struct})" if struct else ""),
                operation=operation,
                case=case,
                method=method,
                url_path=f"MAXXXXXXXXXXXXXXXXXX/{url_path}",
                query=query,
                body=body,
            )
        )
    return entries


if __name__ == "__main__":
    found = build(Path(sys.argv[1]))
    write(CORPUS / "go.json", found)
    sys.stdout.write(f"{len(found)} requests written to go.json\n")
