"""A faithful, stateful WeShop mock server (``weshop mock``), for offline tests and CI.

It serves every operation of the overlaid spec (``generated/openapi.yaml``) under
``/openapi`` on loopback, validates requests against that spec, moves runs through their
states on a clock you can speed up, replays recordings, injects faults on demand and
calls back completed runs. See ``docs/mock-server.md``.

Needs the ``mock`` extra (Starlette, uvicorn, Pillow)::

    from weshop.mock import FaultRule, MockServer

    with MockServer(speed=100, faults=[FaultRule("rate_limit", rate=0.1)]) as mock:
        ...  # point a client at mock.base_url with any non-empty API key
"""

from __future__ import annotations

try:
    from .._key_safety import is_loopback
    from ._proxy import RecordingProxy, serve_recording_proxy
    from ._server import MockServer, serve
    from ._settings import FAULT_KINDS, FaultKind, FaultRule, MockSettings
    from ._state import MockStats
except ModuleNotFoundError as exc:
    # A dependency of the optional extra is missing: say which, and how to get it, instead
    # of a bare "No module named 'starlette'".
    if exc.name is None or exc.name.partition(".")[0] == __name__.partition(".")[0]:
        raise
    raise ModuleNotFoundError(
        f"weshop.mock needs the 'mock' extra ({exc.name!r} is not installed):"
        " pip install 'weshop[mock]'",
        name=exc.name,
    ) from exc

__all__ = [
    "FAULT_KINDS",
    "FaultKind",
    "FaultRule",
    "MockServer",
    "MockSettings",
    "MockStats",
    "RecordingProxy",
    "is_loopback",
    "serve",
    "serve_recording_proxy",
]
