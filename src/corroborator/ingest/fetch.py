"""Fetching URLs safely and politely with httpx.

What the :class:`Fetcher` guarantees, per request:

* only ``http``/``https``; the host is resolved once and every address must be public
  (no private, loopback, link-local, multicast, reserved or unspecified address) unless
  ``allow_private`` is set or the address is in ``allow_addresses``; the connection then goes to
  that very address (``Host`` header and TLS SNI keep the name), so DNS cannot rebind between
  the check and the connection; the same check runs again on every redirect hop;
* redirects are followed by hand: at most ``max_redirects``, loops refused;
* the body is streamed and capped: ``Content-Length`` over the limit is refused up front, and
  gzip/deflate bodies are decompressed here with a bound, so a compression bomb stops at the
  limit instead of filling memory; nothing is truncated silently;
* connect/read timeouts, plus a total deadline per response (a server that drips bytes);
* retries with exponential backoff on connection errors, timeouts, 429 and 5xx;
* robots.txt is honoured (RFC 9309: 4xx = allow all, 5xx or unreachable = disallow), and a
  per-host delay (the larger of ours and the site's Crawl-delay, capped) spaces requests;
* a clear User-Agent naming the project.

State (last request per host, parsed robots.txt) lives on the Fetcher instance, never in the
module; one Fetcher is meant to serve one run.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import time
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

from corroborator.errors import IngestError
from corroborator.ingest.decode import human_size

USER_AGENT = "Corroborator/0.1 (+https://github.com/corroborator)"
ROBOTS_AGENT = "Corroborator"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_CRAWL_DELAY = 30.0  # seconds; a larger robots.txt Crawl-delay is capped to this
MAX_RETRY_AFTER = 30.0  # seconds; a larger Retry-After gives up instead of waiting
ROBOTS_MAX_BYTES = 500_000  # RFC 9309 asks parsers to read at least 500 KiB


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """How to fetch: limits, manners and safety. Configured once, shared by a whole run."""

    max_bytes: int = 20_000_000  # decompressed body limit; larger responses are refused
    connect_timeout: float = 10.0
    read_timeout: float = 20.0  # between two reads
    total_timeout: float = 60.0  # whole response, headers to last byte
    max_redirects: int = 5
    retries: int = 2  # extra attempts after the first
    backoff: float = 1.0  # seconds before retry n is backoff * 2**n
    delay: float = 1.0  # seconds between two requests to one host
    respect_robots: bool = True
    allow_private: bool = False
    allow_addresses: frozenset[str] = frozenset()  # exact addresses allowed even if private
    user_agent: str = USER_AGENT
    ca_bundle: str | None = None  # PEM file of trusted CAs; None = the system/certifi default


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str  # final URL after redirects
    status: int
    headers: dict[str, str]  # lower-cased names
    content: bytes  # decoded from gzip/deflate, as the server meant it
    redirects: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def _address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    for attr, what in (
        ("is_loopback", "a loopback"),
        ("is_link_local", "a link-local"),
        ("is_multicast", "a multicast"),
        ("is_unspecified", "an unspecified"),
        ("is_private", "a private"),
        ("is_reserved", "a reserved"),
    ):
        if getattr(ip, attr):
            return what
    if not ip.is_global:
        return "a non-public"
    return None


@dataclass
class _Host:
    last: float = -1e9
    crawl_delay: float = 0.0


@dataclass
class Fetcher:
    """An httpx client with the safety and manners above. Use as a context manager."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _hosts: dict[str, _Host] = field(default_factory=dict, init=False, repr=False)
    _robots: dict[str, RobotFileParser | str] = field(default_factory=dict, init=False)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            p = self.policy
            self._client = httpx.Client(
                timeout=httpx.Timeout(p.read_timeout, connect=p.connect_timeout),
                follow_redirects=False,
                trust_env=False,  # no proxies from the environment: we connect to checked IPs
                # no keep-alive: a pinned-IP connection must never be reused for another host
                limits=httpx.Limits(max_keepalive_connections=0),
                headers={"User-Agent": p.user_agent, "Accept-Encoding": "gzip, deflate"},
                verify=ssl.create_default_context(cafile=p.ca_bundle) if p.ca_bundle else True,
            )
        return self._client

    # -- safety --------------------------------------------------------------------------

    def resolve(self, url: str) -> str:
        """Check the URL and return the address to connect to. Raises IngestError."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise IngestError(f"refused: only http and https URLs (got {parts.scheme!r})", url=url)
        host = parts.hostname
        if not host:
            raise IngestError("refused: URL without a host", url=url)
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as exc:
            raise IngestError(f"refused: bad port ({exc})", url=url) from exc
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise IngestError(f"cannot resolve host {host!r}: {exc}", url=url) from exc
        addresses = sorted({info[4][0] for info in infos})
        if not addresses:
            raise IngestError(f"cannot resolve host {host!r}", url=url)
        if not self.policy.allow_private:
            for address in addresses:
                if address in self.policy.allow_addresses:
                    continue
                problem = _address_problem(ipaddress.ip_address(address.split("%")[0]))
                if problem:
                    raise IngestError(
                        f"refused: {host} resolves to {address}, {problem} address; "
                        "pass --allow-private to fetch from private networks",
                        url=url,
                    )
        # prefer IPv4 (first in sorted order is fine too, but v4 is the common route)
        v4 = [a for a in addresses if ":" not in a]
        return (v4 or addresses)[0]

    # -- manners -------------------------------------------------------------------------

    def _wait_turn(self, host: str) -> None:
        state = self._hosts.setdefault(host, _Host())
        gap = max(self.policy.delay, min(state.crawl_delay, MAX_CRAWL_DELAY))
        wait = state.last + gap - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        state.last = time.monotonic()

    def allowed_by_robots(self, url: str) -> tuple[bool, str]:
        """(allowed, reason) for ``url`` under its site's robots.txt (fetched once per site)."""
        parts = urlsplit(url)
        origin = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._load_robots(origin)
            self._robots[origin] = rules
        if isinstance(rules, str):
            return False, rules
        if not rules.can_fetch(ROBOTS_AGENT, url):
            return False, f"refused by {origin}/robots.txt"
        delay = rules.crawl_delay(ROBOTS_AGENT)
        if delay:
            self._hosts.setdefault(parts.netloc, _Host()).crawl_delay = float(delay)
        return True, ""

    def _load_robots(self, origin: str) -> RobotFileParser | str:
        parser = RobotFileParser(origin + "/robots.txt")
        try:
            result = self._get(origin + "/robots.txt", max_bytes=ROBOTS_MAX_BYTES, robots=False)
        except IngestError as exc:
            # the site itself is named first: most often it is down or the address is wrong
            return f"{origin} unreachable ({exc.message}) when asked for its robots.txt"
        if 400 <= result.status < 500:
            parser.parse([])  # no robots.txt: everything allowed
        elif result.status >= 500:
            return f"robots.txt answered {result.status}; not fetching (RFC 9309)"
        else:
            parser.parse(result.content.decode("utf-8", "replace").splitlines())
        return parser

    # -- fetching ------------------------------------------------------------------------

    def get(self, url: str, *, headers: dict[str, str] | None = None) -> FetchResult:
        """GET ``url`` with every safeguard; returns any final status (caller checks it).

        Raises IngestError for anything that goes wrong, malformed URLs included.
        """
        try:
            return self._get(url, headers=headers, max_bytes=self.policy.max_bytes, robots=True)
        except (ValueError, httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise IngestError(f"invalid URL ({exc})", url=url) from exc

    def _get(
        self, url: str, *, max_bytes: int, robots: bool, headers: dict[str, str] | None = None
    ) -> FetchResult:
        seen: list[str] = []
        current = url
        while True:
            if current in seen:
                raise IngestError(f"redirect loop: {' -> '.join([*seen, current])}", url=url)
            if len(seen) > self.policy.max_redirects:
                raise IngestError(
                    f"too many redirects (more than {self.policy.max_redirects})", url=url
                )
            seen.append(current)
            self.resolve(current)  # a bad or refused URL is reported as such, before robots.txt
            if robots and self.policy.respect_robots:
                ok, reason = self.allowed_by_robots(current)
                if not ok:
                    raise IngestError(reason, url=current)
            result = self._get_once(current, max_bytes=max_bytes, headers=headers)
            location = result.headers.get("location")
            if result.status in REDIRECT_STATUSES and location:
                current = urljoin(current, location)
                continue
            return FetchResult(
                url=current,
                status=result.status,
                headers=result.headers,
                content=result.content,
                redirects=tuple(seen[:-1]),
            )

    def _get_once(self, url: str, *, max_bytes: int, headers: dict[str, str] | None) -> FetchResult:
        attempt = 0
        while True:
            try:
                result = self._request(url, max_bytes=max_bytes, headers=headers)
            except IngestError as exc:
                if not exc.context.get("retry") or attempt >= self.policy.retries:
                    raise
                pause = self.policy.backoff * 2**attempt
            else:
                if result.status not in RETRY_STATUSES or attempt >= self.policy.retries:
                    return result
                pause = self.policy.backoff * 2**attempt
                retry_after = result.headers.get("retry-after", "")
                if retry_after.isdigit():
                    if float(retry_after) > MAX_RETRY_AFTER:
                        return result
                    pause = max(pause, float(retry_after))
            attempt += 1
            time.sleep(pause)

    def _request(self, url: str, *, max_bytes: int, headers: dict[str, str] | None) -> FetchResult:
        parts = urlsplit(url)
        address = self.resolve(url)
        host = parts.hostname or ""
        netloc_ip = f"[{address}]" if ":" in address else address
        if parts.port:
            netloc_ip += f":{parts.port}"
        pinned = urlunsplit((parts.scheme, netloc_ip, parts.path or "/", parts.query, ""))
        request_headers = {"Host": parts.netloc.rsplit("@", 1)[-1], **(headers or {})}
        extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
        self._wait_turn(parts.netloc)
        deadline = time.monotonic() + self.policy.total_timeout
        try:
            with self.client.stream(
                "GET", pinned, headers=request_headers, extensions=extensions
            ) as response:
                out_headers = {k.lower(): v for k, v in response.headers.items()}
                if response.status_code in REDIRECT_STATUSES:
                    return FetchResult(url, response.status_code, out_headers, b"")
                length = out_headers.get("content-length", "")
                if length.isdigit() and int(length) > max_bytes:
                    raise IngestError(
                        f"response too large: Content-Length {int(length):,} bytes "
                        f"({human_size(int(length))}) exceeds the limit of {max_bytes:,} bytes",
                        url=url,
                    )
                body = _read_capped(
                    response, out_headers.get("content-encoding", ""), max_bytes, deadline, url
                )
                return FetchResult(url, response.status_code, out_headers, body)
        except httpx.TimeoutException as exc:
            raise IngestError(f"timed out ({type(exc).__name__})", url=url, retry=True) from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise IngestError(
                f"connection failed ({type(exc).__name__}: {exc})", url=url, retry=True
            ) from exc
        finally:
            # the delay runs from the end of a response, not its start
            self._hosts[parts.netloc].last = time.monotonic()


def _read_capped(
    response: httpx.Response, encoding: str, max_bytes: int, deadline: float, url: str
) -> bytes:
    """Read the raw stream, decompressing gzip/deflate ourselves with a hard output bound."""
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip"):
        decomp = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        decomp = zlib.decompressobj()
    elif encoding in ("", "identity"):
        decomp = None
    else:
        raise IngestError(f"unsupported Content-Encoding {encoding!r}", url=url)
    chunks: list[bytes] = []
    total = 0

    def too_large() -> IngestError:
        what = "decompressed response" if decomp else "response"
        return IngestError(
            f"{what} too large: over the limit of {max_bytes:,} bytes "
            f"({human_size(max_bytes)}); refused, not truncated",
            url=url,
        )

    for raw in response.iter_raw():
        if time.monotonic() > deadline:
            raise IngestError(
                "timed out: the response took longer than the total deadline", url=url, retry=True
            )
        if decomp is None:
            data = raw
            total += len(data)
            if total > max_bytes:
                raise too_large()
            chunks.append(data)
            continue
        pending = raw
        while pending:
            try:
                data = decomp.decompress(pending, max_bytes - total + 1)
            except zlib.error as exc:
                raise IngestError(f"corrupt {encoding} body ({exc})", url=url) from exc
            total += len(data)
            if total > max_bytes:
                raise too_large()
            chunks.append(data)
            pending = decomp.unconsumed_tail
    if decomp is not None:
        tail = decomp.flush()
        total += len(tail)
        if total > max_bytes:
            raise too_large()
        chunks.append(tail)
    return b"".join(chunks)
