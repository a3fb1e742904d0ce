"""The client's cookie jar, which keeps nothing (the API declares no cookie)."""

from __future__ import annotations

import http.cookiejar
from typing import Any


class NoCookies(http.cookiejar.CookieJar):
    """The API client's cookie jar, which keeps nothing.

    The WeShop API authenticates each request by its key and declares no cookie. A
    cookie that an answer sets (a load balancer's affinity cookie, for example) is
    therefore neither stored nor sent back. Every request stands alone, and copies of a
    client share no hidden state. It also spares each answer httpx's cookie parsing.
    """

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        return None
