"""Request bodies: read within a bound, parsed as JSON within limits, memory handed back.

A hostile body must cost the mock no more than a well-formed one of the same size: it is
read up to ``max_body_bytes`` (the rest counted and discarded, so the client sees the 413
rather than a broken pipe), refused before parsing when it holds too many objects and
arrays, and refused after parsing when it nests too deeply.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import sys
from typing import Any, Final

from starlette.requests import ClientDisconnect, Request

__all__ = [
    "LARGE_BODY_BYTES",
    "LARGE_BODY_SCOPE_KEY",
    "MAX_JSON_CONTAINERS",
    "MAX_JSON_DEPTH",
    "TooComplex",
    "drain",
    "parse_json",
    "read_bounded",
    "release_memory",
]

# Beyond max_body_bytes the rest of a body is read and discarded (so the client sees the
# 413 rather than a broken pipe), up to this much more; then the connection is closed.
DRAIN_ALLOWANCE: Final = 64 * 1024 * 1024
# After a body this large is answered, the memory it took is handed back to the system:
# glibc keeps freed heap memory otherwise, and the mock would stay hundreds of MB larger
# after one 12 MiB request.
LARGE_BODY_BYTES: Final = 1024 * 1024
LARGE_BODY_SCOPE_KEY: Final = "weshop.mock.large_body"
# Deeper bodies are refused: echoing them (run params) could exceed the recursion limit.
MAX_JSON_DEPTH: Final = 64
# Bodies with more objects and arrays than this are refused before they are parsed: each
# costs the parser and the validator far more than a number or a string, so a body of a
# million tiny objects would take many times longer, and far more memory, than a plain
# array of the same size. Counted as the body's "{" and "[" bytes (those inside strings
# too: a cheap, safe over-count). No request of the API comes near it.
MAX_JSON_CONTAINERS: Final = 10_000


async def read_bounded(request: Request, limit: int) -> tuple[int, bytes]:
    """Read the body: keep up to ``limit`` bytes, discard (but count) the rest."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size <= limit:
            chunks.append(chunk)
        elif size > limit + DRAIN_ALLOWANCE:
            break
    return size, b"".join(chunks) if size <= limit else b""


async def drain(request: Request, limit: int) -> None:
    """Read what is left of the body, so that the client gets to read the answer."""
    # RuntimeError: Starlette's "stream consumed" (the body was already read).
    with contextlib.suppress(ClientDisconnect, RuntimeError):
        await read_bounded(request, limit)


def _load_libc() -> Any:
    if sys.platform != "linux":
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:  # not glibc (musl)
        return None


_LIBC: Final = _load_libc()


def release_memory() -> None:
    """Hand freed heap memory back to the system (glibc's ``malloc_trim``), after freeing
    what only reference cycles hold (an error's traceback and the frames it names)."""
    gc.collect()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


class TooComplex(ValueError):
    """A body refused for its number of objects and arrays, before it is parsed."""


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        # 1e400 parses as infinity, which could never be echoed back as JSON.
        raise ValueError(f"{text[:40]} is out of range")
    return value


def parse_json(raw: bytes) -> Any:
    """A JSON body, or ValueError/RecursionError (:class:`TooComplex` before parsing)."""
    containers = raw.count(b"{") + raw.count(b"[")
    if containers > MAX_JSON_CONTAINERS:
        raise TooComplex(
            f"the body holds {containers} objects and arrays ('{{' and '['), more than the "
            f"{MAX_JSON_CONTAINERS} the mock accepts"
        )
    # NaN/Infinity are Python extensions, not JSON; deep nesting raises RecursionError.
    value = json.loads(raw, parse_constant=_reject_constant, parse_float=_finite_float)
    if _depth(value) > MAX_JSON_DEPTH:
        raise ValueError(f"nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def _depth(value: Any) -> int:
    """How deeply ``value`` nests (iteratively: it must not recurse on hostile input).
    Only containers are pushed: a 12 MiB array of six million numbers costs one quick
    pass, not six million stack entries."""
    containers = (dict, list)
    if type(value) not in containers:
        return 1
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        children = node.values() if isinstance(node, dict) else node
        nested = [child for child in children if type(child) in containers]
        stack.extend((child, level + 1) for child in nested)
        deepest = max(deepest, level + 1) if len(nested) < len(children) else deepest
    return deepest
