"""Generate a large, realistic vault for the benchmarks: 10,000 episodes and 2,000 captures.

Everything goes through the stores' own write paths (``EpisodeStore.add_in``,
``vidne.app.evidence.store.insert``, ``SenderStore.add``), batched into a few large transactions, so each
row gets its revision, its search-index row and its link in the hash chain exactly as in use,
and ``vidne verify`` passes on the result. Nothing here is real: the text is assembled from
Danish fragments of the kind the guidance describes.

Captures are real PNG files of a few sizes (desktop, laptop, phone). Encoding 2,000 full-screen
PNGs would take a minute, so a small pool of distinct images is rendered once and each capture
gets its own copy with a ``tEXt`` chunk carrying its number: still a valid PNG, with its own
SHA-256. They are taken as real ones are (:func:`how_taken`): some of a marked region, some
with the active window's rectangle recorded, the rest of the whole screen alone.

    python -m bench.generate DIR [--episodes N] [--captures N]
"""

from __future__ import annotations

import argparse
import functools
import io
import random
import struct
import sys
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence import links
from vidne.app.evidence import store as captures
from vidne.app.evidence.store import NewCapture
from vidne.app.timeutil import now_utc
from vidne.app.vault import integrity
from vidne.app.vault.keyfile import KdfParams
from vidne.app.vault.store import Vault

PASSPHRASE = "bench hest batteri hæfteklamme"
FAST_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BATCH = 500  # rows per transaction: large enough to be quick, small enough to stay lean
START = datetime(2023, 1, 2, 7, 0, tzinfo=UTC)
SIZES = [(1920, 1080), (1920, 1080), (1366, 768), (1280, 720), (390, 844)]

CHANNELS = [
    "facebook",
    "email",
    "aula",
    "sms",
    "instagram",
    "x",
    "forum",
    "tiktok",
    "teams",
    "phone",
    "snapchat",
    "other",
]
CHANNEL_WEIGHTS = [20, 15, 15, 10, 8, 6, 8, 4, 4, 4, 3, 3]
SEVERITY_WEIGHTS = [25, 30, 25, 15, 5]
KINDS = [
    "insults",
    "threats",
    "personal_info",
    "images",
    "hate_speech",
    "stalking",
    "sexual",
    "impersonation",
    "other",
]
RELATIONS = ["parent", "parent", "unknown", "unknown", "citizen", "student", "colleague", "leader"]
FIRST = [
    "Jens",
    "Mette",
    "Søren",
    "Hanne",
    "Lars",
    "Birgitte",
    "Ole",
    "Karen",
    "Mads",
    "Sofie",
    "Niels",
    "Åse",
    "Bjørn",
    "Lærke",
    "Frederik",
    "Ida",
]
LAST = [
    "Jensen",
    "Nielsen",
    "Hansen",
    "Pedersen",
    "Andersen",
    "Christensen",
    "Larsen",
    "Sørensen",
    "Rasmussen",
    "Jørgensen",
    "Møller",
    "Østergaard",
]
HANDLES = [
    "@skolekritiker_dk",
    "@sandheden_om_æblehaven",
    "@forældrestemmen",
    "@anon4521",
    "@ærlig_borger",
    "@kommunewatch",
    "@dkdebat_88",
    "@mor_til_tre",
]
OPENINGS = [
    "Opslag i Facebook-gruppen for forældre, hvor jeg omtales ved navn",
    "Besked sent om aftenen",
    "Kommentar under kommunens opslag om budgettet",
    "Mail til min leder med kopi til mig",
    "Anonym profil skrev i tråden om skolefesten",
    "Sms fra et ukendt nummer",
    "Video delt i en lukket gruppe",
    "Direkte besked på Instagram",
    "Indlæg på debatforum om sagsbehandlingen",
    "Opkald på mit arbejdstelefonnummer",
]
ACTIONS = [
    "hvor jeg kaldes inkompetent og dum",
    "med krav om at jeg bliver fyret",
    "hvor de skriver at de ved hvor jeg bor",
    "hvor min private adresse blev delt",
    "med et billede af mig taget uden tilladelse",
    "hvor jeg beskyldes for at mobbe elever",
    "med trusler om at 'gøre noget ved det'",
    "hvor mit udseende bliver gjort til grin",
    "med nedsættende bemærkninger om min baggrund",
    "hvor der opfordres til at skrive til mig privat",
]
ENDINGS = [
    "Flere andre har liket og delt det.",
    "Det er tredje gang i denne uge.",
    "Jeg har ikke svaret.",
    "Min leder er orienteret.",
    "Opslaget blev slettet efter et par timer, men jeg nåede at tage et skærmbillede.",
    "Jeg følte mig utryg på vej hjem.",
    "",
]
QUOTES = [
    "Du skal ikke regne med at have et job efter jul. Vi ved godt hvor du bor.",
    "Hvor er det pinligt at sådan en som dig får lov at undervise vores børn 🤮",
    "Jeg har delt din adresse, så folk kan komme forbi og sige hvad de mener 😡",
    "Du er en skændsel for kommunen og burde skamme dig.",
    "Vi holder øje med dig. Pas på dig selv.",
    "Sagsbehandlere som dig burde fjernes med det samme.",
]
EXPERIENCES = [
    "Jeg sov dårligt de følgende nætter.",
    "Jeg var bange for at gå hjem alene.",
    "Jeg havde svært ved at koncentrere mig på arbejdet.",
    "",
]


