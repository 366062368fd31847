"""The emulator put together: the one place where the API, its behaviour and the admin API meet.

`create_app` builds the Runtime (spec, router, handlers, store, clock), the Behaviour that the
handlers' hooks reach (lifecycle, callbacks, compliance reviews, inbound messages), the traffic guard
in front of the API and the admin API under `/_emulator/`, and runs the Behaviour's background work
for the lifetime of the ASGI app.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette

from .app import EmulatorApp, serve, serve_media
from .behaviour.admin import AdminApi
from .behaviour.install import Behaviour
from .config import Settings
from .inbox import web as inbox_web
from .runtime import Runtime


def create_app(settings: Settings | None = None) -> Starlette:
    rt = Runtime(settings or Settings.from_env())
    behaviour = Behaviour(rt)
    rt.hooks = behaviour

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        await behaviour.start()
        try:
            yield
        finally:
            await behaviour.stop()

    app = EmulatorApp(
        api=serve(rt, rt, guard=behaviour.traffic.check),  # faults and rate limits after routing
        admin=inbox_web.wrap(serve(rt, AdminApi(behaviour).service), behaviour.settings.inbox_public),
        media=serve_media(rt),
        lifespan=lifespan,
    )
    app.state.runtime = rt
    app.state.behaviour = behaviour
    return app
