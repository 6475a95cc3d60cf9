"""The time of an episode can be typed as people write it."""

from __future__ import annotations

from datetime import datetime

import pytest
from vidne.app.episodes.when_text import parse_typed

NOW = datetime(2026, 3, 20, 9, 30)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("14.3 18:05", datetime(2026, 3, 14, 18, 5)),
        ("14/3 18.05", datetime(2026, 3, 14, 18, 5)),
        ("14.3.2025 18:05", datetime(2025, 3, 14, 18, 5)),
        ("14-3-25 7:05", datetime(2025, 3, 14, 7, 5)),
        ("i går 20:10", datetime(2026, 3, 19, 20, 10)),
        ("I går, kl. 20.10", datetime(2026, 3, 19, 20, 10)),
        ("igår 8", datetime(2026, 3, 19, 8, 0)),
        ("i forgårs 23:59", datetime(2026, 3, 18, 23, 59)),
        ("yesterday 8pm", datetime(2026, 3, 19, 20, 0)),
        ("i dag 7:15", datetime(2026, 3, 20, 7, 15)),
        ("18:05", datetime(2026, 3, 20, 18, 5)),
        ("kl. 6", datetime(2026, 3, 20, 6, 0)),
        ("nu", datetime(2026, 3, 20, 9, 30)),
        ("2026-03-14 18:05", datetime(2026, 3, 14, 18, 5)),
        ("14.3", datetime(2026, 3, 14, 0, 0)),
        ("24.12 16:00", datetime(2025, 12, 24, 16, 0)),  # no year: the last 24 December
    ],
)
def test_typed_times_are_understood(typed: str, meant: datetime) -> None:
    assert parse_typed(typed, NOW) == meant


@pytest.mark.parametrize("typed", ["", "i morgen", "31.2 10:00", "14.3 25:00", "hej", "14.3 18:61"])
def test_what_is_not_understood_gives_nothing(typed: str) -> None:
    assert parse_typed(typed, NOW) is None
