"""The public API of a generated client package, read with `ast`, and what changed in it.

Public means what a user imports: modules, functions, classes and their attributes, methods and enum
members whose names do not start with an underscore. Nothing is imported, so a package generated from an
old spec is read as safely as today's.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ClassApi:
    attributes: dict[str, str] = field(default_factory=dict)  # name -> annotation
    methods: dict[str, str] = field(default_factory=dict)  # name -> signature
    members: dict[str, str] = field(default_factory=dict)  # enum member -> value


@dataclass
class ModuleApi:
    functions: dict[str, str] = field(default_factory=dict)  # name -> signature
    classes: dict[str, ClassApi] = field(default_factory=dict)


def _signature(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    text = f"({ast.unparse(fn.args)})"
    if fn.returns is not None:
        text += f" -> {ast.unparse(fn.returns)}"
    return ("async " if isinstance(fn, ast.AsyncFunctionDef) else "") + text


def _public(name: str) -> bool:
    return not name.startswith("_")


def _class_api(node: ast.ClassDef) -> ClassApi:
    api = ClassApi()
    is_enum = any("Enum" in ast.unparse(base) for base in node.bases)
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name) and _public(item.target.id):
            api.attributes[item.target.id] = ast.unparse(item.annotation)
        elif isinstance(item, ast.Assign) and is_enum:
            for target in item.targets:
                if isinstance(target, ast.Name) and _public(target.id):
                    api.members[target.id] = ast.unparse(item.value)
        elif isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef) and _public(item.name):
            api.methods[item.name] = _signature(item)
    return api


def read_package(package_dir: Path) -> dict[str, ModuleApi]:
    """Module name -> its public API, for every public module under `package_dir`."""
    out: dict[str, ModuleApi] = {}
    root = package_dir.parent
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        if not all(_public(p) for p in parts):
            continue
        module = ModuleApi()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and _public(node.name):
                module.functions[node.name] = _signature(node)
            elif isinstance(node, ast.ClassDef) and _public(node.name):
                module.classes[node.name] = _class_api(node)
        out[".".join(parts)] = module
    return out


def _diff_names(
    kind: str, where: str, old: dict[str, str], new: dict[str, str], retyped: str, lines: list[str]
) -> None:
    for name in sorted(old.keys() - new.keys()):
        lines.append(f"Removed {kind} `{where}{name}`.")
    for name in sorted(new.keys() - old.keys()):
        lines.append(f"Added {kind} `{where}{name}`.")
    for name in sorted(old.keys() & new.keys()):
        if old[name] == new[name]:
            continue
        params_a, _, returns_a = old[name].partition(" -> ")
        params_b, _, returns_b = new[name].partition(" -> ")
        if kind in ("function", "method") and params_a == params_b:
            lines.append(f"Return type of `{where}{name}` changed: `{returns_a}` -> `{returns_b}`.")
        else:
            lines.append(f"{retyped} `{where}{name}`: `{old[name]}` -> `{new[name]}`.")


def compare(old: dict[str, ModuleApi], new: dict[str, ModuleApi]) -> list[str]:
    """One sentence per difference a user of the package can meet, removals first within each module."""
    lines: list[str] = []
    for name in sorted(old.keys() - new.keys()):
        lines.append(f"Removed module `{name}`.")
    for name in sorted(new.keys() - old.keys()):
        lines.append(f"Added module `{name}`.")
    for name in sorted(old.keys() & new.keys()):
        a, b = old[name], new[name]
        _diff_names("function", f"{name}.", a.functions, b.functions, "Changed signature of", lines)
        for cls in sorted(a.classes.keys() - b.classes.keys()):
            lines.append(f"Removed class `{name}.{cls}`.")
        for cls in sorted(b.classes.keys() - a.classes.keys()):
            lines.append(f"Added class `{name}.{cls}`.")
        for cls in sorted(a.classes.keys() & b.classes.keys()):
            ca, cb = a.classes[cls], b.classes[cls]
            _diff_names("attribute", f"{cls}.", ca.attributes, cb.attributes, "Retyped attribute", lines)
            _diff_names("method", f"{cls}.", ca.methods, cb.methods, "Changed signature of", lines)
            _diff_names("enum member", f"{cls}.", ca.members, cb.members, "Changed value of", lines)
    return lines
