"""Compare two JSON Schemas (OpenAPI 3.1 dialect) for the side that writes or reads their values.

A schema is first seen as a union of branches, one per JSON type: `type: [string, "null"]`, `anyOf`/`oneOf`
lists and an enum without a type are all split that way, and an `anyOf` of an enum and a plain string
becomes one string branch with an open list of documented values. Branches are paired by type (integer
and number pair as a widening); what is left over was added or removed. Each pair is then compared
keyword by keyword: a keyword widens, narrows or changes the set of valid values (`Effect`), and the
direction (`Direction`) turns that into a class.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from specdiff import patterns
from specdiff.model import Direction, Effect, Node, Severity, join
from specdiff.refs import Document, is_annotation

COMPONENT = "/components/schemas/"
JSON_TYPES = ("null", "boolean", "integer", "number", "string", "array", "object")
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties", "minContains")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties", "maxContains")
# Keywords that only constrain values of one type (JSON Schema ignores them for other types); a type array
# split into one branch per type keeps in each branch only what applies to it.
KEYWORD_TYPES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        ("minLength", "maxLength", "pattern", "contentEncoding", "contentMediaType"), ("string",)
    ),
    **dict.fromkeys(
        ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"), ("integer", "number")
    ),
    **dict.fromkeys(("items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains"), ("array",)),
    **dict.fromkeys(
        (
            "properties",
            "required",
            "additionalProperties",
            "patternProperties",
            "propertyNames",
            "minProperties",
            "maxProperties",
            "dependentRequired",
        ),
        ("object",),
    ),
}
BODIES = ("the request body", "the payload")
# Keywords that restrict values when present and whose different values cannot be ordered.
RESTRICTIONS = ("pattern", "format", "multipleOf", "contentEncoding", "contentMediaType", "propertyNames")
# Keywords handled by dedicated code below; anything else that differs is reported as changed.
HANDLED = frozenset(
    {
        "type",
        "enum",
        "const",
        "anyOf",
        "oneOf",
        "allOf",
        "not",
        "if",
        "then",
        "else",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "prefixItems",
        "default",
        "uniqueItems",
        "$ref",
        *LOWER_BOUNDS,
        *UPPER_BOUNDS,
        *RESTRICTIONS,
    }
)


def type_of(value: Node) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def show(value: Node) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def show_values(values: Iterable[Node]) -> str:
    return ", ".join(show(v) for v in sorted(values, key=show))


@dataclass
class Branch:
    """One alternative of a schema: a mapping with at most one type, and where it stands."""

    schema: dict[str, Any]
    pointer: str
    kind: str  # a JSON type, or "any" when the branch does not say
    ref: str = ""  # the component it came from, if any
    open_values: list[Node] | None = None  # documented values of an open enum


@dataclass
class Emitter:
    """Collects changes for one place (an operation or webhook)."""

    report: Callable[[Severity, str, str], None]
    # Pairs of (old, new, direction) already compared: shared and recursive schemas are walked once.
    seen: set[tuple[str, str, Direction]] = field(default_factory=set)


class SchemaDiff:
    """Compares schemas of two documents for one place of the contract."""

    def __init__(self, old: Document, new: Document, emit: Emitter) -> None:
        self.old = old
        self.new = new
        self.emit = emit

    # --- entry point -------------------------------------------------------------------------------

    def compare(
        self, old: Node, old_ptr: str, new: Node, new_ptr: str, direction: Direction, subject: str
    ) -> None:
        """Report how `old` became `new`; `subject` names the value in sentences ("field `src`")."""
        old_r, old_ptr = self.old.deref(old, old_ptr)
        before = new_ptr
        new_r, new_ptr = self.new.deref(new, new_ptr)
        if new_ptr != before and new_ptr.startswith(COMPONENT):
            # Named after the component, so a change in a shared schema reads the same wherever it is met.
            subject = f"`{new_ptr[len(COMPONENT) :]}`"
        key = (old_ptr, new_ptr, direction)
        if key in self.emit.seen:
            return
        self.emit.seen.add(key)
        self._annotations(old_r, new_r, new_ptr, subject)
        if self.old.canonical(old_r) == self.new.canonical(new_r):
            # Same valid values: only annotations may differ, and those were reported above (a $ref to
            # a schema moved into components lands here).
            self._nested_annotations(old_r, old_ptr, new_r, new_ptr, direction, subject)
            return
        if isinstance(old_r, dict) and isinstance(new_r, dict):
            self._default(old_r, new_r, direction, new_ptr, subject)  # reported once if a branch repeats it
        self._union(
            self._branches(self.old, old_r, old_ptr, old),
            self._branches(self.new, new_r, new_ptr, new),
            direction,
            subject,
        )

    # --- branches ----------------------------------------------------------------------------------

    def _branches(self, doc: Document, node: Node, pointer: str, original: Node) -> list[Branch]:
        ref = original.get("$ref", "") if isinstance(original, dict) else ""
        node, pointer = doc.deref(node, pointer)
        if node is True or node == {}:
            return [Branch({}, pointer, "any", ref)]
        if node is False:
            return []
        if not isinstance(node, dict):
            return [Branch({}, pointer, "any", ref)]
        node = self._merge_all_of(doc, node, pointer)
        structural = {k for k in node if not is_annotation(k)}
        for word in ("anyOf", "oneOf"):
            # A default beside the alternatives constrains nothing (it is compared by `compare`).
            if structural - {"default"} == {word} and isinstance(node[word], list):
                out: list[Branch] = []
                for i, sub in enumerate(node[word]):
                    out.extend(self._branches(doc, sub, join(pointer, word, i), sub))
                return self._open_enums(out, pointer)
        types = node.get("type")
        if isinstance(types, list) and len(types) > 1 and not structural & {"anyOf", "oneOf", "allOf", "not"}:
            return self._open_enums([self._typed(node, t, pointer, ref) for t in types], pointer)
        if types is None and ("enum" in node or "const" in node) and not structural & {"anyOf", "oneOf"}:
            values = node["enum"] if "enum" in node else [node["const"]]
            kinds = sorted({type_of(v) for v in values}, key=JSON_TYPES.index)
            if len(kinds) > 1:
                return [self._typed(node, t, pointer, ref) for t in kinds]
        return [Branch(node, pointer, self._kind(node), ref)]

    @staticmethod
    def _kind(node: dict[str, Any]) -> str:
        types = node.get("type")
        if isinstance(types, list):
            types = types[0] if len(types) == 1 else None
        if isinstance(types, str):
            return types
        if "enum" in node or "const" in node:
            values = node["enum"] if "enum" in node else [node["const"]]
            kinds = {type_of(v) for v in values}
            if len(kinds) == 1:
                return kinds.pop()
        if {"properties", "required", "additionalProperties"} & node.keys():
            return "object"
        if {"items", "prefixItems"} & node.keys():
            return "array"
        return "any"

    @staticmethod
    def _typed(node: dict[str, Any], kind: str, pointer: str, ref: str) -> Branch:
        """The part of `node` that applies to values of one type."""
        schema = {k: v for k, v in node.items() if kind in KEYWORD_TYPES.get(k, (kind,))} | {"type": kind}
        if "enum" in node:
            schema["enum"] = [
                v for v in node["enum"] if type_of(v) == kind or (kind, type_of(v)) == ("number", "integer")
            ]
        if "const" in node and type_of(node["const"]) != kind:
            del schema["const"]
        return Branch(schema, pointer, kind, ref)

    @staticmethod
    def _open_enums(branches: list[Branch], pointer: str) -> list[Branch]:
        """Fold `anyOf: [{enum: [...]}, {type: string}]` into one string branch with documented values."""
        plain = [
            b
            for b in branches
            if b.kind == "string" and not {k for k in b.schema if not is_annotation(k)} - {"type"}
        ]
        if not plain:
            return branches
        target = plain[0]
        listed = [
            b
            for b in branches
            if b.kind == "string"
            and b is not target
            and ("enum" in b.schema or "const" in b.schema)
            and not {k for k in b.schema if not is_annotation(k)} - {"type", "enum", "const"}
        ]
        if not listed:
            return branches
        values: list[Node] = []
        for b in listed:
            for v in b.schema["enum"] if "enum" in b.schema else [b.schema["const"]]:
                if v not in values:
                    values.append(v)
        folded = Branch(target.schema, pointer, "string", listed[0].ref or target.ref, values)
        return [folded if b is target else b for b in branches if b not in listed]

    def _merge_all_of(self, doc: Document, node: dict[str, Any], pointer: str) -> dict[str, Any]:
        """Lay object-describing `allOf` parts over their parent; other parts stay in `allOf`."""
        parts = node.get("allOf")
        if not isinstance(parts, list):
            return node
        merged = {k: v for k, v in node.items() if k != "allOf"}
        rest: list[Node] = []
        for i, part in enumerate(parts):
            sub, sub_ptr = doc.deref(part, join(pointer, "allOf", i))
            if isinstance(sub, dict):
                sub = self._merge_all_of(doc, sub, sub_ptr)
            words = {k for k in sub if not is_annotation(k)} if isinstance(sub, dict) else {"?"}
            if (
                isinstance(sub, dict)
                and words <= {"type", "properties", "required", "additionalProperties"}
                and (sub.get("type", "object") == "object")
            ):
                props = dict(merged.get("properties", {}))
                props.update(sub.get("properties", {}))
                if props:
                    merged["properties"] = props
                required = list(merged.get("required", []))
                required += [r for r in sub.get("required", []) if r not in required]
                if required:
                    merged["required"] = required
                for word in ("type", "additionalProperties"):
                    if word in sub:
                        merged[word] = sub[word]
            else:
                rest.append(part)
        if rest:
            merged["allOf"] = rest
        return merged

    # --- union of branches -------------------------------------------------------------------------

    def _union(self, olds: list[Branch], news: list[Branch], direction: Direction, subject: str) -> None:
        pairs: list[tuple[Branch, Branch]] = []
        olds, news = list(olds), list(news)

        def pair_by(same: Callable[[Branch, Branch], bool]) -> None:
            for o in list(olds):
                for n in news:
                    if same(o, n):
                        pairs.append((o, n))
                        olds.remove(o)
                        news.remove(n)
                        break

        pair_by(
            lambda o, n: self.old.canonical(o.schema) == self.new.canonical(n.schema) and o.kind == n.kind
        )
        pair_by(lambda o, n: o.kind == n.kind and bool(o.ref) and o.ref == n.ref)
        pair_by(lambda o, n: o.kind == n.kind)
        pair_by(lambda o, n: {o.kind, n.kind} == {"integer", "number"})
        if len(olds) == 1 and len(news) == 1 and not pairs and "any" not in (olds[0].kind, news[0].kind):
            # One type replaced by another: say so in one sentence rather than as a removal and an addition.
            o, n = olds[0], news[0]
            self._say(
                Effect.CHANGED, direction, n.pointer, f"type of {subject} changed from {o.kind} to {n.kind}"
            )
            return
        if len(olds) == 1 and len(news) == 1 and "any" in (olds[0].kind, news[0].kind):
            pairs.append((olds.pop(), news.pop()))
        for o, n in pairs:
            self._branch(o, n, direction, subject)
        for o in olds:
            text = (
                f"{subject} can no longer be null"
                if o.kind == "null"
                else f"{subject} no longer allows {o.kind} values"
            )
            if direction is Direction.READ:
                text = (
                    f"{subject} is never null any more"
                    if o.kind == "null"
                    else f"{subject} is no longer sent as {o.kind}"
                )
            self._say(Effect.NARROWER, direction, o.pointer, text)
        for n in news:
            if n.kind == "null":
                text = f"{subject} may now be null"
            elif n.ref:
                text = f"{subject} now also allows `{n.ref.rsplit('/', 1)[-1]}` ({n.kind}) values"
            else:
                text = f"{subject} now also allows {n.kind} values"
            self._say(Effect.WIDER, direction, n.pointer, text)

    def _branch(self, o: Branch, n: Branch, direction: Direction, subject: str) -> None:
        a, b, ptr = o.schema, n.schema, n.pointer
        if o.open_values is None and n.open_values is None and o.ref == n.ref:
            # Annotations of an alternative, when both sides are the same alternative (a folded open
            # enumeration or another component has other annotations by nature); one report is kept once.
            self._annotations(a, b, ptr, subject)
        if o.kind != n.kind:
            effect = Effect.WIDER if n.kind in ("number", "any") else Effect.NARROWER
            self._say(effect, direction, ptr, f"type of {subject} changed from {o.kind} to {n.kind}")
        self._values(o, n, direction, subject)
        done = self._strings(a, b, direction, ptr, subject) if n.kind in ("string", "any") else ()
        for word in LOWER_BOUNDS + UPPER_BOUNDS:
            if word not in done:
                self._bound(word, a.get(word), b.get(word), direction, ptr, subject)
        for word in RESTRICTIONS:
            if word not in done:
                self._restriction(word, a.get(word), b.get(word), direction, ptr, subject)
        if a.get("uniqueItems", False) != b.get("uniqueItems", False):
            effect = Effect.NARROWER if b.get("uniqueItems") else Effect.WIDER
            state = "must now be" if b.get("uniqueItems") else "no longer need to be"
            self._say(effect, direction, ptr, f"items of {subject} {state} unique")
        self._default(a, b, direction, ptr, subject)
        self._object(o, n, direction, subject)
        self._array(o, n, direction, subject)
        self._composition(o, n, direction, subject)
        for word in sorted((a.keys() | b.keys()) - HANDLED):
            if is_annotation(word) or word.startswith("x-"):
                continue
            if self.old.canonical(a.get(word)) != self.new.canonical(b.get(word)):
                self._say(Effect.CHANGED, direction, join(ptr, word), f"`{word}` of {subject} changed")

    # --- keywords ----------------------------------------------------------------------------------

    def _values(self, o: Branch, n: Branch, direction: Direction, subject: str) -> None:
        def listed(branch: Branch) -> list[Node] | None:
            s = branch.schema
            if "const" in s:
                return [s["const"]]
            return list(s["enum"]) if isinstance(s.get("enum"), list) else None

        closed_o, closed_n = listed(o), listed(n)
        ptr = n.pointer
        if closed_o is not None and closed_n is not None:
            added = [v for v in closed_n if v not in closed_o]
            removed = [v for v in closed_o if v not in closed_n]
            if added:
                verb = "now accepts" if direction is Direction.WRITE else "may now be"
                self._say(
                    Effect.WIDER,
                    direction,
                    ptr,
                    f"{subject} {verb} {show_values(added)} (a closed enumeration)",
                )
            if removed:
                verb = "no longer accepts" if direction is Direction.WRITE else "is no longer"
                self._say(Effect.NARROWER, direction, ptr, f"{subject} {verb} {show_values(removed)}")
        elif closed_o is None and closed_n is not None:
            if n.open_values is None and o.open_values is None:
                self._say(
                    Effect.NARROWER, direction, ptr, f"{subject} is now limited to {show_values(closed_n)}"
                )
            else:
                self._say(
                    Effect.NARROWER,
                    direction,
                    ptr,
                    f"{subject} became a closed enumeration: only {show_values(closed_n)}",
                )
        elif closed_o is not None and closed_n is None:
            if n.open_values is not None:
                self._say(
                    Effect.WIDER,
                    direction,
                    ptr,
                    f"{subject} became an open enumeration: values other than "
                    f"{show_values(closed_o)} are now allowed",
                )
                self._documented(closed_o, n.open_values, direction, ptr, subject)
            else:
                self._say(
                    Effect.WIDER, direction, ptr, f"{subject} is no longer limited to {show_values(closed_o)}"
                )
        elif o.open_values is not None or n.open_values is not None:
            self._documented(o.open_values or [], n.open_values or [], direction, ptr, subject)

    def _documented(
        self, old: list[Node], new: list[Node], direction: Direction, ptr: str, subject: str
    ) -> None:
        """Values listed by an open enumeration: any string is valid either way, so the list documents."""
        added = [v for v in new if v not in old]
        removed = [v for v in old if v not in new]
        if added:
            self.emit.report(
                Severity.NON_BREAKING, ptr, f"{subject} lists new known values {show_values(added)}"
            )
        if removed:
            # A writer loses the promise that the value is understood; a reader merely stops meeting it.
            severity = Severity.BREAKING if direction is Direction.WRITE else Severity.NON_BREAKING
            self.emit.report(severity, ptr, f"{subject} no longer lists known values {show_values(removed)}")

    def _strings(
        self, a: dict[str, Any], b: dict[str, Any], direction: Direction, ptr: str, subject: str
    ) -> tuple[str, ...]:
        """Pattern and length limits as one set of strings; returns the keywords it accounted for."""
        words = patterns.STRING_WORDS
        if all(a.get(w) == b.get(w) for w in words):
            return words
        compared, effect = patterns.compare_strings(a, b)
        if not compared:
            return ()
        if effect is not None:
            was = ", ".join(f"`{w}` {show(a[w])}" for w in words if w in a) or "no limit"
            now = ", ".join(f"`{w}` {show(b[w])}" for w in words if w in b) or "no limit"
            how = {
                Effect.WIDER: "allows more",
                Effect.NARROWER: "allows fewer",
                Effect.CHANGED: "allows other",
            }
            where = join(ptr, next(w for w in words if a.get(w) != b.get(w)))
            self._say(effect, direction, where, f"{subject} {how[effect]} strings: {was} became {now}")
        return words

    def _bound(self, word: str, a: Node, b: Node, direction: Direction, ptr: str, subject: str) -> None:
        if a == b:
            return
        lower = word in LOWER_BOUNDS
        if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in (a, b) if x is not None):
            self._say(Effect.CHANGED, direction, join(ptr, word), f"`{word}` of {subject} changed")
            return
        if a is None:
            self._say(Effect.NARROWER, direction, join(ptr, word), f"{subject} now has `{word}` {b}")
            return
        if b is None:
            self._say(Effect.WIDER, direction, join(ptr, word), f"{subject} no longer has `{word}` {a}")
            return
        raised = b > a
        effect = Effect.NARROWER if raised == lower else Effect.WIDER
        verb = "raised" if raised else "lowered"
        self._say(effect, direction, join(ptr, word), f"`{word}` of {subject} {verb} from {a} to {b}")

    def _restriction(self, word: str, a: Node, b: Node, direction: Direction, ptr: str, subject: str) -> None:
        if self.old.canonical(a) == self.new.canonical(b):
            return
        if a is None:
            self._say(Effect.NARROWER, direction, join(ptr, word), f"{subject} now has `{word}` {show(b)}")
        elif b is None:
            self._say(Effect.WIDER, direction, join(ptr, word), f"{subject} no longer has `{word}` {show(a)}")
        else:
            effect = (
                patterns.compare(a, b)
                if word == "pattern" and isinstance(a, str) and isinstance(b, str)
                else (Effect.CHANGED)
            )
            if effect is None:
                return  # the same strings match: a rewrite
            how = {Effect.WIDER: "widened", Effect.NARROWER: "narrowed", Effect.CHANGED: "changed"}[effect]
            self._say(
                effect, direction, join(ptr, word), f"`{word}` of {subject} {how} from {show(a)} to {show(b)}"
            )

    def _default(
        self, a: dict[str, Any], b: dict[str, Any], direction: Direction, ptr: str, subject: str
    ) -> None:
        if ("default" not in a and "default" not in b) or a.get("default") == b.get("default"):
            return
        if "default" in a and "default" in b:
            # Whoever leaves the value out now gets another one.
            self.emit.report(
                Severity.BREAKING,
                join(ptr, "default"),
                f"default of {subject} changed from {show(a['default'])} to {show(b['default'])}",
            )
        else:
            state = f"now documented as {show(b['default'])}" if "default" in b else "no longer documented"
            self.emit.report(Severity.NON_BREAKING, join(ptr, "default"), f"default of {subject} {state}")

    def _object(self, o: Branch, n: Branch, direction: Direction, subject: str) -> None:
        a, b = o.schema, n.schema
        props_a = a.get("properties", {}) if isinstance(a.get("properties"), dict) else {}
        props_b = b.get("properties", {}) if isinstance(b.get("properties"), dict) else {}
        req_a = set(a.get("required", [])) if isinstance(a.get("required"), list) else set()
        req_b = set(b.get("required", [])) if isinstance(b.get("required"), list) else set()
        inside = "" if subject in BODIES else f" of {subject}"
        for name in [*props_a, *(p for p in props_b if p not in props_a)]:
            label = f"field `{name}`{inside}"
            if name in props_a and name in props_b:
                self.compare(
                    props_a[name],
                    join(o.pointer, "properties", name),
                    props_b[name],
                    join(n.pointer, "properties", name),
                    direction,
                    label,
                )
            elif name in props_a:
                text = (
                    f"{label} is no longer accepted"
                    if direction is Direction.WRITE
                    else f"{label} was removed"
                )
                self.emit.report(Severity.BREAKING, join(o.pointer, "properties", name), text)
            elif direction is Direction.WRITE and name in req_b:
                self.emit.report(
                    Severity.BREAKING, join(n.pointer, "properties", name), f"new required {label}"
                )
            else:
                kind = "optional " if direction is Direction.WRITE else ""
                self.emit.report(
                    Severity.NON_BREAKING, join(n.pointer, "properties", name), f"new {kind}{label}"
                )
        for name in sorted(req_b - req_a):
            if name in props_b and name not in props_a:
                continue  # reported with the new field
            label = f"field `{name}`{inside}"
            if direction is Direction.WRITE:
                self.emit.report(Severity.BREAKING, join(n.pointer, "required"), f"{label} is now required")
            else:
                self.emit.report(
                    Severity.NON_BREAKING, join(n.pointer, "required"), f"{label} is now always present"
                )
        for name in sorted(req_a - req_b):
            if name in props_a and name not in props_b:
                continue  # reported as removed
            label = f"field `{name}`{inside}"
            if direction is Direction.WRITE:
                self.emit.report(
                    Severity.NON_BREAKING, join(n.pointer, "required"), f"{label} is now optional"
                )
            else:
                self.emit.report(Severity.BREAKING, join(n.pointer, "required"), f"{label} may now be absent")
        self._additional(o, n, direction, subject)

    def _additional(self, o: Branch, n: Branch, direction: Direction, subject: str) -> None:
        a, b = o.schema.get("additionalProperties", True), n.schema.get("additionalProperties", True)
        a = True if a == {} else a
        b = True if b == {} else b
        ptr = join(n.pointer, "additionalProperties")
        if isinstance(a, dict) and isinstance(b, dict):
            self.compare(
                a,
                join(o.pointer, "additionalProperties"),
                b,
                ptr,
                direction,
                f"additional fields of {subject}",
            )
            return
        if self.old.canonical(a) == self.new.canonical(b):
            return
        if b is True:
            # A reader that follows the tolerant-reader rule ignores fields it does not know.
            effect = Effect.WIDER
            text = f"{subject} now allows fields that are not listed"
            if direction is Direction.READ:
                self.emit.report(Severity.NON_BREAKING, ptr, text)
                return
        elif a is True or b is False:
            effect = Effect.NARROWER
            text = f"{subject} now limits fields that are not listed"
        else:
            effect = Effect.WIDER
            text = f"{subject} now allows more fields that are not listed"
        self._say(effect, direction, ptr, text)

    def _array(self, o: Branch, n: Branch, direction: Direction, subject: str) -> None:
        a, b = o.schema, n.schema
        if "items" in a or "items" in b:
            self.compare(
                a.get("items", True),
                join(o.pointer, "items"),
                b.get("items", True),
                join(n.pointer, "items"),
                direction,
                f"items of {subject}",
            )
        pa, pb = a.get("prefixItems", []), b.get("prefixItems", [])
        for i in range(max(len(pa), len(pb))):
            self.compare(
                pa[i] if i < len(pa) else True,
                join(o.pointer, "prefixItems", i),
                pb[i] if i < len(pb) else True,
                join(n.pointer, "prefixItems", i),
                direction,
                f"item {i} of {subject}",
            )

    def _composition(self, o: Branch, n: Branch, direction: Direction, subject: str) -> None:
        a, b = o.schema, n.schema
        for word in ("anyOf", "oneOf"):
            if word in a or word in b:
                # Left beside other keywords: an extra condition the value must meet.
                # Compared as a union of its own; `compare` would take it for the schema already seen.
                olds = self._branches(self.old, {word: a[word]} if word in a else True, o.pointer, None)
                news = self._branches(self.new, {word: b[word]} if word in b else True, n.pointer, None)
                self._union(olds, news, direction, subject)
        for word, flip in (("not", True), ("if", False), ("then", False), ("else", False)):
            if word not in a and word not in b:
                continue
            ptr = join(n.pointer if word in b else o.pointer, word)
            if word == "if":
                if self.old.canonical(a.get("if")) != self.new.canonical(b.get("if")):
                    self._say(Effect.CHANGED, direction, ptr, f"the condition (`if`) on {subject} changed")
                continue
            if word not in a:
                self._say(Effect.NARROWER, direction, ptr, f"{subject} has a new `{word}` rule")
            elif word not in b:
                self._say(Effect.WIDER, direction, join(o.pointer, word), f"{subject} lost its `{word}` rule")
            else:
                rule_a, rule_b = a[word], b[word]
                if not flip:
                    rule_a, rule_b = self._within(self.old, a, rule_a), self._within(self.new, b, rule_b)
                self.compare(
                    rule_a,
                    join(o.pointer, word),
                    rule_b,
                    ptr,
                    direction.flipped() if flip else direction,
                    f"the `{word}` rule of {subject}",
                )
        rest_a = [self._rule_within(self.old, a, part) for part in a.get("allOf", [])]
        rest_b = [self._rule_within(self.new, b, part) for part in b.get("allOf", [])]
        for i in range(max(len(rest_a), len(rest_b))):
            if i >= len(rest_a):
                self._say(
                    Effect.NARROWER,
                    direction,
                    join(n.pointer, "allOf", i),
                    f"{subject} has a new rule (`allOf`)",
                )
            elif i >= len(rest_b):
                self._say(
                    Effect.WIDER, direction, join(o.pointer, "allOf", i), f"{subject} lost a rule (`allOf`)"
                )
            else:
                self.compare(
                    rest_a[i],
                    join(o.pointer, "allOf", i),
                    rest_b[i],
                    join(n.pointer, "allOf", i),
                    direction,
                    f"rule {i} (`allOf`) of {subject}",
                )

    def _within(self, doc: Document, parent: dict[str, Any], rule: Node) -> Node:
        """A `then`/`else` rule with the parent's field schemas laid under its own.

        The rule applies together with the parent, so a rule that restates a field's type or items adds
        nothing; comparing the rules alone would report that restatement as a narrowing.
        """
        rule, _ = doc.deref(rule, "")
        props, own = parent.get("properties"), rule.get("properties") if isinstance(rule, dict) else None
        if not isinstance(props, dict) or not isinstance(own, dict):
            return rule
        merged: dict[str, Any] = {}
        for name, sub in own.items():
            base, _ = doc.deref(props.get(name), "")
            sub, _ = doc.deref(sub, "")
            merged[name] = {**base, **sub} if isinstance(base, dict) and isinstance(sub, dict) else sub
        return {**rule, "properties": merged}

    def _rule_within(self, doc: Document, parent: dict[str, Any], part: Node) -> Node:
        """An `allOf` part whose conditional rules are read together with the parent's fields."""
        part, _ = doc.deref(part, "")
        if not isinstance(part, dict):
            return part
        return {k: self._within(doc, parent, v) if k in ("then", "else") else v for k, v in part.items()}

    # --- annotations -------------------------------------------------------------------------------

    def _annotations(self, a: Node, b: Node, ptr: str, subject: str) -> None:
        if not isinstance(a, dict) or not isinstance(b, dict):
            return
        for word in sorted(k for k in a.keys() | b.keys() if is_annotation(k)):
            if a.get(word) == b.get(word):
                continue
            if word == "deprecated":
                state = "is now deprecated" if b.get(word) else "is no longer deprecated"
                self.emit.report(Severity.NON_BREAKING, join(ptr, word), f"{subject} {state}")
            else:
                self.emit.report(Severity.DOCS, join(ptr, word), f"`{word}` of {subject} changed")

    def _nested_annotations(
        self, a: Node, a_ptr: str, b: Node, b_ptr: str, direction: Direction, subject: str
    ) -> None:
        """Walk two schemas that allow the same values for annotation changes only."""
        if not isinstance(a, dict) or not isinstance(b, dict):
            return
        props_a, props_b = a.get("properties"), b.get("properties")
        if isinstance(props_a, dict) and isinstance(props_b, dict):
            inside = "" if subject in BODIES else f" of {subject}"
            for name in props_a.keys() & props_b.keys():
                self.compare(
                    props_a[name],
                    join(a_ptr, "properties", name),
                    props_b[name],
                    join(b_ptr, "properties", name),
                    direction,
                    f"field `{name}`{inside}",
                )
        for word in ("items", "additionalProperties", "not", "if", "then", "else"):
            if isinstance(a.get(word), dict) and isinstance(b.get(word), dict):
                self.compare(
                    a[word], join(a_ptr, word), b[word], join(b_ptr, word), direction, f"{word} of {subject}"
                )
        for word in ("anyOf", "oneOf", "allOf", "prefixItems"):
            la, lb = a.get(word), b.get(word)
            if isinstance(la, list) and isinstance(lb, list) and len(la) == len(lb):
                for i, (x, y) in enumerate(zip(la, lb, strict=True)):
                    self.compare(x, join(a_ptr, word, i), y, join(b_ptr, word, i), direction, subject)

    # --- reporting ---------------------------------------------------------------------------------

    def _say(self, effect: Effect, direction: Direction, ptr: str, text: str) -> None:
        self.emit.report(effect.severity(direction), ptr, text)
