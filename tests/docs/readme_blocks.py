"""The code blocks of the READMEs, as the README runner sees them.

A fenced block's language says how it runs:
- `sh`, `bash`, `shell`: the whole block is one bash script (`set -euo pipefail`);
- `console`: the lines starting with `$ ` are commands (a line ending in `\\` continues); the lines
  after a command are its output, and a command whose output shows `listening on` is a server, started
  in the background until its line appears and stopped when the block ends;
- `python`: a block defining `test_*` functions is a pytest file, any other block a script;
- `js`: a Node.js script using the official SDK (npm `plivo`);
- `json`, `yaml`, `toml`: parsed;
- `text`: output shown to the reader, not run.
A block preceded by `<!-- not-run: REASON -->` is not run; the runner lists it with its reason.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

SHELL = {"sh", "bash", "shell"}
RUNNABLE = {*SHELL, "console", "python", "js", "json", "yaml", "toml", "text"}
NOT_RUN = re.compile(r"^<!--\s*not-run:\s*(?P<reason>.+?)\s*-->\s*$", re.DOTALL)


@dataclass(frozen=True)
class Block:
    path: Path
    label: str  # the file as the reader knows it, e.g. emulator/README.md
    line: int  # 1-based line of the opening fence
    language: str
    code: str
    not_run: str | None  # the reason, for a block marked not to run

    @property
    def name(self) -> str:
        return f"{self.label}:{self.line}:{self.language or 'plain'}"

    def defines_tests(self) -> bool:
        tree = ast.parse(self.code)
        return any(
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test_")
            for node in tree.body
        )


@dataclass(frozen=True)
class Command:
    text: str
    output: str  # what the README shows it printing

    @property
    def is_server(self) -> bool:
        return "listening on" in self.output


def blocks(path: Path, root: Path) -> list[Block]:
    tokens = MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8"))
    found: list[Block] = []
    for index, token in enumerate(tokens):
        if token.type != "fence" or token.map is None:
            continue
        previous = tokens[index - 1] if index else None
        comment = previous.content.strip() if previous and previous.type == "html_block" else ""
        marker = NOT_RUN.match(comment)
        language = token.info.strip().split(" ")[0].lower()
        reason = marker["reason"] if marker else None
        found.append(
            Block(path, path.relative_to(root).as_posix(), token.map[0] + 1, language, token.content, reason)
        )
    return found


def console_commands(code: str) -> list[Command]:
    commands: list[Command] = []
    lines = code.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line.startswith("$ "):
            continue
        parts = [line[2:]]
        while parts[-1].endswith("\\") and index < len(lines):
            parts.append(lines[index])
            index += 1
        output: list[str] = []
        while index < len(lines) and not lines[index].startswith("$ "):
            output.append(lines[index])
            index += 1
        commands.append(Command("\n".join(parts), "\n".join(output)))
    return commands


def make_targets(path: Path) -> set[str]:
    """The targets of every `make ...` the text names in inline code (`make docs`, `make test`)."""
    targets: set[str] = set()
    for token in MarkdownIt("commonmark").parse(path.read_text(encoding="utf-8")):
        for child in token.children or []:
            if child.type == "code_inline" and child.content.startswith("make "):
                words = child.content.split()[1:]
                targets.update(word for word in words if re.fullmatch(r"[a-z][a-z-]*", word))
    return targets
