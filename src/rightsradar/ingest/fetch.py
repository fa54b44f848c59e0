"""Fetch one URL safely: http(s) only, a time limit, a size cap, and no private hosts.

Ingest fetches URLs a person configured, but feeds name further URLs (entry links) and
redirects name more: without these checks a feed could make the server read its own
metadata endpoint or internal services (SSRF). Every hop of a redirect is checked, and
its host is resolved once, at connect time, and the connection goes to the very addresses
just checked: checking a name and then letting the HTTP client resolve it again would let
a DNS server answer "public" to the check and "127.0.0.1" to the connection (DNS
rebinding).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ..errors import InputError
from ..settings import Settings

MAX_REDIRECTS = 5
USER_AGENT = "rightsradar-ingest/0.1 (+https://github.com/rightsradar)"


@dataclass(frozen=True)
class Fetched:
    """A fetched body and where it finally came from (after redirects)."""

    url: str
    content_type: str | None
    body: bytes


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Refuse (E105) a URL that is not http(s) or whose host resolves to a non-public address.

    Raises:
        InputError: E105 for a refused scheme or host, E103 when the host does not resolve.
    """
    host = _check_form(url)
    if not allow_private:
        vetted_addresses(host, url)


def _check_form(url: str) -> str:
    """The host of ``url``; E105 when it is not an http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(
            "E105",
            f"URL scheme '{parts.scheme}' is not allowed",
            file=url,
            hint="only http and https URLs are fetched",
        )
    host = parts.hostname
    if not host:
        raise InputError("E105", "URL has no host", file=url)
    return host


def vetted_addresses(host: str, url: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The addresses of ``host``; E105 when any of them is not a public address."""
    addrs = _resolve(host, url)
    for addr in addrs:
        if not addr.is_global or addr.is_multicast:
            raise InputError(
                "E105",
                "host resolves to a private, loopback, link-local or reserved address",
                file=url,
                hint="pass --allow-private-hosts if this host is trusted",
            )
    return addrs


class _VettedBackend(httpcore.SyncBackend):
    """Connects only to addresses it has just resolved and checked (no second lookup).

    ``url`` is the URL being fetched now (the redirect hop), named in its errors.
    """

    def __init__(self) -> None:
        self.url = ""

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        error: Exception | None = None
        for addr in vetted_addresses(host, self.url):
            try:
                return super().connect_tcp(str(addr), port, timeout, local_address,
                                           socket_options)  # fmt: skip
            except httpcore.ConnectError as exc:
                error = exc
        raise error or httpcore.ConnectError(f"no address for {host}")


def _transport(allow_private: bool) -> tuple[httpx.HTTPTransport, _VettedBackend | None]:
    transport = httpx.HTTPTransport(trust_env=False)
    if allow_private:
        return transport, None
    backend = _VettedBackend()
    # httpx has no public hook for the network backend; its pool is httpcore's.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=httpx.create_ssl_context(), network_backend=backend
    )
    return transport, backend


def _resolve(host: str, url: str) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError("E103", f"cannot resolve host: {exc}", file=url) from None
    addrs = []
    for info in infos:
        ip = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        # An IPv4-mapped IPv6 address reaches the IPv4 host: judge that one.
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        addrs.append(ip)
    return addrs


def fetch(url: str, *, settings: Settings, allow_private: bool = False) -> Fetched:
    """GET ``url`` within the settings' time and size limits.

    Raises:
        InputError: E105 when refused or over a limit, E103 when the fetch fails.
    """
    limit = settings.fetch_max_bytes
    deadline = time.monotonic() + settings.fetch_timeout_s
    transport, backend = _transport(allow_private)
    # trust_env=False: a proxy from the environment would resolve hosts itself and so
    # bypass the private-address check above.
    with httpx.Client(
        timeout=settings.fetch_timeout_s,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": USER_AGENT},
        transport=transport,
    ) as client:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            _check_form(current)
            if backend is not None:
                # The backend vets the addresses when it connects (once per hop, and the
                # check that decides); its refusal names this hop, not the first URL.
                backend.url = current
            try:
                with client.stream("GET", current) as resp:
                    if resp.is_redirect and "location" in resp.headers:
                        current = urljoin(current, resp.headers["location"])
                        continue
                    if resp.status_code >= 400:
                        raise InputError(
                            "E103",
                            f"HTTP status {resp.status_code}",
                            file=current,
                            hint="check the URL",
                        )
                    body = _read_capped(resp, current, limit, deadline)
                    return Fetched(current, resp.headers.get("content-type"), body)
            except httpx.TimeoutException:
                raise _too_slow(current, settings) from None
            except httpx.HTTPError as exc:
                raise InputError(
                    "E103", f"cannot fetch: {type(exc).__name__}", file=current
                ) from None
    raise InputError("E105", f"more than {MAX_REDIRECTS} redirects", file=url)


def _read_capped(resp: httpx.Response, url: str, limit: int, deadline: float) -> bytes:
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise _too_big(url, limit)
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise _too_big(url, limit)
        # httpx's timeout is per read: a server dripping bytes could hold us forever.
        if time.monotonic() > deadline:
            raise InputError("E105", "fetch took longer than the time limit", file=url)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_big(url: str, limit: int) -> InputError:
    return InputError(
        "E105",
        f"response is larger than {limit} bytes",
        file=url,
        hint="raise RIGHTSRADAR_FETCH_MAX_BYTES if this source is trusted",
    )


def _too_slow(url: str, settings: Settings) -> InputError:
    return InputError(
        "E105",
        f"no response within {settings.fetch_timeout_s:g} s",
        file=url,
        hint="raise RIGHTSRADAR_FETCH_TIMEOUT_S or try later",
    )
