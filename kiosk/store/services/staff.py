"""Staff accounts, log-in and bearer tokens."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.store.config import StoreSettings
from kiosk.store.errors import StoreError
from kiosk.store.models import StaffToken, StaffUser
from kiosk.store.security import (
    STAFF_TOKEN_PREFIX,
    hash_password,
    new_token,
    rate_limit_key,
    token_digest,
)
from kiosk.store.services.common import (
    audit,
    check_rate_limit,
    clear_failures,
    record_failure,
)

ROLES = ("secretariat", "coordinator", "admin")
MINIMUM_PASSWORD_LENGTH = 10


@dataclass(frozen=True)
class LoggedIn:
    token: str
    expires_at: datetime
    user: StaffUser


def add_user(db: Session, *, login: str, password: str, role: str, site_id: int | None,
             now: datetime, by: int | None = None) -> StaffUser:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if len(password) < MINIMUM_PASSWORD_LENGTH:
        raise ValueError(f"the password needs at least {MINIMUM_PASSWORD_LENGTH} characters")
    if role == "secretariat" and site_id is None:
        raise ValueError("a secretariat account belongs to one site")
    user = StaffUser(login=login.strip().lower(), password_hash=hash_password(password),
                     role=role, site_id=site_id, created_at=now)
    db.add(user)
    try:
        db.flush()
    except IntegrityError:
        db.rollback()
        raise StoreError("user-exists") from None
    audit(db, now=now, user_id=by, site_id=site_id, action="user.add", target=user.login,
          role=role)
    return user


def disable_user(db: Session, *, login: str, now: datetime, by: int | None = None) -> bool:
    user = db.scalar(select(StaffUser).where(StaffUser.login == login.strip().lower()))
    if user is None:
        return False
    user.disabled = True
    db.execute(delete(StaffToken).where(StaffToken.user_id == user.id))
    audit(db, now=now, user_id=by, site_id=user.site_id, action="user.disable",
          target=user.login)
    return True


def list_users(db: Session) -> list[StaffUser]:
    return list(db.scalars(select(StaffUser).order_by(StaffUser.login)))


def begin_login(db: Session, *, settings: StoreSettings, login: str, client: str,
                now: datetime) -> StaffUser | None:
    """First half of a log-in: refuse early when rate limited, find the account.

    The transaction ends here, so that the slow password check (Argon2, on purpose) holds
    no database lock and runs off the event loop.
    """
    name = login.strip().lower()
    try:
        for key in _login_keys(settings, name, client):
            check_rate_limit(db, key, now=now)
        return db.scalar(select(StaffUser).where(StaffUser.login == name))
    finally:
        db.commit()


def finish_login(db: Session, *, settings: StoreSettings, user: StaffUser | None,
                 password_ok: bool, login: str, client: str, now: datetime) -> LoggedIn:
    """Second half: count a failure, or give a bearer token."""
    account_key, client_key = _login_keys(settings, login.strip().lower(), client)
    if user is None or not password_ok or user.disabled:
        record_failure(db, account_key, now=now, free=settings.free_login_attempts,
                       max_seconds=settings.max_delay_seconds,
                       window_seconds=settings.attempt_window_seconds)
        record_failure(db, client_key, now=now, free=settings.free_login_attempts * 4,
                       max_seconds=settings.max_delay_seconds,
                       window_seconds=settings.attempt_window_seconds)
        db.commit()
        raise StoreError("bad-credentials")
    clear_failures(db, account_key)
    token, digest = new_token(STAFF_TOKEN_PREFIX)
    expires = now + timedelta(hours=settings.staff_token_hours)
    db.add(StaffToken(user_id=user.id, token_hash=digest, created_at=now, expires_at=expires))
    audit(db, now=now, user_id=user.id, site_id=user.site_id, action="auth.login")
    return LoggedIn(token, expires, user)


def _login_keys(settings: StoreSettings, name: str, client: str) -> tuple[str, str]:
    return (rate_limit_key(settings.secret, "login", name),
            rate_limit_key(settings.secret, "login-from", client))


def logout(db: Session, *, token: str) -> None:
    db.execute(delete(StaffToken).where(StaffToken.token_hash == token_digest(token)))


def user_for_token(db: Session, *, token: str, now: datetime) -> StaffUser | None:
    row = db.execute(
        select(StaffUser, StaffToken.expires_at)
        .join(StaffToken, StaffToken.user_id == StaffUser.id)
        .where(StaffToken.token_hash == token_digest(token))
    ).first()
    if row is None:
        return None
    user, expires_at = row
    if expires_at <= now or user.disabled:
        return None
    return user


def new_password() -> str:
    """A password to hand over once: 16 characters, easy to read aloud (no 0/O, 1/l/I)."""
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(16))


def change_user(db: Session, *, user: StaffUser, role: str, site_id: int | None,
                now: datetime, by: int | None = None) -> None:
    """A new role or site; raises ValueError with a plain explanation."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    if role == "secretariat" and site_id is None:
        raise ValueError("a secretariat account belongs to one site")
    previous = (user.role, user.site_id)
    user.role, user.site_id = role, site_id
    audit(db, now=now, user_id=by, site_id=site_id, action="user.change", target=user.login,
          role=role, previous_role=previous[0], previous_site=previous[1])


def reset_password(db: Session, *, user: StaffUser, now: datetime, by: int | None = None
                   ) -> str:
    """A new password, returned once; every log-in of the account ends."""
    password = new_password()
    user.password_hash = hash_password(password)
    db.execute(delete(StaffToken).where(StaffToken.user_id == user.id))
    audit(db, now=now, user_id=by, site_id=user.site_id, action="user.password-reset",
          target=user.login)
    return password


def enable_user(db: Session, *, user: StaffUser, now: datetime, by: int | None = None) -> None:
    user.disabled = False
    audit(db, now=now, user_id=by, site_id=user.site_id, action="user.enable",
          target=user.login)
