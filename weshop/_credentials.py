"""Finding the API key, and keeping it out of sight.

Order: the ``api_key`` argument, then ``WESHOP_API_KEY``, then
``~/.config/weshop/credentials.json`` (``{"api_key": "..."}``). Like ssh with a private
key, the file is refused when other users may read it. The key is held in a
:class:`SecretKey`, whose repr and str never show it.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import weakref
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from ._constants import API_KEY_ENV, API_KEY_HELP_URL, CREDENTIALS_FILE
from ._redaction import redact_bytes, redact_text, redact_tree
from .errors import CredentialsFileError, MissingAPIKeyError

__all__ = [
    "SecretKey",
    "default_credentials_path",
    "guard_logs",
    "read_credentials_file",
    "resolve_api_key",
]

_REDACTED: Final = "[redacted]"


class SecretKey:
    """An API key that does not show itself: repr, str and format print ``[redacted]``.

    It is held masked (XOR with a random pad of its own length), not as a string: code
    that walks an object graph — an error reporter following an exception's attributes
    to a run, its client and the client's key — finds no spelling of the key in it.
    """

    __slots__ = ("__weakref__", "_masked", "_pad")

    def __init__(self, value: str) -> None:
        data = value.encode("utf-8", "surrogatepass")
        self._pad = int.from_bytes(os.urandom(len(data)), "big")
        self._masked = (int.from_bytes(data, "big") ^ self._pad, len(data))

    @property
    def _value(self) -> str:
        masked, length = self._masked
        return (masked ^ self._pad).to_bytes(length, "big").decode("utf-8", "surrogatepass")

    def reveal(self) -> str:
        """The key itself — only for the ``Authorization`` header."""
        return self._value

    def redact(self, text: str) -> str:
        """``text`` with every spelling of the key (raw, URL-encoded, JSON-escaped)
        replaced by ``[redacted]``."""
        return redact_text(text, [self._value], _REDACTED)

    def redact_tree(self, value: Any) -> Any:
        """A decoded JSON value with the key redacted from every string in it."""
        return redact_tree(value, [self._value], _REDACTED)

    def redact_bytes(self, data: bytes) -> bytes:
        """Bytes (a raw answer) with every spelling and encoding of the key redacted."""
        return redact_bytes(data, [self._value], _REDACTED)

    def __repr__(self) -> str:
        return f"SecretKey({_REDACTED})"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretKey) and other._value == self._value

    def __hash__(self) -> int:
        return hash((SecretKey, self._value))

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("an API key is not pickled")


#: Loggers whose lines may quote what a server sent back: httpcore logs response headers
#: at DEBUG, before the client sees them (a server echoing the key would be quoted).
GUARDED_LOGGERS: Final = (
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "httpx",
    "weshop",
)
#: The keys of live clients, by identity: keys are equal by value, and a WeakSet would
#: drop a value's entry when an *earlier* equal key dies, leaving a live one unguarded.
_live_keys: weakref.WeakValueDictionary[int, SecretKey] = weakref.WeakValueDictionary()


class _RedactLiveKeys(logging.Filter):
    """Redacts the keys of live clients from every record of the guarded loggers."""

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = sorted({key.reveal() for key in list(_live_keys.values())})
        if secrets:
            message = record.getMessage()
            redacted = redact_text(message, secrets, _REDACTED)
            if redacted != message:
                record.msg, record.args = redacted, None
        return True


_FILTER: Final = _RedactLiveKeys()


def guard_logs(key: SecretKey) -> None:
    """Keep ``key`` out of the guarded loggers' lines for as long as it lives."""
    _live_keys[id(key)] = key
    for name in GUARDED_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)


def default_credentials_path() -> Path:
    """``~/.config/weshop/credentials.json`` for the current user."""
    return CREDENTIALS_FILE.expanduser()


def _checked(value: str, source: str) -> SecretKey:
    key = value.strip()
    if not key:
        raise MissingAPIKeyError(f"the API key from {source} is empty", reason="empty")
    if not key.isascii() or not key.isprintable() or any(c in key for c in " \"'\\"):
        # Never echo the value: it is (almost) a key.
        raise MissingAPIKeyError(
            f"the API key from {source} contains characters an API key cannot have "
            "(spaces, quotes, control or non-ASCII characters)",
            reason="malformed",
        )
    return SecretKey(key)


def read_credentials_file(path: Path) -> SecretKey | None:
    """The key stored in ``path``, or ``None`` if the file does not exist.

    Raises :class:`CredentialsFileError` if the file is readable by group or others (the
    message says to ``chmod 600``), is not JSON, or has no ``api_key`` string.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CredentialsFileError(f"cannot read {path}: {exc.strerror}") from None
    if os.name == "posix" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise CredentialsFileError(
            f"{path} is accessible by other users (permissions "
            f"{stat.S_IMODE(info.st_mode):04o}); an API key must be private. "
            f"Fix it with: chmod 600 {path}"
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CredentialsFileError(f"cannot read {path}: {exc.strerror}") from None
    except ValueError:
        # The parser's message may quote the file's content: do not chain it.
        raise CredentialsFileError(f"{path} is not valid JSON") from None
    value = data.get("api_key") if isinstance(data, dict) else None
    if not isinstance(value, str):
        raise CredentialsFileError(f'{path} has no "api_key" string')
    try:
        return _checked(value, str(path))
    except MissingAPIKeyError as exc:
        raise CredentialsFileError(str(exc)) from None


def resolve_api_key(
    api_key: str | None,
    *,
    environ: Mapping[str, str] | None = None,
    credentials_path: Path | None = None,
) -> SecretKey:
    """The key from the argument, ``WESHOP_API_KEY``, or the credentials file, in that order.

    Raises :class:`MissingAPIKeyError` (a ``ConfigurationError``) saying how to set a key
    when none is found (``reason="not_found"``) or the one given is empty or malformed.
    """
    if api_key is not None:
        return _checked(api_key, "the api_key argument")
    env = os.environ if environ is None else environ
    from_env = env.get(API_KEY_ENV, "")
    if from_env.strip():
        return _checked(from_env, f"${API_KEY_ENV}")
    path = default_credentials_path() if credentials_path is None else credentials_path
    from_file = read_credentials_file(path)
    if from_file is not None:
        return from_file
    raise MissingAPIKeyError(
        "no WeShop API key found. Pass api_key=..., set the "
        f'{API_KEY_ENV} environment variable, or save {{"api_key": "..."}} to '
        f"{path} (then chmod 600 it). Get a key at {API_KEY_HELP_URL}",
        reason="not_found",
    )
