"""The report's own words in Danish and English: ``{key: (da, en)}``.

The report language is chosen per report, independently of the window's language (a Danish user
may hand an English report to the police, or the reverse), so these strings are looked up by the
chosen language instead of through the installed Qt translator. Only the report's own words
live here; the labels of stored codes (channel, kind, severity …) come from
:mod:`vidne.app.episodes.vocabulary`, in the same words as the app shows them.
"""

from __future__ import annotations

Pair = tuple[str, str]

TEXT: dict[str, Pair] = {
    "title": ("Dokumentation af digital chikane", "Documentation of online harassment"),
    "confidential": ("Fortroligt", "Confidential"),
    "name": ("Navn", "Name"),
    "workplace": ("Arbejdsplads", "Workplace"),
    "recipient": ("Modtager", "Recipient"),
    "period": ("Periode", "Period"),
    "generated": ("Dannet", "Generated"),
    "page": ("Side %1 af %2", "Page %1 of %2"),
    "all_time": ("Hele perioden", "All records"),
    "summary": ("Overblik", "Summary"),
    "episodes": ("Episoder", "Episodes"),
    "episode": ("Episode %1", "Episode %1"),
    "count": ("Antal", "Count"),
    "total": ("Episoder i alt: %1", "Episodes in total: %1"),
    "by_severity": ("Efter grovhed", "By severity"),
    "by_kind": ("Efter type", "By kind"),
    "by_channel": ("Efter kanal", "By channel"),
    "by_sender": ("Efter afsender (første – seneste)", "By sender (first – last)"),
    "by_origin": ("Intern eller ekstern afsender", "Internal or external sender"),
    "internal": ("Intern (kollega, leder)", "Internal (colleague, leader)"),
    "external": ("Ekstern", "External"),
    "unknown_origin": ("Ikke angivet", "Not stated"),
    "told_so_far": ("Hvem er orienteret", "Who has been told"),
    "told_nobody": (
        "Ingen er registreret som orienteret endnu.",
        "Nobody is recorded as told yet.",
    ),
    "last_straw": (
        "Mindre episode efter en række andre (”dråben”): %1",
        'Minor episode after a run of others ("the last straw"): %1',
    ),
    "charts": ("Mønster", "Pattern"),
    "chart_month": ("Episoder pr. måned efter grovhed", "Episodes per month by severity"),
    "chart_severity": ("Grovhed over tid med tendens", "Severity over time with trend"),
    "chart_senders": ("Varighed og antal pr. afsender", "Duration and count per sender"),
    "deadlines": ("Frister, der kan have betydning", "Deadlines that may matter"),
    "deadline_employer": (
        "Arbejdsgiveren skal anmelde en arbejdsskade senest 14 dage efter første fraværsdag.",
        "The employer must report a work injury within 14 days of the first day of absence.",
    ),
    "deadline_employee": (
        "Medarbejderen eller fagforeningen kan anmelde en arbejdsskade inden for et år.",
        "The employee or the union can report a work injury within one year.",
    ),
    "deadline_police": (
        "Trusler kan anmeldes til politiet (114 eller politi.dk).",
        "Threats can be reported to the police (114 or politi.dk).",
    ),
    "deadline_note": (
        "Oplysning, ikke juridisk rådgivning. Tjekket %1.",
        "Information, not legal advice. Checked %1.",
    ),
    "first_absence": (
        "Første episode med registrerede sygedage: %1",
        "First episode with recorded sick days: %1",
    ),
    "annex_no": ("Nr.", "No."),
    "days": ("Dage", "Days"),
    "evidence": ("Bevismateriale", "Evidence"),
    "annex": ("Bilag %1", "Annex %1"),
    "annexes": ("Bilag", "Annexes"),
    "see_annex": ("Se bilag %1", "See annex %1"),
    "image_left_out": ("Billede udeladt i denne rapport.", "Image left out of this report."),
    "not_an_image": ("Fil (vises ikke som billede): %1", "File (not shown as an image): %1"),
    "captured_at": ("Optaget", "Captured"),
    "imported_at": ("Importeret", "Imported"),
    "trigger": ("Udløser", "Trigger"),
    "window_title": ("Vinduestitel", "Window title"),
    "program": ("Program", "Program"),
    "original_name": ("Oprindeligt filnavn", "Original file name"),
    "sha256": ("SHA-256", "SHA-256"),
    "source": ("Kilde", "Source"),
    "redacted_from": (
        "Tildækket kopi (sorte felter) af bilag med SHA-256 %1",
        "Redacted copy (black boxes) of the item with SHA-256 %1",
    ),
    "original": ("Original (ikke i rapporten)", "Original (not in the report)"),
    "integrity": ("Integritetsbilag", "Integrity annex"),
    "chain_head": ("Hashkædens hoved", "Hash-chain head"),
    "hash_proves": (
        "En SHA-256-værdi er et digitalt fingeraftryk af filen. Hvis filen beregnes til samme "
        "værdi i dag, er den uændret siden den blev optaget eller importeret i Vidne. Værdien "
        "beviser ikke, at indholdet på skærmen var ægte, eller hvem der skrev det.",
        "A SHA-256 value is a digital fingerprint of the file. If the file gives the same value "
        "today, it is unchanged since it was captured or imported into Vidne. The value does not "
        "prove that the content on the screen was genuine, or who wrote it.",
    ),
    "hash_howto": (
        "Kontrollér en fil med: sha256sum FILNAVN (Linux), shasum -a 256 FILNAVN (macOS) eller "
        "certutil -hashfile FILNAVN SHA256 (Windows).",
        "Check a file with: sha256sum FILENAME (Linux), shasum -a 256 FILENAME (macOS) or "
        "certutil -hashfile FILENAME SHA256 (Windows).",
    ),
    "yes": ("Ja", "Yes"),
    "no": ("Nej", "No"),
    "none": ("Ingen episoder i det valgte udvalg.", "No episodes in the selection."),
}

