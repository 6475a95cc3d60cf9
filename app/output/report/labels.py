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
    "chart_senders": (
        "Varighed og antal pr. afsender (i parentes: den groveste grovhed)",
        "Duration and count per sender (in brackets: the gravest severity)",
    ),
    "chart_straws": (
        "Punkter med en ring: mindre episoder efter en række andre (”dråben”).",
        'Dots with a ring: minor episodes after a run of others ("the last straw").',
    ),
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
    # Redaction that withholds (Selection.withholds_originals)
    "original_withheld": (
        "Original (tilbageholdt; fremlægges på anmodning)",
        "Original (withheld; produced on request)",
    ),
    "withheld_note": (
        "Originalen uden sorte felter er tilbageholdt og ligger hverken i rapporten eller i "
        "pakken; dens SHA-256 står ovenfor, så den kan fremlægges og kontrolleres på anmodning.",
        "The original without black boxes was withheld: it is in neither the report nor the "
        "bundle; its SHA-256 is given above, so it can be produced and checked on request.",
    ),
    "original_included": (
        "Original (vist efter kopien)",
        "Original (printed after the copy)",
    ),
    "redacted_mark": ("TILDÆKKET", "REDACTED"),
    "original_shown": (
        "Originalen uden sorte felter (delt efter brugerens eget valg):",
        "The original without black boxes (shared by the user's own choice):",
    ),
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
    # --- the first page: the case in words ----------------------------------------------
    "story_title": ("Sagen kort", "The case in brief"),
    "story_source": (
        "Alle tal på denne side er beregnet ud fra de %1 episoder i rapporten.",
        "Every figure on this page is computed from the %1 episodes in this report.",
    ),
    "b_who": ("Hvem og til hvem", "Who and to whom"),
    "b_scope": ("Omfang", "Extent"),
    "b_severity": ("Grovhed", "Severity"),
    "b_frequency": ("Hyppighed og varighed", "Frequency and duration"),
    "b_trend": ("Udvikling", "Development"),
    "b_straws": ("Dråben", "The last straw"),
    "b_senders": ("Afsendere og kanaler", "Senders and channels"),
    "b_consequences": ("Følger", "Consequences"),
    "b_request": ("Det beder jeg om", "What I ask for"),
    "s_by": ("Rapporten er skrevet af %1 til: %2.", "This report is written by %1 for: %2."),
    "s_by_unknown": (
        "Rapporten er skrevet til: %1. Navnet på den, der rapporterer, er ikke udfyldt.",
        "This report is written for: %1. The name of the person reporting is not filled in.",
    ),
    "s_workplace": ("Arbejdsplads: %1.", "Workplace: %1."),
    "s_no_workplace": ("Arbejdspladsen er ikke udfyldt.", "The workplace is not filled in."),
    "s_period": (
        "Den dækker perioden %1 og er dannet %2.",
        "It covers the period %1 and was generated on %2.",
    ),
    "s_count": (
        "Der er registreret %1 fra %2 til %3, i alt %4.",
        "%1 are recorded from %2 to %3, %4 in all.",
    ),
    "s_count_one": ("Der er registreret én episode, den %1.", "One episode is recorded, on %1."),
    "s_levels": ("%1.", "%1."),
    "s_per_month": (
        "I gennemsnit %1 episoder pr. måned over %2; flest i %3 (%4).",
        "On average %1 episodes a month over %2; most in %3 (%4).",
    ),
    "s_gap": (
        "Den længste periode uden episoder var %1 (%2 – %3).",
        "The longest time without an episode was %1 (%2 – %3).",
    ),
    "s_no_gap": (
        "Der er ingen pause at måle: alle episoder faldt samme dag.",
        "There is no gap to measure: every episode fell on the same day.",
    ),
    "s_rising": (
        "Grovheden er stigende: tendenslinjen går fra %1 til %2 (%3 pr. 30 dage).",
        "Severity is rising: the trend line goes from %1 to %2 (%3 per 30 days).",
    ),
    "s_falling": (
        "Grovheden er faldende: tendenslinjen går fra %1 til %2 (%3 pr. 30 dage).",
        "Severity is falling: the trend line goes from %1 to %2 (%3 per 30 days).",
    ),
    "s_steady": (
        "Grovheden er nogenlunde uændret: tendenslinjen går fra %1 til %2.",
        "Severity is about the same throughout: the trend line goes from %1 to %2.",
    ),
    "s_too_few": (
        "Der er for få episoder (under %1) til at sige noget om udviklingen.",
        "There are too few episodes (fewer than %1) to say how it develops.",
    ),
    "s_recent": (
        "I de 30 dage op til den seneste episode: %1; i de 30 dage før: %2.",
        "In the 30 days up to the latest episode: %1; in the 30 days before: %2.",
    ),
    "s_straws": (
        "Mindre episoder, der fulgte efter mindst %2 andre inden for %3 dage og kan være "
        "”dråben”: %4.",
        'Minor episodes that followed at least %2 others within %3 days and may be "the last '
        'straw": %4.',
    ),
    "s_no_straws": (
        "Ingen mindre episode fulgte efter en række andre (”dråben”).",
        'No minor episode followed a run of others ("the last straw").',
    ),
    "s_repeat": ("Afsendere bag flere episoder: %1.", "Senders behind more than one episode: %1."),
    "s_no_repeat": (
        "Ingen navngiven afsender står bag mere end én episode.",
        "No named sender is behind more than one episode.",
    ),
    "s_channels": ("Kanaler: %1.", "Channels: %1."),
    "s_sender": ("%1 (%2, %3 – %4)", "%1 (%2, %3 – %4)"),
    "s_sick": (
        "Der er registreret %1 ved %2; den første episode med sygedage var %3.",
        "%1 are recorded with %2; the first episode with sick days was on %3.",
    ),
    "s_no_sick": ("Der er ikke registreret sygedage.", "No sick days are recorded."),
    "s_doctor": ("Lægebesøg: %1, det første %2.", "Doctor visits: %1, the first on %2."),
    "s_doctor_undated": ("Lægebesøg: %1 (uden dato).", "Doctor visits: %1 (no date)."),
    "s_no_doctor": ("Der er ikke registreret lægebesøg.", "No doctor visits are recorded."),
    "s_told": ("%1.", "%1."),
    "s_told_one": ("%1 fra %2 (%3)", "%1 from %2 (%3)"),
    "s_told_undated": ("%1 (%2, uden dato)", "%1 (%2, no date)"),
    "s_deadline_employer": (
        "Regnet fra den første episode med sygedage (%1): arbejdsgiverens frist for at "
        "anmelde en arbejdsskade er %2%3.",
        "Counted from the first episode with sick days (%1): the employer's deadline to "
        "report a work injury is %2%3.",
    ),
    "s_deadline_own": (
        "Medarbejderen eller fagforeningen kan selv anmelde inden for et år, dvs. senest %1%2.",
        "The employee or the union can report it within one year, that is by %1%2.",
    ),
    "s_deadline_none": (
        "Uden registrerede sygedage kan loggen ikke give en dato for anmeldelsesfristerne.",
        "Without recorded sick days the log cannot give a date for the reporting deadlines.",
    ),
    "passed": (" (overskredet)", " (passed)"),
    "days_left": (" (om %1 dage)", " (in %1 days)"),
    "s_request_none": (
        "Der er ikke skrevet, hvad der bedes om.",
        "What is asked for has not been written.",
    ),
    # --- the cover ------------------------------------------------------------------------
    "contents": ("Indhold", "Contents"),
    "purpose_leader": (
        "Formål: at give dig som leder et samlet billede af den digitale chikane, jeg har været "
        "udsat for i forbindelse med mit arbejde, så den kan registreres, vurderes og følges op.",
        "Purpose: to give you, as my manager, one picture of the online harassment I have been "
        "exposed to because of my work, so that it can be registered, assessed and followed up.",
    ),
    "purpose_amr": (
        "Formål: at give arbejdsmiljørepræsentanten et samlet billede af den digitale chikane, "
        "jeg har været udsat for, så den kan registreres og indgå i arbejdsmiljøarbejdet.",
        "Purpose: to give the health and safety representative one picture of the online "
        "harassment I have been exposed to, so that it can be registered and included in the "
        "work on the working environment.",
    ),
    "purpose_tr": (
        "Formål: at give tillidsrepræsentanten et samlet billede af den digitale chikane, jeg "
        "har været udsat for, så du kan støtte mig og hjælpe sagen videre.",
        "Purpose: to give the union representative one picture of the online harassment I have "
        "been exposed to, so that you can support me and take the case further.",
    ),
    "purpose_police": (
        "Formål: dokumentation til en politianmeldelse. Episoderne står i tidsorden med "
        "ordrette citater og afsenderoplysninger først og bevismaterialet ved hver episode.",
        "Purpose: documentation for a police report. The episodes are in time order, with the "
        "exact words and the sender's details first and the evidence beside each episode.",
    ),
    "purpose_self": (
        "Formål: min egen samlede kopi af loggen med alt bevismateriale.",
        "Purpose: my own complete copy of the log with all the evidence.",
    ),
    "table_title": ("Episodeoversigt", "List of episodes"),
    "continued": ("%1 (fortsat)", "%1 (continued)"),
    "annex_for": ("Bilag %1 – til episode %2", "Annex %1 – for episode %2"),
    "col_no": ("Nr.", "No."),
    "col_annexes": ("Bilag", "Annexes"),
    # --- the workplace's register ------------------------------------------------------------
    "register_title": ("Til arbejdspladsens registrering", "For the workplace's register"),
    "reg_intro": (
        "Sådan svarer loggen til de oplysninger, en arbejdsplads typisk registrerer om en "
        "episode med digital chikane. Hver episode kan også registreres for sig ud fra "
        "episodeoversigten.",
        "How the log answers what a workplace usually registers about an episode of online "
        "harassment. Each episode can also be registered on its own from the list of episodes.",
    ),
    "reg_field": ("Registreres", "Registered"),
    "reg_value": ("Fra loggen", "From the log"),
    "reg_affected": ("Hvem blev ramt", "Who was affected"),
    "reg_relation": ("Afsenderens relation", "The sender's relation"),
    "reg_when": ("Hvornår eller over hvilken periode", "When, or over what period"),
    "reg_medium": ("Medie", "Medium"),
    "reg_form": ("Form", "Form"),
    "reg_description": ("Kort beskrivelse", "Short description"),
    "reg_absence": ("Fravær", "Absence"),
    "reg_handled": ("Hvem har håndteret det", "Who handled it"),
    "reg_done": ("Hvad er der gjort", "What was done"),
    "not_recorded": ("Ikke registreret i loggen", "Not recorded in the log"),
    "reg_summary": (
        "%1; den groveste: %2. Se episodeoversigten.",
        "%1; the gravest: %2. See the list of episodes.",
    ),
    "reg_period": ("%1 – %2 (%3)", "%1 – %2 (%3)"),
    "reg_absence_text": ("%1 ved %2", "%1 with %2"),
    "reg_asked": ("Afsenderen bedt om at stoppe: %1", "The sender was asked to stop: %1"),
    "reg_support": ("Støtte: %1", "Support: %1"),
    "reg_references": ("Referencer: %1", "References: %1"),
    "reg_follow_up": ("Opfølgning: %1", "Follow-up: %1"),
    # --- the contents' pages; the senders' identifiers (police) ------------------------------
    "contents_page": ("side %1", "page %1"),
    "senders_title": ("Afsendere", "Senders"),
    "senders_intro": (
        "Hver afsender med de kendetegn (brugernavne, profilnavne, e-mailadresser, "
        "telefonnumre), afsenderregistret har. Episoderne gentager dem ved citatet.",
        "Each sender with the identifiers (handles, profile names, e-mail addresses, phone "
        "numbers) the sender registry holds. The episodes repeat them beside the quote.",
    ),
    "identifiers": ("Afsenderens kendetegn", "The sender's identifiers"),
    "col_identifiers": ("Kendetegn", "Identifiers"),
    # --- an annex in two views: the window or region large, the whole screen after it -------
    "view_window": (
        "Udsnit: vinduet, der var aktivt. Hele skærmen følger efter som bilagets andet billede.",
        "Detail: the window that was active. The whole screen follows as the annex's second "
        "picture.",
    ),
    "view_region": (
        "Udsnit: det markerede område. Hele skærmen følger efter som bilagets andet billede.",
        "Detail: the marked region. The whole screen follows as the annex's second picture.",
    ),
    "view_whole": (
        "Bilag %1 – hele skærmen (til sammenhæng)",
        "Annex %1 – whole screen (for context)",
    ),
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

# Counted things: {key: ((da one, da many), (en one, en many))}.
COUNTS: dict[str, tuple[Pair, Pair]] = {
    "episodes": (("%1 episode", "%1 episoder"), ("%1 episode", "%1 episodes")),
    "days": (("%1 dag", "%1 dage"), ("%1 day", "%1 days")),
    "months": (("%1 måned", "%1 måneder"), ("%1 month", "%1 months")),
    "sick_days": (("%1 sygedag", "%1 sygedage"), ("%1 sick day", "%1 sick days")),
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


def count(key: str, n: int, lang: str) -> str:
    """'1 episode', '3 episoder': *n* with the word in the right number."""
    da, en = COUNTS[key]
    one, many = da if lang == "da" else en
    return (one if n == 1 else many).replace("%1", str(n))


def field(name: str, lang: str) -> str:
    pair = FIELDS.get(name)
    return _pick(pair, lang) if pair else name.replace("_", " ").capitalize()


def recipient(key: str, lang: str) -> str:
    pair = RECIPIENTS.get(key)
    return _pick(pair, lang) if pair else key
