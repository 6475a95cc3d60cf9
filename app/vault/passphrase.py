"""Passphrase rules and a simple strength estimate (for the meter and for ``vidne init``)."""

from __future__ import annotations

import math
import string

from vidne.app.i18n import translate

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
        translate("Passphrase", "Too short"),
        translate("Passphrase", "Weak"),
        translate("Passphrase", "Fair"),
        translate("Passphrase", "Good"),
        translate("Passphrase", "Strong"),
    ]
    return labels[max(0, min(level, 4))]


def problem(passphrase: str, repeat: str | None = None) -> str | None:
    """A translated reason the passphrase cannot be used, or None."""
    if len(passphrase) < MIN_LENGTH:
        return translate("Passphrase", "Use at least %n characters.").replace("%n", str(MIN_LENGTH))
    if passphrase.strip() != passphrase:
        return translate("Passphrase", "The passphrase must not begin or end with a space.")
    if repeat is not None and repeat != passphrase:
        return translate("Passphrase", "The two passphrases are not the same.")
    return None
