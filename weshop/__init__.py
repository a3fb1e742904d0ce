"""Python client for the WeShop AI image-generation API.

``WeShop`` / ``AsyncWeShop`` are the hand-written facade: uploads, runs, polling,
retries with idempotency keys, typed errors and a key that stays where it belongs. The
low-level client is generated from the overlaid OpenAPI spec into the ``weshop_openapi``
package; the facade reaches the wire only through it.

    from weshop import WeShop

    with WeShop() as client:  # key from WESHOP_API_KEY or ~/.config/weshop/credentials.json
        run = client.aiproduct("bottle.png", generated_content="freeCreation",
                               text_description="on a marble table")
        run.download("out/")
"""

from __future__ import annotations

import typing

from ._constants import (
    API_KEY_ENV,
    API_KEY_HELP_URL,
    BASE_URL_ENV,
    DEFAULT_AGENT_VERSION,
    DEFAULT_BASE_URL,
    DEFAULT_BATCH_COUNT,
    DEFAULT_WAIT_TIMEOUT,
)
from ._credentials import SecretKey
from ._options import BodyRequestOptions, PollRequestOptions, RequestOptions
from ._options import setup_logging as _setup_logging
from ._polling import PollPolicy
from ._retry import RetryEvent, RetryPolicy
from ._spec import Violation
from ._uploads import FileInput, ImageInput, UploadCache
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    CredentialsFileError,
    ImageValidationError,
    InvalidRequestError,
    MissingAPIKeyError,
    NotFoundError,
    OperationUnavailableError,
    PreparationFailedError,
    PreparationTimeoutError,
    PresetNotFoundError,
    RateLimitError,
    RequestValidationError,
    ResponseDecodingError,
    RunFailedError,
    RunTimeoutError,
    ServerError,
    UntrustedHostError,
    WeShopError,
)

if typing.TYPE_CHECKING:
    from ._agent_methods import AgentCall, ProgressCallback
    from ._async.client import AsyncWeShop
    from ._models import (
        AgentInfo,
        AsyncRun,
        CustomFashionModel,
        CustomLocation,
        PowerEstimate,
        Run,
        RunBase,
        RunResult,
        TaskInfo,
    )
    from ._sync.client import WeShop

_setup_logging()  # WESHOP_LOG=debug|info

#: Public names imported when first read (PEP 562), not by ``import weshop``: the clients
#: load when first named (a script using ``WeShop`` never loads the asyncio one, and
#: ``weshop --help`` neither), the result classes with the first answer (cold start,
#: issue 21).
_LAZY = {
    "AgentCall": "._agent_methods",
    "ProgressCallback": "._agent_methods",
    "AsyncWeShop": "._async.client",
    "WeShop": "._sync.client",
    **dict.fromkeys(
        (
            "AgentInfo",
            "AsyncRun",
            "CustomFashionModel",
            "CustomLocation",
            "PowerEstimate",
            "Run",
            "RunBase",
            "RunResult",
            "TaskInfo",
        ),
        "._models",
    ),
}


def __getattr__(name: str) -> typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "API_KEY_ENV",
    "API_KEY_HELP_URL",
    "BASE_URL_ENV",
    "DEFAULT_AGENT_VERSION",
    "DEFAULT_BASE_URL",
    "DEFAULT_BATCH_COUNT",
    "DEFAULT_WAIT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AgentCall",
    "AgentInfo",
    "AsyncRun",
    "AsyncWeShop",
    "AuthenticationError",
    "BodyRequestOptions",
    "ClientClosedError",
    "ConfigurationError",
    "CredentialsFileError",
    "CustomFashionModel",
    "CustomLocation",
    "FileInput",
    "ImageInput",
    "ImageValidationError",
    "InvalidRequestError",
    "MissingAPIKeyError",
    "NotFoundError",
    "OperationUnavailableError",
    "PollPolicy",
    "PollRequestOptions",
    "PowerEstimate",
    "PreparationFailedError",
    "PreparationTimeoutError",
    "PresetNotFoundError",
    "ProgressCallback",
    "RateLimitError",
    "RequestOptions",
    "RequestValidationError",
    "ResponseDecodingError",
    "RetryEvent",
    "RetryPolicy",
    "Run",
    "RunBase",
    "RunFailedError",
    "RunResult",
    "RunTimeoutError",
    "SecretKey",
    "ServerError",
    "TaskInfo",
    "UntrustedHostError",
    "UploadCache",
    "Violation",
    "WeShop",
    "WeShopError",
    "__version__",
]
