"""A first guess at an episode's channel from the captured window's title and program.

A capture records the window's title ("(3) Facebook – Mozilla Firefox") and its program
("firefox", "Teams.exe", "org.gnome.Evolution"). When the user makes an episode from it, the
editor starts from this guess and marks it as one; the user confirms or changes it. Pure
functions over one table, so the guess is easy to test and to extend.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Clue:
    """*pattern* (a regular expression, case-insensitive) found in the *where* ('title' or
    'program') of a window suggests *channel*."""

    channel: str
    where: str
    pattern: str


# First match wins, so the narrower names come first: Messenger before Facebook, Outlook's
# web mail before any other web page, a browser tab's site before the browser itself.
CLUES: tuple[Clue, ...] = (
    Clue("facebook", "title", r"\bmessenger\b"),
    Clue("facebook", "program", r"messenger|caprine"),
    Clue("facebook", "title", r"\bfacebook\b"),
    Clue("instagram", "title", r"\binstagram\b"),
    Clue("tiktok", "title", r"\btik ?tok\b"),
    Clue("snapchat", "title", r"\bsnapchat\b"),
    Clue("x", "title", r"\btwitter\b|\bx\.com\b|/ x\b|\b(?:on|på) x:"),
    Clue("aula", "title", r"\baula\b"),
    Clue("teams", "title", r"\bmicrosoft teams\b|\bteams\b"),
    Clue("teams", "program", r"teams"),
    Clue("email", "title", r"\boutlook\b|\bgmail\b|\bindbakke\b|\binbox\b|\bthunderbird\b"),
    Clue("email", "title", r"\bmail\b|\be-mail\b|\be-post\b"),
    Clue("email", "program", r"outlook|thunderbird|evolution|geary|kmail|mailspring|\bmail\b"),
    Clue("sms", "title", r"\bsms\b|\bmessages\b|\bbeskeder\b|google messages|\bimessage\b"),
    Clue("sms", "program", r"kdeconnect|gsconnect|phone ?link|yourphone|\bmessages\b|sms"),
)


@dataclass(frozen=True)
class Guess:
    """The channel guessed and what it was guessed from (shown beside the choice)."""

    channel: str
    reason: str  # the window's title or program that matched, as recorded


def guess_channel(title: str, program: str) -> Guess | None:
    """The channel *title* and *program* suggest, or None when nothing is recognised."""
    texts = {"title": title or "", "program": program or ""}
    for clue in CLUES:
        text = texts[clue.where]
        if text and re.search(clue.pattern, text, re.IGNORECASE):
            return Guess(clue.channel, text)
    return None


def guess_from_many(windows: list[tuple[str, str]]) -> Guess | None:
    """One guess for an episode made of several captures: the first capture's guess that is
    shared by no fewer captures than any other (ties go to the earliest capture)."""
    guesses = [g for g in (guess_channel(t, p) for t, p in windows) if g is not None]
    if not guesses:
        return None
    counts: dict[str, int] = {}
    for g in guesses:
        counts[g.channel] = counts.get(g.channel, 0) + 1
    best = max(counts.values())
    return next(g for g in guesses if counts[g.channel] == best)