@dataclass
class Generated:
    directory: Path
    passphrase: str
    episodes: int
    captures: int
    seconds: float


def _senders(store: SenderStore, rnd: random.Random, count: int) -> list[Sender]:
    made = []
    for i in range(count):
        if i < len(HANDLES):
            name, ids = HANDLES[i], [HANDLES[i]]
        else:
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            ids = [f"{name.split()[0].lower()}{i}@example.dk"]
        made.append(store.add(Sender(name=name, relation=rnd.choice(RELATIONS), identifiers=ids)))
    return made


def episode(i: int, rnd: random.Random, senders: list[Sender], span_days: int) -> Episode:
    """One plausible episode; the i-th of n is spread over *span_days* days."""
    sender = senders[min(int(rnd.paretovariate(1.2)) - 1, len(senders) - 1)]
    when = START + timedelta(
        days=span_days * i / 10_000 * rnd.uniform(0.98, 1.02),
        hours=rnd.randint(0, 15),
        minutes=rnd.randint(0, 59),
    )
    severity = rnd.choices([1, 2, 3, 4, 5], SEVERITY_WEIGHTS)[0]
    description = f"{rnd.choice(OPENINGS)}, {rnd.choice(ACTIONS)}. {rnd.choice(ENDINGS)}".strip()
    told = (
        [
            {
                "who": rnd.choice(["leader", "amr", "tr", "colleague"]),
                "when": (when + timedelta(days=1)).date().isoformat(),
                "note": "Mundtligt",
            }
        ]
        if rnd.random() < 0.2
        else []
    )
    return Episode(
        occurred_at=when.isoformat(timespec="seconds"),
        channel=rnd.choices(CHANNELS, CHANNEL_WEIGHTS)[0],
        sender=sender.name,
        sender_id=sender.id,
        severity=severity,
        description=description,
        quote=rnd.choice(QUOTES) if rnd.random() < 0.5 else "",
        kinds=sorted(set(rnd.sample(KINDS, rnd.choice([1, 1, 2])))),
        account=rnd.choice(["work", "private", ""]),
        experience=rnd.choice(EXPERIENCES),
        told=told,
        tags=["gentagelse"] if rnd.random() < 0.1 else [],
    )


