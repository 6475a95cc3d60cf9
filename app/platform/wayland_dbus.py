"""The D-Bus side of the XDG desktop portals, over jeepney (pure Python, no Qt, any thread).

A portal call returns at once with the object path of a *Request*; the answer comes later as
that Request's ``Response(u code, a{sv} results)`` signal. The path is predictable
(``/org/freedesktop/portal/desktop/request/<our unique name>/<handle_token>``), and the signal
may arrive right after the reply, so :meth:`PortalConnection.request` listens on the predicted
path *before* it calls (the portal documentation's advice; the first version of this module
subscribed after the call, through a QtDBus slot signature that never matched, and so waited
for its timeout every time). Newer portals want the application id registered on the
connection before any other call (``org.freedesktop.host.portal.Registry``); older ones
(1.16, Debian 12) do not have it, which is fine.

Problems are raised as :class:`PortalError` with a *kind* that the caller turns into a
translated message (:mod:`vidne.app.platform.wayland_portal`).
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any

from jeepney import DBusAddress, HeaderFields, MatchRule, MessageType, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse
from vidne.app.platform.hardening_posix import identifiable

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
REQUEST = "org.freedesktop.portal.Request"
SESSION = "org.freedesktop.portal.Session"
SCREENSHOT = "org.freedesktop.portal.Screenshot"
SHORTCUTS = "org.freedesktop.portal.GlobalShortcuts"
REGISTRY = "org.freedesktop.host.portal.Registry"
POLL_S = 0.25  # how often a waiting thread looks whether it should stop
CALL_TIMEOUT_S = 10.0  # the frontend answers calls at once; D-Bus activation takes a moment

# Error names meaning "nothing here answers that": the portal, its interface or a backend.
NO_SERVICE = {
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
}
NO_INTERFACE = {
    "org.freedesktop.DBus.Error.UnknownMethod",
    "org.freedesktop.DBus.Error.UnknownInterface",
    "org.freedesktop.DBus.Error.UnknownObject",
}


class PortalError(OSError):
    """kind: 'no-bus', 'no-portal', 'no-interface', 'timeout', 'cancelled', 'failed', 'call',
    'stopped' (:meth:`PortalConnection.stop` from another thread)."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind, self.detail = kind, detail


def session_bus_address() -> str:
    """$DBUS_SESSION_BUS_ADDRESS, or the systemd user bus libdbus would also try."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not address and runtime and Path(runtime, "bus").exists():
        address = f"unix:path={runtime}/bus"
    if not address:
        raise PortalError("no-bus", "DBUS_SESSION_BUS_ADDRESS is not set")
    return address


def request_path(unique_name: str, token: str) -> str:
    """Where the portal will put the Request for *token* (the documented naming rule)."""
    sender = unique_name.lstrip(":").replace(".", "_")
    return f"{PATH}/request/{sender}/{token}"


def unwrap(value: Any) -> Any:
    """jeepney's variants are (signature, value) pairs; plain Python values, recursively."""
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str):
        signature, inner = value
        if signature == "a{sv}":
            return {k: unwrap(v) for k, v in inner.items()}
        return inner
    return value


def variants(options: dict[str, Any]) -> dict[str, tuple[str, Any]]:
    """An a{sv} from plain values: str -> s, bool -> b, int -> u, (sig, value) kept."""
    out: dict[str, tuple[str, Any]] = {}
    for key, value in options.items():
        if isinstance(value, tuple):
            out[key] = value
        elif isinstance(value, bool):
            out[key] = ("b", value)
        elif isinstance(value, int):
            out[key] = ("u", value)
        else:
            out[key] = ("s", str(value))
    return out


