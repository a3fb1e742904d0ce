"""``python -m codegen apiref [--check]``: docs/api.md, the API reference, from the code.

Every name in ``weshop.__all__``, the resource groups a client holds (``client.runs``,
``client.catalog``, ...), ``weshop.resources`` and ``weshop.mock``: each class with its
constructor's signature, its public methods and properties with their signatures, and the
first paragraph of each docstring. It reads the imported package with :mod:`inspect`, so it
shows exactly what users call (the generated sync client included). An ``Async`` twin
whose methods are the sync class's, each awaitable, gets one line instead of a copy.

Written by ``python -m codegen apiref``; ``tests/docs/test_api_reference.py`` fails
when the file is stale, naming that command.
"""

from __future__ import annotations

import argparse
import asyncio
import enum
import functools
import inspect
import re
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

ROOT: Final = Path(__file__).resolve().parent.parent
API_MD: Final = ROOT / "docs" / "api.md"
COMMAND: Final = "python -m codegen apiref"

_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def _first_paragraph(obj: object) -> str:
    doc = inspect.getdoc(obj) or ""
    paragraph = doc.split("\n\n", 1)[0].strip()
    return " ".join(paragraph.split())


def _annotation(annotation: object) -> str:
    if isinstance(annotation, str):
        return annotation
    if isinstance(annotation, type):
        return annotation.__qualname__
    return inspect.formatannotation(annotation)


def _value(value: object) -> str:
    """A stable spelling: sets sorted (their order varies by hash seed), no addresses."""
    if isinstance(value, (set, frozenset)):
        inner = ", ".join(sorted(repr(item) for item in value))
        return f"{type(value).__name__}({{{inner}}})"
    return _ADDRESS.sub("", str(value))


def _default(value: object) -> str:
    if isinstance(value, (set, frozenset)):
        return _value(value)
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if callable(value) and hasattr(value, "__qualname__"):
        return str(value.__qualname__)
    return _ADDRESS.sub("", repr(value))


def signature(obj: Callable[..., Any], *, drop_self: bool = False) -> str:
    """``(a: int, /, *, b: str = 'x') -> Run`` with annotations as written in the source
    (no quotes) and stable defaults (no memory addresses); private parameters left out."""
    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return "(...)"
    parts: list[str] = []
    kinds_seen: set[inspect._ParameterKind] = set()
    params = list(sig.parameters.values())
    if drop_self and params and params[0].name in {"self", "cls"}:
        params = params[1:]
    for index, param in enumerate(params):
        if param.name.startswith("_"):
            continue
        kind = param.kind
        if kind is inspect.Parameter.KEYWORD_ONLY and not (
            kinds_seen & {inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.VAR_POSITIONAL}
        ):
            parts.append("*")
        text = param.name
        if kind is inspect.Parameter.VAR_POSITIONAL:
            text = "*" + text
        elif kind is inspect.Parameter.VAR_KEYWORD:
            text = "**" + text
        if param.annotation is not inspect.Parameter.empty:
            text += f": {_annotation(param.annotation)}"
            if param.default is not inspect.Parameter.empty:
                text += f" = {_default(param.default)}"
        elif param.default is not inspect.Parameter.empty:
            text += f"={_default(param.default)}"
        parts.append(text)
        kinds_seen.add(kind)
        following = params[index + 1 :]
        if kind is inspect.Parameter.POSITIONAL_ONLY and not any(
            p.kind is inspect.Parameter.POSITIONAL_ONLY for p in following
        ):
            parts.append("/")
    result = f"({', '.join(parts)})"
    if sig.return_annotation is not inspect.Signature.empty:
        result += f" -> {_annotation(sig.return_annotation)}"
    return result


def _members(cls: type) -> Iterator[tuple[str, object]]:
    """Public methods and properties of ``cls`` (inherited ones included), by name."""
    for name in sorted(dir(cls)):
        if name.startswith("_") and name not in {"__enter__", "__aenter__", "__iter__"}:
            continue
        attribute = inspect.getattr_static(cls, name)
        if isinstance(attribute, (staticmethod, classmethod)):
            yield name, getattr(cls, name)
        elif isinstance(attribute, property) or inspect.isfunction(attribute):
            yield name, attribute


def _catalog_builder(cls: type | None, member: Callable[..., Any]) -> Callable[..., Any] | None:
    """The typed builder behind a ``client.catalog`` method: the methods are made by
    ``sync_method(build)`` / ``async_method(build)`` (``*args: P.args``), and the builder
    of the same name in the catalog's module declares the keywords."""
    if cls is None or "P.args" not in str(inspect.signature(member)):
        return None
    builder = getattr(sys.modules[cls.__module__], member.__name__, None)
    return builder if inspect.isfunction(builder) else None


