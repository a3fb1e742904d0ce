"""Defaults of the WeShop client, as named constants (one place to read and change them).

Enums and request rules are *not* here: they live in the overlaid spec and are read
through :mod:`weshop._spec`. What is here is client behaviour (timeouts, retries,
polling, caching) and the few documented limits the spec cannot express (upload limits
of a multipart file).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import httpx

# --------------------------------------------------------------------------- endpoints
#: The production API. The key is sent only here (over https), to loopback, or to a
#: host the caller names in ``trusted_hosts``.
DEFAULT_BASE_URL: Final = "https://openapi.weshop.ai/openapi"
OFFICIAL_HOST: Final = "openapi.weshop.ai"
LOOPBACK_NAMES: Final = frozenset({"localhost"})

API_KEY_ENV: Final = "WESHOP_API_KEY"
BASE_URL_ENV: Final = "WESHOP_BASE_URL"
#: Where the vendor's integration page recommends saving the key (``{"api_key": ...}``).
CREDENTIALS_FILE: Final = Path("~/.config/weshop/credentials.json")
#: Where to get a key (agent-openapi-integration-2026-04.txt).
API_KEY_HELP_URL: Final = "https://open.weshop.ai/authorization/apikey"

AUTH_HEADER: Final = "Authorization"
IDEMPOTENCY_HEADER: Final = "Idempotency-Key"

# --------------------------------------------------------------------------- timeouts
#: Per HTTP request: connect quickly, but let an upload of 10 MB take its time.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
#: How long ``wait`` (and the agents' ``wait=True``) waits for a run, in seconds.
DEFAULT_WAIT_TIMEOUT: Final = 600.0
#: How long ``fashion_models.wait`` / ``locations.wait`` wait for preparation.
DEFAULT_PREPARE_TIMEOUT: Final = 900.0

# --------------------------------------------------------------------------- connections
#: How many API requests an AsyncWeShop has on the wire at once; further ones wait their
#: turn in an asyncio queue. Without the cap, a thousand concurrent waits queue inside
#: httpcore's pool, whose scheduling scans every waiting request against every
#: connection (quadratic): benchmarks/README.md, scenario "concurrency".
DEFAULT_MAX_CONCURRENT_REQUESTS: Final = 64
#: The pool of a client's own transport: one kept-alive connection per request in flight.
DEFAULT_CONNECTION_LIMITS: Final = httpx.Limits(
    max_connections=DEFAULT_MAX_CONCURRENT_REQUESTS,
    max_keepalive_connections=DEFAULT_MAX_CONCURRENT_REQUESTS,
)

# --------------------------------------------------------------------------- retries
#: Retries after the first attempt (so up to 1 + DEFAULT_MAX_RETRIES requests).
DEFAULT_MAX_RETRIES: Final = 5
#: Capped exponential backoff with full jitter: sleep uniform(0, min(cap, base * 2**n)).
RETRY_INITIAL_DELAY: Final = 0.5
RETRY_MAX_DELAY: Final = 8.0
#: A server's ``Retry-After`` is honoured up to this many seconds.
RETRY_AFTER_CAP: Final = 60.0

# --------------------------------------------------------------------------- polling
#: First poll soon after submitting; while no progress is reported, back off by
#: POLL_GROWTH per poll up to the cap (progress, once reported, predicts the finish).
POLL_INITIAL_INTERVAL: Final = 0.25
POLL_MAX_INTERVAL: Final = 5.0
POLL_GROWTH: Final = 2.0
#: Random spread of backoff delays (fraction, both ways) so many clients do not align.
POLL_JITTER: Final = 0.1
#: When progress predicts the finish, poll this long after the predicted moment.
POLL_LEAD: Final = 0.1
#: Once the predicted finish has passed, poll at this interval, growing by
#: POLL_OVERDUE_GROWTH per poll (up to the cap).
POLL_OVERDUE_INTERVAL: Final = 0.2
POLL_OVERDUE_GROWTH: Final = 1.5

# --------------------------------------------------------------------------- runs
DEFAULT_AGENT_VERSION: Final = "v1.0"
#: The documents disagree on the server's batchCount default (4 in the integration page,
#: 1 in the per-agent pages), so the facade always sends batchCount; 1 unless asked.
DEFAULT_BATCH_COUNT: Final = 1

# --------------------------------------------------------------------------- uploads
# The upload limits themselves (formats, size, dimensions, aspect ratio) live in the
# overlay as `x-image-constraints`; read them with weshop._spec.image_constraints().
#: The content-hash cache of uploads (sha256 + API base URL -> asset URL).
UPLOAD_CACHE_FILE: Final = Path("~/.cache/weshop/uploads.json")
HASH_CHUNK_SIZE: Final = 1024 * 1024

# --------------------------------------------------------------------------- downloads
DOWNLOAD_CHUNK_SIZE: Final = 64 * 1024

# --------------------------------------------------------------------------- agent info
#: Safety net for transparent pagination of GET /v1/agent/info.
INFO_MAX_PAGES: Final = 1000