def _screen(size: tuple[int, int], seed: int) -> Image.Image:
    """A window-like picture: a title bar and speech bubbles with Danish text."""
    rnd = random.Random(seed)
    width, height = size
    im = Image.new("RGB", size, (246, 247, 249))
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, max(14, height // 45))
    draw.rectangle((0, 0, width, height // 14), fill=(59, 89, 152))
    draw.text((20, height // 50), "Forældregruppen Æblehaven – opslag", font=font, fill="white")
    y = height // 10
    while y < height - 60:
        x = 30 + rnd.randint(0, width // 8)
        draw.rounded_rectangle(
            (x - 10, y - 6, x + width // 2, y + height // 22),
            12,
            fill=(rnd.randint(215, 235), 230, 240),
        )
        draw.text((x, y), rnd.choice(QUOTES)[:70], font=font, fill=(20, 20, 20))
        y += height // 12
    return im


def _png(im: Image.Image) -> bytes:
    out = io.BytesIO()
    im.save(out, "PNG", compress_level=1)
    return out.getvalue()


def with_text_chunk(png: bytes, text: str) -> bytes:
    """The same PNG with a tEXt chunk after IHDR: a distinct, still valid file."""
    body = b"Comment\x00" + text.encode("latin-1")
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + body) & 0xFFFFFFFF)
    ihdr_end = 8 + 8 + 13 + 4  # signature, IHDR length+type, IHDR data, CRC
    return png[:ihdr_end] + chunk + png[ihdr_end:]


def image_pool(count: int) -> list[tuple[bytes, bytes, int, int]]:
    """(png, thumbnail png, width, height) for *count* distinct pictures of varied sizes."""
    pool = []
    for i in range(count):
        size = SIZES[i % len(SIZES)]
        im = _screen(size, i)
        thumb = im.copy()
        thumb.thumbnail((320, 320))
        pool.append((_png(im), _png(thumb), *size))
    return pool


def how_taken(i: int, png: bytes, width: int, height: int) -> dict[str, Any]:
    """How capture *i* was taken, as NewCapture fields: one in three a marked region (its crop
    and the region's own PNG, as the capture stores them), one in three with the active
    window's rectangle recorded (a browser window, not maximised), the rest the whole screen
    alone. A phone-sized picture is always the whole screen."""
    monitor = {"index": 1, "left": 0, "top": 0, "width": width, "height": height, "scale": 1.0}
    if width < height or i % 3 == 0:
        return {"monitor": monitor}
    if i % 3 == 1:
        crop = {"x": width // 20, "y": height // 8, "w": width * 11 // 20, "h": height * 2 // 5}
        return {"monitor": monitor, "source": "region", "crop": crop, "view": _view(png, **crop)}
    window = {"x": width // 10, "y": height // 20, "w": width * 3 // 5, "h": height * 17 // 20}
    return {"monitor": {**monitor, "window": window}}


@functools.lru_cache(maxsize=64)  # the pool's few pictures, cut once each
def _view(png: bytes, x: int, y: int, w: int, h: int) -> bytes:
    with Image.open(io.BytesIO(png)) as im:
        return _png(im.convert("RGB").crop((x, y, x + w, y + h)))


def capture(
    i: int, rnd: random.Random, pool: list[tuple[bytes, bytes, int, int]], when: datetime
) -> NewCapture:
    png, thumb, width, height = pool[i % len(pool)]
    return NewCapture(
        original=with_text_chunk(png, f"vidne bench capture {i}"),
        thumb=thumb,
        mime="image/png",
        captured_at=when.isoformat(timespec="milliseconds"),
        utc_offset="+01:00",
        trigger=rnd.choice(["hotkey", "hotkey", "tray", "window"]),
        width=width,
        height=height,
        window_title=f"{rnd.choice(HANDLES)} – Facebook",
        window_program="firefox",
        **how_taken(i, png, width, height),
    )


def _add_episodes(
    vault: Vault, rnd: random.Random, senders: list[Sender], count: int, span_days: int
) -> list[Episode]:
    store, added = EpisodeStore(vault), []
    for start in range(0, count, BATCH):
        with vault.transaction() as tx:
            for i in range(start, min(start + BATCH, count)):
                added.append(store.add_in(tx, episode(i, rnd, senders, span_days), "import"))
    return added


def _add_captures(
    vault: Vault, rnd: random.Random, episodes: list[Episode], count: int, pool_size: int
) -> None:
    """Three in four captures are linked to an episode (one or two each); the rest wait in
    the Inbox. Links go through ``links.link``, as ``CaptureStore.attach`` does (chained)."""
    pool = image_pool(pool_size)
    linked = rnd.sample(episodes, min(len(episodes), count * 3 // 4)) if episodes else []
    for start in range(0, count, BATCH // 5):
        with vault.transaction() as tx:
            for i in range(start, min(start + BATCH // 5, count)):
                ep = linked[i] if i < len(linked) else None
                when = ep.occurred() if ep else START + timedelta(hours=i)
                cid = captures.insert(tx, capture(i, rnd, pool, when.astimezone(UTC)))
                if ep is not None:
                    links.link(tx, int(ep.id or 0), cid, 0, now_utc())


def generate(
    directory: Path,
    episodes: int = 10_000,
    captures_count: int = 2_000,
    seed: int = 8,
    kdf: KdfParams | None = None,
    pool_size: int = 20,
) -> Generated:
    """Create a new vault in *directory* (must not exist yet) and fill it."""
    t0 = time.perf_counter()
    rnd = random.Random(seed)
    span_days = max(30, episodes * 1095 // 10_000)  # 10,000 episodes over three years
    with Vault.create(directory, PASSPHRASE, kdf or FAST_KDF) as vault:
        senders = _senders(SenderStore(vault), rnd, min(60, max(3, episodes // 10)))
        added = _add_episodes(vault, rnd, senders, episodes, span_days)
        _add_captures(vault, rnd, added, captures_count, min(pool_size, captures_count or 1))
    return Generated(directory, PASSPHRASE, episodes, captures_count, time.perf_counter() - t0)


def verify(directory: Path) -> str | None:
    """The integrity check's problem, or None when cipher, SQLite and chain are all sound."""
    with Vault.open(directory, PASSPHRASE) as vault:
        return integrity.check(vault).problem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.generate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("directory", type=Path)
    parser.add_argument("--episodes", type=int, default=10_000)
    parser.add_argument("--captures", type=int, default=2_000)
    parser.add_argument("--verify", action="store_true", help="run the integrity check after")
    args = parser.parse_args(argv)
    made = generate(args.directory, args.episodes, args.captures)
    print(
        f"{made.episodes} episodes, {made.captures} captures in {made.seconds:.1f} s: "
        f"{made.directory} (passphrase: {made.passphrase!r})"
    )
    if args.verify:
        problem = verify(args.directory)
        print("verify:", problem or "ok")
        return 1 if problem else 0
    return 0


def info(directory: Path) -> dict[str, Any]:
    """Sizes for the report: database bytes and row counts."""
    with Vault.open(directory, PASSPHRASE) as vault, vault.read() as conn:
        counts = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("episodes", "captures", "chain")
        }
    counts["db_bytes"] = sum(p.stat().st_size for p in directory.iterdir() if p.is_file())
    return counts


if __name__ == "__main__":
    sys.exit(main())
