"""The public surface: ``__all__``, the exception tree, and sync/async parity."""

from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

import weshop
import weshop.errors
from weshop import AsyncWeShop, WeShop

EXPECTED = {
    # The client's defaults the `weshop` command line shows and reads (issue 22).
    "API_KEY_ENV",
    "API_KEY_HELP_URL",
    "BASE_URL_ENV",
    "DEFAULT_AGENT_VERSION",
    "DEFAULT_WAIT_TIMEOUT",
    "DEFAULT_BASE_URL",
    "DEFAULT_BATCH_COUNT",
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
}


def test_all_is_the_public_api() -> None:
    assert set(weshop.__all__) == EXPECTED
    assert len(weshop.__all__) == len(set(weshop.__all__))
    for name in weshop.__all__:
        assert hasattr(weshop, name), name
    public = {name for name in vars(weshop) if not name.startswith("_")}
    # Submodules are attributes too; everything else that is public is in __all__.
    modules = {name for name in public if inspect.ismodule(getattr(weshop, name))}
    assert public - modules - {"annotations"} <= set(weshop.__all__)


def test_version_is_kept() -> None:
    assert weshop.__version__ == "0.1.0"


def test_errors_module_exports_every_exception() -> None:
    for name in weshop.errors.__all__:
        assert hasattr(weshop.errors, name)
    exported = {
        name
        for name in weshop.__all__
        if isinstance(getattr(weshop, name), type) and issubclass(getattr(weshop, name), Exception)
    }
    assert exported <= set(weshop.errors.__all__)


@pytest.mark.parametrize(
    ("child", "parent"),
    [
        (weshop.APIError, weshop.WeShopError),
        (weshop.AuthenticationError, weshop.APIError),
        (weshop.ConfigurationError, weshop.WeShopError),
        (weshop.MissingAPIKeyError, weshop.ConfigurationError),
        (weshop.CredentialsFileError, weshop.ConfigurationError),
        (weshop.UntrustedHostError, weshop.ConfigurationError),
        (weshop.UntrustedHostError, ValueError),
        (weshop.NotFoundError, weshop.APIError),
        (weshop.RateLimitError, weshop.APIError),
        (weshop.InvalidRequestError, weshop.APIError),
        (weshop.ServerError, weshop.APIError),
        (weshop.APIConnectionError, weshop.WeShopError),
        (weshop.APITimeoutError, weshop.APIConnectionError),
        (weshop.RequestValidationError, weshop.WeShopError),
        (weshop.ImageValidationError, weshop.RequestValidationError),
        (weshop.UntrustedHostError, weshop.WeShopError),
        (weshop.RunFailedError, weshop.WeShopError),
        (weshop.RunTimeoutError, weshop.WeShopError),
        (weshop.PreparationFailedError, weshop.WeShopError),
        (weshop.PreparationTimeoutError, weshop.WeShopError),
        (weshop.PresetNotFoundError, weshop.WeShopError),
        (weshop.ClientClosedError, weshop.WeShopError),
        (weshop.ClientClosedError, RuntimeError),
    ],
)
def test_exception_tree(child: type[Exception], parent: type[Exception]) -> None:
    assert issubclass(child, parent)


@pytest.mark.parametrize(
    "cls", [weshop.MissingAPIKeyError, weshop.CredentialsFileError, weshop.UntrustedHostError]
)
def test_configuration_errors_are_not_api_errors(cls: type[Exception]) -> None:
    # Nothing was sent, so catching the service's refusals must not catch these.
    assert not issubclass(cls, weshop.APIError)
    assert not issubclass(cls, weshop.AuthenticationError)


def test_the_tree_is_documented_in_the_errors_module() -> None:
    doc = weshop.errors.__doc__ or ""
    for name in weshop.errors.__all__:
        obj = getattr(weshop.errors, name)
        if isinstance(obj, type) and issubclass(obj, Exception):
            assert name in doc, name


def _public_methods(obj: object) -> set[str]:
    return {name for name in dir(obj) if not name.startswith("_") and callable(getattr(obj, name))}


@pytest.mark.parametrize(
    "resource", ["runs", "assets", "agents", "tasks", "fashion_models", "locations"]
)
def test_sync_and_async_resources_have_the_same_methods(resource: str) -> None:
    sync = getattr(WeShop("k", upload_cache=False), resource)
    async_ = getattr(AsyncWeShop("k", upload_cache=False), resource)
    assert _public_methods(sync) == _public_methods(async_)
    for name in _public_methods(async_):
        if inspect.isasyncgenfunction(getattr(async_, name)):  # auto-paging: async for
            assert inspect.isgeneratorfunction(getattr(sync, name)), name
            continue
        assert inspect.iscoroutinefunction(getattr(async_, name)), name
        assert not inspect.iscoroutinefunction(getattr(sync, name)), name


def test_sync_and_async_clients_have_the_same_methods() -> None:
    sync, async_ = WeShop("k", upload_cache=False), AsyncWeShop("k", upload_cache=False)
    assert _public_methods(sync) == _public_methods(async_)
    for name in ("aimodel", "aiproduct", "aipose", "expand_image", "remove_background"):
        assert inspect.iscoroutinefunction(getattr(AsyncWeShop, name))
        assert inspect.signature(getattr(sync, name)).parameters.keys() == (
            inspect.signature(getattr(async_, name)).parameters.keys()
        )
    assert inspect.iscoroutinefunction(AsyncWeShop.close)
    assert inspect.iscoroutinefunction(weshop.AsyncRun.download)
    assert not inspect.iscoroutinefunction(weshop.Run.download)


def test_agent_methods_carry_the_builders_signature_and_docs() -> None:
    signature = inspect.signature(WeShop.aiproduct)
    assert list(signature.parameters)[:3] == ["self", "image", "generated_content"]
    assert signature.parameters["batch_count"].default == weshop.DEFAULT_BATCH_COUNT == 1
    assert "aiproduct" in (WeShop.aiproduct.__doc__ or "")
    assert WeShop.virtual_try_on.__name__ == "virtual_try_on"


#: A user's first refused request: what it must not load (cold start, issue 21).
_COLD_START = """
import sys
import weshop
client = weshop.WeShop(api_key="sk-test", base_url="http://127.0.0.1:9", upload_cache=False)
try:
    client.runs.create("kling", images=["https://example.com/a.png"],
                       params={"textDescription": "walk", "modelName": "Kling_2_6",
                               "duration": "3s"})
except weshop.RequestValidationError as refused:
    assert "kling-duration" in str(refused), refused
lazy = ("weshop._typed_agents", "weshop._agent_methods", "weshop._async.client",
        "weshop._models", "weshop._presets", "weshop._waiting")
print(sorted(name for name in lazy if name in sys.modules))
print("catalog" in dir(client), "catalog" in vars(client))
print(type(client.catalog).__name__, callable(client.catalog.kling), "kling" in dir(client.catalog))
print(sorted(set(weshop.__all__) - set(dir(weshop))))
"""


def test_a_cold_start_loads_the_catalog_agents_and_result_classes_when_first_read() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _COLD_START], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "[]",  # none of them loaded by import weshop and the first refused request
        "True False",  # client.catalog is there before it is first read ...
        "CatalogAgents True True",  # ... and then the generated namespace
        "[]",  # every public name is in dir(weshop)
    ]
