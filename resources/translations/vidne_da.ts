<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name />
    <message>
        <location filename="../../app/checklist.py" line="+40" />
        <source>Checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/commands/capture.py" line="+44" />
        <source>Cli</source>
        <comment>Asked the running Vidne to capture.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>Cli</source>
        <comment>Capture %1 saved. SHA-256: %2</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Cli</source>
        <comment>Capture sealed; it is imported when the vault is next unlocked. SHA-256: %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/commands/import_csv.py" line="+39" />
        <source>Cli</source>
        <comment>No such file: %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Cli</source>
        <comment>Imported %n episodes from %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/csv_import.py" line="+75" />
        <source>CsvImport</source>
        <comment>%1 Nothing was imported.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>CsvImport</source>
        <comment>Line %1: %2 Nothing was imported.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>CsvImport</source>
        <comment>The file is neither UTF-8 nor Windows-1252 text.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>CsvImport</source>
        <comment>The file is larger than 50 MB.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>CsvImport</source>
        <comment>The file is empty.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>CsvImport</source>
        <comment>The row is not valid CSV (%1).</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>CsvImport</source>
        <comment>The file has a heading row but no episodes.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>CsvImport</source>
        <comment>No column is mapped to 'when' (or 'date').</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>CsvImport</source>
        <comment>No column is mapped to 'description'.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>CsvImport</source>
        <comment>Unknown value in '%1': %2</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+25" />
        <source>CsvImport</source>
        <comment>Unknown channel: %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>CsvImport</source>
        <comment>The account must be work or private.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>CsvImport</source>
        <comment>Severity must be a whole number from 1 to 5.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>CsvImport</source>
        <comment>Sick days must be a whole number.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>CsvImport</source>
        <comment>'asked_to_stop' must be yes or no.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>CsvImport</source>
        <comment>The date and time are not valid: %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/episode_validation.py" line="+64" />
        <source>Validation</source>
        <comment>The date is in the future.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Validation</source>
        <comment>The date and time are not valid (use e.g. 2026-03-14 18:05).</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Validation</source>
        <comment>The end of the series is not a valid date.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Validation</source>
        <comment>The end of the series is before its start.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Validation</source>
        <comment>Choose a channel from the list.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Validation</source>
        <comment>The account must be work, private or not stated.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Validation</source>
        <comment>Severity must be a whole number from 1 to 5.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Validation</source>
        <comment>Unknown kind of harassment: %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Validation</source>
        <comment>Unknown kind of support: %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Validation</source>
        <comment>'Asked the sender to stop' must be yes, no or not stated.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Validation</source>
        <comment>The sender reference is not valid.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Validation</source>
        <comment>A text field is too long (at most one million characters).</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>Validation</source>
        <comment>Write a short description of what happened.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Validation</source>
        <comment>Sick days must be a whole number (0 or more).</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Validation</source>
        <comment>Choose whom you told from the list.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Validation</source>
        <comment>Choose the kind of reference number from the list.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <location line="+5" />
        <source>Validation</source>
        <comment>A list field is not valid.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Validation</source>
        <comment>A date is not valid (use e.g. 2026-03-14): %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/episodes.py" line="+212" />
        <source>Validation</source>
        <comment>That sender is not in the registry.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/platform/macos.py" line="+71" />
        <location filename="../../app/platform/windows.py" line="+38" />
        <source>Hotkey</source>
        <comment>The key %1 cannot be used as a global shortcut.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <location filename="../../app/platform/windows.py" line="+47" />
        <source>Hotkey</source>
        <comment>%1 is already taken by another program. Choose another combination.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/platform/wayland_portal.py" line="+31" />
        <source>Hotkey</source>
        <comment>This desktop does not let programs register a global shortcut. Open your desktop's keyboard settings, add a custom shortcut and give it the command: vidne capture  (or vidne capture --region).</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+77" />
        <source>Hotkey</source>
        <comment>Capture the screen into Vidne</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/platform/x11.py" line="+114" />
        <source>Hotkey</source>
        <comment>The key %1 does not exist on this keyboard.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+41" />
        <source>Hotkey</source>
        <comment>Choose a key together with modifiers.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+16" />
        <source>Hotkey</source>
        <comment>%1 is already taken by another program (X11 BadAccess). Choose another combination.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/senders.py" line="+74" />
        <source>Validation</source>
        <comment>Give the sender a name or at least one identifier.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Validation</source>
        <comment>Choose the sender's relation to you from the list.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+77" />
        <source>Validation</source>
        <comment>A sender cannot be merged into itself.</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Validation</source>
        <comment>That sender was already merged.</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <location filename="../../app/vocabulary.py" line="+94" />
        <source>Not stated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Work account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Private account</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../app/autostart.py" line="+65" />
        <source>Starts Vidne in the tray at login</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../app/vocabulary.py" line="-82" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location line="+1" />
        <source>X/Twitter</source>
        <translation>X/Twitter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aula</source>
        <translation>Aula</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forum/comments</source>
        <translation>Forum/kommentarer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../app/checklist.py" line="-21" />
        <source>Not told anyone yet (leader, AMR, TR or a colleague).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No evidence attached (screenshot or file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No exact quote of the words used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Kind of harassment not chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sender not linked to the registry, so repeats are not counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Your own experience and its effect are not described.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>No link (URL) to where it was posted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>A threat that has not been reported to the police.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sick days but no work-injury report number.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.py" line="+57" />
        <source>Interrupted.</source>
        <translation>Afbrudt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unexpected error:</source>
        <translation>Uventet fejl:</translation>
    </message>
    <message>
        <location line="+14" />
        <source>No command given; start the window with 'vidne' from ui.main.</source>
        <translation>Ingen kommando angivet; start vinduet med 'vidne' fra ui.main.</translation>
    </message>
    <message>
        <location filename="../../app/commands/add.py" line="+31" />
        <source>Unknown channel: %1</source>
        <translation>Ukendt kanal: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/common.py" line="+30" />
        <source>Expected the passphrase on standard input.</source>
        <translation>Forventede adgangssætningen på standard input.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Give --passphrase-stdin and the passphrase on the first line of standard input.</source>
        <translation>Angiv --passphrase-stdin og adgangssætningen på første linje af standard input.</translation>
    </message>
    <message>
        <location filename="../../app/commands/export.py" line="+27" />
        <source>Wrote %n episodes to %1</source>
        <translation>Skrev %n episoder til %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/init.py" line="+27" />
        <source>Created a vault in %1</source>
        <translation>Oprettede en boks i %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/install_desktop.py" line="+23" />
        <source>On Windows and macOS the installer adds Vidne to the menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Removed %n files from the application menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Vidne is in the application menu: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="+22" />
        <source>Verification failed:</source>
        <translation>Kontrollen fejlede:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>OK: %n records, chain head %1</source>
        <translation>OK: %n poster, kædens hoved %1</translation>
    </message>
</context>
<context>
    <name>EpisodeEditor</name>
    <message>
        <location filename="../../ui/episode_editor.py" line="+49" />
        <source>Name, profile or number – as it appeared</source>
        <translation>Navn, profil eller nummer – som det stod</translation>
    </message>
    <message>
        <location line="+11" />
        <source>What happened, in factual words: where, what was written or shown, who saw it.</source>
        <translation>Hvad skete der, med saglige ord: hvor, hvad blev skrevet eller vist, hvem så det.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Revert</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location line="+8" />
        <source>When:</source>
        <translation>Hvornår:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sender:</source>
        <translation>Afsender:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Severity:</source>
        <translation>Grovhed:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>What happened:</source>
        <translation>Hvad skete der:</translation>
    </message>
    <message>
        <location line="+23" />
        <source>New episode</source>
        <translation>Ny episode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Episode %1</source>
        <translation>Episode %1</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
</context>
<context>
    <name>EpisodeTableModel</name>
    <message>
        <location filename="../../ui/episode_model.py" line="+35" />
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Severity</source>
        <translation>Grovhed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/csv_import.py" line="-204" />
        <source>The file could not be imported; nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/errors.py" line="+13" />
        <source>Something went wrong.</source>
        <translation>Noget gik galt.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The passphrase is wrong. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Adgangssætningen er forkert. Tjek Caps Lock og tastaturlayoutet, og prøv igen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>There is no vault in this folder yet. Create one first (vidne init).</source>
        <translation>Der er endnu ingen boks i denne mappe. Opret en først (vidne init).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A vault already exists in this folder; it was left untouched.</source>
        <translation>Der findes allerede en boks i denne mappe; den er ikke rørt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The key file (vidne.key) is missing beside the database. Restore it from a backup; the database cannot be opened without it.</source>
        <translation>Nøglefilen (vidne.key) mangler ved siden af databasen. Gendan den fra en sikkerhedskopi; databasen kan ikke åbnes uden den.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The key file (vidne.key) is damaged or is not a Vidne key file. Nothing was changed; restore it from a backup.</source>
        <translation>Nøglefilen (vidne.key) er beskadiget eller ikke en Vidne-nøglefil. Intet er ændret; gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database (vidne.db) is missing beside the key file. Restore it from a backup; nothing was created in its place.</source>
        <translation>Databasen (vidne.db) mangler ved siden af nøglefilen. Gendan den fra en sikkerhedskopi; der er ikke oprettet noget i stedet.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The database (vidne.db) is damaged or does not belong to this key file. Nothing was changed; restore it from a backup.</source>
        <translation>Databasen (vidne.db) er beskadiget eller hører ikke til denne nøglefil. Intet er ændret; gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>This vault was written by a newer version of Vidne. Update Vidne to open it.</source>
        <translation>Denne boks er skrevet af en nyere version af Vidne. Opdatér Vidne for at åbne den.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The vault is locked. Unlock it first.</source>
        <translation>Boksen er låst. Lås den op først.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Some fields are not valid.</source>
        <translation>Nogle felter er ikke gyldige.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>That item no longer exists.</source>
        <translation>Det findes ikke længere.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The disk is full or not writable. Nothing was saved; free some space and try again.</source>
        <translation>Disken er fuld eller skrivebeskyttet. Intet blev gemt; frigør plads og prøv igen.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file could not be read or written.</source>
        <translation>Filen kunne ikke læses eller skrives.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The screen could not be captured here. On Wayland, allow Vidne in the screenshot portal or bind 'vidne capture' as a desktop shortcut.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>A capture taken while the vault was locked could not be opened (damaged, or sealed for another vault). It was moved to the folder inbox/rejected and nothing else was affected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>This file is not a supported evidence file (PNG, JPEG, WebP image, .eml e-mail or PDF), or it is damaged. The original was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>The shortcut could not be registered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/errors.py" line="+14" />
        <source>The file could not be read or written:</source>
        <translation>Filen kunne ikke læses eller skrives:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Something unexpected went wrong. Nothing was deleted. Details:</source>
        <translation>Noget uventet gik galt. Intet er slettet. Detaljer:</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../app/vocabulary.py" line="+57" />
        <source>Threats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Insults or degrading remarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sexual harassment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Hate speech</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sharing personal information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sharing images or video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Impersonation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Stalking or monitoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+54" />
        <source>Episodes</source>
        <translation>Episoder</translation>
    </message>
    <message>
        <location line="+25" />
        <source>New episode</source>
        <translation>Ny episode</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Delete episode…</source>
        <translation>Slet episode…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lock now</source>
        <translation>Lås nu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Main</source>
        <translation>Hovedlinje</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Chain: %1</source>
        <translation>Kæde: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-256 of the newest record in the hash chain: %1</source>
        <translation>SHA-256 for den nyeste post i hashkæden: %1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Delete episode</source>
        <translation>Slet episode</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete this episode and its history? This cannot be undone. The deletion itself stays recorded in the hash chain.</source>
        <translation>Slet denne episode og dens historik? Det kan ikke fortrydes. Selve sletningen forbliver registreret i hashkæden.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Vidne</source>
        <translation>Vidne</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Unsaved changes</source>
        <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The episode you are editing has unsaved changes. Close anyway?</source>
        <translation>Episoden, du redigerer, har ændringer, der ikke er gemt. Luk alligevel?</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../app/passphrase.py" line="+43" />
        <source>Too short</source>
        <translation>For kort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fair</source>
        <translation>Rimelig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strong</source>
        <translation>Stærk</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Use at least %n characters.</source>
        <translation>Brug mindst %n tegn.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The passphrase must not begin or end with a space.</source>
        <translation>Adgangssætningen må ikke begynde eller slutte med et mellemrum.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The two passphrases are not the same.</source>
        <translation>De to adgangssætninger er ikke ens.</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../app/vocabulary.py" line="+30" />
        <source>Platform ticket</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Police journal number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Work-injury report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location line="-23" />
        <source>Colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Citizen or customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Unknown or anonymous</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/setup_dialog.py" line="+36" />
        <source>Welcome to Vidne</source>
        <translation>Velkommen til Vidne</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&lt;h2&gt;Vidne – your private log of online harassment at work&lt;/h2&gt;&lt;p&gt;If you are harassed online because of your job, Vidne helps you keep the evidence: take a screenshot with one key press before a post is deleted, write down what happened, see the pattern over time, and make a clear report for a meeting with your leader, your work-environment representative (AMR) or your union representative (TR).&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted. Nothing is sent anywhere unless you export it yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;You choose a passphrase next. It cannot be recovered: if you forget it, nobody – not even Vidne – can open your log.&lt;/b&gt; Write it down and keep it somewhere safe, or use a password manager.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vidne – din private log over digital chikane på jobbet&lt;/h2&gt;&lt;p&gt;Bliver du chikaneret på nettet på grund af dit arbejde, hjælper Vidne dig med at sikre dokumentationen: tag et skærmbillede med ét tastetryk, før et opslag bliver slettet, skriv ned, hvad der skete, se mønsteret over tid, og lav en klar rapport til et møde med din leder, din arbejdsmiljørepræsentant (AMR) eller din tillidsrepræsentant (TR).&lt;/p&gt;&lt;p&gt;Alt bliver på denne computer, krypteret. Intet sendes nogen steder hen, medmindre du selv eksporterer det.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Du vælger nu en adgangssætning. Den kan ikke gendannes: glemmer du den, kan ingen – heller ikke Vidne – åbne din log.&lt;/b&gt; Skriv den ned og opbevar den et sikkert sted, eller brug en adgangskodeadministrator.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+45" />
        <source>Create my vault</source>
        <translation>Opret min boks</translation>
    </message>
    <message>
        <location line="-41" />
        <source>Tip: a few unrelated words are easy to remember and hard to guess, e.g. “lampe cykel regnvejr 47”.</source>
        <translation>Tip: nogle få ord uden sammenhæng er lette at huske og svære at gætte, fx “lampe cykel regnvejr 47”.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Passphrase:</source>
        <translation>Adgangssætning:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Repeat it:</source>
        <translation>Gentag den:</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Creating…</source>
        <translation>Opretter…</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../app/vocabulary.py" line="-75" />
        <source>Minor</source>
        <translation>Let</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unpleasant, but a one-off</source>
        <translation>Ubehageligt, men enkeltstående</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Noticeable</source>
        <translation>Mærkbar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Demeaning or offensive</source>
        <translation>Nedværdigende eller krænkende</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Serious</source>
        <translation>Alvorlig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Grossly offensive; affects my work or my sleep</source>
        <translation>Groft krænkende; påvirker mit arbejde eller min søvn</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Very serious</source>
        <translation>Meget alvorlig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Threats, hate speech or my personal details shared</source>
        <translation>Trusler, hadefuld tale eller mine personlige oplysninger delt</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Threat to my life or safety; I feel unsafe</source>
        <translation>Trussel mod mit liv eller min sikkerhed; jeg føler mig utryg</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location line="+80" />
        <source>Psychological first aid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Psychologist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Technical help to remove material</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>A companion at meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Told</name>
    <message>
        <location line="-21" />
        <source>Leader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Health and safety representative (AMR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Union representative (TR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Colleague</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Police</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Other</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="+29" />
        <source>Unlock Vidne</source>
        <translation>Lås Vidne op</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter your passphrase to open your log.</source>
        <translation>Skriv din adgangssætning for at åbne din log.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+36" />
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Unlocking…</source>
        <translation>Låser op…</translation>
    </message>
</context>
</TS>