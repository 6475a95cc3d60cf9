"""``vidne timestamp [--tsa URL]``: ask for a trusted timestamp (RFC 3161) for every item and
the log head that has none, now, from the services in the settings or the one given; prints
one line per token and per item still waiting, exit 1 if any is still waiting. While trusted
time is off it asks no service unless one is named with ``--tsa``."""

from __future__ import annotations

import argparse

from vidne.app.cli.commands.common import UsageError, open_vault
from vidne.app.evidence.trusted_time import settings, stamping, tokens
from vidne.app.i18n import translate


def handle(args: argparse.Namespace) -> int:
    services = _services(args)
    with open_vault(args) as vault:
        config = settings.load(vault)
        if not services and not config.enabled:  # nothing leaves unless the user said so
            raise UsageError(
                translate(
                    "Cli",
                    "Trusted time is off. Turn it on in Settings → Trusted time, "
                    "or name a service with --tsa URL.",
                )
            )
        outcome = stamping.stamp_missing(vault, config, services or config.services)
    for job, stamp in outcome.stamped:
        print(_what(job) + ": " + _stamped(stamp.gen_time, stamp.tsa_name))
    for job, reason in outcome.failed:
        print(_what(job) + ": " + translate("Cli", "still waiting (%1)").replace("%1", reason))
    if not outcome.stamped and not outcome.failed:
        print(translate("Cli", "Every item already has a trusted timestamp."))
    return 1 if outcome.failed else 0


def _services(args: argparse.Namespace) -> tuple[str, ...]:
    if not args.tsa:
        return ()
    found = settings.parse_services(" ".join(args.tsa))
    if len(found) != len(args.tsa):
        raise UsageError(translate("Cli", "A timestamp service is an http:// or https:// address."))
    return found


def _what(job: stamping.Job) -> str:
    if job.kind == tokens.LOG:
        return translate("Cli", "log entry %1").replace("%1", str(job.ref))
    return translate("Cli", "item %1").replace("%1", str(job.ref))


def _stamped(gen_time: str, name: str) -> str:
    when = gen_time.replace("T", " ").removesuffix("+00:00")
    return translate("Cli", "trusted time %1 UTC, by %2").replace("%1", when).replace("%2", name)
