"""The errors the core raises, each with one translated sentence that says what to do next."""

from __future__ import annotations

from vidne.app.i18n import QT_TRANSLATE_NOOP, translate


class VidneError(Exception):
    """Base class: ``message()`` gives the translated one-line text for the user."""

    text = QT_TRANSLATE_NOOP("Errors", "Something went wrong.")
    # The command line's exit status for this error (see app/cli/main.py): 1 unless a script
    # needs to tell it apart (a damaged key file is not a wrong passphrase).
    exit_code = 1

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.text)
        self.detail = detail

    def message(self) -> str:
        base = translate("Errors", self.text)
        return f"{base} ({self.detail})" if self.detail else base


class WrongPassphrase(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors", "The passphrase is wrong. Check Caps Lock and the keyboard layout, and try again."
    )


class VaultMissing(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors", "There is no vault in this folder yet. Create one first (vidne init)."
    )


class VaultExists(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors", "A vault already exists in this folder; it was left untouched."
    )


class KeyFileMissing(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file (vidne.key) is missing beside the database. Restore it from a backup; "
        "the database cannot be opened without it.",
    )


class KeyFileCorrupt(VidneError):
    """The key file cannot be read as a Vidne key file: the passphrase was not tried and the
    attempt does not count toward the unlock delay."""

    exit_code = 4
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file (vidne.key) is damaged or is not a Vidne key file. Nothing was changed; "
        "restore it from a backup.",
    )


class KeyFileTampered(VidneError):
    """The passphrase was right, but the key file's other fields were changed outside Vidne.

    Not raised by an unlock (the vault opens and puts back what it can vouch for); kept on the
    vault as ``keyfile_warning`` and shown at unlock and by ``vidne verify``."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file (vidne.key) was changed by something other than Vidne. Vidne has put "
        "back the values it can vouch for; captures taken while the vault was locked since "
        "then may have been readable by whoever changed it.",
    )


class InboxKeySwapped(KeyFileTampered):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The key file (vidne.key) had its key for captures taken while locked replaced by "
        "someone else's. Vidne has put its own key back; captures sealed since then may have "
        "been readable by whoever replaced it.",
    )


class InboxKeyUntrusted(VidneError):
    exit_code = 5
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The capture was not saved: the key file is not the one this computer saw when the "
        "vault was last unlocked, so a capture sealed to it might be readable by someone "
        "else. Unlock Vidne once; if you did not change the passphrase, someone may have "
        "replaced the key file.",
    )


class UseNewPassphrase(WrongPassphrase):
    """The old passphrase after a change that completed just before Vidne was stopped."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "This was the old passphrase: a passphrase change was completed just before Vidne "
        "stopped. Unlock with the new passphrase.",
    )


class UseOldPassphrase(WrongPassphrase):
    """The new passphrase of a change that was interrupted before it took effect."""

    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The passphrase change was interrupted before it took effect, so the vault still "
        "opens with the old passphrase. Unlock with it and change the passphrase again.",
    )


class DatabaseMissing(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The database (vidne.db) is missing beside the key file. Restore it from a backup; "
        "nothing was created in its place.",
    )


class DatabaseCorrupt(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The database (vidne.db) is damaged or does not belong to this key file. Nothing was "
        "changed; restore it from a backup.",
    )


class VaultNewer(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors", "This vault was written by a newer version of Vidne. Update Vidne to open it."
    )


class VaultLocked(VidneError):
    text = QT_TRANSLATE_NOOP("Errors", "The vault is locked. Unlock it first.")


class ValidationError(VidneError):
    text = QT_TRANSLATE_NOOP("Errors", "Some fields are not valid.")

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems

    def message(self) -> str:
        return "; ".join(self.problems)


class NotFound(VidneError):
    text = QT_TRANSLATE_NOOP("Errors", "That item no longer exists.")


class DiskFull(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full or not writable. Nothing was saved; free some space and try again.",
    )


class CaptureImpossible(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "The screen could not be captured here. On Wayland, allow Vidne in the screenshot portal or bind 'vidne capture' as a desktop shortcut.",
    )


class SealedFileRejected(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "A capture taken while the vault was locked could not be opened (damaged, or sealed for another vault). It was moved to the folder inbox/rejected and nothing else was affected.",
    )


class EvidenceRejected(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "This file is not a supported evidence file (PNG, JPEG, WebP image, .eml e-mail or PDF), or it is damaged. The original was not changed.",
    )


class HotkeyUnavailable(VidneError):
    text = QT_TRANSLATE_NOOP("Errors", "The shortcut could not be registered.")


class BackupInvalid(VidneError):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "This file is not a usable Vidne backup (damaged, incomplete or not a backup). Nothing was changed.",
    )


class ScreenRecordingDenied(CaptureImpossible):
    text = QT_TRANSLATE_NOOP(
        "Errors",
        "macOS does not let Vidne see the screen yet. Open System Settings → Privacy & Security → Screen & System Audio Recording, switch Vidne on, then quit and start Vidne again.",
    )