def _member_line(name: str, member: object, cls: type | None = None) -> str:
    if isinstance(member, property):
        annotation = ""
        if member.fget is not None:
            returned = inspect.signature(member.fget).return_annotation
            if returned is not inspect.Signature.empty:
                annotation = f": {_annotation(returned)}"
        line = f"- `{name}{annotation}` (property)"
    else:
        assert callable(member)
        prefix = "async " if inspect.iscoroutinefunction(member) else ""
        bound = not isinstance(member, types.MethodType)  # classmethods come bound
        text = signature(member, drop_self=bound)
        builder = _catalog_builder(cls, member)
        if builder is not None:
            returned = inspect.signature(member).return_annotation
            text = signature(builder).rsplit(" -> ", 1)[0] + f" -> {_annotation(returned)}"
        line = f"- `{prefix}{name}{text}`"
    summary = _first_paragraph(member)
    return f"{line} — {summary}" if summary else line


def _heading(level: str, qualified: str) -> str:
    # A name that is not importable carries its own closing backtick and a note.
    return f"{level} `{qualified}" + ("" if "`" in qualified else "`")


def _is_plain_data(cls: type) -> bool:
    return issubclass(cls, BaseException) and not [
        name for name, _ in _members(cls) if name not in dir(Exception)
    ]


def _class_section(qualified: str, cls: type, *, heading: str = "###") -> list[str]:
    lines = [_heading(heading, qualified), ""]
    bases = [b.__name__ for b in cls.__bases__ if b is not object]
    kind = "exception" if issubclass(cls, BaseException) else "class"
    if issubclass(cls, enum.Enum):
        lines.append(f"enum: {', '.join(f'`{m.name}`' for m in cls)}")
    else:
        base_text = f" ({', '.join(bases)})" if bases else ""
        lines.append(f"{kind} `{cls.__name__}{signature(cls)}`{base_text}")
    summary = _first_paragraph(cls)
    if summary:
        lines += ["", summary]
    if not issubclass(cls, enum.Enum) and not _is_plain_data(cls):
        members = [
            _member_line(name, member, cls)
            for name, member in _members(cls)
            if not (issubclass(cls, BaseException) and name in dir(Exception))
        ]
        if members:
            lines += ["", *members]
    lines.append("")
    return lines


def _same_surface(sync_cls: type, async_cls: type) -> bool:
    """Whether ``async_cls`` has the methods of ``sync_cls`` with the same signatures,
    differing only in being awaitable (what the unasync'd pairs are)."""

    def surface(cls: type) -> dict[str, str]:
        result = {}
        for name, member in _members(cls):
            name = {"__aenter__": "__enter__"}.get(name, name)
            line = _member_line(name, member, cls).replace("async ", "", 1)
            result[name] = re.sub(r"\bAsync(?=[A-Z])", "", line)
        return result

    return surface(sync_cls) == surface(async_cls)


