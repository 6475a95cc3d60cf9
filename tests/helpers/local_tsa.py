"""A local RFC 3161 timestamp service for tests: ``openssl ts -reply`` behind HTTP on 127.0.0.1.

:func:`make_tsa` makes a CA and a TSA certificate with openssl (extendedKeyUsage critical,
timeStamping) and a ``tsa.cnf`` whose replies carry only the signer's certificate (``cert =
yes``, no ``-chain``), as many public services do. :class:`LocalTsa` answers each POSTed
request by running ``openssl ts -reply`` on it, in a thread of the test process, and counts the
requests; :func:`serve` runs the same server as a separate process (``python -m``) for tests
that trace the app's sockets. Nothing here reaches outside the machine.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

TSA_CNF = """\
[ tsa ]
default_tsa = tsa_config

[ tsa_config ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
other_policies = 1.2.3.4.5
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
cert = yes
"""

TSA_EXT = """\
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""


@dataclass(frozen=True)
class TsaFiles:
    directory: Path
    ca: Path  # the root the recipient trusts (PEM)
    cnf: Path


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], check=True, cwd=cwd, capture_output=True, timeout=60)


def make_tsa(directory: Path, name: str = "Test TSA") -> TsaFiles:
    """A CA, a TSA certificate signed by it, and the openssl configuration to reply with."""
    directory.mkdir(parents=True, exist_ok=True)
    _openssl(
        "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
        "-days", "3650", "-subj", "/CN=Test Root CA", "-addext",
        "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
        cwd=directory,
    )  # fmt: skip
    _openssl(
        "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr",
        "-subj", f"/CN={name}", cwd=directory,
    )  # fmt: skip
    (directory / "tsa.ext").write_text(TSA_EXT)
    _openssl(
        "x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
        "-CAcreateserial", "-out", "tsa.pem", "-days", "3650", "-extfile", "tsa.ext",
        cwd=directory,
    )  # fmt: skip
    (directory / "serial").write_text("01\n")
    cnf = directory / "tsa.cnf"
    cnf.write_text(TSA_CNF.format(dir=directory))
    return TsaFiles(directory, directory / "ca.pem", cnf)


def reply(files: TsaFiles, query: bytes) -> bytes:
    """openssl's reply to one DER request (a rejection reply if the request is unreadable)."""
    with tempfile.TemporaryDirectory(dir=files.directory) as tmp:
        query_path, reply_path = Path(tmp) / "q.tsq", Path(tmp) / "r.tsr"
        query_path.write_bytes(query)
        subprocess.run(
            ["openssl", "ts", "-reply", "-config", str(files.cnf), "-queryfile",
             str(query_path), "-out", str(reply_path)],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        return reply_path.read_bytes()


class _Handler(BaseHTTPRequestHandler):
    files: TsaFiles
    counter: list[int]
    lock = threading.Lock()

    def do_POST(self) -> None:  # noqa: N802 - the http.server API
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        with self.lock:  # one openssl at a time: it increments the serial file
            answer = reply(self.files, body)
            self.counter.append(len(body))
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class LocalTsa:
    """The service on 127.0.0.1 at a free port, in a thread; ``url``, ``requests``."""

    def __init__(self, files: TsaFiles) -> None:
        self.files = files
        self.requests: list[int] = []
        handler = type("Handler", (_Handler,), {"files": files, "counter": self.requests})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = int(self.server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}/tsr"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> LocalTsa:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def serve(directory: str) -> None:
    """``python -m tests.helpers.local_tsa DIR``: serve until killed; prints the URL."""
    tsa = LocalTsa(make_tsa(Path(directory)))
    print(tsa.url, flush=True)
    tsa.server.serve_forever()


if __name__ == "__main__":
    serve(sys.argv[1])
