"""`plivo-emulator proxy` and `plivo-emulator drift`."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import socket
import sys
from collections.abc import Sequence

from ..server import bind, uvicorn_config
from ..spec import SPEC_ENV, SpecError
from .contract import Contract
from .drift import replay_files
from .har import HarError, HarRecorder
from .redact import Redactor
from .report import FAIL_ON, Report, fail_kinds
from .server import ProxyApp, ProxyConfig

COMMANDS = ("proxy", "drift")
FAIL_HELP = (
    "what makes the exit status 1: request (requests outside the spec), response (responses outside it, "
    "undocumented statuses), unknown (fields or enum values the spec does not list), any, none; "
    "comma-separated or repeated (default any)"
)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--spec", default=os.environ.get(SPEC_ENV), help="openapi.yaml to check against")
    p.add_argument("--report", metavar="FILE", help="write one JSON line per exchange to FILE")
    p.add_argument("--fail-on", action="append", default=[], metavar="WHAT", help=FAIL_HELP)


def proxy_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="plivo-emulator proxy",
        description="Forward requests to UPSTREAM unchanged, checking each request and response against "
        "the spec; a contract report is printed at exit (Ctrl-C).",
    )
    p.add_argument(
        "--upstream", required=True, metavar="URL", help="where requests go, e.g. https://api.plivo.com"
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8788, help="TCP port; 0 picks a free one (default 8788)")
    p.add_argument("--record", metavar="FILE", help="record the traffic as HAR 1.2, credentials redacted")
    p.add_argument(
        "--strict",
        action="store_true",
        help="answer a request outside the spec with a 400 instead of forwarding it",
    )
    p.add_argument(
        "--callback-target",
        metavar="URL",
        help="forward requests to /callbacks/REST to URL/REST, checked against the spec's webhooks",
    )
    p.add_argument(
        "--timeout", type=float, default=60.0, help="seconds to wait for the upstream (default 60)"
    )
    p.add_argument(
        "--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"]
    )
    _common(p)
    return p


def drift_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="plivo-emulator drift",
        description="Check recorded traffic (HAR files written by `plivo-emulator proxy --record`) against "
        "the spec, and show which operations, statuses and response fields it exercised.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="HAR file(s)")
    p.add_argument("--json", action="store_true", help="print the coverage as JSON instead of text")
    _common(p)
    return p


def _announce(sock: socket.socket, args: argparse.Namespace) -> None:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    extras = [
        "strict" if args.strict else "",
        f"callbacks -> {args.callback_target}" if args.callback_target else "",
        f"recording to {args.record}" if args.record else "",
    ]
    details = "; ".join(e for e in extras if e)
    print(
        f"plivo-emulator proxy listening on http://{shown}:{port} -> {args.upstream}"
        + (f" ({details})" if details else ""),
        flush=True,
    )


def run_proxy(argv: Sequence[str]) -> int:
    from ..cli import _AnnouncingServer, _stop, _Stopped  # the emulator's own start-up and signal handling

    args = proxy_parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    # httpx logs each upstream URL as it is, Auth ID and query string included; the proxy logs its own
    # redacted line instead
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(max(logging.WARNING, logging.getLogger().level))
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _stop)
    app: ProxyApp | None = None
    try:
        try:
            kinds = fail_kinds(args.fail_on or ["any"])
            contract = Contract(args.spec)
            redactor = Redactor()
            report = Report(redactor, args.report)
            recorder = HarRecorder(args.record, redactor) if args.record else None
            config = ProxyConfig(args.upstream, args.callback_target, args.strict, args.timeout)
            app = ProxyApp(contract, config, report, redactor, recorder)
            sock = bind(args.host, args.port)
        except (SpecError, OSError, ValueError) as exc:
            print(f"plivo-emulator proxy: {exc}", file=sys.stderr)
            return 2
        served = uvicorn_config(app, log_level=args.log_level)
        server = _AnnouncingServer(served, lambda: _announce(sock, args))
        server.run(sockets=[sock])
    except _Stopped:
        pass
    finally:
        if app is not None:
            app.close()
    if app is None:
        return 0
    print(app.report.summary(), flush=True)
    return 1 if app.report.failed(kinds) else 0


def run_drift(argv: Sequence[str]) -> int:
    args = drift_parser().parse_args(argv)
    try:
        kinds = fail_kinds(args.fail_on or ["any"])
        contract = Contract(args.spec)
        redactor = Redactor()
        report = Report(redactor, args.report)
        try:
            asyncio.run(replay_files(contract, report, args.files))
            coverage = report.coverage(contract)
            report.write_line({"coverage": coverage})
        finally:
            report.close()
    except (SpecError, HarError, OSError, ValueError) as exc:
        print(f"plivo-emulator drift: {exc}", file=sys.stderr)
        return 2
    print(report.summary())
    print(json.dumps(coverage, indent=1) if args.json else Report.coverage_text(coverage))
    return 1 if report.failed(kinds) else 0


def main(argv: Sequence[str]) -> int:
    command, rest = argv[0], list(argv[1:])
    return run_proxy(rest) if command == "proxy" else run_drift(rest)


__all__ = ["COMMANDS", "FAIL_ON", "main"]
