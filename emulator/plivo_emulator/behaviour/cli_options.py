"""Command-line options of the emulator's behaviour (added to `plivo-emulator`'s parser)."""

from __future__ import annotations

import argparse
import os

from .settings import LIFECYCLE_ENV, LIFECYCLE_MODES, BehaviourSettings, parse_rate_limit


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
        "--time-scale",
        type=float,
        default=1.0,
        help="multiplies the realistic lifecycle's delays (default 1)",
    )
    group.add_argument(
        "--callback-retries", type=int, default=3, help="retries of a failed callback (default 3)"
    )
    group.add_argument(
        "--callback-backoff",
        type=float,
        default=60.0,
        help="seconds before the first retry, doubling after each (default 60)",
    )
    group.add_argument(
        "--callback-timeout", type=float, default=5.0, help="seconds to wait for an answer (default 5)"
    )
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
        time_scale=args.time_scale,
        callback_retries=args.callback_retries,
        callback_backoff=args.callback_backoff,
        callback_timeout=args.callback_timeout,
        rate_limits=tuple(args.rate_limit),
        inbox_public=args.inbox_public,
    )
