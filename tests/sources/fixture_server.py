"""A local HTTP server for the source-watch tests: 127.0.0.1 only, on a free port, serving what
the test puts in `pages` (path -> Page) from a background thread. No test reaches the internet.

Special pages: a redirect (status 301 and a Location), a page that never answers (the handler
waits until the server stops), and a body streamed without a Content-Length."""
import http.server
import threading
from dataclasses import dataclass, field


@dataclass
class Page:
    body: bytes = b''
    status: int = 200
    content_type: str = 'text/html; charset=utf-8'
    headers: dict = field(default_factory=dict)
    never_answers: bool = False
    streamed: bool = False  # no Content-Length: the body ends when the connection closes


class FixtureServer:
    def __init__(self):
        self.pages = {}
        self.requests = []  # (path, User-Agent) in the order received
        self._stop = threading.Event()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = 'HTTP/1.0'

            def log_message(self, *args):
                pass

            def do_GET(self):
                server.requests.append((self.path, self.headers.get('User-Agent', '')))
                page = server.pages.get(self.path)
                if page is None:
                    page = Page(b'<p>no such fixture</p>', status=404)
                if page.never_answers:
                    server._stop.wait(60)
                    return
                try:
                    self.send_response(page.status)
                    self.send_header('Content-Type', page.content_type)
                    for name, value in page.headers.items():
                        self.send_header(name, value)
                    if not page.streamed:
                        self.send_header('Content-Length', str(len(page.body)))
                    self.end_headers()
                    for start in range(0, len(page.body), 1 << 16):
                        self.wfile.write(page.body[start:start + (1 << 16)])
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading: the size cap at work

        self._server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def url(self, path):
        return f'http://127.0.0.1:{self.port}{path}'

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()


def pdf(lines):
    """A one-page PDF showing `lines` in Helvetica (WinAnsi: Latin-1 and €), built byte by byte
    so the test needs no PDF library."""
    def escape(text):
        return text.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT /F1 11 Tf 50 780 Td 14 TL\n' + ''.join(
        f'({escape(line)}) Tj T*\n' for line in lines) + 'ET\n'
    stream = content.encode('cp1252')
    objects = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
        b'/Resources << /Font << /F1 5 0 R >> >> >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'endstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    ]
    out = bytearray(b'%PDF-1.4\n')
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b'%d 0 obj\n' % number + body + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for offset in offsets:
        out += b'%010d 00000 n \n' % offset
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    return bytes(out)
