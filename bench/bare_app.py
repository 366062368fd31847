"""The ceiling: bare Starlette routes for the benchmarked requests, on the emulator's uvicorn settings.

They do the least a real handler must (read and decode the JSON body, encode a JSON answer of the same
shape), with no routing table from the spec, authentication, validation or storage.
"""

from __future__ import annotations

import argparse
import json
import uuid

import uvicorn
from plivo_emulator.server import bind, uvicorn_choices
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

RECORD = {
    "message_time": "2024-09-01 10:15:42.123456+00:00",
    "message_direction": "outbound",
    "message_state": "queued",
    "message_type": "sms",
    "from_number": "14155550100",
    "to_number": "14155550123",
    "units": 1,
    "total_rate": "0.00500",
    "total_amount": "0.00500",
}


async def get_message(request: Request) -> JSONResponse:
    uuid_ = request.path_params["message_uuid"]
    return JSONResponse({"api_id": str(uuid.uuid1()), "message_uuid": uuid_, **RECORD})


async def send_message(request: Request) -> JSONResponse:
    body = json.loads(await request.body())
    uuids = [str(uuid.uuid4()) for part in str(body.get("dst", "")).split("<") if part]
    return JSONResponse(
        {"api_id": str(uuid.uuid1()), "message": "message(s) queued", "message_uuid": uuids}, status_code=202
    )


async def list_messages(request: Request) -> JSONResponse:
    return JSONResponse({"api_id": str(uuid.uuid1()), "meta": {"limit": 20, "offset": 0}, "objects": []})


app = Starlette(
    routes=[
        Route("/v1/Account/{auth_id}/Message/", send_message, methods=["POST"]),
        Route("/v1/Account/{auth_id}/Message/", list_messages, methods=["GET"]),
        Route("/v1/Account/{auth_id}/Message/{message_uuid}/", get_message, methods=["GET"]),
    ]
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    loop, http = uvicorn_choices()
    config = uvicorn.Config(app, loop=loop, http=http, log_level="warning", access_log=False, lifespan="on")
    uvicorn.Server(config).run(sockets=[bind("127.0.0.1", args.port)])


if __name__ == "__main__":
    main()
