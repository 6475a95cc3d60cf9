"""One Vidne per user and vault: the ``QLocalServer`` the running window owns.

The protocol and the client side (``ask``, used by a second ``vidne`` and by ``vidne
capture``) are in :mod:`vidne.app.platform.instance_protocol`, which needs no Qt; they are
re-exported here for the GUI.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from vidne.app.platform.instance_protocol import (
    MAX_LINE,
    TIMEOUT_MS,
    ask,
    capture_request,
    is_running,
    server_name,
    target_of,
)

__all__ = [
    "TIMEOUT_MS",
    "InstanceServer",
    "ask",
    "capture_request",
    "is_running",
    "server_name",
    "target_of",
]


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
