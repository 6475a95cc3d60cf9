"""``vidne verify-bundle FILE.zip``: check a bundle as its recipient would, without a vault:
every file against SHA256SUMS and every trusted timestamp against its file and the bundle's
certificates; one line per item, exit 0 when everything holds, 1 otherwise."""

from __future__ import annotations

import argparse
import zipfile

from vidne.app.cli.commands.common import UsageError
from vidne.app.evidence.trusted_time import bundle_check
from vidne.app.i18n import translate


def handle(args: argparse.Namespace) -> int:
    try:
        result = bundle_check.check(args.file)
    except (zipfile.BadZipFile, KeyError):
        raise UsageError(translate("Cli", "This is not an evidence bundle (ZIP).")) from None
    for status, line in result.lines:
        print(f"{_status(status)}  {line}")
    if result.ok:
        print(translate("Cli", "Every check passed."))
    else:
        print(translate("Cli", "The bundle does not check out."))
    return 0 if result.ok else 1


def _status(status: str) -> str:
    words = {
        bundle_check.OK: translate("Cli", "OK"),
        bundle_check.FAILED: translate("Cli", "FAILED"),
        bundle_check.NOTE: translate("Cli", "NOTE"),
    }
    return words[status]
