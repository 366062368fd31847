"""Command-line options of the emulator's behaviour (added to `plivo-emulator`'s parser)."""

from __future__ import annotations

import argparse
import os

from ..config import LIFECYCLE_ENV, LIFECYCLE_MODES, REVIEWS_ENV, BehaviourSettings, parse_rate_limit

DEFAULTS = BehaviourSettings()
# settings given as plain numbers: (field of BehaviourSettings, type, help)
_TUNING: tuple[tuple[str, type[int] | type[float], str], ...] = (
    ("time_scale", float, "multiplies the realistic lifecycle's delays"),
    ("callback_retries", int, "retries of a failed callback"),
    ("callback_backoff", float, "seconds before the first retry, doubling after each"),
    ("callback_timeout", float, "seconds to wait for an answer"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("behaviour (message lifecycle, callbacks, rate limits)")
    group.add_argument(
        "--lifecycle",
        choices=LIFECYCLE_MODES,
        default=os.environ.get(LIFECYCLE_ENV) or "instant",
        help="instant: messages finish before the send returns; realistic: they move on after "
        "seconds; manual: only the admin API moves them (default instant, or $" + LIFECYCLE_ENV + ")",
    )
    group.add_argument(
        "--reviews",
        choices=LIFECYCLE_MODES,
        default=os.environ.get(REVIEWS_ENV) or "manual",
        help="how compliance reviews end. manual (default, or $" + REVIEWS_ENV + "): brands, campaigns and "
        "toll-free verifications stay where Plivo starts them until the admin API or the inbox decides; "
        "instant: approved before the create returns; realistic: after seconds",
    )
    for name, kind, text in _TUNING:
        default = getattr(DEFAULTS, name)
        flag = "--" + name.replace("_", "-")
        group.add_argument(flag, type=kind, default=default, help=f"{text} (default {default:g})")
    group.add_argument(
        "--rate-limit",
        action="append",
        default=[],
        type=parse_rate_limit,
        metavar="[AUTH_ID=]REQUESTS/SECONDS",
        help="answer 429 above this many API requests per account (repeatable; Plivo's is 300/5)",
    )
    group.add_argument(
        "--inbox-public",
        action="store_true",
        help="serve the web inbox (/_emulator/inbox/) to browsers that do not connect over loopback",
    )


def settings_from_args(args: argparse.Namespace) -> BehaviourSettings:
    return BehaviourSettings(
        lifecycle=args.lifecycle,
        reviews=args.reviews,
        rate_limits=tuple(args.rate_limit),
        inbox_public=args.inbox_public,
        **{name: getattr(args, name) for name, _, _ in _TUNING},
    )
