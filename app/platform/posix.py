"""Linux, the BSDs and macOS: the single-instance channel as a Unix domain socket.

The running Vidne listens with ``QLocalServer`` on an absolute socket path in the user's
runtime dir (only that user can reach it); on Unix that is a plain ``AF_UNIX`` stream socket,
so a client needs no Qt: ``vidne capture`` asks over the standard library's ``socket``, and
only when the socket file is there (mostly it is not: no Vidne is running).
"""

from __future__ import annotations

import os
import stat
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from vidne.app import paths
from vidne.app.platform.base import NATIVE, InstanceChannel, instance_digest, is_windows

if TYPE_CHECKING:
    import socket

MAX_REPLY = 4096


class UnixSocketChannel(InstanceChannel):
    name = "unix-socket"

    @classmethod
    def get_priority(cls) -> int:
        return 0 if is_windows() else NATIVE

    def server_name(self, data_dir: Path) -> str:
        """An absolute path in a private folder, so the name does not depend on $TMPDIR
        (which differs between a desktop shortcut and a terminal)."""
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        folder = Path(runtime) if runtime and Path(runtime).is_dir() else paths.state_dir()
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return str(folder / f"vidne-{instance_digest(data_dir)}.sock")

    def exchange(self, name: str, request: bytes, timeout_ms: int) -> bytes | None:
        if sys.platform == "win32":  # never chosen there; also tells mypy AF_UNIX is missing
            return None
        if not _is_socket(name):  # no Vidne has listened here: not worth importing socket
            return None
        import socket

        deadline = time.monotonic() + timeout_ms / 1000
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout_ms / 1000)
            try:
                sock.connect(name)
                sock.sendall(request)
                return _read_line(sock, deadline)
            except OSError:  # nobody listening (a stale socket file), or too slow
                return None


def _is_socket(path: str) -> bool:
    try:
        return stat.S_ISSOCK(os.stat(path).st_mode)
    except OSError:
        return False


def _read_line(sock: socket.socket, deadline: float) -> bytes | None:
    reply = b""
    while not reply.endswith(b"\n") and len(reply) < MAX_REPLY:
        sock.settimeout(max(0.001, deadline - time.monotonic()))
        chunk = sock.recv(MAX_REPLY)
        if not chunk:
            break
        reply += chunk
    return reply or None
