"""Every kind of record in the hash chain and how to recompute its content hash now.

One explicit table, so that checking the chain never depends on which modules happen to have
been imported (each record module used to register its own kind when imported).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from vidne.app.episodes import senders
from vidne.app.episodes import store as episodes
from vidne.app.evidence import store as evidence
from vidne.app.vault import chain

PAYLOADS: Mapping[str, chain.PayloadFn] = MappingProxyType(
    {
        "revision": episodes.revision_payload,  # an episode's saved version (or its deletion)
        "sender": senders.sender_payload,  # a sender registry entry's version
        "capture": evidence.payload,  # a capture or imported file, with its image bytes
    }
)


def verify(conn: Any) -> chain.Break | None:
    """The first break in the chain, checking every kind of record; None if it is whole."""
    return chain.verify(conn, PAYLOADS)
