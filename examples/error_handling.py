"""What goes wrong, and how to tell: every exception derives from weshop.WeShopError.

python examples/error_handling.py
"""

from __future__ import annotations

from pathlib import Path

from weshop import (
    APIConnectionError,
    APIError,
    ConfigurationError,
    NotFoundError,
    RequestValidationError,
    RunFailedError,
    RunTimeoutError,
    WeShop,
    WeShopError,
)

image = Path(__file__).with_name("product.png")

# A base URL the key may not go to: refused in the constructor, nothing sent.
try:
    WeShop("some-key", base_url="http://api.example.com/openapi")
except ConfigurationError as error:
    print("cannot start:", type(error).__name__, "-", error)

with WeShop() as client:
    # A request that breaks a rule of the spec: nothing is sent, every broken rule named.
    try:
        client.runs.create(
            "aiproduct",
            image=client.assets.upload(image),
            params={"generatedContent": "freeCreation", "batchCount": 40},
        )
    except RequestValidationError as error:
        for violation in error.violations:
            print("invalid:", violation.field, violation.rule, "-", violation.message)

    # The service answered with an error: the exception carries the code and request id.
    try:
        client.runs.get("no-such-execution")
    except NotFoundError as error:
        print("not found:", error.status_code, error.code, "request id:", error.request_id)

    # A run that fails or does not finish in time; network trouble after the retries.
    try:
        run = client.aiproduct(
            image, generated_content="freeCreation", text_description="on a marble table"
        )
        print("succeeded:", run.images)
    except (RunFailedError, RunTimeoutError) as error:
        print("run did not succeed:", error.run.status, error.run.error)
    except APIConnectionError as error:
        print("network:", error)
    except APIError as error:
        print("API error:", error.status_code, error.code, error.message)
    except WeShopError as error:  # anything else the SDK raises
        print("weshop:", error)
