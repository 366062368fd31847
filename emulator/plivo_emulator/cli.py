"""`plivo-emulator`: run the emulator with uvicorn (uvloop + httptools when available)."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable, Sequence
from types import FrameType

import uvicorn
from starlette.applications import Starlette

from .auth import DEFAULT_AUTH_ID, DEFAULT_AUTH_TOKEN, AccountError, build_accounts
from .behaviour import cli_options
from .config import ALLOW_MISSING_ENV, DB_ENV, VALIDATE_RESPONSES_ENV, Settings, env_flag
from .emulator import create_app
from .runtime import Runtime
from .server import bind, uvicorn_config
from .spec import SPEC_ENV, SpecError
from .spec_cache import CACHE_ENV

DESCRIPTION = """\
A local, stateful emulator of Plivo's Messaging API. Routes, parameters and request bodies come
from openapi.yaml; data is kept in SQLite. Clients authenticate with HTTP Basic (Auth ID as user,
Auth Token as password) and call http://HOST:PORT/v1/Account/{auth_id}/...
"""
EPILOG = f"""\
environment:
  PLIVO_AUTH_ID, PLIVO_AUTH_TOKEN   main account (default {DEFAULT_AUTH_ID} / {DEFAULT_AUTH_TOKEN})
  {SPEC_ENV:<32} spec to serve (default: the packaged openapi.yaml)
  {DB_ENV:<32} database path (default :memory:)
  {VALIDATE_RESPONSES_ENV:<32} 1 = same as --validate-responses
  {ALLOW_MISSING_ENV:<32} 1 = same as --allow-missing-handlers
  {CACHE_ENV:<32} where parsed specs are cached (default ~/.cache/plivo-emulator; off = none)

other commands:
  plivo-emulator proxy --upstream URL ...   check live traffic against the spec (see proxy --help)
  plivo-emulator drift FILE...              check recorded traffic against the spec (see drift --help)
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="plivo-emulator",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8787, help="TCP port; 0 picks a free one (default 8787)")
    p.add_argument(
        "--db",
        default=os.environ.get(DB_ENV, ":memory:"),
        help="SQLite database file, created if missing; ':memory:' keeps nothing (default :memory:)",
    )
    p.add_argument("--spec", default=os.environ.get(SPEC_ENV), help="openapi.yaml to serve")
    p.add_argument("--auth-id", default=os.environ.get("PLIVO_AUTH_ID"), help="Auth ID of the main account")
    p.add_argument("--auth-token", default=os.environ.get("PLIVO_AUTH_TOKEN"), help="its Auth Token")
    p.add_argument(
        "--account",
        action="append",
        default=[],
        metavar="AUTH_ID:TOKEN[:PARENT]",
        help="another account (repeatable); an SA… subaccount belongs to PARENT, else to the main account",
    )
    p.add_argument(
        "--accounts-file",
        metavar="PATH",
        help="JSON or YAML list of {auth_id, auth_token, parent?, subaccounts?: [...]}",
    )
    p.add_argument(
        "--public-url",
        metavar="URL",
        help="base URL written into media URLs (default: scheme and Host of each request)",
    )
    p.add_argument(
        "--validate-responses",
        action="store_true",
        default=env_flag(VALIDATE_RESPONSES_ENV),
        help="check every response against the spec; a mismatch becomes a 500 and is logged",
    )
    p.add_argument(
        "--allow-missing-handlers",
        action="store_true",
        default=env_flag(ALLOW_MISSING_ENV),
        help="start even if some operations of the spec have no handler (they answer 501)",
    )
    p.add_argument(
        "--list-window-hours",
        type=int,
        default=24,
        help="hours the message list covers without a message_time filter, as Plivo's; 0 = all (default 24)",
    )
    cli_options.add_arguments(p)
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.add_argument("--no-access-log", action="store_true", help="do not log each request")
    return p


class _Stopped(Exception):
    """SIGINT/SIGTERM outside uvicorn's own handling (before it runs, or re-raised after its
    graceful shutdown)."""


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _Stopped


def _build(args: argparse.Namespace) -> tuple[Settings, Starlette, socket.socket]:
    accounts = build_accounts(args.auth_id, args.auth_token, args.account, args.accounts_file)
    settings = Settings(
        spec_path=args.spec,
        db=args.db,
        accounts=accounts,
        validate_responses=args.validate_responses,
        public_url=args.public_url,
        allow_missing_handlers=args.allow_missing_handlers,
        list_window_hours=args.list_window_hours,
        behaviour=cli_options.settings_from_args(args),
    )
    return settings, create_app(settings), bind(args.host, args.port)


def _announce(settings: Settings, runtime: Runtime, sock: socket.socket, seconds: float) -> None:
    host, port = sock.getsockname()[:2]
    shown_host = f"[{host}]" if ":" in host else host
    accounts = settings.accounts
    print(
        f"plivo-emulator listening on http://{shown_host}:{port} "
        f"(auth id {accounts.primary.auth_id}, auth token {accounts.primary.auth_token}; "
        f"db {settings.db}; spec {runtime.spec.path}; {len(runtime.operations)} operations; "
        f"ready in {seconds:.3f}s)",
        flush=True,
    )
    for acc in accounts:
        if acc is not accounts.primary:
            kind = f"subaccount of {acc.parent}" if acc.parent else "main account"
            print(f"  account {acc.auth_id} ({kind}), auth token {acc.auth_token}", flush=True)


class _AnnouncingServer(uvicorn.Server):
    """Prints the start-up line only once uvicorn serves and owns SIGINT/SIGTERM.

    A caller that waits for the line and then signals must reach uvicorn's graceful shutdown; a
    signal that arrived between an earlier line and uvicorn's own handlers could be lost inside the
    event loop's start-up and leave the server running.
    """

    def __init__(self, config: uvicorn.Config, announce: Callable[[], None]) -> None:
        super().__init__(config)
        self._announce = announce

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if not self.should_exit:
            self._announce()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in ("proxy", "drift"):
        from .proxy import commands  # only these commands need it

        return commands.main(arguments)
    args = build_parser().parse_args(arguments)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    started = time.perf_counter()
    # uvicorn shuts down gracefully on SIGINT/SIGTERM and then re-raises the signal; these handlers
    # turn that final signal (or one arriving before uvicorn runs) into a normal exit, status 0.
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, _stop)
    runtime: Runtime | None = None
    try:
        try:
            settings, app, sock = _build(args)
        except (SpecError, AccountError, OSError, ValueError) as exc:
            print(f"plivo-emulator: {exc}", file=sys.stderr)
            return 2
        runtime = app.state.runtime
        assert runtime is not None
        ready = time.perf_counter() - started
        config = uvicorn_config(app, log_level=args.log_level, access_log=not args.no_access_log)
        server = _AnnouncingServer(config, lambda: _announce(settings, runtime, sock, ready))
        server.run(sockets=[sock])
    except _Stopped:
        pass
    finally:
        if runtime is not None:
            runtime.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