class PortalConnection:
    """One connection to the session bus (its own socket, so any thread may own it)."""

    def __init__(self, app_id: str = "", connection: DBusConnection | None = None) -> None:
        if connection is None:
            try:
                connection = open_dbus_connection(session_bus_address())
            except (OSError, ValueError) as exc:  # refused, no socket, failed authentication
                raise PortalError("no-bus", str(exc)) from None
        self.conn = connection
        self.stopping = threading.Event()
        self.identified = False
        self.registered = self.register(app_id) if app_id else False

    def close(self) -> None:
        self.conn.close()

    def stop(self) -> None:
        """Make a wait on another thread end within :data:`POLL_S` (PortalError 'stopped')."""
        self.stopping.set()

    def call(
        self, interface: str, method: str, signature: str, *args: Any, path: str = PATH
    ) -> Any:
        """Call and return the reply's body; PortalError on a D-Bus error or no answer."""
        address = DBusAddress(path, bus_name=SERVICE, interface=interface)
        msg = new_method_call(address, method, signature, args)
        # The portal identifies the caller at the first call that reaches one of its
        # interfaces and caches the answer per connection (see identifiable()).
        with nullcontext() if self.identified else identifiable():
            try:
                reply = self.conn.send_and_get_reply(msg, timeout=CALL_TIMEOUT_S)
            except TimeoutError:
                raise PortalError("timeout", f"{interface}.{method}") from None
            except OSError as exc:
                raise PortalError("no-bus", str(exc)) from None
        if reply.header.message_type != MessageType.error:
            self.identified = True
            return reply.body
        problem = error_of(DBusErrorResponse(reply))
        self.identified = problem.kind not in ("no-portal", "no-interface")
        raise problem

    def register(self, app_id: str) -> bool:
        """Tell the portal who we are (newer portals only); False where there is no Registry."""
        try:
            self.call(REGISTRY, "Register", "sa{sv}", app_id, {})
        except PortalError as exc:
            if exc.kind in ("no-interface", "no-portal"):
                return False  # an older portal (or none: the next call says so)
            raise
        return True

    @contextmanager
    def signals(self, interface: str, member: str, path: str | None = None) -> Iterator[deque[Any]]:
        """Collect the signals that match while the block runs (subscribed first)."""
        rule = MatchRule(type="signal", interface=interface, member=member, path=path)
        self.conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
        with self.conn.filter(rule, bufsize=64) as queue:
            yield queue
        self.conn.send(message_bus.RemoveMatch(rule))

    def request(
        self, interface: str, method: str, signature: str, args: tuple[Any, ...],
        options: dict[str, Any], timeout: float,
    ) -> dict[str, Any]:  # fmt: skip
        """Call a Request-returning *method* (its last argument is the options a{sv}) and wait
        up to *timeout* seconds for the Response; its results, or PortalError."""
        token = "vidne" + secrets.token_hex(8)
        expected = request_path(self.conn.unique_name, token)
        opts = variants({**options, "handle_token": token})
        deadline = time.monotonic() + timeout
        with self.signals(REQUEST, "Response") as queue:
            handle = self.call(interface, method, signature + "a{sv}", *args, opts)[0]
            response = self._wait(queue, {expected, str(handle)}, deadline)
        code, results = int(response.body[0]), unwrap(("a{sv}", response.body[1]))
        if code == 1:
            raise PortalError("cancelled")
        if code != 0:
            raise PortalError("failed", f"response {code}")
        return dict(results)

    def _wait(self, queue: deque[Any], paths: set[str], deadline: float) -> Any:
        """The Response for one of *paths* (old portals did not follow the naming rule)."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise PortalError("timeout")
            msg = self._next(queue, min(left, POLL_S))
            if msg is not None and msg.header.fields.get(HeaderFields.path) in paths:
                return msg

    def receive(self, queue: deque[Any]) -> Iterator[tuple[Any, ...]]:
        """The bodies of the signals collected in *queue*, as they come, until :meth:`stop`."""
        while True:
            msg = self._next(queue, POLL_S)
            if msg is not None:
                yield tuple(msg.body)

    def _next(self, queue: deque[Any], timeout: float) -> Any:
        if self.stopping.is_set():
            raise PortalError("stopped")
        try:
            return self.conn.recv_until_filtered(queue, timeout=timeout)
        except TimeoutError:
            return None


def error_of(exc: DBusErrorResponse) -> PortalError:
    name = str(exc.name or "")
    detail = f"{name}: {exc.data[0] if exc.data else ''}"
    if name in NO_SERVICE:
        return PortalError("no-portal", detail)
    if name in NO_INTERFACE:
        return PortalError("no-interface", detail)
    return PortalError("call", detail)
