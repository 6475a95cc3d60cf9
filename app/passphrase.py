"""Passphrase rules and a simple strength estimate (for the meter and for ``vidne init``)."""

from __future__ import annotations

import math
import string

from app.i18n import tr

MIN_LENGTH = 10


def entropy_bits(passphrase: str) -> float:
    """A rough estimate: character-pool size ^ length, with repeats and runs discounted."""
    if not passphrase:
        return 0.0
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 60  # æ, ø, å and friends
    distinct = len(set(passphrase))
    effective = min(len(passphrase), distinct * 2)
    return effective * math.log2(max(pool, 2))


def strength(passphrase: str) -> int:
    """0–4: too weak, weak, fair, good, strong."""
    bits = entropy_bits(passphrase)
    if len(passphrase) < MIN_LENGTH:
        return 0
    return 1 if bits < 50 else 2 if bits < 65 else 3 if bits < 85 else 4


def strength_label(level: int) -> str:
    labels = [
        tr("Passphrase", "Too short"),
        tr("Passphrase", "Weak"),
        tr("Passphrase", "Fair"),
        tr("Passphrase", "Good"),
        tr("Passphrase", "Strong"),
    ]
    return labels[max(0, min(level, 4))]


def problem(passphrase: str, repeat: str | None = None) -> str | None:
    """A translated reason the passphrase cannot be used, or None."""
    if len(passphrase) < MIN_LENGTH:
        return tr("Passphrase", "Use at least %n characters.").replace("%n", str(MIN_LENGTH))
    if passphrase.strip() != passphrase:
        return tr("Passphrase", "The passphrase must not begin or end with a space.")
    if repeat is not None and repeat != passphrase:
        return tr("Passphrase", "The two passphrases are not the same.")
    return None
