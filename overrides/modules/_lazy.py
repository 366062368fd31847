"""Import a package's names on first use (PEP 562 module `__getattr__` and `__dir__`).

The package `__init__` modules of `plivo_messaging`, `plivo_messaging.models` and each
`plivo_messaging.api.<tag>` list their names statically (`__all__`, plus imports under
`typing.TYPE_CHECKING` for type checkers and IDEs) and call `attach()` for the runtime, so importing
the package or one operation module loads only the modules actually used, not every model.
"""

from __future__ import annotations

import importlib
import sys
import types
from collections.abc import Callable, Iterable, Mapping
from typing import Any

__all__ = ["attach"]


class _Package(types.ModuleType):
    """A package exporting a name that is also one of its submodules' (`message_xml` from `message_xml.py`).

    Importing `package.x` makes the import system set `package.x = <module x>`, whoever imports it and
    whenever; the exported object must stay what `package.x` means, as with an eager
    `from .x import x` in `__init__`.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and name in self.__dict__.get("_lazy_shadowed", ()):
            value = getattr(value, name)
        super().__setattr__(name, value)


def attach(
    package: str, attributes: Mapping[str, str], submodules: Iterable[str] = ()
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for `package`.

    Args:
        package: The package's `__name__`.
        attributes: Each name the package exports -> the submodule (relative, dotted) defining it.
        submodules: Submodules reachable as attributes (`package.models`) without importing them first.
    """
    modules = frozenset(submodules)
    names = sorted(set(attributes) | modules)

    def __getattr__(name: str) -> Any:
        if name in modules:
            value: Any = importlib.import_module(f"{package}.{name}")
        elif name in attributes:
            value = getattr(importlib.import_module(f"{package}.{attributes[name]}"), name)
        else:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        # Later lookups find the name directly, without calling __getattr__ again.
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(names))

    shadowed = frozenset(name for name, module in attributes.items() if name == module.split(".")[0])
    if shadowed:
        module = sys.modules[package]
        module.__dict__["_lazy_shadowed"] = shadowed
        module.__class__ = _Package
    return __getattr__, __dir__
