"""A real HTTP server on 127.0.0.1 for the ingest tests: routes of good and hostile answers.

The server runs in a daemon thread, every handler is bounded in time (the slowest sleeps two
seconds), and the fixture shuts it down after the test module.
"""

from __future__ import annotations

import gzip
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "ingest"
HANG_SECONDS = 2.0


@dataclass
class Log:
    """What the server saw: (path, monotonic time, headers) per request."""

    requests: list[tuple[str, float, dict[str, str]]] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hit(self, path: str, headers: dict[str, str]) -> int:
        with self.lock:
            self.requests.append((path, time.monotonic(), headers))
            self.counters[path] = self.counters.get(path, 0) + 1
            return self.counters[path]

    def paths(self) -> list[str]:
        return [p for p, _, _ in self.requests]


Handler = Callable[[BaseHTTPRequestHandler, int], None]


def send(
    h: BaseHTTPRequestHandler,
    status: int,
    body: bytes = b"",
    ctype: str = "text/html; charset=utf-8",
    headers: dict[str, str] | None = None,
) -> None:
    h.send_response(status)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    h.end_headers()
    h.wfile.write(body)


def rss(base: str) -> bytes:
    full = " ".join(
        ["Kremlin spokesman Dmitry Peskov said the meeting took place on June 29."] * 15
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Example Wire</title><link>{base}/</link><description>World news</description>
<item><title>Putin met Prigozhin, Kremlin says</title><link>{base}/article.html</link>
<guid>urn:example:1</guid><pubDate>Mon, 10 Jul 2023 09:30:00 GMT</pubDate>
<description>Only a short summary of the meeting.</description></item>
<item><title>Full text in the feed</title><link>{base}/full.html</link>
<guid>urn:example:2</guid><pubDate>Tue, 11 Jul 2023 10:00:00 GMT</pubDate>
<description><![CDATA[<p>{full}</p><p>He added that 35 people were invited.</p>]]></description>
</item>
<item><title>Broken link</title><link>{base}/missing.html</link><guid>urn:example:3</guid>
<description>Summary of a page that is gone, kept as the summary.</description></item>
</channel></rss>""".encode()


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title></item></channel></rss>"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>&xxe;</title><item><title>x</title></item></channel></rss>"""


def make_routes(base: str, bomb_size: int) -> dict[str, Handler]:
    page = (DATA / "page.html").read_bytes()
    bomb = gzip.compress(b"\0" * bomb_size, compresslevel=9)

    def robots(h: BaseHTTPRequestHandler, n: int) -> None:
        send(h, 200, b"User-agent: *\nDisallow: /private/\n", "text/plain")

    def article(h: BaseHTTPRequestHandler, n: int) -> None:
        send(h, 200, page)

    def hang(h: BaseHTTPRequestHandler, n: int) -> None:
        time.sleep(HANG_SECONDS)  # bounded: the handler ends by itself

    def drip(h: BaseHTTPRequestHandler, n: int) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()
        end = time.monotonic() + HANG_SECONDS
        try:
            while time.monotonic() < end:
                h.wfile.write(b"<p>x</p>")
                h.wfile.flush()
                time.sleep(0.05)
        except OSError:
            pass

    def reset(h: BaseHTTPRequestHandler, n: int) -> None:
        # SO_LINGER 0: close() sends RST instead of FIN
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()
        h.close_connection = True

    def gzip_bomb(h: BaseHTTPRequestHandler, n: int) -> None:
        send(h, 200, bomb, headers={"Content-Encoding": "gzip"})

    def big_declared(h: BaseHTTPRequestHandler, n: int) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(10**12))
        h.end_headers()

    def big_undeclared(h: BaseHTTPRequestHandler, n: int) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.end_headers()  # no length: the body ends when the connection closes
        h.close_connection = True
        try:
            for _ in range(64):
                h.wfile.write(b"<p>" + b"x" * 65_536 + b"</p>")
        except OSError:
            pass

    def redirect(to: str) -> Handler:
        def go(h: BaseHTTPRequestHandler, n: int) -> None:
            send(h, 302, b"", headers={"Location": to})

        return go

    def flaky(h: BaseHTTPRequestHandler, n: int) -> None:
        if n < 3:
            send(h, 503, b"busy", "text/plain", {"Retry-After": "0"})
        else:
            send(h, 200, page)

    def feed(h: BaseHTTPRequestHandler, n: int) -> None:
        etag = '"v1"'
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.end_headers()
            return
        send(
            h,
            200,
            rss(base),
            "application/rss+xml",
            {"ETag": etag, "Last-Modified": "Mon, 10 Jul 2023 10:00:00 GMT"},
        )

    def opml(h: BaseHTTPRequestHandler, n: int) -> None:
        body = (
            f'<?xml version="1.0"?><opml version="2.0"><head><title>Feeds</title></head><body>'
            f'<outline text="World"><outline text="Wire" type="rss" xmlUrl="{base}/feed.xml"/>'
            f"</outline></body></opml>"
        ).encode()
        send(h, 200, body, "text/x-opml")

    return {
        "/robots.txt": robots,
        "/article.html": article,
        "/article2.html": article,
        "/private/secret.html": article,
        "/hang": hang,
        "/drip": drip,
        "/reset": reset,
        "/gzip-bomb": gzip_bomb,
        "/big-declared": big_declared,
        "/big-undeclared": big_undeclared,
        "/loop-a": redirect("/loop-b"),
        "/loop-b": redirect("/loop-a"),
        **{f"/chain/{i}": redirect(f"/chain/{i - 1}") for i in range(1, 12)},
        "/chain/0": article,
        "/to-other-address": redirect(base.replace("127.0.0.1", "127.0.0.2") + "/article.html"),
        "/flaky": flaky,
        "/feed.xml": feed,
        "/bomb.xml": lambda h, n: send(h, 200, BOMB, "application/rss+xml"),
        "/xxe.xml": lambda h, n: send(h, 200, EXTERNAL, "application/rss+xml"),
        "/list.opml": opml,
        "/plain.txt": lambda h, n: send(
            h, 200, b"date 2023-07-10 Putin met Prigozhin, the Kremlin said.", "text/plain"
        ),
        "/image.png": lambda h, n: send(h, 200, b"\x89PNG\r\n\x1a\n\0\0", "image/png"),
        "/full.html": article,
    }


@dataclass
class Server:
    base: str
    log: Log

    def url(self, path: str) -> str:
        return self.base + path


def start_server(
    robots_status: int = 200, bomb_size: int = 8_000_000, tls: tuple[Path, Path] | None = None
) -> Iterator[Server]:
    """Serve the routes on 127.0.0.1 (HTTPS with ``tls`` = (cert, key) PEM files)."""
    log = Log()
    routes: dict[str, Handler] = {}

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            n = log.hit(self.path, {k.lower(): v for k, v in self.headers.items()})
            if self.path == "/robots.txt" and robots_status != 200:
                send(self, robots_status, b"", "text/plain")
                return
            handler = routes.get(self.path)
            if handler is None:
                send(self, 404, b"not found", "text/plain")
                return
            handler(self, n)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), H)
    server.daemon_threads = True
    server.block_on_close = False
    scheme = "http"
    if tls is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(tls[0]), str(tls[1]))
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    base = f"{scheme}://127.0.0.1:{server.server_address[1]}"
    routes.update(make_routes(base, bomb_size))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield Server(base, log)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
