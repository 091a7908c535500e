"""Secrets of the store: tokens, staff passwords and the keys of code hashes."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
# Checked when the login is unknown, so an unknown login costs as much time as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))

STATION_TOKEN_PREFIX = "st_"  # noqa: S105 - a prefix, not a secret
STAFF_TOKEN_PREFIX = "sf_"  # noqa: S105
ENROL_TOKEN_PREFIX = "en_"  # noqa: S105


def new_token(prefix: str) -> tuple[str, str]:
    """A new bearer token and the digest under which it is stored."""
    token = prefix + secrets.token_urlsafe(32)
    return token, token_digest(token)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, stored: str | None) -> bool:
    try:
        return _hasher.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def site_code_key(store_secret: bytes, site_salt: bytes) -> bytes:
    """The key of a site's code hashes: the database alone is not enough to test codes."""
    return hmac.new(store_secret, b"codes:" + site_salt, hashlib.sha256).digest()


def rate_limit_key(store_secret: bytes, kind: str, value: str) -> str:
    """The key under which failures of `value` (a login name, a client address) are counted:
    a keyed hash, so that what people typed at a failed log-in is never kept in clear."""
    digest = hmac.new(store_secret, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()
    return f"{kind}:{digest[:32]}"
