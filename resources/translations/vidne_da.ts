<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Account</name>
    <message>
        <location filename="../../app/vocabulary.py" line="+94"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <location filename="../../ui/autolock.py" line="+116"/>
        <source>Auto-lock after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auto-lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock Vidne after this many minutes without use (0 = only when the screen locks):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../app/autostart.py" line="+65"/>
        <source>Starts Vidne in the tray at login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/backup_actions.py" line="+96"/>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic daily backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vidne</source>
        <translation type="unfinished">Vidne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vidne backups (*.vidnebackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Vidne backups (*.vidnebackup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup from %1 is complete and intact (%n records). Replace the vault with it? The current vault is kept in a folder named replaced-&lt;date and time&gt; in the data folder, and Vidne locks now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location line="-164"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the passphrase that was in use when this backup was made:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlurredImage</name>
    <message>
        <location filename="../../ui/blurred_image.py" line="+61"/>
        <source>Click to show the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Blurred – click to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../ui/capture_controller.py" line="+163"/>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureOverlay</name>
    <message>
        <location filename="../../ui/capture_overlay.py" line="+36"/>
        <source>Select a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Drag to select a region. Enter: whole screen. Esc: cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureViewer</name>
    <message>
        <location filename="../../ui/capture_viewer.py" line="+55"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This capture cannot be shown as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/change_passphrase_dialog.py" line="+45"/>
        <location line="+18"/>
        <location line="+47"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Backups made before the change still open with the old passphrase. The new one cannot be recovered either: write it down somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the new one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../app/vocabulary.py" line="-82"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X/Twitter</source>
        <translation>X/Twitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aula</source>
        <translation>Aula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forum/comments</source>
        <translation>Forum/kommentarer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../ui/charts.py" line="+40"/>
        <source>No episodes yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../app/checklist.py" line="+19"/>
        <source>Not told anyone yet (leader, AMR, TR or a colleague).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No evidence attached (screenshot or file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exact quote of the words used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of harassment not chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender not linked to the registry, so repeats are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own experience and its effect are not described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No link (URL) to where it was posted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A threat that has not been reported to the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick days but no work-injury report number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli.py" line="+57"/>
        <source>Interrupted.</source>
        <translation>Afbrudt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected error:</source>
        <translation>Uventet fejl:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No command given; start the window with &apos;vidne&apos; from ui.main.</source>
        <translation>Ingen kommando angivet; start vinduet med &apos;vidne&apos; fra ui.main.</translation>
    </message>
    <message>
        <location filename="../../app/commands/add.py" line="+31"/>
        <source>Unknown channel: %1</source>
        <translation>Ukendt kanal: %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/common.py" line="+30"/>
        <source>Expected the passphrase on standard input.</source>
        <translation>Forventede adgangssætningen på standard input.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give --passphrase-stdin and the passphrase on the first line of standard input.</source>
        <translation>Angiv --passphrase-stdin og adgangssætningen på første linje af standard input.</translation>
    </message>
    <message>
        <location filename="../../app/commands/export.py" line="+24"/>
        <source>%1 is a folder; give the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %n episodes to %1</source>
        <translation>Skrev %n episoder til %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/init.py" line="+27"/>
        <source>Created a vault in %1</source>
        <translation>Oprettede en boks i %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/install_desktop.py" line="+23"/>
        <source>On Windows and macOS the installer adds Vidne to the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removed %n files from the application menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vidne is in the application menu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commands/verify.py" line="+22"/>
        <source>Verification failed:</source>
        <translation>Kontrollen fejlede:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK: %n records, chain head %1</source>
        <translation>OK: %n poster, kædens hoved %1</translation>
    </message>
    <message>
        <location filename="../../app/commands/backup.py" line="+25"/>
        <source>Backup written to %1. Keep it somewhere safe; the passphrase restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commands/bundle.py" line="+23"/>
        <source>Wrote a bundle with %n episodes and %1 evidence files to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commands/capture.py" line="+44"/>
        <source>Asked the running Vidne to capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Capture %1 saved. SHA-256: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Capture sealed; it is imported when the vault is next unlocked. SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commands/import_csv.py" line="+39"/>
        <location filename="../../app/commands/restore.py" line="+31"/>
        <source>No such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported %n episodes from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commands/passwd.py" line="+33"/>
        <source>The new passphrase is the same as the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase changed. Backups made before now still open with the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commands/report.py" line="+34"/>
        <source>Not a date: %1 (use e.g. 2026-03-14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write to %1: choose a file in an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote a report with %n episodes and %1 annexes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/commands/restore.py" line="+4"/>
        <source>A vault already exists in %1. Nothing was changed; add --force to replace it (it is kept in replaced-&lt;time&gt;/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored %n records (chain head %1) into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault that was there is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../app/csv_import.py" line="+75"/>
        <source>%1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file is larger than 50 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The row is not valid CSV (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has a heading row but no episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No column is mapped to &apos;when&apos; (or &apos;date&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No column is mapped to &apos;description&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Unknown value in &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown channel: %1</source>
        <translation type="unfinished">Ukendt kanal: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account must be work or private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Severity must be a whole number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sick days must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;asked_to_stop&apos; must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The date and time are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../ui/csv_import_dialog.py" line="+37"/>
        <source>Import from a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8 or Windows-1252, comma or semicolon separated. The first row must hold the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field in Vidne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation type="unfinished">Hvornår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation type="unfinished">Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation type="unfinished">Grovhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened / problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview (first 20 rows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 rows, %3, %4 separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <location filename="../../ui/editor_sections.py" line="+81"/>
        <source>What happened – details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A series, until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The exact words, copied as they were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What came before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you replied, if anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reached my:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My reply:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffectSection</name>
    <message>
        <location line="+148"/>
        <source>Effect on me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How you experienced it and how it affects you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E.g. sleep, fear, headache, trouble concentrating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My experience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor visits:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeCaptures</name>
    <message>
        <location filename="../../ui/episode_captures.py" line="+51"/>
        <source>Back to Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black out for the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cover names or details with black boxes in a copy for the report; the original stays untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select an episode to see its captures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Captures of this episode: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EpisodeEditor</name>
    <message>
        <location filename="../../ui/episode_editor.py" line="+89"/>
        <source>Name, profile or number – as it appeared</source>
        <translation>Navn, profil eller nummer – som det stod</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What happened, in factual words: where, what was written or shown, who saw it.</source>
        <translation>Hvad skete der, med saglige ord: hvor, hvad blev skrevet eller vist, hvem så det.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revert</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When:</source>
        <translation>Hvornår:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender:</source>
        <translation>Afsender:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity:</source>
        <translation>Grovhed:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened:</source>
        <translation>Hvad skete der:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>New episode</source>
        <translation>Ny episode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episode %1</source>
        <translation>Episode %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing obvious is missing from this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still missing:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeTableModel</name>
    <message>
        <location filename="../../ui/episode_model.py" line="+37"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>Grovhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/csv_import.py" line="-204"/>
        <source>The file could not be imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="+13"/>
        <source>Something went wrong.</source>
        <translation>Noget gik galt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The passphrase is wrong. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Adgangssætningen er forkert. Tjek Caps Lock og tastaturlayoutet, og prøv igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no vault in this folder yet. Create one first (vidne init).</source>
        <translation>Der er endnu ingen boks i denne mappe. Opret en først (vidne init).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A vault already exists in this folder; it was left untouched.</source>
        <translation>Der findes allerede en boks i denne mappe; den er ikke rørt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file (vidne.key) is missing beside the database. Restore it from a backup; the database cannot be opened without it.</source>
        <translation>Nøglefilen (vidne.key) mangler ved siden af databasen. Gendan den fra en sikkerhedskopi; databasen kan ikke åbnes uden den.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key file (vidne.key) is damaged or is not a Vidne key file. Nothing was changed; restore it from a backup.</source>
        <translation>Nøglefilen (vidne.key) er beskadiget eller ikke en Vidne-nøglefil. Intet er ændret; gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database (vidne.db) is missing beside the key file. Restore it from a backup; nothing was created in its place.</source>
        <translation>Databasen (vidne.db) mangler ved siden af nøglefilen. Gendan den fra en sikkerhedskopi; der er ikke oprettet noget i stedet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database (vidne.db) is damaged or does not belong to this key file. Nothing was changed; restore it from a backup.</source>
        <translation>Databasen (vidne.db) er beskadiget eller hører ikke til denne nøglefil. Intet er ændret; gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This vault was written by a newer version of Vidne. Update Vidne to open it.</source>
        <translation>Denne boks er skrevet af en nyere version af Vidne. Opdatér Vidne for at åbne den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Boksen er låst. Lås den op først.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some fields are not valid.</source>
        <translation>Nogle felter er ikke gyldige.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That item no longer exists.</source>
        <translation>Det findes ikke længere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full or not writable. Nothing was saved; free some space and try again.</source>
        <translation>Disken er fuld eller skrivebeskyttet. Intet blev gemt; frigør plads og prøv igen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file could not be read or written.</source>
        <translation>Filen kunne ikke læses eller skrives.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The screen could not be captured here. On Wayland, allow Vidne in the screenshot portal or bind &apos;vidne capture&apos; as a desktop shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A capture taken while the vault was locked could not be opened (damaged, or sealed for another vault). It was moved to the folder inbox/rejected and nothing else was affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a supported evidence file (PNG, JPEG, WebP image, .eml e-mail or PDF), or it is damaged. The original was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The shortcut could not be registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a usable Vidne backup (damaged, incomplete or not a backup). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="+14"/>
        <source>The file could not be read or written:</source>
        <translation>Filen kunne ikke læses eller skrives:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected went wrong. Nothing was deleted. Details:</source>
        <translation>Noget uventet gik galt. Intet er slettet. Detaljer:</translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <location filename="../../ui/editor_sections.py" line="-45"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n capture(s) or file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.py" line="+56"/>
        <source>Report and evidence bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>My leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health and safety rep. (AMR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Union representative (TR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence bundle (ZIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the images in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your name (on the cover):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace (on the cover):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Episodes (tick the ones to include):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence (untick a capture to leave it out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose file and write…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>redacted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Will include %1 episodes, %2 evidence items (%3 images printed), for: %4, in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Done: %1 episodes and %2 evidence items were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../ui/history_view.py" line="+25"/>
        <source>When</source>
        <translation type="unfinished">Hvornår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation type="unfinished">Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation type="unfinished">Afsender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation type="unfinished">Hvad skete der</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation type="unfinished">Grovhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked the sender to stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <location filename="../../ui/editor_sections.py" line="+95"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was agreed, what still needs doing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+44"/>
        <source>As the system (Danish on a Danish system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language is used from the next start of Vidne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your name and workplace appear on the report&apos;s cover page. They are stored inside the encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/history_view.py" line="+3"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by you in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by you on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by you, imported from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by you, merging two senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location line="+19"/>
        <source>History of episode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When / field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change is kept and linked into the hash chain; nothing here can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hotkey</name>
    <message>
        <location filename="../../app/platform/macos.py" line="+71"/>
        <location filename="../../app/platform/windows.py" line="+38"/>
        <source>The key %1 cannot be used as a global shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../app/platform/windows.py" line="+48"/>
        <source>%1 is already taken by another program. Choose another combination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/platform/wayland_portal.py" line="+36"/>
        <source>This desktop does not let programs register a global shortcut. Open your desktop&apos;s keyboard settings, add a custom shortcut and give it the command: vidne capture  (or vidne capture --region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Capture the screen into Vidne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/platform/x11.py" line="+116"/>
        <source>The key %1 does not exist on this keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a key together with modifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is already taken by another program (X11 BadAccess). Choose another combination.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotkeySettings</name>
    <message>
        <location filename="../../ui/hotkey_settings.py" line="+62"/>
        <source>Register now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing the window keeps Vidne in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capture hotkey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay for region/tray capture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global shortcuts via: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Press a key combination first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 captures the screen from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/evidence_import.py" line="+84"/>
        <source>The image is too large to open safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is larger than 200 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is really a %2 file despite its name; it was stored as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../ui/inbox_page.py" line="+63"/>
        <source>No new captures. Press the capture hotkey or use the tray icon to capture the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New episode from selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach to episode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>(captured while locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New episode</source>
        <translation type="unfinished">Ny episode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happened? (you can add the rest in the editor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There are no episodes yet; make a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach to episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This file is stored in the vault; it is included in the evidence bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence (*.png *.jpg *.jpeg *.webp *.eml *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../app/vocabulary.py" line="+57"/>
        <source>Threats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insults or degrading remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hate speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing images or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impersonation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stalking or monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">Andet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+60"/>
        <source>Episodes</source>
        <translation>Episoder</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>New episode</source>
        <translation>Ny episode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete episode…</source>
        <translation>Slet episode…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock now</source>
        <translation>Lås nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Hovedlinje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report and evidence bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Chain: %1</source>
        <translation>Kæde: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 of the newest record in the hash chain: %1</source>
        <translation>SHA-256 for den nyeste post i hashkæden: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Delete episode</source>
        <translation>Slet episode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this episode and its history? This cannot be undone. The deletion itself stays recorded in the hash chain.</source>
        <translation>Slet denne episode og dens historik? Det kan ikke fortrydes. Selve sletningen forbliver registreret i hashkæden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vidne</source>
        <translation>Vidne</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/overview_page.py" line="+64"/>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sender</source>
        <translation type="unfinished">Afsender</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Episodes</source>
        <translation type="unfinished">Episoder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Episodes over time, by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity over time, with trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frequency and duration per sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal or external senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No episodes yet. The overview fills in as you log them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n episode(s) from %1 to %2. The strain comes from severity, frequency and duration together.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trend: %1 severity steps per 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A minor episode after a run of others can be the last straw. These came after at least %1 other episodes within %2 days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../app/passphrase.py" line="+43"/>
        <source>Too short</source>
        <translation>For kort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>Svag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fair</source>
        <translation>Rimelig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>God</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong</source>
        <translation>Stærk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use at least %n characters.</source>
        <translation>Brug mindst %n tegn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase must not begin or end with a space.</source>
        <translation>Adgangssætningen må ikke begynde eller slutte med et mellemrum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>De to adgangssætninger er ikke ens.</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <location filename="../../ui/blurred_image.py" line="+9"/>
        <source>Show captures and images blurred until I click them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>So you do not have to see the abuse again every time you open Vidne. The originals are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <location filename="../../ui/record_pages.py" line="+23"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Import from a spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/record_table.py" line="+43"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../ui/redact_dialog.py" line="+116"/>
        <source>Redact for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag to cover names or details with solid black boxes. A copy is saved with its own fingerprint; the original stays unchanged in the vault. Blurring is not used: it can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo last box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save redacted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This file is not an image and cannot be redacted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <location filename="../../app/redaction.py" line="+66"/>
        <source>Only images can be redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw at least one box on the image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../app/vocabulary.py" line="+30"/>
        <source>Platform ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police journal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-injury report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">Andet</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location line="-23"/>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown or anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../ui/search_bar.py" line="+72"/>
        <source>Search descriptions, quotes, senders, notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+94"/>
        <source>All senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity %1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Told or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not told anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether you have told anyone about the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderDialog</name>
    <message>
        <location filename="../../ui/sender_dialog.py" line="+36"/>
        <source>Senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Senders are recognised by their name and identifiers (handles, profile names, e-mail addresses, phone numbers). Colleagues and leaders count as internal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episodes</source>
        <translation type="unfinished">Episoder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>One per line: @handle, profile name, e-mail address, phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation type="unfinished">Gem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Saved.</source>
        <translation type="unfinished">Gemt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move every episode of “%1” to “%2” and merge their identifiers? Each moved episode gets a revision in its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderSection</name>
    <message>
        <location filename="../../ui/editor_sections.py" line="-191"/>
        <source>Sender</source>
        <translation type="unfinished">Afsender</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Senders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the sender as written above, so repeats are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>external</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n episode(s) so far; %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+25"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/setup_dialog.py" line="+36"/>
        <source>Welcome to Vidne</source>
        <translation>Velkommen til Vidne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;Vidne – your private log of online harassment at work&lt;/h2&gt;&lt;p&gt;If you are harassed online because of your job, Vidne helps you keep the evidence: take a screenshot with one key press before a post is deleted, write down what happened, see the pattern over time, and make a clear report for a meeting with your leader, your work-environment representative (AMR) or your union representative (TR).&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted. Nothing is sent anywhere unless you export it yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;You choose a passphrase next. It cannot be recovered: if you forget it, nobody – not even Vidne – can open your log.&lt;/b&gt; Write it down and keep it somewhere safe, or use a password manager.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vidne – din private log over digital chikane på jobbet&lt;/h2&gt;&lt;p&gt;Bliver du chikaneret på nettet på grund af dit arbejde, hjælper Vidne dig med at sikre dokumentationen: tag et skærmbillede med ét tastetryk, før et opslag bliver slettet, skriv ned, hvad der skete, se mønsteret over tid, og lav en klar rapport til et møde med din leder, din arbejdsmiljørepræsentant (AMR) eller din tillidsrepræsentant (TR).&lt;/p&gt;&lt;p&gt;Alt bliver på denne computer, krypteret. Intet sendes nogen steder hen, medmindre du selv eksporterer det.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Du vælger nu en adgangssætning. Den kan ikke gendannes: glemmer du den, kan ingen – heller ikke Vidne – åbne din log.&lt;/b&gt; Skriv den ned og opbevar den et sikkert sted, eller brug en adgangskodeadministrator.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+45"/>
        <source>Create my vault</source>
        <translation>Opret min boks</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Tip: a few unrelated words are easy to remember and hard to guess, e.g. “lampe cykel regnvejr 47”.</source>
        <translation>Tip: nogle få ord uden sammenhæng er lette at huske og svære at gætte, fx “lampe cykel regnvejr 47”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase:</source>
        <translation>Adgangssætning:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat it:</source>
        <translation>Gentag den:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Creating…</source>
        <translation>Opretter…</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../app/vocabulary.py" line="-75"/>
        <source>Minor</source>
        <translation>Let</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpleasant, but a one-off</source>
        <translation>Ubehageligt, men enkeltstående</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noticeable</source>
        <translation>Mærkbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demeaning or offensive</source>
        <translation>Nedværdigende eller krænkende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serious</source>
        <translation>Alvorlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grossly offensive; affects my work or my sleep</source>
        <translation>Groft krænkende; påvirker mit arbejde eller min søvn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Very serious</source>
        <translation>Meget alvorlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats, hate speech or my personal details shared</source>
        <translation>Trusler, hadefuld tale eller mine personlige oplysninger delt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acute</source>
        <translation>Akut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threat to my life or safety; I feel unsafe</source>
        <translation>Trussel mod mit liv eller min sikkerhed; jeg føler mig utryg</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location line="+80"/>
        <source>Psychological first aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychologist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical help to remove material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A companion at meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">Andet</translation>
    </message>
</context>
<context>
    <name>Told</name>
    <message>
        <location line="-21"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health and safety representative (AMR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Union representative (TR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation type="unfinished">Andet</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="+30"/>
        <source>Capture screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Vidne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished">Afslut</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Capture saved, sealed while locked. It appears in the Inbox after you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture saved in the Inbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="+29"/>
        <source>Unlock Vidne</source>
        <translation>Lås Vidne op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your passphrase to open your log.</source>
        <translation>Skriv din adgangssætning for at åbne din log.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+36"/>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlocking…</source>
        <translation>Låser op…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/episode_validation.py" line="+64"/>
        <source>The date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date and time are not valid (use e.g. 2026-03-14 18:05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The end of the series is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end of the series is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a channel from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account must be work, private or not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity must be a whole number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown kind of harassment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown kind of support: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;Asked the sender to stop&apos; must be yes, no or not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sender reference is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A text field is too long (at most one million characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write a short description of what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sick days must be a whole number (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose whom you told from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the kind of reference number from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>A list field is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A date is not valid (use e.g. 2026-03-14): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/episodes.py" line="+213"/>
        <source>That sender is not in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/senders.py" line="+74"/>
        <source>Give the sender a name or at least one identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the sender&apos;s relation to you from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>A sender cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That sender was already merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhoKnowsSection</name>
    <message>
        <location filename="../../ui/editor_sections.py" line="+89"/>
        <source>Who knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I told:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked the sender to stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support received:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