RECIPIENTS: dict[str, Pair] = {
    "leader": ("Leder", "Manager"),
    "amr": ("Arbejdsmiljørepræsentant (AMR)", "Health and safety representative (AMR)"),
    "tr": ("Tillidsrepræsentant (TR)", "Union representative (TR)"),
    "police": ("Politiet", "The police"),
    "self": ("Egen kopi", "Own copy"),
}

FIELDS: dict[str, Pair] = {
    "occurred_at": ("Tidspunkt", "When"),
    "occurred_until": ("Til og med", "Until"),
    "channel": ("Kanal", "Channel"),
    "account": ("Konto", "Account"),
    "url": ("Link", "Link"),
    "sender": ("Afsender", "Sender"),
    "relation": ("Relation", "Relation"),
    "kinds": ("Type", "Kind"),
    "description": ("Beskrivelse", "Description"),
    "quote": ("Ordret citat", "Exact words"),
    "context": ("Hvad skete der forinden", "What came before"),
    "own_reply": ("Mit svar", "My reply"),
    "severity": ("Grovhed", "Severity"),
    "experience": ("Min oplevelse", "My experience"),
    "symptoms": ("Symptomer", "Symptoms"),
    "sick_days": ("Sygedage", "Sick days"),
    "doctor_visits": ("Lægebesøg", "Doctor visits"),
    "witnesses": ("Vidner", "Witnesses"),
    "told": ("Orienteret", "Told"),
    "references": ("Referencenumre", "Reference numbers"),
    "asked_to_stop": ("Bedt afsenderen stoppe", "Asked the sender to stop"),
    "support": ("Støtte", "Support"),
    "follow_up": ("Opfølgning", "Follow-up"),
    "tags": ("Mærker", "Tags"),
    "recorded_at": ("Registreret", "Recorded"),
    "updated_at": ("Sidst ændret", "Last changed"),
}

GUIDE_CHECKED = "2026-11-24"


def _pick(pair: Pair, lang: str) -> str:
    return pair[0] if lang == "da" else pair[1]


def text(key: str, lang: str, *args: object) -> str:
    """A report string; ``%1``, ``%2`` … are replaced by *args* in order."""
    result = _pick(TEXT[key], lang)
    for number, arg in enumerate(args, start=1):
        result = result.replace(f"%{number}", str(arg))
    return result


def field(name: str, lang: str) -> str:
    pair = FIELDS.get(name)
    return _pick(pair, lang) if pair else name.replace("_", " ").capitalize()


def recipient(key: str, lang: str) -> str:
    pair = RECIPIENTS.get(key)
    return _pick(pair, lang) if pair else key
