"""A vault full of realistic Danish sample data (a teacher harassed online), for the sample
report, the report benchmark and the report tests. Nothing here is real.
"""

from __future__ import annotations

import io
import random
from datetime import datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from vidne.app.episodes.senders import Sender, SenderStore
from vidne.app.episodes.store import Episode, EpisodeStore
from vidne.app.evidence.store import CaptureStore, NewCapture
from vidne.app.vault import profile
from vidne.app.vault.keyfile import KdfParams
from vidne.app.vault.store import Vault

from bench.generate import how_taken

FAST_KDF = KdfParams(time_cost=1, memory_cost=8 * 1024, parallelism=1)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

SENDERS = [
    ("Forælder til elev i 7.B", "parent"),
    ("@skolekritiker_dk", "unknown"),
    ("Jens Ø. Mikkelsen", "parent"),
    ("Anonym profil 'Sandheden om Æblehaven'", "unknown"),
    ("Kollega fra lærerværelset", "colleague"),
]
CHANNELS = ["aula", "facebook", "email", "sms", "instagram", "forum"]
KINDS = ["insults", "threats", "personal_info", "images", "hate_speech", "stalking"]
DESCRIPTIONS = [
    "Opslag i Facebook-gruppen for forældre, hvor jeg omtales ved navn og kaldes inkompetent.",
    "Besked på Aula sent om aftenen med krav om at jeg bliver fyret, og at de 'ved hvor jeg bor'.",
    "Min private adresse blev delt i en kommentar under skolens opslag om skolefesten.",
    "Et billede af mig fra klasseværelset blev delt uden tilladelse med en nedsættende tekst.",
    "Mail til skolelederen med kopi til mig, hvor jeg beskyldes for at mobbe elever.",
    "Kort kommentar: 'Nå, så er hun der igen.' — efter en lang række beskeder den uge.",
]
QUOTES = [
    "Du skal ikke regne med at have et job efter jul. Vi ved godt hvor du bor.",
    "Hvor er det pinligt at sådan en som dig får lov at undervise vores børn 🤮",
    "Jeg har delt din adresse, så folk kan komme forbi og sige hvad de mener 😡",
    "Du er en skændsel for skolen og burde skamme dig.",
]


def screenshot(width: int, height: int, lines: list[str], seed: int) -> bytes:
    """A PNG that looks roughly like a message window (fast to encode)."""
    rnd = random.Random(seed)
    im = Image.new("RGB", (width, height), (246, 247, 249))
    draw = ImageDraw.Draw(im)
    font = ImageFont.truetype(FONT, max(14, height // 40))
    draw.rectangle((0, 0, width, height // 14), fill=(59, 89, 152))
    draw.text((20, height // 50), "Facebook – Forældregruppen Æblehaven", font=font, fill="white")
    y = height // 10
    for i, line in enumerate(lines * 3):
        x = 40 + (i % 2) * width // 6
        draw.rounded_rectangle(
            (x - 10, y - 6, x + width // 2, y + height // 22),
            12,
            fill=(rnd.randint(220, 235), 230, 240),
        )
        draw.text((x, y), line[:80], font=font, fill=(20, 20, 20))
        y += height // 14
        if y > height - 60:
            break
    out = io.BytesIO()
    im.save(out, "PNG", compress_level=1)
    return out.getvalue()


def episode(
    i: int, start: datetime, rnd: random.Random, sender_ids: list[int], gap_days: float = 3.0
) -> Episode:
    sender, _ = SENDERS[i % len(SENDERS)]
    told = (
        [
            {
                "who": "leader",
                "when": (start + timedelta(days=i * gap_days + 1)).date().isoformat(),
                "note": "Mundtligt på mødet om trivsel",
            }
        ]
        if i % 3 == 0
        else []
    )
    return Episode(
        occurred_at=(
            start + timedelta(days=int(i * gap_days), hours=rnd.randint(7, 22))
        ).isoformat(),
        channel=CHANNELS[i % len(CHANNELS)],
        sender=sender,
        sender_id=sender_ids[i % len(SENDERS)] if sender_ids else None,
        severity=[3, 2, 4, 1, 3, 2][i % 6],
        description=f"{DESCRIPTIONS[i % len(DESCRIPTIONS)]} (nr. {i + 1})",
        quote=QUOTES[i % len(QUOTES)] if i % 2 == 0 else "",
        kinds=[KINDS[i % len(KINDS)]] + (["threats"] if i % 4 == 1 else []),
        account="work" if i % 2 else "private",
        experience="Jeg sov dårligt de følgende nætter og var bange for at gå hjem alene."
        if i % 3 == 1
        else "",
        sick_days=2 if i == 4 else None,
        told=told,
        witnesses=[{"name": "Søren Ærø", "role": "AMR", "contact": "soeren@skole.dk"}]
        if i % 5 == 0
        else [],
        asked_to_stop=True if i % 4 == 0 else None,
        tags=["forældre"] if i % 2 == 0 else [],
    )


def make(
    directory: Path,
    passphrase: str,
    episodes: int = 12,
    captures_per: int = 1,
    size: tuple[int, int] = (1280, 800),
    start: datetime | None = None,
    views: bool = False,
) -> Vault:
    """Create a vault with *episodes* episodes, each with *captures_per* screenshots; with
    *views* some are marked regions and some record their window (bench.generate.how_taken)."""
    vault = Vault.create(directory, passphrase, FAST_KDF)
    profile.set_profile(vault, "Mette Ærbødig Østergaard", "Æblehaven Skole, Århus")
    rnd = random.Random(7)
    first = start or datetime(2026, 1, 5, 0, 0).astimezone()
    store, caps = EpisodeStore(vault), CaptureStore(vault)
    people = SenderStore(vault)
    sender_ids = [int(people.add(Sender(name=n, relation=r)).id or 0) for n, r in SENDERS]
    for i in range(episodes):
        # spread over at most ~300 days so that no sample episode lies in the future
        saved = store.add(episode(i, first, rnd, sender_ids, min(3.0, 300 / max(episodes, 1))))
        ids = []
        for j in range(captures_per):
            png = screenshot(
                size[0], size[1], [DESCRIPTIONS[(i + j) % 6], QUOTES[i % 4]], i * 10 + j
            )
            when = datetime.fromisoformat(saved.occurred_at) + timedelta(minutes=3 + j)
            taken = how_taken(i * captures_per + j, png, *size) if views else {}
            ids.append(
                caps.add(
                    NewCapture(
                        original=png,
                        mime="image/png",
                        captured_at=when.isoformat(),
                        utc_offset=when.strftime("%z")[:3] + ":" + when.strftime("%z")[3:],
                        trigger="hotkey",
                        width=size[0],
                        height=size[1],
                        window_title=f"Forældregruppen Æblehaven – {saved.sender}",
                        window_program="firefox",
                        **taken,
                    )
                )
            )
        assert saved.id is not None
        caps.attach(ids, saved.id)
    return vault
