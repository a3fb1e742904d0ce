"""Finding the key: argument → WESHOP_API_KEY → credentials file (private, like ssh)."""

from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest

import weshop
from weshop import AsyncWeShop, WeShop
from weshop._credentials import SecretKey, read_credentials_file, resolve_api_key

from .conftest import KEY

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def write_credentials(path: Path, data: object, mode: int = 0o600) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))
    path.chmod(mode)
    return path


def test_argument_wins_over_environment_and_file(tmp_path: Path) -> None:
    file = write_credentials(tmp_path / "c.json", {"api_key": "from-file"})
    env = {"WESHOP_API_KEY": "from-env"}
    assert resolve_api_key("from-arg", environ=env, credentials_path=file).reveal() == "from-arg"
    assert resolve_api_key(None, environ=env, credentials_path=file).reveal() == "from-env"
    assert resolve_api_key(None, environ={}, credentials_path=file).reveal() == "from-file"
    blank = {"WESHOP_API_KEY": "   "}
    assert resolve_api_key(None, environ=blank, credentials_path=file).reveal() == "from-file"


def test_the_default_file_is_under_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    home = Path(os.environ["HOME"])
    write_credentials(home / ".config" / "weshop" / "credentials.json", {"api_key": KEY})
    client = WeShop(upload_cache=False)
    assert client._api_key.reveal() == KEY
    client.close()


def test_the_environment_variable_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WESHOP_API_KEY", KEY)
    client = WeShop(upload_cache=False)
    assert client._api_key.reveal() == KEY
    client.close()


@pytest.mark.parametrize("cls", [WeShop, AsyncWeShop])
def test_no_key_fails_eagerly_and_says_how_to_set_one(cls: type[WeShop | AsyncWeShop]) -> None:
    with pytest.raises(weshop.MissingAPIKeyError) as caught:
        cls(upload_cache=False)
    message = str(caught.value)
    assert "WESHOP_API_KEY" in message
    assert "credentials.json" in message
    assert "chmod 600" in message
    assert "api_key=" in message
    assert isinstance(caught.value, weshop.ConfigurationError)
    assert not isinstance(caught.value, weshop.APIError)
    assert caught.value.reason == "not_found"
    # The attributes it had as an APIError stay, empty (no request was made).
    assert caught.value.status_code is None
    assert (caught.value.code, caught.value.retryable, caught.value.body) == (None, False, None)


@posix_only
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660, 0o666, 0o610])
def test_a_file_others_can_read_is_refused(tmp_path: Path, mode: int) -> None:
    path = write_credentials(tmp_path / "credentials.json", {"api_key": KEY}, mode)
    with pytest.raises(weshop.CredentialsFileError) as caught:
        read_credentials_file(path)
    message = str(caught.value)
    assert f"chmod 600 {path}" in message
    assert f"{mode:04o}" in message
    assert KEY not in message


@posix_only
@pytest.mark.parametrize("mode", [0o600, 0o400])
def test_a_private_file_is_accepted(tmp_path: Path, mode: int) -> None:
    path = write_credentials(tmp_path / "credentials.json", {"api_key": f"  {KEY}\n"}, mode)
    assert read_credentials_file(path) == SecretKey(KEY)


@posix_only
def test_the_client_refuses_an_open_file() -> None:
    home = Path(os.environ["HOME"])
    write_credentials(home / ".config" / "weshop" / "credentials.json", {"api_key": KEY}, 0o644)
    with pytest.raises(weshop.CredentialsFileError, match="chmod 600"):
        WeShop(upload_cache=False)


def test_a_missing_file_means_no_key(tmp_path: Path) -> None:
    assert read_credentials_file(tmp_path / "absent.json") is None


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (f"{{'api_key': '{KEY}'", "not valid JSON"),
        (json.dumps({"key": KEY}), 'no "api_key"'),
        (json.dumps([KEY]), 'no "api_key"'),
        (json.dumps({"api_key": ""}), "empty"),
    ],
)
def test_broken_files_are_explained_without_echoing_them(
    tmp_path: Path, content: str, match: str
) -> None:
    path = tmp_path / "credentials.json"
    path.write_text(content)
    path.chmod(0o600)
    with pytest.raises(weshop.CredentialsFileError, match=match) as caught:
        read_credentials_file(path)
    assert KEY not in str(caught.value)
    # No chained parser error that could quote the file either.
    error = caught.value
    assert error.__cause__ is None
    assert error.__context__ is None or error.__suppress_context__


@pytest.mark.parametrize("bad", ["has space", 'quote"d', "new\nline", "ключ"])
def test_malformed_keys_are_refused_without_echoing_them(bad: str) -> None:
    with pytest.raises(weshop.MissingAPIKeyError) as caught:
        resolve_api_key(bad, environ={}, credentials_path=None)
    assert bad not in str(caught.value)
    assert bad not in repr(caught.value)
    assert caught.value.reason == "malformed"


def test_an_empty_key_is_told_apart_from_no_key() -> None:
    with pytest.raises(weshop.MissingAPIKeyError) as caught:
        resolve_api_key("  ", environ={}, credentials_path=None)
    assert caught.value.reason == "empty"


def test_secret_key_never_shows_itself() -> None:
    secret = SecretKey(KEY)
    old_style = "%s" % (secret,)  # noqa: UP031 - printf formatting is a way to leak too
    for text in (repr(secret), str(secret), f"{secret}", f"{secret!r}", old_style):
        assert KEY not in text
    assert secret.redact(f"a {KEY} b") == "a [redacted] b"
    with pytest.raises(TypeError):
        pickle.dumps(secret)
