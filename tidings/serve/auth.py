"""The token rule: writes need TIDINGS_TOKEN; reads need TIDINGS_READ_TOKEN when it is set."""

from __future__ import annotations

import hmac

from fastapi import Request

from tidings.serve.errors import ApiError
from tidings.serve.settings import Settings

CHALLENGE = {"WWW-Authenticate": "Bearer"}


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def check_write(settings: Settings, request: Request) -> None:
    if settings.token is None:
        raise ApiError(403, "writes are disabled on this server (TIDINGS_TOKEN is not set)")
    _require(bearer(request), [settings.token], "writing")


def check_read(settings: Settings, request: Request) -> None:
    if settings.read_token is None:
        return
    # whoever may write may also read
    accepted = [t for t in (settings.read_token, settings.token) if t]
    _require(bearer(request), accepted, "reading")


def _require(given: str | None, accepted: list[str], what: str) -> None:
    if given is None:
        raise ApiError(401, f"{what} needs an 'Authorization: Bearer <token>' header", CHALLENGE)
    if not any(hmac.compare_digest(given.encode(), t.encode()) for t in accepted):
        raise ApiError(401, f"the bearer token is not valid for {what}", CHALLENGE)
