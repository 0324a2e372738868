"""Request dependencies: the store to read, and the event filters every listing shares."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fastapi import Request

from tidings.serve.auth import check_read
from tidings.serve.db import Connections
from tidings.serve.errors import ApiError
from tidings.serve.settings import Settings
from tidings.store import BBox, EventFilter, QueryError
from tidings.store.countries import to_alpha2


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


def connections_of(request: Request) -> Connections:
    return request.app.state.connections


async def readable(request: Request) -> Connections:
    """The connections, once the read token (if any) is checked.

    Routes call `.reader()` in their own body, in the pool thread that runs
    them: a thread's connection must stay with that thread. This and
    `event_query` do no I/O, so they are async: no trip to the thread pool.
    """
    check_read(settings_of(request), request)
    return connections_of(request)


@dataclass(frozen=True)
class Param:
    """A query parameter: how to read it, and how the OpenAPI description shows it.

    The hot listing routes read their parameters with these rather than
    through FastAPI's per-parameter validation, which cost about 0.2 ms of
    CPU a request for thirteen parameters (a cached answer costs ~0.4 ms).
    """

    name: str
    description: str
    kind: str = "string"  # "string", "date", "integer" or "boolean"
    default: object = None
    minimum: int | None = None
    maximum: int | None = None

    def read(self, text: str) -> object:
        if self.kind == "date":
            try:
                return date.fromisoformat(text)
            except ValueError:
                raise ApiError(400, f"{self.name}: not a day (YYYY-MM-DD): {text!r}") from None
        if self.kind == "integer":
            return self._bounded(text)
        if self.kind == "boolean":
            return _boolean(self.name, text)
        return text

    def _bounded(self, text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise ApiError(400, f"{self.name}: not a whole number: {text!r}") from None
        if self.minimum is not None and value < self.minimum:
            raise ApiError(400, f"{self.name}: must be at least {self.minimum}; got {value}")
        if self.maximum is not None and value > self.maximum:
            raise ApiError(400, f"{self.name}: must be at most {self.maximum}; got {value}")
        return value

    def openapi(self) -> dict:
        schema: dict = {"type": "string", "format": "date"} if self.kind == "date" else {"type": self.kind}
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        if self.default is not None:
            schema["default"] = self.default
        return {"name": self.name, "in": "query", "required": False, "description": self.description,
                "schema": schema}


FILTERS = (
    Param("since", "Events that may have happened on or after this day.", "date"),
    Param("until", "Events that may have happened on or before this day.", "date"),
    Param("country", "Country of the event place: alpha-2, alpha-3 or name."),
    Param("event", "PLOVER category, e.g. PROTEST."),
    Param("acled_type", "ACLED event type, e.g. Riots."),
    Param("actor", "Substring of an actor's or recipient's text or code."),
    Param("text", "Words that must all occur in the article (full text)."),
    Param("bbox", "minlon,minlat,maxlon,maxlat"),
    Param("min_dead", "At least this many dead.", "integer", minimum=0),
)


def read_params(request: Request, params: tuple[Param, ...]) -> dict[str, object]:
    """Each parameter's value from the query string (its last one), else its default."""
    given = request.query_params
    out = {}
    for param in params:
        text = given.get(param.name)
        out[param.name] = param.default if text is None else param.read(text)
    return out


def described(*groups: tuple[Param, ...]) -> dict:
    """`openapi_extra` for a route that reads these parameters itself."""
    return {"parameters": [param.openapi() for group in groups for param in group]}


async def event_query(request: Request) -> EventFilter:
    """The filters every listing shares (FILTERS), normalised."""
    given = read_params(request, FILTERS)
    since, until, country, bbox = given["since"], given["until"], given["country"], given["bbox"]
    if since and until and since > until:
        raise ApiError(400, f"since ({since}) is after until ({until})")
    if country:
        try:
            country = to_alpha2(country)
        except ValueError as exc:
            raise ApiError(400, f"country: {exc}") from None
    try:
        box = BBox.parse(bbox) if bbox else None
    except QueryError as exc:
        raise ApiError(400, str(exc)) from None
    # normalised values, so equal queries are equal filters (the response cache's key)
    return EventFilter(
        since=since, until=until, country=country or None, event=_clean(given["event"], upper=True),
        acled_type=_clean(given["acled_type"]), actor=(given["actor"] or "").strip() or None,
        text=_clean(given["text"]), min_dead=given["min_dead"], bbox=box,
    )


def filter_key(f: EventFilter) -> tuple:
    """The filters as a hashable tuple, for the response cache's key
    (dataclasses.astuple deep-copies every value: ~0.2 ms a request)."""
    return tuple(vars(f).values())


def _boolean(name: str, text: str) -> bool:
    word = text.strip().lower()
    if word in ("true", "1", "yes", "on"):
        return True
    if word in ("false", "0", "no", "off"):
        return False
    raise ApiError(400, f"{name}: not true or false: {text!r}")


def _clean(value: str | None, upper: bool = False) -> str | None:
    words = " ".join(value.split()) if value else ""
    return (words.upper() if upper else words) or None
