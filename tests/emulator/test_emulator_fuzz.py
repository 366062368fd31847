"""Raw-HTTP fuzzing: whatever bytes arrive, the emulator never answers 5xx, never logs a traceback,
and still answers a normal request afterwards.

The emulator runs as its own process (`python -m plivo_emulator` on a free port), so the fuzzer and
the server use both cores and the server's log is what a user would see. FUZZ_EXAMPLES sets the
number of cases (10,000 by default), FUZZ_SEED replays a run; `make fuzz` runs many more.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from emulator_support import CliProcess
from fuzz_support import (
    AUTH_ID,
    AUTH_TOKEN,
    EXAMPLES_ENV,
    SEED_ENV,
    SUB_ID,
    SUB_TOKEN,
    RawConnection,
    basic,
    fuzz_seed,
    raw_request,
    templates,
)
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get(EXAMPLES_ENV) or 10_000)
SEED = fuzz_seed()
TEMPLATES = templates()
NORMAL_EVERY = 20
NORMAL = (
    f"GET /v1/Account/{AUTH_ID}/Message/?limit=1 HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode()
    + b"Authorization: "
    + basic(AUTH_ID, AUTH_TOKEN)
    + b"\r\n\r\n"
)


class Server:
    def __init__(self, process: CliProcess) -> None:
        self.process = process
        self.port = int(process.base_url.rsplit(":", 1)[1])
        self.cases = 0

    def tracebacks(self) -> list[str]:
        log = "".join(self.process.stderr_lines)
        return [part for part in log.split("Traceback (most recent call last)")[1:]]


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    process = CliProcess(
        "--auth-id",
        AUTH_ID,
        "--auth-token",
        AUTH_TOKEN,
        "--account",
        f"{SUB_ID}:{SUB_TOKEN}",
        "--log-level",
        "warning",
    )
    with process:
        yield Server(process)


@pytest.fixture(scope="module")
def connection(server: Server) -> Iterator[RawConnection]:
    conn = RawConnection(server.port)
    yield conn
    conn.close()


@pytest.mark.timeout(1800)  # 10,000 cases take a minute or two; on a loaded machine more
def test_raw_http_never_5xx(server: Server, connection: RawConnection) -> None:
    print(f"\nfuzzing the emulator with {EXAMPLES} cases, {SEED_ENV}={SEED}")

    @seed(SEED)
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        # the requests are built from two whole specs: drawing one is slower than hypothesis expects
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        phases=[Phase.generate, Phase.shrink],
    )
    @given(case=raw_request(st.sampled_from(TEMPLATES)))
    def one(case: tuple[str, bytes]) -> None:
        method, request = case
        server.cases += 1
        answer = connection.exchange(method, request)
        if answer is not None:
            assert answer.status < 500, (
                f"{SEED_ENV}={SEED}: {answer.status} for {request[:600]!r}: {answer.body[:300]!r}"
            )
        # a normal request still works: after every case that cost the connection, else now and then
        if answer is None or connection.sock is None or server.cases % NORMAL_EVERY == 0:
            normal = connection.exchange("GET", NORMAL)
            assert normal is not None and normal.status == 200, (
                f"{SEED_ENV}={SEED}: a normal request after {request[:600]!r} got {normal}"
            )

    one()
    final = connection.exchange("GET", NORMAL)
    assert final is not None and final.status == 200, final
    assert server.cases >= EXAMPLES, f"only {server.cases} cases ran"
    assert not server.tracebacks(), f"{SEED_ENV}={SEED}: tracebacks in the log:\n" + "\n".join(
        server.tracebacks()[:3]
    )


def test_the_fuzzer_finds_a_5xx(server: Server, connection: RawConnection) -> None:
    """Self-check: an answer of 500 would be seen (the property is not vacuous). The server's own
    admin API injects one on request."""
    fault = b'{"status": 500, "count": 1, "operation_id": "listMessages"}'
    request = (
        b"POST /_emulator/faults HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + b"Content-Length: "
        + str(len(fault)).encode()
        + b"\r\n\r\n"
        + fault
    )
    injected = connection.exchange("POST", request)
    assert injected is not None and injected.status < 300, injected
    answer = connection.exchange("GET", NORMAL)
    assert answer is not None and answer.status >= 500
