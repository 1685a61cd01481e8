"""A small, strict validator for the subset of JSON Schema (2020-12) that HeartLog's data files use.

Why not the ``jsonschema`` package: it is not a declared dependency, and it
pulls in ``referencing``, ``attrs`` and the compiled ``rpds-py`` into every
frozen build just to check a few hand-written files. This module implements
exactly the keywords our schemas use and *refuses* any other keyword, so a
schema can never contain a rule that silently goes unchecked. The tests check
that ``jsonschema`` (when installed) agrees with it on the shipped files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# Keywords that only annotate or hold definitions: no rule to check.
_ANNOTATIONS = frozenset({"$schema", "$id", "$comment", "$defs", "title", "description"})
_RULES = frozenset(
    {
        "type",
        "enum",
        "const",
        "$ref",
        "properties",
        "required",
        "additionalProperties",
        "propertyNames",
        "minProperties",
        "items",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
    }
)

Path = tuple[str | int, ...]


class UnsupportedSchema(ValueError):
    """The schema uses a keyword this validator does not implement (a programming error)."""


@dataclass(frozen=True)
class SchemaViolation:
    """One place where a document breaks its schema."""

    path: Path
    message: str

    def where(self) -> str:
        """``prompts[3].depth`` style location, ``(top level)`` for the root."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out or "(top level)"


def _type_ok(value: Any, name: str) -> bool:
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    raise UnsupportedSchema(f"unknown type {name!r}")


def _same(a: Any, b: Any) -> bool:
    # JSON equality: True is not 1.
    return type(a) is type(b) and a == b if isinstance(a, bool) or isinstance(b, bool) else a == b


@lru_cache(maxsize=256)
def _regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class _Validator:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root

    def resolve(self, ref: str) -> Mapping[str, Any]:
        prefix = "#/$defs/"
        if not ref.startswith(prefix):
            raise UnsupportedSchema(
                f"only local '#/$defs/...' references are supported, not {ref!r}"
            )
        try:
            return self.root["$defs"][ref[len(prefix) :]]
        except KeyError:
            raise UnsupportedSchema(f"unresolvable reference {ref!r}") from None

    def check(
        self, value: Any, schema: Mapping[str, Any] | bool, path: Path
    ) -> Iterator[SchemaViolation]:
        if schema is True:
            return
        if schema is False:
            yield SchemaViolation(path, "is not allowed here")
            return
        unknown = set(schema) - _RULES - _ANNOTATIONS
        if unknown:
            raise UnsupportedSchema(f"unsupported schema keyword(s): {', '.join(sorted(unknown))}")
        if "$ref" in schema:
            yield from self.check(value, self.resolve(schema["$ref"]), path)
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not any(_type_ok(value, n) for n in names):
                yield SchemaViolation(path, f"must be of type {' or '.join(names)}")
                return  # the other rules assume the right type
        if "const" in schema and not _same(value, schema["const"]):
            yield SchemaViolation(path, f"must be {schema['const']!r}")
        if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
            options = ", ".join(repr(o) for o in schema["enum"])
            yield SchemaViolation(path, f"must be one of {options} (got {_describe(value)})")
        if isinstance(value, str):
            yield from self._string(value, schema, path)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            yield from self._number(value, schema, path)
        elif isinstance(value, list):
            yield from self._array(value, schema, path)
        elif isinstance(value, dict):
            yield from self._object(value, schema, path)

    def _string(
        self, value: str, schema: Mapping[str, Any], path: Path
    ) -> Iterator[SchemaViolation]:
        if "minLength" in schema and len(value) < schema["minLength"]:
            yield SchemaViolation(path, f"must be at least {schema['minLength']} characters long")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            yield SchemaViolation(path, f"must be at most {schema['maxLength']} characters long")
        if "pattern" in schema and not _regex(schema["pattern"]).search(value):
            yield SchemaViolation(
                path, f"{_describe(value)} does not match the pattern {schema['pattern']}"
            )

    def _number(
        self, value: float, schema: Mapping[str, Any], path: Path
    ) -> Iterator[SchemaViolation]:
        if "minimum" in schema and value < schema["minimum"]:
            yield SchemaViolation(path, f"must be at least {schema['minimum']} (got {value})")
        if "maximum" in schema and value > schema["maximum"]:
            yield SchemaViolation(path, f"must be at most {schema['maximum']} (got {value})")

    def _array(
        self, value: list[Any], schema: Mapping[str, Any], path: Path
    ) -> Iterator[SchemaViolation]:
        if "minItems" in schema and len(value) < schema["minItems"]:
            yield SchemaViolation(path, f"must have at least {schema['minItems']} item(s)")
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            yield SchemaViolation(path, f"must have at most {schema['maxItems']} item(s)")
        if schema.get("uniqueItems"):
            seen: list[Any] = []
            for item in value:
                if any(_same(item, other) for other in seen):
                    yield SchemaViolation(path, f"lists {_describe(item)} more than once")
                    break
                seen.append(item)
        if "items" in schema:
            for index, item in enumerate(value):
                yield from self.check(item, schema["items"], (*path, index))

    def _object(
        self, value: dict[str, Any], schema: Mapping[str, Any], path: Path
    ) -> Iterator[SchemaViolation]:
        for name in schema.get("required", ()):
            if name not in value:
                yield SchemaViolation(path, f"is missing the required field {name!r}")
        if "minProperties" in schema and len(value) < schema["minProperties"]:
            yield SchemaViolation(path, f"must have at least {schema['minProperties']} field(s)")
        properties: Mapping[str, Any] = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for name, item in value.items():
            if "propertyNames" in schema:
                for issue in self.check(name, schema["propertyNames"], (*path, name)):
                    yield SchemaViolation(issue.path, f"key {issue.message}")
            if name in properties:
                yield from self.check(item, properties[name], (*path, name))
            elif extra is False:
                yield SchemaViolation(path, f"has a field {name!r} that is not allowed")
            else:
                yield from self.check(item, extra, (*path, name))


def violations(document: Any, schema: Mapping[str, Any]) -> list[SchemaViolation]:
    """Every place ``document`` breaks ``schema``, in document order (empty when valid)."""
    return list(_Validator(schema).check(document, schema, ()))
