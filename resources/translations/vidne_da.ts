<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>About</name>
    <message>
        <location filename="../../ui/window/about.py" line="+23"/>
        <source>A private, encrypted log of online harassment at work.</source>
        <translation>En privat, krypteret log over digital chikane på jobbet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: %1 (free software: you may use, study, share and change it)</source>
        <translation>Licens: %1 (fri software: du må bruge, undersøge, dele og ændre den)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your data (the encrypted vault and its backups): %1</source>
        <translation>Dine data (den krypterede boks og dens sikkerhedskopier): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settings (language, hotkey, window): %1</source>
        <translation>Indstillinger (sprog, genvejstast, vindue): %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Vidne</source>
        <translation>Om Vidne</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <location filename="../../app/episodes/vocabulary.py" line="+69"/>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work account</source>
        <translation>Arbejdskonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private account</source>
        <translation>Privat konto</translation>
    </message>
</context>
<context>
    <name>Anchor</name>
    <message>
        <location filename="../../app/vault/anchor.py" line="+108"/>
        <source>1 entry recorded up to %1 is missing.</source>
        <translation>1 post registreret frem til %1 mangler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n entries recorded up to %1 are missing.</source>
        <translation>%n poster registreret frem til %1 mangler.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The record of the log in the user&apos;s state folder was altered or not made with this vault&apos;s key; it was ignored.</source>
        <translation>Optegnelsen af loggen i brugerens tilstandsmappe er ændret eller ikke lavet med denne boks&apos; nøgle; den blev ignoreret.</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>The log held 1 entry up to %1, head %2.</source>
        <translation>Loggen havde 1 post frem til %1 (den nyeste posts fingeraftryk: %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The log held %n entries up to %1, head %2.</source>
        <translation>Loggen havde %n poster frem til %1 (den nyeste posts fingeraftryk: %2).</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <location filename="../../ui/security/autolock.py" line="+134"/>
        <source>Auto-lock</source>
        <translation>Automatisk lås</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock Vidne after this many minutes without use (0 = only when the screen locks):</source>
        <translation>Lås Vidne efter så mange minutter uden brug (0 = kun når skærmen låses):</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <location filename="../../app/platform/freedesktop.py" line="+205"/>
        <source>Starts Vidne in the tray at login</source>
        <translation>Starter Vidne i systembakken, når du logger ind</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../ui/security/backup_actions.py" line="+110"/>
        <source>Vidne</source>
        <translation>Vidne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The automatic backup failed: %1</source>
        <translation>Den automatiske sikkerhedskopi mislykkedes: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up the vault</source>
        <translation>Tag sikkerhedskopi af boksen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vidne backups (*.vidnebackup)</source>
        <translation>Vidne-sikkerhedskopier (*.vidnebackup)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backup written to %1</source>
        <translation>Sikkerhedskopien er skrevet til %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+29"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Vidne backups (*.vidnebackup);;All files (*)</source>
        <translation>Vidne-sikkerhedskopier (*.vidnebackup);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The backup from %1 is complete and intact (%n records). Replace the vault with it? The current vault is kept in a folder named replaced-&lt;date and time&gt; in the data folder, and Vidne locks now.</source>
        <translation>Sikkerhedskopien fra %1 er komplet og intakt (%n poster). Vil du erstatte boksen med den? Den nuværende boks gemmes i en mappe med navnet replaced-&lt;dato og klokkeslæt&gt; i datamappen, og Vidne låses nu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is older than the vault&apos;s log: %1</source>
        <translation>Den er ældre end boksens log: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The passphrase was changed.</source>
        <translation>Adgangssætningen er skiftet.</translation>
    </message>
</context>
<context>
    <name>BackupPassphraseDialog</name>
    <message>
        <location line="-189"/>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the passphrase that was in use when this backup was made:
%1</source>
        <translation>Skriv den adgangssætning, der var i brug, da sikkerhedskopien blev lavet:
%1</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../ui/evidence/capture_controller.py" line="+244"/>
        <source>… and %1 more</source>
        <translation>… og %1 mere</translation>
    </message>
</context>
<context>
    <name>CaptureOverlay</name>
    <message>
        <location filename="../../ui/evidence/region_overlay.py" line="+39"/>
        <source>Select a region</source>
        <translation>Vælg et område</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Drag to select a region. Enter: whole screen. Esc: cancel.</source>
        <translation>Træk for at vælge et område. Enter: hele skærmen. Esc: annullér.</translation>
    </message>
</context>
<context>
    <name>CaptureViewer</name>
    <message>
        <location filename="../../ui/evidence/viewer.py" line="+113"/>
        <location line="+16"/>
        <source>Capture</source>
        <translation>Skærmbillede</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>This capture cannot be shown as an image.</source>
        <translation>Dette skærmbillede kan ikke vises som et billede.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capture %1</source>
        <translation>Skærmbillede %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taken %1</source>
        <translation>Taget %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show the image</source>
        <translation>Vis billedet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The capture is blurred until you choose to see it (Settings → Privacy).</source>
        <translation>Skærmbilledet er sløret, indtil du vælger at se det (Indstillinger → Privatliv).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual size</source>
        <translation>Faktisk størrelse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit</source>
        <translation>Tilpas til vinduet</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/security/change_passphrase_dialog.py" line="+47"/>
        <location line="+27"/>
        <location line="+47"/>
        <source>Change passphrase</source>
        <translation>Skift adgangssætning</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>The vault gets a new key: older key files and the automatic backups will no longer open it. Copies you made yourself (backup files saved elsewhere, copied folders, replaced-… folders from a restore) still open with the old passphrase; delete them if someone may know it. The new passphrase cannot be recovered either: write it down somewhere safe.</source>
        <translation>Boksen får en ny nøgle: ældre nøglefiler og de automatiske sikkerhedskopier kan ikke længere åbne den. Kopier, du selv har lavet (sikkerhedskopier gemt andre steder, kopierede mapper, replaced-…-mapper fra en gendannelse), kan stadig åbnes med den gamle adgangssætning; slet dem, hvis nogen kan kende den. Den nye adgangssætning kan heller ikke genskabes: skriv den ned et sikkert sted.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Current passphrase:</source>
        <translation>Nuværende adgangssætning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation>Ny adgangssætning:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the new one:</source>
        <translation>Gentag den nye:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Den nye adgangssætning er den samme som den nuværende.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Changing…</source>
        <translation>Skifter…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The current passphrase is wrong. Nothing was changed.</source>
        <translation>Den nuværende adgangssætning er forkert. Intet er ændret.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../app/episodes/vocabulary.py" line="-53"/>
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
        <location filename="../../ui/pages/charts.py" line="+41"/>
        <source>No episodes yet</source>
        <translation>Ingen episoder endnu</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../app/episodes/checklist.py" line="+17"/>
        <source>Not told anyone yet (leader, AMR, TR or a colleague).</source>
        <translation>Endnu ikke fortalt til nogen (leder, AMR, TR eller en kollega).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No evidence attached (screenshot or file).</source>
        <translation>Ingen dokumentation vedhæftet (skærmbillede eller fil).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No exact quote of the words used.</source>
        <translation>Intet ordret citat af de ord, der blev brugt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of harassment not chosen.</source>
        <translation>Type chikane er ikke valgt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender not linked to the registry, so repeats are not counted.</source>
        <translation>Afsenderen er ikke knyttet til registret, så gentagelser tælles ikke med.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own experience and its effect are not described.</source>
        <translation>Din egen oplevelse og dens betydning for dig er ikke beskrevet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No link (URL) to where it was posted.</source>
        <translation>Intet link (URL) til, hvor det blev lagt op.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A threat that has not been reported to the police.</source>
        <translation>En trussel, der ikke er anmeldt til politiet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sick days but no work-injury report number.</source>
        <translation>Sygedage, men intet sagsnummer for en arbejdsskadeanmeldelse.</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../ui/editor/checklist_view.py" line="+38"/>
        <source>Nothing obvious is missing from this record.</source>
        <translation>Der mangler ikke noget åbenlyst i denne registrering.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…og %n mere</numerusform>
            <numerusform>…og %n mere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show fewer</source>
        <translation>Vis færre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still missing:</source>
        <translation>Mangler stadig:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/main.py" line="+45"/>
        <source>Interrupted.</source>
        <translation>Afbrudt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected error:</source>
        <translation>Uventet fejl:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No command given; start the window with &apos;vidne&apos; from vidne.ui.main.</source>
        <translation>Ingen kommando angivet; start vinduet med &apos;vidne&apos; fra vidne.ui.main.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/add.py" line="+17"/>
        <source>Unknown channel: %1</source>
        <translation>Ukendt kanal: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/common.py" line="+30"/>
        <source>Expected the passphrase on standard input.</source>
        <translation>Forventede adgangssætningen på standard input.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give --passphrase-stdin and the passphrase on the first line of standard input.</source>
        <translation>Angiv --passphrase-stdin og adgangssætningen på første linje af standard input.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/export.py" line="+21"/>
        <source>%1 is a folder; give the name of the file to write.</source>
        <translation>%1 er en mappe; angiv navnet på den fil, der skal skrives.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote %n episodes to %1</source>
        <translation>Skrev %n episoder til %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/init.py" line="+21"/>
        <source>Created a vault in %1</source>
        <translation>Oprettede en boks i %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/install_desktop.py" line="+15"/>
        <source>On Windows and macOS the installer adds Vidne to the menu.</source>
        <translation>På Windows og macOS tilføjer installationsprogrammet Vidne til menuen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed %n files from the application menu.</source>
        <translation>Fjernede %n filer fra programmenuen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vidne is in the application menu: %1</source>
        <translation>Vidne er i programmenuen: %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/verify.py" line="+23"/>
        <source>Verification failed:</source>
        <translation>Kontrollen fejlede:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK: %n records, chain head %1</source>
        <translation>OK: %n poster, den nyeste posts fingeraftryk %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/backup.py" line="+16"/>
        <source>Backup written to %1. Keep it somewhere safe; the passphrase restores it.</source>
        <translation>Sikkerhedskopien er skrevet til %1. Opbevar den et sikkert sted; den gendannes med adgangssætningen.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/bundle.py" line="+20"/>
        <source>Wrote a bundle with %n episodes and %1 evidence files to %2</source>
        <translation>Skrev en bevispakke med %n episoder og %1 filer med bevismateriale til %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/capture.py" line="+46"/>
        <source>Asked the running Vidne to capture.</source>
        <translation>Bad Vidne, som allerede kører, om at tage et skærmbillede.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Capture %1 saved. SHA-256: %2</source>
        <translation>Skærmbillede %1 er gemt. SHA-256: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capture sealed; it is imported when the vault is next unlocked. SHA-256: %1</source>
        <translation>Skærmbilledet er forseglet; det importeres, næste gang boksen låses op. SHA-256: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No region could be marked here; the whole screen was captured.</source>
        <translation>Her kunne der ikke markeres et område; hele skærmen blev taget.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The captures waiting in the inbox could not be imported now (%1); they stay there for the next unlock.</source>
        <translation>Optagelserne i indbakken kunne ikke importeres nu (%1); de bliver liggende til næste gang, boksen låses op.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/import_csv.py" line="+21"/>
        <location filename="../../app/cli/commands/restore.py" line="+25"/>
        <source>No such file: %1</source>
        <translation>Filen findes ikke: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %n episodes from %1</source>
        <translation>Importerede %n episoder fra %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/passwd.py" line="+28"/>
        <source>The new passphrase is the same as the old one.</source>
        <translation>Den nye adgangssætning er den samme som den gamle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase changed. The vault now has a new key: older key files and the automatic backups no longer open it.</source>
        <translation>Adgangssætningen er ændret. Boksen har nu en ny nøgle: ældre nøglefiler og de automatiske sikkerhedskopier kan ikke længere åbne den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copies you made yourself (backup files saved elsewhere, copied folders, replaced-… folders from a restore) still open with the old passphrase; delete them if someone may know it.</source>
        <translation>Kopier, du selv har lavet (sikkerhedskopier gemt andre steder, kopierede mapper, replaced-…-mapper fra en gendannelse), kan stadig åbnes med den gamle adgangssætning; slet dem, hvis nogen kan kende den.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/report.py" line="+24"/>
        <source>Not a date: %1 (use e.g. 2026-03-14)</source>
        <translation>Ikke en dato: %1 (brug fx 2026-03-14)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warning: the unredacted originals of redacted copies are included; the recipient will see what you covered.</source>
        <translation>Advarsel: de utildækkede originaler af tildækkede kopier er med; modtageren vil se det, du har dækket til.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write to %1: choose a file in an existing folder.</source>
        <translation>Kan ikke skrive til %1: vælg en fil i en mappe, der findes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wrote a report with %n episodes and %1 annexes to %2</source>
        <translation>Skrev en rapport med %n episoder og %1 bilag til %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/restore.py" line="+5"/>
        <source>A vault already exists in %1. Nothing was changed; add --force to replace it (it is kept in replaced-&lt;time&gt;/).</source>
        <translation>Der findes allerede en boks i %1. Intet er ændret; tilføj --force for at erstatte den (den gemmes i replaced-&lt;tidspunkt&gt;/).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored %n records (chain head %1) into %2.</source>
        <translation>Gendannede %n poster (den nyeste posts fingeraftryk %1) i %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup is older than the vault&apos;s log: %1</source>
        <translation>Sikkerhedskopien er ældre end boksens log: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault that was there is kept in %1.</source>
        <translation>Den boks, der lå der, er gemt i %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/timestamp.py" line="+21"/>
        <source>Trusted time is off. Turn it on in Settings → Trusted time, or name a service with --tsa URL.</source>
        <translation>Betroet tid er slået fra. Slå det til under Indstillinger → Betroet tid, eller angiv en tjeneste med --tsa URL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>still waiting (%1)</source>
        <translation>venter stadig (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every item already has a trusted timestamp.</source>
        <translation>Alle bilag har allerede et betroet tidsstempel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A timestamp service is an http:// or https:// address.</source>
        <translation>En tidsstempeltjeneste er en http://- eller https://-adresse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>log entry %1</source>
        <translation>logpost %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item %1</source>
        <translation>bilag %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trusted time %1 UTC, by %2</source>
        <translation>betroet tid %1 UTC, fra %2</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/verify_bundle.py" line="+19"/>
        <source>This is not an evidence bundle (ZIP).</source>
        <translation>Dette er ikke en bevispakke (ZIP).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every check passed.</source>
        <translation>Alle kontroller bestået.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle does not check out.</source>
        <translation>Pakken består ikke kontrollen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAILED</source>
        <translation>FEJL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOTE</source>
        <translation>NB</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/attach.py" line="+23"/>
        <source>No episode or evidence item with the id %1; nothing was changed.</source>
        <translation>Der er ingen episode eller noget bevis med id %1; intet er ændret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attached %1 item(s) to episode %2.</source>
        <translation>Knyttede %1 bevis(er) til episode %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/evidence_json.py" line="+107"/>
        <source>[redacted copy of %1]</source>
        <translation>[tildækket kopi af %1]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 evidence</source>
        <translation>%1 bevis(er)</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/redact.py" line="+24"/>
        <location line="+6"/>
        <source>Not a box: %1 (use X,Y,WIDTH,HEIGHT in pixels, e.g. 10,20,300,40)</source>
        <translation>Ikke en boks: %1 (brug X,Y,BREDDE,HØJDE i pixels, f.eks. 10,20,300,40)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No evidence item with the id %1.</source>
        <translation>Der er intet bevis med id %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/commands/show.py" line="+22"/>
        <source>No episode with the id %1.</source>
        <translation>Der er ingen episode med id %1.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <location filename="../../app/cli/parser/declare.py" line="+92"/>
        <source>read the passphrase from the first line of standard input</source>
        <translation>læs adgangssætningen fra første linje af standardinput</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>first day, e.g. 2026-01-01</source>
        <translation>første dag, f.eks. 2026-01-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>last day, e.g. 2026-03-31</source>
        <translation>sidste dag, f.eks. 2026-03-31</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/output.py" line="+24"/>
        <source>who the report is for (default: self)</source>
        <translation>hvem rapporten er til (standard: self, dig selv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>list the evidence without printing the images</source>
        <translation>nævn beviserne uden at vise billederne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>what you ask for, in your own words (printed on the report&apos;s first page)</source>
        <translation>hvad du beder om, med dine egne ord (står på rapportens første side)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>also share the unredacted original of every redacted copy (by default a recipient other than self gets the copy only, and the original&apos;s SHA-256)</source>
        <translation>del også den utildækkede original af hver tildækket kopi (som standard får en anden modtager end self kun kopien og originalens SHA-256)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/declare.py" line="+14"/>
        <source>CSV column separator (default: semicolon for Danish, comma for English, which is what a spreadsheet in that language expects)</source>
        <translation>skilletegn mellem kolonnerne i CSV (standard: semikolon på dansk, komma på engelsk, som et regneark på det sprog forventer)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/episodes.py" line="+79"/>
        <source>add an episode and print its id</source>
        <translation>tilføj en episode, og skriv dens id</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>when it happened (default: now), e.g. 2026-03-14T18:05 or 2026-03-14T18:05+01:00</source>
        <translation>hvornår det skete (standard: nu), f.eks. 2026-03-14T18:05 eller 2026-03-14T18:05+01:00</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>email, sms, facebook, x, instagram, tiktok, snapchat, aula, teams, phone, forum, other</source>
        <translation>email, sms, facebook, x, instagram, tiktok, snapchat, aula, teams, phone (telefon), forum, other (andet)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>1 (minor) to 5</source>
        <translation>1 (mindre) til 5</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/evidence.py" line="+77"/>
        <source>file evidence items under an episode</source>
        <translation>knyt beviser til en episode</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/vault.py" line="+50"/>
        <source>write one encrypted backup file (database snapshot and key file)</source>
        <translation>skriv én krypteret sikkerhedskopi (et øjebliksbillede af databasen og nøglefilen)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>the backup file to write (replaced atomically if it exists)</source>
        <translation>sikkerhedskopien, der skal skrives (findes den, erstattes den helt på én gang, aldrig halvt)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/output.py" line="+24"/>
        <source>write an evidence bundle (ZIP) that can be verified</source>
        <translation>skriv en bevispakke (ZIP), der kan kontrolleres</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/evidence.py" line="+6"/>
        <source>capture the screen into the vault</source>
        <translation>tag et skærmbillede, og gem det i boksen</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>let the running window select a region (without a window: the whole monitor)</source>
        <translation>lad det åbne vindue vælge et område (uden vindue: hele skærmen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>monitor number (1 = first; default: the one under the mouse)</source>
        <translation>skærmens nummer (1 = den første; standard: den, musen er på)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every monitor in one image</source>
        <translation>alle skærme i ét billede</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>wait 3, 5 or 10 seconds first (for menus that close on focus loss)</source>
        <translation>vent først 3, 5 eller 10 sekunder (til menuer, der lukker, når de mister fokus)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/output.py" line="+7"/>
        <source>write every episode as JSON or CSV (no images)</source>
        <translation>skriv alle episoder som JSON eller CSV (uden billeder)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/evidence.py" line="+47"/>
        <source>import evidence files (PNG, JPEG, WebP, .eml, PDF) into the Inbox; prints each new id (a refused file&apos;s reason goes to stderr); exit 1 if any was refused</source>
        <translation>importér filer med beviser (PNG, JPEG, WebP, .eml, PDF) til indbakken; skriver hvert nyt id (hvorfor en fil blev afvist, står på stderr); afslutter med 1, hvis nogen blev afvist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list the evidence not yet filed under an episode (captures taken while locked are imported first)</source>
        <translation>vis de beviser, der endnu ikke er knyttet til en episode (skærmbilleder taget, mens boksen var låst, importeres først)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/declare.py" line="-8"/>
        <source>as JSON (see the README)</source>
        <translation>som JSON (se README)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/episodes.py" line="+13"/>
        <source>accepted columns (English name, then Danish headings also understood):</source>
        <translation>kolonner, der forstås (engelsk navn, derefter danske overskrifter, der også forstås):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[also: %1]</source>
        <translation>[også: %1]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>import episodes from a CSV file</source>
        <translation>importér episoder fra en CSV-fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import episodes from a CSV file (UTF-8 or Windows-1252, comma or semicolon separated; both are
detected). The first row holds the column names, in any order; unknown columns are ignored.
All or nothing: the first bad row stops the import with its line number and nothing is written.
</source>
        <translation>Importér episoder fra en CSV-fil (UTF-8 eller Windows-1252, adskilt med komma eller semikolon;
begge genkendes). Første række har kolonnernes navne i vilkårlig rækkefølge; ukendte kolonner
springes over. Alt eller intet: den første forkerte række stopper importen med sit linjenummer,
og intet bliver skrevet.
</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>the CSV file</source>
        <translation>CSV-filen</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/vault.py" line="+38"/>
        <source>create a new, empty vault</source>
        <translation>opret en ny, tom boks</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/system.py" line="+22"/>
        <source>add Vidne to the application menu (desktop entry and icons, this user only)</source>
        <translation>føj Vidne til programmenuen (skrivebordsfil og ikoner, kun for denne bruger)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>remove the desktop entry and icons again</source>
        <translation>fjern skrivebordsfilen og ikonerne igen</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/episodes.py" line="+55"/>
        <source>list the episodes, newest first, with their evidence</source>
        <translation>vis episoderne, nyeste først, med deres beviser</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>words that must occur (as in the window)</source>
        <translation>ord, der skal forekomme (som i vinduet)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/vault.py" line="+3"/>
        <source>change the passphrase (old, then new, as the first two lines of stdin)</source>
        <translation>skift adgangssætningen (den gamle, så den nye, som de to første linjer på stdin)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>accepted for symmetry; passwd always reads both passphrases from stdin</source>
        <translation>tages imod for symmetriens skyld; passwd læser altid begge adgangssætninger fra stdin</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/evidence.py" line="+10"/>
        <source>store a copy of a capture with solid black boxes and print its id (the original is kept unchanged)</source>
        <translation>gem en kopi af et skærmbillede med helt sorte felter, og skriv dens id (originalen bevares uændret)</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>a box in the shown image&apos;s pixels (repeat for more)</source>
        <translation>et felt i det viste billedes pixels (gentag for flere)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/output.py" line="+8"/>
        <source>write the PDF report for a period and a recipient</source>
        <translation>skriv PDF-rapporten for en periode og en modtager</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/vault.py" line="+39"/>
        <source>restore a backup file (verified before anything is replaced)</source>
        <translation>gendan en sikkerhedskopi (kontrolleres, før noget erstattes)</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>a file made by &apos;vidne backup&apos;</source>
        <translation>en fil lavet af &apos;vidne backup&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replace an existing vault (it is kept in replaced-&lt;time&gt;/)</source>
        <translation>erstat en eksisterende boks (den gemmes i replaced-&lt;tidspunkt&gt;/)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/system.py" line="+14"/>
        <source>check hotkey, capture, vault, report and bundle on this system (PASS/FAIL each); removes what it made</source>
        <translation>afprøv genvejstast, skærmbillede, boks, rapport og bevispakke på dette system (PASS/FAIL for hver); fjerner det, den lavede</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/episodes.py" line="+43"/>
        <source>show one episode in full with its evidence items</source>
        <translation>vis én episode helt med dens beviser</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>the episode&apos;s id (see &apos;vidne list&apos;)</source>
        <translation>episodens id (se &apos;vidne list&apos;)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/evidence.py" line="+61"/>
        <source>ask a trusted timestamp service (RFC 3161) for a token for every item and the log head that has none; only SHA-256 hashes are sent</source>
        <translation>bed en betroet tidsstempeltjeneste (RFC 3161) om et tidsstempel for hvert bevis og for loggens seneste post, der ikke har et; kun SHA-256-fingeraftryk sendes</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>the service to ask (repeat for more; default: the list in the settings)</source>
        <translation>tjenesten, der spørges (gentag for flere; standard: listen i indstillingerne)</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/vault.py" line="+31"/>
        <source>check the database, the hash chain and every item</source>
        <translation>kontrollér databasen, hashkæden og hvert bevis</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/output.py" line="+6"/>
        <source>check a bundle without the vault: every file against SHA256SUMS and every trusted timestamp (.tsr) against its file and certs.pem; one line per item</source>
        <translation>kontrollér en bevispakke uden boksen: hver fil mod SHA256SUMS og hvert betroet tidsstempel (.tsr) mod sin fil og certs.pem; én linje pr. bevis</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>a bundle made by &apos;vidne bundle&apos;</source>
        <translation>en bevispakke lavet af &apos;vidne bundle&apos;</translation>
    </message>
    <message>
        <location filename="../../app/cli/parser/__init__.py" line="+54"/>
        <source>folder of the vault (default: $VIDNE_DATA_DIR or the user data dir)</source>
        <translation>boksens mappe (standard: $VIDNE_DATA_DIR eller brugerens datamappe)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>language of messages and reports (default: the system&apos;s)</source>
        <translation>sprog for beskeder og rapporter (standard: systemets)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vidne: a private evidence log.</source>
        <translation>Vidne: en privat log over beviser.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>start hidden in the tray (used when starting at login)</source>
        <translation>start skjult i statusområdet (bruges ved start ved login)</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <location filename="../../app/output/csv_import.py" line="+36"/>
        <source>date and time it happened: 2026-03-14 18:05, 2026-03-14T18:05+01:00 or 14-03-2026 18.05 (required, unless &apos;date&apos; is given)</source>
        <translation>dato og tidspunkt for hændelsen: 2026-03-14 18:05, 2026-03-14T18:05+01:00 eller 14-03-2026 18.05 (skal angives, medmindre der er en &apos;date&apos;-kolonne)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the date alone (used with &apos;time&apos; when there is no &apos;when&apos; column)</source>
        <translation>datoen alene (bruges sammen med &apos;time&apos;, når der ikke er en &apos;when&apos;-kolonne)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the time alone, e.g. 18:05</source>
        <translation>klokkeslættet alene, fx 18:05</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>end of a series (date)</source>
        <translation>afslutningen på en serie (dato)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (or the label; default: other)</source>
        <translation>%1 (eller betegnelsen; standard: other)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>work or private</source>
        <translation>work eller private</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link to the post or profile</source>
        <translation>link til opslaget eller profilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who sent it, as it appeared (recognised against the sender registry)</source>
        <translation>hvem der sendte det, som det fremgik (genkendes i afsenderregistret)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 (minor) to 5 (acute); default 1</source>
        <translation>1 (let) til 5 (akut); standard 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>what happened (required)</source>
        <translation>hvad der skete (skal angives)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kinds of harassment, separated by | or ; (%1)</source>
        <translation>former for chikane, adskilt med | eller ; (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the exact words</source>
        <translation>den præcise ordlyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>what came before</source>
        <translation>hvad der gik forud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your own replies</source>
        <translation>dine egne svar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your own experience and its effect</source>
        <translation>din egen oplevelse og hvad den har gjort ved dig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>symptoms</source>
        <translation>symptomer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number of sick days</source>
        <translation>antal sygedage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>witnesses&apos; names, separated by | or ;</source>
        <translation>vidnernes navne, adskilt med | eller ;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>whom you told, separated by | or ; (%1)</source>
        <translation>hvem du har fortalt det til, adskilt med | eller ; (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes or no (ja/nej)</source>
        <translation>ja eller nej (yes/no)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>support received, separated by | or ; (%1)</source>
        <translation>den støtte, du har fået, adskilt med | eller ; (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>follow-up notes</source>
        <translation>noter om opfølgning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tags, separated by | or ; or ,</source>
        <translation>mærker, adskilt med | eller ; eller ,</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location line="+21"/>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Intet blev importeret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1: %2 Nothing was imported.</source>
        <translation>Linje %1: %2 Intet blev importeret.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The file is neither UTF-8 nor Windows-1252 text.</source>
        <translation>Filen er hverken UTF-8- eller Windows-1252-tekst.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file is larger than 50 MB.</source>
        <translation>Filen er større end 50 MB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The row is not valid CSV (%1).</source>
        <translation>Rækken er ikke gyldig CSV (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has a heading row but no episodes.</source>
        <translation>Filen har en overskriftsrække, men ingen episoder.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No column is mapped to &apos;when&apos; (or &apos;date&apos;).</source>
        <translation>Ingen kolonne er knyttet til &apos;when&apos; (eller &apos;date&apos;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column is mapped to &apos;description&apos;.</source>
        <translation>Ingen kolonne er knyttet til &apos;description&apos;.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown value in &apos;%1&apos;: %2</source>
        <translation>Ukendt værdi i &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Unknown channel: %1</source>
        <translation>Ukendt kanal: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The account must be work or private.</source>
        <translation>Kontoen skal være arbejde eller privat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Severity must be a whole number from 1 to 5.</source>
        <translation>Grovhed skal være et helt tal fra 1 til 5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sick days must be a whole number.</source>
        <translation>Sygedage skal være et helt tal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;asked_to_stop&apos; must be yes or no.</source>
        <translation>&apos;asked_to_stop&apos; skal være ja eller nej.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The date and time are not valid: %1</source>
        <translation>Dato og klokkeslæt er ikke gyldige: %1</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../ui/export/csv_import_dialog.py" line="+36"/>
        <source>Import from a spreadsheet (CSV)</source>
        <translation>Importér fra et regneark (CSV)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTF-8 or Windows-1252, comma or semicolon separated. The first row must hold the column names.</source>
        <translation>UTF-8 eller Windows-1252, adskilt med komma eller semikolon. Første række skal indeholde kolonnenavnene.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field in Vidne</source>
        <translation>Felt i Vidne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Grovhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened / problem</source>
        <translation>Hvad skete der / problem</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Columns:</source>
        <translation>Kolonner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview (first 20 rows):</source>
        <translation>Forhåndsvisning (de første 20 rækker):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a CSV file</source>
        <translation>Vælg en CSV-fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>semicolon</source>
        <translation>semikolon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>comma</source>
        <translation>komma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 rows, %3, %4 separated</source>
        <translation>%1: %2 rækker, %3, adskilt med %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field in Vidne for “%1”</source>
        <translation>Felt i Vidne til “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ignore)</source>
        <translation>(ignorér)</translation>
    </message>
</context>
<context>
    <name>DesktopShortcutOffer</name>
    <message>
        <location filename="../../ui/window/shortcut_offer.py" line="+57"/>
        <location line="+28"/>
        <source>Update the desktop shortcut</source>
        <translation>Opdatér skrivebordsgenvejen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Create a desktop shortcut for %1</source>
        <translation>Opret en skrivebordsgenvej i %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has a shortcut that runs “vidne capture”.</source>
        <translation>%1 har en genvej, der kører “vidne capture”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The desktop shortcut could not be created: %1</source>
        <translation>Skrivebordsgenvejen kunne ikke oprettes: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Done: %1 now runs “vidne capture” from anywhere.</source>
        <translation>Færdig: %1 kører nu “vidne capture” overalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KDE Plasma starts using it after you next log in.</source>
        <translation>KDE Plasma bruger den, næste gang du logger ind.</translation>
    </message>
</context>
<context>
    <name>DetailsSection</name>
    <message>
        <location filename="../../ui/editor/sections.py" line="+114"/>
        <source>What happened – details</source>
        <translation>Hvad skete der – detaljer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A series, until:</source>
        <translation>En serie, indtil:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until</source>
        <translation>Til</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The exact words, copied as they were written.</source>
        <translation>Den præcise ordlyd, kopieret, som den blev skrevet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What came before.</source>
        <translation>Hvad der gik forud.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you replied, if anything.</source>
        <translation>Hvad du svarede, hvis du svarede.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reached my:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind:</source>
        <translation>Type chikane:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact words:</source>
        <translation>Præcis ordlyd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before it:</source>
        <translation>Forud for det:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My reply:</source>
        <translation>Mit svar:</translation>
    </message>
</context>
<context>
    <name>EditorEvidence</name>
    <message>
        <location filename="../../ui/editor/evidence_link.py" line="+81"/>
        <source>Attach files to the episode</source>
        <translation>Vedhæft filer til episoden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence (%1)</source>
        <translation>Bevismateriale (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>EffectSection</name>
    <message>
        <location filename="../../ui/editor/record_sections.py" line="+75"/>
        <source>Effect on me</source>
        <translation>Betydning for mig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effect</source>
        <translation>Betydning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How you experienced it and how it affects you.</source>
        <translation>Hvordan du oplevede det, og hvordan det påvirker dig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E.g. sleep, fear, headache, trouble concentrating.</source>
        <translation>Fx søvn, frygt, hovedpine, koncentrationsbesvær.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Dato (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>My experience:</source>
        <translation>Min oplevelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms:</source>
        <translation>Symptomer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick days:</source>
        <translation>Sygedage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor visits:</source>
        <translation>Lægebesøg:</translation>
    </message>
</context>
<context>
    <name>EpisodeCaptures</name>
    <message>
        <location filename="../../ui/evidence/episode_strip.py" line="+121"/>
        <source>taken while locked</source>
        <translation>taget, mens Vidne var låst</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Back to Inbox</source>
        <translation>Tilbage til Indbakke</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Captures of this episode</source>
        <translation>Episodens skærmbilleder</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Black out for the report…</source>
        <translation>Tildæk til rapporten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cover names or details with black boxes in a copy for the report; the original stays untouched.</source>
        <translation>Dæk navne eller detaljer med sorte felter i en kopi til rapporten; originalen forbliver urørt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Select an episode to see its captures.</source>
        <translation>Vælg en episode for at se dens skærmbilleder.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Captures of this episode: %n</source>
        <translation>
            <numerusform>Skærmbilleder til denne episode: %n</numerusform>
            <numerusform>Skærmbilleder til denne episode: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No captures yet – paste one (Ctrl+V) or drop a file on the window.</source>
        <translation>Ingen skærmbilleder endnu – indsæt et (Ctrl+V), eller træk en fil ind i vinduet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>redacted</source>
        <translation>tildækket</translation>
    </message>
</context>
<context>
    <name>EpisodeEditor</name>
    <message>
        <location filename="../../ui/editor/episode_editor.py" line="+120"/>
        <source>Name, profile or number – as it appeared</source>
        <translation>Navn, profil eller nummer – som det stod</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What happened, in factual words: where, what was written or shown, who saw it.</source>
        <translation>Hvad skete der, med saglige ord: hvor, hvad blev skrevet eller vist, hvem så det.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History…</source>
        <translation>Historik…</translation>
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
        <location line="+32"/>
        <source>When:</source>
        <translation>Hvornår:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender:</source>
        <translation>Afsender:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity:</source>
        <translation>Grovhed:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened:</source>
        <translation>Hvad skete der:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>New episode</source>
        <translation>Ny episode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episode %1</source>
        <translation>Episode %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 – draft, not counted yet</source>
        <translation>%1 – kladde, tælles ikke med endnu</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Could not read from the vault: %1</source>
        <translation>Kunne ikke læse fra boksen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose how serious it was before saving.</source>
        <translation>Vælg, hvor alvorligt det var, før du gemmer.</translation>
    </message>
</context>
<context>
    <name>EpisodeTableModel</name>
    <message>
        <location filename="../../ui/pages/episode_model.py" line="+69"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Grovhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Not chosen</source>
        <translation>Ikke valgt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../app/output/csv_import.py" line="-239"/>
        <source>The file could not be imported; nothing was written.</source>
        <translation>Filen kunne ikke importeres; intet blev skrevet.</translation>
    </message>
    <message>
        <location filename="../../app/errors.py" line="+11"/>
        <source>Something went wrong.</source>
        <translation>Noget gik galt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The passphrase is wrong. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Adgangssætningen er forkert. Tjek Caps Lock og tastaturlayoutet, og prøv igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no vault in this folder yet. Create one first (vidne init).</source>
        <translation>Der er endnu ingen boks i denne mappe. Opret en først (vidne init).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A vault already exists in this folder; it was left untouched.</source>
        <translation>Der findes allerede en boks i denne mappe; den er ikke rørt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key file (vidne.key) is missing beside the database. Restore it from a backup; the database cannot be opened without it.</source>
        <translation>Nøglefilen (vidne.key) mangler ved siden af databasen. Gendan den fra en sikkerhedskopi; databasen kan ikke åbnes uden den.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The key file (vidne.key) is damaged or is not a Vidne key file. Nothing was changed; restore it from a backup.</source>
        <translation>Nøglefilen (vidne.key) er beskadiget eller ikke en Vidne-nøglefil. Intet er ændret; gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key file (vidne.key) was changed by something other than Vidne. Vidne has put back the values it can vouch for; captures taken while the vault was locked since then may have been readable by whoever changed it.</source>
        <translation>Nøglefilen (vidne.key) er blevet ændret af noget andet end Vidne. Vidne har sat de værdier tilbage, som den kan stå inde for; skærmbilleder taget, mens boksen var låst, kan siden da have kunnet læses af den, der ændrede den.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key file (vidne.key) had its key for captures taken while locked replaced by someone else&apos;s. Vidne has put its own key back; captures sealed since then may have been readable by whoever replaced it.</source>
        <translation>I nøglefilen (vidne.key) var nøglen til skærmbilleder taget, mens boksen er låst, skiftet ud med en andens. Vidne har sat sin egen nøgle tilbage; skærmbilleder forseglet siden da kan have kunnet læses af den, der skiftede den ud.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The capture was not saved: the key file is not the one this computer saw when the vault was last unlocked, so a capture sealed to it might be readable by someone else. Unlock Vidne once; if you did not change the passphrase, someone may have replaced the key file.</source>
        <translation>Skærmbilledet blev ikke gemt: nøglefilen er ikke den, denne computer så, da boksen sidst blev låst op, så et skærmbillede forseglet til den kunne måske læses af en anden. Lås Vidne op én gang; hvis du ikke har ændret adgangssætningen, kan nogen have skiftet nøglefilen ud.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This was the old passphrase: a passphrase change was completed just before Vidne stopped. Unlock with the new passphrase.</source>
        <translation>Det var den gamle adgangssætning: en ændring af adgangssætningen blev gennemført, lige før Vidne stoppede. Lås op med den nye adgangssætning.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The passphrase change was interrupted before it took effect, so the vault still opens with the old passphrase. Unlock with it and change the passphrase again.</source>
        <translation>Ændringen af adgangssætningen blev afbrudt, før den trådte i kraft, så boksen åbnes stadig med den gamle adgangssætning. Lås op med den, og ændr adgangssætningen igen.</translation>
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
        <location line="+6"/>
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
        <location line="+7"/>
        <source>The screen could not be captured here. On Wayland, allow Vidne in the screenshot portal or bind &apos;vidne capture&apos; as a desktop shortcut.</source>
        <translation>Der kunne ikke tages skærmbillede her. På Wayland skal du give Vidne adgang i skærmbilledportalen eller knytte &apos;vidne capture&apos; til en genvejstast i skrivebordsmiljøet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A capture taken while the vault was locked could not be opened (damaged, or sealed for another vault). It was moved to the folder inbox/rejected and nothing else was affected.</source>
        <translation>Et skærmbillede, der blev taget, mens boksen var låst, kunne ikke åbnes (beskadiget eller forseglet til en anden boks). Det er flyttet til mappen inbox/rejected, og intet andet er berørt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This file is not a supported evidence file (PNG, JPEG, WebP image, .eml e-mail or PDF), or it is damaged. The original was not changed.</source>
        <translation>Filen er ikke en understøttet type bevismateriale (PNG-, JPEG- eller WebP-billede, .eml-e-mail eller PDF), eller den er beskadiget. Originalen er ikke ændret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shortcut could not be registered.</source>
        <translation>Genvejstasten kunne ikke registreres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a usable Vidne backup (damaged, incomplete or not a backup). Nothing was changed.</source>
        <translation>Filen er ikke en brugbar sikkerhedskopi fra Vidne (beskadiget, ufuldstændig eller ikke en sikkerhedskopi). Intet er ændret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>macOS does not let Vidne see the screen yet. Open System Settings → Privacy &amp; Security → Screen &amp; System Audio Recording, switch Vidne on, then quit and start Vidne again.</source>
        <translation>macOS lader endnu ikke Vidne se skærmen. Åbn Systemindstillinger → Anonymitet og sikkerhed → Skærm- og systemlydoptagelse, slå Vidne til, og afslut og start derefter Vidne igen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="+14"/>
        <source>The file could not be read or written:</source>
        <translation>Filen kunne ikke læses eller skrives:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Something unexpected went wrong. Nothing was deleted. Details:</source>
        <translation>Noget uventet gik galt. Intet er slettet. Detaljer:</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../app/evidence/origin.py" line="+21"/>
        <source>Taken while Vidne was locked – not verifiable</source>
        <translation>Taget, mens Vidne var låst – kan ikke efterprøves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken while Vidne was locked; time and origin recorded by the capture program and not verifiable.</source>
        <translation>Taget, mens Vidne var låst; tidspunkt og oprindelse er registreret af optageprogrammet og kan ikke efterprøves.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/redaction.py" line="+30"/>
        <source>Redacted copy (black boxes)</source>
        <translation>Tildækket kopi (sorte felter)</translation>
    </message>
</context>
<context>
    <name>EvidenceIntake</name>
    <message>
        <location filename="../../ui/evidence/paste_drop.py" line="+71"/>
        <source>Paste evidence</source>
        <translation>Indsæt bevismateriale</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n item(s) added to the episode.</source>
        <translation>
            <numerusform>%n stk. bevismateriale føjet til episoden.</numerusform>
            <numerusform>%n stk. bevismateriale føjet til episoden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) added to the Inbox.</source>
        <translation>
            <numerusform>%n stk. bevismateriale lagt i indbakken.</numerusform>
            <numerusform>%n stk. bevismateriale lagt i indbakken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceSection</name>
    <message>
        <location filename="../../ui/editor/record_sections.py" line="-68"/>
        <source>Evidence</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach file…</source>
        <translation>Vedhæft fil…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or paste a screenshot with Ctrl+V, or drop files on the window.</source>
        <translation>Eller indsæt et skærmbillede med Ctrl+V, eller træk filer ind på vinduet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Witness</source>
        <translation>Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attached:</source>
        <translation>Vedhæftet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses:</source>
        <translation>Vidner:</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n capture(s) or file(s)</source>
        <translation>
            <numerusform>%n skærmbillede eller fil</numerusform>
            <numerusform>%n skærmbilleder eller filer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportChoices</name>
    <message>
        <location filename="../../ui/export/choices.py" line="+26"/>
        <source>My leader</source>
        <translation>Min leder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health and safety rep. (AMR)</source>
        <translation>Arbejdsmiljørepræsentant (AMR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Union representative (TR)</source>
        <translation>Tillidsrepræsentant (TR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The police</source>
        <translation>Politiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My own copy</source>
        <translation>Min egen kopi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF report</source>
        <translation>PDF-rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence bundle (ZIP)</source>
        <translation>Bevispakke (ZIP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the images in the report</source>
        <translation>Medtag billederne i rapporten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>E.g. a meeting with my leader and the AMR within two weeks</source>
        <translation>F.eks. et møde med min leder og AMR inden for to uger</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your name (on the cover):</source>
        <translation>Dit navn (på forsiden):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace (on the cover):</source>
        <translation>Arbejdsplads (på forsiden):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient:</source>
        <translation>Modtager:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report:</source>
        <translation>Rapportens sprog:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to write:</source>
        <translation>Hvad skal laves:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What I ask for (on the first page):</source>
        <translation>Det beder jeg om (på første side):</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export/export_dialog.py" line="+57"/>
        <source>Report and evidence bundle</source>
        <translation>Rapport og bevispakke</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Episodes to include</source>
        <translation>Episoder, der skal med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence to include</source>
        <translation>Beviser, der skal med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episodes (tick the ones to include):</source>
        <translation>Episoder (sæt flueben ved dem, der skal med):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence (untick a capture to leave it out):</source>
        <translation>Dokumentation (fjern fluebenet ved et skærmbillede for at udelade det):</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose file and write…</source>
        <translation>Vælg fil og skriv…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview first pages</source>
        <translation>Vis de første sider</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>redacted copy</source>
        <translation>tildækket kopi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Will include %1 episodes, %2 evidence items (%3 images printed), for: %4, in %5.</source>
        <translation>Medtager %1 episoder og %2 bilag (%3 billeder vist), til: %4, på %5.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-filer (*.zip)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save evidence bundle as</source>
        <translation>Gem bevispakke som</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save report as</source>
        <translation>Gem rapport som</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing %1 …</source>
        <translation>Skriver %1 …</translation>
    </message>
</context>
<context>
    <name>ExportFileName</name>
    <message>
        <location filename="../../ui/export/file_name.py" line="+17"/>
        <source>Vidne-report</source>
        <translation>Vidne-rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vidne-evidence-bundle</source>
        <translation>Vidne-bevispakke</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../ui/export/export_run.py" line="+62"/>
        <source>Done: %1 episodes and %2 evidence items were written.</source>
        <translation>Færdig: %1 episoder og %2 bilag er skrevet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>Annulleret. Intet blev skrevet.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../ui/editor/history_view.py" line="+30"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Indtil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender in the registry</source>
        <translation>Afsender i registret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type chikane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact words</source>
        <translation>Præcis ordlyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before it</source>
        <translation>Forud for det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My reply</source>
        <translation>Mit svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Grovhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My experience</source>
        <translation>Min oplevelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symptoms</source>
        <translation>Symptomer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sick days</source>
        <translation>Sygedage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doctor visits</source>
        <translation>Lægebesøg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Witnesses</source>
        <translation>Vidner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told</source>
        <translation>Fortalt til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference numbers</source>
        <translation>Sagsnumre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked the sender to stop</source>
        <translation>Bedt afsenderen om at stoppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support received</source>
        <translation>Modtaget støtte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Mærker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <location filename="../../ui/editor/record_sections.py" line="+111"/>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was agreed, what still needs doing.</source>
        <translation>Hvad der er aftalt, og hvad der stadig skal gøres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags, separated by commas</source>
        <translation>Mærker, adskilt med komma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up:</source>
        <translation>Opfølgning:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags:</source>
        <translation>Mærker:</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="+40"/>
        <source>As the system (Danish on a Danish system)</source>
        <translation>Som systemet (dansk på et dansk system)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language is used from the next start of Vidne.</source>
        <translation>Et nyt sprog bruges fra næste gang, Vidne startes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start Vidne in the tray when I log in, so the capture hotkey works from the first minute</source>
        <translation>Start Vidne i systembakken, når jeg logger ind, så genvejstasten til skærmbilleder virker fra første minut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your name and workplace appear on the report&apos;s cover page. They are stored inside the encrypted vault.</source>
        <translation>Dit navn og din arbejdsplads står på rapportens forside. De gemmes i den krypterede boks.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your name:</source>
        <translation>Dit navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workplace:</source>
        <translation>Arbejdsplads:</translation>
    </message>
</context>
<context>
    <name>GuessNote</name>
    <message>
        <location filename="../../ui/editor/quick_fields.py" line="+92"/>
        <source>A guess from the captured window “%1”. Check it.</source>
        <translation>Et gæt ud fra det optagne vindue “%1”. Kontrollér det.</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <location filename="../../ui/pages/guide_page.py" line="+15"/>
        <source>Guide</source>
        <translation>Vejledning</translation>
    </message>
</context>
<context>
    <name>HandOff</name>
    <message>
        <location filename="../../ui/export/handoff.py" line="+23"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/editor/history_view.py" line="+3"/>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by you in the editor</source>
        <translation>af dig i editoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by you on the command line</source>
        <translation>af dig på kommandolinjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by you, imported from a spreadsheet</source>
        <translation>af dig, importeret fra et regneark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by you, merging two senders</source>
        <translation>af dig, ved sammenlægning af to afsendere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by you</source>
        <translation>af dig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location line="+23"/>
        <source>History of episode %1</source>
        <translation>Historik for episode %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When / field</source>
        <translation>Hvornår / felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every change is kept and linked into the hash chain; nothing here can be edited.</source>
        <translation>Alle ændringer gemmes og kædes ind i hashkæden; intet her kan redigeres.</translation>
    </message>
</context>
<context>
    <name>Hotkey</name>
    <message>
        <location filename="../../app/platform/macos.py" line="+136"/>
        <location filename="../../app/platform/windows.py" line="+78"/>
        <source>The key %1 cannot be used as a global shortcut.</source>
        <translation>Tasten %1 kan ikke bruges som global genvejstast.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/platform/windows.py" line="+62"/>
        <source>%1 is already taken by another program. Choose another combination.</source>
        <translation>%1 er allerede taget af et andet program. Vælg en anden kombination.</translation>
    </message>
    <message>
        <location filename="../../app/platform/wayland_portal.py" line="+72"/>
        <source>This desktop does not let programs register a global shortcut. Open your desktop&apos;s keyboard settings, add a custom shortcut and give it the command: vidne capture  (or vidne capture --region).</source>
        <translation>Dette skrivebord lader ikke programmer registrere en global genvejstast. Åbn skrivebordets tastaturindstillinger, tilføj en brugerdefineret genvejstast, og giv den kommandoen: vidne capture  (eller vidne capture --region).</translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Capture the screen into Vidne</source>
        <translation>Tag et skærmbillede til Vidne</translation>
    </message>
    <message>
        <location filename="../../app/platform/x11.py" line="+91"/>
        <source>The key %1 does not exist on this keyboard.</source>
        <translation>Tasten %1 findes ikke på dette tastatur.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Choose a key together with modifiers.</source>
        <translation>Vælg en tast sammen med ændringstaster (Ctrl, Shift, Alt).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is already taken by another program (X11 BadAccess). Choose another combination.</source>
        <translation>%1 er allerede taget af et andet program (X11 BadAccess). Vælg en anden kombination.</translation>
    </message>
    <message>
        <location filename="../../app/platform/desktop_shortcut.py" line="+47"/>
        <source>%1: capture the screen</source>
        <translation>%1: tag et skærmbillede</translation>
    </message>
</context>
<context>
    <name>HotkeyIntro</name>
    <message>
        <location filename="../../ui/security/hotkey_intro.py" line="+59"/>
        <source>&lt;h2&gt;Your capture key&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Din tast til skærmbilleder&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try it now</source>
        <translation>Prøv det nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the key…</source>
        <translation>Skift tasten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start using Vidne</source>
        <translation>Begynd at bruge Vidne</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Capture key: %1</source>
        <translation>Tast til skærmbilleder: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press %1 whenever you see something you want to keep – in any program, before it is deleted. The screenshot goes straight into your encrypted vault, to the Inbox. Try it now: press the keys, or click the button.</source>
        <translation>Tryk på %1, når du ser noget, du vil gemme – i et hvilket som helst program, før det bliver slettet. Skærmbilledet går direkte ind i din krypterede boks, i Indbakken. Prøv det nu: tryk på tasterne, eller klik på knappen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Vidne also sits in the tray, the small icons by the clock. Closing the window keeps it running there, so the key keeps working; choose Quit in the tray icon&apos;s menu to stop it.</source>
        <translation>Vidne ligger også i systembakken, de små ikoner ved uret. Når du lukker vinduet, kører Vidne videre der, så tasten stadig virker; vælg Afslut i ikonets menu for at stoppe det.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This desktop has no tray: the key works while Vidne runs, and closing the window stops it.</source>
        <translation>Dette skrivebord har ingen systembakke: tasten virker, mens Vidne kører, og når du lukker vinduet, stopper Vidne.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Test capture – not saved</source>
        <translation>Prøveskærmbillede – ikke gemt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is what the key captures. It was only a test: this picture is not saved, and it is gone when you close this window.</source>
        <translation>Sådan ser det ud, når tasten tager et skærmbillede. Det var kun en prøve: billedet er ikke gemt, og det forsvinder, når du lukker vinduet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It works. Close the picture when you have seen it.</source>
        <translation>Det virker. Luk billedet, når du har set det.</translation>
    </message>
</context>
<context>
    <name>HotkeySettings</name>
    <message>
        <location filename="../../ui/window/hotkey_settings.py" line="+72"/>
        <source>This desktop does not let Vidne listen for a key everywhere. In your desktop&apos;s keyboard settings, add a custom shortcut with the command “vidne capture”.</source>
        <translation>Dette skrivebord lader ikke Vidne lytte efter en tast overalt. Tilføj en brugerdefineret genvej med kommandoen “vidne capture” i skrivebordets tastaturindstillinger.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Capture hotkey</source>
        <translation>Genvejstast til skærmbillede</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register now</source>
        <translation>Registrér nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delay for region/tray capture</source>
        <translation>Forsinkelse for område/skærmbillede fra systembakken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No delay</source>
        <translation>Ingen forsinkelse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seconds</source>
        <translation>%1 sekunder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing the window keeps Vidne in the tray</source>
        <translation>Når vinduet lukkes, bliver Vidne i systembakken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Capture hotkey:</source>
        <translation>Genvejstast til skærmbillede:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delay for region/tray capture:</source>
        <translation>Forsinkelse for område/skærmbillede fra systembakken:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registered through: %1</source>
        <translation>Registreret via: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 captures the screen from anywhere, even when Vidne is in the tray.</source>
        <translation>%1 tager et skærmbillede, uanset hvor du er, også når Vidne ligger i systembakken.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Press a key combination first.</source>
        <translation>Tryk først på en tastekombination.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Capture</source>
        <translation>Skærmbilleder</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../app/evidence/file_import.py" line="+86"/>
        <source>The image is too large to open safely.</source>
        <translation>Billedet er for stort til at blive åbnet sikkert.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The file is larger than 200 MB.</source>
        <translation>Filen er større end 200 MB.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file no longer exists.</source>
        <translation>Filen findes ikke længere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You do not have permission to read this file.</source>
        <translation>Du har ikke tilladelse til at læse filen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a folder or a device, not a file.</source>
        <translation>Det er en mappe eller en enhed, ikke en fil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be read.</source>
        <translation>Filen kunne ikke læses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a PNG, JPEG or WebP image, an .eml e-mail or a PDF.</source>
        <translation>Det er ikke et PNG-, JPEG- eller WebP-billede, en .eml-e-mail eller en PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image is damaged or incomplete.</source>
        <translation>Billedet er beskadiget eller ufuldstændigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail is damaged and cannot be shown.</source>
        <translation>E-mailen er beskadiget og kan ikke vises.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original was not changed.</source>
        <translation>Originalen er ikke ændret.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 imported, %2 refused</source>
        <translation>%1 importeret, %2 afvist</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>%1 is really a %2 file despite its name; it was stored as %2.</source>
        <translation>%1 er i virkeligheden en %2-fil trods navnet; den er gemt som %2.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/email_text.py" line="+26"/>
        <source>Enclosed message</source>
        <translation>Vedlagt besked</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../ui/evidence/inbox_page.py" line="+70"/>
        <source>No new captures. Press the capture hotkey or use the tray icon to capture the screen.</source>
        <translation>Ingen nye skærmbilleder. Tryk på genvejstasten, eller brug ikonet i systembakken for at tage et skærmbillede.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attach to episode…</source>
        <translation>Knyt til episode…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import files…</source>
        <translation>Importér filer…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No new captures. Press %1 anywhere to capture the screen, even when Vidne is in the tray; or use the Capture menu or the tray icon.</source>
        <translation>Ingen nye skærmbilleder. Tryk på %1, uanset hvor du er, for at tage et skærmbillede, også når Vidne ligger i systembakken; eller brug menuen Skærmbillede eller ikonet i systembakken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No new captures. Use the Capture menu or the tray icon.</source>
        <translation>Ingen nye skærmbilleder. Brug menuen Skærmbillede eller ikonet i systembakken.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>New episode from selected</source>
        <translation>Ny episode ud fra de valgte</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>There are no episodes yet; make a new one instead.</source>
        <translation>Der er endnu ingen episoder; opret en ny i stedet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attach to episode</source>
        <translation>Knyt til episode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Episode:</source>
        <translation>Episode:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Done.</source>
        <translation>Færdig.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This file is stored in the vault; it is included in the evidence bundle.</source>
        <translation>Filen er gemt i boksen; den kommer med i bevispakken.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import evidence files</source>
        <translation>Importér bevismateriale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence (%1)</source>
        <translation>Bevismateriale (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <location filename="../../app/episodes/history.py" line="+50"/>
        <source>An entry in the history of episode %1 was added outside Vidne</source>
        <translation>En post i historikken for episode %1 blev tilføjet uden for Vidne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history of episode %1 was changed outside Vidne</source>
        <translation>Historikken for episode %1 blev ændret uden for Vidne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An entry in an episode&apos;s history was deleted outside Vidne</source>
        <translation>En post i en episodes historik blev slettet uden for Vidne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Episode %1 was added outside Vidne</source>
        <translation>Episode %1 blev tilføjet uden for Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episode %1 was changed outside Vidne</source>
        <translation>Episode %1 blev ændret uden for Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episode %1 was deleted outside Vidne</source>
        <translation>Episode %1 blev slettet uden for Vidne</translation>
    </message>
    <message>
        <location filename="../../app/episodes/senders.py" line="+248"/>
        <source>Sender %1 was added outside Vidne</source>
        <translation>Afsender %1 blev tilføjet uden for Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender %1 was changed outside Vidne</source>
        <translation>Afsender %1 blev ændret uden for Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender %1 was deleted outside Vidne</source>
        <translation>Afsender %1 blev slettet uden for Vidne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An entry in a sender&apos;s history was deleted outside Vidne</source>
        <translation>En post i en afsenders historik blev slettet uden for Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history of sender %1 was changed outside Vidne</source>
        <translation>Historikken for afsender %1 blev ændret uden for Vidne</translation>
    </message>
    <message>
        <location filename="../../app/evidence/chained.py" line="+58"/>
        <source>Evidence item %1 was added outside Vidne</source>
        <translation>Bevis nr. %1 blev tilføjet uden for Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence item %1 was changed outside Vidne</source>
        <translation>Bevis nr. %1 blev ændret uden for Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence item %1 was deleted outside Vidne</source>
        <translation>Bevis nr. %1 blev slettet uden for Vidne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A redacted copy of evidence item %1 was added outside Vidne</source>
        <translation>En tildækket kopi af bevis nr. %1 blev tilføjet uden for Vidne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The thumbnail of evidence item %1 was changed outside Vidne</source>
        <translation>Miniaturen af bevis nr. %1 blev ændret uden for Vidne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The note on evidence item %1 was changed outside Vidne</source>
        <translation>Noten til bevis nr. %1 blev ændret uden for Vidne</translation>
    </message>
    <message>
        <location filename="../../app/evidence/links.py" line="+82"/>
        <source>The link between episode %1 and evidence item %2 was added outside Vidne</source>
        <translation>Forbindelsen mellem episode %1 og bevis nr. %2 blev tilføjet uden for Vidne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link between episode %1 and evidence item %2 was changed outside Vidne</source>
        <translation>Forbindelsen mellem episode %1 og bevis nr. %2 blev ændret uden for Vidne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The link between episode %1 and evidence item %2 was removed outside Vidne</source>
        <translation>Forbindelsen mellem episode %1 og bevis nr. %2 blev fjernet uden for Vidne</translation>
    </message>
    <message>
        <location filename="../../app/vault/coverage.py" line="+25"/>
        <source>the row has no entry in the chain</source>
        <translation>rækken har ingen post i kæden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record content was altered</source>
        <translation>postens indhold er ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the row is missing</source>
        <translation>rækken mangler</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>chain entry %1</source>
        <translation>kædepost %1</translation>
    </message>
    <message>
        <location filename="../../app/vault/profile.py" line="+69"/>
        <source>The name or workplace on the report&apos;s cover was changed outside Vidne</source>
        <translation>Navnet eller arbejdspladsen på rapportens forside blev ændret uden for Vidne</translation>
    </message>
    <message>
        <location filename="../../app/vault/record_kinds.py" line="+53"/>
        <source>The record of this vault&apos;s upgrade was changed outside Vidne</source>
        <translation>Optegnelsen af denne boks&apos; opgradering blev ændret uden for Vidne</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+3"/>
        <source>The log was changed outside Vidne at entry %1</source>
        <translation>Loggen blev ændret uden for Vidne ved post %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The times in the log run backwards at entry %1</source>
        <translation>Tiderne i loggen går baglæns ved post %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time of entry %1 in the log cannot be read</source>
        <translation>Tiden for post %1 i loggen kan ikke læses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>link to the previous entry does not match</source>
        <translation>forbindelsen til den forrige post passer ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry was altered</source>
        <translation>posten er ændret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is earlier than %2 before it</source>
        <translation>%1 er tidligere end %2 før den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its time cannot be read</source>
        <translation>dens tid kan ikke læses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry %1 in the log is of a kind this Vidne does not know</source>
        <translation>Post %1 i loggen er af en slags, denne Vidne ikke kender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown record kind</source>
        <translation>ukendt slags post</translation>
    </message>
    <message>
        <location filename="../../app/evidence/trusted_time/tokens.py" line="+177"/>
        <source>A trusted timestamp (%1) was added outside Vidne</source>
        <translation>Et betroet tidsstempel (%1) blev tilføjet uden for Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trusted timestamp (%1) was changed outside Vidne</source>
        <translation>Et betroet tidsstempel (%1) blev ændret uden for Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A trusted timestamp (%1) was deleted outside Vidne</source>
        <translation>Et betroet tidsstempel (%1) blev slettet uden for Vidne</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../app/episodes/vocabulary.py" line="+28"/>
        <source>Threats</source>
        <translation>Trusler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insults or degrading remarks</source>
        <translation>Krænkende eller nedværdigende udtalelser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sexual harassment</source>
        <translation>Seksuel chikane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hate speech</source>
        <translation>Hadefuld tale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing personal information</source>
        <translation>Deling af personlige oplysninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sharing images or video</source>
        <translation>Deling af billeder eller video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impersonation</source>
        <translation>Identitetstyveri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stalking or monitoring</source>
        <translation>Forfølgelse eller overvågning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="+120"/>
        <location line="+31"/>
        <source>Episodes</source>
        <translation>Episoder</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="+127"/>
        <source>New episode</source>
        <translation>Ny episode</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete episode…</source>
        <translation>Slet episode…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lock now</source>
        <translation>Lås nu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Senders…</source>
        <translation>Afsendere…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import from a spreadsheet (CSV)…</source>
        <translation>Importér fra et regneark (CSV)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../../ui/window/main_window.py" line="+291"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import evidence files…</source>
        <translation>Importér bevismateriale…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/window/main_window.py" line="-288"/>
        <source>Guide</source>
        <translation>Vejledning</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Vidne</source>
        <translation>Om Vidne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up now…</source>
        <translation>Tag sikkerhedskopi nu…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore from backup…</source>
        <translation>Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change passphrase…</source>
        <translation>Skift adgangssætning…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic daily backups</source>
        <translation>Automatisk daglig sikkerhedskopi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auto-lock after…</source>
        <translation>Lås automatisk efter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capture screen</source>
        <translation>Tag skærmbillede af hele skærmen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Capture region</source>
        <translation>Tag skærmbillede af et område</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="+20"/>
        <source>Main</source>
        <translation>Hovedlinje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="-10"/>
        <source>Report and evidence bundle…</source>
        <translation>Rapport og bevispakke…</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="-26"/>
        <source>Inbox</source>
        <translation>Indbakke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Captures</source>
        <translation>Skærmbilleder</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Capture</source>
        <translation>&amp;Skærmbillede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Every change is recorded and sealed</source>
        <translation>Alle ændringer registreres og forsegles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each change is added to a hash chain, so a later change to your records would show. SHA-256 of the newest record: %1</source>
        <translation>Hver ændring føjes til en hashkæde, så en senere ændring af dine optegnelser ville kunne ses. SHA-256 af den nyeste post: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Delete episode</source>
        <translation>Slet episode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the episode of %1, “%2”, and its history? This cannot be undone. That it was deleted stays recorded.</source>
        <translation>Vil du slette episoden fra %1, “%2”, og dens historik? Det kan ikke fortrydes. At den er slettet, forbliver registreret.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Vidne</source>
        <translation>Vidne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit Vidne? Until you start it again, %1 does not capture the screen.</source>
        <translation>Vil du afslutte Vidne? Indtil du starter det igen, tager %1 ikke skærmbilleder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit Vidne? Until you start it again, nothing captures the screen.</source>
        <translation>Vil du afslutte Vidne? Indtil du starter det igen, tages der ingen skærmbilleder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit Vidne</source>
        <translation>Afslut Vidne</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Vidne stays open: what you typed could not be saved. %1</source>
        <translation>Vidne forbliver åben: det, du skrev, kunne ikke gemmes. %1</translation>
    </message>
</context>
<context>
    <name>OriginalsOption</name>
    <message>
        <location filename="../../ui/export/originals_option.py" line="+18"/>
        <source>Also share the originals of blacked-out copies</source>
        <translation>Del også originalerne af tildækkede kopier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: the recipient gets the copy with black boxes and only the original&apos;s fingerprint (SHA-256), so the original can be produced later on request.</source>
        <translation>Fra: modtageren får kopien med sorte felter og kun originalens fingeraftryk (SHA-256), så originalen kan fremvises senere, hvis der bedes om den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: the recipient will see everything you covered with black boxes.</source>
        <translation>Advarsel: modtageren vil se alt det, du har dækket til med sorte felter.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="+113"/>
        <source>Episodes counted</source>
        <translation>Episoder talt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per week</source>
        <translation>Pr. uge</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Episodes</source>
        <translation>Episoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First</source>
        <translation>Første</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last</source>
        <translation>Seneste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst</source>
        <translation>Grovest</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Episodes over time, by severity</source>
        <translation>Episoder over tid efter grovhed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Severity over time, with trend</source>
        <translation>Grovhed over tid med tendens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frequency and duration per sender</source>
        <translation>Hyppighed og varighed pr. afsender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top channels</source>
        <translation>Hyppigste kanaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal or external senders</source>
        <translation>Interne eller eksterne afsendere</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No episodes yet. The overview fills in as you log them.</source>
        <translation>Ingen episoder endnu. Overblikket udfyldes, efterhånden som du registrerer dem.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n episode(s) from %1 to %2. The strain comes from severity, frequency and duration together.</source>
        <translation>
            <numerusform>%n episode fra %1 til %2. Belastningen afhænger af grovhed, hyppighed og varighed tilsammen.</numerusform>
            <numerusform>%n episoder fra %1 til %2. Belastningen afhænger af grovhed, hyppighed og varighed tilsammen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External</source>
        <translation>Ekstern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation not known</source>
        <translation>Relation ikke kendt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Trend: severity stays about the same over time.</source>
        <translation>Tendens: grovheden er nogenlunde den samme over tid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend: severity rises by %1 steps per 30 days.</source>
        <translation>Tendens: grovheden stiger med %1 trin pr. 30 dage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trend: severity falls by %1 steps per 30 days.</source>
        <translation>Tendens: grovheden falder med %1 trin pr. 30 dage.</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>… and %n earlier</source>
        <translation>
            <numerusform>… og %n tidligere</numerusform>
            <numerusform>… og %n tidligere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A minor episode after a run of others can be the last straw. These came after at least %1 other episodes within %2 days:</source>
        <translation>En mindre episode efter en række andre kan være dråben, der får bægeret til at flyde over. Disse kom efter mindst %1 andre episoder inden for %2 dage:</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../../app/vault/passphrase.py" line="+35"/>
        <source>Repeated characters like “aaa” are easy to guess.</source>
        <translation>Gentagne tegn som “aaa” er lette at gætte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeats like “abcabc” are hardly harder to guess than “abc”.</source>
        <translation>Gentagelser som “abcabc” er næppe sværere at gætte end “abc”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Rækkefølger som “abc” eller “6543” er lette at gætte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows of keys next to each other are easy to guess.</source>
        <translation>Taster på række ved siden af hinanden er lette at gætte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Korte mønstre på tastaturet er lette at gætte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent years are easy to guess.</source>
        <translation>Årstal fra de seneste år er lette at gætte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates are easy to guess.</source>
        <translation>Datoer er lette at gætte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is one of the most used passwords.</source>
        <translation>Det er en af de mest brugte adgangskoder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>This is a very common password.</source>
        <translation>Det er en meget almindelig adgangskode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is close to a commonly used password.</source>
        <translation>Det ligner en almindeligt brugt adgangskode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A single word is easy to guess.</source>
        <translation>Et enkelt ord er let at gætte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names on their own are easy to guess.</source>
        <translation>Navne alene er lette at gætte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Common names are easy to guess.</source>
        <translation>Almindelige navne er lette at gætte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a word or two more; uncommon words are better.</source>
        <translation>Tilføj et ord eller to mere; usædvanlige ord er bedst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a few words, not a common phrase.</source>
        <translation>Brug nogle få ord, ikke en kendt vending.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Symbols, digits and capitals are not needed.</source>
        <translation>Tegn, tal og store bogstaver er ikke nødvendige.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid patterns on the keyboard.</source>
        <translation>Undgå mønstre på tastaturet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid repeated words and characters.</source>
        <translation>Undgå gentagne ord og tegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid sequences.</source>
        <translation>Undgå rækkefølger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid recent years.</source>
        <translation>Undgå årstal fra de seneste år.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid years that have to do with you.</source>
        <translation>Undgå årstal, der har med dig at gøre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avoid dates and years that have to do with you.</source>
        <translation>Undgå datoer og årstal, der har med dig at gøre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A capital first letter does not help much.</source>
        <translation>Stort begyndelsesbogstav hjælper ikke meget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All capitals are almost as easy to guess as all small letters.</source>
        <translation>Kun store bogstaver er næsten lige så lette at gætte som kun små.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words spelled backwards are not much harder to guess.</source>
        <translation>Ord stavet bagfra er ikke meget sværere at gætte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Predictable swaps like “@” for “a” do not help much.</source>
        <translation>Forudsigelige ombytninger som “@” for “a” hjælper ikke meget.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a few uncommon words.</source>
        <translation>Brug nogle få usædvanlige ord.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Too weak</source>
        <translation>For svag</translation>
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
        <location line="+3"/>
        <source>This passphrase is too easy to guess.</source>
        <translation>Denne adgangssætning er for let at gætte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are not the same.</source>
        <translation>De to adgangssætninger er ikke ens.</translation>
    </message>
</context>
<context>
    <name>PassphraseEdit</name>
    <message>
        <location filename="../../ui/security/passphrase_field.py" line="+47"/>
        <source>Caps Lock is on</source>
        <translation>Caps Lock er slået til</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hide passphrase</source>
        <translation>Skjul adgangssætningen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show passphrase</source>
        <translation>Vis adgangssætningen</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <location filename="../../app/platform/wayland_portal.py" line="-134"/>
        <source>The desktop portal reported an error: %1</source>
        <translation>Skrivebordsportalen meldte en fejl: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is no D-Bus session, so the desktop cannot be asked.</source>
        <translation>Der er ingen D-Bus-session, så skrivebordet kan ikke spørges.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desktop portal (xdg-desktop-portal) is not installed or not running. Install it together with your desktop&apos;s portal backend: xdg-desktop-portal-gnome, xdg-desktop-portal-kde, or xdg-desktop-portal-wlr with xdg-desktop-portal-gtk.</source>
        <translation>Skrivebordsportalen (xdg-desktop-portal) er ikke installeret eller kører ikke. Installér den sammen med dit skrivebords portal-backend: xdg-desktop-portal-gnome, xdg-desktop-portal-kde eller xdg-desktop-portal-wlr med xdg-desktop-portal-gtk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desktop portal cannot do this here: a backend for it is missing. Install your desktop&apos;s portal backend: xdg-desktop-portal-gnome, xdg-desktop-portal-kde, or xdg-desktop-portal-wlr with xdg-desktop-portal-gtk.</source>
        <translation>Skrivebordsportalen kan ikke gøre dette her: der mangler en backend. Installér dit skrivebords portal-backend: xdg-desktop-portal-gnome, xdg-desktop-portal-kde eller xdg-desktop-portal-wlr med xdg-desktop-portal-gtk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desktop did not answer within %1 seconds.</source>
        <translation>Skrivebordet svarede ikke inden for %1 sekunder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled on the desktop.</source>
        <translation>Annulleret på skrivebordet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desktop refused, or its portal backend failed. Check that Vidne may take screenshots in your desktop&apos;s privacy settings and that your desktop&apos;s portal backend is installed.</source>
        <translation>Skrivebordet afviste, eller dets portal-backend fejlede. Kontrollér, at Vidne må tage skærmbilleder i skrivebordets privatlivsindstillinger, og at skrivebordets portal-backend er installeret.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../ui/export/preview_pane.py" line="+68"/>
        <source>No preview: it needs poppler&apos;s pdftoppm.</source>
        <translation>Ingen forhåndsvisning: den kræver pdftoppm fra poppler.</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <location filename="../../ui/evidence/blurred_image.py" line="+61"/>
        <source>Show captures and images blurred until I click them</source>
        <translation>Vis skærmbilleder og billeder sløret, indtil jeg klikker på dem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>So you do not have to see the abuse again every time you open Vidne. The originals are never changed.</source>
        <translation>Så du ikke skal se krænkelserne igen, hver gang du åbner Vidne. Originalerne ændres aldrig.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Privacy</source>
        <translation>Privatliv</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../ui/editor/record_table.py" line="+61"/>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <location filename="../../ui/evidence/redact_dialog.py" line="+129"/>
        <source>Redact for the report</source>
        <translation>Tildæk til rapporten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Drag to cover names or details with solid black boxes. A copy is saved with its own fingerprint; the original stays unchanged in the vault. Blurring is not used: it can be undone.</source>
        <translation>Træk for at dække navne eller detaljer med helt sorte felter. En kopi gemmes med sit eget fingeraftryk; originalen forbliver uændret i boksen. Sløring bruges ikke, da den kan fjernes igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo last box</source>
        <translation>Fortryd sidste felt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save redacted copy</source>
        <translation>Gem tildækket kopi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This file is not an image and cannot be redacted.</source>
        <translation>Filen er ikke et billede og kan ikke tildækkes.</translation>
    </message>
</context>
<context>
    <name>Redaction</name>
    <message>
        <location filename="../../app/evidence/redaction.py" line="+47"/>
        <source>Only images can be redacted.</source>
        <translation>Kun billeder kan tildækkes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw at least one box on the image.</source>
        <translation>Tegn mindst ét felt på billedet.</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <location filename="../../app/episodes/vocabulary.py" line="+30"/>
        <source>Platform ticket</source>
        <translation>Sag hos platformen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police journal number</source>
        <translation>Politiets journalnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work-injury report</source>
        <translation>Arbejdsskadeanmeldelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <location line="-23"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student</source>
        <translation>Elev eller studerende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent</source>
        <translation>Forælder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen or customer</source>
        <translation>Borger eller kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown or anonymous</source>
        <translation>Ukendt eller anonym</translation>
    </message>
</context>
<context>
    <name>SafetyNote</name>
    <message>
        <location filename="../../ui/editor/quick_fields.py" line="+21"/>
        <source>If you are in danger now, call 112. To report a threat to the police, call 114 or go to politi.dk. You do not have to do this alone: tell your leader, your union or your health and safety representative.</source>
        <translation>Er du i fare nu, så ring 112. Vil du anmelde en trussel til politiet, så ring 114 eller gå ind på politi.dk. Du skal ikke stå alene med det: fortæl det til din leder, din fagforening eller din arbejdsmiljørepræsentant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Police journal number, if you reported it</source>
        <translation>Politiets journalnummer, hvis du har anmeldt det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police journal number</source>
        <translation>Politiets journalnummer</translation>
    </message>
</context>
<context>
    <name>ScopeChoice</name>
    <message>
        <location filename="../../ui/export/scope.py" line="+18"/>
        <source>All episodes</source>
        <translation>Alle episoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen episodes</source>
        <translation>Valgte episoder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
</context>
<context>
    <name>SealedInbox</name>
    <message>
        <location filename="../../app/evidence/sealed_file.py" line="+55"/>
        <source>not a Vidne sealed capture</source>
        <translation>ikke en forseglet optagelse fra Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>damaged, or sealed for another vault</source>
        <translation>beskadiget eller forseglet til en anden boks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>malformed content</source>
        <translation>ugyldigt indhold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a screen capture made by Vidne</source>
        <translation>ikke et skærmbillede taget af Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>broken image</source>
        <translation>ødelagt billede</translation>
    </message>
    <message>
        <location filename="../../app/evidence/sealed_inbox.py" line="+74"/>
        <source>larger than 64 MB</source>
        <translation>større end 64 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a regular file</source>
        <translation>ikke en almindelig fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be read</source>
        <translation>kunne ikke læses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already imported</source>
        <translation>allerede importeret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by the vault</source>
        <translation>afvist af boksen</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Set aside in the folder inbox/rejected: %1</source>
        <translation>Lagt til side i mappen inbox/rejected: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Captures taken while Vidne was locked: %1 imported.</source>
        <translation>Optagelser taget, mens Vidne var låst: %1 importeret.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 set aside in the folder inbox/rejected (%2).</source>
        <translation>%1 lagt til side i mappen inbox/rejected (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 more captures wait in the inbox; they are imported at the next unlock.</source>
        <translation>%1 optagelser mere venter i indbakken; de importeres, næste gang boksen låses op.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../ui/pages/search_bar.py" line="+79"/>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search descriptions, quotes, senders, notes…</source>
        <translation>Søg i beskrivelser, citater, afsendere, noter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any time</source>
        <translation>Hele perioden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 3 months</source>
        <translation>Seneste 3 måneder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+132"/>
        <source>All senders</source>
        <translation>Alle afsendere</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Any severity</source>
        <translation>Enhver grovhed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity %1 or more</source>
        <translation>Grovhed %1 eller mere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Told or not</source>
        <translation>Fortalt: alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told someone</source>
        <translation>Har fortalt nogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not told anyone</source>
        <translation>Har ikke fortalt nogen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether you have told anyone about the episode</source>
        <translation>Om du har fortalt nogen om episoden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>Periode</translation>
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
        <source>Kind of harassment</source>
        <translation>Type chikane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Told anyone</source>
        <translation>Fortalt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The search failed: %1</source>
        <translation>Søgningen mislykkedes: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sender filter could not be filled: %1</source>
        <translation>Afsenderfilteret kunne ikke udfyldes: %1</translation>
    </message>
</context>
<context>
    <name>SectionIndex</name>
    <message>
        <location filename="../../ui/editor/section_index.py" line="+31"/>
        <source>Go to %1</source>
        <translation>Gå til %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open “%1” and show it</source>
        <translation>Åbn “%1”, og vis det</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../../app/cli/commands/selftest.py" line="+75"/>
        <source>not bound in time</source>
        <translation>ikke bundet i tide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 registered through %2, then released</source>
        <translation>%1 registreret via %2 og frigivet igen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1×%2 pixels through %3</source>
        <translation>%1×%2 pixels via %3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Vidne self-test</source>
        <translation>Vidne-selvtest</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>created, locked, opened and verified (%n records)</source>
        <translation>oprettet, låst, åbnet og kontrolleret (%n poster)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is not a complete PDF</source>
        <translation>filen er ikke en hel PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF of %1 kB</source>
        <translation>PDF på %1 kB</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 does not match SHA256SUMS</source>
        <translation>%1 passer ikke med SHA256SUMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ZIP of %1 files, every SHA-256 in SHA256SUMS matches</source>
        <translation>ZIP med %1 filer; hver SHA-256 i SHA256SUMS passer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no test vault (its step failed)</source>
        <translation>ingen testboks (det trin fejlede)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 %2: self-test on %3</source>
        <translation>%1 %2: selvtest på %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Removed %1 and what the test vault left in the state folder.</source>
        <translation>Fjernede %1 og det, testboksen efterlod i tilstandsmappen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 checks passed in %3 s.</source>
        <translation>%1 af %2 kontroller bestået på %3 s.</translation>
    </message>
</context>
<context>
    <name>SenderDialog</name>
    <message>
        <location filename="../../ui/editor/sender_dialog.py" line="+35"/>
        <location line="+28"/>
        <source>Senders</source>
        <translation>Afsendere</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Senders are recognised by their name and identifiers (handles, profile names, e-mail addresses, phone numbers). Colleagues and leaders count as internal.</source>
        <translation>Afsendere genkendes på deres navn og kendetegn (brugernavne, profilnavne, e-mailadresser, telefonnumre). Kolleger og ledere tæller som interne.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Episodes</source>
        <translation>Episoder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>One per line: @handle, profile name, e-mail address, phone number</source>
        <translation>Én pr. linje: @brugernavn, profilnavn, e-mailadresse, telefonnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sender to merge into</source>
        <translation>Afsender, der skal lægges sammen med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into</source>
        <translation>Læg sammen med</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to you:</source>
        <translation>Relation til dig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiers:</source>
        <translation>Kendetegn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Noter:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>external</source>
        <translation>ekstern</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge senders</source>
        <translation>Læg afsendere sammen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move every episode of “%1” to “%2” and merge their identifiers? Each moved episode gets a revision in its history.</source>
        <translation>Flyt alle episoder fra “%1” til “%2”, og læg deres kendetegn sammen? Hver flyttet episode får en ændring registreret i sin historik.</translation>
    </message>
</context>
<context>
    <name>SenderSection</name>
    <message>
        <location filename="../../ui/editor/sections.py" line="+56"/>
        <source>Sender</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sender in the registry</source>
        <translation>Afsender i registret</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Senders…</source>
        <translation>Afsendere…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to registry</source>
        <translation>Tilføj til registret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the sender as written above, so repeats are counted</source>
        <translation>Tilføj afsenderen, som den er skrevet ovenfor, så gentagelser bliver talt med</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the registry:</source>
        <translation>I registret:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not in the registry</source>
        <translation>Ikke i registret</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>external</source>
        <translation>ekstern</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n episode(s) so far; %1.</source>
        <translation>
            <numerusform>%n episode indtil nu; %1.</numerusform>
            <numerusform>%n episoder indtil nu; %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/window/settings_dialog.py" line="+40"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/security/setup_dialog.py" line="+51"/>
        <source>Welcome to Vidne</source>
        <translation>Velkommen til Vidne</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;h2&gt;Vidne – your private log of online harassment at work&lt;/h2&gt;&lt;p&gt;If you are harassed online because of your job, Vidne helps you keep the evidence: take a screenshot with one key press (%1) before a post is deleted, write down what happened, see the pattern over time, and make a clear report for a meeting with your leader, your work-environment representative (AMR) or your union representative (TR).&lt;/p&gt;&lt;p&gt;Everything stays on this computer, encrypted. Nothing is sent anywhere unless you export it yourself.&lt;/p&gt;&lt;p&gt;&lt;b&gt;You choose a passphrase next. It cannot be recovered: if you forget it, nobody – not even Vidne – can open your vault.&lt;/b&gt; Write it down and keep it somewhere safe, or use a password manager.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Vidne – din private log over digital chikane på jobbet&lt;/h2&gt;&lt;p&gt;Bliver du chikaneret på nettet på grund af dit arbejde, hjælper Vidne dig med at sikre dokumentationen: tag et skærmbillede med ét tastetryk (%1), før et opslag bliver slettet, skriv ned, hvad der skete, se mønsteret over tid, og lav en klar rapport til et møde med din leder, din arbejdsmiljørepræsentant (AMR) eller din tillidsrepræsentant (TR).&lt;/p&gt;&lt;p&gt;Alt bliver på denne computer, krypteret. Intet sendes nogen steder hen, medmindre du selv eksporterer det.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Du vælger nu en adgangssætning. Den kan ikke gendannes: glemmer du den, kan ingen – heller ikke Vidne – åbne din boks.&lt;/b&gt; Skriv den ned, og opbevar den et sikkert sted, eller brug en adgangskodeadministrator.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+77"/>
        <source>Create my vault</source>
        <translation>Opret min boks</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Tip: a few unrelated words are easy to remember and hard to guess, e.g. “lampe cykel regnvejr 47”.</source>
        <translation>Tip: nogle få ord uden sammenhæng er lette at huske og svære at gætte, fx “lampe cykel regnvejr 47”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passphrase:</source>
        <translation>Adgangssætning:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat it:</source>
        <translation>Gentag den:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase</source>
        <translation>Gentag adgangssætningen</translation>
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
        <location filename="../../app/episodes/vocabulary.py" line="-45"/>
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
    <name>SeverityCombo</name>
    <message>
        <location filename="../../ui/editor/quick_fields.py" line="-86"/>
        <source>Choose how serious it was…</source>
        <translation>Vælg, hvor alvorligt det var …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not chosen yet. Each level is described here as you move through it.</source>
        <translation>Ikke valgt endnu. Hvert niveau beskrives her, mens du går gennem listen.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../app/episodes/vocabulary.py" line="+59"/>
        <source>Screen capture</source>
        <translation>Skærmbillede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen region</source>
        <translation>Udsnit af skærmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported file</source>
        <translation>Importeret fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redacted copy</source>
        <translation>Tildækket kopi</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location line="-12"/>
        <source>Psychological first aid</source>
        <translation>Psykisk førstehjælp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psychologist</source>
        <translation>Psykolog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical help to remove material</source>
        <translation>Teknisk hjælp til at fjerne materiale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A companion at meetings</source>
        <translation>Bisidder ved møder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>Told</name>
    <message>
        <location line="-21"/>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health and safety representative (AMR)</source>
        <translation>Arbejdsmiljørepræsentant (AMR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Union representative (TR)</source>
        <translation>Tillidsrepræsentant (TR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police</source>
        <translation>Politiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Platformen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/window/tray.py" line="+35"/>
        <location line="+21"/>
        <source>Capture screen</source>
        <translation>Tag skærmbillede af hele skærmen</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Capture region</source>
        <translation>Tag skærmbillede af et område</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Vidne</source>
        <translation>Åbn Vidne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Lås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vidne – %1 captures the screen</source>
        <translation>Vidne – %1 tager et skærmbillede</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Vidne keeps running here, so %1 still captures the screen. Choose Quit in this menu to stop it.</source>
        <translation>Vidne kører videre her, så %1 stadig tager skærmbilleder. Vælg Afslut i denne menu for at stoppe det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vidne keeps running here. Choose Quit in this menu to stop it.</source>
        <translation>Vidne kører videre her. Vælg Afslut i denne menu for at stoppe det.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Capture saved, sealed while locked. It appears in the Inbox after you unlock.</source>
        <translation>Skærmbilledet er gemt og forseglet, mens Vidne er låst. Det vises i Indbakken, når du låser op.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capture saved in the Inbox. Click here to make an episode of it.</source>
        <translation>Skærmbilledet er gemt i indbakken. Klik her for at lave en episode af det.</translation>
    </message>
</context>
<context>
    <name>Trigger</name>
    <message>
        <location filename="../../app/episodes/vocabulary.py" line="+27"/>
        <source>Hotkey</source>
        <translation>Genvejstast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tray icon</source>
        <translation>Statusikon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main window</source>
        <translation>Programvindue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command line</source>
        <translation>Kommandolinje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported file</source>
        <translation>Importeret fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted from the clipboard</source>
        <translation>Indsat fra udklipsholderen</translation>
    </message>
</context>
<context>
    <name>TrustedTime</name>
    <message>
        <location filename="../../app/evidence/trusted_time/client.py" line="+40"/>
        <source>The timestamp service gave no usable answer.</source>
        <translation>Tidsstempeltjenesten gav ikke et brugbart svar.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The answer is not a timestamp.</source>
        <translation>Svaret er ikke et tidsstempel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service refused to stamp.</source>
        <translation>Tjenesten afviste at give et tidsstempel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer is for another request.</source>
        <translation>Svaret hører til en anden forespørgsel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The answer&apos;s signature does not check out.</source>
        <translation>Svarets underskrift holder ikke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only http and https addresses can be used.</source>
        <translation>Kun http- og https-adresser kan bruges.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service answered with an error (HTTP %1).</source>
        <translation>Tjenesten svarede med en fejl (HTTP %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service could not be reached.</source>
        <translation>Tjenesten kunne ikke nås.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/trusted_time/stamping.py" line="+99"/>
        <source>No timestamp service is set.</source>
        <translation>Der er ikke valgt nogen tidsstempeltjeneste.</translation>
    </message>
    <message>
        <location filename="../../app/evidence/trusted_time/tokens.py" line="+9"/>
        <source>Trusted time: %1 UTC, by %2</source>
        <translation>Betroet tid: %1 UTC, fra %2</translation>
    </message>
    <message>
        <location filename="../../app/evidence/trusted_time/bundle_check.py" line="+50"/>
        <source>missing: the bundle cannot be checked</source>
        <translation>mangler: pakken kan ikke kontrolleres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not listed in SHA256SUMS (added afterwards)</source>
        <translation>står ikke i SHA256SUMS (tilføjet bagefter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trusted root %1, SHA-256 fingerprint %2</source>
        <translation>betroet rodcertifikat %1, SHA-256-fingeraftryk %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>missing</source>
        <translation>mangler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed (does not match SHA256SUMS)</source>
        <translation>ændret (passer ikke med SHA256SUMS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no trusted timestamp: a later change would not be seen</source>
        <translation>intet betroet tidsstempel: en senere ændring ville ikke kunne ses</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changed after its trusted timestamp, or the timestamp is not valid</source>
        <translation>ændret efter sit betroede tidsstempel, eller tidsstemplet er ikke gyldigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the timestamp file cannot be read</source>
        <translation>tidsstempelfilen kan ikke læses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no certificates to check the timestamp with (certs.pem)</source>
        <translation>ingen certifikater at kontrollere tidsstemplet med (certs.pem)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the trusted timestamp is for other content: changed after stamping</source>
        <translation>det betroede tidsstempel gælder andet indhold: ændret efter tidsstemplingen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the trusted timestamp&apos;s signature does not check out</source>
        <translation>det betroede tidsstempels underskrift holder ikke</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>trusted time %1 UTC, by %2</source>
        <translation>betroet tid %1 UTC, fra %2</translation>
    </message>
</context>
<context>
    <name>TrustedTimeSection</name>
    <message>
        <location filename="../../ui/window/trusted_time_settings.py" line="+34"/>
        <source>Get a trusted timestamp for each new capture and import, and for each export</source>
        <translation>Hent et betroet tidsstempel til hvert nyt skærmbillede og hver importeret fil og til hver eksport</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only for a service your system does not know</source>
        <translation>Kun til en tjeneste, dit system ikke kender</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Timestamp services, one address a line, in order:</source>
        <translation>Tidsstempeltjenester, én adresse pr. linje, i rækkefølge:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra trusted certificates (PEM file):</source>
        <translation>Ekstra betroede certifikater (PEM-fil):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Off by default. When on, Vidne sends only the SHA-256 fingerprint of each new capture or imported file, and of each export&apos;s list of fingerprints, to the first timestamp service below that answers. The image, the text and your name never leave the computer. The service signs the fingerprint with the time; the signed timestamp is kept in the vault and put in the evidence bundle. It proves to anyone, without Vidne, that the file existed unchanged at that time. It does not prove what was on the screen or who wrote it. The service sees that someone at your internet address asked for a timestamp. Without a connection, items wait and are sent later.</source>
        <translation>Slået fra, indtil du slår det til. Når det er slået til, sender Vidne kun SHA-256-fingeraftrykket af hvert nyt skærmbillede eller hver importeret fil, og af hver eksports liste over fingeraftryk, til den første tidsstempeltjeneste herunder, der svarer. Billedet, teksten og dit navn forlader aldrig computeren. Tjenesten underskriver fingeraftrykket sammen med tidspunktet; det underskrevne tidsstempel gemmes i boksen og lægges i bevispakken. Det beviser over for enhver, uden Vidne, at filen fandtes uændret på det tidspunkt. Det beviser ikke, hvad der stod på skærmen, eller hvem der skrev det. Tjenesten ser, at nogen på din internetadresse bad om et tidsstempel. Uden forbindelse venter bilagene og sendes senere.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n item(s) wait for a timestamp.</source>
        <translation>
            <numerusform>%n bilag venter på et tidsstempel.</numerusform>
            <numerusform>%n bilag venter på et tidsstempel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trusted certificates</source>
        <translation>Betroede certifikater</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certifikater (*.pem *.crt)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Trusted time</source>
        <translation>Betroet tid</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/security/unlock_dialog.py" line="+39"/>
        <source>Unlock Vidne</source>
        <translation>Lås Vidne op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Skriv din adgangssætning for at åbne din boks.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Adgangssætning</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+100"/>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The key file was changed</source>
        <translation>Nøglefilen er blevet ændret</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Wait %1 s – too many wrong attempts</source>
        <translation>Vent %1 s – for mange forkerte forsøg</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Waiting…</source>
        <translation>Venter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlocking…</source>
        <translation>Låser op…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../app/episodes/validation.py" line="+70"/>
        <source>The date is in the future.</source>
        <translation>Datoen ligger i fremtiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date and time are not valid (use e.g. 2026-03-14 18:05).</source>
        <translation>Dato og klokkeslæt er ikke gyldige (brug fx 2026-03-14 18:05).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The end of the series is not a valid date.</source>
        <translation>Seriens slutning er ikke en gyldig dato.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The end of the series is before its start.</source>
        <translation>Seriens slutning ligger før dens start.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a channel from the list.</source>
        <translation>Vælg en kanal fra listen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account must be work, private or not stated.</source>
        <translation>Kontoen skal være arbejdskonto, privat konto eller ikke angivet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Severity must be a whole number from 1 to 5.</source>
        <translation>Grovhed skal være et helt tal fra 1 til 5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown kind of harassment: %1</source>
        <translation>Ukendt type chikane: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown kind of support: %1</source>
        <translation>Ukendt type støtte: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;Asked the sender to stop&apos; must be yes, no or not stated.</source>
        <translation>&apos;Bedt afsenderen om at stoppe&apos; skal være ja, nej eller ikke angivet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sender reference is not valid.</source>
        <translation>Henvisningen til afsenderen er ikke gyldig.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A text field is too long (at most one million characters).</source>
        <translation>Et tekstfelt er for langt (højst en million tegn).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a short description of what happened.</source>
        <translation>Skriv en kort beskrivelse af, hvad der skete.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sick days must be a whole number (0 or more).</source>
        <translation>Sygedage skal være et helt tal (0 eller mere).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose whom you told from the list.</source>
        <translation>Vælg fra listen, hvem du har fortalt det.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the kind of reference number from the list.</source>
        <translation>Vælg typen af referencenummer fra listen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>A list field is not valid.</source>
        <translation>Et listefelt er ikke gyldigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A date is not valid (use e.g. 2026-03-14): %1</source>
        <translation>En dato er ikke gyldig (brug fx 2026-03-14): %1</translation>
    </message>
    <message>
        <location filename="../../app/episodes/store.py" line="+355"/>
        <source>That sender is not in the registry.</source>
        <translation>Den afsender er ikke i registret.</translation>
    </message>
    <message>
        <location filename="../../app/episodes/senders.py" line="-180"/>
        <source>Give the sender a name or at least one identifier.</source>
        <translation>Giv afsenderen et navn eller mindst ét kendetegn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the sender&apos;s relation to you from the list.</source>
        <translation>Vælg afsenderens relation til dig fra listen.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>A sender cannot be merged into itself.</source>
        <translation>En afsender kan ikke lægges sammen med sig selv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That sender was already merged.</source>
        <translation>Den afsender er allerede lagt sammen med en anden.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../ui/editor/when_edit.py" line="+31"/>
        <source>Type e.g. 14.3 18:05 or “yesterday 20:10”, or use the arrows and calendar.</source>
        <translation>Skriv f.eks. 14.3 18:05 eller “i går 20:10”, eller brug pilene og kalenderen.</translation>
    </message>
</context>
<context>
    <name>WhoKnowsSection</name>
    <message>
        <location filename="../../ui/editor/record_sections.py" line="-56"/>
        <source>Who knows</source>
        <translation>Hvem ved det</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Told</source>
        <translation>Fortalt til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When (YYYY-MM-DD)</source>
        <translation>Hvornår (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I told:</source>
        <translation>Jeg har fortalt det til:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference numbers:</source>
        <translation>Referencenumre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked the sender to stop:</source>
        <translation>Bedt afsenderen om at stoppe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support received:</source>
        <translation>Støtte modtaget:</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../app/cli/argparse_text.py" line="+23"/>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>positional arguments</source>
        <translation>argumenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>show this help message and exit</source>
        <translation>vis denne hjælp, og afslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/parser/__init__.py" line="-5"/>
        <source>show program&apos;s version number and exit</source>
        <translation>vis programmets versionsnummer, og afslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fejl: %(message)s
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the following arguments are required: %s</source>
        <translation>disse argumenter skal angives: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig værdi af typen %(type)s: %(value)r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected one argument</source>
        <translation>forventede ét argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at most one argument</source>
        <translation>forventede højst ét argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected at least one argument</source>
        <translation>forventede mindst ét argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s argument</source>
        <translation>forventede %s argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %s arguments</source>
        <translation>forventede %s argumenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not allowed with argument %s</source>
        <translation>kan ikke bruges sammen med argumentet %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored explicit argument %r</source>
        <translation>ignorerede det angivne argument %r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one of the arguments %s is required</source>
        <translation>et af argumenterne %s skal angives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan være %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ukendt kommando %(parser_name)r (valg: %(choices)s)</translation>
    </message>
</context>
</TS>
