"""The channel an episode starts from is guessed from the captured window's title and program."""

from __future__ import annotations

import pytest
from vidne.app.episodes.channel_guess import guess_channel, guess_from_many
from vidne.app.episodes.vocabulary import CHANNELS


@pytest.mark.parametrize(
    ("title", "program", "channel"),
    [
        ("(3) Facebook – Mozilla Firefox", "firefox", "facebook"),
        ("Messenger | Facebook - Google Chrome", "chrome", "facebook"),
        ("Messenger", "caprine", "facebook"),
        ("Home / X — Mozilla Firefox", "firefox", "x"),
        ('Jens Hansen on X: "..." / X', "firefox", "x"),
        ("Twitter", "chromium", "x"),
        ("Instagram • Direct - Chromium", "chromium", "instagram"),
        ("TikTok - Make Your Day", "msedge.exe", "tiktok"),
        ("Snapchat - Google Chrome", "chrome", "snapchat"),
        ("Aula - Beskeder - Mozilla Firefox", "firefox", "aula"),
        ("Chat | Lærerteam | Microsoft Teams", "Teams.exe", "teams"),
        ("Chat | Lærerteam", "ms-teams", "teams"),
        ("Indbakke - jens@skole.dk - Outlook", "OUTLOOK.EXE", "email"),
        ("Inbox (12) - jens@gmail.com - Gmail", "firefox", "email"),
        ("Re: Klage over din undervisning", "thunderbird", "email"),
        ("Indbakke – Evolution", "org.gnome.Evolution", "email"),
        ("Beskeder", "Microsoft.YourPhone", "sms"),
        ("Messages for web", "chrome", "sms"),
    ],
)
def test_known_windows_are_recognised(title: str, program: str, channel: str) -> None:
    guess = guess_channel(title, program)
    assert guess is not None and guess.channel == channel
    assert guess.channel in CHANNELS


@pytest.mark.parametrize(
    ("title", "program"),
    [
        ("Untitled - Notepad", "notepad.exe"),
        ("Xfce Terminal", "xfce4-terminal"),  # an X in a word is not X
        ("Axel's photos – Mozilla Firefox", "firefox"),
        ("", ""),
    ],
)
def test_unknown_windows_give_no_guess(title: str, program: str) -> None:
    assert guess_channel(title, program) is None


def test_the_guess_says_what_it_came_from() -> None:
    guess = guess_channel("(3) Facebook – Mozilla Firefox", "firefox")
    assert guess is not None and guess.reason == "(3) Facebook – Mozilla Firefox"


def test_several_captures_agree_on_the_most_common_channel() -> None:
    windows = [
        ("Notepad", "notepad.exe"),
        ("Instagram", "chrome"),
        ("Facebook", "chrome"),
        ("Facebook – photo", "chrome"),
    ]
    guess = guess_from_many(windows)
    assert guess is not None and guess.channel == "facebook"
    assert guess_from_many([("Notepad", "notepad.exe")]) is None
