"""The FastAPI application: JSON API, login, dashboard pages and their static assets.

``create_app`` builds a fresh app from the settings passed in; nothing happens at import.
Every asset is served from this app, and the Content-Security-Policy header tells the
browser to refuse anything from another host.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from urllib.parse import quote

from anyio import to_thread
from fastapi import Depends, FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from ..privacy.ledger import installation_ledger
from ..settings import Settings
from ..store import Store
from ..store.base import open_configured_store
from .deps import NotAuthenticated, get_optional_user, verify_csrf
from .generation import SnapshotWatcher
from .routes import alerts, api, auth, exports, pages, review, tokens, unread
from .templating import STATIC_DIR, make_templates, render

# Plain ``def`` routes run in this many threads. They take turns on one interpreter lock,
# and each SQLite call hands it over and waits to get it back: a few threads keep both
# cores busy, while the default forty mostly wait on one another (and on the connection
# pool, which holds fifteen), starving the event loop that reads and answers requests.
WORKER_THREADS = 8
SESSION_COOKIE = "rightsradar_session"
SESSION_MAX_AGE_S = 8 * 3600  # one working day
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class SecurityHeaders:
    """Adds ``SECURITY_HEADERS`` to every response that does not set them itself.

    Plain ASGI rather than ``@app.middleware("http")``, which wraps every response in an
    extra streaming layer (measurably slower on the list API under load).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.headers = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def create_app(settings: Settings, store: Store | None = None) -> FastAPI:
    """Build the web app.

    Args:
        settings: the installation's settings (secret key, cookie security, public cell size).
        store: the store to serve; opened from ``settings.resolved_database_url`` (and
            checked to be at the latest schema) when not given, and then closed on shutdown.
    """
    owned = store is None
    if store is None:
        store = open_configured_store(settings)
        store.ensure_schema()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        to_thread.current_default_thread_limiter().total_tokens = WORKER_THREADS
        if store.dialect == "postgresql":  # the generation read on the loop (deps)
            _app.state.generation_watcher = SnapshotWatcher(store.engine)
        try:
            yield
        finally:
            watcher = getattr(_app.state, "generation_watcher", None)
            _app.state.generation_watcher = None
            if watcher is not None:
                await watcher.close()
        if owned:
            store.dispose()

    app = FastAPI(
        title="rightsradar",
        version=__version__,
        description="Incidents of attacks on human rights defenders, journalists and trade "
        "unionists; disclosure-controlled public statistics.",
        # The stock docs pages load scripts from a CDN; the schema itself stays available.
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        dependencies=[Depends(verify_csrf)],
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    if settings.public_dp_epsilon is not None:
        # Once, at start: carry an older ledger file's spent budget into the database.
        installation_ledger(store, settings.data_dir)
    app.state.templates = make_templates()

    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.secret_key,
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_MAX_AGE_S,
        same_site="lax",
        https_only=settings.environment == "production",
    )

    app.add_middleware(SecurityHeaders)

    app.add_exception_handler(NotAuthenticated, _not_authenticated)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api.router)
    app.include_router(exports.router)
    app.include_router(alerts.router)
    app.include_router(auth.router)
    app.include_router(pages.router)
    app.include_router(tokens.router)
    # Before the review queue's pages: /review/unread is not /review/{incident_id}.
    app.include_router(unread.router)
    app.include_router(review.router)
    return app


async def _not_authenticated(request: Request, _exc: Exception) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": "sign in first"}, status_code=401)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if request.url.path.startswith(("/api/", "/static/")) or exc.status_code < 400:
        return await http_exception_handler(request, exc)
    ctx = {"status": exc.status_code, "detail": exc.detail}
    # The navigation of a signed-in user stays on their error pages too.
    with request.app.state.store.session() as session:
        user = get_optional_user(request, session)
        return render(request, "error.html", ctx, user=user, status_code=exc.status_code)


def from_environment() -> FastAPI:
    """The app for one of several server processes (``rightsradar serve --workers N``):
    settings from the environment, its own connection to the store."""
    return create_app(Settings())
