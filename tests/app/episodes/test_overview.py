"""The pattern figures on a known data set."""

from __future__ import annotations

from vidne.app.episodes import overview


def ep(i: int, when: str, severity: int, sender: str = "A", **extra: object) -> dict:
    return {
        "id": i,
        "occurred_at": when,
        "severity": severity,
        "sender": sender,
        "channel": "facebook",
        **extra,
    }


DATA = [
    ep(1, "2026-01-05T10:00:00+01:00", 3, "A", kinds=["threats", "insults"]),
    ep(2, "2026-01-12T10:00:00+01:00", 4, "B", channel="aula", sender_id=7),
    ep(3, "2026-01-20T10:00:00+01:00", 3, "A", told=[{"who": "leader", "when": "2026-01-21"}]),
    ep(
        4,
        "2026-01-28T10:00:00+01:00",
        1,
        "A",
        told=[{"who": "leader", "when": "2026-01-29"}, {"who": "amr", "when": "2026-01-30"}],
    ),
    ep(5, "2026-04-01T10:00:00+02:00", 2, ""),
]


def test_per_month_fills_gaps_and_counts_severity() -> None:
    months = overview.per_month(DATA)
    assert list(months) == ["2026-01", "2026-02", "2026-03", "2026-04"]
    assert months["2026-01"] == [1, 0, 2, 1, 0]
    assert months["2026-02"] == [0, 0, 0, 0, 0]
    assert months["2026-04"] == [0, 1, 0, 0, 0]


def test_per_week_uses_iso_weeks() -> None:
    weeks = overview.per_week(DATA)
    assert weeks["2026-W02"] == [0, 0, 1, 0, 0]
    assert weeks["2026-W03"] == [0, 0, 0, 1, 0]


def test_trend_falls_when_later_episodes_are_milder() -> None:
    trend = overview.severity_trend(DATA)
    assert trend.per_30_days < 0 and trend.start > trend.end
    assert len(trend.points) == 5


def test_senders_frequency_duration_and_relation() -> None:
    stats = overview.senders(DATA, {7: "colleague"})
    assert [s.name for s in stats] == ["A", "B", "?"]
    a = stats[0]
    assert (a.count, a.days, a.max_severity) == (3, 24, 3)
    b = next(s for s in stats if s.name == "B")
    assert b.relation == "colleague"


def test_origin_channels_and_kinds() -> None:
    assert overview.origin(DATA, {7: "colleague"}) == {"internal": 1, "external": 0, "unknown": 4}
    assert overview.origin([ep(9, "2026-01-01", 2, relation="parent")]) == {
        "internal": 0,
        "external": 1,
        "unknown": 0,
    }
    assert overview.top_channels(DATA) == [("facebook", 4), ("aula", 1)]
    assert overview.counts(DATA, "kinds") == [("insults", 1), ("threats", 1)]


def test_told_so_far_gives_first_date_and_count() -> None:
    assert overview.told_so_far(DATA) == [("leader", "2026-01-21", 2), ("amr", "2026-01-30", 1)]


def test_last_straw_needs_a_minor_episode_after_a_run_within_the_window() -> None:
    assert overview.last_straws(DATA) == [4]  # 3 others within 30 days before a severity 1
    assert overview.LAST_STRAW_MIN_RUN == 3 and overview.LAST_STRAW_WINDOW_DAYS == 30
    # episode 5 is minor but nothing came in the 30 days before it
    assert 5 not in overview.last_straws(DATA)
    assert overview.last_straws(DATA[1:]) == []  # only two before episode 4 then


def test_one_registry_sender_typed_two_ways_is_one_repeat_sender() -> None:
    """A merged profile or a new spelling: the registry link says it is the same person."""
    eps = [
        {**ep(1, "2026-01-05", 2), "sender": "Kaptajn Hævn", "sender_id": 4},
        {**ep(2, "2026-01-09", 4), "sender": "kaptajn_haevn (ny profil)", "sender_id": 4},
        {**ep(3, "2026-01-20", 3), "sender": "Kaptajn Hævn", "sender_id": 4},
        {**ep(4, "2026-01-21", 1), "sender": "Kaptajn Hævn", "sender_id": None},  # typed only
        {**ep(5, "2026-01-22", 1), "sender": "En anden", "sender_id": None},
    ]
    stats = overview.senders(eps, {4: "citizen"})
    assert [(s.name, s.count) for s in stats] == [("Kaptajn Hævn", 4), ("En anden", 1)]
    assert stats[0].max_severity == 4 and stats[0].relation == "citizen"
