#!/usr/bin/env python3
"""Generate the plivo-messaging client from openapi.yaml into generated/plivo-messaging (or --output).

Steps: derive build/client-openapi.json (scripts/derive_client_spec.py), run openapi-python-client with
generator-config.yaml and the templates in overrides/templates/ into a temporary directory, copy every
file of overrides/modules/ into the package, format with ruff, then replace the output directory.
The result depends only on those inputs: running it twice gives byte-identical trees.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import derive_client_spec

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "plivo_messaging"
DEFAULT_OUTPUT = ROOT / "generated" / "plivo-messaging"
# Any meta type other than `none` (package only) and `setup` (adds setup.py) makes the generator write
# pyproject.toml and README.md; overrides/templates/ replaces both, so `uv` selects nothing else.
META = "uv"
# Files tools may leave in a generated tree; they are never part of the output.
JUNK = (".ruff_cache", ".mypy_cache", ".pytest_cache", "__pycache__")


class GenerationError(Exception):
    """Generation failed; the message says why."""


def _tool_env() -> dict[str, str]:
    """Environment for the generator: its post hooks find this interpreter's ruff; no caches."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["RUFF_NO_CACHE"] = "true"
    # Output must not depend on set iteration order inside the generator (string hashes are salted).
    env["PYTHONHASHSEED"] = "0"
    return env


def _run(cmd: list[str], cwd: Path) -> None:
    proc = subprocess.run(cmd, cwd=cwd, env=_tool_env(), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise GenerationError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stdout}{proc.stderr}")


def derive(spec: Path, client_spec: Path) -> int:
    """Write the account-relative client spec; return its number of paths."""
    derived = derive_client_spec.derive(derive_client_spec.load(spec.read_text(encoding="utf-8")))
    client_spec.parent.mkdir(parents=True, exist_ok=True)
    client_spec.write_text(derive_client_spec.dump(derived, client_spec), encoding="utf-8")
    return len(derived["paths"])


def copy_modules(modules: Path, package_dir: Path) -> list[str]:
    """Copy every hand-written file under `modules` into the package; return their relative paths.

    A hand-written file may add to the package but never replace a generated one: changing generated
    code is what overrides/templates/ is for, where the change stays visible next to the template.
    """
    copied: list[str] = []
    for src in sorted(modules.rglob("*")):
        rel = src.relative_to(modules)
        if src.is_dir() or any(part in JUNK for part in rel.parts) or src.suffix == ".pyc":
            continue
        dest = package_dir / rel
        if dest.exists():
            raise GenerationError(
                f"overrides/modules/{rel.as_posix()} would replace generated {PACKAGE}/{rel.as_posix()}; "
                "change generated files through a template in overrides/templates/ instead"
            )
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        copied.append(rel.as_posix())
    return copied


def _clean(tree: Path) -> None:
    for junk in JUNK:
        for path in sorted(tree.rglob(junk), reverse=True):
            shutil.rmtree(path, ignore_errors=True)


def _check_portable(tree: Path, forbidden: list[str]) -> None:
    """Fail if a generated file mentions a machine-specific path (temporary or checkout directory)."""
    for path in sorted(tree.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            for needle in forbidden:
                if needle in text:
                    raise GenerationError(f"{path.relative_to(tree)} contains the local path {needle!r}")


def _replace(output: Path, built: Path) -> int:
    """Make `output` identical to `built`; return the number of files written or removed.

    Files whose content is unchanged are left alone, so their modification times stay put and make
    does not see an unchanged client as new. Tool caches inside `output` are kept.
    """
    if output.exists() and any(output.iterdir()) and not (output / PACKAGE).is_dir():
        # Refuse to touch anything that is not an earlier generation of this package.
        raise GenerationError(f"{output} exists and does not look like a generated {PACKAGE} tree")
    wanted = {p.relative_to(built) for p in built.rglob("*") if p.is_file()}
    changes = 0
    if output.exists():
        for path in sorted(output.rglob("*")):
            rel = path.relative_to(output)
            if any(part in JUNK for part in rel.parts) or not path.exists():
                continue
            if path.is_dir() and not (built / rel).is_dir():
                changes += sum(1 for p in path.rglob("*") if p.is_file())
                shutil.rmtree(path)
            elif path.is_file() and rel not in wanted:
                path.unlink()
                changes += 1
    for rel in sorted(wanted):
        src, dest = built / rel, output / rel
        if dest.is_file() and dest.read_bytes() == src.read_bytes():
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
        changes += 1
    return changes


def generate(spec: Path, output: Path, client_spec: Path) -> str:
    """Generate the client into `output`; return a one-line summary."""
    started = time.perf_counter()
    n_paths = derive(spec, client_spec)
    with tempfile.TemporaryDirectory(prefix="plivo-messaging-gen-") as tmp:
        built = Path(tmp) / "plivo-messaging"
        _run(
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(client_spec),
                "--config",
                str(ROOT / "generator-config.yaml"),
                "--custom-template-path",
                str(ROOT / "overrides" / "templates"),
                "--fail-on-warning",
                "--meta",
                META,
                "--output-path",
                str(built),
            ],
            cwd=Path(tmp),
        )
        copied = copy_modules(ROOT / "overrides" / "modules", built / PACKAGE)
        # Hand-written modules get the same fixes and formatting as the generated ones.
        _run([sys.executable, "-m", "ruff", "check", "--no-cache", "--fix-only", "--quiet", "."], cwd=built)
        _run([sys.executable, "-m", "ruff", "format", "--no-cache", "--quiet", "."], cwd=built)
        _clean(built)
        _check_portable(built, [tmp, str(ROOT)])
        n_operations = len(list((built / PACKAGE / "api").glob("*/*.py"))) - len(
            list((built / PACKAGE / "api").glob("*/__init__.py"))
        )
        n_models = len(list((built / PACKAGE / "models").glob("*.py"))) - 1
        changes = _replace(output, built)
    elapsed = time.perf_counter() - started
    return (
        f"generated {output.name}: {n_paths} paths, {n_operations} operations, {n_models} models, "
        f"{len(copied)} hand-written module(s); {changes} file(s) changed; {elapsed:.2f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--spec", type=Path, default=ROOT / "openapi.yaml", help="source spec")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="project directory to write")
    parser.add_argument(
        "--client-spec",
        type=Path,
        default=ROOT / "build" / "client-openapi.json",
        help="where to write the derived spec the generator reads (JSON, read much faster than YAML, "
        "if the name ends in .json)",
    )
    args = parser.parse_args(argv)
    try:
        print(generate(args.spec.resolve(), args.output.resolve(), args.client_spec.resolve()))
    except (GenerationError, derive_client_spec.DeriveError) as err:
        print(f"generate: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
