"""One Vidne per user and vault: the request protocol and the client side, without Qt.

A second ``vidne`` asks the running one to raise its window; ``vidne capture`` asks it to
capture, so the hotkey, the tray and a desktop shortcut all end in the same process (which
knows whether the vault is unlocked). The protocol is one JSON object per line each way::

    -> {"cmd": "raise"}                    <- {"ok": true}
    -> {"cmd": "capture", "region": false, "monitor": null, "all": false, "delay": 0}
    <- {"ok": true}                        (the capture then runs in the instance)

The server name is derived from the data directory, so two vaults can run side by side; the
platform's :class:`~vidne.app.platform.base.InstanceChannel` says what the name is and carries
the lines (a Unix socket needs no Qt, so ``vidne capture`` stays quick). The server is
:class:`vidne.app.platform.instance.InstanceServer`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vidne.app.platform import instance_channel

MAX_LINE = 4096
TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    return instance_channel().server_name(data_dir)


def ask(
    data_dir: Path, message: dict[str, Any], timeout_ms: int = TIMEOUT_MS
) -> dict[str, Any] | None:
    """Send one request to the running instance; None when no instance answers."""
    channel = instance_channel()
    line = channel.exchange(
        channel.server_name(data_dir), json.dumps(message).encode() + b"\n", timeout_ms
    )
    try:
        reply = json.loads((line or b"").decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return reply if isinstance(reply, dict) else None


def is_running(data_dir: Path) -> bool:
    return ask(data_dir, {"cmd": "ping"}, 500) is not None


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
