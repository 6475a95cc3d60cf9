"""The portal request protocol, against a scripted bus (no D-Bus daemon).

These pin down what made ``vidne capture`` wait 30 s on Wayland and fail: the portal answers a
Request with a ``Response`` signal that can arrive right after the method's reply, so the
listener must be in place first, on the path the portal will use; the application id goes to
the host Registry before any other call where the portal has one, and its absence (older
portals) is no error. The real portal is exercised in tests/integration/test_wayland_*.py.
"""

from __future__ import annotations

from collections import deque
from typing import Any

import pytest

pytest.importorskip("jeepney", reason="the portals' D-Bus library is installed on Linux only")

from jeepney import HeaderFields, new_error, new_method_return, new_signal
from jeepney.wrappers import DBusAddress
from vidne.app.platform.wayland_dbus import (
    REGISTRY,
    REQUEST,
    SCREENSHOT,
    PortalConnection,
    PortalError,
    request_path,
)


class ScriptedBus:
    """A jeepney blocking connection whose portal answers as scripted; it records the order
    of everything: match rules added, calls made, signals delivered."""

    unique_name = ":1.42"

    def __init__(self, registry: bool, code: int = 0, late: bool = False) -> None:
        self.registry, self.code, self.late = registry, code, late
        self.events: list[str] = []
        self.filters: list[tuple[Any, deque[Any]]] = []
        self.pending: list[Any] = []

    def send_and_get_reply(self, msg: Any, timeout: float | None = None) -> Any:
        fields = msg.header.fields
        member, iface = fields[HeaderFields.member], fields.get(HeaderFields.interface)
        if member == "AddMatch":
            self.events.append("AddMatch")
            return new_method_return(msg)
        self.events.append(f"{iface}.{member}")
        if iface == REGISTRY and not self.registry:
            return new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", ("no",))
        if iface == REGISTRY:
            return new_method_return(msg)
        token = dict(msg.body[-1])["handle_token"][1]
        handle = request_path(self.unique_name, token)
        results = {"uri": ("s", "file:///tmp/out.png")}
        response = new_signal(
            DBusAddress(handle, interface=REQUEST), "Response", "ua{sv}", (self.code, results)
        )
        # The portal may answer before its reply arrives; a listener added later misses it.
        self._deliver(response) if not self.late else self.pending.append(response)
        return new_method_return(msg, "o", (handle,))

    def _deliver(self, msg: Any) -> None:
        for rule, queue in self.filters:
            if rule.matches(msg):
                queue.append(msg)
                self.events.append("Response queued")

    def filter(self, rule: Any, bufsize: int = 1) -> Any:
        bus = self

        class Filter:
            def __enter__(self) -> deque[Any]:
                self.queue: deque[Any] = deque()
                bus.filters.append((rule, self.queue))
                return self.queue

            def __exit__(self, *exc: object) -> None:
                bus.filters = [f for f in bus.filters if f[1] is not self.queue]

        return Filter()

    def recv_until_filtered(self, queue: deque[Any], timeout: float | None = None) -> Any:
        for msg in self.pending:
            self._deliver(msg)
        self.pending.clear()
        if not queue:
            raise TimeoutError
        return queue.popleft()

    def send(self, msg: Any) -> None:
        self.events.append(msg.header.fields[HeaderFields.member])

    def close(self) -> None:
        self.events.append("close")


@pytest.mark.parametrize("late", [False, True])
def test_the_response_is_heard_even_when_it_comes_before_the_reply(late: bool) -> None:
    bus = ScriptedBus(registry=True, late=late)
    portal = PortalConnection("dk.vidne.Vidne", connection=bus)
    results = portal.request(SCREENSHOT, "Screenshot", "s", ("",), {"interactive": False}, 5)
    assert results == {"uri": "file:///tmp/out.png"}
    assert bus.events[:3] == [f"{REGISTRY}.Register", "AddMatch", f"{SCREENSHOT}.Screenshot"]
    assert portal.registered is True


def test_an_older_portal_without_the_registry_is_fine() -> None:
    bus = ScriptedBus(registry=False)
    portal = PortalConnection("dk.vidne.Vidne", connection=bus)
    assert portal.registered is False
    assert portal.request(SCREENSHOT, "Screenshot", "s", ("",), {}, 5)["uri"]


@pytest.mark.parametrize(("code", "kind"), [(1, "cancelled"), (2, "failed")])
def test_a_refused_request_names_why(code: int, kind: str) -> None:
    portal = PortalConnection("", connection=ScriptedBus(registry=True, code=code))
    with pytest.raises(PortalError) as problem:
        portal.request(SCREENSHOT, "Screenshot", "s", ("",), {}, 5)
    assert problem.value.kind == kind


def test_no_answer_is_a_timeout_not_a_hang() -> None:
    class Silent(ScriptedBus):
        def _deliver(self, msg: Any) -> None:
            pass

    portal = PortalConnection("", connection=Silent(registry=True))
    with pytest.raises(PortalError) as problem:
        portal.request(SCREENSHOT, "Screenshot", "s", ("",), {}, 0.3)
    assert problem.value.kind == "timeout"


def test_the_request_path_follows_the_portal_naming_rule() -> None:
    assert (
        request_path(":1.42", "vidne0a1b")
        == "/org/freedesktop/portal/desktop/request/1_42/vidne0a1b"
    )
