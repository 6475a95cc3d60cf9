"""One Vidne per user and vault: a QLocalServer the window owns, and a client for the CLI.

A second ``vidne`` asks the running one to raise its window; ``vidne capture`` asks it to
capture, so the hotkey, the tray and a desktop shortcut all end in the same process (which
knows whether the vault is unlocked). The protocol is one JSON object per line each way::

    -> {"cmd": "raise"}                    <- {"ok": true}
    -> {"cmd": "capture", "region": false, "monitor": null, "all": false, "delay": 0}
    <- {"ok": true}                        (the capture then runs in the instance)

The server name is derived from the data directory, so two vaults can run side by side; on
Unix it is a socket in the user's runtime dir, which only that user can reach.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from vidne.app import paths

MAX_LINE = 4096
TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    """A pipe name on Windows; on Unix an absolute socket path in a private directory, so the
    name does not depend on $TMPDIR (which differs between a desktop shortcut and a terminal)."""
    uid = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{uid}|{data_dir.resolve()}".encode()).hexdigest()[:16]
    if sys.platform == "win32":
        return f"vidne-{digest}"
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = Path(runtime) if runtime and Path(runtime).is_dir() else paths.state_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return str(folder / f"vidne-{digest}.sock")


def ask(
    data_dir: Path, message: dict[str, Any], timeout_ms: int = TIMEOUT_MS
) -> dict[str, Any] | None:
    """Send one request to the running instance; None when no instance answers."""
    sock = QLocalSocket()
    sock.connectToServer(server_name(data_dir))
    if not sock.waitForConnected(timeout_ms):
        return None
    sock.write(json.dumps(message).encode() + b"\n")
    sock.flush()
    if sock.bytesToWrite() and not sock.waitForBytesWritten(timeout_ms):
        return None
    line = b""
    while not line.endswith(b"\n") and len(line) < MAX_LINE:
        if not sock.bytesAvailable() and not sock.waitForReadyRead(timeout_ms):
            break
        line += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    try:
        reply = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return reply if isinstance(reply, dict) else None


def is_running(data_dir: Path) -> bool:
    return ask(data_dir, {"cmd": "ping"}, 500) is not None


class InstanceServer(QObject):
    """Listens for requests; emits signals on the GUI thread. ``listen()`` False: one runs."""

    raiseRequested = Signal()
    captureRequested = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start serving; False if another instance already answers for this vault."""
        # Ask first: with access options Qt binds a temp socket and renames it over an
        # existing path, so listen() would silently steal the name from a running instance.
        if is_running(self.data_dir):
            return False
        name = server_name(self.data_dir)
        QLocalServer.removeServer(name)  # a stale socket left by a crash
        return self._server.listen(name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._drop(s))

    def _drop(self, sock: QLocalSocket) -> None:
        # disconnected() can come once more while Qt tears the socket down (server close,
        # quit): delete it once, and only while its C++ side still exists.
        known = self._buffers.pop(sock, None) is not None
        if known and shiboken6.isValid(sock):
            sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        data = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        if len(data) > MAX_LINE:
            self._reply(sock, {"ok": False, "error": "request too long"})
            return
        if b"\n" not in data:
            self._buffers[sock] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[sock] = b""
        self._reply(sock, self.handle(line))

    def _reply(self, sock: QLocalSocket, reply: dict[str, Any]) -> None:
        sock.write(json.dumps(reply).encode() + b"\n")
        sock.flush()

    def handle(self, line: bytes) -> dict[str, Any]:
        try:
            request = json.loads(line.decode("utf-8"))
            cmd = request.get("cmd")
        except (UnicodeDecodeError, json.JSONDecodeError, AttributeError):
            return {"ok": False, "error": "not a JSON object"}
        if cmd == "ping":
            return {"ok": True}
        if cmd == "raise":
            self.raiseRequested.emit()
            return {"ok": True}
        if cmd == "capture":
            self.captureRequested.emit(capture_request(request))
            return {"ok": True}
        return {"ok": False, "error": "unknown command"}


def capture_request(request: dict[str, Any]) -> dict[str, Any]:
    """Keep only well-typed fields of a capture request."""
    monitor = request.get("monitor")
    delay = request.get("delay", 0)
    return {
        "region": bool(request.get("region", False)),
        "all": bool(request.get("all", False)),
        "monitor": monitor if isinstance(monitor, int) and 0 <= monitor < 64 else None,
        "delay": delay if isinstance(delay, int) and 0 <= delay <= 60 else 0,
        "trigger": "cli",
    }


def target_of(request: dict[str, Any]) -> int | str | None:
    """The ``capture.grab`` target for a request: 'all', a monitor number, or the mouse's."""
    if request.get("all"):
        return "all"
    return request.get("monitor")
