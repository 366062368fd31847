"""Python load generator, used when wrk is not available; prints the same `BENCH_RESULT {json}` line.

Keep-alive HTTP/1.1 connections over raw asyncio streams, spread over several processes, each
connection sending its next request as soon as the previous answer is read (a closed loop, as wrk).
Slower than wrk: on a small machine it takes CPU from the server it measures, which RESULTS.md notes.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Job:
    host: str
    port: int
    requests: tuple[bytes, ...]  # ready-made requests, sent in turn
    connections: int
    duration: float


def build_requests(url: str, method: str, paths: list[str], body: bytes, auth: str) -> tuple[bytes, ...]:
    parts = urlsplit(url)
    host = parts.netloc
    built = []
    for path in paths or [parts.path or "/"]:
        head = [f"{method} {path} HTTP/1.1", f"Host: {host}", "Connection: keep-alive"]
        if auth:
            head.append(f"Authorization: {auth}")
        if body:
            head += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
        built.append(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
    return tuple(built)


async def _connection(job: Job, offset: int, deadline: float, latencies: list[int]) -> tuple[int, int]:
    """(errors, non-2xx/3xx answers) of one connection's loop."""
    errors = status_errors = 0
    reader, writer = await asyncio.open_connection(job.host, job.port)
    i = offset
    try:
        while time.perf_counter() < deadline:
            raw = job.requests[i % len(job.requests)]
            i += 1
            started = time.perf_counter_ns()
            writer.write(raw)
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, ConnectionError):
                errors += 1
                writer.close()
                reader, writer = await asyncio.open_connection(job.host, job.port)
                continue
            status = int(head[9:12])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value)
            if length:
                await reader.readexactly(length)
            latencies.append((time.perf_counter_ns() - started) // 1000)
            if not 200 <= status < 400:
                status_errors += 1
    finally:
        writer.close()
    return errors, status_errors


async def _worker_async(job: Job, first: int) -> tuple[list[int], int, int]:
    latencies: list[int] = []
    deadline = time.perf_counter() + job.duration
    results = await asyncio.gather(
        *(_connection(job, first + n, deadline, latencies) for n in range(job.connections))
    )
    return latencies, sum(r[0] for r in results), sum(r[1] for r in results)


def worker(job: Job, first: int) -> tuple[list[int], int, int]:
    return asyncio.run(_worker_async(job, first))


def percentile(values: list[int], q: float) -> int:
    if not values:
        return 0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("url")
    parser.add_argument("--method", default="GET")
    parser.add_argument("--paths-file")
    parser.add_argument("--body-file")
    parser.add_argument("--auth", default="")
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    paths: list[str] = []
    if args.paths_file:
        with open(args.paths_file, encoding="utf-8") as text:
            paths = [line.strip() for line in text if line.strip()]
    body = b""
    if args.body_file:
        with open(args.body_file, "rb") as raw:
            body = raw.read()
    parts = urlsplit(args.url)
    requests = build_requests(args.url, args.method, paths, body, args.auth)
    processes = max(1, min(args.processes, args.connections))
    shares = [
        args.connections // processes + (1 if n < args.connections % processes else 0)
        for n in range(processes)
    ]
    with ProcessPoolExecutor(max_workers=processes) as pool:
        futures = [
            pool.submit(
                worker,
                Job(parts.hostname or "127.0.0.1", parts.port or 80, requests, share, args.duration),
                sum(shares[:n]),
            )
            for n, share in enumerate(shares)
        ]
        outcomes = [f.result() for f in futures]
    latencies = [v for o in outcomes for v in o[0]]
    result = {
        "tool": "python",
        "requests": len(latencies),
        # Every connection loops for `duration` from its own start, so that is the time measured.
        "duration_us": int(args.duration * 1e6),
        "p50_us": percentile(latencies, 50),
        "p99_us": percentile(latencies, 99),
        "max_us": max(latencies, default=0),
        "errors": sum(o[1] for o in outcomes),
        "status_errors": sum(o[2] for o in outcomes),
    }
    print("BENCH_RESULT " + json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