def render() -> str:
    """The whole of docs/api.md."""
    import weshop
    import weshop.mock
    import weshop.resources
    import weshop.spec

    out = [
        "# API reference",
        "",
        f"<!-- Generated from the code by `{COMMAND}`; do not edit by hand. -->",
        "",
        f"Generated from the code by `{COMMAND}` (a test fails when this file is stale).",
        "Every public name of `weshop`, the resource groups of a client, `weshop.resources`,",
        "`weshop.mock` and `weshop.spec`, with signatures as the code declares them. Guides:",
        "[client](client.md), [command line](cli.md), [mock server](mock-server.md).",
        "",
    ]
    groups = _resource_groups(weshop.WeShop("api-reference-key", upload_cache=False))
    async_client = weshop.AsyncWeShop("api-reference-key", upload_cache=False)
    async_groups = _resource_groups(async_client)
    asyncio.run(async_client.close())

    classes: dict[str, type] = {}
    others: list[tuple[str, object]] = []
    for name in weshop.__all__:
        value = getattr(weshop, name)
        if isinstance(value, type):
            classes[name] = value
        else:
            others.append((name, value))

    done: set[type] = set()

    def emit(qualified: str, cls: type) -> None:
        if cls in done:
            return
        done.add(cls)
        out.extend(_class_section(qualified, cls))

    out += ["## Clients", ""]
    for name in ("WeShop", "AsyncWeShop"):
        if name == "AsyncWeShop" and _same_surface(classes["WeShop"], classes[name]):
            out += _class_section_header_only(f"weshop.{name}", classes[name], "WeShop")
            done.add(classes[name])
        else:
            emit(f"weshop.{name}", classes[name])
    out += ["### Resource groups of a client", ""]
    out += ["| attribute | `WeShop` | `AsyncWeShop` |", "|---|---|---|"]
    for attribute, cls in groups.items():
        twin = async_groups[attribute].__name__
        out.append(f"| `client.{attribute}` | `{cls.__name__}` | `{twin}` |")
    out.append("")

    out += ["## Resources", ""]
    resource_classes = {name: getattr(weshop.resources, name) for name in weshop.resources.__all__}
    for cls in [*groups.values(), *async_groups.values()]:
        if cls.__name__ not in resource_classes:
            resource_classes[cls.__name__] = cls
    for name in sorted(resource_classes, key=_sync_first):
        cls = resource_classes[name]
        sync_name = name.removeprefix("Async").replace("Catalog", "CatalogAgents")
        sync_name = sync_name if sync_name in resource_classes else name.removeprefix("Async")
        if (
            name.startswith("Async")
            and sync_name in resource_classes
            and _same_surface(resource_classes[sync_name], cls)
        ):
            out += _class_section_header_only(_resource_name(name), cls, sync_name)
            done.add(cls)
            continue
        emit(_resource_name(name), cls)

    errors = {n: c for n, c in classes.items() if issubclass(c, BaseException)}
    models = {n: c for n, c in classes.items() if n not in errors and c not in done}
    out += ["## Results, policies and other classes", ""]
    for name, cls in sorted(models.items()):
        if name.startswith("Async") and name.removeprefix("Async") in models:
            sync_twin = models[name.removeprefix("Async")]
            if _same_surface(sync_twin, cls):
                out += _class_section_header_only(f"weshop.{name}", cls, sync_twin.__name__)
                continue
        emit(f"weshop.{name}", cls)
    out += ["## Errors", ""]
    for cls in _error_tree(weshop.WeShopError, set(errors.values())):
        emit(f"weshop.{cls.__name__}", cls)
    out += ["## Constants and type aliases", ""]
    for name, value in others:
        if name == "__version__":
            out.append(f"- `weshop.__version__` — the installed version (`{value}` here)")
        elif isinstance(value, (str, int, float)):
            out.append(f"- `weshop.{name} = {value!r}`")
        else:
            out.append(f"- `weshop.{name} = {_value(value)}`")
    out.append("")

    for title, module in (
        ("The mock server: `weshop.mock`", weshop.mock),
        ("The API spec as data: `weshop.spec`", weshop.spec),
    ):
        out += [f"## {title}", ""]
        prefix = module.__name__
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, type):
                emit(f"{prefix}.{name}", value)
            elif inspect.isfunction(value):
                out += [f"### `{prefix}.{name}`", "", f"function `{name}{signature(value)}`"]
                summary = _first_paragraph(value)
                out += (["", summary] if summary else []) + [""]
            else:
                out += [f"- `{prefix}.{name} = {_value(value)}`", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _sync_first(name: str) -> tuple[str, bool]:
    """Sort key: each class, then its ``Async`` twin."""
    return name.removeprefix("Async"), name.startswith("Async")


def _resource_name(name: str) -> str:
    import weshop.resources

    if name in weshop.resources.__all__:
        return f"weshop.resources.{name}"
    return f"{name}` (`client.catalog`; not importable)"


def _resource_groups(client: object) -> dict[str, type]:
    """``client.runs``, ``client.catalog``...: the public attributes holding weshop objects
    (``catalog`` is a cached property, made when first read)."""
    names = set(vars(client)) | {
        name
        for klass in type(client).__mro__
        for name, attribute in vars(klass).items()
        if isinstance(attribute, functools.cached_property)
    }
    values = {name: getattr(client, name) for name in sorted(names) if not name.startswith("_")}
    return {
        name: type(value)
        for name, value in values.items()
        if type(value).__module__.startswith("weshop")
    }


def _error_tree(root: type, public: set[type]) -> list[type]:
    """The public exceptions under ``root`` depth first, each after its base, in
    declaration order (as weshop/errors.py lists them)."""
    found: list[type] = []

    def visit(cls: type) -> None:
        if cls in public and cls not in found:
            found.append(cls)
        subclasses: list[type] = type.__subclasses__(cls)
        for sub in subclasses:
            if sub.__module__.startswith("weshop"):
                visit(sub)

    visit(root)
    return found


def _class_section_header_only(qualified: str, cls: type, twin: str) -> list[str]:
    lines = [_heading("###", qualified), ""]
    lines.append(f"class `{cls.__name__}{signature(cls)}`")
    summary = _first_paragraph(cls)
    if summary:
        lines += ["", summary]
    lines += [
        "",
        f"The methods and properties of `{twin}` with the same signatures (`Async...` types "
        f"in place of their sync twins); each method is `async` (awaited).",
        "",
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/api.md is stale")
    args = parser.parse_args(argv)
    text = render()
    current = API_MD.read_text(encoding="utf-8") if API_MD.exists() else ""
    if args.check:
        if current != text:
            print(f"docs/api.md is stale: run `{COMMAND}`", file=sys.stderr)
            return 1
        return 0
    if current != text:
        API_MD.write_text(text, encoding="utf-8")
        print(f"apiref: wrote {API_MD.relative_to(ROOT)}")
    else:
        print(f"apiref: {API_MD.relative_to(ROOT)} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
