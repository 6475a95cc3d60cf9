"""The passphrase rule: one floor for ``vidne init``, ``vidne passwd`` and both GUI dialogs.

Strength is estimated by zxcvbn (Dropbox's estimator, the Python port): it finds dictionary
words, names, keyboard rows, repeats, sequences, dates and l33t substitutions and scores the
guesses they need from 0 to 4. A passphrase must have at least :data:`MIN_LENGTH` characters
*and* score at least :data:`MIN_SCORE` ("safely unguessable" against an offline attack on a
slow hash), so ``aaaaaaaaaa``, ``1234567890``, ``password123`` and ``qwertyuiop`` are refused
while a few ordinary Danish words are not. zxcvbn's dictionaries are English; words common in
Danish passwords (:data:`DANISH_WORDS`) are given to it as "user inputs", which it treats as
the first guesses. Its feedback is English: :data:`FEEDBACK` maps each sentence it can say to
one of ours, translated like every other string, with a generic line for any other.
"""

from __future__ import annotations

from dataclasses import dataclass

from vidne.app.i18n import QT_TRANSLATE_NOOP, translate

MIN_LENGTH = 10
MIN_SCORE = 3
CHECKED_LENGTH = 72  # zxcvbn refuses longer input; the first 72 characters bound the strength

# Words Danish users put in passwords (and the app's own name), guessed first.
DANISH_WORDS = (
    "vidne", "kodeord", "adgangskode", "hemmelig", "hemmeligt", "password", "danmark",
    "københavn", "kobenhavn", "aarhus", "odense", "aalborg", "sommer", "vinter", "forår",
    "efterår", "sommerferie", "kærlighed", "elskerdig", "jegelskerdig", "hejsa", "hejhej",
    "skat", "skatter", "mormor", "morfar", "farmor", "farfar", "fodbold", "brøndby", "fck",
    "kage", "hund", "kat", "hest", "bil", "hus", "arbejde", "skole", "lærer", "julemand",
    "jul", "påske", "velkommen", "hemmeligheder", "mitkodeord", "minkode", "kodeord123",
)  # fmt: skip

FEEDBACK: dict[str, str] = {
    'Repeats like "aaa" are easy to guess.': QT_TRANSLATE_NOOP(
        "Passphrase", "Repeated characters like “aaa” are easy to guess."
    ),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': QT_TRANSLATE_NOOP(
        "Passphrase", "Repeats like “abcabc” are hardly harder to guess than “abc”."
    ),
    'Sequences like "abc" or "6543" are easy to guess.': QT_TRANSLATE_NOOP(
        "Passphrase", "Sequences like “abc” or “6543” are easy to guess."
    ),
    "Straight rows of keys are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "Rows of keys next to each other are easy to guess."
    ),
    "Short keyboard patterns are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "Short keyboard patterns are easy to guess."
    ),
    "Recent years are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "Recent years are easy to guess."
    ),
    "Dates are often easy to guess.": QT_TRANSLATE_NOOP("Passphrase", "Dates are easy to guess."),
    "This is a top-10 common password.": QT_TRANSLATE_NOOP(
        "Passphrase", "This is one of the most used passwords."
    ),
    "This is a top-100 common password.": QT_TRANSLATE_NOOP(
        "Passphrase", "This is a very common password."
    ),
    "This is a very common password.": QT_TRANSLATE_NOOP(
        "Passphrase", "This is a very common password."
    ),
    "This is similar to a commonly used password.": QT_TRANSLATE_NOOP(
        "Passphrase", "This is close to a commonly used password."
    ),
    "A word by itself is easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "A single word is easy to guess."
    ),
    "Names and surnames by themselves are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "Names on their own are easy to guess."
    ),
    "Common names and surnames are easy to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "Common names are easy to guess."
    ),
    "Add another word or two. Uncommon words are better.": QT_TRANSLATE_NOOP(
        "Passphrase", "Add a word or two more; uncommon words are better."
    ),
    "Use a few words, avoid common phrases.": QT_TRANSLATE_NOOP(
        "Passphrase", "Use a few words, not a common phrase."
    ),
    "No need for symbols, digits, or uppercase letters.": QT_TRANSLATE_NOOP(
        "Passphrase", "Symbols, digits and capitals are not needed."
    ),
    "Use a longer keyboard pattern with more turns.": QT_TRANSLATE_NOOP(
        "Passphrase", "Avoid patterns on the keyboard."
    ),
    "Avoid repeated words and characters.": QT_TRANSLATE_NOOP(
        "Passphrase", "Avoid repeated words and characters."
    ),
    "Avoid sequences.": QT_TRANSLATE_NOOP("Passphrase", "Avoid sequences."),
    "Avoid recent years.": QT_TRANSLATE_NOOP("Passphrase", "Avoid recent years."),
    "Avoid years that are associated with you.": QT_TRANSLATE_NOOP(
        "Passphrase", "Avoid years that have to do with you."
    ),
    "Avoid dates and years that are associated with you.": QT_TRANSLATE_NOOP(
        "Passphrase", "Avoid dates and years that have to do with you."
    ),
    "Capitalization doesn't help very much.": QT_TRANSLATE_NOOP(
        "Passphrase", "A capital first letter does not help much."
    ),
    "All-uppercase is almost as easy to guess as all-lowercase.": QT_TRANSLATE_NOOP(
        "Passphrase", "All capitals are almost as easy to guess as all small letters."
    ),
    "Reversed words aren't much harder to guess.": QT_TRANSLATE_NOOP(
        "Passphrase", "Words spelled backwards are not much harder to guess."
    ),
    "Predictable substitutions like '@' instead of 'a' don't help very much.": QT_TRANSLATE_NOOP(
        "Passphrase", "Predictable swaps like “@” for “a” do not help much."
    ),
}
GENERIC = QT_TRANSLATE_NOOP("Passphrase", "Use a few uncommon words.")


@dataclass(frozen=True)
class Estimate:
    """0–4 (zxcvbn's score; 0 also when shorter than MIN_LENGTH) and its advice, translated."""

    score: int
    advice: tuple[str, ...]


def _said(english: str) -> str:
    return translate("Passphrase", FEEDBACK.get(english, GENERIC))


def estimate(passphrase: str) -> Estimate:
    if not passphrase:
        return Estimate(0, ())
    from zxcvbn import zxcvbn  # here: ~40 ms to import, needed only when one is chosen

    result = zxcvbn(passphrase[:CHECKED_LENGTH], user_inputs=list(DANISH_WORDS))
    score = int(result["score"]) if len(passphrase) >= MIN_LENGTH else 0
    said = [result["feedback"]["warning"], *result["feedback"]["suggestions"]]
    advice = dict.fromkeys(_said(s) for s in said if s)  # two English lines may map to one
    if score < MIN_SCORE and not advice:
        advice = {translate("Passphrase", GENERIC): None}
    return Estimate(score, tuple(advice))


def strength(passphrase: str) -> int:
    """0–4: too weak, weak, fair, good, strong."""
    return estimate(passphrase).score


def strength_label(level: int) -> str:
    labels = [
        translate("Passphrase", "Too weak"),
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
    found = estimate(passphrase)
    if found.score < MIN_SCORE:
        too_easy = translate("Passphrase", "This passphrase is too easy to guess.")
        return " ".join((too_easy, *found.advice))
    if repeat is not None and repeat != passphrase:
        return translate("Passphrase", "The two passphrases are not the same.")
    return None
