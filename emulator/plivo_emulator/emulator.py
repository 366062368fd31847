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
from starlette.routing import Mount, Route

from .app import EmulatorApp, make_api, make_media
from .behaviour.admin import AdminApi
from .behaviour.install import Behaviour
from .config import Settings
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

    # every method reaches the spec's router, behind injected faults and rate limits
    api = behaviour.traffic.wrap(make_api(rt))
    app = EmulatorApp(
        api,
        routes=[
            Route("/_emulator/media/{auth_id}/{media_id}", make_media(rt), methods=["GET"]),
            *AdminApi(behaviour).routes(),
            # an unknown path under /_emulator/ is answered by the API, as any unknown path
            Mount("", app=api),
        ],
        lifespan=lifespan,
    )
    # Starlette's route patterns stop at a newline, so a path holding an encoded one (`%0A`) would
    # get Starlette's plain-text 404; it goes to the spec's router like any other path.
    app.router.default = next(route.app for route in app.router.routes if isinstance(route, Mount))
    app.state.runtime = rt
    app.state.behaviour = behaviour
    return app
