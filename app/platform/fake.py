"""A hotkey backend for tests: ``press()`` stands in for the user pressing the combination."""

from __future__ import annotations

from collections.abc import Callable

from vidne.app.errors import HotkeyUnavailable
from vidne.app.platform.base import HotkeyBackend, parse_sequence


class FakeHotkeyBackend(HotkeyBackend):
    name = "fake"

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken = {parse_sequence(s) for s in (taken or set())}
        self.sequence: str | None = None
        self._callback: Callable[[], None] | None = None

    @classmethod
    def available(cls) -> bool:
        return True

    def register(self, sequence: str, callback: Callable[[], None]) -> None:
        try:
            combo = parse_sequence(sequence)
        except ValueError:
            raise HotkeyUnavailable(sequence) from None
        if combo in self.taken:
            raise HotkeyUnavailable(f"{combo.text()} is already used by another program")
        self.sequence, self._callback = combo.text(), callback

    def unregister(self) -> None:
        self.sequence, self._callback = None, None

    def press(self) -> bool:
        if self._callback is None:
            return False
        self._callback()
        return True
