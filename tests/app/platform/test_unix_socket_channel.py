"""``vidne capture`` asks a running Vidne over a Unix socket: it gets the answer when one
listens, and when none does it says so at once without loading the socket library."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from vidne.app.platform.posix import UnixSocketChannel

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix domain sockets")


def serve_once(path: Path, reply: bytes) -> threading.Thread:
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)

    def answer() -> None:
        with server, server.accept()[0] as conn:
            conn.recv(4096)
            conn.sendall(reply)

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A socket path must stay under ~100 bytes; pytest's tmp_path can be longer."""
    with tempfile.TemporaryDirectory(prefix="vs-") as name:
        yield Path(name)


def test_a_listening_instance_answers(short_dir: Path) -> None:
    path = short_dir / "v.sock"
    thread = serve_once(path, b'{"ok": true}\n')
    assert UnixSocketChannel().exchange(str(path), b'{"cmd": "ping"}\n', 2000) == b'{"ok": true}\n'
    thread.join(5)


def test_no_socket_a_stale_one_or_another_file_means_no_instance(
    tmp_path: Path, short_dir: Path
) -> None:
    channel = UnixSocketChannel()
    assert channel.exchange(str(tmp_path / "missing.sock"), b"{}\n", 500) is None
    plain = tmp_path / "plain.sock"
    plain.write_bytes(b"not a socket")
    assert channel.exchange(str(plain), b"{}\n", 500) is None
    stale = short_dir / "stale.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as gone:
        gone.bind(str(stale))  # the file stays after the process that listened is gone
    assert stale.exists() and channel.exchange(str(stale), b"{}\n", 500) is None


def test_asking_where_nobody_listens_loads_no_socket_library(tmp_path: Path) -> None:
    probe = (
        "import sys; from vidne.app.platform.posix import UnixSocketChannel as C; "
        f"print(C().exchange({str(tmp_path / 'none.sock')!r}, b'{{}}', 500), "
        "'socket' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["None", "False"]
